"""Loops with other bots, on the real Dovecot and SMTP sink with a fake clock: a requester-side tool
that answers every identity request with a new request (no Auto-Submitted, no threading headers)
gets at most MAX_AUTO_REPLIES_PER_DAY automatic mails, its thread is flagged for staff, and no more
automatic mail goes to it; every request it sent is still a case."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone
from email.message import EmailMessage

import pytest

from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.services import case_actions, views
from bot.services.drafts import approve
from bot.services.intake import poll_once
from bot.services.sending import send_approved
from bot.services.status import status
from tests.integration.test_rights import STAFF, bot_env

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
ROBOT = "requests@dsr-robot.example"
_numbers = iter(range(1, 10_000))


@pytest.fixture
def env(tmp_path, database_url, imap_account, smtp_server):
    return bot_env(tmp_path, database_url, imap_account, smtp_server)


@pytest.fixture
def build(env):
    built = []

    def make(clock: FixedClock, **extra: str):
        app = bootstrap.build(config.from_mapping(env | extra), clock=clock)
        built.append(app)
        return app

    yield make
    for app in built:
        app.store.dispose()


def robot_writes(app) -> None:
    """The tool's request: fresh each time, as bulk request tools re-submit; no RFC 3834 headers."""
    n = next(_numbers)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"DSR Robot <{ROBOT}>", "info@allsec.fi", f"Data access request #{n}"
    msg["Message-ID"] = f"<robot-{n}@dsr-robot.example>"
    msg.set_content("On behalf of my client I request a copy of all personal data you hold (GDPR Art. 15).\n"
                    "Please confirm my identity request by replying to this address.")
    with app.mailbox() as box:
        box.append(msg.as_bytes(), when=app.clock.now())


def to_robot(smtp_server) -> list[EmailMessage]:
    mails = [email.message_from_bytes(m.content, policy=email.policy.default) for m in smtp_server.messages]
    return [m for m in mails if ROBOT in m["To"]]


def staff_approve_everything(app) -> None:
    """A busy member of staff approving whatever waits, as the loop hopes."""
    for draft in views.drafts(app, "pending"):
        approve(app, draft["id"], STAFF)
    send_approved(app)


def test_a_bot_answering_every_identity_request_gets_at_most_the_daily_limit_and_its_thread_is_flagged(
        build, smtp_server):
    app = build(FixedClock(NOW), MAX_AUTO_REPLIES_PER_DAY="4")
    robot_writes(app)
    for _round in range(8):
        poll_once(app)
        staff_approve_everything(app)
        app.clock.advance(minutes=2)
        identity_requests = [m for m in to_robot(smtp_server) if "confirm your identity" in m["Subject"]]
        # It answers every identity request at once (and keeps writing whatever we send).
        robot_writes(app)
    sent = to_robot(smtp_server)
    assert len(sent) == 4 and len(identity_requests) == 2
    # Every request it sent is a case with its legal clock; nothing was dropped.
    cases = views.cases(app)
    assert len(cases) == 8 and {c["requester"] for c in cases} == {ROBOT}
    loops = [t for t in views.tasks(app) if t["task"] == "check-mail-loop"]
    assert len(loops) == 1
    report = status(app)
    assert report["loops"] == [{"case_ref": loops[0]["case_ref"], "task_id": loops[0]["id"]}]
    flagged = views.case_detail(app, loops[0]["case_ref"])
    assert "loop_detected" in [e["name"] for e in flagged["events"]]
    # Held back, said why: the limit first, then the loop.
    reasons = [e["data"]["reason"] for c in cases for e in views.case_detail(app, c["ref"])["events"]
               if e["name"] == "step_skipped"]
    assert "auto-reply-limit" in reasons and "mail-loop" in reasons
    # Nothing automatic goes while the loop waits for staff, whoever approves it...
    assert all(d["template"] not in ("customer/acknowledgement", "customer/identity-request")
               for d in views.drafts(app, "pending"))
    # ... but a reply written for a case and approved by staff does: staff confirmed the identity
    # (no customer record), and the answer that we hold no data goes out.
    case_actions.verify(app, cases[0]["ref"], STAFF)
    staff_approve_everything(app)
    [answer] = to_robot(smtp_server)[4:]
    assert cases[0]["ref"] in answer["Subject"] and answer["Auto-Submitted"] == "no"


def test_a_slow_bot_is_held_by_the_daily_limit_and_gets_more_the_next_day(build, smtp_server):
    app = build(FixedClock(NOW), MAX_AUTO_REPLIES_PER_DAY="4")
    for _round in range(4):  # one request every two hours: no loop, but more than a person writes
        robot_writes(app)
        poll_once(app)
        staff_approve_everything(app)
        app.clock.advance(hours=2)
    assert len(to_robot(smtp_server)) == 4
    assert [t for t in views.tasks(app) if t["task"] == "check-mail-loop"] == []
    app.clock.advance(hours=20)  # a day after the first
    robot_writes(app)
    poll_once(app)
    staff_approve_everything(app)
    assert len(to_robot(smtp_server)) == 6


def test_approved_form_letters_beyond_the_limit_wait_for_room(build, smtp_server):
    clock = FixedClock(NOW)
    generous = build(clock)
    for _ in range(3):
        robot_writes(generous)
    poll_once(generous)
    for draft in views.drafts(generous, "pending"):
        approve(generous, draft["id"], STAFF)
    assert len(views.drafts(generous, "approved")) == 6
    strict = build(clock, MAX_AUTO_REPLIES_PER_DAY="2")
    assert send_approved(strict) == {"sent": 2, "deferred": 4, "failed": 0}
    [waiting, *_] = views.deferred_drafts(strict)
    assert waiting["reason"].startswith("auto-reply-limit") and waiting["next_attempt_at"] == "2026-11-25T12:00:00+02:00"
    clock.advance(hours=24)
    assert send_approved(strict)["sent"] == 2
