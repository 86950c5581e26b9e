"""Drafts: creating, editing, approving and rejecting the replies staff control.

A draft is rendered from templates/ when it is created and carries its own Message-ID from that
moment (so a retried send is the same mail). It waits for a person unless its workflow step is
marked auto-send. Staff may edit a pending draft's text. Sending is `bot.services.sending`.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime

from sqlmodel import Session

from bot.adapters import store
from bot.core.deadlines import may_extend
from bot.core.errors import StaffError
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.mail.references import new_message_id, tagged_subject
from bot.core.planning import auto_replied, recipient
from bot.core.rights import DEFAULT_LANGUAGE, LANGUAGES
from bot.core.states import DraftEvent, DraftStatus, MailState, draft_transition, may
from bot.services.case_rows import CaseRows, Stored
from bot.services.staff import require_reason, staff_action

# The step of the extension notice, a staff action outside the workflows' steps.
EXTENSION_STEP = "extension"


def extension_late(app, case: store.Case, now: datetime) -> bool:
    """Art. 12(3): the notice must reach the requester within the first month; after it, no extension."""
    return not may_extend(store.aware(case.received_at), app.today(now), tz=app.settings.timezone,
                          calendar=app.calendar)


def base_context(settings, case: store.Case) -> dict:
    """What every customer template receives (templates/README.md)."""
    return {
        "ref": case.ref,
        "language": case.language if case.language in LANGUAGES else DEFAULT_LANGUAGE,
        # Greeted neutrally unless a caller knows the verified customer's name on record
        # (letters.greeting_name): the From header's display name is anyone's text and never goes in.
        "requester": {"name": "", "email": case.requester},
        "controller": settings.controller(),
        "received_on": store.aware(case.received_at).astimezone(settings.timezone).date(),
        "due_on": case.due_date,
        "extended_due_on": case.extended_due_date,
        "intents": case.intents,
    }


def create_draft(app, session: Session, case: store.Case, *, step: str, template: str, now: datetime,
                 extra: dict | None = None, auto: bool = False, scope: str = "*", to: str | None = None,
                 personal_data: bool = False, parts: list[dict] | None = None,
                 rows: CaseRows | None = None) -> store.Draft:
    """Render and store a draft of `template` for the case. `rows`: the case's rows, in hand for a case
    opened in this transaction (`case_rows`); the new draft is added to them."""
    settings = app.settings
    rows = rows or Stored(session, case.id)
    if not is_mail_address(to or case.requester):
        # No requester, no reply: a draft never exists without an address to send it to.
        raise StaffError(f"{case.ref}: no address to answer ({template}); the requester must be reached by hand")
    context = base_context(settings, case) | (extra or {})
    language = app.renderer.language_for(template, context["language"])
    context["language"] = language
    rendered = app.renderer.render(template, language, context)
    previous = rows.drafts()
    # Reply to the requester's latest mail on the case, never to a bounce or a flagged stranger's mail.
    last_in = next((m for m in reversed(rows.mails())
                    if m.direction == "in" and m.message_id and m.state == MailState.PROCESSED), None)
    # RFC 5322 s. 3.6.4: the parent's References plus the parent's own Message-ID.
    references = (last_in.references.split()[-10:] + [last_in.message_id]) if last_in else []
    draft = store.Draft(
        case_id=case.id, scope=scope, step=step, template=template, language=language, to_addr=to or case.requester,
        personal_data=personal_data,
        subject=tagged_subject(case.ref, rendered.subject), body_text=rendered.text,
        message_id=new_message_id(case.ref, len(previous) + 1, secrets.token_hex(4), settings.mail_domain),
        in_reply_to=last_in.message_id if last_in else None, references=" ".join(references),
        auto_submitted=auto_replied(template, auto), status=DraftStatus.PENDING, created_at=store.utc(now),
        parts_json=json.dumps(parts or [{"scope": scope, "step": step, "template": template}]),
    )
    session.add(draft)
    session.flush()
    rows.add(draft)
    store.record_event(session, EventName.DRAFT_CREATED, SYSTEM_ACTOR, now, case_id=case.id, draft_id=draft.id,
                       template=template, language=language, step=step)
    if auto:
        _approve(session, draft, SYSTEM_ACTOR, now)
    return draft


def approve(app, draft_id: int, by: str) -> store.Draft:
    [draft] = approve_all(app, [draft_id], by)
    return draft


def approve_all(app, draft_ids: list[int], by: str) -> list[store.Draft]:
    """Approve several drafts in one transaction: all of them, or (on any error) none."""
    with staff_action(app, by) as act:
        drafts = []
        for draft_id in draft_ids:
            draft = store.get_draft(act.session, draft_id)
            if not may(draft.status, DraftEvent.APPROVE):
                raise StaffError(f"draft #{draft_id} is {draft.status}; only a pending, failed or stopped one can be "
                                 "approved (nothing was approved)")
            if draft.step == EXTENSION_STEP and extension_late(app, act.session.get(store.Case, draft.case_id),
                                                               act.now):
                raise StaffError(f"draft #{draft_id}: the first month has ended; the extension can no longer be "
                                 "notified (GDPR Art. 12(3)). Reject it and answer the request.")
            _approve(act.session, draft, act.by, act.now)
            drafts.append(draft)
        return drafts


def _approve(session: Session, draft: store.Draft, by: str, now: datetime) -> None:
    draft.status = draft_transition(draft.status, DraftEvent.APPROVE).value
    draft.approved_by, draft.approved_at = by, store.utc(now)
    session.add(draft)
    store.record_event(session, EventName.DRAFT_APPROVED, by, now, case_id=draft.case_id, draft_id=draft.id)


def reject(app, draft_id: int, by: str, reason: str) -> store.Draft:
    with staff_action(app, by) as act:
        reason = require_reason(reason)
        draft = store.get_draft(act.session, draft_id)
        withdraw(act.session, draft, act.by, reason, act.now)
        return draft


def withdraw(session: Session, draft: store.Draft, by: str, reason: str, now: datetime) -> None:
    """Reject a draft in the caller's transaction (staff, or the bot when a case moves past it)."""
    draft.status = draft_transition(draft.status, DraftEvent.REJECT).value
    draft.rejected_by, draft.rejected_reason = by, reason
    session.add(draft)
    if draft.step == EXTENSION_STEP:
        # An extension notice that will not go out takes its proposed date with it (Art. 12(3)).
        case = session.get(store.Case, draft.case_id)
        if not any(d.step == EXTENSION_STEP and d.status == DraftStatus.SENT for d in store.case_drafts(session, case.id)):
            case.extended_due_date = None
            session.add(case)
    store.record_event(session, EventName.DRAFT_REJECTED, by, now, case_id=draft.case_id, draft_id=draft.id,
                       reason=reason)


def edit(app, draft_id: int, by: str, text: str) -> store.Draft:
    """Staff replace a pending draft's text; the edit is logged, and the draft still needs approval."""
    with staff_action(app, by) as act:
        if not text.strip():
            raise StaffError("--file: the new text is empty")
        draft = store.get_draft(act.session, draft_id)
        if not may(draft.status, DraftEvent.EDIT):
            raise StaffError(f"draft #{draft_id} is {draft.status}; only a pending draft can be edited")
        draft.body_text = text if text.endswith("\n") else text + "\n"
        act.session.add(draft)
        act.record(EventName.DRAFT_EDITED, case_id=draft.case_id, draft_id=draft.id)
        return draft


def is_mail_address(value: str | None) -> bool:
    """One address with a local part and a domain: what RCPT TO and To: need (never empty, never `<>`)."""
    if not value or any(c.isspace() or c in "<>,;" for c in value):
        return False
    local, _, domain = value.rpartition("@")
    return bool(local) and bool(domain) and "." in domain.strip(".")


def allowed_recipient(case: store.Case, draft: store.Draft) -> str | None:
    """Where this draft may go now: checked again at sending, as the case may have changed."""
    if not draft.personal_data:
        return case.requester
    return recipient(draft.template, case.requester, case.customer_email, case.identity_confirmed)


def redraft(app, draft_id: int, by: str) -> list[store.Draft]:
    """Draft again what a rejected (or failed) draft answered, from today's facts; returns the new drafts.

    The rejected draft stays on record, pointing at the draft that took its place.
    """
    # casework drafts through this module; importing it here keeps the two from importing each other.
    from bot.services import casework

    with staff_action(app, by) as act:
        draft = store.get_draft(act.session, draft_id)
        _replaceable(draft, "redraft")
        if draft.step == EXTENSION_STEP:
            raise StaffError(f"draft #{draft_id} is an extension notice: run `rightsbot extend` again instead")
        case = act.session.get(store.Case, draft.case_id)
        if draft.status == DraftStatus.FAILED:
            withdraw(act.session, draft, act.by, "redrafted", act.now)
        # Its steps count as not drafted, so the walk drafts them again.
        draft.superseded_by = draft.id
        act.session.add(draft)
        act.session.flush()
        before = {d.id for d in store.case_drafts(act.session, case.id)}
        casework.advance(app, act.session, case, act.now)
        new = [d for d in store.case_drafts(act.session, case.id) if d.id not in before]
        if not new:
            raise StaffError(f"draft #{draft_id}: nothing to redraft now ({case.ref} is {case.status})")
        new = [d for d in new if d.superseded_by is None]
        draft.superseded_by = new[-1].id
        act.session.add(draft)
        act.record(EventName.DRAFT_SUPERSEDED, case_id=case.id, draft_id=draft.id, by_draft=new[-1].id,
                   reason="redraft")
        return new


def write_reply(app, ref: str, text: str, by: str, *, replaces: int | None = None,
                refuses: bool | None = None) -> store.Draft:
    """A reply staff write themselves, inside the usual letter: greeting, signature, and the complaint
    and court routes whenever it refuses anything (Art. 12(4)).

    With `replaces`, it answers what a rejected or failed draft answered (its steps, its address, its
    attachments), and refuses whatever that draft refused unless `refuses` says otherwise.
    """
    with staff_action(app, by, ref) as act:
        if not (text or "").strip():
            raise StaffError("--file: the reply is empty")
        case, session = act.case, act.session
        old = None
        parts: list[dict] = []
        to, personal = case.customer_email or case.requester, bool(case.customer_email)
        if replaces is not None:
            old = store.get_draft(session, replaces)
            if old.case_id != case.id:
                raise StaffError(f"--replaces: draft #{replaces} belongs to another case")
            _replaceable(old, "replace")
            parts = json.loads(old.parts_json or "[]")
            to, personal = old.to_addr, old.personal_data
        refusing = any(p.get("refuses") for p in parts) if refuses is None else refuses
        draft = create_draft(app, session, case, step="free_reply" if old is None else old.step,
                             scope="*" if old is None else old.scope, template="customer/free-reply", now=act.now,
                             extra={"text": text.strip(), "refuses": refusing}, to=to, personal_data=personal,
                             parts=parts or [{"scope": "*", "step": "free_reply", "template": "customer/free-reply"}])
        if old is not None:
            for item in store.draft_attachments(session, old.id):
                session.add(store.DraftAttachment(draft_id=draft.id, filename=item.filename,
                                                  mime_type=item.mime_type, content=item.content))
            if old.status == DraftStatus.FAILED:
                withdraw(session, old, act.by, "replaced by a reply written by staff", act.now)
            old.superseded_by = draft.id
            session.add(old)
        act.record(EventName.REPLY_WRITTEN, draft_id=draft.id, replaces=replaces, refuses=refusing)
        return draft


def edit_attachment(app, draft_id: int, by: str, filename: str, content: bytes) -> store.Draft:
    """Staff replace an attachment of a pending draft, e.g. to redact a third party's data (Art. 15(4))."""
    with staff_action(app, by) as act:
        draft = store.get_draft(act.session, draft_id)
        if not may(draft.status, DraftEvent.EDIT):
            raise StaffError(f"draft #{draft_id} is {draft.status}; only a pending draft can be edited")
        found = [a for a in store.draft_attachments(act.session, draft.id) if a.filename == filename]
        if not found:
            names = ", ".join(a.filename for a in store.draft_attachments(act.session, draft.id)) or "none"
            raise StaffError(f"--attachment: draft #{draft_id} has no attachment {filename!r} (has: {names})")
        if found[0].mime_type == "application/json":
            # A redaction that breaks the JSON would send the customer a file they cannot open.
            try:
                json.loads(content)
            except ValueError as exc:
                raise StaffError(f"{filename}: not valid JSON any more ({exc})") from None
        found[0].content = content
        act.session.add(found[0])
        act.record(EventName.ATTACHMENT_EDITED, case_id=draft.case_id, draft_id=draft.id, filename=filename)
        return draft


def _replaceable(draft: store.Draft, verb: str) -> None:
    if draft.superseded_by is not None:
        raise StaffError(f"draft #{draft.id} was already replaced by draft #{draft.superseded_by}")
    if draft.status not in (DraftStatus.REJECTED, DraftStatus.FAILED):
        raise StaffError(f"draft #{draft.id} is {draft.status}; only a rejected or failed draft can be {verb}d "
                         "(reject it first, or edit it while it is pending)")
