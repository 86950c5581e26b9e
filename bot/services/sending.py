"""Sending approved drafts over SMTP, each at most once.

The order of one send, so that a crash or a second `send` never delivers a draft twice:
1. Claim: one UPDATE moves the draft from approved to sending; a run that loses the race skips it.
2. Talk SMTP (bot.adapters.outbox). The Message-ID was fixed when the draft was made.
3. Record the outcome in its own transaction: sent (with the outgoing mail), back to approved
   (temporary failure) or failed (permanent).
4. Only then move the case on, in another transaction; if that fails, the sent record stands and
   the next poll moves the case on.
A draft left in `sending` means a send stopped between 1 and 3: staff check whether it arrived
and re-approve or reject it; the bot never guesses.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import update

from bot.adapters import store
from bot.core.errors import PermanentDeliveryError, SetupDeliveryError, TemporaryDeliveryError
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.mail.build import Attachment, build_reply
from bot.core.states import DraftEvent, DraftStatus, Status, draft_transition, may
from bot.services import casework
from bot.services.drafts import allowed_recipient, withdraw

log = logging.getLogger(__name__)


def retry_delay(attempts: int) -> timedelta:
    """Back off after temporary failures: 5 minutes, doubling, at most 6 hours between tries."""
    return min(timedelta(minutes=5) * 2 ** max(attempts - 1, 0), timedelta(hours=6))


def send_approved(app) -> dict[str, int]:
    """Send every approved draft that is due. A setup error (login, sender refused) stops the pass:
    it would fail them all."""
    counts = {"sent": 0, "deferred": 0, "failed": 0}
    now = app.clock.now()
    with app.store.session() as session:
        ids = [d.id for d in store.list_drafts(session, DraftStatus.APPROVED)
               if d.next_attempt_at is None or store.aware(d.next_attempt_at) <= now]
    if not ids:
        return counts
    outbox = app.outbox()
    for draft_id in ids:
        counts[_send_one(app, outbox, draft_id)] += 1
    return counts


def _claim(app, draft_id: int) -> bool:
    with app.store.session() as session:
        result = session.exec(
            update(store.Draft)
            .where(store.Draft.id == draft_id, store.Draft.status == DraftStatus.APPROVED)
            .values(status=draft_transition(DraftStatus.APPROVED, DraftEvent.CLAIM).value, attempts=store.Draft.attempts + 1)
        )
        return result.rowcount == 1


def _send_one(app, outbox, draft_id: int) -> str:
    settings = app.settings
    now = app.clock.now()
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        case = session.get(store.Case, draft.case_id)
        if not may(draft.status, DraftEvent.CLAIM):
            return "deferred"
        refusal = None
        if case.status == Status.CLOSED:
            refusal = "case-closed"
        elif draft.to_addr != allowed_recipient(case, draft):
            # Personal data go only to the address on record (Art. 12(6), EDPB §80-81).
            refusal = "recipient-not-allowed"
        if refusal:
            withdraw(session, draft, SYSTEM_ACTOR, refusal, now)
            return "failed"
    if not _claim(app, draft_id):
        return "deferred"  # another `send` has it
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        attachments = tuple(Attachment(a.filename, a.content, a.mime_type)
                            for a in store.draft_attachments(session, draft.id))
        raw = build_reply(
            subject=draft.subject, text=draft.body_text, html=None, mail_from=settings.mail_from,
            from_name=settings.controller_name, to=draft.to_addr, message_id=draft.message_id,
            in_reply_to=draft.in_reply_to, references=tuple(draft.references.split()), date=now,
            auto_submitted=draft.auto_submitted, attachments=attachments,
        )
        to_addr = draft.to_addr
    try:
        outbox.send(raw, settings.mail_from, [to_addr])
    except SetupDeliveryError as exc:
        # Settings, not this mail: no backoff, so the next `send` after the fix goes at once.
        _record(app, draft_id, DraftEvent.DEFER, EventName.DELIVERY_DEFERRED, now, error=str(exc), backoff=False)
        raise
    except TemporaryDeliveryError as exc:
        _record(app, draft_id, DraftEvent.DEFER, EventName.DELIVERY_DEFERRED, now, error=str(exc))
        return "deferred"
    except PermanentDeliveryError as exc:
        _record(app, draft_id, DraftEvent.FAIL, EventName.DELIVERY_FAILED, now, error=str(exc))
        return "failed"
    _record(app, draft_id, DraftEvent.DELIVER, EventName.MAIL_SENT, now, raw=raw)
    _move_case_on(app, draft_id, now)
    return "sent"


def _record(app, draft_id: int, event: DraftEvent, name: EventName, now, *, error: str | None = None,
            raw: bytes | None = None, backoff: bool = True) -> None:
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        draft.status = draft_transition(draft.status, event).value
        if error is not None:
            draft.last_error = error[:500]
        if event == DraftEvent.DEFER and backoff:
            draft.next_attempt_at = store.utc(now + retry_delay(draft.attempts))
        if raw is not None:
            draft.sent_at = store.utc(now)
            # Recorded with the send, so the case moves on later even if `_move_case_on` fails.
            case = session.get(store.Case, draft.case_id)
            case.needs_advance = True
            session.add(case)
            session.add(store.Mail(case_id=draft.case_id, direction="out", message_id=draft.message_id,
                                   in_reply_to=draft.in_reply_to, subject=draft.subject,
                                   from_addr=app.settings.mail_from, received_at=store.utc(now), kind="reply",
                                   raw=raw))
        session.add(draft)
        data = {"message_id": draft.message_id} if raw is not None else {"error": (error or "")[:200]}
        store.record_event(session, name, SYSTEM_ACTOR, now, case_id=draft.case_id, draft_id=draft.id, **data)


def _move_case_on(app, draft_id: int, now) -> None:
    try:
        with app.store.session() as session:
            draft = store.get_draft(session, draft_id)
            casework.on_draft_sent(app, session, draft, now)
            case = session.get(store.Case, draft.case_id)
            case.needs_advance = False
            session.add(case)
    except Exception as exc:
        # The mail went out and is recorded; the case catches up on the next poll (casework.sweep).
        log.warning("case_not_moved draft=%d error=%s", draft_id, type(exc).__name__)
