"""Each right's workflow from mail to sent reply, against the sample register.

Real Dovecot, real aiosmtpd, real SQLite (store and register). Staff actions go through the same
service functions the CLI calls.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from bot.adapters.clock import FixedClock
from bot.core.errors import StaffError
from bot.entrypoints import bootstrap, config
from bot.entrypoints.demo.sample_register import SAMPLE_CUSTOMERS, SAMPLE_ORDERS, create_sample_register
from bot.services import case_actions, casework, views
from bot.services.drafts import approve
from bot.services.intake import poll_once
from bot.services.sending import send_approved

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
STAFF = "privacy@allsec.fi"
MATTI = SAMPLE_CUSTOMERS["recent_orders"]  # orders in 2026: accounting hold
AINO = SAMPLE_CUSTOMERS["old_orders"]  # orders only in 2013-2014: no hold
EMILY = SAMPLE_CUSTOMERS["newsletter_only"]
LINNEA = SAMPLE_CUSTOMERS["swedish"]
_counter = iter(range(1, 10_000))


def bot_env(tmp_path, database_url, imap_account, smtp_server, **extra: str) -> dict[str, str]:
    """The settings of a bot on these servers and this store, with the sample register (made once)."""
    register_url = f"sqlite:///{tmp_path / 'register.db'}"
    if not (tmp_path / "register.db").exists():
        create_sample_register(register_url)
    return {
        "IMAP_HOST": imap_account.host, "IMAP_PORT": str(imap_account.port),
        "IMAP_USERNAME": imap_account.username, "IMAP_PASSWORD": imap_account.password,
        "IMAP_SECURITY": "none", "SMTP_HOST": smtp_server.host, "SMTP_PORT": str(smtp_server.port),
        "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": STAFF,
        "DATABASE_URL": database_url, "REGISTER_URL": register_url,
    } | extra


@pytest.fixture
def app(tmp_path, database_url, imap_account, smtp_server):
    """The bot on real servers, its store on SQLite and on PostgreSQL, with the sample register."""
    env = bot_env(tmp_path, database_url, imap_account, smtp_server)
    built = bootstrap.build(config.from_mapping(env), clock=FixedClock(NOW))
    yield built
    built.store.dispose()


def request(app, sender: str, subject: str, body: str, *, in_reply_to: str | None = None) -> str:
    """Deliver one mail to the real mailbox, poll, and return the case reference it opened (or joined)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", subject
    msg["Message-ID"] = f"<t{next(_counter)}@example.test>"
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(body)
    with app.mailbox() as box:
        box.append(msg.as_bytes(), when=app.clock.now() - timedelta(hours=1))
    report = poll_once(app)
    if report.cases_opened:
        return report.cases_opened[0]
    return None


def approve_and_send_all(app) -> list[email.message.EmailMessage]:
    """Staff approve every pending draft; the bot sends. Returns the mails that went out, parsed."""
    before = {d["id"] for d in views.drafts(app) if d["status"] == "sent"}
    for d in views.drafts(app, "pending"):
        approve(app, d["id"], STAFF)
    send_approved(app)
    sent = [d for d in views.drafts(app, "sent") if d["id"] not in before]
    return sent


def delivered(smtp_server, subject_part: str | None = None):
    mails = [(m, email.message_from_bytes(m.content, policy=email.policy.default)) for m in smtp_server.messages]
    return [(m, p) for m, p in mails if subject_part is None or subject_part in p["Subject"]]


def templates_sent(app, ref: str) -> list[str]:
    return [d["template"] for d in views.case_detail(app, ref)["drafts"] if d["status"] == "sent"]


def finish_tasks(app, ref: str, note: str | None = None) -> None:
    """Staff do every open task; finishing one step's tasks may raise the next step's."""
    while open_tasks := [t for t in views.case_detail(app, ref)["tasks"] if t["status"] == "open"]:
        for task in open_tasks:
            case_actions.complete_task(app, task["id"], STAFF, note)


def test_access_from_the_address_on_record_gets_art15_reply_and_data(app, smtp_server):
    ref = request(app, f"Linnea Sjöholm <{LINNEA}>", "Registerutdrag", "Hej, jag vill få ut alla uppgifter ni har om mig.")
    case = views.case_detail(app, ref)
    assert case["intents"] == ["access"] and case["language"] == "sv"
    assert case["customer_email"] == LINNEA
    approve_and_send_all(app)  # the acknowledgement
    finish_tasks(app, ref)  # export-customer-data
    sent = approve_and_send_all(app)
    assert [d["template"] for d in sent] == ["customer/access-reply"]
    [(envelope, mail)] = delivered(smtp_server, "[" + ref + "]")[-1:]
    assert envelope.rcpt_tos == [LINNEA]
    body = mail.get_body(("plain",)).get_content()
    # Art. 15(1): purposes, recipients, retention, complaint, in Swedish.
    assert "Dataombudsmannens byrå" in body
    names = sorted(part.get_filename() for part in mail.iter_attachments())
    assert names == [f"{ref}-personal-data.csv", f"{ref}-personal-data.json"]
    data = json.loads(next(p for p in mail.iter_attachments() if p.get_filename().endswith(".json")).get_content())
    assert LINNEA in json.dumps(data)
    final = views.case_detail(app, ref)
    assert final["status"] == "answered" and final["outcome"] == "granted"


def test_portability_sends_only_provided_data(app, smtp_server):
    ref = request(app, AINO, "Data export", "Please send me my data in a machine-readable format (JSON or CSV) "
                  "so I can move it to another service.")
    assert views.case_detail(app, ref)["intents"] == ["portability"]
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [d] = approve_and_send_all(app)
    assert d["template"] == "customer/portability-reply"
    _, mail = delivered(smtp_server)[-1]
    names = sorted(p.get_filename() for p in mail.iter_attachments())
    assert names == [f"{ref}-provided-data.csv", f"{ref}-provided-data.json"]
    payload = next(p for p in mail.iter_attachments() if p.get_filename().endswith(".json")).get_content()
    assert "analytics" not in json.loads(payload)


ERASE = {
    "fi": ("Tietojen poisto", "Hei, poistakaa kaikki minua koskevat tiedot ja asiakastilini."),
    "sv": ("Radering", "Hej, radera alla mina personuppgifter och mitt kundkonto."),
    "en": ("Delete my data", "Please delete my account and all personal data you hold about me."),
}
CITED = {"fi": "(KSL 38/1978 5 luku)", "sv": "(konsumentskyddslagen 38/1978 5 kap.)",
         "en": "(Consumer Protection Act 38/1978, chapter 5)"}
# The line that opens the list of what is kept, and the one that opens what has expired.
KEEP = {"fi": "Säilytämme seuraavat asiakirjat", "sv": "Följande handlingar sparar vi", "en": "We keep the following records"}
ENDED = {"fi": "säilytysaika on päättynyt", "sv": "Förvaringstiden för följande", "en": "retention periods of the following"}


def day(d: str, language: str) -> str:
    y, m, dd = (int(p) for p in d.split("-"))
    months = ("January February March April May June July August September October November December").split()
    return f"{dd} {months[m - 1]} {y}" if language == "en" else f"{dd}.{m}.{y}"


def paragraph(body: str, start: str) -> str:
    """The paragraph of `body` whose first line contains `start`."""
    return next(p for p in body.replace("\r\n", "\n").split("\n\n") if start in p.splitlines()[0])


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_erasure_with_orders_in_three_years_names_each_years_own_dates(app, smtp_server, language):
    """Issue 9: orders in 2019, 2023 and 2026 were all "kept until" the last order's dates. Each record
    counts from its own booking date and financial year; the 2019 vouchers ended on 31.12.2025 and are
    erased, not kept; a refund booked in 2024 runs a year longer than its 2023 order."""
    subject, text = ERASE[language]
    ref = request(app, f"Matti Virtanen <{MATTI}>", subject, text)
    detail = views.case_detail(app, ref)
    assert detail["intents"] == ["erasure"] and detail["language"] == language
    running = sorted((h["record_class"], h["until"]) for h in detail["holds"])
    assert running == [("consumer_claims", "2028-09-14"), ("ledgers", "2029-12-31"), ("ledgers", "2033-12-31"),
                       ("ledgers", "2034-12-31"), ("ledgers", "2036-12-31"), ("vouchers", "2029-12-31"),
                       ("vouchers", "2030-12-31"), ("vouchers", "2032-12-31")]
    assert ("vouchers", "2025-12-31") in [(h["record_class"], h["until"]) for h in detail["expired_holds"]]
    approve_and_send_all(app)
    case_actions.decide(app, ref, "erasure", "granted", "", STAFF)
    finish_tasks(app, ref)
    sent = approve_and_send_all(app)
    assert [d["template"] for d in sent] == ["customer/erasure-partial-refusal"], views.case_detail(app, ref)["next"]
    _, mail = delivered(smtp_server)[-1]
    body = mail.get_body(("plain",)).get_content()
    kept = paragraph(body, KEEP[language])
    for until in ("2029-12-31", "2030-12-31", "2032-12-31", "2033-12-31", "2034-12-31", "2036-12-31", "2028-09-14"):
        assert day(until, language) in kept, (until, kept)
    # What has expired is not claimed to be kept: the 2019 vouchers are listed as erased.
    assert day("2025-12-31", language) not in kept
    # The 2019 records are kept only as ledger entries (ten years), not as vouchers.
    lines_2019 = [line for line in kept.splitlines() if "COL-2019-0031" in line]
    assert len(lines_2019) == 1 and day("2029-12-31", language) in lines_2019[0]
    ended = paragraph(body, ENDED[language])
    assert "COL-2019-0031" in ended and day("2025-12-31", language) in ended
    # The refund of the 2023 order, booked in 2024, has its own line and its own year.
    refund_line = next(line for line in kept.splitlines() if "RFD-2024-0007" in line and "2030" in line)
    assert "RCP-2023-10871" not in refund_line
    # Two grounds, each named: the Accounting Act (17(3)(b)) and the Consumer Protection Act (17(3)(e)).
    assert "1336/1997" in body and "38/1978" in body
    # Each kept line cites its law in the letter's language (it printed "KSL 38/1978 5 luku" in every one).
    assert CITED[language] in kept and not any(w in kept for w in ("KPL", "KSL", "luku") if language != "fi")
    assert re.search(r"17(\(3\)\(b\)| artiklan 3 kohdan b|\.3 b)", body)
    assert re.search(r"17(\(3\)\(e\)| artiklan 3 kohdan e|\.3 e)", body)
    assert OMBUDSMAN[language] in body
    final = views.case_detail(app, ref)
    assert final["status"] == "answered" and final["outcome"] == "partially_refused"
    titles = [t["task"] for t in final["tasks"]]
    assert "notify-recipients-art19" in titles and "restrict-retained-records" in titles


OMBUDSMAN = {"fi": "Tietosuojavaltuutetun toimisto", "sv": "Dataombudsmannens byrå",
             "en": "Office of the Data Protection Ombudsman"}


def test_the_partial_refusal_lists_kept_contact_details_and_correspondence_as_kept(app, smtp_server):
    """Issue 9: contact details and order history kept because of a hold were listed neither as erased nor
    as kept, and "contact history erased" contradicted "correspondence about the purchases kept"."""
    ref = request(app, f"Matti Virtanen <{MATTI}>", *ERASE["en"])
    approve_and_send_all(app)
    case_actions.decide(app, ref, "erasure", "granted", "", STAFF)
    finish_tasks(app, ref)
    approve_and_send_all(app)
    body = delivered(smtp_server)[-1][1].get_body(("plain",)).get_content()
    assert "your name and address, as written on them" in body
    assert "except correspondence about your purchases" in body
    assert "- contact history and messages with customer service\n" not in body


def test_erasure_without_hold_is_done(app, smtp_server):
    ref = request(app, AINO, "Delete my account", "Please delete my account and all personal data you hold.")
    approve_and_send_all(app)
    assert views.case_detail(app, ref)["holds"] == []
    case_actions.decide(app, ref, "erasure", "granted", "", STAFF)
    finish_tasks(app, ref)
    [d] = approve_and_send_all(app)
    assert d["template"] == "customer/erasure-done"
    assert views.case_detail(app, ref)["outcome"] == "granted"


def test_rectification_quotes_what_staff_corrected(app, smtp_server):
    ref = request(app, MATTI, "Osoitteenmuutos", "Hei, osoitteeni on väärin rekisterissänne. Korjatkaa se: "
                  "Uusikatu 5 B 12, 15100 Lahti.")
    assert views.case_detail(app, ref)["intents"] == ["rectification"]
    approve_and_send_all(app)
    tasks = views.case_detail(app, ref)["tasks"]
    correct = next(t for t in tasks if t["task"] == "correct-register-data")
    with pytest.raises(StaffError):
        case_actions.complete_task(app, correct["id"], STAFF)  # no note: the reply would not say what changed
    case_actions.complete_task(app, correct["id"], STAFF, "Osoite korjattu: Uusikatu 5 B 12, 15100 Lahti")
    finish_tasks(app, ref)
    [d] = approve_and_send_all(app)
    assert d["template"] == "customer/rectification-done"
    _, mail = delivered(smtp_server)[-1]
    assert "Uusikatu 5 B 12" in mail.get_body(("plain",)).get_content()


@pytest.mark.parametrize("right, template, body", [
    ("restriction", "customer/restriction-decision",
     "I dispute the invoice for my order. Please restrict the processing of my data until this is resolved."),
    ("objection", "customer/objection-decision",
     "I object to you using my personal data for analytics and profiling based on legitimate interest."),
])
def test_refused_decision_gives_reasons_and_complaint_routes(app, smtp_server, right, template, body):
    ref = request(app, AINO, "My data", body)
    assert views.case_detail(app, ref)["intents"] == [right]
    approve_and_send_all(app)
    with pytest.raises(StaffError):
        case_actions.decide(app, ref, right, "refused", "", STAFF)  # Art. 12(4): no refusal without reasons
    case_actions.decide(app, ref, right, "refused", "STAFF REASON: the data are needed for a pending legal claim.", STAFF)
    [d] = approve_and_send_all(app)
    assert d["template"] == template
    body_text = delivered(smtp_server)[-1][1].get_body(("plain",)).get_content()
    assert "STAFF REASON" in body_text and "Office of the Data Protection Ombudsman" in body_text
    detail = views.case_detail(app, ref)
    assert detail["outcome"] == "refused"
    # A refused request raises none of the work the grant would have needed.
    assert not [t for t in detail["tasks"] if t["task"] in ("restrict-processing", "stop-objected-processing")]


def test_marketing_ban_is_granted_suppressed_and_confirmed(app, smtp_server):
    ref = request(app, EMILY, "Unsubscribe", "Stop sending me newsletters and marketing emails, thanks.")
    assert views.case_detail(app, ref)["intents"] == ["marketing_ban"]
    with app.store.session() as session:
        assert casework.is_suppressed(session, EMILY)
        from bot.adapters import store

        stored = [s.address_sha256 for s in session.exec(store.select(store.Suppression))]
    assert EMILY not in stored and len(stored[0]) == 64  # kept hashed
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [d] = approve_and_send_all(app)
    assert d["template"] == "customer/marketing-ban-done"
    assert views.case_detail(app, ref)["status"] == "answered"


def test_consent_withdrawal(app, smtp_server):
    ref = request(app, LINNEA, "Samtycke", "Jag återkallar mitt samtycke till att ni använder analyskakor.")
    assert "consent_withdrawal" in views.case_detail(app, ref)["intents"]
    approve_and_send_all(app)
    finish_tasks(app, ref)
    sent = approve_and_send_all(app)
    assert "customer/consent-withdrawn" in [d["template"] for d in sent]


def test_unknown_address_gets_identity_request_and_data_go_only_to_the_address_on_record(app, smtp_server):
    ref = request(app, "Matti V <matti.private@example.net>", "Tietopyyntö",
                  "Hei, haluan kopion kaikista tiedoistani. Tilausnumeroni on AS-2026-11940.")
    detail = views.case_detail(app, ref)
    assert detail["customer_email"] is None
    sent = approve_and_send_all(app)
    assert [d["template"] for d in sent] == ["customer/acknowledgement", "customer/identity-request"]
    assert views.case_detail(app, ref)["status"] == "awaiting_requester"
    # The customer answers with details; staff match them to the register by order number.
    case_actions.verify(app, ref, STAFF, order=SAMPLE_ORDERS["recent_orders"], name="Matti Virtanen")
    finish_tasks(app, ref)
    [d] = approve_and_send_all(app)
    assert d["template"] == "customer/access-reply"
    envelope, _ = delivered(smtp_server)[-1]
    # Art. 12(6): the copy goes to the address on record, not to the address the request came from.
    assert envelope.rcpt_tos == [MATTI]


def test_unverified_replies_read_the_same_for_a_customer_and_a_stranger(app):
    """Anti-enumeration (Art. 12(6), LAW.md B4): same words whether or not the sender is a customer."""
    body = "Please send me a copy of all personal data you hold about me."
    customer_ref = request(app, "Pat Doe <aino.laaksonen@example.net>", "Data request", body)  # a customer, other address
    stranger_ref = request(app, "Pat Doe <nobody.at.all@example.net>", "Data request", body)
    texts = {}
    for ref in (customer_ref, stranger_ref):
        drafts = views.case_detail(app, ref)["drafts"]
        assert [d["template"] for d in drafts] == ["customer/acknowledgement", "customer/identity-request"]
        texts[ref] = [d["body"] for d in views.drafts(app) if d["case_ref"] == ref]
    strip = lambda texts_, r: [t.replace(r, "REF") for t in texts_]  # noqa: E731
    assert strip(texts[customer_ref], customer_ref) == strip(texts[stranger_ref], stranger_ref)


def test_marked_repeat_is_refused_with_reasons(app, smtp_server):
    ref = request(app, AINO, "Data", "Send me a copy of my personal data.")
    approve_and_send_all(app)
    case_actions.mark_repeat(app, ref, "STAFF REASON: the same request was answered in full last week.", STAFF)
    sent = approve_and_send_all(app)
    assert [d["template"] for d in sent] == ["customer/refusal"]
    assert views.case_detail(app, ref)["outcome"] == "refused"


def test_extension_only_in_the_first_month_with_a_notice(app, smtp_server):
    ref = request(app, AINO, "Data", "Send me a copy of my personal data.")
    with pytest.raises(StaffError, match="--ground"):
        case_actions.extend(app, ref, "STAFF REASON", STAFF, ground="we are busy")
    case_actions.extend(app, ref, "STAFF REASON: your data are spread over three archived systems.", STAFF,
                        ground="complexity")
    detail = views.case_detail(app, ref)
    # Issue 9: the legal date moves only when the notice is sent (Art. 12(3)).
    assert detail["due_date"] == detail["current_due_date"] == "2026-12-28"
    [notice] = [d for d in views.drafts(app) if d["template"] == "customer/extension-notice"]
    # The Art. 12(3) ground is stated, with the months the workflow allows.
    assert "because your request is complex" in notice["body"] and "by two months" in notice["body"]
    assert "24 February 2027" in notice["body"]
    with pytest.raises(StaffError):
        case_actions.extend(app, ref, "again", STAFF)
    approve_and_send_all(app)
    # Received 2026-11-24 → three months → 2027-02-24 (a Wednesday).
    assert views.case_detail(app, ref)["current_due_date"] == "2027-02-24"
    later = request(app, EMILY, "Copy", "Please send me a copy of my personal data.")
    app.clock.advance(days=40)
    with pytest.raises(StaffError, match="no longer allowed"):
        case_actions.extend(app, later, "too late", STAFF)


def test_a_verified_requester_about_whom_nothing_is_held_is_told_so(app, smtp_server):
    ref = request(app, "Kim <kim@example.net>", "Delete", "Please delete all my personal data.")
    approve_and_send_all(app)
    case_actions.verify(app, ref, STAFF, customer_email=None)  # identity confirmed, no customer record
    [d] = approve_and_send_all(app)
    assert d["template"] == "customer/no-data"
    assert d["to"] == "kim@example.net"
    assert views.case_detail(app, ref)["outcome"] == "no_data"


def test_case_show_prints_steps_tasks_deadline_and_holds(app, capsys):
    from bot.services.views import case_text

    ref = request(app, MATTI, "Poisto", "Poistakaa tietoni.")
    text = case_text(views.case_detail(app, ref))
    assert ref in text and "2026-12-28 (legal)" in text
    assert "vouchers" in text and "2032-12-31" in text
    # Issue 9: the same per-record dates as the letter: each record, its year, and what has ended.
    assert re.search(r"vouchers +until 2029-12-31 +FY ending 2023-12-31", text)
    assert re.search(r"receipt +RCP-2023-10871 +2023-12-28 +order AS-2023-10871", text)
    assert re.search(r"vouchers +ENDED 2025-12-31 +FY ending 2019-12-31", text)
    assert "reminders" in text and "next:" in text and "tasks:" in text


def test_a_new_request_in_the_thread_of_a_finished_case_is_a_new_case_with_its_own_deadline(app, smtp_server):
    # Start in the past: an IMAP server keeps no arrival time in the future.
    app.clock.at = NOW - timedelta(days=70)
    ref = request(app, EMILY, "Unsubscribe", "Stop sending me newsletters and marketing emails, thanks.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [last] = approve_and_send_all(app)
    assert views.case_detail(app, ref)["status"] == "answered"
    app.clock.advance(days=60)
    # Two months later the customer replies to our confirmation, asking for a copy of her data.
    new = request(app, EMILY, f"Re: [{ref}] done", "Hello again. Please send me a copy of all my personal data.",
                  in_reply_to=last["message_id"])
    assert new is not None and new != ref
    detail = views.case_detail(app, new)
    assert detail["intents"] == ["access"]
    assert detail["due_date"] > views.case_detail(app, ref)["due_date"], (new, detail["received_at"])  # Art. 12(3)
    assert any(e["name"] == "case_opened" and e["data"]["related_ref"] == ref for e in detail["events"])
    assert views.case_detail(app, ref)["status"] == "answered"


def test_a_new_right_asked_in_an_open_case_joins_it(app, smtp_server):
    ref = request(app, AINO, "Delete", "Please delete my account and all my personal data.")
    [ack] = approve_and_send_all(app)
    request(app, AINO, f"Re: [{ref}]", "And before you delete it, send me a copy of my data please.",
            in_reply_to=ack["message_id"])
    assert views.case_detail(app, ref)["intents"] == ["access", "erasure"]


def test_a_thank_you_after_the_answer_waits_for_staff_to_close(app, smtp_server):
    ref = request(app, EMILY, "Unsubscribe", "Stop sending me newsletters and marketing emails, thanks.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [last] = approve_and_send_all(app)
    app.clock.advance(hours=2)
    request(app, EMILY, f"Re: [{ref}]", "Thank you!", in_reply_to=last["message_id"])
    assert views.case_detail(app, ref)["status"] == "open"
    case_actions.close(app, ref, "thank-you note, nothing more to do", STAFF)
    assert views.case_detail(app, ref)["status"] == "closed"


def test_a_mail_in_another_language_waits_for_triage_then_runs_its_workflow(app, smtp_server):
    ref = request(app, "Hans Müller <hans@example.de>", "Datenlöschung",
                  "Guten Tag, bitte löschen Sie alle meine personenbezogenen Daten. Mit freundlichen Grüßen")
    detail = views.case_detail(app, ref)
    assert detail["status"] == "triage" and detail["drafts"] == []
    assert detail["next"][0]["waiting_for"] == "triage"
    case_actions.triage(app, ref, ["erasure"], "other", STAFF)
    drafts = views.case_detail(app, ref)["drafts"]
    # English for a language we do not write; an unknown address gets the identity request.
    assert [(d["template"], d["language"]) for d in drafts] == [("customer/acknowledgement", "en"),
                                                                 ("customer/identity-request", "en")]
