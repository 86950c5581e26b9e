"""Legal deadlines for data-subject requests. Pure: no clock, no I/O.

Rules (LAW.md B1, B10):

Rule 1. GDPR Art. 12(3): the controller answers "within one month of receipt of the request",
        extendable "by two further months" if the data subject is told so within the first month.
Rule 2. Reg. (EEC, Euratom) No 1182/71 Art. 3 computes the period (EDPB 01/2022 §160-161 applies it):
        the day of receipt does not count; a period in months ends on the same date of the last
        month, or on that month's last day when the date does not exist; when the last day is a
        Saturday, Sunday or holiday, the period ends on the next working day.
Rule 3. The day of receipt is the server arrival time in the controller's time zone
        (Europe/Helsinki), never UTC and never the sender's Date header. A naive datetime has no
        known zone and is refused.
Rule 4. Holidays are Finland's public holidays, plus Christmas Eve and Midsummer Eve, which the
        Finnish Act on the computation of time limits 150/1930 s. 5 treats as non-working
        ("joulu- tai juhannusaatto"). See workflows/README.md for this choice.
Rule 5. A pause while identifying details are awaited (EDPB 01/2022 §159) extends the period by
        the days suspended, but only if the details were asked for without undue delay. Staff see
        both the legal date and the suspended date; the legal date is the safe one.

A calendar is any object with `is_working_day(d) -> bool` (tests pass three-line fakes).
`WorkingDays` is the real one. Bootstrap builds it once and passes it in; `due_date(calendar=None)`
falls back to a lazily built Finnish calendar as a convenience only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

import holidays
from dateutil.relativedelta import relativedelta

DEFAULT_TZ = "Europe/Helsinki"

# A calendar that never yields a working day within this many days is broken; stop instead of
# looping forever (a fake in a test, or a holiday source gone wrong).
_MAX_SCAN_DAYS = 366


class Calendar(Protocol):
    def is_working_day(self, d: date, /) -> bool: ...


def _midsummer_eve(year: int) -> date:
    # Juhannusaatto is the Friday between 19 and 25 June (Midsummer Day is the Saturday after).
    first = date(year, 6, 19)
    return first + timedelta(days=(4 - first.weekday()) % 7)


def _christmas_eve(year: int) -> date:
    return date(year, 12, 24)


# Days that Finnish time-limit law treats as non-working although they are not pyhäpäivät
# (150/1930 s. 5). python-holidays 0.109 already lists both for FI; adding them again is harmless
# and keeps the rule true if a future version drops them.
EXTRA_NON_WORKING: dict[str, Callable[[int], date]] = {
    "christmas_eve": _christmas_eve,
    "midsummer_eve": _midsummer_eve,
}


class WorkingDays:
    """Working days: not Saturday, not Sunday, not a holiday (Reg. 1182/71 Art. 2(2)).

    `holidays_for_year(year)` returns that year's holidays as a mapping date -> name; it is called
    at most once per year, when a date of that year is first asked about.
    """

    def __init__(
        self,
        holidays_for_year: Callable[[int], dict[date, str]],
        extra_non_working: Iterable[str] = (),
    ) -> None:
        extra = tuple(extra_non_working)
        unknown = [name for name in extra if name not in EXTRA_NON_WORKING]
        if unknown:
            raise ValueError(
                f"unknown extra non-working day {unknown[0]!r} (known: {', '.join(sorted(EXTRA_NON_WORKING))})"
            )
        self._holidays_for_year = holidays_for_year
        self._extra = extra
        self._years: dict[int, dict[date, str]] = {}

    @classmethod
    def finland(
        cls, extra_non_working: Iterable[str] = ("christmas_eve", "midsummer_eve")
    ) -> WorkingDays:
        """Finnish public holidays from python-holidays, plus the eves of 150/1930 s. 5."""

        def for_year(year: int) -> dict[date, str]:
            return dict(holidays.country_holidays("FI", years=year).items())

        return cls(for_year, extra_non_working)

    def _year(self, year: int) -> dict[date, str]:
        found = self._years.get(year)
        if found is None:
            found = dict(self._holidays_for_year(year))
            for name in self._extra:
                found.setdefault(EXTRA_NON_WORKING[name](year), name.replace("_", " ").capitalize())
            self._years[year] = found
        return found

    def holiday_name(self, d: date) -> str | None:
        """The holiday on `d`, or None. Weekends are not holidays here."""
        return self._year(d.year).get(d)

    def is_working_day(self, d: date) -> bool:
        # Reg. 1182/71 Art. 2(2): working days are all days other than holidays, Saturdays and Sundays.
        return d.weekday() < 5 and d not in self._year(d.year)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after `d`."""
        return next_working_day(self, d)

    def working_day_on_or_after(self, d: date) -> date:
        return working_day_on_or_after(self, d)

    def add_working_days(self, d: date, n: int) -> date:
        return add_working_days(self, d, n)

    def subtract_working_days(self, d: date, n: int) -> date:
        return subtract_working_days(self, d, n)


_default_calendar: WorkingDays | None = None


def default_calendar() -> WorkingDays:
    """A shared Finnish calendar, built on first use. Bootstrap should build and pass its own."""
    global _default_calendar
    if _default_calendar is None:
        _default_calendar = WorkingDays.finland()
    return _default_calendar


# --- working-day arithmetic over any calendar with is_working_day -------------------------------


def next_working_day(calendar: Calendar, d: date) -> date:
    """The first working day strictly after `d`."""
    return _step(calendar, d, +1)


def working_day_on_or_after(calendar: Calendar, d: date) -> date:
    """`d` itself if it is a working day, else the next one."""
    return d if calendar.is_working_day(d) else _step(calendar, d, +1)


def add_working_days(calendar: Calendar, d: date, n: int) -> date:
    """The n-th working day after `d` (`d` itself need not be a working day). n=0 gives `d`."""
    if n < 0:
        return subtract_working_days(calendar, d, -n)
    for _ in range(n):
        d = _step(calendar, d, +1)
    return d


def subtract_working_days(calendar: Calendar, d: date, n: int) -> date:
    """The n-th working day before `d`. n=0 gives `d`."""
    if n < 0:
        return add_working_days(calendar, d, -n)
    for _ in range(n):
        d = _step(calendar, d, -1)
    return d


def _step(calendar: Calendar, d: date, direction: int) -> date:
    for _ in range(_MAX_SCAN_DAYS):
        d += timedelta(days=direction)
        if calendar.is_working_day(d):
            return d
    raise ValueError(f"no working day within {_MAX_SCAN_DAYS} days of {d.isoformat()}")


# --- the legal clock ------------------------------------------------------------------------------


def _zone(tz: ZoneInfo | str) -> ZoneInfo:
    return tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)


def receipt_day(received: datetime | date, tz: ZoneInfo | str = DEFAULT_TZ) -> date:
    """The calendar day of receipt in the controller's time zone.

    A `date` is taken as already being that day. A naive datetime raises ValueError: without a
    zone the day of receipt is unknown.
    """
    # datetime is a subclass of date, so test for it first.
    if isinstance(received, datetime):
        if received.tzinfo is None or received.utcoffset() is None:
            raise ValueError(f"received must be an aware datetime, got naive {received.isoformat()}")
        # LAW.md B1: receipt is the server arrival time, read in Europe/Helsinki, not UTC.
        return received.astimezone(_zone(tz)).date()
    return received


def period_end(received: datetime | date, months: int, *, tz: ZoneInfo | str = DEFAULT_TZ) -> date:
    """The last day of a period of `months` before any weekend or holiday roll-forward."""
    if months < 1:
        raise ValueError(f"months must be at least 1, got {months}")
    start = receipt_day(received, tz)
    # Reg. 1182/71 Art. 3(1): the day of receipt does not count; Art. 3(2)(c): the period ends on
    # the same date of the last month, or on that month's last day when that date does not exist
    # (relativedelta clamps 31 Jan + 1 month to 28/29 Feb). Art. 3(3): weekends and holidays
    # inside the period count.
    return start + relativedelta(months=months)


def due_date(
    received: datetime | date,
    months: int = 1,
    *,
    tz: ZoneInfo | str = DEFAULT_TZ,
    calendar: Calendar | None = None,
) -> date:
    """The last day to answer: Art. 12(3) GDPR computed under Reg. 1182/71 Art. 3.

    >>> due_date(date(2026, 1, 31))   # 28 Feb 2026 is a Saturday
    datetime.date(2026, 3, 2)
    """
    cal = calendar if calendar is not None else default_calendar()
    # Reg. 1182/71 Art. 3(4): a last day on a holiday, Saturday or Sunday moves to the end of the
    # next working day.
    return working_day_on_or_after(cal, period_end(received, months, tz=tz))


def extended_due_date(
    received: datetime | date,
    *,
    tz: ZoneInfo | str = DEFAULT_TZ,
    calendar: Calendar | None = None,
    months: int = 3,
) -> date:
    """The due date after an Art. 12(3) extension by two further months.

    Counted as three months from the same receipt (ICO: "three months from the original start
    date"), not two months from the first due date: the two differ at month ends.
    """
    return due_date(received, months, tz=tz, calendar=calendar)


def may_extend(
    received: datetime | date,
    today: date,
    *,
    tz: ZoneInfo | str = DEFAULT_TZ,
    calendar: Calendar | None = None,
) -> bool:
    """Whether the extension may still be taken on `today`.

    GDPR Art. 12(3): the data subject must be told of the extension, with reasons, within one
    month of receipt; after the first month has run out the extension is no longer available
    (EDPB 01/2022 §162-164).
    """
    return today <= due_date(received, 1, tz=tz, calendar=calendar)


def suspension_applies(
    received: datetime | date,
    id_requested_at: datetime | date | None,
    *,
    tz: ZoneInfo | str = DEFAULT_TZ,
    calendar: Calendar | None = None,
    max_request_delay_working_days: int = 1,
) -> bool:
    """Whether the clock pauses for an identity or clarification request.

    EDPB 01/2022 §159: the suspension holds only "provided the controller has asked for additional
    information without undue delay". rightsbot reads that as: the request went out on the day of
    receipt or within `max_request_delay_working_days` working days after it.
    """
    if id_requested_at is None:
        return False
    cal = calendar if calendar is not None else default_calendar()
    start = receipt_day(received, tz)
    asked = receipt_day(id_requested_at, tz)
    if asked < start:
        raise ValueError(f"id_requested_at {asked.isoformat()} is before receipt {start.isoformat()}")
    return asked <= add_working_days(cal, start, max_request_delay_working_days)


def suspended_due_date(
    received: datetime | date,
    id_requested_at: datetime | date | None,
    id_received_at: datetime | date | None,
    *,
    tz: ZoneInfo | str = DEFAULT_TZ,
    calendar: Calendar | None = None,
    max_request_delay_working_days: int = 1,
    months: int = 1,
) -> date | None:
    """The due date with the identity pause added, or None when no pause applies.

    Staff are shown both dates: the legal `due_date` (the safe one, and the only one the UK ICO
    would accept) and this one (EDPB 01/2022 §159; Berlin DPA practice). None means: show only the
    legal date. That is the case when no details were asked for, when they were asked for too
    late (see `suspension_applies`), or while they are still awaited (the pause is open-ended
    until they arrive; the caller shows "paused since <id_requested_at>").

    The suspended days are the calendar days from the day the request went out to the day the
    details came in (request and answer on the same day: 0 days). They extend the period itself;
    the weekend/holiday roll-forward of Reg. 1182/71 Art. 3(4) is then applied once, to the new
    last day. (Adding them to the already rolled legal date would give up to three extra days for
    no legal reason.) Pass months=3 for an extended period.
    """
    if id_requested_at is None or id_received_at is None or not suspension_applies(
        received,
        id_requested_at,
        tz=tz,
        calendar=calendar,
        max_request_delay_working_days=max_request_delay_working_days,
    ):
        return None
    cal = calendar if calendar is not None else default_calendar()
    asked = receipt_day(id_requested_at, tz)
    answered = receipt_day(id_received_at, tz)
    if answered < asked:
        raise ValueError(
            f"id_received_at {answered.isoformat()} is before id_requested_at {asked.isoformat()}"
        )
    paused = timedelta(days=(answered - asked).days)
    return working_day_on_or_after(cal, period_end(received, months, tz=tz) + paused)


def current_due_date(due: date, extended: date | None, notice_sent: bool) -> date:
    """The date the answer is owed by now: the extended date only once the requester has been told.

    Art. 12(3): an extension holds when the requester is informed of it, with the reasons, within
    the first month; until the notice has gone out the original date stands.
    """
    return extended if extended is not None and notice_sent else due


# This many working days left or fewer: the console colours the case as due soon.
DUE_SOON_WORKING_DAYS = 5


def urgency(overdue: bool, working_days: int) -> str:
    """How pressing a case is: "overdue" past its due date, "soon" within DUE_SOON_WORKING_DAYS, else "ok"."""
    return "overdue" if overdue else "soon" if working_days <= DUE_SOON_WORKING_DAYS else "ok"


def reminder_dates(due: date, working_days_before: Sequence[int], calendar: Calendar) -> list[date]:
    """Internal reminder days, `n` working days before `due` for each n; sorted, without repeats.

    LAW.md B10: aim at an internal target a few working days before the legal date. n=0 is the
    due date itself.
    """
    if any(n < 0 for n in working_days_before):
        raise ValueError(f"working_days_before must be >= 0, got {list(working_days_before)}")
    return sorted({subtract_working_days(calendar, due, n) for n in working_days_before})
