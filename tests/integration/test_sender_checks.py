"""Issue 10: who sent a mail, as intake records it and acts on it.

Real Dovecot, real aiosmtpd, the store on SQLite and PostgreSQL, the sample register. Each mail is
delivered as raw bytes, so its From and Authentication-Results headers are exactly as written.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.adapters import store
from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.services import views
from bot.services.drafts import approve
from bot.services.intake import poll_once
from bot.services.sending import send_approved
from tests.integration.test_rights import LINNEA, MATTI, NOW, STAFF, bot_env

OUR_MX = "mx.allsec.test"
_n = iter(range(1, 10_000))


@pytest.fixture
def app(tmp_path, database_url, imap_account, smtp_server):
    env = bot_env(tmp_path, database_url, imap_account, smtp_server, AUTHSERV_ID=OUR_MX)
    built = bootstrap.build(config.from_mapping(env), clock=FixedClock(NOW))
    yield built
    built.store.dispose()


def deliver(app, from_lines: list[str], *, auth: list[str] = (), body: str = "Jag vill få ut alla uppgifter ni har om mig.",
            subject: str = "Registerutdrag") -> None:
    head = "".join(f"Authentication-Results: {a}\r\n" for a in auth)
    head += "".join(f"From: {f}\r\n" for f in from_lines)
    raw = (head + f"To: info@allsec.fi\r\nSubject: {subject}\r\nMessage-ID: <s{next(_n)}@example.test>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").encode("utf-8", "surrogateescape")
    with app.mailbox() as box:
        box.append(raw, when=app.clock.now() - timedelta(hours=1))


def only_case(app) -> dict:
    [ref] = poll_once(app).cases_opened
    return views.case_detail(app, ref)


def test_dmarc_fail_is_recorded_shown_and_gets_the_identity_step(app, capsys):
    deliver(app, [f"Linnea Sjöholm <{LINNEA}>"], auth=[
        f"{OUR_MX}; spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail (p=none) header.from=example.se",
        # Added by whoever sent it, below ours: ignored.
        "mx.evil.example; spf=pass; dkim=pass; dmarc=pass",
    ])
    case = only_case(app)
    # Art. 12(6): a From that failed DMARC proves nothing; the customer's address does not verify it.
    assert case["customer_email"] is None
    assert case["sender_doubts"] == ["dmarc_failed"]
    assert [d["template"] for d in case["drafts"]] == ["customer/acknowledgement", "customer/identity-request"]
    [mail] = case["mails"]
    assert mail["authentication"] == {"spf": "fail", "dkim": "none", "dmarc": "fail"}
    text = views.case_text(case)
    assert "SPF fail, DKIM none, DMARC fail" in text and "does not count: dmarc_failed" in text
    assert json.loads(json.dumps(case))["mails"][0]["sender_doubts"] == ["dmarc_failed"]


def test_dmarc_pass_from_the_address_on_record_verifies(app):
    deliver(app, [f"Linnea Sjöholm <{LINNEA}>"], auth=[f"{OUR_MX}; spf=pass; dkim=pass; dmarc=pass"])
    case = only_case(app)
    assert case["customer_email"] == LINNEA and case["sender_doubts"] == []
    assert case["mails"][0]["authentication"] == {"spf": "pass", "dkim": "pass", "dmarc": "pass"}


def test_a_forged_header_of_our_id_below_ours_does_not_count(app):
    deliver(app, [LINNEA], auth=[f"{OUR_MX}; dmarc=fail", f"{OUR_MX}; dmarc=pass"])
    assert only_case(app)["customer_email"] is None


@pytest.mark.parametrize("from_value", [
    f"{LINNEA} <attacker@evil.example>",
    f'"{LINNEA}" <attacker@evil.example>',
    f"<{LINNEA}>@evil.example",
    f"{LINNEA}, attacker@evil.example",
    f"Linnea <@evil.example:{LINNEA}>",
])
def test_an_ambiguous_from_is_never_verified_by_address(app, from_value):
    deliver(app, [from_value])
    case = only_case(app)
    assert case["customer_email"] is None and case["sender_doubts"]
    assert "customer/identity-request" in [d["template"] for d in case["drafts"]]
    assert "customer/access-reply" not in [d["template"] for d in case["drafts"]]


@pytest.mark.parametrize("from_lines", [
    [],  # no From at all
    ["<>"],
    ["=?utf-8?q?linnea.sjoholm=40example=2Ese?="],  # an encoded-word where the address should be
    ["Linnea Sj\udcf6holm <linnea@example.se>"],  # Latin-1 bytes: undecodable
])
def test_no_usable_from_is_flagged_for_staff_and_never_answered(app, smtp_server, from_lines):
    deliver(app, from_lines)
    report = poll_once(app)
    assert report.cases_opened == []
    [flagged] = views.mails(app, "flagged")
    assert flagged["reason"] == "no-sender-address"
    assert views.drafts(app) == []
    send_approved(app)
    assert smtp_server.messages == []


def test_a_draft_without_an_address_is_refused_at_sending(app, smtp_server):
    deliver(app, ["Pat <pat.someone@example.net>"])
    case = only_case(app)
    with app.store.session() as session:
        # As the old intake left them: a case and its drafts with an empty requester.
        row = store.case_by_ref(session, case["ref"])
        row.requester = ""
        session.add(row)
        for draft in store.case_drafts(session, row.id):
            draft.to_addr = ""
            session.add(draft)
    for d in views.drafts(app, "pending"):
        approve(app, d["id"], STAFF)
    send_approved(app)
    assert smtp_server.messages == []
    assert {d["status"] for d in views.drafts(app)} == {"rejected"}
    reasons = {e["data"].get("reason") for e in views.case_detail(app, case["ref"])["events"]
               if e["name"] == "draft_rejected"}
    assert reasons == {"no-recipient-address"}


def test_a_forward_counts_only_from_staff_emails(app):
    forward = ("Tämä tuli minulle.\n\n---------- Forwarded message ---------\n"
               f"From: Matti Virtanen <{MATTI}>\nDate: Mon, 23 Nov 2026 at 10:12\nSubject: Tietopyyntö\n"
               "To: <myynti@allsec.fi>\n\nHaluan kopion kaikista tiedoistani.\n")
    deliver(app, ["Sales <myynti@allsec.fi>"], body=forward, subject="Fwd: Tietopyyntö")
    case = only_case(app)
    # Anyone can write an @allsec.fi From: it is not a staff forward, and names no customer.
    assert case["requester"] == "myynti@allsec.fi" and case["customer_email"] is None
    deliver(app, [f"Privacy <{STAFF}>"], body=forward, subject="Fwd: Tietopyyntö")
    assert only_case(app)["requester"] == MATTI


def test_a_staff_forward_that_failed_dmarc_is_not_a_staff_forward(app):
    forward = ("FYI\n\n---------- Forwarded message ---------\n"
               f"From: Matti Virtanen <{MATTI}>\nDate: Mon, 23 Nov 2026 at 10:12\nSubject: Tietopyyntö\n\n"
               "Haluan kopion kaikista tiedoistani.\n")
    deliver(app, [f"Privacy <{STAFF}>"], auth=[f"{OUR_MX}; dmarc=fail"], body=forward, subject="Fwd: Tietopyyntö")
    assert only_case(app)["requester"] == STAFF


def test_a_followup_that_failed_dmarc_is_flagged(app):
    deliver(app, ["Pat <pat.someone@example.net>"])
    case = only_case(app)
    deliver(app, ["Pat <pat.someone@example.net>"], auth=[f"{OUR_MX}; dmarc=fail"],
            subject=f"Re: [{case['ref']}] Registerutdrag", body="Här är mitt ordernummer.")
    poll_once(app)
    [flagged] = views.mails(app, "flagged")
    assert flagged["reason"] == "sender-not-authenticated"


def test_the_console_case_page_shows_the_check_and_the_doubts(app, smtp_server):
    from starlette.testclient import TestClient

    from bot.entrypoints.web.console import create_app
    from tests.integration.test_console import sign_in

    deliver(app, [f"Linnea Sjöholm <{LINNEA}>"], auth=[f"{OUR_MX}; spf=pass; dkim=fail; dmarc=fail"])
    case = only_case(app)
    with TestClient(create_app(app), follow_redirects=False) as client:
        sign_in(client, smtp_server)
        page = client.get(f"/cases/{case['ref']}")
    assert page.status_code == 200
    assert "SPF pass, DKIM fail, DMARC fail" in page.text
    assert "the From address does not count:" in page.text and "dmarc_failed" in page.text
