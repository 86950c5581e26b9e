"""bot.core.deadlines: GDPR Art. 12(3) periods computed under Reg. 1182/71 with the Finnish calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import holidays
import pytest

from bot.core.deadlines import (
    WorkingDays,
    add_working_days,
    due_date,
    extended_due_date,
    may_extend,
    next_working_day,
    receipt_day,
    reminder_dates,
    subtract_working_days,
    suspended_due_date,
    suspension_applies,
    working_day_on_or_after,
)

FI = WorkingDays.finland()
HEL = ZoneInfo("Europe/Helsinki")
D = date.fromisoformat


class WeekendsOnly:
    """A three-line fake: Saturdays and Sundays off, plus the given days."""

    def __init__(self, *off: str):
        self.off = {D(d) for d in off}

    def is_working_day(self, d: date) -> bool:
        return d.weekday() < 5 and d not in self.off


# ----------------------------------------------------------------------------- the month rule


@pytest.mark.parametrize(
    ("received", "due", "why"),
    [
        # The project's fixtures (LAW.md B1).
        ("2026-01-31", "2026-03-02", "no 31 Feb: 28 Feb, a Saturday, moves to Monday 2 March"),
        ("2027-02-26", "2027-03-30", "26 Mar is Good Friday; Sat, Sun, Easter Monday follow"),
        # EDPB 01/2022 ex. 32 and 33, in years where the end is a working day.
        ("2027-03-05", "2027-04-05", "EDPB ex. 32: 5 March -> 5 April"),
        ("2026-08-31", "2026-09-30", "EDPB ex. 33: 31 August -> 30 September"),
        # Month ends.
        ("2026-03-31", "2026-04-30", "no 31 April: the month's last day"),
        ("2026-05-31", "2026-06-30", "no 31 June"),
        ("2026-10-31", "2026-11-30", "no 31 November"),
        ("2026-12-31", "2027-02-01", "over the year end; 31 Jan 2027 is a Sunday"),
        ("2026-04-30", "2026-06-01", "30 May is a Saturday"),
        # Leap years.
        ("2028-01-31", "2028-02-29", "leap year: 29 Feb 2028, a Tuesday"),
        ("2028-01-29", "2028-02-29", "leap year: same date exists"),
        ("2028-02-29", "2028-03-29", "from 29 Feb"),
        ("2027-01-29", "2027-03-01", "no 29 Feb 2027: 28 Feb, a Sunday, moves to Monday"),
        ("2027-01-30", "2027-03-01", "no 30 Feb"),
        ("2027-01-31", "2027-03-01", "no 31 Feb"),
        # Weekends.
        ("2026-02-07", "2026-03-09", "7 March is a Saturday"),
        ("2026-02-08", "2026-03-09", "8 March is a Sunday"),
        ("2026-02-06", "2026-03-06", "a Friday stays"),
    ],
)
def test_due_date_one_month(received: str, due: str, why: str) -> None:
    assert due_date(D(received), calendar=FI) == D(due), why


@pytest.mark.parametrize(
    ("received", "due", "holiday"),
    [
        ("2025-12-01", "2026-01-02", "New Year's Day (Thu)"),
        ("2025-12-06", "2026-01-07", "Epiphany (Tue)"),
        ("2026-03-03", "2026-04-07", "Good Friday, then the weekend and Easter Monday"),
        ("2026-03-06", "2026-04-07", "Easter Monday"),
        ("2026-04-01", "2026-05-04", "May Day (Fri)"),
        ("2026-04-14", "2026-05-15", "Ascension Day (Thu)"),
        ("2026-05-19", "2026-06-22", "Midsummer Eve (Fri), then Midsummer Day (Sat) and Sunday"),
        ("2027-05-25", "2027-06-28", "Midsummer Eve 2027 (Fri 25 June)"),
        ("2026-10-31", "2026-11-30", "All Saints' Day is always a Saturday: the period starts on it"),
        ("2027-11-06", "2027-12-07", "Independence Day (Mon)"),
        ("2026-11-24", "2026-12-28", "Christmas Eve (Thu), Christmas Day, Boxing Day, Sunday"),
        ("2025-11-25", "2025-12-29", "Christmas Day (Thu), Boxing Day (Fri), weekend"),
        ("2025-11-26", "2025-12-29", "Boxing Day (Fri)"),
        ("2025-11-24", "2025-12-29", "Christmas Eve (Wed) and the rest"),
    ],
)
def test_due_date_moves_past_every_kind_of_holiday(received: str, due: str, holiday: str) -> None:
    # Reg. 1182/71 Art. 3(4) with Finnish holidays; eves under 150/1930 s. 5.
    assert due_date(D(received), calendar=FI) == D(due), holiday


@pytest.mark.parametrize(
    "day",
    [
        "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
        "2026-06-19", "2026-12-24", "2026-12-25", "2027-12-06", "2027-06-25", "2028-06-23",
        "2029-06-22", "2030-12-24",
    ],
)
def test_finnish_non_working_days(day: str) -> None:
    assert not FI.is_working_day(D(day))


def test_eves_are_added_even_when_the_holiday_source_lacks_them() -> None:
    # Finnish Act on time limits 150/1930 s. 5: "joulu- tai juhannusaatto" count as non-working.
    bare = WorkingDays(lambda year: {}, extra_non_working=("christmas_eve", "midsummer_eve"))
    assert not bare.is_working_day(D("2026-06-19"))
    assert not bare.is_working_day(D("2026-12-24"))
    assert bare.holiday_name(D("2026-06-19")) == "Midsummer eve"
    without = WorkingDays(lambda year: {})
    assert without.is_working_day(D("2026-06-19"))
    assert due_date(D("2026-05-19"), calendar=bare) == D("2026-06-22")
    assert due_date(D("2026-05-19"), calendar=without) == D("2026-06-19")


@pytest.mark.parametrize("year", range(2024, 2036))
def test_our_eves_match_the_library(year: int) -> None:
    # LAW.md B10: python-holidays lists both eves for FI; ours must fall on the same days.
    library = holidays.country_holidays("FI", years=year)
    bare = WorkingDays(lambda y: {}, extra_non_working=("christmas_eve", "midsummer_eve"))
    for name in ("Midsummer Eve", "Christmas Eve"):
        (day,) = [d for d, n in library.items() if n == name]
        assert bare.holiday_name(day) == name.capitalize()


def test_unknown_extra_day_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown extra non-working day 'boxing_eve'"):
        WorkingDays(lambda year: {}, extra_non_working=("boxing_eve",))


def test_holidays_are_built_lazily_once_per_year() -> None:
    asked: list[int] = []

    def source(year: int) -> dict[date, str]:
        asked.append(year)
        return {}

    cal = WorkingDays(source)
    assert asked == []
    cal.is_working_day(D("2026-03-02"))
    cal.is_working_day(D("2026-07-02"))
    cal.is_working_day(D("2027-01-04"))
    assert asked == [2026, 2027]


def test_a_fake_calendar_decides_the_roll_forward() -> None:
    # 5 April 2027 is a working day in Finland; in the fake it is a holiday.
    assert due_date(D("2027-03-05"), calendar=WeekendsOnly("2027-04-05")) == D("2027-04-06")
    assert due_date(D("2027-03-05"), calendar=WeekendsOnly()) == D("2027-04-05")


def test_a_calendar_without_working_days_stops() -> None:
    class Never:
        def is_working_day(self, d: date) -> bool:
            return False

    with pytest.raises(ValueError, match="no working day within 366 days"):
        due_date(D("2026-03-05"), calendar=Never())


def test_default_calendar_is_finnish() -> None:
    assert due_date(D("2027-02-26")) == D("2027-03-30")


# ----------------------------------------------------------------------------- time zones


@pytest.mark.parametrize(
    ("received", "day"),
    [
        # 23:30 UTC on 4 Feb is 01:30 on 5 Feb in Helsinki (EET, UTC+2).
        (datetime(2026, 2, 4, 23, 30, tzinfo=UTC), "2026-02-05"),
        # Summer time (EEST, UTC+3): 21:30 UTC is 00:30 the next day.
        (datetime(2026, 7, 14, 21, 30, tzinfo=UTC), "2026-07-15"),
        (datetime(2026, 7, 14, 20, 59, tzinfo=UTC), "2026-07-14"),
        (datetime(2026, 2, 4, 18, 0, tzinfo=ZoneInfo("America/New_York")), "2026-02-05"),
        (datetime(2026, 2, 5, 0, 10, tzinfo=HEL), "2026-02-05"),
        (D("2026-02-04"), "2026-02-04"),
    ],
)
def test_receipt_day_is_the_helsinki_day(received: datetime | date, day: str) -> None:
    assert receipt_day(received) == D(day)


def test_a_late_night_utc_receipt_counts_from_the_helsinki_day() -> None:
    received = datetime(2026, 2, 4, 23, 30, tzinfo=UTC)
    assert due_date(received, calendar=FI) == D("2026-03-05")
    # Read in UTC it would be a day earlier: the reason the zone is a parameter.
    assert due_date(received, tz="UTC", calendar=FI) == D("2026-03-04")
    assert due_date(received, tz=HEL, calendar=FI) == D("2026-03-05")


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="aware datetime"):
        due_date(datetime(2026, 2, 4, 23, 30), calendar=FI)


def test_months_must_be_positive() -> None:
    with pytest.raises(ValueError, match="months must be at least 1"):
        due_date(D("2026-02-04"), 0, calendar=FI)


# ----------------------------------------------------------------------------- extension


@pytest.mark.parametrize(
    ("received", "extended"),
    [
        ("2026-01-31", "2026-04-30"),  # three months from receipt, not two from 2 March (= 2 May)
        ("2025-11-30", "2026-03-02"),  # 28 Feb 2026 is a Saturday
        ("2026-02-26", "2026-05-26"),
        ("2026-03-24", "2026-06-24"),  # not Midsummer Eve in 2026 (that is 19 June)
        ("2027-03-25", "2027-06-28"),  # 25 June 2027 is Midsummer Eve
    ],
)
def test_extended_due_date_counts_three_months_from_receipt(received: str, extended: str) -> None:
    assert extended_due_date(D(received), tz=HEL, calendar=FI) == D(extended)


@pytest.mark.parametrize(
    ("today", "allowed"),
    [
        ("2026-01-31", True),
        ("2026-02-28", True),
        ("2026-03-02", True),  # the last day of the first month, after the weekend roll-forward
        ("2026-03-03", False),  # Art. 12(3): after the first month the extension is gone
        ("2026-04-01", False),
    ],
)
def test_may_extend_only_while_the_first_month_runs(today: str, allowed: bool) -> None:
    assert may_extend(D("2026-01-31"), D(today), tz=HEL, calendar=FI) is allowed


# ----------------------------------------------------------------------------- suspension


@pytest.mark.parametrize(
    ("received", "asked", "answered", "legal", "suspended", "why"),
    [
        ("2026-03-02", "2026-03-02", "2026-03-09", "2026-04-02", "2026-04-09", "asked the same day; 7 days paused"),
        ("2026-03-02", "2026-03-02", "2026-03-02", "2026-04-02", "2026-04-02", "answered the same day: 0 days"),
        ("2026-03-06", "2026-03-09", "2026-03-11", "2026-04-07", "2026-04-08",
         "Friday receipt, asked Monday (next working day): 6 Apr + 2 days = 8 Apr"),
        ("2026-03-02", "2026-03-03", "2026-03-06", "2026-04-02", "2026-04-07",
         "2 Apr + 3 = 5 Apr, Easter Sunday; then Easter Monday; 7 Apr"),
        ("2026-03-02", "2026-03-04", "2026-03-09", "2026-04-02", None, "asked two working days late: no pause"),
        ("2026-03-02", None, None, "2026-04-02", None, "no details asked for"),
        ("2026-03-02", "2026-03-02", None, "2026-04-02", None, "details still awaited"),
    ],
)
def test_suspended_due_date(
    received: str, asked: str | None, answered: str | None, legal: str, suspended: str | None, why: str
) -> None:
    # Staff see both dates: the legal one and the suspended one (EDPB 01/2022 §159).
    r = D(received)
    assert due_date(r, calendar=FI) == D(legal)
    got = suspended_due_date(
        r, D(asked) if asked else None, D(answered) if answered else None, tz=HEL, calendar=FI
    )
    assert got == (D(suspended) if suspended else None), why


def test_suspension_with_aware_datetimes_uses_helsinki_days() -> None:
    received = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)  # Mon 2 March, 00:30 in Helsinki
    asked = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)  # Tue 3 March: the next working day
    answered = datetime(2026, 3, 5, 22, 15, tzinfo=UTC)  # Fri 6 March in Helsinki
    assert suspended_due_date(received, asked, answered, tz=HEL, calendar=FI) == D("2026-04-07")


def test_suspension_delay_is_configurable() -> None:
    received, asked = D("2026-03-02"), D("2026-03-03")
    assert suspension_applies(received, asked, tz=HEL, calendar=FI)
    assert not suspension_applies(received, asked, tz=HEL, calendar=FI, max_request_delay_working_days=0)
    assert suspension_applies(D("2026-03-02"), D("2026-03-04"), calendar=FI, max_request_delay_working_days=2)
    assert not suspension_applies(received, None, calendar=FI)


def test_suspension_of_an_extended_period() -> None:
    got = suspended_due_date(
        D("2026-01-31"), D("2026-01-31"), D("2026-02-10"), tz=HEL, calendar=FI, months=3
    )
    assert got == D("2026-05-11")  # 30 Apr + 10 days = 10 May, a Sunday


@pytest.mark.parametrize(
    ("asked", "answered", "message"),
    [
        ("2026-03-01", "2026-03-05", "before receipt"),
        ("2026-03-04", "2026-03-03", "before id_requested_at"),
    ],
)
def test_suspension_dates_out_of_order(asked: str, answered: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        suspended_due_date(D("2026-03-02"), D(asked), D(answered), calendar=FI, max_request_delay_working_days=5)


# ----------------------------------------------------------------------------- working days, reminders


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        ("2026-03-02", 0, "2026-03-02"),
        ("2026-03-06", 1, "2026-03-09"),  # Friday + 1 = Monday
        ("2026-03-07", 1, "2026-03-09"),  # from a Saturday
        ("2026-04-02", 1, "2026-04-07"),  # over Easter
        ("2026-12-23", 1, "2026-12-28"),  # over Christmas Eve, Christmas, Boxing Day, Sunday
        ("2026-04-07", -1, "2026-04-02"),
    ],
)
def test_add_working_days(day: str, n: int, expected: str) -> None:
    assert add_working_days(FI, D(day), n) == D(expected)
    assert FI.add_working_days(D(day), n) == D(expected)
    if FI.is_working_day(D(day)):
        assert subtract_working_days(FI, D(expected), n) == D(day)


def test_next_working_day_and_on_or_after() -> None:
    assert next_working_day(FI, D("2026-03-02")) == D("2026-03-03")
    assert FI.next_working_day(D("2026-06-18")) == D("2026-06-22")  # over Midsummer
    assert working_day_on_or_after(FI, D("2026-03-02")) == D("2026-03-02")
    assert FI.working_day_on_or_after(D("2026-06-19")) == D("2026-06-22")
    assert FI.subtract_working_days(D("2026-06-22"), 1) == D("2026-06-18")


@pytest.mark.parametrize(
    ("due", "before", "expected"),
    [
        ("2026-03-02", [5, 2], ["2026-02-23", "2026-02-26"]),
        ("2026-04-07", [5, 2], ["2026-03-27", "2026-04-01"]),  # Easter is not counted
        ("2026-04-07", [1], ["2026-04-02"]),
        ("2026-12-28", [2], ["2026-12-22"]),  # Christmas Eve is not counted
        ("2026-04-07", [0], ["2026-04-07"]),
        ("2026-03-02", [2, 2, 5], ["2026-02-23", "2026-02-26"]),
        ("2026-03-02", [], []),
    ],
)
def test_reminder_dates(due: str, before: list[int], expected: list[str]) -> None:
    assert reminder_dates(D(due), before, FI) == [D(d) for d in expected]


def test_reminder_dates_with_a_fake_calendar() -> None:
    assert reminder_dates(D("2026-03-06"), [1, 3], WeekendsOnly("2026-03-05")) == [D("2026-03-02"), D("2026-03-04")]


def test_negative_reminder_offsets_are_refused() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        reminder_dates(D("2026-03-02"), [-1], FI)


def test_a_full_year_of_receipts_never_lands_on_a_non_working_day() -> None:
    start = D("2026-01-01")
    for offset in range(366 * 2):
        received = start + timedelta(days=offset)
        due = due_date(received, calendar=FI)
        assert FI.is_working_day(due)
        assert received < due <= received + timedelta(days=31 + 5)


def test_the_extended_date_counts_only_once_its_notice_is_sent():
    from bot.core.deadlines import current_due_date

    due, extended = date(2026, 12, 28), date(2027, 2, 26)
    assert current_due_date(due, None, False) == due
    assert current_due_date(due, extended, False) == due
    assert current_due_date(due, extended, True) == extended


# --- Each argument is used: a time zone or calendar passed in changes the answer (kills mutants
# that drop or replace it; README "Mutation testing"). Dates worked out by hand below.

def _holidays_on(*days: date) -> WorkingDays:
    """A calendar whose only holidays are `days` (weekends apart): not Finland's."""
    return WorkingDays(lambda year: {d: "test holiday" for d in days if d.year == year})


LATE_MONDAY_UTC = datetime(2026, 3, 9, 22, 30, tzinfo=UTC)  # Monday 9 March in UTC, Tuesday 10 March in Helsinki


def test_the_time_zone_passed_decides_the_day_of_receipt_everywhere():
    assert due_date(LATE_MONDAY_UTC, tz="UTC") == date(2026, 4, 9)  # Thursday
    assert due_date(LATE_MONDAY_UTC) == date(2026, 4, 10)  # Helsinki: Friday
    assert extended_due_date(LATE_MONDAY_UTC, tz="UTC") == date(2026, 6, 9)
    assert extended_due_date(LATE_MONDAY_UTC) == date(2026, 6, 10)
    assert may_extend(LATE_MONDAY_UTC, date(2026, 4, 10), tz="UTC") is False
    assert may_extend(LATE_MONDAY_UTC, date(2026, 4, 10)) is True


def test_the_calendar_passed_decides_the_roll_forward_everywhere():
    received = date(2026, 3, 9)  # Monday; one month ends Thursday 9 April, three months Tuesday 9 June
    assert extended_due_date(received, calendar=_holidays_on(date(2026, 6, 9))) == date(2026, 6, 10)
    assert extended_due_date(received) == date(2026, 6, 9)
    assert may_extend(received, date(2026, 4, 10), calendar=_holidays_on(date(2026, 4, 9))) is True
    assert may_extend(received, date(2026, 4, 10)) is False


def test_the_identity_request_must_go_out_within_one_working_day_by_default():
    monday = date(2026, 3, 9)
    assert suspension_applies(monday, date(2026, 3, 10)) is True
    assert suspension_applies(monday, date(2026, 3, 11)) is False  # two working days: undue delay
    # With Tuesday a holiday, Wednesday is the first working day after Monday.
    assert suspension_applies(monday, date(2026, 3, 11), calendar=_holidays_on(date(2026, 3, 10))) is True
    # The time zone reads both days: Tuesday 22:30 UTC is Wednesday in Helsinki.
    asked = datetime(2026, 3, 10, 22, 30, tzinfo=UTC)
    assert suspension_applies(datetime(2026, 3, 9, 12, tzinfo=UTC), asked, tz="UTC") is True
    assert suspension_applies(datetime(2026, 3, 9, 12, tzinfo=UTC), asked) is False
    # Received late Monday UTC (Tuesday in Helsinki), asked Wednesday: two working days in UTC.
    assert suspension_applies(LATE_MONDAY_UTC, datetime(2026, 3, 11, 12, tzinfo=UTC), tz="UTC") is False
    assert suspension_applies(LATE_MONDAY_UTC, datetime(2026, 3, 11, 12, tzinfo=UTC)) is True


def test_the_suspended_due_date_reads_every_day_in_the_zone_and_calendar_passed():
    noon = datetime(2026, 3, 9, 12, tzinfo=UTC)  # Monday in both zones; one month ends Thursday 9 April
    # Answer Wednesday 22:30 UTC (Thursday in Helsinki): one day paused in UTC, two in Helsinki.
    answered = datetime(2026, 3, 11, 22, 30, tzinfo=UTC)
    assert suspended_due_date(noon, date(2026, 3, 10), answered, tz="UTC") == date(2026, 4, 10)
    assert suspended_due_date(noon, date(2026, 3, 10), answered) == date(2026, 4, 13)  # Sat 11 -> Mon 13
    # Asked late Monday UTC (Tuesday in Helsinki), answered Wednesday: two days paused in UTC, one in Helsinki.
    assert suspended_due_date(noon, LATE_MONDAY_UTC, datetime(2026, 3, 11, 12, tzinfo=UTC), tz="UTC") == date(2026, 4, 13)
    assert suspended_due_date(noon, LATE_MONDAY_UTC, datetime(2026, 3, 11, 12, tzinfo=UTC)) == date(2026, 4, 10)
    # Received late Sunday UTC (Monday in Helsinki): the month ends 8 April in UTC, 9 April in Helsinki.
    sunday = datetime(2026, 3, 8, 22, 30, tzinfo=UTC)
    assert suspended_due_date(sunday, noon, noon, tz="UTC") == date(2026, 4, 8)
    assert suspended_due_date(sunday, noon, noon) == date(2026, 4, 9)
    # Asked Tuesday 22:30 UTC: in time in UTC, a day late in Helsinki (no pause, None).
    late_tuesday = datetime(2026, 3, 10, 22, 30, tzinfo=UTC)
    assert suspended_due_date(noon, late_tuesday, datetime(2026, 3, 11, 23, tzinfo=UTC), tz="UTC") == date(2026, 4, 10)
    assert suspended_due_date(noon, late_tuesday, datetime(2026, 3, 11, 23, tzinfo=UTC)) is None


def test_the_suspended_due_date_uses_the_calendar_passed_for_both_the_delay_and_the_roll_forward():
    cal = _holidays_on(date(2026, 3, 10), date(2026, 4, 9))
    monday, wednesday = date(2026, 3, 9), date(2026, 3, 11)
    assert suspended_due_date(monday, wednesday, wednesday, calendar=cal) == date(2026, 4, 10)
    assert suspended_due_date(monday, wednesday, wednesday) is None  # Finland: asked two working days late
    assert suspended_due_date(monday, date(2026, 3, 10), date(2026, 3, 10)) == date(2026, 4, 9)


def test_a_datetime_whose_zone_gives_no_offset_is_refused():
    class NoOffset(tzinfo):
        def utcoffset(self, dt):
            return None

        def dst(self, dt):
            return None

    with pytest.raises(ValueError, match="naive"):
        receipt_day(datetime(2026, 3, 9, 12, tzinfo=NoOffset()))


def test_an_unknown_extra_non_working_day_is_named_with_the_known_ones():
    with pytest.raises(ValueError) as err:
        WorkingDays(lambda year: {}, ("boxing_day",))
    assert str(err.value) == "unknown extra non-working day 'boxing_day' (known: christmas_eve, midsummer_eve)"


def test_the_finnish_calendar_built_now_has_the_holidays_and_both_eves():
    fi = WorkingDays.finland()
    assert fi.holiday_name(date(2026, 12, 6)) == "Independence Day"
    # The eves of 150/1930 s. 5: python-holidays lists them itself nowadays; the extras keep them for older ones.
    assert fi.holiday_name(date(2026, 12, 24)) and fi.holiday_name(date(2026, 6, 19))
    assert not fi.is_working_day(date(2026, 12, 24)) and fi.is_working_day(date(2026, 12, 23))


def test_the_default_calendar_is_built_once_and_is_finnish(monkeypatch):
    from bot.core import deadlines

    monkeypatch.setattr(deadlines, "_default_calendar", None)
    first = deadlines.default_calendar()
    assert first is deadlines.default_calendar()
    assert first.holiday_name(date(2026, 12, 6)) == "Independence Day"


def test_the_eves_are_not_working_days_even_where_the_holiday_library_omits_them(monkeypatch):
    from bot.core import deadlines

    monkeypatch.setattr(deadlines.holidays, "country_holidays", lambda country, years: {})
    fi = WorkingDays.finland()
    assert fi.holiday_name(date(2026, 12, 24)) == "Christmas eve"
    assert fi.holiday_name(date(2026, 6, 19)) == "Midsummer eve"
    assert fi.is_working_day(date(2026, 12, 23))
