"""Statistics read from the store (bot.services.statistics) on SQLite and PostgreSQL: when a case was
answered (its first case_answered event), what it was owed by (an extension counts once its notice
went out), and what is overdue now."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from bot.adapters import store
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.services import statistics
from tests.integration.console_support import NOW, build


def at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def app(database_url, imap_account, smtp_server):
    built, _ = build(database_url, imap_account, smtp_server)
    yield built
    built.store.dispose()


def add_case(session, n: int, received: date, intents: list[str], status: str, *, answered: date | None = None,
             extended: date | None = None, notice_sent: bool = False, due: date | None = None) -> None:
    case = store.Case(ref=f"DSR-2026-{n:04d}", requester=f"r{n}@example.fi", intents_json=json.dumps(intents),
                      status=status, received_at=at(received), due_date=due, extended_due_date=extended,
                      created_at=at(received))
    session.add(case)
    session.flush()
    if answered:
        store.record_event(session, EventName.CASE_ANSWERED, SYSTEM_ACTOR, at(answered), case_id=case.id)
        # Answered again after a reopening: the first answer is the one that counts.
        store.record_event(session, EventName.CASE_ANSWERED, SYSTEM_ACTOR, at(date(2026, 11, 23)), case_id=case.id)
    if extended:
        session.add(store.Draft(case_id=case.id, step="extension", template="customer/extension-notice",
                                language="fi", to_addr=case.requester, subject="s", body_text="b",
                                message_id=f"<ext{n}@allsec.fi>", status="sent" if notice_sent else "pending",
                                created_at=at(received)))


def test_summary(app):
    with app.store.session() as s:
        add_case(s, 1, date(2026, 9, 10), ["access"], "answered", answered=date(2026, 10, 5), due=date(2026, 10, 12))
        add_case(s, 2, date(2026, 10, 1), ["erasure", "marketing_ban"], "answered", answered=date(2026, 11, 5),
                 due=date(2026, 11, 2))
        # Extended, the notice sent: owed by the extended date, so not overdue.
        add_case(s, 3, date(2026, 10, 20), ["access"], "open", due=date(2026, 11, 20), extended=date(2027, 1, 20),
                 notice_sent=True)
        add_case(s, 4, date(2026, 10, 15), ["erasure"], "open", due=date(2026, 11, 16))
        # Extended, but the notice never went out: the first date stands (Art. 12(3)).
        add_case(s, 5, date(2026, 10, 16), ["objection"], "awaiting_requester", due=date(2026, 11, 16),
                 extended=date(2027, 1, 18))
        add_case(s, 6, date(2026, 11, 2), ["access"], "closed", due=date(2026, 12, 2))
    figures = statistics.summary(app)
    assert figures["today"] == NOW.date().isoformat()
    assert (figures["requests"], figures["answered"], figures["open"]) == (6, 2, 3)
    assert figures["on_time_share"] == 0.5
    # 25 and 35 days.
    assert figures["median_days"] == 30.0
    assert figures["overdue"] == 2
    months = figures["per_month"]
    assert list(months) == ["2026-09", "2026-10", "2026-11"]
    assert months["2026-10"]["erasure"] == 2 and months["2026-10"]["marketing_ban"] == 1
    assert months["2026-10"]["access"] == 1 and months["2026-11"]["access"] == 1


def test_summary_of_an_empty_store(app):
    figures = statistics.summary(app)
    assert figures["requests"] == 0 and figures["per_month"] == {}
    assert figures["on_time_share"] is None and figures["median_days"] is None and figures["overdue"] == 0
