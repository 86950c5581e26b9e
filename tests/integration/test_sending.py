"""Sending as the service does it, on real Dovecot and aiosmtpd: one bad draft fails alone, every
sent reply is filed in the Sent folder, RFC 3834 headers, and drafts a stop left in `sending`."""

from __future__ import annotations

import email
import email.policy
from datetime import date, timedelta

from bot.adapters import store
from bot.adapters.mailbox import Mailbox
from bot.core.errors import MailboxUnavailable
from bot.services import case_actions, views
from bot.services.drafts import approve
from bot.services.housekeeping import housekeep
from bot.services.sending import send_approved
from tests.integration.test_rights import (  # noqa: F401
    AINO,
    EMILY,
    NOW,
    STAFF,
    app,
    approve_and_send_all,
    delivered,
    finish_tasks,
    request,
)


def sent_folder(app, folder: str = "Sent") -> list[email.message.EmailMessage]:
    s = app.settings
    with Mailbox(s.imap_host, s.imap_port, s.imap_username, s.imap_password, "none") as box:
        if not box._require().folder_exists(folder):
            return []
    with Mailbox(s.imap_host, s.imap_port, s.imap_username, s.imap_password, "none", folder=folder) as box:
        return [email.message_from_bytes(m.raw, policy=email.policy.default)
                for m in box.fetch(box.uids_since(date(2000, 1, 1)))]


def approve_acks(app) -> list[dict]:
    """Staff approve the pending acknowledgements, oldest first."""
    pending = [d for d in views.drafts(app, "pending") if d["template"] == "customer/acknowledgement"]
    for d in pending:
        approve(app, d["id"], STAFF)
    return pending


def test_the_acknowledgement_is_auto_replied_and_a_staff_reply_is_not(app, smtp_server):
    ref = request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    approve_and_send_all(app)
    sent = {d["template"]: d for d in views.case_detail(app, ref)["drafts"]}
    assert set(sent) == {"customer/acknowledgement", "customer/access-reply"}
    by_template = {d["template"]: p["Auto-Submitted"] for d in sent.values()
                   for _m, p in delivered(smtp_server) if p["Message-ID"] == d["message_id"]}
    # RFC 3834 s. 5: the acknowledgement answers the arrival of a mail, whoever let it go; the
    # reply a person read, approved and stands behind is not automatic.
    assert by_template == {"customer/acknowledgement": "auto-replied", "customer/access-reply": "no"}


def test_every_sent_reply_is_filed_in_the_sent_folder(app, smtp_server):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = approve_and_send_all(app)
    [(envelope, _parsed)] = delivered(smtp_server)
    [copy] = sent_folder(app)
    assert copy["Message-ID"] == ack["message_id"]
    assert copy.as_bytes().replace(b"\r\n", b"\n") == envelope.content.replace(b"\r\n", b"\n")


def test_a_copy_that_could_not_be_filed_is_filed_later(app, smtp_server, monkeypatch):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    approve_acks(app)

    def unreachable(*args, **kw):
        raise MailboxUnavailable("IMAP 127.0.0.1:1: append failed: injected")

    monkeypatch.setattr(Mailbox, "file_copy", unreachable)
    assert send_approved(app)["sent"] == 1  # the reply went out: a missing copy does not undo that
    monkeypatch.undo()
    assert sent_folder(app) == []
    housekeep(app)
    housekeep(app)
    assert len(sent_folder(app)) == 1


def test_an_undeliverable_address_does_not_stop_the_next_draft(app, smtp_server):
    request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    first, second = approve_acks(app)
    smtp_server.fail_next("RCPT", 550, "5.1.1 no such mailbox")
    assert send_approved(app) == {"sent": 1, "deferred": 0, "failed": 1}
    statuses = {d["id"]: d for d in views.drafts(app)}
    assert statuses[first["id"]]["status"] == "failed" and "550" in statuses[first["id"]]["last_error"]
    assert statuses[second["id"]]["status"] == "sent"


def test_a_deferred_draft_says_why_and_when_it_is_tried_again(app, smtp_server):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = approve_acks(app)
    smtp_server.fail_next("RCPT", 451, "4.7.1 greylisted, try later")
    assert send_approved(app)["deferred"] == 1
    [waiting] = views.deferred_drafts(app)
    assert waiting["id"] == ack["id"] and "451" in waiting["reason"] and "greylisted" in waiting["reason"]
    # Five minutes after the failure, in TIMEZONE (NOW is 10:00 UTC, 12:00 in Helsinki).
    assert waiting["next_attempt_at"] == "2026-11-24T12:05:00+02:00"
    assert "451" in views.deferred_text(waiting) and "12:05" in views.deferred_text(waiting)


def _left_sending(app, draft_id: int, minutes_ago: int) -> None:
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        draft.status = "sending"
        draft.claimed_at = store.utc(NOW - timedelta(minutes=minutes_ago))
        draft.attempts = 1


def test_a_draft_left_sending_is_recorded_as_sent_when_its_copy_is_in_the_sent_folder(app, smtp_server):
    ref = request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = approve_acks(app)
    _left_sending(app, ack["id"], minutes_ago=60)
    copy = (f"From: info@allsec.fi\r\nTo: {EMILY}\r\nSubject: [{ref}] Thanks\r\nMessage-ID: {ack['message_id']}\r\n"
            "\r\nThank you.\r\n").encode()
    with app.mailbox() as box:
        box.file_copy(copy, box.sent_folder(None), NOW - timedelta(minutes=59))
    housekeep(app)
    detail = views.case_detail(app, ref)
    [draft] = [d for d in detail["drafts"] if d["id"] == ack["id"]]
    assert draft["status"] == "sent"
    assert [m["direction"] for m in detail["mails"]] == ["in", "out"]
    assert "sending_confirmed" in [e["name"] for e in detail["events"]]
    assert smtp_server.messages == []  # nothing sent again, nothing to tell staff


def test_a_draft_left_sending_without_a_copy_is_reported_to_staff_once(app, smtp_server):
    ref = request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    old, recent = approve_acks(app)
    _left_sending(app, old["id"], minutes_ago=60)
    _left_sending(app, recent["id"], minutes_ago=1)  # another `send` may be in the middle of it
    housekeep(app)
    housekeep(app)
    [(envelope, notice)] = delivered(smtp_server)
    assert envelope.rcpt_tos == [STAFF] and notice["Auto-Submitted"] == "auto-generated"
    text = notice.get_content()
    assert f"#{old['id']}" in text and ref in text and f"#{recent['id']}" not in text
    assert {d["id"]: d["status"] for d in views.drafts(app)} == {old["id"]: "sending", recent["id"]: "sending"}
    assert "sending_unconfirmed" in [e["name"] for e in views.case_detail(app, ref)["events"]]


def test_the_alert_about_a_draft_left_sending_waits_for_office_hours(app, smtp_server):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = approve_acks(app)
    _left_sending(app, ack["id"], minutes_ago=60)
    app.clock.at = NOW + timedelta(hours=8)  # 20:00 in Helsinki
    housekeep(app)
    assert delivered(smtp_server) == []
    app.clock.at = NOW + timedelta(hours=20)  # Wednesday 08:00
    housekeep(app)
    [(envelope, notice)] = delivered(smtp_server)
    assert f"#{ack['id']}" in notice.get_content()


def test_a_reply_whose_recipient_stopped_being_allowed_after_approval_is_held(app, smtp_server):
    # Aino asks from the address on record; her access reply, with her data, is approved for that address.
    ref = request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    approve_and_send_all(app)  # the acknowledgement
    finish_tasks(app, ref)
    [reply] = [d for d in views.drafts(app, "pending") if d["template"] == "customer/access-reply"]
    assert reply["to"] == AINO
    approve(app, reply["id"], STAFF)
    # Before `send` runs, the address on record changes: staff match the request to another customer
    # record. The approved reply's address is no longer the one on record (Art. 12(6)).
    case_actions.verify(app, ref, STAFF, customer_email=EMILY)
    before = len(smtp_server.messages)
    assert send_approved(app) == {"sent": 0, "deferred": 0, "failed": 1}
    assert smtp_server.messages[before:] == []  # not to the old address, not to any
    held = {d["id"]: d for d in views.drafts(app)}[reply["id"]]
    assert held["status"] == "rejected"
    detail = views.case_detail(app, ref)
    assert {"name": "draft_rejected", "actor": "rightsbot", "data": {"reason": "recipient-not-allowed"}}.items() \
        <= detail["events"][-1].items()
