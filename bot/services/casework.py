"""Casework: move a case along its workflows, and the staff actions that feed it.

`advance` reads what the store knows, asks `bot.core.planning.plan` what comes next, and does it:
drafts are rendered and stored, tasks raised. It runs after every happening on a case (opened,
reply sent, task done, decision, identity confirmed, followup) in the caller's transaction.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from bot.adapters import store
from bot.core.customers import Customer, CustomerData
from bot.core.deadlines import suspended_due_date
from bot.core.errors import AmbiguousCustomer, BotError
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.export import access_export, portability_export
from bot.core.mail.build import Attachment
from bot.core.planning import (
    NO_PERSONAL_DATA_TEMPLATES,
    AckFacts,
    Action,
    StepProgress,
    ack_skip_reason,
    is_recent,
    outcome,
    plan,
    recipient,
)
from bot.core.retention import holds_for
from bot.core.rights import INTENTS
from bot.core.states import CaseEvent, DraftStatus, Status, TaskEvent, TaskStatus, task_transition, transition
from bot.core.workflows import TASKS, CaseFacts
from bot.services.drafts import create_draft

log = logging.getLogger(__name__)

# Tasks the bot does itself when they are raised: it keeps the suppression list.
BOT_TASKS = frozenset({"add-to-suppression-list"})
# Erased data categories (templates/README.md `erased` keys). Order and invoices stay while a hold runs.
ERASED_ALWAYS = ("account", "contact_history", "newsletter", "analytics", "marketing")
ERASED_WITHOUT_HOLD = ("contact_details", "order_history")


# --- facts --------------------------------------------------------------------------------------


def customer_for(app, email: str | None):
    """The customer record for an address. A register that cannot answer raises: being down must
    never read as "not a customer" (that would draft an identity request or a no-data letter)."""
    if not email or app.register is None:
        return None
    try:
        return app.register.find_by_email(email)
    except AmbiguousCustomer:
        # Two records for one address: staff must match by hand; the requester counts as unverified.
        return None


@dataclass(frozen=True)
class Knowledge:
    """What the register and the case's record say about a case: looked up once per case and pass,
    then used by the plan and by every mail the pass drafts."""

    customer: Customer | None  # the record for the address on record, else for the requester's address
    data: CustomerData | None  # everything held about that customer
    decisions: dict[str, store.Decision]  # staff's decision on each right decided so far
    facts: dict[str, CaseFacts]  # the workflow facts of each right

    def on_record(self, case: store.Case) -> CustomerData | None:
        """The data held about the customer at the address on record; None until that address is known."""
        return self.data if case.customer_email else None


_UNKNOWN = object()


def look_up(app, session: Session, case: store.Case, today: date, customer=_UNKNOWN) -> Knowledge:
    """Ask the register about the case's customer (unless `customer` was just looked up) and read its decisions."""
    if customer is _UNKNOWN:
        customer = customer_for(app, case.customer_email or case.requester)
    on_record = customer is not None and customer.email.lower() == case.requester
    data = app.register.data_for(customer.id) if customer is not None else None
    holds = tuple(holds_for(data.order_dates, app.retention.classes, app.retention.financial_year_end, today)
                  ) if data is not None else ()
    decisions = {d.right: d for d in store.case_decisions(session, case.id)}
    facts = {
        right: CaseFacts(sender_on_record=on_record, identity_confirmed=case.identity_confirmed,
                         holds_data=customer is not None, retention_holds=holds,
                         decision=decisions[right].decision if right in decisions else None,
                         marked_repeat=case.marked_repeat)
        for right in case.intents
    }
    return Knowledge(customer, data, decisions, facts)


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
        progress[key] = StepProgress(draft=prev.draft, tasks=prev.tasks + (task.status == TaskStatus.DONE,))
    return progress


def current_plan(app, session: Session, case: store.Case, knowledge: Knowledge):
    intents = [i for i in INTENTS if i in case.intents]
    return plan(app.workflows, intents, knowledge.facts, _progress(session, case.id))


# --- the walk -----------------------------------------------------------------------------------


def on_case_opened(app, session: Session, case: store.Case, *, no_auto_reply: bool, now: datetime) -> int:
    """A new case: skip the acknowledgement when it must not go, then take the first steps."""
    customer = customer_for(app, case.requester)
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
    # The requester's address was just looked up: the walk starts from that answer.
    return advance(app, session, case, now, look_up(app, session, case, app.today(now), customer))


def advance(app, session: Session, case: store.Case, now: datetime, knowledge: Knowledge | None = None) -> int:
    """Do what the plan says can be done now; returns the number of drafts created."""
    if case.status in (Status.TRIAGE, Status.CLOSED):
        return 0
    drafts = 0
    # One look at the register serves every plan of this pass and every mail it drafts: a pass
    # raises tasks and drafts mail, which change no fact.
    knowledge = knowledge or look_up(app, session, case, app.today(now))
    # Each round may unblock the next step (a task the bot does itself); stop when nothing changes.
    for _ in range(20):
        current = current_plan(app, session, case, knowledge)
        if not current.todo:
            break
        for action in current.todo:
            if action.kind == "tasks":
                _raise_tasks(app, session, case, action, now)
            else:
                _draft_step(app, session, case, action, now, knowledge)
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
    sent = [d.template for d in store.case_drafts(session, case.id) if d.status == DraftStatus.SENT]
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
            mark_done(session, task, SYSTEM_ACTOR, now, "address added to the suppression list (hashed)")


def _suppress(session: Session, case: store.Case, now: datetime) -> None:
    digest = suppression_hash(case.requester)
    if session.get(store.Suppression, digest) is None:
        session.add(store.Suppression(address_sha256=digest, case_id=case.id, added_at=store.utc(now)))
        store.record_event(session, EventName.ADDRESS_SUPPRESSED, SYSTEM_ACTOR, now, case_id=case.id)


def suppression_hash(address: str) -> str:
    return hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()


def is_suppressed(session: Session, address: str) -> bool:
    return session.get(store.Suppression, suppression_hash(address)) is not None


def mark_done(session: Session, task: store.Task, by: str, now: datetime, note: str | None) -> None:
    task.status = task_transition(task.status, TaskEvent.COMPLETE).value
    task.done_by, task.done_at, task.note = by, store.utc(now), note
    session.add(task)
    store.record_event(session, EventName.TASK_DONE, by, now, case_id=task.case_id, task_id=task.id, task=task.task)


def _draft_step(app, session: Session, case: store.Case, action: Action, now: datetime,
                knowledge: Knowledge) -> store.Draft:
    to = recipient(action.template, case.requester, case.customer_email, case.identity_confirmed)
    if to is None:
        # The plan only offers data-bearing mail once the requester is verified; this is a guard.
        raise BotError(f"{case.ref}: no verified address for {action.template}")
    extra, attachments = _step_context(session, case, action, knowledge)
    scope, step = action.key
    draft = create_draft(app, session, case, step=step, scope=scope, template=action.template, now=now,
                         extra=extra, auto=action.auto, to=to,
                         personal_data=action.template not in NO_PERSONAL_DATA_TEMPLATES)
    for item in attachments:
        session.add(store.DraftAttachment(draft_id=draft.id, filename=item.filename, mime_type=item.mime_type,
                                          content=item.content))
    return draft


def _step_context(session: Session, case: store.Case, action: Action, knowledge: Knowledge):
    """The template variables a step's mail needs beyond the common ones (templates/README.md)."""
    template, right = action.template, action.right
    extra: dict = {}
    attachments: list[Attachment] = []
    right_facts = knowledge.facts.get(right, CaseFacts())
    decision = knowledge.decisions.get(right)
    if template in ("customer/access-reply", "customer/portability-reply"):
        data = knowledge.on_record(case)
        extra["holds_data"] = data is not None
        if data is not None:
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
    """Move on the cases marked `needs_advance`: a reply went out but the step after it failed
    (sending.py). Cases nothing happened to are not touched. Returns the cases that failed again."""
    now = app.clock.now()
    with app.store.session() as session:
        ids = store.cases_needing_advance(session)
    failed = 0
    for case_id in ids:
        try:
            with app.store.session() as session:
                case = session.get(store.Case, case_id)
                advance(app, session, case, now)
                case.needs_advance = False
                session.add(case)
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


