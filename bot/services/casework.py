"""Casework: move a case along its workflows, and the staff actions that feed it.

`advance` reads what the store knows, asks `bot.core.planning.plan` what comes next, and does it:
drafts are rendered and stored, tasks raised. It runs after every happening on a case (opened,
reply sent, task done, decision, identity confirmed, followup) in the caller's transaction.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import date, datetime

from sqlmodel import Session

from bot.adapters import store
from bot.core.deadlines import extended_due_date, suspended_due_date
from bot.core.errors import BotError
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.planning import AckFacts, Action, StepProgress, ack_skip_reason, is_recent, outcome, plan, recipient
from bot.core.rights import INTENTS
from bot.core.states import CaseEvent, DraftStatus, Status, TaskEvent, TaskStatus, task_transition, transition
from bot.core.workflows import TASKS
from bot.services import autoreplies, purge
from bot.services.case_rows import CaseRows, Opened, Stored
from bot.services.drafts import EXTENSION_STEP
from bot.services.knowledge import Knowledge, customer_for, look_up
from bot.services.letters import draft_step, parts_of

log = logging.getLogger(__name__)

# Tasks the bot does itself when they are raised: it keeps the suppression list.
BOT_TASKS = frozenset({"add-to-suppression-list"})
# Re-exported for the services that used to find them here.
__all__ = ["Knowledge", "customer_for", "look_up"]


def _progress(rows: CaseRows) -> dict:
    progress: dict = {}
    for draft in rows.drafts():
        if draft.superseded_by is not None:
            continue  # its steps are answered by the draft that took its place
        for part in parts_of(draft):
            key = (part.scope, part.step)
            progress[key] = StepProgress(draft=draft.status, tasks=progress.get(key, StepProgress()).tasks)
    for mark in rows.marks():
        key = (mark.scope, mark.step)
        progress[key] = StepProgress(draft=mark.state, tasks=progress.get(key, StepProgress()).tasks)
    for task in rows.tasks():
        for key in store.task_keys(task):
            prev = progress.get(key, StepProgress())
            progress[key] = StepProgress(draft=prev.draft, tasks=prev.tasks + (task.status == TaskStatus.DONE,))
    return progress


def current_plan(app, session: Session, case: store.Case, knowledge: Knowledge, rows: CaseRows | None = None):
    intents = [i for i in INTENTS if i in case.intents]
    return plan(app.workflows, intents, knowledge.facts, _progress(rows or Stored(session, case.id)))


# --- the walk -----------------------------------------------------------------------------------


def on_case_opened(app, session: Session, case: store.Case, mail: store.Mail, *, no_auto_reply: bool,
                   now: datetime) -> int:
    """A new case, opened by `mail` in this transaction: skip the acknowledgement when it must not go,
    then take the first steps. The case's rows are handed along as they are made (`case_rows.Opened`)."""
    rows = Opened(mail)
    customer = customer_for(app, case.requester)
    if customer is not None and customer.email.lower() == case.requester and not case.sender_doubts:
        # The address on record: the request is verified by it (EDPB 01/2022 §72-73), unless DMARC
        # failed or the From header reads two ways (bot.core.mail.sender): then the identity step.
        case.customer_email = case.requester
        session.add(case)
    reason = ack_skip_reason(AckFacts(triage=case.needs_triage,
                                      recent=is_recent(store.aware(case.received_at), now,
                                                       app.settings.ack_max_age_days),
                                      no_auto_reply=no_auto_reply))
    if reason:
        mark = store.StepMark(case_id=case.id, scope="*", step="acknowledge", reason=reason)
        session.add(mark)
        rows.add(mark)
        store.record_event(session, EventName.ACK_SKIPPED, SYSTEM_ACTOR, now, case_id=case.id, step="acknowledge",
                           reason=reason)
        session.flush()
    if case.status == Status.TRIAGE:
        return 0
    # The requester's address was just looked up: the walk starts from that answer.
    return advance(app, session, case, now, look_up(app, session, case, app.today(now), customer, rows=rows), rows)


def advance(app, session: Session, case: store.Case, now: datetime, knowledge: Knowledge | None = None,
            rows: CaseRows | None = None) -> int:
    """Do what the plan says can be done now; returns the number of drafts created. `rows`: the
    case's rows in hand, for a case opened in this transaction (`on_case_opened`); else read."""
    if case.status in (Status.TRIAGE, Status.CLOSED):
        return 0
    drafts = 0
    # One look at the register serves every plan of this pass and every mail it drafts: a pass
    # raises tasks and drafts mail, which change no fact.
    knowledge = knowledge or look_up(app, session, case, app.today(now))
    rows = rows or Stored(session, case.id)
    # Each round may unblock the next step (a task the bot does itself); stop when nothing changes.
    for _ in range(20):
        current = current_plan(app, session, case, knowledge, rows)
        if not current.todo:
            break
        for action in current.todo:
            if action.kind == "tasks":
                _raise_tasks(app, session, case, action, now, knowledge, rows)
            elif not _held(app, session, case, action, now, rows):
                draft_step(app, session, case, action, now, knowledge, rows)
                drafts += 1
        session.flush()
    else:
        raise BotError(f"{case.ref}: workflow did not settle")
    if current.complete and case.status == Status.OPEN and _last_word_is_ours(rows):
        _finish(session, case, now)
    return drafts


def _held(app, session: Session, case: store.Case, action: Action, now: datetime, rows: CaseRows) -> bool:
    """An automatic reply the daily limit or a mail loop holds back: the step is marked skipped with
    the reason (its tasks, such as verifying the identity, still wait for staff). A loop found now
    is flagged for staff."""
    to = recipient(action.template, case.requester, case.customer_email, case.identity_confirmed)
    hold = autoreplies.drafting_hold(app, session, action.template, action.auto, to or case.requester, now,
                                     case=case, rows=rows)
    if hold is None:
        return False
    if hold.new_loop:
        raise_task(session, case, "*", "loop", autoreplies.LOOP_TASK, now, rows=rows)
        store.record_event(session, EventName.LOOP_DETECTED, SYSTEM_ACTOR, now, case_id=case.id)
        log.warning("loop_detected case=%d", case.id)
    scope, step = action.key
    mark = store.StepMark(case_id=case.id, scope=scope, step=step, reason=hold.reason)
    session.add(mark)
    rows.add(mark)
    store.record_event(session, EventName.STEP_SKIPPED, SYSTEM_ACTOR, now, case_id=case.id, step=step,
                       reason=hold.reason, template=action.template)
    session.flush()
    return True


def _last_word_is_ours(rows: CaseRows) -> bool:
    """A customer's mail that came after our last reply keeps the case open until staff act on it."""
    last_in = max((store.aware(m.received_at) for m in rows.mails() if m.direction == "in" and m.received_at),
                  default=None)
    last_out = max((store.aware(d.sent_at) for d in rows.drafts() if d.sent_at), default=None)
    return last_in is None or (last_out is not None and last_out >= last_in)


def case_transition(session: Session, case: store.Case, event: CaseEvent, actor: str, now: datetime) -> None:
    """Move a case through `bot.core.states.TRANSITIONS`, with the audit event in the same transaction."""
    before = case.status
    case.status = transition(case.status, event).value
    # CASE_RETENTION_DAYS count from the closing; a reopened case starts over when it closes again.
    if case.status == Status.CLOSED and before != Status.CLOSED:
        case.closed_at = store.utc(now)
    elif case.status != Status.CLOSED:
        case.closed_at = None
    session.add(case)
    store.record_event(session, EventName.CASE_STATUS_CHANGED, actor, now, case_id=case.id, before=before,
                       after=case.status, cause=event.value)


def _finish(session: Session, case: store.Case, now: datetime) -> None:
    sent = [p.template for d in store.case_drafts(session, case.id) if d.status == DraftStatus.SENT
            for p in parts_of(d)]
    decisions = {d.right: d.decision for d in store.case_decisions(session, case.id)}
    case.outcome = outcome(sent, decisions)
    case_transition(session, case, CaseEvent.FINAL_REPLY_SENT, SYSTEM_ACTOR, now)
    store.record_event(session, EventName.CASE_ANSWERED, SYSTEM_ACTOR, now, case_id=case.id, outcome=case.outcome)
    # Art. 17: an answered erasure takes the bot's own copies of the requester's earlier mail with it.
    purge.after_erasure(session, case, now)


def raise_task(session: Session, case: store.Case, scope: str, step: str, task_id: str,
               now: datetime, detail: str = "", rows: CaseRows | None = None) -> store.Task:
    task = store.Task(case_id=case.id, scope=scope, step=step, task=task_id, title=TASKS[task_id].title,
                      detail=detail, serves=f"{scope}:{step}", created_at=store.utc(now))
    session.add(task)
    session.flush()
    if rows is not None:
        rows.add(task)
    store.record_event(session, EventName.TASK_RAISED, SYSTEM_ACTOR, now, case_id=case.id, task_id=task.id,
                       task=task_id, scope=scope)
    return task


def _raise_tasks(app, session: Session, case: store.Case, action: Action, now: datetime,
                 knowledge: Knowledge, rows: CaseRows) -> None:
    scope, step = action.key
    existing = rows.tasks()
    for task_id in action.tasks:
        shared = next((t for t in existing if t.task == task_id
                       and (t.status == TaskStatus.OPEN or TASKS[task_id].shared_when_done)), None)
        if shared is not None:
            # The same work for another right of the case: one task does it for both.
            keys = store.task_keys(shared)
            if (scope, step) not in keys:
                shared.serves = " ".join(f"{s}:{p}" for s, p in [*keys, (scope, step)])
                session.add(shared)
            continue
        task = raise_task(session, case, scope, step, task_id, now, _task_detail(app, task_id, knowledge), rows)
        if task_id in BOT_TASKS:
            count = _suppress(session, case, now, knowledge)
            mark_done(session, task, SYSTEM_ACTOR, now, f"suppressed (hashed): the e-mail address and {count} phone "
                      f"number(s)")


def _task_detail(app, task_id: str, knowledge: Knowledge) -> str:
    """What this case's task is about: the channels to stop, the recipients to tell (by name)."""
    if task_id in ("remove-from-phone-marketing", "add-to-suppression-list"):
        return "channels: " + ", ".join(knowledge.channels) + (
            "; phone numbers: " + ", ".join(knowledge.phones) if knowledge.phones else "")
    roles = {"notify-recipients-art19": None, "remove-from-marketing-partners": {"marketing"}}
    if task_id in roles:
        wanted = roles[task_id]
        named = [f"{r.name} ({r.role})" for r in app.recipients if r.name and (wanted is None or r.role in wanted)]
        unnamed = sorted({r.role for r in app.recipients if not r.name and (wanted is None or r.role in wanted)})
        return "; ".join(filter(None, ["tell: " + ", ".join(named) if named else "",
                                       "not named in workflows/recipients.toml: " + ", ".join(unnamed)
                                       if unnamed else ""]))
    return ""


def _suppress(session: Session, case: store.Case, now: datetime, knowledge: Knowledge) -> int:
    """Art. 21(3): the address, the address on record and every known phone number never get marketing again."""
    entries = [("email", a) for a in dict.fromkeys(filter(None, [case.requester, case.customer_email]))]
    entries += [("phone", n) for n in knowledge.phones]
    for channel, value in entries:
        digest = suppression_hash(value)
        if session.get(store.Suppression, digest) is None:
            session.add(store.Suppression(address_sha256=digest, channel=channel, case_id=case.id,
                                          added_at=store.utc(now)))
            store.record_event(session, EventName.ADDRESS_SUPPRESSED, SYSTEM_ACTOR, now, case_id=case.id,
                               channel=channel)
    return len(knowledge.phones)


def suppression_hash(value: str) -> str:
    """SHA-256 of a lower-cased address or of a phone number in E.164."""
    return hashlib.sha256(value.strip().lower().encode("utf-8")).hexdigest()


def is_suppressed(session: Session, address_or_phone: str) -> bool:
    return session.get(store.Suppression, suppression_hash(address_or_phone)) is not None


def mark_done(session: Session, task: store.Task, by: str, now: datetime, note: str | None) -> None:
    task.status = task_transition(task.status, TaskEvent.COMPLETE).value
    task.done_by, task.done_at, task.note = by, store.utc(now), note
    session.add(task)
    store.record_event(session, EventName.TASK_DONE, by, now, case_id=task.case_id, task_id=task.id, task=task.task)


def on_draft_sent(app, session: Session, draft: store.Draft, now: datetime) -> None:
    """A reply went out: an identity request starts the wait for details; then the walk goes on."""
    case = session.get(store.Case, draft.case_id)
    verified = case.identity_confirmed or case.customer_email is not None
    if draft.step == EXTENSION_STEP:
        # Art. 12(3): the extension holds once the requester has been told, with the reasons.
        case.extended_due_date = case.extended_due_date or extended_due(app, case)
        session.add(case)
        store.record_event(session, EventName.DEADLINE_EXTENDED, SYSTEM_ACTOR, now, case_id=case.id,
                           extended_due_date=case.extended_due_date.isoformat())
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


def extension_months(app, case: store.Case) -> int:
    """Art. 12(3): the further months this case's workflows allow (0: none)."""
    return max((app.workflows[r].deadline.extension_months for r in case.intents if r in app.workflows), default=0)


def extended_due(app, case: store.Case) -> date:
    """The due date once extended: 1 + the workflows' extension months from the same receipt day."""
    return extended_due_date(store.aware(case.received_at), tz=app.settings.timezone, calendar=app.calendar,
                             months=1 + extension_months(app, case))


def suspended_due(app, case: store.Case, notice_sent: bool = False) -> date | None:
    """EDPB 01/2022 §159: the due date with the identity wait added, when it applies (shown beside the legal one).
    The extended period counts only once its notice was sent (Art. 12(3))."""
    if not case.id_requested_at or not case.id_received_at or case.id_received_at < case.id_requested_at:
        return None
    months = 1 + extension_months(app, case) if notice_sent and case.extended_due_date else 1
    return suspended_due_date(store.aware(case.received_at), store.aware(case.id_requested_at),
                              store.aware(case.id_received_at), tz=app.settings.timezone, calendar=app.calendar,
                              months=months)


