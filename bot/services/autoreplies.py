"""Automatic replies held back: the daily limit per address, and loops with other bots.

The rules are `bot.core.loops`; this module reads what they need from the database. Casework asks
`drafting_hold` before it drafts an automatic reply, and sending asks `sending_hold` before one
goes out (a draft made before a loop showed, or approved days later, is checked again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import Session, select

from bot.adapters import store
from bot.core.loops import (
    AUTOMATIC_TEMPLATES,
    DAY,
    LIMIT_REASON,
    LOOP_REASON,
    LOOP_WINDOW,
    is_automatic,
    is_loop,
    limit_reached,
    room_at,
)
from bot.core.states import DraftStatus, TaskStatus

LOOP_TASK = "check-mail-loop"


@dataclass(frozen=True)
class Hold:
    reason: str  # LIMIT_REASON | LOOP_REASON
    new_loop: bool = False  # the loop was found just now: flag it for staff
    until: datetime | None = None  # sending: when it may go (None: never, without staff)


def drafting_hold(app, session: Session, template: str, auto: bool, to: str, now: datetime) -> Hold | None:
    """Why an automatic reply to `to` must not be drafted now; None when it may be (or is not automatic)."""
    if not is_automatic(template, auto):
        return None
    if loop_flagged(session, to):
        return Hold(LOOP_REASON)
    drafts = _automatic_drafts(session, to, now - DAY)
    theirs = list(session.exec(select(store.Mail.received_at).where(
        store.Mail.direction == "in", store.Mail.from_addr == to,
        store.Mail.received_at > store.utc(now - LOOP_WINDOW))))
    ours = [store.aware(d.sent_at) for d in drafts if d.sent_at]
    if is_loop(ours, [store.aware(t) for t in theirs], now):
        return Hold(LOOP_REASON, new_loop=True)
    if limit_reached([store.aware(d.created_at) for d in drafts], now, app.settings.max_auto_replies_per_day):
        return Hold(LIMIT_REASON)
    return None


def sending_hold(app, session: Session, draft: store.Draft, now: datetime) -> Hold | None:
    """Why an approved automatic reply must not go now: a loop (never, until staff act) or the daily limit."""
    if not is_automatic(draft.template, draft.auto_submitted):
        return None
    if loop_flagged(session, draft.to_addr):
        return Hold(LOOP_REASON)
    sent = [store.aware(d.sent_at) for d in _automatic_drafts(session, draft.to_addr, now - DAY) if d.sent_at]
    limit = app.settings.max_auto_replies_per_day
    if limit_reached(sent, now, limit):
        return Hold(LIMIT_REASON, until=room_at(sent, now, limit))
    return None


def loop_flagged(session: Session, address: str) -> bool:
    """Whether a loop with `address` waits for staff (an open check-mail-loop task on one of its cases)."""
    return session.exec(select(store.Task.id).join(store.Case, store.Case.id == store.Task.case_id).where(
        store.Task.task == LOOP_TASK, store.Task.status == TaskStatus.OPEN, store.Case.requester == address)
    ).first() is not None


def _automatic_drafts(session: Session, to: str, since: datetime) -> list[store.Draft]:
    """Automatic drafts to `to` made or sent since `since`, except those rejected (they never went)."""
    return list(session.exec(select(store.Draft).where(
        store.Draft.to_addr == to, store.Draft.status != DraftStatus.REJECTED,
        or_(store.Draft.template.in_(sorted(AUTOMATIC_TEMPLATES)), store.Draft.auto_submitted),
        or_(store.Draft.created_at > store.utc(since), store.Draft.sent_at > store.utc(since)))))
