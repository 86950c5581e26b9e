"""bot.core.retention: holds under Kirjanpitolaki 1336/1997 ch. 2 s. 10 (LAW.md B7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.adapters.datafiles import load_retention
from bot.core.errors import WorkflowError
from bot.core.retention import Hold, RetentionClass, financial_year_end, hold_until, holds_for
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


@pytest.mark.parametrize(
    ("orders", "today", "expected"),
    [
        ([], "2026-06-01", []),
        (["2026-03-15"], "2026-06-01", [("vouchers", "2032-12-31"), ("ledgers", "2036-12-31")]),
        # The LAST order decides, whatever the order of the list.
        (["2026-03-15", "2019-05-02", "2021-11-30"], "2031-01-01",
         [("vouchers", "2032-12-31"), ("ledgers", "2036-12-31")]),
        # A hold on its last day still runs.
        (["2026-03-15"], "2032-12-31", [("vouchers", "2032-12-31"), ("ledgers", "2036-12-31")]),
        (["2026-03-15"], "2033-01-01", [("ledgers", "2036-12-31")]),
        (["2026-03-15"], "2036-12-31", [("ledgers", "2036-12-31")]),
        (["2026-03-15"], "2037-01-01", []),
        (["2015-06-01"], "2026-06-01", []),
    ],
)
def test_holds_for(orders: list[str], today: str, expected: list[tuple[str, str]]) -> None:
    got = holds_for([D(o) for o in orders], CLASSES, (12, 31), D(today))
    assert got == [Hold(key, D(until), "KPL 1336/1997 2:10 §") for key, until in expected]


def test_holds_for_with_a_june_financial_year() -> None:
    got = holds_for([D("2026-03-15")], CLASSES, (6, 30), D("2033-01-01"))
    assert got == [Hold("ledgers", D("2036-06-30"), "KPL 1336/1997 2:10 §")]


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
    assert [c.key for c in policy.classes] == ["vouchers", "ledgers"]
    got = holds_for([D("2026-03-15")], policy.classes, policy.financial_year_end, D("2026-06-01"))
    assert [(h.record_class, h.until) for h in got] == [("vouchers", D("2032-12-31")), ("ledgers", D("2036-12-31"))]


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
         "classes[0].basis: Input should be 'from_financial_year_end' or 'from_end_of_calendar_year_of_fy_end' (got 'from_order')"),
        (GOOD.replace("years = 6", "yeras = 6"),
         "classes[0].yeras: unknown key (allowed: key, basis, years, legal_basis, description)"),
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
