"""The walking skeleton, end to end: Dovecot mailbox → cases and drafts → approval → SMTP → followup.

Real Dovecot, real aiosmtpd, real SQLite file; nothing on the mail path is mocked.
"""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from bot.adapters import store
from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.services import views
from bot.services.drafts import approve, reject
from bot.services.intake import poll_once
from bot.services.sending import send_approved

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
STAFF = "privacy@allsec.fi"


def make_mail(sender: str, subject: str, body: str, msgid: str, *, in_reply_to: str | None = None,
              headers: dict | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@allsec.fi"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg["Date"] = "Mon, 23 Nov 2026 09:00:00 +0200"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture
def app(database_url, imap_account, smtp_server):
    env = {
        "IMAP_HOST": imap_account.host, "IMAP_PORT": str(imap_account.port),
        "IMAP_USERNAME": imap_account.username, "IMAP_PASSWORD": imap_account.password,
        "IMAP_SECURITY": "none", "SMTP_HOST": smtp_server.host, "SMTP_PORT": str(smtp_server.port),
        "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": STAFF,
        "DATABASE_URL": database_url,
    }
    built = bootstrap.build(config.from_mapping(env), clock=FixedClock(NOW))
    yield built
    built.store.dispose()


def deliver(app, raw: bytes, when: datetime) -> None:
    with app.mailbox() as box:
        box.append(raw, when=when)


def test_request_to_sent_reply_and_followup(app, smtp_server):
    received = NOW - timedelta(hours=5)
    deliver(app, make_mail("Maija Virtanen <maija@example.fi>", "Tietojen poisto",
                           "Hei,\n\nPoistakaa kaikki minua koskevat henkilötiedot rekisteristänne.\n\nMaija",
                           "<m1@example.fi>"), received)
    deliver(app, make_mail("John Smith <john@example.com>", "Copy of my data",
                           "Hello,\n\nPlease send me a copy of all the personal data you hold about me.\n\nJohn",
                           "<j1@example.com>"), received)
    deliver(app, make_mail("Maija Virtanen <maija@example.fi>", "Automatic reply: out of office",
                           "I am out of office until Monday.", "<auto1@example.fi>",
                           headers={"Auto-Submitted": "auto-replied"}), received)

    first = poll_once(app)
    assert len(first.cases_opened) == 2
    assert first.ignored == 1

    cases = views.cases(app)
    by_requester = {c["requester"]: c for c in cases}
    assert set(by_requester) == {"maija@example.fi", "john@example.com"}
    maija = by_requester["maija@example.fi"]
    assert maija["ref"].startswith("DSR-2026-")
    assert maija["language"] == "fi"
    assert "erasure" in maija["intents"]
    # Received 2026-11-24 (Helsinki) → one month → 2026-12-24 is Christmas Eve → Mon 2026-12-28.
    assert maija["due_date"] == "2026-12-28"
    assert datetime.fromisoformat(maija["received_at"]) == received

    drafts = views.drafts(app)
    assert {d["case_ref"] for d in drafts} == {c["ref"] for c in cases}
    assert all(d["status"] == "pending" for d in drafts)

    # Running again changes nothing.
    second = poll_once(app)
    assert second.cases_opened == [] and second.fetched == 0
    assert views.cases(app) == cases
    assert len(views.drafts(app)) == len(drafts)

    # Nothing goes out before a person approves it.
    assert send_approved(app)["sent"] == 0
    assert smtp_server.messages == []

    draft = next(d for d in drafts if d["case_ref"] == maija["ref"])
    approve(app, draft["id"], STAFF)
    assert send_approved(app) == {"sent": 1, "deferred": 0, "failed": 0}
    [delivered] = smtp_server.messages
    assert delivered.rcpt_tos == ["maija@example.fi"]
    sent = email.message_from_bytes(delivered.content, policy=email.policy.default)
    assert f"[{maija['ref']}]" in sent["Subject"]
    assert sent["In-Reply-To"] == "<m1@example.fi>"
    assert "<m1@example.fi>" in sent["References"]
    assert sent["Message-ID"] == draft["message_id"]
    assert sent["Message-ID"].endswith("@allsec.fi>")
    assert [d["status"] for d in views.drafts(app) if d["id"] == draft["id"]] == ["sent"]

    # A second send does not send it again.
    assert send_approved(app)["sent"] == 0
    assert len(smtp_server.messages) == 1

    # The customer answers our mail: threading headers tie it to the same case.
    deliver(app, make_mail("maija@example.fi", f"Re: {sent['Subject']}", "Kiitos! Tilausnumeroni on 10234.",
                           "<m2@example.fi>", in_reply_to=sent["Message-ID"]), NOW)
    # A reply whose client dropped the headers: the reference in the subject is enough.
    deliver(app, make_mail("maija@example.fi", f"VS: [{maija['ref']}] kysymys", "Milloin saan vastauksen?",
                           "<m3@example.fi>"), NOW)
    third = poll_once(app)
    assert third.cases_opened == []
    assert third.followups == 2
    assert len(views.cases(app)) == 2
    detail = views.case_detail(app, maija["ref"])
    assert [m["direction"] for m in detail["mails"]] == ["in", "out", "in", "in"]
    names = [e["name"] for e in detail["events"]]
    for expected in ("case_opened", "mail_classified", "draft_created", "draft_approved", "mail_sent",
                     "followup_attached"):
        assert expected in names
    approved = next(e for e in detail["events"] if e["name"] == "draft_approved")
    assert approved["actor"] == STAFF


def test_followup_from_another_address_is_flagged_for_staff(app, smtp_server):
    deliver(app, make_mail("anna@example.se", "Begäran om radering",
                           "Hej! Radera alla mina personuppgifter, tack.", "<a1@example.se>"), NOW)
    [ref] = poll_once(app).cases_opened
    deliver(app, make_mail("someone@else.example", f"Re: [{ref}] hej", "Skicka uppgifterna till mig i stället.",
                           "<x1@else.example>"), NOW)
    report = poll_once(app)
    assert report.cases_opened == [] and report.followups == 0
    detail = views.case_detail(app, ref)
    # Shown on the case for staff, but flagged: not the requester's mail, not answered to.
    assert [(m["from"], m["state"]) for m in detail["mails"]] == [("anna@example.se", "processed"),
                                                                  ("someone@else.example", "flagged")]
    assert "followup_flagged" in [e["name"] for e in detail["events"]]
    assert [d["to"] for d in views.drafts(app)] == ["anna@example.se"] * len(views.drafts(app))


def test_malformed_mail_is_quarantined_with_its_bytes(app):
    deliver(app, b"\r\n\r\n\r\n", NOW)
    deliver(app, make_mail("ok@example.com", "Delete my data", "Please delete my account and all my data.",
                           "<ok1@example.com>"), NOW)
    report = poll_once(app)
    assert report.quarantined == 1
    assert len(report.cases_opened) == 1
    with app.store.session() as session:
        rows = session.exec(store.select(store.Mail).where(store.Mail.state == "quarantined")).all()
        assert len(rows) == 1 and rows[0].reason and rows[0].raw


def test_old_mail_is_left_alone_and_late_mail_gets_no_acknowledgement(app):
    deliver(app, make_mail("old@example.com", "Delete my data", "Please delete all my data.", "<old1@example.com>"),
            NOW - timedelta(days=90))
    deliver(app, make_mail("late@example.com", "Delete my data", "Please delete all my personal data.",
                           "<late1@example.com>"), NOW - timedelta(days=10))
    report = poll_once(app)
    assert len(report.cases_opened) == 1  # the 90-day-old mail is before INTAKE_SINCE
    [case] = views.cases(app)
    assert case["requester"] == "late@example.com"
    assert not [d for d in views.drafts(app) if d["template"] == "customer/acknowledgement"]
    events = views.case_detail(app, case["ref"])["events"]
    assert any(e["name"] == "ack_skipped" and e["data"]["reason"] == "too-old" for e in events)


def test_staff_check_and_rejection(app):
    deliver(app, make_mail("p@example.com", "Unsubscribe", "Please stop sending me marketing emails.",
                           "<p1@example.com>"), NOW)
    poll_once(app)
    [draft] = views.drafts(app)
    from bot.core.errors import BotError

    with pytest.raises(BotError):
        approve(app, draft["id"], "stranger@example.com")
    reject(app, draft["id"], STAFF, "wrong tone")
    assert views.drafts(app)[0]["status"] == "rejected"
    with pytest.raises(BotError):
        approve(app, draft["id"], STAFF)


def test_processed_keyword_is_set_but_seen_is_not(app, imap_account):
    deliver(app, make_mail("k@example.com", "Delete my data", "Please delete my data.", "<k1@example.com>"), NOW)
    poll_once(app)
    with app.mailbox() as box:
        [fetched] = list(box.fetch(box.uids_since(NOW.date() - timedelta(days=1))))
    assert "$Rightsbot" in fetched.flags
    assert "\\Seen" not in fetched.flags


def test_a_bounce_of_our_reply_is_flagged_on_its_case(app, smtp_server):
    deliver(app, make_mail("gone@example.com", "Delete my data", "Please delete all my personal data.",
                           "<g1@example.com>"), NOW)
    [ref] = poll_once(app).cases_opened
    draft = views.drafts(app)[0]
    approve(app, draft["id"], STAFF)
    send_approved(app)
    dsn = EmailMessage()
    dsn["From"] = "MAILER-DAEMON@mx.example.com"
    dsn["To"] = "info@allsec.fi"
    dsn["Subject"] = "Undelivered Mail Returned to Sender"
    dsn["Message-ID"] = "<dsn1@mx.example.com>"
    dsn["Auto-Submitted"] = "auto-replied"
    dsn.set_content("This is the mail system. Your message could not be delivered: 550 5.1.1 user unknown.\n\n"
                    f"Original headers:\nMessage-ID: {draft['message_id']}\nTo: gone@example.com\n")
    deliver(app, dsn.as_bytes(), NOW)
    report = poll_once(app)
    assert report.cases_opened == []
    events = [e["name"] for e in views.case_detail(app, ref)["events"]]
    assert "delivery_bounced" in events
    flagged = views.mails(app, "flagged")
    assert [(m["case_ref"], m["reason"]) for m in flagged] == [(ref, "our-reply-bounced")]


def test_a_failure_while_handling_one_mail_quarantines_it_and_the_rest_go_on(app, monkeypatch):
    """Fault injection: the classifier blows up on one mail. That mail is kept with the reason,
    nothing half-done remains, and the next mail is handled."""
    import bot.services.intake

    real = bot.services.intake.classify

    def explode_on_poison(mail, **kw):
        if "POISON" in mail.subject:
            raise RuntimeError("injected")
        return real(mail, **kw)

    monkeypatch.setattr(bot.services.intake, "classify", explode_on_poison)
    deliver(app, make_mail("a@example.com", "POISON delete my data", "Please delete my data.", "<p1@example.com>"), NOW)
    deliver(app, make_mail("b@example.com", "Delete my data", "Please delete all my personal data.",
                           "<p2@example.com>"), NOW)
    report = poll_once(app)
    assert report.quarantined == 1 and len(report.cases_opened) == 1
    [case] = views.cases(app)
    assert case["requester"] == "b@example.com" and case["ref"].endswith("-0001")
    [kept] = views.mails(app, "quarantined")
    # The reason names the failure but never quotes it: error text can carry mail content.
    assert kept["reason"] == "processing-error: RuntimeError"
    assert kept["subject"] == "POISON delete my data" and kept["from"] == "a@example.com"
    assert poll_once(app).fetched == 0  # and it is not taken again


def test_staff_edit_a_pending_draft_and_the_edit_is_what_goes_out(app, smtp_server):
    from bot.core.errors import StaffError
    from bot.services.drafts import edit

    deliver(app, make_mail("e@example.com", "Unsubscribe", "Please stop the newsletter.", "<e1@example.com>"), NOW)
    poll_once(app)
    [draft] = views.drafts(app)
    with pytest.raises(StaffError):
        edit(app, draft["id"], "stranger@example.com", "hi")
    edit(app, draft["id"], STAFF, "Hello,\n\nEDITED BY STAFF.\n")
    approve(app, draft["id"], STAFF)
    send_approved(app)
    sent = email.message_from_bytes(smtp_server.messages[-1].content, policy=email.policy.default)
    assert "EDITED BY STAFF." in sent.get_body(("plain",)).get_content()
    with pytest.raises(StaffError, match="only a pending draft"):
        edit(app, draft["id"], STAFF, "too late")
    assert "draft_edited" in [e["name"] for e in views.case_detail(app, draft["case_ref"])["events"]]


def test_a_customer_mail_forwarded_by_staff_makes_the_customer_the_requester(app):
    body = ("Tämä tuli henkilökohtaiseen sähköpostiini, hoidatteko?\n\n"
            "---------- Forwarded message ---------\n"
            "From: Liisa Korhonen <liisa.korhonen@example.fi>\n"
            "Date: Mon, 23 Nov 2026 at 10:12\n"
            "Subject: Tietojen poisto\n"
            "To: <matti@allsec.fi>\n\n"
            "Hei, poistakaa kaikki minua koskevat tiedot asiakasrekisteristänne.\n\nLiisa\n")
    # Issue 10: a forward counts only from an address in STAFF_EMAILS.
    deliver(app, make_mail(f"Privacy <{STAFF}>", "Fwd: Tietojen poisto", body, "<fw1@allsec.fi>"), NOW)
    [ref] = poll_once(app).cases_opened
    case = views.case_detail(app, ref)
    assert case["requester"] == "liisa.korhonen@example.fi"
    assert all(d["to"] == "liisa.korhonen@example.fi" for d in case["drafts"])


# A rule in the staff member's mailbox (Exchange "forward to") marks what it forwards as machine mail.
RULE_FORWARD = {"Auto-Submitted": "auto-generated", "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent",
                "X-Auto-Response-Suppress": "All"}
OUTLOOK_FORWARD = ("________________________________\n"
                   "From: Aino Asiakas <aino.asiakas@example.fi>\n"
                   "Sent: Tuesday, November 24, 2026 9:12 AM\n"
                   "To: Privacy <privacy@allsec.fi>\n"
                   "Subject: Poistakaa tietoni\n\n"
                   "Hei, poistakaa kaikki minua koskevat tiedot rekisteristänne.\n\nTerveisin Aino\n")


def test_a_staff_rule_forward_marked_auto_generated_opens_a_case_for_the_customer(app):
    deliver(app, make_mail(f"Privacy <{STAFF}>", "FW: Poistakaa tietoni", OUTLOOK_FORWARD, "<rule1@allsec.fi>",
                           headers=RULE_FORWARD), NOW)
    [ref] = poll_once(app).cases_opened
    case = views.case_detail(app, ref)
    assert case["requester"] == "aino.asiakas@example.fi" and case["intents"] == ["erasure"]
    assert case["status"] == "open"
    # The customer wrote in person; only the rule was a machine: she is acknowledged.
    assert [(d["template"], d["to"]) for d in case["drafts"]] == [
        ("customer/acknowledgement", "aino.asiakas@example.fi"), ("customer/identity-request", "aino.asiakas@example.fi")]
    opened = next(e for e in case["events"] if e["name"] == "case_opened")
    assert opened["data"]["forwarded_by_staff"] is True


@pytest.mark.parametrize("sender", ["Robot <noreply@allsec.fi>", "Someone <someone@example.com>"])
def test_machine_mail_that_forwards_a_customer_is_still_machine_mail_unless_staff_sent_it(app, sender):
    deliver(app, make_mail(sender, "FW: Poistakaa tietoni", OUTLOOK_FORWARD, "<rule2@example.com>",
                           headers=RULE_FORWARD), NOW)
    assert poll_once(app).cases_opened == []
    [mail] = views.mails(app)
    assert mail["kind"] == "auto_reply"


def test_every_wild_mail_goes_through_intake_and_none_is_lost(app):
    """Real malformed mail from public test suites, through the real mailbox: each one is recorded
    (handled, ignored or quarantined with a reason), and the pass never stops."""
    from tests.shared_corpus import required

    files = sorted(required("wild", "*.eml").glob("*.eml"))
    with app.mailbox() as box:
        for path in files:
            box.append(path.read_bytes(), when=NOW - timedelta(hours=2))
        appended = len(box.uids_since(NOW.date() - timedelta(days=1)))
    report = poll_once(app)
    assert report.fetched == appended
    rows = views.mails(app)
    assert len(rows) == appended
    assert all(r["state"] != "quarantined" or r["reason"] for r in rows)
    assert poll_once(app).fetched == 0
