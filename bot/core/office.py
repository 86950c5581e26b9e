"""When staff mail may go out: on working days within OFFICE_HOURS (TIMEZONE). Pure: the local time
and the calendar are given.

Rule 1. Staff mail (reminders, the digest, alerts) goes out only while the office is open: a working
        day (the Finnish calendar of the deadlines), from the opening time up to, not including,
        the closing time. Nobody reads it at midnight or on a Sunday.
Rule 2. Mail that falls due while the office is closed waits for the next opening; it is never
        dropped. Only the sending waits: the legal clock keeps running (bot.core.deadlines).
Rule 3. The daily digest goes at DIGEST_AT, or at the opening when DIGEST_AT is earlier; a DIGEST_AT
        at or after the closing time is refused by the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from bot.core.deadlines import Calendar

# The office hours unless OFFICE_HOURS says otherwise.
DEFAULT_OPENS, DEFAULT_CLOSES = time(8, 0), time(16, 0)


@dataclass(frozen=True)
class OfficeHours:
    opens: time = DEFAULT_OPENS
    closes: time = DEFAULT_CLOSES

    def __post_init__(self) -> None:
        if not self.opens < self.closes:
            raise ValueError(f"office hours must open before they close, not {self}")

    def __str__(self) -> str:
        return f"{self.opens.strftime('%H:%M')}-{self.closes.strftime('%H:%M')}"


def is_open(local_now: datetime, hours: OfficeHours, calendar: Calendar) -> bool:
    """Whether staff mail may go out at `local_now` (an aware time in TIMEZONE): rule 1."""
    return (calendar.is_working_day(local_now.date())
            and _on(local_now, hours.opens) <= local_now < _on(local_now, hours.closes))


def next_opening(local_now: datetime, hours: OfficeHours, calendar: Calendar) -> datetime:
    """The first moment at or after `local_now` at which the office is open (rule 2)."""
    day = local_now.date()
    if calendar.is_working_day(day) and local_now < _on(local_now, hours.closes):
        return max(local_now, _on(local_now, hours.opens))
    day += timedelta(days=1)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return datetime.combine(day, hours.opens, local_now.tzinfo)


def round_due(local_now: datetime, at: time, hours: OfficeHours, calendar: Calendar) -> bool:
    """Whether a daily round set for `at` may go now: the office is open and `at` has passed (rule 3)."""
    return is_open(local_now, hours, calendar) and local_now >= _on(local_now, at)


def _on(local_now: datetime, at: time) -> datetime:
    """`at` o'clock on the day of `local_now`, in its time zone."""
    return datetime.combine(local_now.date(), at, local_now.tzinfo)
