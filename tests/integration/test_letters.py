"""Issue 9: one coherent letter per set of rights decided together, absolute rights never refused,
marketing stopped on every channel, and no dead ends for staff.

Real Dovecot, real aiosmtpd, SQLite and PostgreSQL stores, the sample register (fixtures of test_rights).
"""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

import pytest

from bot.adapters import store
from bot.core.errors import StaffError
from bot.services import case_actions, casework, views
from bot.services.drafts import approve, redraft, reject, write_reply
from bot.services.intake import poll_once
from bot.services.mail_actions import resolve
from tests.integration.test_rights import (  # noqa: F401  (app is a fixture)
    AINO,
    EMILY,
    LINNEA,
    STAFF,
    app,
    approve_and_send_all,
    delivered,
    finish_tasks,
    request,
)


def body_of(smtp_server, index: int = -1) -> str:
    return delivered(smtp_server)[index][1].get_body(("plain",)).get_content().replace("\r\n", "\n")


def task_ids(app, ref: str) -> list[str]:
    return [t["task"] for t in views.case_detail(app, ref)["tasks"]]


def test_one_mail_with_three_rights_gets_one_letter_and_no_task_twice(app, smtp_server):
    """Issue 9: access, a marketing ban and a consent withdrawal in one mail gave four letters, and the
    suppression and newsletter tasks appeared twice on the case."""
    ref = request(app, f"Emily Carter <{EMILY}>", "My data",
                  "I want a copy of my personal data. Also stop sending me marketing, and I withdraw my consent "
                  "to the newsletter.")
    assert views.case_detail(app, ref)["intents"] == ["access", "consent_withdrawal", "marketing_ban"]
    approve_and_send_all(app)  # the acknowledgement goes alone
    finish_tasks(app, ref)
    ids = task_ids(app, ref)
    assert len(ids) == len(set(ids)), ids
    sent = approve_and_send_all(app)
    assert [d["template"] for d in sent] == ["customer/combined-reply"]
    body = body_of(smtp_server)
    assert "A copy of your data is attached" in body
    assert "We have recorded your objection to direct marketing" in body
    assert "We have recorded the withdrawal of your consent" in body
    assert body.count("Dear Emily Carter,") == 1 and body.count("Kind regards") == 1
    attached = sorted(p.get_filename() for p in delivered(smtp_server)[-1][1].iter_attachments())
    assert attached == [f"{ref}-personal-data.csv", f"{ref}-personal-data.json"]
    assert views.case_detail(app, ref)["status"] == "answered"


def test_an_edited_draft_is_never_combined(app, smtp_server):
    ref = request(app, f"Emily Carter <{EMILY}>", "My data",
                  "Stop sending me marketing, and I withdraw my consent to the newsletter.")
    approve_and_send_all(app)
    tasks = views.case_detail(app, ref)["tasks"]
    for task in [t for t in tasks if t["status"] == "open" and t["right"] == "marketing_ban"]:
        case_actions.complete_task(app, task["id"], STAFF)
    [ban] = [d for d in views.drafts(app, "pending") if d["case_ref"] == ref]
    from bot.services.drafts import edit

    edit(app, ban["id"], STAFF, "Hello,\n\nEDITED BY STAFF\n")
    finish_tasks(app, ref)
    pending = [d for d in views.drafts(app, "pending") if d["case_ref"] == ref]
    assert [d["template"] for d in pending] == ["customer/marketing-ban-done", "customer/consent-withdrawn"]


def test_mark_repeat_refuses_only_what_can_be_refused_and_the_marketing_ban_still_goes(app, smtp_server):
    """Issue 9: mark-repeat on erasure + marketing ban drafted "We cannot act on your request" for both."""
    ref = request(app, AINO, "Data", "Please delete my data and stop sending me marketing emails.")
    assert views.case_detail(app, ref)["intents"] == ["erasure", "marketing_ban"]
    approve_and_send_all(app)
    case_actions.mark_repeat(app, ref, "STAFF REASON: the same erasure was done last week.", STAFF)
    finish_tasks(app, ref)
    sent = approve_and_send_all(app)
    assert [d["template"] for d in sent] == ["customer/combined-reply"]
    body = body_of(smtp_server)
    refused = body[body.index("We cannot act on it"):body.index("Our reasons")]
    assert "right to erasure" in refused and "direct marketing" not in refused
    assert "We have recorded your objection to direct marketing" in body
    assert body.count("Office of the Data Protection Ombudsman") == 1
    assert views.case_detail(app, ref)["outcome"] == "partially_refused"


def test_absolute_rights_cannot_be_refused_by_staff(app):
    ref = request(app, EMILY, "Unsubscribe", "Stop sending me newsletters and marketing emails, thanks.")
    with pytest.raises(StaffError, match="never refused"):
        case_actions.mark_repeat(app, ref, "too many requests", STAFF)
    with pytest.raises(StaffError, match="absolute"):
        case_actions.decide(app, ref, "marketing_ban", "refused", "no", STAFF)


def test_a_marketing_ban_stops_sms_and_calls_to_the_number_on_record(app, smtp_server):
    """Issue 9: the ban covered the newsletter only; the register's marketing_sms and phone were ignored."""
    ref = request(app, f"Linnea Sjöholm <{LINNEA}>", "Marknadsföring",
                  "Hej, sluta skicka marknadsföring till mig.")
    assert views.case_detail(app, ref)["intents"] == ["marketing_ban"]
    with app.store.session() as session:
        assert casework.is_suppressed(session, "+358442223344") and casework.is_suppressed(session, LINNEA)
        channels = {s.channel for s in session.exec(store.select(store.Suppression))}
    assert channels == {"email", "phone"}
    approve_and_send_all(app)
    finish_tasks(app, ref)
    tasks = views.case_detail(app, ref)["tasks"]
    phone_task = next(t for t in tasks if t["task"] == "remove-from-phone-marketing")
    assert phone_task["detail"] == "channels: email, sms, phone; phone numbers: +358442223344"
    approve_and_send_all(app)
    body = body_of(smtp_server)
    assert "textmeddelanden (sms)" in body and "telefonsamtal" in body and "nyhetsbrevsregister" in body


def test_a_non_customers_ban_on_marketing_sms_never_reads_no_action_needed(app, smtp_server):
    """Issue 9: after `verify --no-customer`, "we hold no data, so no action is needed" beside "we have
    removed your e-mail address from the newsletter register"; the SMS number was not covered."""
    ref = request(app, "Kim <kim@example.net>", "Stop",
                  "Please delete my data and stop sending marketing text messages to 040 987 6543.")
    assert views.case_detail(app, ref)["intents"] == ["erasure", "marketing_ban"]
    with app.store.session() as session:
        assert casework.is_suppressed(session, "+358409876543")
    approve_and_send_all(app)  # acknowledgement and identity request
    while open_tasks := [t for t in views.case_detail(app, ref)["tasks"]
                         if t["status"] == "open" and t["task"] != "verify-identity"]:
        for task in open_tasks:
            case_actions.complete_task(app, task["id"], STAFF)
    case_actions.verify(app, ref, STAFF, customer_email=None)
    approve_and_send_all(app)
    bodies = [m.get_body(("plain",)).get_content() for _, m in delivered(smtp_server)]
    everything = "\n".join(bodies)
    assert "nothing for us to act on" not in everything and "no action" not in everything
    assert "newsletter register" not in everything
    assert "text messages (SMS)" in everything
    last = bodies[-1]
    handled = last[last.index("as regards the following"):last.index("We have checked our records")]
    assert "right to erasure" in handled and "direct marketing" not in handled


def test_a_reply_asking_one_new_right_opens_a_case_with_only_that_right(app, smtp_server):
    """Issue 9: our subject ("Your objection to direct marketing has been recorded") was read as a new request."""
    app.clock.at = app.clock.at - timedelta(days=70)
    ref = request(app, EMILY, "Unsubscribe", "Stop sending me newsletters and marketing emails, thanks.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [last] = approve_and_send_all(app)
    app.clock.advance(days=60)
    new = request(app, EMILY, f"Re: {last['subject']}", "Hello again. Please send me a copy of all my personal data.",
                  in_reply_to=last["message_id"])
    assert views.case_detail(app, new)["intents"] == ["access"]


def test_after_a_rejection_staff_redraft_or_write_the_reply_themselves(app, smtp_server):
    """Issue 9: after `reject` the only way out was `close`, and the real answer went outside the record."""
    ref = request(app, AINO, "Data", "Send me a copy of my personal data.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [reply] = [d for d in views.drafts(app, "pending") if d["case_ref"] == ref]
    reject(app, reply["id"], STAFF, "wrong address in the export")
    [again] = redraft(app, reply["id"], STAFF)
    assert again.template == "customer/access-reply" and again.status == "pending"
    with pytest.raises(StaffError, match="already replaced"):
        redraft(app, reply["id"], STAFF)
    reject(app, again.id, STAFF, "we will answer in our own words")
    free = write_reply(app, ref, "STAFF TEXT: here is your data.", STAFF, replaces=again.id, refuses=True)
    detail = views.draft_detail(app, free.id)
    assert "STAFF TEXT: here is your data." in detail["body"]
    # A reply that refuses anything carries the complaint and court routes (Art. 12(4)).
    assert "Office of the Data Protection Ombudsman" in detail["body"] and "court" in detail["body"]
    assert [a["filename"] for a in detail["attachments"]] == [f"{ref}-personal-data.json", f"{ref}-personal-data.csv"]
    approve(app, free.id, STAFF)
    from bot.services.sending import send_approved

    send_approved(app)
    assert views.case_detail(app, ref)["status"] == "answered"


def test_draft_show_prints_the_mail_and_each_attachment(app, smtp_server):
    """Issue 9: staff could not see the export before approving, so third parties could not be redacted."""
    ref = request(app, f"Linnea Sjöholm <{LINNEA}>", "Registerutdrag", "Hej, jag vill få ut alla uppgifter ni har om mig.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [reply] = [d for d in views.drafts(app, "pending") if d["case_ref"] == ref]
    text = views.draft_text(views.draft_detail(app, reply["id"]))
    assert "Subject: [" + ref in text and "Dataombudsmannens byrå" in text
    assert f"--- attachment {ref}-personal-data.json" in text and "Strandgatan 8 C 21" in text
    from bot.services.drafts import edit_attachment

    edit_attachment(app, reply["id"], STAFF, f"{ref}-personal-data.csv", b"section,field,value\r\nREDACTED\r\n")
    assert "REDACTED" in views.draft_text(views.draft_detail(app, reply["id"]))


def test_case_show_has_the_mail_text_with_quotes_folded_and_flagged_mail_can_be_resolved(app, smtp_server):
    ref = request(app, AINO, "Data", "Send me a copy of my personal data.")
    [ack] = approve_and_send_all(app)
    request(app, "Someone Else <else@example.net>", f"Re: [{ref}]",
            "I am her brother, what is going on?\n\nOn 24 Nov 2026 info@allsec.fi wrote:\n> We received your request\n> line two",
            in_reply_to=ack["message_id"])
    detail = views.case_detail(app, ref)
    flagged = next(m for m in detail["mails"] if m["state"] == "flagged")
    assert flagged["text"] == "I am her brother, what is going on?\n[quoted text folded: 3 lines]"
    assert "Send me a copy of my personal data." in views.case_text(detail)
    resolve(app, flagged["id"], STAFF, "her brother; told him we answer only her")
    assert [m["state"] for m in views.mails(app, "flagged")] == []
    with pytest.raises(StaffError, match="not flagged"):
        resolve(app, flagged["id"], STAFF, "again")


def test_a_mail_forwarded_by_staff_counts_from_when_the_customer_sent_it(app):
    """Issue 9: the clock started at the forward, not when the customer's mail reached the shop."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Privacy <{STAFF}>", "info@allsec.fi", "VL: Tietojen poisto"
    msg["Message-ID"] = "<fwd-1@allsec.fi>"
    msg.set_content("Tämä tuli minulle.\n\n---------- Välitetty viesti ----------\n"
                    "Lähettäjä: Aino Laaksonen <aino.laaksonen@example.fi>\n"
                    "Lähetetty: maanantai 9. marraskuuta 2026 klo 9.15\nAihe: Tietojen poisto\n"
                    "Vastaanottaja: myynti@allsec.fi\n\nPoistakaa kaikki tietoni.\n")
    with app.mailbox() as box:
        box.append(msg.as_bytes(), when=app.clock.now() - timedelta(hours=1))
    [ref] = poll_once(app).cases_opened
    detail = views.case_detail(app, ref)
    assert detail["requester"] == AINO
    assert detail["received_at"].startswith("2026-11-09T09:15")
    assert detail["due_date"] == "2026-12-09"
    assert detail["forwarded_at"].startswith("2026-11-24")
    assert "staff forwarded it 2026-11-24" in views.case_text(detail)


def test_an_extension_notice_not_sent_in_the_first_month_is_refused(app, smtp_server):
    """Issue 9: nothing stopped the notice going out after the first month (Art. 12(3))."""
    ref = request(app, AINO, "Data", "Send me a copy of my personal data.")
    case_actions.extend(app, ref, "Your data are spread over three archived systems.", STAFF,
                        ground="complexity")
    [notice] = [d for d in views.drafts(app, "pending") if d["template"] == "customer/extension-notice"]
    app.clock.advance(days=40)
    with pytest.raises(StaffError, match="first month has ended"):
        approve(app, notice["id"], STAFF)
    assert views.case_detail(app, ref)["current_due_date"] == "2026-12-28"

    # Approved in time but sent too late: withdrawn at sending, and the date never moves.
    app.clock.advance(days=-40)
    approve(app, notice["id"], STAFF)
    app.clock.advance(days=40)
    from bot.services.sending import send_approved

    assert send_approved(app)["failed"] == 1
    assert not [m for _, m in delivered(smtp_server) if "extension" in m["Subject"].lower()
                or "more time" in m["Subject"]]
    # The refused notice takes its proposed date with it: the extension never happened.
    detail = views.case_detail(app, ref)
    assert detail["extended_due_date"] is None and detail["current_due_date"] == "2026-12-28"


@pytest.fixture
def short_extension(app, tmp_path):
    """The same bot, with access.toml allowing a one-month extension."""
    import shutil
    from dataclasses import replace

    from bot.entrypoints import bootstrap

    folder = tmp_path / "workflows"
    shutil.copytree(app.settings.workflows_dir, folder)
    access = folder / "access.toml"
    access.write_text(access.read_text(encoding="utf-8").replace("extension_months = 2", "extension_months = 1"),
                      encoding="utf-8")
    built = bootstrap.build(replace(app.settings, workflows_dir=folder), clock=app.clock)
    yield built
    built.store.dispose()


def test_the_extension_takes_its_months_from_the_workflow(short_extension, smtp_server):
    app = short_extension
    ref = request(app, AINO, "Data", "Send me a copy of my personal data.")
    case_actions.extend(app, ref, "We have received three requests from you this week.", STAFF,
                        ground="number_of_requests")
    [notice] = [d for d in views.drafts(app, "pending") if d["template"] == "customer/extension-notice"]
    assert "by one month" in notice["body"] and "several requests" in notice["body"]
    assert "two months" not in notice["body"]
    # Received 2026-11-24 → two months → 2027-01-24, a Sunday → Monday 2027-01-25.
    assert "25 January 2027" in notice["body"]
    approve_and_send_all(app)
    assert views.case_detail(app, ref)["current_due_date"] == "2027-01-25"
