"""When staff mail may go out: office hours on the Finnish calendar, by table (bot.core.office)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import WorkingDays
from bot.core.office import OfficeHours, is_open, next_opening, round_due

FI = WorkingDays.finland()
HKI = ZoneInfo("Europe/Helsinki")
HOURS = OfficeHours(time(8, 0), time(16, 0))


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=HKI)


@pytest.mark.parametrize("local, expected", [
    (at(7, 7, 59), False),  # Monday, before the opening
    (at(7, 8, 0), True),
    (at(7, 15, 59), True),
    (at(7, 16, 0), False),  # the closing time itself is closed
    (at(7, 23, 0), False),
    (at(5, 10, 0), False),  # Saturday
    (at(24, 10, 0), False),  # Christmas Eve
])
def test_the_office_is_open_on_working_days_within_its_hours(local, expected):
    assert is_open(local, HOURS, FI) is expected


@pytest.mark.parametrize("local, opening", [
    (at(7, 7, 0), at(7, 8, 0)),  # Monday morning: that day's opening
    (at(7, 10, 30), at(7, 10, 30)),  # open now: now
    (at(11, 16, 30), at(14, 8, 0)),  # Friday after closing: Monday
    (at(12, 23, 30), at(14, 8, 0)),  # Saturday night: Monday
    (at(23, 17, 0), at(28, 8, 0)),  # Wednesday 23rd evening: Christmas Eve, Christmas, the weekend, Boxing Day
])
def test_the_next_opening(local, opening):
    assert next_opening(local, HOURS, FI) == opening


@pytest.mark.parametrize("local, expected", [
    (at(7, 7, 59), False),
    (at(7, 9, 0), False),  # before its hour
    (at(7, 9, 30), True),
    (at(7, 15, 0), True),  # a round missed at 09:30 still goes later in the day
    (at(7, 17, 0), False),  # ... but not after closing: at the next opening instead
    (at(5, 10, 0), False),  # Saturday
])
def test_a_round_goes_from_its_hour_while_the_office_is_open(local, expected):
    assert round_due(local, time(9, 30), HOURS, FI) is expected


def test_office_hours_open_before_they_close():
    with pytest.raises(ValueError):
        OfficeHours(time(16, 0), time(8, 0))
    assert str(HOURS) == "08:00-16:00"
