"""The figures staff and the privacy officer read about requests: how many, how fast, how many late. Pure.

Each case comes in as a `CaseTimes` value, read by `bot.services.statistics`. A case asking for
several rights counts once for each right in the monthly figures, and once everywhere else.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.core.rights import INTENTS


@dataclass(frozen=True)
class CaseTimes:
    received_on: date  # the day the request reached the server, in TIMEZONE
    intents: tuple[str, ...]
    due: date  # the date the answer is owed by (the extended one only once its notice went out)
    answered_on: date | None  # the day the final reply went out; None while unanswered
    open: bool  # not answered and not closed


def month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def months_between(first: date, last: date) -> list[str]:
    """Every month from `first` to `last`, both included, so a month with no requests shows as empty."""
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def per_month(cases: Sequence[CaseTimes], last: date) -> dict[str, dict[str, int]]:
    """Requests received each month by right, from the first request's month to `last`'s."""
    if not cases:
        return {}
    counts = {m: {right: 0 for right in INTENTS}
              for m in months_between(min(c.received_on for c in cases), last)}
    for case in cases:
        for right in case.intents:
            if right in INTENTS and month(case.received_on) in counts:
                counts[month(case.received_on)][right] += 1
    return counts


def _answered(cases: Iterable[CaseTimes]) -> list[CaseTimes]:
    return [c for c in cases if c.answered_on is not None]


def on_time_share(cases: Iterable[CaseTimes]) -> float | None:
    """Of the answered requests, the share answered on or before their due date (Art. 12(3)); None if none."""
    answered = _answered(cases)
    if not answered:
        return None
    return sum(1 for c in answered if c.answered_on <= c.due) / len(answered)


def median_days(cases: Iterable[CaseTimes]) -> float | None:
    """The median of calendar days from receipt to the final reply, over answered requests; None if none."""
    days = [(c.answered_on - c.received_on).days for c in _answered(cases)]
    return float(statistics.median(days)) if days else None


def overdue(cases: Iterable[CaseTimes], today: date) -> int:
    """Requests still open after their due date."""
    return sum(1 for c in cases if c.open and c.due < today)
