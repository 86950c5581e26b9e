"""Who may act as staff, and the opening every staff action shares.

`staff_action` checks the acting address against STAFF_EMAILS, reads the clock once, opens one
unit of work and finds the case; `StaffAct.record` writes an audit event with the staff member
as actor in that same transaction (STYLE.md D7).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.adapters import store
from bot.core.errors import StaffError
from bot.core.events import EventName


def require_staff(app, by: str) -> str:
    """The acting staff member's address, normalised; only STAFF_EMAILS may approve or decide."""
    by = by.strip().lower()
    if by not in app.settings.staff_emails:
        raise StaffError(f"--by: {by!r} is not in STAFF_EMAILS")
    return by


def require_reason(text: str, option: str = "--reason") -> str:
    """GDPR Art. 12(4) and 12(5): a refusal, a repeat mark or an extension states its reasons."""
    text = (text or "").strip()
    if not text:
        raise StaffError(f"{option}: reasons are required (GDPR Art. 12(4))")
    return text


@dataclass
class StaffAct:
    """One staff action in progress: who, when, the unit of work, and the case it is about."""

    session: Session
    by: str
    now: datetime
    case: store.Case | None

    def record(self, name: EventName, *, case_id: int | None = None, **data) -> store.Event:
        case_id = case_id if case_id is not None else (self.case.id if self.case else None)
        return store.record_event(self.session, name, self.by, self.now, case_id=case_id, **data)


@contextmanager
def staff_action(app, by: str, ref: str | None = None) -> Iterator[StaffAct]:
    """Check the staff member, read the clock, open a transaction and find case `ref` (when given)."""
    by = require_staff(app, by)
    now = app.clock.now()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref) if ref is not None else None
        yield StaffAct(session, by, now, case)
