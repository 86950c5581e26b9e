"""Retention holds, record by record. Pure: no clock, no I/O.

An erasure request cannot remove what the law says must be kept (GDPR Art. 17(3)(b)), nor what is
needed for legal claims (Art. 17(3)(e)). For Allsec (LAW.md B7):

- the Finnish Accounting Act, Kirjanpitolaki 1336/1997 ch. 2 s. 10: ledgers (kirjanpidot: journals,
  the sales ledger naming the customer) 10 years from the end of the financial year (tilikausi);
  vouchers (tositteet: invoices, receipts, refunds, collection documents) and correspondence about
  business transactions 6 years from the end of the calendar year in which the financial year
  ended. Each accounting record counts from its own booking date and the financial year that date
  falls in: an order of 2019 and a refund of it booked in 2024 end on different days.
- the Consumer Protection Act, Kuluttajansuojalaki 38/1978, sets no period; it creates claims
  (defects, ch. 5) that justify keeping order data while they can still be made. That is a legal-
  claims hold (Art. 17(3)(e)), kept apart from the legal obligation in every letter.

The classes, their periods and the financial-year end are data, in `workflows/retention.toml`
(read by `bot.adapters.datafiles.load_retention`); this module only computes. A hold date is the
last day on which the record must still be kept ("until", inclusive).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

Basis = Literal["from_financial_year_end", "from_end_of_calendar_year_of_fy_end", "from_record_date"]
BASES: tuple[str, ...] = ("from_financial_year_end", "from_end_of_calendar_year_of_fy_end", "from_record_date")
# Art. 17(3)(b): a legal obligation to keep; Art. 17(3)(e): the establishment, exercise or defence of legal claims.
Ground = Literal["legal_obligation", "legal_claims"]
GROUNDS: tuple[str, ...] = ("legal_obligation", "legal_claims")
# Which records a class keeps: the accounting records (vouchers, ledger entries), or the orders themselves.
AppliesTo = Literal["accounting_records", "orders"]
APPLIES_TO: tuple[str, ...] = ("accounting_records", "orders")
# The kinds of record a register reports. "order" is the purchase itself; the rest are accounting records.
RECORD_KINDS: tuple[str, ...] = ("invoice", "receipt", "refund", "credit_note", "collection", "payment", "order")

MonthDay = tuple[int, int]


@dataclass(frozen=True)
class RetentionClass:
    """One kind of record the law (or a claim) makes us keep.

    `legal_basis` is the citation (e.g. "KPL 1336/1997 2:10 §"); `citations` the same in each
    language that words it its own way, as (language, citation) pairs; `cite` picks the letter's.
    `description` is a text key (e.g. "retention_vouchers"). Customer mail words each class by `key`.
    """

    key: str
    basis: Basis
    years: int
    legal_basis: str
    description: str
    ground: Ground = "legal_obligation"
    applies_to: AppliesTo = "accounting_records"
    citations: tuple[tuple[str, str], ...] = ()

    def cite(self, language: str) -> str:
        return cite(self.legal_basis, self.citations, language)

    def __post_init__(self) -> None:
        if self.basis not in BASES:
            raise ValueError(f"{self.key}: basis must be one of {', '.join(BASES)}, got {self.basis!r}")
        if self.years < 1:
            raise ValueError(f"{self.key}: years must be at least 1, got {self.years}")
        if self.ground not in GROUNDS:
            raise ValueError(f"{self.key}: ground must be one of {', '.join(GROUNDS)}, got {self.ground!r}")
        if self.applies_to not in APPLIES_TO:
            raise ValueError(f"{self.key}: applies_to must be one of {', '.join(APPLIES_TO)}, got {self.applies_to!r}")

    def covers(self, record: Record) -> bool:
        return (record.kind == "order") == (self.applies_to == "orders")


@dataclass(frozen=True)
class RetentionPolicy:
    """What workflows/retention.toml says: the financial-year end and the record classes."""

    financial_year_end: MonthDay
    classes: tuple[RetentionClass, ...]


@dataclass(frozen=True)
class Record:
    """One dated record about the customer: an accounting record as booked, or an order as placed."""

    kind: str  # one of RECORD_KINDS
    reference: str  # the invoice, receipt or order number the customer can recognise
    dated: date  # the booking date (accounting records) or the order date (orders)
    order_number: str | None = None


@dataclass(frozen=True)
class Hold:
    """Records of one class kept until one day (inclusive), and why."""

    record_class: str
    until: date
    legal_basis: str
    ground: Ground = "legal_obligation"
    # The end of the financial year the records belong to; None for a class counted from the record date.
    financial_year_end: date | None = None
    records: tuple[Record, ...] = ()
    citations: tuple[tuple[str, str], ...] = ()  # RetentionClass.citations

    def cite(self, language: str) -> str:
        return cite(self.legal_basis, self.citations, language)


def cite(legal_basis: str, citations: tuple[tuple[str, str], ...], language: str) -> str:
    """The citation in `language`: its own wording where given, else `legal_basis` (the English one
    when the file gives one per language, the only one when it gives one for all)."""
    return dict(citations).get(language, legal_basis)


def check_month_day(fy_end: MonthDay) -> MonthDay:
    """Refuse a financial-year end that is not a date in every year (29 Feb included)."""
    month, day = fy_end
    try:
        date(2001, month, day)  # 2001 is not a leap year
    except ValueError:
        raise ValueError(f"financial year end must be a valid month and day, got {month:02d}-{day:02d}") from None
    return (month, day)


def _end_in(year: int, month: int, day: int) -> date:
    # A financial year that ends on a month's last day ends on that month's last day every year:
    # "02-28" is the end of February, which in a leap year is the 29th.
    if day == calendar.monthrange(2001, month)[1]:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def financial_year_end(on: date, fy_end_month_day: MonthDay) -> date:
    """The last day of the financial year that contains `on`."""
    month, day = check_month_day(fy_end_month_day)
    this_year = _end_in(on.year, month, day)
    return this_year if on <= this_year else _end_in(on.year + 1, month, day)


def hold_until(record_date: date, cls: RetentionClass, fy_end: MonthDay) -> date:
    """The last day on which a record of `cls` dated `record_date` must still be kept.

    >>> vouchers = RetentionClass("vouchers", "from_end_of_calendar_year_of_fy_end", 6, "k", "d")
    >>> hold_until(date(2026, 3, 15), vouchers, (12, 31))
    datetime.date(2032, 12, 31)
    """
    if cls.basis == "from_record_date":
        # A claims period counted from the record itself (e.g. the order); its last day is the day
        # before the same date `years` later.
        return record_date + relativedelta(years=cls.years) - timedelta(days=1)
    end_of_fy = financial_year_end(record_date, fy_end)
    if cls.basis == "from_financial_year_end":
        # KPL 1336/1997 2:10: ledgers are kept ten years from the end of the financial year.
        return end_of_fy + relativedelta(years=cls.years)
    # KPL 1336/1997 2:10: vouchers and business correspondence are kept six years from the end
    # of the calendar year in which the financial year ended.
    return date(end_of_fy.year + cls.years, 12, 31)


def _all_holds(records: Iterable[Record], classes: Sequence[RetentionClass], fy_end: MonthDay) -> list[Hold]:
    """Every hold, running or not, one per class and end date, records oldest first."""
    groups: dict[tuple[str, date], list[Record]] = {}
    order: dict[tuple[str, date], RetentionClass] = {}
    sorted_records = sorted(records, key=lambda r: (r.dated, r.kind, r.reference))
    for cls in classes:
        for record in sorted_records:
            if cls.covers(record):
                key = (cls.key, hold_until(record.dated, cls, fy_end))
                groups.setdefault(key, []).append(record)
                order[key] = cls
    holds = []
    for (key, until), grouped in groups.items():
        cls = order[(key, until)]
        fy = None if cls.basis == "from_record_date" else financial_year_end(grouped[0].dated, fy_end)
        holds.append(Hold(key, until, cls.legal_basis, cls.ground, fy, tuple(grouped), cls.citations))
    class_rank = {cls.key: i for i, cls in enumerate(classes)}
    return sorted(holds, key=lambda h: (class_rank[h.record_class], h.until))


def holds_for(records: Sequence[Record], classes: Sequence[RetentionClass], fy_end: MonthDay,
              today: date) -> list[Hold]:
    """The holds still running on `today`, one per class and end date, each naming its records.

    Each record counts from its own date and financial year, so old records are not kept as long
    as the newest. An empty list means no records, or every hold has expired: nothing stands in
    the way of erasure. A hold whose last day is `today` still runs.
    """
    return [hold for hold in _all_holds(records, classes, fy_end) if hold.until >= today]


def expired_holds(records: Sequence[Record], classes: Sequence[RetentionClass], fy_end: MonthDay,
                  today: date) -> list[Hold]:
    """The holds that have ended by `today`: those records of that class are erased with the rest
    (e.g. the vouchers of 2019 after 31.12.2025, while the ledger entries of 2019 still run)."""
    return [hold for hold in _all_holds(records, classes, fy_end) if hold.until < today]
