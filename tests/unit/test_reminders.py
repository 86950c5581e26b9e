"""Which reminder a case gets on a day: a pure rule, checked by table on the Finnish calendar.

The due date in most rows is Monday 28 December 2026: Christmas Eve (Thu 24th), Christmas Day,
the weekend and Boxing Day sit just before it, so counting back in working days skips them.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.deadlines import WorkingDays
from bot.core.reminders import DEFAULT_POINTS, Reminder, reminder_due, working_days_between

FI = WorkingDays.finland()
DUE = date(2026, 12, 28)


def D(text: str) -> date:
    return date.fromisoformat(text)


def key(kind: str, n: int, due: date = DUE) -> str:
    return Reminder(due, kind, n, 0).key


@pytest.mark.parametrize("today, sent, expected", [
    # Seven working days before the 28th is Tuesday the 15th (the 24th, 25th and the weekend do not count).
    ("2026-12-14", [], None),
    ("2026-12-15", [], ("before", 7, 7)),
    ("2026-12-16", [key("before", 7)], None),
    # The 15th was missed (the service was down): the point is sent late, once, with the days really left.
    ("2026-12-16", [], ("before", 7, 6)),
    ("2026-12-21", [key("before", 7)], ("before", 3, 3)),
    # Two points missed: only the latest one goes out; the earlier one would say less.
    ("2026-12-21", [], ("before", 3, 3)),
    ("2026-12-23", [key("before", 7), key("before", 3)], ("before", 1, 1)),
    # Christmas Eve and Day, the weekend: no reminder on a day nobody works.
    ("2026-12-24", [], None),
    ("2026-12-26", [], None),
    # The due date itself with the default points: the 1-day reminder was the last one.
    ("2026-12-28", [key("before", 7), key("before", 3), key("before", 1)], None),
    # Overdue: every working day, once, counting the working days past the due date.
    ("2026-12-29", [key("before", 1)], ("overdue", 1, 1)),
    ("2026-12-29", [key("overdue", 1)], None),
    ("2026-12-31", [key("overdue", 1), key("overdue", 2)], ("overdue", 3, 3)),
    ("2027-01-01", [], None),  # New Year's Day
    ("2027-01-04", [key("overdue", 3)], ("overdue", 4, 4)),
    ("2027-01-06", [], None),  # Epiphany
])
def test_reminder_due(today: str, sent: list[str], expected) -> None:
    found = reminder_due(DUE, DEFAULT_POINTS, D(today), frozenset(sent), FI)
    if expected is None:
        assert found is None
    else:
        kind, point, days = expected
        assert found == Reminder(DUE, kind, point, days)


def test_the_default_points_are_seven_three_and_one() -> None:
    assert DEFAULT_POINTS == (7, 3, 1)


def test_a_zero_point_reminds_on_the_due_date() -> None:
    assert reminder_due(DUE, (0,), DUE, frozenset(), FI) == Reminder(DUE, "before", 0, 0)


def test_a_new_due_date_has_its_own_reminders() -> None:
    # An extension whose notice went out moves the date: the old date's reminders do not count for it.
    sent = frozenset({key("before", 7), key("before", 3), key("before", 1)})
    later = D("2027-03-01")
    assert reminder_due(later, DEFAULT_POINTS, D("2027-02-18"), sent, FI) == Reminder(later, "before", 7, 7)
    assert reminder_due(DUE, DEFAULT_POINTS, D("2027-02-18"), sent, FI).kind == "overdue"


def test_keys_name_the_due_date_and_the_point() -> None:
    assert Reminder(DUE, "before", 3, 2).key == "2026-12-28/before-3"
    assert Reminder(DUE, "overdue", 2, 2).key == "2026-12-28/overdue-2"


@pytest.mark.parametrize("start, end, expected", [
    ("2026-12-28", "2026-12-28", 0),
    ("2026-12-28", "2026-12-29", 1),
    ("2026-12-23", "2026-12-28", 1),  # 24th-27th are not working days
    ("2026-12-29", "2026-12-28", 0),
    ("2026-12-31", "2027-01-04", 1),
])
def test_working_days_between(start: str, end: str, expected: int) -> None:
    assert working_days_between(FI, D(start), D(end)) == expected
