"""Sending approved drafts over SMTP, each at most once, and filing each one sent in the Sent folder.

The order of one send, so that a crash or a second `send` never delivers a draft twice:
1. Claim: one UPDATE moves the draft from approved to sending (with the time); a run that loses
   the race skips it.
2. Talk SMTP (bot.adapters.outbox). The Message-ID was fixed when the draft was made.
3. File a copy in the Sent folder (IMAP APPEND), so colleagues reading the mailbox see the reply
   and a stopped send can be checked later. A mailbox that cannot be reached now only delays the
   copy: housekeeping files it.
4. Record the outcome in its own transaction: sent (with the outgoing mail), back to approved
   (temporary failure) or failed (permanent, or any error of this draft's own, such as an address
   smtplib cannot encode): one bad draft never stops the rest of the queue.
5. Only then move the case on, in another transaction; if that fails, the sent record stands and
   the next poll moves the case on.
A draft left in `sending` means a send stopped between 1 and 4, or the SMTP connection was lost after
the whole mail went to the server and before its answer came back (the server may have taken it):
housekeeping looks for its copy in the Sent folder (found: recorded as sent) and otherwise tells
staff, who re-approve or reject it. The bot never sends it again blindly.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from datetime import datetime, timedelta

from sqlalchemy import update

from bot.adapters import store
from bot.core.errors import (
    MailboxUnavailable,
    PermanentDeliveryError,
    SetupDeliveryError,
    TemporaryDeliveryError,
    UnconfirmedDeliveryError,
)
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.mail.build import Attachment, build_reply, without_attachments
from bot.core.mail.lookalike import mixed_scripts
from bot.core.states import DraftEvent, DraftStatus, Status, draft_transition, may
from bot.services import autoreplies, casework, health
from bot.services.drafts import EXTENSION_STEP, allowed_recipient, extension_late, is_mail_address, withdraw

log = logging.getLogger(__name__)


def retry_delay(attempts: int) -> timedelta:
    """Back off after temporary failures: 5 minutes, doubling, at most 6 hours between tries."""
    return min(timedelta(minutes=5) * 2 ** max(attempts - 1, 0), timedelta(hours=6))


class SentCopies:
    """The Sent folder over one IMAP connection, opened when first needed and closed with `with`.

    Filing stops trying after one failure (each try could wait for a timeout); the copies not
    filed are filed by housekeeping.
    """

    def __init__(self, app):
        self.app = app
        self._stack = ExitStack()
        self._box = None
        self._folder: str | None = None
        self._broken = False

    def __enter__(self) -> SentCopies:
        return self

    def __exit__(self, *exc_info) -> None:
        self._box = None
        self._stack.close()

    def _open(self):
        if self._box is None:
            box = self._stack.enter_context(self.app.mailbox())
            self._folder = box.sent_folder(self.app.settings.imap_sent_folder)
            self._box = box
        return self._box

    def file(self, raw: bytes, when: datetime, message_id: str | None = None) -> bool:
        """APPEND `raw`; False when the mailbox cannot be reached now. With `message_id`, a copy that
        is there already (an earlier APPEND whose answer was lost) counts as filed."""
        if self._broken:
            return False
        try:
            box = self._open()
            if message_id is None or box.find_by_message_id(self._folder, message_id) is None:
                box.file_copy(raw, self._folder, when)
            return True
        except MailboxUnavailable as exc:
            self._broken = True
            log.warning("sent_copy_not_filed error=%s", exc)
            return False

    def find(self, message_id: str) -> bytes | None:
        """Our mail with this Message-ID in the Sent folder, or None. Raises MailboxUnavailable."""
        return self._open().find_by_message_id(self._folder, message_id)


def send_approved(app, stop=None) -> dict[str, int]:
    """Send every approved draft that is due. A setup error (login, sender refused) stops the pass:
    it would fail them all. `stop` (an Event) ends the pass between two drafts."""
    counts = {"sent": 0, "deferred": 0, "failed": 0}
    now = app.clock.now()
    with app.store.session() as session:
        ids = [d.id for d in store.list_drafts(session, DraftStatus.APPROVED)
               if d.next_attempt_at is None or store.aware(d.next_attempt_at) <= now]
    if not ids:
        return counts
    outbox = app.outbox()
    with SentCopies(app) as copies:
        for draft_id in ids:
            if stop is not None and stop.is_set():
                break
            counts[_send_one(app, outbox, copies, draft_id)] += 1
    log.info("send_done sent=%d deferred=%d failed=%d", counts["sent"], counts["deferred"], counts["failed"])
    return counts


def _claim(app, draft_id: int, now: datetime) -> bool:
    with app.store.session() as session:
        result = session.exec(
            update(store.Draft)
            .where(store.Draft.id == draft_id, store.Draft.status == DraftStatus.APPROVED)
            .values(status=draft_transition(DraftStatus.APPROVED, DraftEvent.CLAIM).value,
                    attempts=store.Draft.attempts + 1, claimed_at=store.utc(now))
        )
        return result.rowcount == 1


def _send_one(app, outbox, copies: SentCopies, draft_id: int) -> str:
    settings = app.settings
    now = app.clock.now()
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        case = session.get(store.Case, draft.case_id)
        if not may(draft.status, DraftEvent.CLAIM):
            return "deferred"
        refusal = None
        hold = autoreplies.sending_hold(app, session, draft, now)
        if case.status == Status.CLOSED:
            refusal = "case-closed"
        elif draft.step == EXTENSION_STEP and extension_late(app, case, now):
            # Art. 12(3): told after the first month, the extension would not hold; it is not sent.
            refusal = "extension-notice-too-late"
        elif not is_mail_address(draft.to_addr):
            # Never RCPT TO:<> or an empty To: a draft without an address fails for staff to see.
            refusal = "no-recipient-address"
        elif draft.to_addr != allowed_recipient(case, draft):
            # Personal data go only to the address on record (Art. 12(6), EDPB §80-81).
            refusal = "recipient-not-allowed"
        elif (mixed := mixed_scripts(draft.to_addr)) is not None:
            # A look-alike of someone's address (a Cyrillic letter among Latin ones): a person checks
            # it before anything goes there.
            refusal = f"recipient-mixed-scripts: {mixed}"
        elif hold is not None and hold.until is None:
            # A mail loop: no automatic mail to this address until staff have looked (bot.core.loops).
            refusal = hold.reason
        if refusal:
            withdraw(session, draft, SYSTEM_ACTOR, refusal, now)
            return "failed"
        if hold is not None:
            # The daily limit of automatic mail to one address: it goes once there is room again.
            limit = app.settings.max_auto_replies_per_day
            draft.next_attempt_at = store.utc(hold.until)
            draft.last_error = f"{hold.reason}: {limit} automatic replies to this address in 24 hours"
            session.add(draft)
            store.record_event(session, EventName.DELIVERY_DEFERRED, SYSTEM_ACTOR, now, case_id=draft.case_id,
                               draft_id=draft.id, error=draft.last_error)
            return "deferred"
    if not _claim(app, draft_id, now):
        return "deferred"  # another `send` has it
    try:
        raw, to_addr = _built(app, draft_id, now)
        outbox.send(raw, settings.mail_from, [to_addr])
    except SetupDeliveryError as exc:
        # Settings, not this mail: no backoff, so the next `send` after the fix goes at once.
        _record(app, draft_id, DraftEvent.DEFER, EventName.DELIVERY_DEFERRED, now, error=str(exc), backoff=False)
        health.record(app, "send", ok=False, reason=health.describe(exc))
        raise
    except TemporaryDeliveryError as exc:
        _record(app, draft_id, DraftEvent.DEFER, EventName.DELIVERY_DEFERRED, now, error=str(exc))
        # A server that cannot be reached, or says "try later": sending fails (bot.core.health).
        health.record(app, "send", ok=False, reason=health.describe(exc))
        return "deferred"
    except PermanentDeliveryError as exc:
        _record(app, draft_id, DraftEvent.FAIL, EventName.DELIVERY_FAILED, now, error=str(exc))
        return "failed"
    except UnconfirmedDeliveryError as exc:
        # It may have gone out: it stays `sending`, as after a crash mid-send, for housekeeping and staff.
        log.warning("sending_unconfirmed draft=%d error=%s", draft_id, health.describe(exc))
        with app.store.session() as session:
            draft = store.get_draft(session, draft_id)
            draft.last_error = str(exc)[:500]
            session.add(draft)
        health.record(app, "send", ok=False, reason=health.describe(exc))
        return "deferred"
    except store.DB_OUTAGES:
        # The database, not the draft: stop here; the draft stays `sending` for housekeeping.
        raise
    except Exception as exc:
        # Anything else belongs to this draft alone (an address smtplib cannot encode, a header the
        # mail library refuses): it fails with the reason, and the rest of the queue goes out.
        log.warning("draft_failed draft=%d error=%s", draft_id, type(exc).__name__)
        _record(app, draft_id, DraftEvent.FAIL, EventName.DELIVERY_FAILED, now, error=f"{type(exc).__name__}: {exc}")
        return "failed"
    # The Sent-folder copy first and then the record: until one of them is written, a crash leaves a
    # reply that went out unconfirmable (housekeeping can only ask staff). Nothing else comes between.
    filed = copies.file(raw, now)
    _record(app, draft_id, DraftEvent.DELIVER, EventName.MAIL_SENT, now, raw=raw, filed=filed)
    health.record(app, "send", ok=True)
    _move_case_on(app, draft_id, now)
    return "sent"


def _built(app, draft_id: int, now: datetime) -> tuple[bytes, str]:
    settings = app.settings
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
        return raw, draft.to_addr


def confirm_sent(app, draft_id: int, raw: bytes, now: datetime) -> None:
    """A draft a stopped send left in `sending` whose copy is in the Sent folder: it went out."""
    _record(app, draft_id, DraftEvent.DELIVER, EventName.SENDING_CONFIRMED, now, raw=raw, filed=True)
    _move_case_on(app, draft_id, now)


def _record(app, draft_id: int, event: DraftEvent, name: EventName, now, *, error: str | None = None,
            raw: bytes | None = None, backoff: bool = True, filed: bool = False) -> None:
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
                                   raw=kept_copy(raw, draft.id) if filed else raw,
                                   filed_at=store.utc(now) if filed else None))
        session.add(draft)
        data = {"message_id": draft.message_id} if raw is not None else {"error": (error or "")[:200]}
        store.record_event(session, name, SYSTEM_ACTOR, now, case_id=draft.case_id, draft_id=draft.id, **data)


def kept_copy(raw: bytes, draft_id: int) -> bytes:
    """The sent mail as the database keeps it once its copy is in the Sent folder: the exports are
    kept once, with the draft (DraftAttachment), not again inside these bytes."""
    return without_attachments(raw, f"draft #{draft_id}")


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
