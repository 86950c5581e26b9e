"""Faults on the real mail path: a reply is never sent twice, an outage loses no mail, and a
case never sends after it is closed. Faults are injected at one seam each; the servers are real."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

import pytest

from bot.adapters import store
from bot.core.errors import RegisterError, SetupDeliveryError, StaffError
from bot.services import case_actions, casework, views
from bot.services.drafts import approve
from bot.services.intake import poll_once, retry
from bot.services.sending import send_approved
from tests.integration.test_rights import AINO, EMILY, STAFF, app, approve_and_send_all, finish_tasks, request  # noqa: F401


def test_a_sent_reply_stays_sent_when_moving_the_case_on_fails(app, smtp_server, monkeypatch):
    ref = request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = views.drafts(app, "pending")
    approve(app, ack["id"], STAFF)

    def broken(*args, **kw):
        raise RuntimeError("injected after SMTP")

    monkeypatch.setattr(casework, "on_draft_sent", broken)
    assert send_approved(app)["sent"] == 1
    assert send_approved(app)["sent"] == 0
    assert len(smtp_server.messages) == 1
    assert views.drafts(app, "sent")[0]["id"] == ack["id"]
    monkeypatch.undo()
    poll_once(app)  # the sweep moves the case on
    assert views.case_detail(app, ref)["status"] == "open"


def test_a_pass_with_nothing_new_moves_no_case(app, smtp_server, monkeypatch):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    moved = []
    real = casework.advance
    monkeypatch.setattr(casework, "advance", lambda app, session, case, *a, **kw: moved.append(case.ref) or
                        real(app, session, case, *a, **kw))
    poll_once(app)
    assert moved == []  # open cases nothing happened to are not re-planned
    [ack] = [d for d in views.drafts(app, "pending") if d["to"] == EMILY]
    approve(app, ack["id"], STAFF)
    send_approved(app)
    assert moved == [ack["case_ref"]]  # the send moves its own case on, and only that one
    poll_once(app)
    assert moved == [ack["case_ref"]]


def test_a_draft_claimed_by_another_send_is_not_sent_again(app, smtp_server):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = views.drafts(app, "pending")
    approve(app, ack["id"], STAFF)
    with app.store.session() as session:
        draft = store.get_draft(session, ack["id"])
        draft.status = "sending"  # as if another `send` were in the middle of it, or died there
    assert send_approved(app) == {"sent": 0, "deferred": 0, "failed": 0}
    assert smtp_server.messages == []


def test_an_smtp_setup_error_stops_the_pass_and_keeps_the_drafts_approved(app, smtp_server):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    for d in views.drafts(app, "pending"):
        approve(app, d["id"], STAFF)
    smtp_server.fail_next("MAIL", 553, "sender address rejected")
    with pytest.raises(SetupDeliveryError):
        send_approved(app)
    assert {d["status"] for d in views.drafts(app) if d["template"] == "customer/acknowledgement"} == {"approved"}
    assert send_approved(app)["sent"] == 2


def test_a_register_outage_stops_the_pass_and_loses_no_mail(app, monkeypatch):
    def down(*args, **kw):
        raise RegisterError("register unreachable")

    monkeypatch.setattr(app.register, "find_by_email", down)
    with pytest.raises(RegisterError):
        request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    assert views.cases(app) == [] and views.mails(app) == []
    monkeypatch.undo()
    report = poll_once(app)
    assert len(report.cases_opened) == 1
    assert views.case_detail(app, report.cases_opened[0])["customer_email"] == AINO


def test_a_closed_case_sends_nothing_more(app, smtp_server):
    ref = request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    [ack] = views.drafts(app, "pending")
    approve(app, ack["id"], STAFF)
    case_actions.close(app, ref, "the requester withdrew the request", STAFF, outcome="withdrawn")
    assert send_approved(app)["sent"] == 0 and smtp_server.messages == []
    detail = views.case_detail(app, ref)
    assert detail["status"] == "closed" and detail["outcome"] == "withdrawn"
    assert {d["status"] for d in detail["drafts"]} == {"rejected"}
    with pytest.raises(StaffError):
        case_actions.close(app, ref, "again", STAFF, outcome="nonsense")


def test_verifying_before_the_identity_request_went_out_withdraws_it(app, smtp_server):
    ref = request(app, "Aino L <aino.private@example.net>", "Copy", "Please send me a copy of my personal data.")
    assert "customer/identity-request" in [d["template"] for d in views.drafts(app, "pending")]
    case_actions.verify(app, ref, STAFF, customer_email=AINO)
    identity = [d for d in views.case_detail(app, ref)["drafts"] if d["template"] == "customer/identity-request"]
    assert [d["status"] for d in identity] == ["rejected"]
    approve_and_send_all(app)
    detail = views.case_detail(app, ref)
    assert detail["status"] == "open" and detail["suspended_due_date"] is None


def test_a_bounced_final_reply_reopens_the_case_with_a_task(app, smtp_server):
    ref = request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [final] = approve_and_send_all(app)
    assert views.case_detail(app, ref)["status"] == "answered"
    app.clock.advance(hours=1)
    dsn = EmailMessage()
    dsn["From"], dsn["To"], dsn["Subject"] = "MAILER-DAEMON@mx.example.com", "info@allsec.fi", "Undeliverable"
    dsn["Message-ID"], dsn["Auto-Submitted"] = "<dsn9@mx.example.com>", "auto-replied"
    dsn.set_content(f"550 5.1.1 mailbox unavailable\n\nMessage-ID: {final['message_id']}\n")
    with app.mailbox() as box:
        box.append(dsn.as_bytes(), when=app.clock.now() - timedelta(minutes=1))
    poll_once(app)
    detail = views.case_detail(app, ref)
    assert detail["status"] == "open"
    assert [t["task"] for t in detail["tasks"] if t["status"] == "open"] == ["resolve-bounced-reply"]


def test_a_quarantined_mail_can_be_retried(app, monkeypatch):
    import bot.services.intake

    real = bot.services.intake.classify
    monkeypatch.setattr(bot.services.intake, "classify", lambda *a, **kw: (_ for _ in ()).throw(ValueError("injected")))
    request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    [kept] = views.mails(app, "quarantined")
    monkeypatch.setattr(bot.services.intake, "classify", real)
    with pytest.raises(StaffError):
        retry(app, kept["id"], "someone@example.com")
    report = retry(app, kept["id"], STAFF)
    assert len(report.cases_opened) == 1
    assert views.mails(app, "quarantined") == []


def test_reminders_follow_an_extension(app):
    ref = request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    before = views.case_detail(app, ref)["reminders"]
    case_actions.extend(app, ref, "Your data are spread over several archived systems.", STAFF)
    # Issue 9: Art. 12(3): nothing moves until the requester has been told.
    drafted = views.case_detail(app, ref)
    assert drafted["reminders"] == before and drafted["current_due_date"] == drafted["due_date"]
    notice = next(d for d in drafted["drafts"] if d["step"] == "extension")
    approve(app, notice["id"], STAFF)
    send_approved(app)
    after = views.case_detail(app, ref)
    assert after["extended_due_date"] == after["current_due_date"] == "2027-02-24"
    assert before and after["reminders"] and min(after["reminders"]) > max(before)


def test_a_temporary_failure_is_retried_after_a_pause(app, smtp_server):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = views.drafts(app, "pending")
    approve(app, ack["id"], STAFF)
    smtp_server.fail_next("RCPT", 451, "greylisted")
    assert send_approved(app)["deferred"] == 1
    assert send_approved(app) == {"sent": 0, "deferred": 0, "failed": 0}  # not due yet
    app.clock.advance(minutes=6)
    assert send_approved(app)["sent"] == 1
    assert len(smtp_server.messages) == 1


def test_case_show_warns_while_the_extension_notice_is_unsent(app):
    ref = request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    case_actions.extend(app, ref, "Your data are spread over several archived systems.", STAFF)
    [warning] = [n for n in views.case_detail(app, ref)["next"] if n["step"] == "extension"]
    assert warning["detail"] == "must go out by 2026-12-28; the due date moves when it does"
