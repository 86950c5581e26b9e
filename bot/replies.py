"""Drafting, approving and sending replies: the services around the `Draft` table.

A draft is rendered from templates/ when it is created, carries its own Message-ID from that
moment (so a retried send is the same mail), and waits for a person unless its workflow step is
marked auto-send. Staff may edit a pending draft's text. Sending checks the recipient again:
personal data only to the address on record (`bot.drafting.recipient`).
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime

from sqlmodel import Session

from bot import store
from bot.cases import CaseEvent, DraftEvent, draft_transition, transition
from bot.errors import BotError, PermanentDeliveryError, TemporaryDeliveryError
from bot.events import SYSTEM_ACTOR, EventName
from bot.mime import Attachment, build_reply
from bot.references import new_message_id, tagged_subject

log = logging.getLogger(__name__)

CUSTOMER_LANGUAGES = ("fi", "sv", "en")


class StaffError(BotError):
    """A staff action that cannot be done as asked; the message says why."""


def require_staff(app, by: str) -> str:
    by = by.strip().lower()
    if by not in app.settings.staff_emails:
        raise StaffError(f"--by: {by!r} is not in STAFF_EMAILS")
    return by


def base_context(settings, case: store.Case) -> dict:
    """What every customer template receives (templates/README.md)."""
    return {
        "ref": case.ref,
        "language": case.language if case.language in CUSTOMER_LANGUAGES else "en",
        "requester": {"name": case.requester_name, "email": case.requester},
        "controller": settings.controller(),
        "received_on": store.aware(case.received_at).astimezone(settings.timezone).date(),
        "due_on": case.due_date,
        "extended_due_on": case.extended_due_date,
        "intents": case.intents,
    }


def create_draft(app, session: Session, case: store.Case, *, step: str, template: str, now: datetime,
                 extra: dict | None = None, auto: bool = False, scope: str = "*", to: str | None = None,
                 personal_data: bool = False) -> store.Draft:
    settings = app.settings
    context = base_context(settings, case) | (extra or {})
    language = app.renderer.language_for(template, context["language"])
    context["language"] = language
    rendered = app.renderer.render(template, language, context)
    previous = store.case_drafts(session, case.id)
    # Reply to the requester's latest mail on the case, never to a bounce or a flagged stranger's mail.
    last_in = next((m for m in reversed(store.case_mails(session, case.id))
                    if m.direction == "in" and m.message_id and m.state == "processed"), None)
    # RFC 5322 s. 3.6.4: the parent's References plus the parent's own Message-ID.
    references = (last_in.references.split()[-10:] + [last_in.message_id]) if last_in else []
    draft = store.Draft(
        case_id=case.id, scope=scope, step=step, template=template, language=language, to_addr=to or case.requester,
        personal_data=personal_data,
        subject=tagged_subject(case.ref, rendered.subject), body_text=rendered.text,
        message_id=new_message_id(case.ref, len(previous) + 1, secrets.token_hex(4), settings.mail_domain),
        in_reply_to=last_in.message_id if last_in else None, references=" ".join(references),
        auto_submitted=auto, status="pending", created_at=store.utc(now),
    )
    session.add(draft)
    session.flush()
    store.record_event(session, EventName.DRAFT_CREATED, SYSTEM_ACTOR, now, case_id=case.id, draft_id=draft.id,
                       template=template, language=language, step=step)
    if auto:
        _approve(session, draft, SYSTEM_ACTOR, now)
    return draft


def approve(app, draft_id: int, by: str) -> store.Draft:
    by = require_staff(app, by)
    now = app.clock.now()
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        _approve(session, draft, by, now)
        return draft


def _approve(session: Session, draft: store.Draft, by: str, now: datetime) -> None:
    draft.status = draft_transition(draft.status, DraftEvent.APPROVE).value
    draft.approved_by, draft.approved_at = by, store.utc(now)
    session.add(draft)
    store.record_event(session, EventName.DRAFT_APPROVED, by, now, case_id=draft.case_id, draft_id=draft.id)


def reject(app, draft_id: int, by: str, reason: str) -> store.Draft:
    by = require_staff(app, by)
    if not reason.strip():
        raise BotError("--reason: a rejection needs a reason")
    now = app.clock.now()
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        draft.status = draft_transition(draft.status, DraftEvent.REJECT).value
        draft.rejected_by, draft.rejected_reason = by, reason.strip()
        session.add(draft)
        store.record_event(session, EventName.DRAFT_REJECTED, by, now, case_id=draft.case_id, draft_id=draft.id,
                           reason=reason.strip())
        return draft


def edit(app, draft_id: int, by: str, text: str) -> store.Draft:
    """Staff replace a pending draft's text; the edit is logged, and the draft still needs approval."""
    by = require_staff(app, by)
    if not text.strip():
        raise StaffError("--file: the new text is empty")
    now = app.clock.now()
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        if draft.status != "pending":
            raise StaffError(f"draft #{draft_id} is {draft.status}; only a pending draft can be edited")
        draft.body_text = text if text.endswith("\n") else text + "\n"
        session.add(draft)
        store.record_event(session, EventName.DRAFT_EDITED, by, now, case_id=draft.case_id, draft_id=draft.id)
        return draft


def send_approved(app) -> dict[str, int]:
    """Send every approved draft. Each send is recorded before and after the SMTP conversation."""
    counts = {"sent": 0, "deferred": 0, "failed": 0}
    with app.store.session() as session:
        ids = [d.id for d in store.list_drafts(session, "approved")]
    if not ids:
        return counts
    outbox = app.outbox()
    for draft_id in ids:
        counts[_send_one(app, outbox, draft_id)] += 1
    return counts


def _send_one(app, outbox, draft_id: int) -> str:
    settings = app.settings
    now = app.clock.now()
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        case = session.get(store.Case, draft.case_id)
        if draft.status != "approved":
            return "deferred"
        if draft.to_addr != allowed_recipient(case, draft):
            # Personal data go only to the address on record (Art. 12(6), EDPB §80-81); anything else
            # only to the address the request came from.
            draft.status = draft_transition(draft.status, DraftEvent.FAIL).value
            draft.last_error = "recipient is not the requester"
            store.record_event(session, EventName.DELIVERY_FAILED, SYSTEM_ACTOR, now, case_id=case.id,
                               draft_id=draft.id, reason="recipient-not-requester")
            return "failed"
        draft.attempts += 1
        session.add(draft)
        attachments = tuple(Attachment(a.filename, a.content, a.mime_type)
                            for a in store.draft_attachments(session, draft.id))
        raw = build_reply(
            subject=draft.subject, text=draft.body_text, html=None, mail_from=settings.mail_from,
            from_name=settings.controller_name, to=draft.to_addr, message_id=draft.message_id,
            in_reply_to=draft.in_reply_to, references=tuple(draft.references.split()), date=now,
            auto_submitted=draft.auto_submitted, attachments=attachments,
        )
    try:
        outbox.send(raw, settings.mail_from, [draft.to_addr])
    except TemporaryDeliveryError as exc:
        with app.store.session() as session:
            draft = store.get_draft(session, draft_id)
            draft.last_error = str(exc)[:500]
            store.record_event(session, EventName.DELIVERY_DEFERRED, SYSTEM_ACTOR, now, case_id=draft.case_id,
                               draft_id=draft.id, error=str(exc)[:200])
        return "deferred"
    except PermanentDeliveryError as exc:
        with app.store.session() as session:
            draft = store.get_draft(session, draft_id)
            draft.status = draft_transition(draft.status, DraftEvent.FAIL).value
            draft.last_error = str(exc)[:500]
            store.record_event(session, EventName.DELIVERY_FAILED, SYSTEM_ACTOR, now, case_id=draft.case_id,
                               draft_id=draft.id, error=str(exc)[:200])
        return "failed"
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        draft.status = draft_transition(draft.status, DraftEvent.DELIVER).value
        draft.sent_at = store.utc(now)
        session.add(store.Mail(case_id=draft.case_id, direction="out", message_id=draft.message_id,
                               in_reply_to=draft.in_reply_to, subject=draft.subject, from_addr=settings.mail_from,
                               received_at=store.utc(now), kind="reply", raw=raw))
        store.record_event(session, EventName.MAIL_SENT, SYSTEM_ACTOR, now, case_id=draft.case_id, draft_id=draft.id,
                           message_id=draft.message_id)
        from bot.casework import on_draft_sent

        on_draft_sent(app, session, draft, now)
    return "sent"


def case_transition(session: Session, case: store.Case, event: CaseEvent, actor: str, now: datetime) -> None:
    before = case.status
    case.status = transition(case.status, event).value
    session.add(case)
    store.record_event(session, EventName.CASE_STATUS_CHANGED, actor, now, case_id=case.id, before=before,
                       after=case.status, cause=event.value)



def allowed_recipient(case: store.Case, draft: store.Draft) -> str | None:
    from bot.drafting import recipient

    if not draft.personal_data:
        return case.requester
    return recipient(draft.template, case.requester, case.customer_email, case.identity_confirmed)
