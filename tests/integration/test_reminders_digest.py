"""Reminders and the daily digest on the real servers, driven day by day by a fake clock, across a
restart (a new App over the same database). Staff mail is read back from aiosmtpd."""

from __future__ import annotations

import email
import email.policy
from datetime import date, datetime, time, timedelta, timezone
from email.message import EmailMessage

import pytest

from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.services import case_actions, views
from bot.services.digest import digest_if_due, send_digest
from bot.services.drafts import approve
from bot.services.reminders import remind_if_due, send_reminders
from bot.services.sending import send_approved
from tests.integration.test_rights import AINO, EMILY, STAFF, bot_env, request

UTC = timezone.utc


@pytest.fixture
def env(tmp_path, database_url, imap_account, smtp_server):
    return bot_env(tmp_path, database_url, imap_account, smtp_server, INTAKE_SINCE="2026-09-01")


@pytest.fixture
def apps(env):
    """Build apps over one database; each is a restart of the service. All are closed at the end."""
    built = []

    def build(at: datetime):
        app = bootstrap.build(config.from_mapping(env), clock=FixedClock(at))
        built.append(app)
        return app

    yield build
    for app in built:
        app.store.dispose()


def staff_mail(smtp_server) -> list[EmailMessage]:
    mails = [email.message_from_bytes(m.content, policy=email.policy.default) for m in smtp_server.messages]
    return [m for m in mails if m["Auto-Submitted"] == "auto-generated"]


def morning(day: date, hour: int = 9) -> datetime:
    """`hour` o'clock in Helsinki on `day` (winter time, UTC+2)."""
    return datetime.combine(day, time(hour - 2, 0), UTC)


def deliver(app, sender: str, subject: str, body: str, when: datetime, **headers: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", subject
    msg["Message-ID"] = f"<{abs(hash((sender, subject, when)))}@example.test>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    with app.mailbox() as box:
        box.append(msg.as_bytes(), when=when)


def test_reminders_fire_once_at_each_point_and_every_working_day_overdue_across_a_restart(apps, smtp_server):
    # Received Wednesday 25 November 2026 at 11:00 in Helsinki: due Monday 28 December.
    app = apps(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    ref = request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    assert views.case_detail(app, ref)["due_date"] == "2026-12-28"
    sent = []
    day = date(2026, 11, 26)
    while day <= date(2027, 1, 5):
        app.clock.at = morning(day)
        sent += [(day.isoformat(), key.split("/")[-1]) for key in send_reminders(app)]
        assert send_reminders(app) == []  # twice in a day: nothing more
        if day == date(2026, 12, 21):
            app = apps(morning(day, 10))  # the service restarts
            assert send_reminders(app) == []
        day += timedelta(days=1)
    assert sent == [
        ("2026-12-15", "before-7"), ("2026-12-21", "before-3"), ("2026-12-23", "before-1"),
        # Christmas Eve to Sunday and the due date itself: nothing; then every working day.
        ("2026-12-29", "overdue-1"), ("2026-12-30", "overdue-2"), ("2026-12-31", "overdue-3"),
        # 1 January is a holiday.
        ("2027-01-04", "overdue-4"), ("2027-01-05", "overdue-5"),
    ]
    mails = staff_mail(smtp_server)
    assert len(mails) == len(sent)
    assert all(m["To"] == STAFF and m["Subject"].startswith(f"[{ref}]") for m in mails)
    first = mails[0].get_content()
    # Names the case, the rights, the due date, the days left and what the case waits for.
    assert ref in first and "right of access" in first and "28 December 2026" in first
    assert "7 working days" in first
    ack = next(d for d in views.drafts(app) if d["template"] == "customer/acknowledgement")
    [task] = views.tasks(app)
    assert f"rightsbot approve {ack['id']}" in first and f"task #{task['id']}" in first
    assert "OVERDUE" in mails[3]["Subject"] and "1 working day" in mails[3].get_content()


def test_an_extension_moves_the_reminders_only_once_its_notice_is_sent(apps, smtp_server):
    app = apps(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    ref = request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    app.clock.at = morning(date(2026, 12, 1))
    case_actions.extend(app, ref, "Your data are spread over several archived systems.", STAFF)
    assert views.case_detail(app, ref)["extended_due_date"] == "2027-02-25"
    # The notice has not gone out: the first month still counts (Art. 12(3)).
    app.clock.at = morning(date(2026, 12, 15))
    assert [k.split("/", 1)[1] for k in send_reminders(app)] == ["2026-12-28/before-7"]
    assert "28 December 2026" in staff_mail(smtp_server)[-1].get_content()
    [notice] = [d for d in views.drafts(app, "pending") if d["step"] == "extension"]
    approve(app, notice["id"], STAFF)
    assert send_approved(app)["sent"] == 1
    for day in (date(2026, 12, 21), date(2026, 12, 29), date(2027, 1, 4)):
        app.clock.at = morning(day)
        assert send_reminders(app) == []
    app.clock.at = morning(date(2027, 2, 16))
    assert [k.split("/", 1)[1] for k in send_reminders(app)] == ["2027-02-25/before-7"]
    assert "25 February 2027" in staff_mail(smtp_server)[-1].get_content()


def test_the_morning_round_waits_for_its_hour_on_a_working_day(apps, smtp_server):
    app = apps(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    request(app, AINO, "Copy", "Please send me a copy of my personal data.")
    app.clock.at = morning(date(2026, 12, 15), hour=7)
    assert remind_if_due(app) == [] and digest_if_due(app) is False
    app.clock.at = morning(date(2026, 12, 15), hour=8)
    assert len(remind_if_due(app)) == 1 and digest_if_due(app) is True
    assert digest_if_due(app) is False  # once a day
    app.clock.at = morning(date(2026, 12, 19), hour=10)  # Saturday
    assert digest_if_due(app) is False


def test_the_digest_lists_every_ignored_mail_once_and_the_overdue_case_first(apps, smtp_server):
    friday = morning(date(2026, 12, 4), hour=10)
    app = apps(friday)
    # An old request, received 1 October: due 2 November, overdue now.
    deliver(app, AINO, "Copy", "Please send me a copy of my personal data.", datetime(2026, 10, 1, 9, tzinfo=UTC))
    deliver(app, "Out of office <ooo@example.com>", "Automatic reply: Offer", "I am away until Monday.",
            friday - timedelta(hours=2), Auto_Submitted="auto-replied")
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    refs = [c["ref"] for c in views.cases(app)]
    assert digest_if_due(app) is True
    [digest] = staff_mail(smtp_server)
    text = digest.get_content()
    assert "ooo@example.com" in text and "Automatic reply: Offer" in text and "auto-reply" in text
    old, new = (c for c in sorted(views.cases(app), key=lambda c: c["due_date"]))
    assert text.index(old["ref"]) < text.index(new["ref"]) and "OVERDUE" in text
    assert set(refs) <= set(text.split())
    # Monday: only what was ignored since Friday's digest.
    monday = morning(date(2026, 12, 7), hour=9)
    app = apps(monday)  # restarted over the weekend
    deliver(app, "Mailer <news@shop.example>", "Weekly deals", "Deals of the week!", monday - timedelta(days=1),
            Auto_Submitted="auto-generated")
    from bot.services.intake import poll_once

    poll_once(app)
    assert digest_if_due(app) is True
    monday_text = staff_mail(smtp_server)[-1].get_content()
    assert "Weekly deals" in monday_text and "Automatic reply: Offer" not in monday_text


def test_a_digest_on_demand_says_why_a_draft_was_deferred(apps, smtp_server):
    app = apps(morning(date(2026, 12, 4), hour=10))
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = views.drafts(app, "pending")
    approve(app, ack["id"], STAFF)
    smtp_server.fail_next("RCPT", 451, "4.7.1 greylisted")
    assert send_approved(app)["deferred"] == 1
    assert send_digest(app) is True
    text = staff_mail(smtp_server)[-1].get_content()
    # Five minutes after the failure at 10:00 in Helsinki.
    assert f"#{ack['id']}" in text and "451" in text and "next try 2026-12-04 10:05" in text
    # A digest on demand does not replace the day's scheduled one.
    assert digest_if_due(app) is True
