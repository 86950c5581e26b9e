"""Mail to staff: deadline reminders, the daily digest and alerts, each sent at most once.

A notice has a kind and a key ("reminder", "DSR-2026-0001/2026-12-28/before-3"). It is rendered
from `templates/staff/` in STAFF_LANGUAGE, then claimed under its key in the database (a unique
constraint: whoever claims first sends it), sent to STAFF_EMAILS with `Auto-Submitted:
auto-generated`, and recorded as sent in one transaction with its audit event. A send that fails
gives the claim back, so the next round tries again. A claim left by a run that stopped before
recording is given back by housekeeping after `STALE_CLAIM`: staff may then get that one notice
twice, which is better than never.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session

from bot.adapters import store
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.mail.build import build_staff_mail
from bot.services import health

STALE_CLAIM = timedelta(minutes=10)


def staff_context(app) -> dict:
    """What every staff template receives."""
    return {"language": app.settings.staff_language, "controller": app.settings.controller(),
            "mailbox": app.settings.mail_from}


def send_notice(app, kind: str, key: str, template: str, context: dict, event: EventName, *,
                case_id: int | None = None, outbox=None, on_sent: Callable[[Session], None] | None = None,
                **event_data) -> bool:
    """Send one staff notice unless it was sent (or claimed) before under `kind`/`key`; True if sent.

    `on_sent(session)` runs in the transaction that records the send. Delivery errors propagate
    after the claim is given back.
    """
    settings, now = app.settings, app.clock.now()
    language = app.renderer.language_for(template, settings.staff_language)
    rendered = app.renderer.render(template, language, staff_context(app) | context | {"language": language})
    notice_id = store.claim_notice(app.store, kind, key, now, case_id)
    if notice_id is None:
        return False
    message_id = f"<rightsbot.{kind}.{secrets.token_hex(6)}@{settings.mail_domain}>"
    raw = build_staff_mail(subject=rendered.subject, text=rendered.text, mail_from=settings.mail_from,
                           from_name=f"{settings.controller_name} rightsbot", to=settings.staff_emails,
                           message_id=message_id, date=now)
    try:
        (outbox or app.outbox()).send(raw, settings.mail_from, list(settings.staff_emails))
    except BaseException as exc:
        _release(app, notice_id)
        if isinstance(exc, Exception):
            health.record(app, "send", ok=False, reason=health.describe(exc))
        raise
    health.record(app, "send", ok=True)
    with app.store.session() as session:
        notice = session.get(store.StaffNotice, notice_id)
        notice.sent_at, notice.message_id = store.utc(now), message_id
        session.add(notice)
        store.record_event(session, event, SYSTEM_ACTOR, now, case_id=case_id, key=key, **event_data)
        if on_sent is not None:
            on_sent(session)
    return True


def _release(app, notice_id: int) -> None:
    with app.store.session() as session:
        session.exec(delete(store.StaffNotice).where(store.StaffNotice.id == notice_id))


def release_stale_claims(app, now: datetime) -> int:
    """Give back claims that a stopped run never recorded as sent; returns how many."""
    with app.store.session() as session:
        result = session.exec(delete(store.StaffNotice).where(
            store.StaffNotice.sent_at.is_(None), store.StaffNotice.claimed_at < store.utc(now - STALE_CLAIM)))
        return result.rowcount
