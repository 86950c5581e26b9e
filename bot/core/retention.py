"""Retention holds on accounting records. Pure: no clock, no I/O.

An erasure request cannot remove what the law says must be kept (GDPR Art. 17(3)(b)). For
Allsec that is the Finnish Accounting Act, Kirjanpitolaki 1336/1997 ch. 2 s. 10 (LAW.md B7):

- ledgers (kirjanpidot: journals, the sales ledger naming the customer): 10 years from the end
  of the financial year (tilikausi);
- vouchers (tositteet: invoices, receipts) and correspondence about business transactions:
  6 years from the end of the calendar year in which the financial year ended.

The record classes, their periods and the financial-year end are data, in
`workflows/retention.toml` (read by `bot.adapters.datafiles.load_retention`); this module only computes.
The hold date is the last day on which the record must still be kept ("until", inclusive).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from dateutil.relativedelta import relativedelta

Basis = Literal["from_financial_year_end", "from_end_of_calendar_year_of_fy_end"]
BASES: tuple[str, ...] = ("from_financial_year_end", "from_end_of_calendar_year_of_fy_end")

MonthDay = tuple[int, int]


@dataclass(frozen=True)
class RetentionClass:
    """One kind of record the law makes us keep.

    `legal_basis` is a citation printed as written in every language (e.g. "KPL 1336/1997 2:10 §");
    `description` is a text key (e.g. "retention_vouchers"). Customer mail words each class by `key`.
    """

    key: str
    basis: Basis
    years: int
    legal_basis: str
    description: str

    def __post_init__(self) -> None:
        if self.basis not in BASES:
            raise ValueError(f"{self.key}: basis must be one of {', '.join(BASES)}, got {self.basis!r}")
        if self.years < 1:
            raise ValueError(f"{self.key}: years must be at least 1, got {self.years}")


@dataclass(frozen=True)
class RetentionPolicy:
    """What workflows/retention.toml says: the financial-year end and the record classes."""

    financial_year_end: MonthDay
    classes: tuple[RetentionClass, ...]


@dataclass(frozen=True)
class Hold:
    """A retention hold still running: which records, until when (inclusive), and why."""

    record_class: str
    until: date
    legal_basis: str


def check_month_day(fy_end: MonthDay) -> MonthDay:
    """Refuse a financial-year end that is not a date in every year (29 Feb included)."""
    month, day = fy_end
    try:
        date(2001, month, day)  # 2001 is not a leap year
    except ValueError:
        raise ValueError(f"financial year end must be a valid month and day, got {month:02d}-{day:02d}") from None
    return (month, day)


def financial_year_end(on: date, fy_end_month_day: MonthDay) -> date:
    """The last day of the financial year that contains `on`."""
    month, day = check_month_day(fy_end_month_day)
    this_year = date(on.year, month, day)
    return this_year if on <= this_year else date(on.year + 1, month, day)


def hold_until(last_record_date: date, cls: RetentionClass, fy_end: MonthDay) -> date:
    """The last day on which records of `cls` dated `last_record_date` must still be kept.

    >>> vouchers = RetentionClass("vouchers", "from_end_of_calendar_year_of_fy_end", 6, "k", "d")
    >>> hold_until(date(2026, 3, 15), vouchers, (12, 31))
    datetime.date(2032, 12, 31)
    """
    end_of_fy = financial_year_end(last_record_date, fy_end)
    if cls.basis == "from_financial_year_end":
        # KPL 1336/1997 2:10: ledgers are kept ten years from the end of the financial year.
        return end_of_fy + relativedelta(years=cls.years)
    # KPL 1336/1997 2:10: vouchers and business correspondence are kept six years from the end
    # of the calendar year in which the financial year ended.
    return date(end_of_fy.year + cls.years, 12, 31)


def holds_for(
    orders_dates: Sequence[date],
    classes: Iterable[RetentionClass],
    fy_end: MonthDay,
    today: date,
) -> list[Hold]:
    """The holds still running on `today`, computed from the customer's LAST order.

    The last order is the latest record, so it decides how long anything must be kept. An
    empty list means no orders, or every hold has expired: nothing stands in the way of erasure.
    A hold whose last day is `today` still runs.
    """
    if not orders_dates:
        return []
    last = max(orders_dates)
    holds = [Hold(cls.key, hold_until(last, cls, fy_end), cls.legal_basis) for cls in classes]
    return [hold for hold in holds if hold.until >= today]
