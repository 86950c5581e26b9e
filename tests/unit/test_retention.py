"""bot.core.retention: holds under Kirjanpitolaki 1336/1997 ch. 2 s. 10 (LAW.md B7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.adapters.datafiles import load_retention
from bot.core.errors import WorkflowError
from bot.core.retention import (
    Hold,
    Record,
    RetentionClass,
    expired_holds,
    financial_year_end,
    hold_until,
    holds_for,
)
from bot.core.workflows import parse_retention

D = date.fromisoformat
VOUCHERS = RetentionClass("vouchers", "from_end_of_calendar_year_of_fy_end", 6, "KPL 1336/1997 2:10 §", "v")
LEDGERS = RetentionClass("ledgers", "from_financial_year_end", 10, "KPL 1336/1997 2:10 §", "l")
CLASSES = (VOUCHERS, LEDGERS)
WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"


@pytest.mark.parametrize(
    ("on", "fy_end", "expected"),
    [
        ("2026-03-15", (12, 31), "2026-12-31"),
        ("2026-12-31", (12, 31), "2026-12-31"),
        ("2026-03-15", (6, 30), "2026-06-30"),
        ("2026-06-30", (6, 30), "2026-06-30"),
        ("2026-07-01", (6, 30), "2027-06-30"),
        ("2026-03-01", (2, 28), "2027-02-28"),
    ],
)
def test_financial_year_end(on: str, fy_end: tuple[int, int], expected: str) -> None:
    assert financial_year_end(D(on), fy_end) == D(expected)


@pytest.mark.parametrize("fy_end", [(2, 29), (13, 1), (4, 31), (0, 10)])
def test_financial_year_end_must_exist_every_year(fy_end: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="financial year end must be a valid month and day"):
        financial_year_end(D("2026-03-15"), fy_end)


@pytest.mark.parametrize(
    ("last_order", "fy_end", "vouchers", "ledgers"),
    [
        # LAW.md B7 worked example: FY = calendar year.
        ("2026-03-15", (12, 31), "2032-12-31", "2036-12-31"),
        # Same order, FY ending 30 June: vouchers from the end of the calendar year in which the
        # FY ended (2026), ledgers from the FY end itself.
        ("2026-03-15", (6, 30), "2032-12-31", "2036-06-30"),
        # An order after 30 June falls in the FY ending 30 June 2027.
        ("2026-07-01", (6, 30), "2033-12-31", "2037-06-30"),
        ("2026-12-31", (12, 31), "2032-12-31", "2036-12-31"),
        ("2027-01-01", (12, 31), "2033-12-31", "2037-12-31"),
    ],
)
def test_hold_until(last_order: str, fy_end: tuple[int, int], vouchers: str, ledgers: str) -> None:
    assert hold_until(D(last_order), VOUCHERS, fy_end) == D(vouchers)
    assert hold_until(D(last_order), LEDGERS, fy_end) == D(ledgers)


def invoice(on: str, ref: str = "") -> Record:
    return Record("invoice", ref or f"INV-{on}", D(on), f"AS-{on}")


def ends(holds: list[Hold]) -> list[tuple[str, str]]:
    return [(h.record_class, h.until.isoformat()) for h in holds]


@pytest.mark.parametrize(
    ("orders", "today", "expected"),
    [
        ([], "2026-06-01", []),
        (["2026-03-15"], "2026-06-01", [("vouchers", "2032-12-31"), ("ledgers", "2036-12-31")]),
        # A hold on its last day still runs.
        (["2026-03-15"], "2032-12-31", [("vouchers", "2032-12-31"), ("ledgers", "2036-12-31")]),
        (["2026-03-15"], "2033-01-01", [("ledgers", "2036-12-31")]),
        (["2026-03-15"], "2036-12-31", [("ledgers", "2036-12-31")]),
        (["2026-03-15"], "2037-01-01", []),
        (["2015-06-01"], "2026-06-01", []),
    ],
)
def test_holds_for(orders: list[str], today: str, expected: list[tuple[str, str]]) -> None:
    assert ends(holds_for([invoice(o) for o in orders], CLASSES, (12, 31), D(today))) == expected


def test_each_year_keeps_its_own_dates_and_the_expired_year_is_not_kept() -> None:
    """Issue 9: orders in 2019, 2023 and 2026 were all kept until the last order's dates (2032/2036).
    Each record counts from its own financial year; the 2019 vouchers ended on 31.12.2025."""
    records = [invoice("2019-05-20", "A"), invoice("2023-06-01", "B"), invoice("2026-09-15", "C")]
    running = holds_for(records, CLASSES, (12, 31), D("2026-11-24"))
    assert ends(running) == [("vouchers", "2029-12-31"), ("vouchers", "2032-12-31"),
                             ("ledgers", "2029-12-31"), ("ledgers", "2033-12-31"), ("ledgers", "2036-12-31")]
    assert [[r.reference for r in h.records] for h in running] == [["B"], ["C"], ["A"], ["B"], ["C"]]
    assert [h.financial_year_end for h in running] == [D("2023-12-31"), D("2026-12-31"), D("2019-12-31"),
                                                       D("2023-12-31"), D("2026-12-31")]
    [gone] = expired_holds(records, CLASSES, (12, 31), D("2026-11-24"))
    assert (gone.record_class, gone.until, [r.reference for r in gone.records]) == ("vouchers", D("2025-12-31"), ["A"])


def test_a_record_counts_from_its_own_booking_date_not_the_order_date() -> None:
    """A refund of a December 2023 order, booked in January 2024, belongs to the 2024 financial year."""
    refund = Record("refund", "RFD-1", D("2024-01-12"), "AS-2023-10871")
    sale = Record("receipt", "RCP-1", D("2023-12-28"), "AS-2023-10871")
    got = holds_for([sale, refund], (VOUCHERS,), (12, 31), D("2026-11-24"))
    assert [(h.until, [r.reference for r in h.records]) for h in got] == [(D("2029-12-31"), ["RCP-1"]),
                                                                           (D("2030-12-31"), ["RFD-1"])]


def test_records_of_one_financial_year_are_one_hold() -> None:
    got = holds_for([invoice("2026-02-01", "A"), invoice("2026-09-15", "B")], (VOUCHERS,), (12, 31), D("2026-11-24"))
    assert [(h.until, [r.reference for r in h.records]) for h in got] == [(D("2032-12-31"), ["A", "B"])]


@pytest.mark.parametrize(("on", "fy_end", "expected"), [
    # Issue 9: a financial year that ends at the end of February ends on the 29th in a leap year;
    # a record of 29.2.2028 belongs to the year ending that day (not to 28.2.2029).
    ("2028-02-29", (2, 28), "2028-02-29"),
    ("2028-02-28", (2, 28), "2028-02-29"),
    ("2028-03-01", (2, 28), "2029-02-28"),
    ("2027-03-01", (2, 28), "2028-02-29"),
    ("2026-04-30", (4, 30), "2026-04-30"),
])
def test_a_financial_year_ending_at_a_month_end_ends_on_that_months_last_day(on, fy_end, expected) -> None:
    assert financial_year_end(D(on), fy_end) == D(expected)


def test_leap_year_february_end_gives_2034_and_2038() -> None:
    record = invoice("2028-02-29")
    assert hold_until(record.dated, VOUCHERS, (2, 28)) == D("2034-12-31")
    assert hold_until(record.dated, LEDGERS, (2, 28)) == D("2038-02-28")


CLAIMS = RetentionClass("consumer_claims", "from_record_date", 2, "KSL 38/1978 5 luku", "c", "legal_claims", "orders")


def test_the_consumer_protection_class_keeps_orders_not_accounting_records() -> None:
    order = Record("order", "AS-2026-11940", D("2026-09-15"), "AS-2026-11940")
    got = holds_for([invoice("2026-09-15"), order], (VOUCHERS, CLAIMS), (12, 31), D("2026-11-24"))
    assert [(h.record_class, h.until, h.ground, h.records[0].kind) for h in got] == [
        ("vouchers", D("2032-12-31"), "legal_obligation", "invoice"),
        ("consumer_claims", D("2028-09-14"), "legal_claims", "order"),
    ]
    assert got[1].financial_year_end is None


def test_holds_for_with_a_june_financial_year() -> None:
    got = holds_for([invoice("2026-03-15")], CLASSES, (6, 30), D("2033-01-01"))
    assert ends(got) == [("ledgers", "2036-06-30")]


@pytest.mark.parametrize(
    ("basis", "years", "message"),
    [("from_order_date", 6, "basis must be one of"), ("from_financial_year_end", 0, "years must be at least 1")],
)
def test_retention_class_checks_itself(basis: str, years: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetentionClass("x", basis, years, "k", "d")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- workflows/retention.toml


def test_the_shipped_retention_file_gives_the_worked_example() -> None:
    policy = load_retention(WORKFLOWS)
    assert policy.financial_year_end == (12, 31)
    assert [c.key for c in policy.classes] == ["vouchers", "ledgers", "consumer_claims"]
    assert policy.classes[2].ground == "legal_claims" and policy.classes[2].applies_to == "orders"
    got = holds_for([invoice("2026-03-15")], policy.classes, policy.financial_year_end, D("2026-06-01"))
    assert ends(got) == [("vouchers", "2032-12-31"), ("ledgers", "2036-12-31")]


GOOD = """financial_year_end = "06-30"
[[classes]]
key = "vouchers"
basis = "from_end_of_calendar_year_of_fy_end"
years = 6
legal_basis = "KPL 1336/1997 2:10 §"
description = "retention_vouchers"
"""


def test_parse_retention_with_a_june_year_end() -> None:
    policy = parse_retention("workflows/retention.toml", GOOD)
    assert policy.financial_year_end == (6, 30)
    assert policy.classes == (
        RetentionClass("vouchers", "from_end_of_calendar_year_of_fy_end", 6, "KPL 1336/1997 2:10 §", "retention_vouchers"),
    )


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (GOOD.replace('"06-30"', '"02-30"'), "financial_year_end: '02-30' is not a valid MM-DD date"),
        (GOOD.replace('"06-30"', '"6/30"'), "financial_year_end: String should match pattern '^\\d{2}-\\d{2}$' (got '6/30')"),
        (GOOD.replace("from_end_of_calendar_year_of_fy_end", "from_order"),
         "classes[0].basis: Input should be 'from_financial_year_end', 'from_end_of_calendar_year_of_fy_end' or "
         "'from_record_date' (got 'from_order')"),
        (GOOD.replace("years = 6", "yeras = 6"),
         "classes[0].yeras: unknown key (allowed: key, basis, years, legal_basis, description, ground, applies_to)"),
        (GOOD + GOOD.split("\n", 1)[1], "classes[1].key: duplicate key 'vouchers' (first at classes[0])"),
        ('financial_year_end = "12-31"\nclasses = []\n', "classes: Tuple should have at least 1 item after validation, not 0 (got [])"),
        ("financial_year_end = 12-31\n", "TOML syntax error: Expected newline or end of document after a statement (at line 1, column 24)"),
    ],
)
def test_bad_retention_files(text: str, error: str) -> None:
    with pytest.raises(WorkflowError) as caught:
        parse_retention("workflows/retention.toml", text)
    assert str(caught.value) == f"workflows/retention.toml: {error}"


def test_missing_retention_file(tmp_path: Path) -> None:
    with pytest.raises(WorkflowError, match=f"^{tmp_path.name}/retention.toml: file not found$"):
        load_retention(tmp_path)


# --- Pinned by `make mutate` (README "Mutation testing"): each boundary and message, written out.

@pytest.mark.parametrize(("on", "expected"), [("2026-03-01", "2026-06-15"), ("2026-06-15", "2026-06-15"),
                                              ("2026-06-16", "2027-06-15")])
def test_a_financial_year_ending_mid_month_ends_on_that_day(on: str, expected: str) -> None:
    assert financial_year_end(D(on), (6, 15)) == D(expected)


def test_one_year_is_the_shortest_period_and_each_field_is_named_in_its_error() -> None:
    assert RetentionClass("x", "from_record_date", 1, "k", "d").years == 1
    cases = [
        (("from_order_date", 6), {}, "x: basis must be one of from_financial_year_end, "
         "from_end_of_calendar_year_of_fy_end, from_record_date, got 'from_order_date'"),
        (("from_record_date", 0), {}, "x: years must be at least 1, got 0"),
        (("from_record_date", 2), {"ground": "contract"},
         "x: ground must be one of legal_obligation, legal_claims, got 'contract'"),
        (("from_record_date", 2), {"applies_to": "mail"},
         "x: applies_to must be one of accounting_records, orders, got 'mail'"),
    ]
    for (basis, years), extra, message in cases:
        with pytest.raises(ValueError) as err:
            RetentionClass("x", basis, years, "k", "d", **extra)  # type: ignore[arg-type]
        assert str(err.value) == message


def test_a_hold_names_its_law_and_ends_the_day_after_its_last_day() -> None:
    records = [invoice("2019-05-02")]  # vouchers of 2019 are kept to 31.12.2025 inclusive
    [hold] = holds_for(records, (VOUCHERS,), (12, 31), D("2025-12-31"))
    assert (hold.record_class, hold.until, hold.legal_basis) == ("vouchers", D("2025-12-31"), "KPL 1336/1997 2:10 §")
    assert expired_holds(records, (VOUCHERS,), (12, 31), D("2025-12-31")) == []  # its last day: still running
    assert [h.until for h in expired_holds(records, (VOUCHERS,), (12, 31), D("2026-01-01"))] == [D("2025-12-31")]


def test_holds_come_in_the_order_of_the_classes_then_by_date() -> None:
    records = [invoice("2019-05-02"), invoice("2024-05-02")]
    got = holds_for(records, (LEDGERS, VOUCHERS), (12, 31), D("2025-01-01"))
    assert [(h.record_class, h.until) for h in got] == [
        ("ledgers", D("2029-12-31")), ("ledgers", D("2034-12-31")),
        ("vouchers", D("2025-12-31")), ("vouchers", D("2030-12-31"))]


# --- Citations in the letter's language: the shipped file printed "(KSL 38/1978 5 luku)", Finnish
# abbreviations and the Finnish word for chapter, in Swedish and English letters.

@pytest.mark.parametrize(("language", "foreign"), [("sv", ("KPL", "KSL", "luku")), ("en", ("KPL", "KSL", "luku", "kap")),
                                                   ("fi", ("kap.", "ch.", "Act"))])
def test_the_shipped_citations_are_written_in_the_letters_language(language: str, foreign: tuple[str, ...]) -> None:
    from bot.services.knowledge import hold_row

    policy = load_retention(WORKFLOWS)
    records = [invoice("2026-03-15"), Record("order", "AS-1", D("2026-09-15"), "AS-1")]
    holds = holds_for(records, policy.classes, policy.financial_year_end, D("2026-12-06"))
    assert {h.record_class for h in holds} == {"vouchers", "ledgers", "consumer_claims"}
    for hold in holds:
        cited = hold_row(hold, language)["legal_basis"]
        assert cited and not any(word in cited for word in foreign), (language, cited)


def test_a_citation_may_be_one_text_for_every_language_or_one_per_language() -> None:
    policy = parse_retention("workflows/retention.toml", GOOD.replace(
        'legal_basis = "KPL 1336/1997 2:10 §"',
        'legal_basis = { fi = "KPL 1336/1997 2:10 §", sv = "BokfL 1336/1997 2 kap. 10 §", en = "Accounting Act 1336/1997, ch. 2 s. 10" }'))
    (cls,) = policy.classes
    assert (cls.cite("fi"), cls.cite("sv"), cls.cite("en")) == (
        "KPL 1336/1997 2:10 §", "BokfL 1336/1997 2 kap. 10 §", "Accounting Act 1336/1997, ch. 2 s. 10")
    assert cls.cite("de") == "Accounting Act 1336/1997, ch. 2 s. 10"  # a language it does not name: English
    (same,) = parse_retention("workflows/retention.toml", GOOD).classes
    assert same.cite("sv") == same.cite("en") == "KPL 1336/1997 2:10 §"


@pytest.mark.parametrize(("table", "error"), [
    ('{ fi = "KPL 2:10 §", sv = "BokfL 2 kap. 10 §" }',
     "classes[0].legal_basis: a citation per language needs `en`, used for a letter in a language it does not name"),
    ('{ fi = "KPL 2:10 §", en = "" }', "classes[0].legal_basis: the `en` citation is empty"),
    ('{ finnish = "KPL 2:10 §", en = "Accounting Act" }',
     "classes[0].legal_basis: 'finnish' is not a language code (two lowercase letters, e.g. fi, sv, en)"),
])
def test_a_citation_table_names_its_fault(table: str, error: str) -> None:
    with pytest.raises(WorkflowError) as caught:
        parse_retention("workflows/retention.toml", GOOD.replace('"KPL 1336/1997 2:10 §"', table))
    assert str(caught.value) == f"workflows/retention.toml: {error}"
