"""Casework: move a case along its workflows, and the staff actions that feed it.

`advance` reads what the store knows, asks `bot.core.planning.plan` what comes next, and does it:
drafts are rendered and stored, tasks raised. It runs after every happening on a case (opened,
reply sent, task done, decision, identity confirmed, followup) in the caller's transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import date, datetime

from sqlmodel import Session

from bot.adapters import store
from bot.core.states import CaseEvent, Outcome, Status, transition
from bot.core.deadlines import extended_due_date, may_extend, suspended_due_date
from bot.core.planning import (NO_PERSONAL_DATA_TEMPLATES, AckFacts, Action, StepProgress, ack_skip_reason, is_recent,
                          outcome, plan, recipient)
from bot.services.drafts import create_draft, withdraw
from bot.core.retention import holds_for
from bot.core.errors import AmbiguousCustomer, BotError, NotFound, StaffError
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.export import access_export, portability_export
from bot.core.mail.build import Attachment
from bot.services.staff import require_reason, require_staff
from bot.core.workflows import INTENTS, TASKS, CaseFacts

log = logging.getLogger(__name__)

# Tasks the bot does itself when they are raised: it keeps the suppression list.
BOT_TASKS = frozenset({"add-to-suppression-list"})
# Erased data categories (templates/README.md `erased` keys). Order and invoices stay while a hold runs.
ERASED_ALWAYS = ("account", "contact_history", "newsletter", "analytics", "marketing")
ERASED_WITHOUT_HOLD = ("contact_details", "order_history")


# --- facts --------------------------------------------------------------------------------------


def _customer(app, email: str | None):
    """The customer record for an address. A register that cannot answer raises: being down must
    never read as "not a customer" (that would draft an identity request or a no-data letter)."""
    if not email or app.register is None:
        return None
    try:
        return app.register.find_by_email(email)
    except AmbiguousCustomer:
        # Two records for one address: staff must match by hand; the requester counts as unverified.
        return None


def facts_for(app, session: Session, case: store.Case, today: date) -> dict[str, CaseFacts]:
    """The workflow facts of each right of the case, from the register and the case's record."""
    customer = _customer(app, case.customer_email or case.requester)
    on_record = customer is not None and customer.email.lower() == case.requester
    holds: tuple = ()
    if customer is not None:
        data = app.register.data_for(customer.id)
        holds = tuple(holds_for(data.order_dates, app.retention.classes, app.retention.financial_year_end, today))
    decisions = {d.right: d.decision for d in store.case_decisions(session, case.id)}
    return {
        right: CaseFacts(sender_on_record=on_record, identity_confirmed=case.identity_confirmed,
                         holds_data=customer is not None, retention_holds=holds, decision=decisions.get(right),
                         marked_repeat=case.marked_repeat)
        for right in case.intents
    }


def _progress(session: Session, case_id: int) -> dict:
    progress: dict = {}
    for draft in store.case_drafts(session, case_id):
        key = (draft.scope, draft.step)
        progress[key] = StepProgress(draft=draft.status, tasks=progress.get(key, StepProgress()).tasks)
    for mark in store.case_marks(session, case_id):
        key = (mark.scope, mark.step)
        progress[key] = StepProgress(draft=mark.state, tasks=progress.get(key, StepProgress()).tasks)
    for task in store.case_tasks(session, case_id):
        key = (task.scope, task.step)
        prev = progress.get(key, StepProgress())
        progress[key] = StepProgress(draft=prev.draft, tasks=prev.tasks + (task.status == "done",))
    return progress


def current_plan(app, session: Session, case: store.Case, now: datetime,
                 facts: dict[str, CaseFacts] | None = None):
    if facts is None:
        facts = facts_for(app, session, case, now.astimezone(app.settings.timezone).date())
    intents = [i for i in INTENTS if i in case.intents]
    return plan(app.workflows, intents, facts, _progress(session, case.id))


# --- the walk -----------------------------------------------------------------------------------


def on_case_opened(app, session: Session, case: store.Case, *, no_auto_reply: bool, now: datetime) -> int:
    """A new case: skip the acknowledgement when it must not go, then take the first steps."""
    customer = _customer(app, case.requester)
    if customer is not None and customer.email.lower() == case.requester:
        # The address on record: the request is verified by it (EDPB 01/2022 §72-73).
        case.customer_email = case.requester
        session.add(case)
    reason = ack_skip_reason(AckFacts(triage=case.needs_triage,
                                      recent=is_recent(store.aware(case.received_at), now,
                                                       app.settings.ack_max_age_days),
                                      no_auto_reply=no_auto_reply))
    if reason:
        session.add(store.StepMark(case_id=case.id, scope="*", step="acknowledge", reason=reason))
        store.record_event(session, EventName.ACK_SKIPPED, SYSTEM_ACTOR, now, case_id=case.id, step="acknowledge",
                           reason=reason)
        session.flush()
    if case.status == Status.TRIAGE:
        return 0
    return advance(app, session, case, now)


def advance(app, session: Session, case: store.Case, now: datetime) -> int:
    """Do what the plan says can be done now; returns the number of drafts created."""
    if case.status in (Status.TRIAGE, Status.CLOSED):
        return 0
    drafts = 0
    # Each pass may unblock the next step (a task the bot does itself); stop when nothing changes.
    for _ in range(20):
        # One register lookup per pass serves the plan and every draft it makes.
        facts = facts_for(app, session, case, now.astimezone(app.settings.timezone).date())
        current = current_plan(app, session, case, now, facts)
        if not current.todo:
            break
        for action in current.todo:
            if action.kind == "tasks":
                _raise_tasks(app, session, case, action, now)
            else:
                _draft_step(app, session, case, action, now, facts)
                drafts += 1
        session.flush()
    else:
        raise BotError(f"{case.ref}: workflow did not settle")
    if current.complete and case.status == Status.OPEN and _last_word_is_ours(session, case):
        _finish(session, case, now)
    return drafts


def _last_word_is_ours(session: Session, case: store.Case) -> bool:
    """A customer's mail that came after our last reply keeps the case open until staff act on it."""
    last_in = max((store.aware(m.received_at) for m in store.case_mails(session, case.id)
                   if m.direction == "in" and m.received_at), default=None)
    last_out = max((store.aware(d.sent_at) for d in store.case_drafts(session, case.id) if d.sent_at), default=None)
    return last_in is None or (last_out is not None and last_out >= last_in)


def case_transition(session: Session, case: store.Case, event: CaseEvent, actor: str, now: datetime) -> None:
    """Move a case through `bot.core.states.TRANSITIONS`, with the audit event in the same transaction."""
    before = case.status
    case.status = transition(case.status, event).value
    session.add(case)
    store.record_event(session, EventName.CASE_STATUS_CHANGED, actor, now, case_id=case.id, before=before,
                       after=case.status, cause=event.value)


def _finish(session: Session, case: store.Case, now: datetime) -> None:
    sent = [d.template for d in store.case_drafts(session, case.id) if d.status == "sent"]
    decisions = {d.right: d.decision for d in store.case_decisions(session, case.id)}
    case.outcome = outcome(sent, decisions)
    case_transition(session, case, CaseEvent.FINAL_REPLY_SENT, SYSTEM_ACTOR, now)
    store.record_event(session, EventName.CASE_ANSWERED, SYSTEM_ACTOR, now, case_id=case.id, outcome=case.outcome)


def raise_task(session: Session, case: store.Case, scope: str, step: str, task_id: str,
               now: datetime) -> store.Task:
    task = store.Task(case_id=case.id, scope=scope, step=step, task=task_id, title=TASKS[task_id].title,
                      created_at=store.utc(now))
    session.add(task)
    session.flush()
    store.record_event(session, EventName.TASK_RAISED, SYSTEM_ACTOR, now, case_id=case.id, task_id=task.id,
                       task=task_id, scope=scope)
    return task


def _raise_tasks(app, session: Session, case: store.Case, action: Action, now: datetime) -> None:
    scope, step = action.key
    for task_id in action.tasks:
        task = raise_task(session, case, scope, step, task_id, now)
        if task_id in BOT_TASKS:
            _suppress(session, case, now)
            _mark_done(session, task, SYSTEM_ACTOR, now, "address added to the suppression list (hashed)")


def _suppress(session: Session, case: store.Case, now: datetime) -> None:
    digest = suppression_hash(case.requester)
    if session.get(store.Suppression, digest) is None:
        session.add(store.Suppression(address_sha256=digest, case_id=case.id, added_at=store.utc(now)))
        store.record_event(session, EventName.ADDRESS_SUPPRESSED, SYSTEM_ACTOR, now, case_id=case.id)


def suppression_hash(address: str) -> str:
    return hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()


def is_suppressed(session: Session, address: str) -> bool:
    return session.get(store.Suppression, suppression_hash(address)) is not None


def _mark_done(session: Session, task: store.Task, by: str, now: datetime, note: str | None) -> None:
    task.status, task.done_by, task.done_at, task.note = "done", by, store.utc(now), note
    session.add(task)
    store.record_event(session, EventName.TASK_DONE, by, now, case_id=task.case_id, task_id=task.id, task=task.task)


def _draft_step(app, session: Session, case: store.Case, action: Action, now: datetime,
                facts: dict[str, CaseFacts]) -> store.Draft:
    to = recipient(action.template, case.requester, case.customer_email, case.identity_confirmed)
    if to is None:
        # The plan only offers data-bearing mail once the requester is verified; this is a guard.
        raise BotError(f"{case.ref}: no verified address for {action.template}")
    extra, attachments = _step_context(app, session, case, action, facts)
    scope, step = action.key
    draft = create_draft(app, session, case, step=step, scope=scope, template=action.template, now=now,
                         extra=extra, auto=action.auto, to=to,
                         personal_data=action.template not in NO_PERSONAL_DATA_TEMPLATES)
    for item in attachments:
        session.add(store.DraftAttachment(draft_id=draft.id, filename=item.filename, mime_type=item.mime_type,
                                          content=item.content))
    return draft


def _step_context(app, session: Session, case: store.Case, action: Action, facts: dict[str, CaseFacts]):
    """The template variables a step's mail needs beyond the common ones (templates/README.md)."""
    template, right = action.template, action.right
    extra: dict = {}
    attachments: list[Attachment] = []
    right_facts = facts.get(right, CaseFacts())
    decision = next((d for d in store.case_decisions(session, case.id) if d.right == right), None)
    if template in ("customer/access-reply", "customer/portability-reply"):
        customer = _customer(app, case.customer_email)
        extra["holds_data"] = customer is not None
        if customer is not None:
            data = app.register.data_for(customer.id)
            files = access_export(data) if action.attach != "provided_data" else portability_export(data)
            for name, content in files.items():
                mime = "application/json" if name.endswith(".json") else "text/csv"
                attachments.append(Attachment(f"{case.ref}-{name}", content, mime))
        extra["attachments"] = [a.filename for a in attachments]
    elif template in ("customer/erasure-done", "customer/erasure-partial-refusal"):
        holds = right_facts.retention_holds
        extra["erased"] = list(ERASED_ALWAYS) + ([] if holds else list(ERASED_WITHOUT_HOLD))
        extra["holds"] = [{"record_class": h.record_class, "until": h.until, "legal_basis": h.legal_basis}
                          for h in holds]
    elif template == "customer/rectification-done":
        notes = [t.note for t in store.case_tasks(session, case.id)
                 if t.scope == right and t.task == "correct-register-data" and t.note]
        extra["changes"] = notes
    elif template in ("customer/restriction-decision", "customer/objection-decision"):
        extra["granted"] = decision is not None and decision.decision == "granted"
        extra["reasons"] = decision.reasons if decision else ""
    elif template == "customer/refusal":
        extra["reasons"] = (case.repeat_reason if case.marked_repeat else (decision.reasons if decision else "")) or ""
    elif template == "customer/extension-notice":
        extra["reasons"] = case.extension_reason or ""
    return extra, attachments


# --- staff actions ------------------------------------------------------------------------------


def verify(app, ref: str, by: str, customer_email: str | None = None, order: str | None = None,
           name: str | None = None) -> store.Case:
    """Staff confirm the requester's identity, matched to a customer record (or to none)."""
    by = require_staff(app, by)
    now = app.clock.now()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        customer = None
        if order:
            if app.register is None:
                raise StaffError("--order: no customer register is configured (REGISTER_URL)")
            customer = app.register.find_by_order(order, name or case.requester_name)
            if customer is None:
                raise StaffError(f"--order: no customer matches order {order} and that name")
        elif customer_email:
            customer = _customer(app, customer_email)
            if customer is None:
                raise StaffError("--customer: no such address in the customer register")
        case.identity_confirmed, case.identity_confirmed_by = True, by
        # Art. 12(6): data go to the address on record for the matched customer, never elsewhere.
        case.customer_email = customer.email.lower() if customer else None
        case.id_received_at = case.id_received_at or store.utc(now)
        session.add(case)
        store.record_event(session, EventName.IDENTITY_CONFIRMED, by, now, case_id=case.id,
                           matched=customer is not None)
        for task in store.case_tasks(session, case.id):
            if task.task == "verify-identity" and task.status == "open":
                _mark_done(session, task, by, now, "identity confirmed")
        for draft in store.case_drafts(session, case.id):
            if draft.step == "ask_identity" and draft.status in ("pending", "approved", "failed"):
                # The identity request is moot once staff confirmed who wrote.
                withdraw(session, draft, by, "identity confirmed before the request went out", now)
        if case.status == Status.AWAITING_REQUESTER:
            case_transition(session, case, CaseEvent.DETAILS_RECEIVED, by, now)
        advance(app, session, case, now)
        return case


def decide(app, ref: str, right: str, decision: str, reasons: str, by: str) -> store.Case:
    """Record staff's decision on one right, with reasons; refusals need them (Art. 12(4))."""
    by = require_staff(app, by)
    if decision not in ("granted", "refused"):
        raise StaffError("decision: expected granted or refused")
    reasons = require_reason(reasons) if decision == "refused" else (reasons or "").strip()
    now = app.clock.now()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        if right not in case.intents:
            raise StaffError(f"--right: {case.ref} has no {right!r} request (has: {', '.join(case.intents)})")
        if any(d.right == right for d in store.case_decisions(session, case.id)):
            raise StaffError(f"{case.ref}: {right} is already decided")
        session.add(store.Decision(case_id=case.id, right=right, decision=decision, reasons=reasons, decided_by=by,
                                   decided_at=store.utc(now)))
        store.record_event(session, EventName.DECISION_RECORDED, by, now, case_id=case.id, right=right,
                           decision=decision)
        session.flush()
        advance(app, session, case, now)
        return case


def complete_task(app, task_id: int, by: str, note: str | None = None) -> store.Task:
    by = require_staff(app, by)
    now = app.clock.now()
    with app.store.session() as session:
        task = store.get_task(session, task_id)
        if task.status == "done":
            raise StaffError(f"task {task_id} is already done")
        if task.task == "verify-identity":
            raise StaffError("verify-identity: use `rightsbot verify REF` so the match is recorded")
        if task.task == "correct-register-data" and not (note or "").strip():
            # The confirmation tells the customer what was corrected; staff write it here.
            raise StaffError("--note: say what was corrected (it is quoted in the reply)")
        _mark_done(session, task, by, now, (note or "").strip() or None)
        case = session.get(store.Case, task.case_id)
        session.flush()
        advance(app, session, case, now)
        return task


def mark_repeat(app, ref: str, reason: str, by: str) -> store.Case:
    """Art. 12(5): staff mark a request manifestly unfounded or excessive; the reasons are kept."""
    by = require_staff(app, by)
    reason = require_reason(reason)
    now = app.clock.now()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        case.marked_repeat, case.repeat_reason = True, reason
        session.add(case)
        store.record_event(session, EventName.MARKED_REPEAT, by, now, case_id=case.id)
        advance(app, session, case, now)
        return case


def extend(app, ref: str, reason: str, by: str) -> store.Case:
    """Art. 12(3): extend by two months, only while the first month runs, and tell the requester why."""
    by = require_staff(app, by)
    reason = require_reason(reason)
    now = app.clock.now()
    today = now.astimezone(app.settings.timezone).date()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        received = store.aware(case.received_at)
        months = [app.workflows[r].deadline.extension_months for r in case.intents if r in app.workflows]
        if not months or max(months) == 0:
            raise StaffError(f"{case.ref}: these rights allow no extension (workflows: extension_months = 0)")
        if case.extended_due_date:
            raise StaffError(f"{case.ref}: already extended to {case.extended_due_date}")
        if not may_extend(received, today, tz=app.settings.timezone, calendar=app.calendar):
            raise StaffError(f"{case.ref}: the first month ended on {case.due_date}; an extension is no longer allowed")
        case.extended_due_date = extended_due_date(received, tz=app.settings.timezone, calendar=app.calendar,
                                                   months=1 + max(months))
        case.extension_reason = reason
        session.add(case)
        store.record_event(session, EventName.DEADLINE_EXTENDED, by, now, case_id=case.id,
                           extended_due_date=case.extended_due_date.isoformat())
        template = next((app.workflows[r].staff_actions.extend for r in case.intents
                         if app.workflows[r].staff_actions.extend), None)
        if template is None:
            raise StaffError(f"{case.ref}: no workflow of this case names an extension notice ([staff_actions] extend)")
        create_draft(app, session, case, step="extension", scope="*", template=template, now=now,
                     extra={"reasons": reason}, to=case.requester, personal_data=False)
        return case


def triage(app, ref: str, intents: list[str], language: str | None, by: str) -> store.Case:
    """A person has read the mail: set the rights asked (and language), and the walk starts."""
    by = require_staff(app, by)
    unknown = [i for i in intents if i not in INTENTS]
    if unknown or not intents:
        raise StaffError(f"--intents: expected some of {', '.join(INTENTS)}")
    if language and language not in ("fi", "sv", "en", "other"):
        raise StaffError("--language: expected fi, sv, en or other")
    now = app.clock.now()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        case.intents_json = json.dumps(sorted(set(intents)))
        if language:
            case.language = language
        case.needs_triage = False
        if is_recent(store.aware(case.received_at), now, app.settings.ack_max_age_days):
            # The acknowledgement waited only for a person to read the mail; it may go now.
            for mark in store.case_marks(session, case.id):
                if mark.step == "acknowledge" and mark.reason == "triage":
                    session.delete(mark)
            session.flush()
        case_transition(session, case, CaseEvent.TRIAGED, by, now)
        store.record_event(session, EventName.CASE_TRIAGED, by, now, case_id=case.id, intents=sorted(set(intents)))
        advance(app, session, case, now)
        return case


def close(app, ref: str, reason: str, by: str, outcome: str | None = None) -> store.Case:
    """Staff close a case (withdrawn, or a followup that needs no reply); unsent drafts are withdrawn."""
    by = require_staff(app, by)
    reason = require_reason(reason)
    if outcome is not None and outcome not in {o.value for o in Outcome}:
        raise StaffError(f"--outcome: expected one of {', '.join(o.value for o in Outcome)}")
    now = app.clock.now()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        case_transition(session, case, CaseEvent.CLOSED, by, now)
        if outcome:
            case.outcome = outcome
        for draft in store.case_drafts(session, case.id):
            if draft.status in ("pending", "approved", "failed"):
                withdraw(session, draft, by, "case closed", now)
        store.record_event(session, EventName.CASE_CLOSED, by, now, case_id=case.id, reason=reason,
                           outcome=case.outcome)
        return case


def on_draft_sent(app, session: Session, draft: store.Draft, now: datetime) -> None:
    """A reply went out: an identity request starts the wait for details; then the walk goes on."""
    case = session.get(store.Case, draft.case_id)
    verified = case.identity_confirmed or case.customer_email is not None
    if draft.step == "ask_identity" and case.status == Status.OPEN and not verified:
        case.id_requested_at = case.id_requested_at or store.utc(now)
        case_transition(session, case, CaseEvent.DETAILS_REQUESTED, SYSTEM_ACTOR, now)
        return
    advance(app, session, case, now)


def sweep(app) -> int:
    """Move every open case on (e.g. after a send whose follow-up step failed). Returns cases that failed."""
    now = app.clock.now()
    with app.store.session() as session:
        ids = [c.id for c in store.list_cases(session) if c.status == Status.OPEN]
    failed = 0
    for case_id in ids:
        try:
            with app.store.session() as session:
                advance(app, session, session.get(store.Case, case_id), now)
        except Exception as exc:
            failed += 1
            log.warning("case_not_moved case=%d error=%s", case_id, type(exc).__name__)
    return failed


def suspended_due(app, case: store.Case) -> date | None:
    """EDPB 01/2022 §159: the due date with the identity wait added, when it applies (shown beside the legal one)."""
    if not case.id_requested_at or not case.id_received_at or case.id_received_at < case.id_requested_at:
        return None
    months = 3 if case.extended_due_date else 1
    return suspended_due_date(store.aware(case.received_at), store.aware(case.id_requested_at),
                              store.aware(case.id_received_at), tz=app.settings.timezone, calendar=app.calendar,
                              months=months)


__all__ = ["advance", "close", "complete_task", "decide", "extend", "mark_repeat", "on_case_opened", "on_draft_sent",
           "sweep", "triage", "verify", "suspended_due", "NotFound", "StaffError"]
