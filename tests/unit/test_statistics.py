"""Statistics arithmetic (bot.core.statistics): per month by right, share on time, median days, overdue."""

from datetime import date, timedelta

from bot.core.deadlines import urgency
from bot.core.statistics import CaseTimes, median_days, months_between, on_time_share, overdue, per_month


def case(received, due, answered=None, intents=("access",), open_=None):
    return CaseTimes(received_on=received, intents=tuple(intents), due=due, answered_on=answered,
                     open=(answered is None) if open_ is None else open_)


def test_per_month_counts_each_right_and_keeps_empty_months():
    cases = [case(date(2026, 10, 30), date(2026, 11, 30), intents=("access", "erasure")),
             case(date(2026, 12, 1), date(2027, 1, 1), intents=("erasure",))]
    counts = per_month(cases, date(2027, 1, 10))
    assert list(counts) == ["2026-10", "2026-11", "2026-12", "2027-01"]
    assert counts["2026-10"]["access"] == 1 and counts["2026-10"]["erasure"] == 1
    assert sum(counts["2026-11"].values()) == 0
    assert counts["2026-12"]["erasure"] == 1 and counts["2026-12"]["access"] == 0


def test_per_month_of_nothing_is_empty():
    assert per_month([], date(2026, 1, 1)) == {}


def test_months_between_crosses_the_year():
    assert months_between(date(2026, 11, 5), date(2027, 2, 1)) == ["2026-11", "2026-12", "2027-01", "2027-02"]


def test_answered_on_the_due_day_is_on_time():
    on_day = case(date(2026, 11, 1), date(2026, 12, 1), answered=date(2026, 12, 1))
    late = case(date(2026, 11, 1), date(2026, 12, 1), answered=date(2026, 12, 2))
    unanswered = case(date(2026, 11, 1), date(2026, 12, 1))
    assert on_time_share([on_day, late, unanswered]) == 0.5
    assert on_time_share([unanswered]) is None


def test_median_days_over_answered_requests():
    cases = [case(date(2026, 11, 1), date(2026, 12, 1), answered=date(2026, 11, 1) + timedelta(days=d))
             for d in (2, 10, 4, 30)]
    cases.append(case(date(2026, 11, 1), date(2026, 12, 1)))
    assert median_days(cases) == 7.0
    assert median_days(cases[:3]) == 4.0
    assert median_days([]) is None


def test_overdue_counts_open_cases_after_their_due_day():
    today = date(2026, 12, 2)
    cases = [case(date(2026, 11, 1), date(2026, 12, 1)),  # overdue
             case(date(2026, 11, 2), date(2026, 12, 2)),  # due today: not yet
             case(date(2026, 10, 1), date(2026, 11, 2), answered=date(2026, 11, 20)),  # answered late: not open
             case(date(2026, 10, 1), date(2026, 11, 2), open_=False)]  # closed
    assert overdue(cases, today) == 1


def test_urgency():
    assert urgency(True, 0) == "overdue" and urgency(True, 3) == "overdue"
    assert urgency(False, 0) == "soon" and urgency(False, 5) == "soon"
    assert urgency(False, 6) == "ok"
