"""Statistics of requests for staff and the privacy officer: read from the store, counted by `bot.core.statistics`.

A case is answered on the day its first `case_answered` event was written (the final reply went
out), in TIMEZONE. It is owed by its legal due date, or the extended one once the extension
notice was sent (Art. 12(3)). Closed cases that were never answered (withdrawn) count in the
monthly figures only.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from bot.adapters import store
from bot.core import statistics as figures
from bot.core.deadlines import current_due_date
from bot.core.events import EventName
from bot.services import standing


def case_times(app) -> list[figures.CaseTimes]:
    """Every case as the statistics need it."""
    tz = app.settings.timezone
    with app.store.session() as session:
        answered = dict(session.exec(
            select(store.Event.case_id, func.min(store.Event.at))
            .where(store.Event.name == EventName.CASE_ANSWERED.value, store.Event.case_id.is_not(None))
            .group_by(store.Event.case_id)).all())
        notified = standing.cases_with_notice_sent(session)
        return [
            figures.CaseTimes(
                received_on=store.aware(c.received_at).astimezone(tz).date(),
                intents=tuple(c.intents),
                due=current_due_date(c.due_date, c.extended_due_date, c.id in notified),
                answered_on=store.aware(answered[c.id]).astimezone(tz).date() if c.id in answered else None,
                open=c.status in standing.OPEN_STATUSES,
            )
            for c in store.list_cases(session)
        ]


def summary(app) -> dict:
    """The statistics page: requests per month by right, share answered on time, median days, overdue now."""
    today = app.today(app.clock.now())
    cases = case_times(app)
    return {
        "today": today.isoformat(),
        "requests": len(cases),
        "answered": sum(1 for c in cases if c.answered_on is not None),
        "open": sum(1 for c in cases if c.open),
        "per_month": figures.per_month(cases, today),
        "on_time_share": figures.on_time_share(cases),
        "median_days": figures.median_days(cases),
        "overdue": figures.overdue(cases, today),
    }
