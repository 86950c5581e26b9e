"""The record of what intake and sending did last, kept in the database so that `rightsbot status`
(another process) and the service's `check` job read the same thing.

`recorded(app, "intake", func)` runs one intake pass and records its success or failure; sending
records each attempt where it happens (`bot.services.sending`, `bot.services.notices`). The rules
of the record and of the judgement are `bot.core.health`. A database that cannot be reached is the
one thing not recorded: it stops everything anyway, and `status` then fails to start (non-zero).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session, select

from bot.adapters import store
from bot.core.errors import BotError
from bot.core.health import ACTIVITIES, Outcome

log = logging.getLogger(__name__)
T = TypeVar("T")

OUTCOME_KEY = "outcome."
HEARTBEAT_KEY = "heartbeat."
# Jobs of one service run in threads: one record is read and written by one thread at a time.
_writing = threading.Lock()


def describe(exc: BaseException) -> str:
    """One line about a failure: rightsbot's own errors say what failed (never a password), a database
    outage its driver's reason; others only their type, since their text could quote mail."""
    if isinstance(exc, BotError):
        return " ".join(str(exc).split())[:300]
    if isinstance(exc, store.DB_OUTAGES) and getattr(exc, "orig", None) is not None:
        # The driver's first line says why ("database is locked", "connection refused"); the rest
        # (the statement, a DETAIL line) is left out. Parameters are never in it (hide_parameters).
        lines = str(exc.orig).strip().splitlines()
        return f"{type(exc).__name__}: {' '.join(lines[0].split())[:200]}" if lines else type(exc).__name__
    return type(exc).__name__


def record(app, what: str, ok: bool, reason: str | None = None) -> None:
    """Record one attempt of `what` (intake | send): a success, or a failure with its reason."""
    now = app.clock.now()
    key = OUTCOME_KEY + what
    try:
        with _writing, app.store.session() as session:
            outcome = _outcome(store.get_setting(session, key))
            outcome = outcome.succeeded(now, app.settings.alert_after) if ok else outcome.failed(now, reason or "unknown")
            # An upsert: a second process (another `send`) recording its first outcome of `what` at the
            # same moment cannot make this fail between SMTP and recording the draft sent.
            store.put_setting(session, key, json.dumps(outcome.to_json()))
    except store.DB_OUTAGES as exc:
        log.debug("outcome_not_recorded what=%s error=%s", what, type(exc).__name__)


def recorded(app, what: str, func: Callable[[], T]) -> T:
    """Run `func` (one pass of `what`) and record how it went; its errors propagate."""
    try:
        result = func()
    except Exception as exc:
        record(app, what, ok=False, reason=describe(exc))
        raise
    record(app, what, ok=True)
    return result


def outcomes(session: Session) -> dict[str, Outcome]:
    """What each activity did last (an activity never recorded reads as a fresh record)."""
    return {what: _outcome(store.get_setting(session, OUTCOME_KEY + what)) for what in ACTIVITIES}


def heartbeats(session: Session) -> dict[str, dict]:
    """The service's jobs' heartbeats: job -> {"at", "ok", "error"}."""
    rows = session.exec(select(store.Setting).where(store.Setting.key.startswith(HEARTBEAT_KEY)))
    return {row.key[len(HEARTBEAT_KEY):]: json.loads(row.value) for row in rows}


def _outcome(value: str | None) -> Outcome:
    return Outcome.from_json(json.loads(value)) if value else Outcome()
