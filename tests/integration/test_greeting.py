"""Issue 10: a reply greets by the name on record for a verified customer, else neutrally; the From
header's display name never goes into the controller's mail.

Real Dovecot, real aiosmtpd, SQLite and PostgreSQL stores, the sample register (fixtures of test_rights).
"""

from __future__ import annotations

from datetime import timedelta

from bot.services.intake import poll_once
from tests.integration.test_rights import (  # noqa: F401  (app is a fixture)
    EMILY,
    LINNEA,
    app,
    approve_and_send_all,
    finish_tasks,
    request,
    views,
)

PHISHING = "Your account will be closed - log in at http://evil.example/allsec to keep it"


def raw_request(app, from_value: str, subject: str, body: str) -> str:
    """Deliver a mail whose From is exactly `from_value` (the stdlib's serializer would refold it)."""
    raw = (f"From: {from_value}\r\nTo: info@allsec.fi\r\nSubject: {subject}\r\nMessage-ID: <g-{subject}@example.test>\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    with app.mailbox() as box:
        box.append(raw, when=app.clock.now() - timedelta(hours=1))
    [ref] = poll_once(app).cases_opened
    return ref


def sent_bodies(app, ref: str) -> list[str]:
    return [d["body"] for d in views.drafts(app, "sent") if d["case_ref"] == ref]


def test_an_unverified_requesters_display_name_never_reaches_a_reply(app, smtp_server):
    ref = raw_request(app, f'"{PHISHING}" <stranger@example.net>', "Unsubscribe",
                  "Stop sending me newsletters and marketing emails, thanks.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    approve_and_send_all(app)
    bodies = sent_bodies(app, ref)
    assert "customer/marketing-ban-done" in [d["template"] for d in views.drafts(app, "sent")]
    assert bodies and all("evil.example" not in b and "account will be closed" not in b for b in bodies)
    assert all(b.startswith(("Hello,", "Hei,", "Hej,")) for b in bodies)


def test_an_address_as_display_name_is_not_a_greeting(app, smtp_server):
    ref = raw_request(app, '"matti.virtanen@example.fi" <pat.doe@example.net>', "Unsubscribe2",
                  "Stop sending me newsletters and marketing emails, thanks.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    approve_and_send_all(app)
    assert all("matti.virtanen" not in b for b in sent_bodies(app, ref))


def test_a_verified_customer_is_greeted_by_the_name_on_record(app, smtp_server):
    # The display name says otherwise; the register's name is the one used.
    ref = request(app, f"Boss Man <{EMILY}>", "Unsubscribe", "Stop sending me newsletters and marketing emails.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    approve_and_send_all(app)
    [reply] = [d["body"] for d in views.drafts(app, "sent") if d["case_ref"] == ref
               and d["template"] == "customer/marketing-ban-done"]
    assert reply.startswith("Dear Emily Carter,")
    assert "Boss Man" not in reply


def test_a_swedish_customer_on_record_is_greeted_in_swedish_by_the_registers_name(app, smtp_server):
    ref = request(app, f"L <{LINNEA}>", "Samtycke", "Jag återkallar mitt samtycke till att ni använder analyskakor.")
    approve_and_send_all(app)
    finish_tasks(app, ref)
    approve_and_send_all(app)
    [reply] = [d["body"] for d in views.drafts(app, "sent") if d["case_ref"] == ref
               and d["template"] == "customer/consent-withdrawn"]
    assert reply.startswith("Hej Linnea Sjöholm,")
