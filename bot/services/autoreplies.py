"""Automatic replies held back: the daily limit per address, and loops with other bots.

The rules are `bot.core.loops`; this module reads what they need from the database. Casework asks
`drafting_hold` before it drafts an automatic reply, and sending asks `sending_hold` before one
goes out (a draft made before a loop showed, or approved days later, is checked again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import literal_column, null, or_, union_all
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
from bot.services.case_rows import CaseRows, Opened

LOOP_TASK = "check-mail-loop"


@dataclass(frozen=True)
class Hold:
    reason: str  # LIMIT_REASON | LOOP_REASON
    new_loop: bool = False  # the loop was found just now: flag it for staff
    until: datetime | None = None  # sending: when it may go (None: never, without staff)


@dataclass(frozen=True)
class History:
    """What the store says about the automatic replies to one address, read in one statement."""

    flagged: bool  # a loop with it waits for staff (an open check-mail-loop task on one of its cases)
    drafts: tuple[tuple[datetime, datetime | None], ...]  # made or sent in the last 24 hours: (created, sent)
    theirs: tuple[datetime, ...]  # its mail to us within the loop window


def history(session: Session, address: str, now: datetime, other_than: int | None = None) -> History:
    """Whether a loop with `address` waits for staff, its automatic drafts made or sent in the last 24
    hours (except those rejected: they never went), and its own mail in the loop window: one
    statement, where three were three round trips on PostgreSQL for each automatic reply drafted.
    `other_than`: leave out the drafts and loop tasks of that case (`known`)."""
    since = store.utc(now - DAY)
    # The draft's columns first: a union takes its columns' types from its first SELECT.
    drafts = select(literal_column("'draft'").label("kind"), store.Draft.created_at.label("at"),
                    store.Draft.sent_at.label("sent_at")).where(*_automatic_to(address, since))
    theirs = select(literal_column("'mail'"), store.Mail.received_at, null()).where(
        store.Mail.direction == "in", store.Mail.from_addr == address,
        store.Mail.received_at > store.utc(now - LOOP_WINDOW))
    loops = select(literal_column("'loop'"), null(), null()).join_from(
        store.Task, store.Case, store.Case.id == store.Task.case_id).where(*_open_loop(address))
    if other_than is not None:
        drafts, loops = drafts.where(store.Draft.case_id != other_than), loops.where(store.Case.id != other_than)
    rows = session.execute(union_all(drafts, theirs, loops)).all()
    return History(flagged=any(kind == "loop" for kind, _, _ in rows),
                   drafts=tuple((store.aware(at), store.aware(sent)) for kind, at, sent in rows if kind == "draft"),
                   theirs=tuple(store.aware(at) for kind, at, _ in rows if kind == "mail"))


def known(session: Session, address: str, now: datetime, case: store.Case, rows: CaseRows) -> History:
    """The address's history as `case`'s walk sees it. For a case opened in this transaction, whose
    rows are in hand (`case_rows.Opened`), the other cases' part is read once for the walk and the
    case's own part is taken from its rows: the walk writes this case's rows only, and the batch
    holds the folder's intake row, so no other intake writes in between."""
    if not isinstance(rows, Opened):
        return history(session, address, now)
    if address not in rows.others:
        rows.others[address] = history(session, address, now, other_than=case.id)
    others, since = rows.others[address], store.utc(now - DAY)
    # The same rows `history` selects, from the case's own.
    flagged = case.requester == address and any(t.task == LOOP_TASK and t.status == TaskStatus.OPEN
                                                for t in rows.tasks())
    drafts = tuple((store.aware(d.created_at), store.aware(d.sent_at)) for d in rows.drafts()
                   if d.to_addr == address and d.status != DraftStatus.REJECTED
                   and (d.template in AUTOMATIC_TEMPLATES or d.auto_submitted)
                   and (store.aware(d.created_at) > since or (d.sent_at is not None and store.aware(d.sent_at) > since)))
    return History(flagged=others.flagged or flagged, drafts=others.drafts + drafts, theirs=others.theirs)


def drafting_hold(app, session: Session, template: str, auto: bool, to: str, now: datetime,
                  case: store.Case | None = None, rows: CaseRows | None = None) -> Hold | None:
    """Why an automatic reply to `to` must not be drafted now; None when it may be (or is not automatic).
    `case` and `rows`: the case drafting it and its rows (`known`)."""
    if not is_automatic(template, auto):
        return None
    if case is not None and rows is not None:
        known_now = known(session, to, now, case, rows)
    else:
        known_now = history(session, to, now)
    if known_now.flagged:
        return Hold(LOOP_REASON)
    ours = [sent for _, sent in known_now.drafts if sent]
    if is_loop(ours, known_now.theirs, now):
        return Hold(LOOP_REASON, new_loop=True)
    if limit_reached([created for created, _ in known_now.drafts], now, app.settings.max_auto_replies_per_day):
        return Hold(LIMIT_REASON)
    return None


def sending_hold(app, session: Session, draft: store.Draft, now: datetime) -> Hold | None:
    """Why an approved automatic reply must not go now: a loop (never, until staff act) or the daily limit."""
    if not is_automatic(draft.template, draft.auto_submitted):
        return None
    known = history(session, draft.to_addr, now)
    if known.flagged:
        return Hold(LOOP_REASON)
    sent = [sent for _, sent in known.drafts if sent]
    limit = app.settings.max_auto_replies_per_day
    if limit_reached(sent, now, limit):
        return Hold(LIMIT_REASON, until=room_at(sent, now, limit))
    return None


def _open_loop(address: str) -> tuple:
    """An open check-mail-loop task on one of the address's cases: a loop with it waits for staff."""
    return store.Task.task == LOOP_TASK, store.Task.status == TaskStatus.OPEN, store.Case.requester == address


def _automatic_to(to: str, since: datetime) -> tuple:
    return (store.Draft.to_addr == to, store.Draft.status != DraftStatus.REJECTED,
            or_(store.Draft.template.in_(sorted(AUTOMATIC_TEMPLATES)), store.Draft.auto_submitted),
            or_(store.Draft.created_at > since, store.Draft.sent_at > since))
