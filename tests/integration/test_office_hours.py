"""Staff mail in office hours, on the real servers with a fake clock: what falls due while the office
is closed goes at the next opening, never skipped, and counts the days as of that moment."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from bot.entrypoints.service import Service
from bot.services import views
from tests.integration.test_reminders_digest import AINO, apps, deliver, env, staff_mail  # noqa: F401

HKI = ZoneInfo("Europe/Helsinki")


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=HKI)


def test_a_reminder_due_on_saturday_night_goes_out_on_monday_at_opening_time(env, apps, smtp_server):
    env["OFFICE_HOURS"] = "07:30-15:30"
    # Friday 11 December 2026, after closing. A request that reached the server on Tuesday 10 November
    # (found only now) was due on Thursday 10 December: its overdue reminder is due at once.
    app = apps(local(11, 18))
    deliver(app, AINO, "Copy", "Please send me a copy of my personal data.", datetime(2026, 11, 10, 9, tzinfo=timezone.utc))
    service = Service(app)
    service.run_job("intake")
    [case] = views.cases(app)
    assert case["overdue"] and case["current_due_date"] == "2026-12-10"
    for when in (local(11, 18), local(12, 23, 30), local(13, 12), local(14, 7, 29)):
        app.clock.at = when  # Friday evening, Saturday night, Sunday, Monday before the opening
        service.run_job("remind")
        assert staff_mail(smtp_server) == [], when
    app.clock.at = local(14, 7, 30)
    service.run_job("remind")
    [reminder] = staff_mail(smtp_server)
    # The legal clock kept running over the weekend: two working days overdue as of Monday.
    assert case["ref"] in reminder["Subject"] and "OVERDUE" in reminder["Subject"]
    assert "2 working days" in reminder.get_content()
    app.clock.at = local(14, 9)
    service.run_job("remind")
    assert len(staff_mail(smtp_server)) == 1


def test_the_digest_waits_for_the_office_and_goes_at_the_opening_when_its_hour_is_earlier(env, apps, smtp_server):
    env["DIGEST_AT"] = "06:00"
    app = apps(local(14, 6, 30))  # Monday, before the opening
    service = Service(app)
    service.run_job("digest")
    assert staff_mail(smtp_server) == []
    app.clock.at = local(14, 8)
    service.run_job("digest")
    assert len(staff_mail(smtp_server)) == 1
    app.clock.at = local(15, 16, 30)  # Tuesday after closing: that day's digest waits for Wednesday
    service.run_job("digest")
    assert len(staff_mail(smtp_server)) == 1
