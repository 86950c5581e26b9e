"""Which reminder a case's staff get on a day. Pure: the day, the calendar and what was sent are given.

Rules (LAW.md B10: aim at an internal target before the legal date):
Rule 1. Reminders fall due on working days only: nobody reads them on a Sunday or on Christmas Eve.
        (When in the day they go out is `bot.core.office`: at the opening of OFFICE_HOURS.)
Rule 2. Before the due date, a reminder marks each point: `n` working days before it (default 7, 3
        and 1, per right in `workflows/*.toml`). A point whose day has come and was not sent is
        sent late, but only the latest such point: a missed 7-day reminder is not sent beside
        the 3-day one.
Rule 3. After the due date, one reminder a working day, counting the working days overdue.
Rule 4. Each reminder has a key (the due date and the point); one sent under a key is never sent
        again. The key holds the due date, so an extension whose notice went out starts its own
        points (`deadlines.current_due_date` decides which date counts).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.deadlines import Calendar, subtract_working_days

# Working days before the due date at which staff are reminded, unless a workflow says otherwise.
DEFAULT_POINTS: tuple[int, ...] = (7, 3, 1)


@dataclass(frozen=True)
class Reminder:
    due: date  # the due date it is about
    kind: str  # "before" | "overdue"
    point: int  # the point reached: working days before the due date, or working days past it
    days: int  # working days left (before) or overdue, as of the day it is sent

    @property
    def key(self) -> str:
        """What makes it the same reminder: sent once under this key, never again."""
        return f"{self.due.isoformat()}/{self.kind}-{self.point}"


def working_days_between(calendar: Calendar, start: date, end: date) -> int:
    """The working days after `start` up to and including `end`; 0 when `end` is not after `start`."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += calendar.is_working_day(day)
    return count


def reminder_due(due: date, points: Sequence[int], today: date, sent: Collection[str],
                 calendar: Calendar) -> Reminder | None:
    """The reminder to send on `today` for a case due on `due`, or None (rules 1-4 above)."""
    if not calendar.is_working_day(today):
        return None
    if today > due:
        over = working_days_between(calendar, due, today)
        reminder = Reminder(due, "overdue", over, over)
    else:
        reached = [n for n in points if subtract_working_days(calendar, due, n) <= today]
        if not reached:
            return None
        reminder = Reminder(due, "before", min(reached), working_days_between(calendar, today, due))
    return None if reminder.key in sent else reminder
