"""What staff do to a case: confirm identity, decide, finish tasks, extend, mark a repeat, triage, close.

Each action opens with `bot.services.staff.staff_action` (staff check, clock, transaction, case),
records its audit event with the staff member as actor, and then lets the case move on
(`bot.services.casework.advance`) in the same transaction.
"""

from __future__ import annotations

import json

from bot.adapters import store
from bot.core.errors import StaffError
from bot.core.events import EventName
from bot.core.planning import is_recent
from bot.core.rights import ABSOLUTE_RIGHTS, CASE_LANGUAGES, INTENTS
from bot.core.states import DRAFTS_WAITING, CaseEvent, DraftStatus, Outcome, Status, TaskStatus
from bot.services.casework import advance, case_transition, customer_for, extended_due, extension_months, mark_done
from bot.services.drafts import EXTENSION_STEP, create_draft, extension_late, withdraw
from bot.services.staff import require_reason, staff_action


def verify(app, ref: str, by: str, customer_email: str | None = None, order: str | None = None,
           name: str | None = None) -> store.Case:
    """Staff confirm the requester's identity, matched to a customer record (or to none)."""
    with staff_action(app, by, ref) as act:
        case, session, now = act.case, act.session, act.now
        customer = None
        if order:
            if app.register is None:
                raise StaffError("--order: no customer register is configured (REGISTER_URL)")
            customer = app.register.find_by_order(order, name or case.requester_name)
            if customer is None:
                raise StaffError(f"--order: no customer matches order {order} and that name")
        elif customer_email:
            customer = customer_for(app, customer_email)
            if customer is None:
                raise StaffError("--customer: no such address in the customer register")
        case.identity_confirmed, case.identity_confirmed_by = True, act.by
        # Art. 12(6): data go to the address on record for the matched customer, never elsewhere.
        case.customer_email = customer.email.lower() if customer else None
        case.id_received_at = case.id_received_at or store.utc(now)
        session.add(case)
        act.record(EventName.IDENTITY_CONFIRMED, matched=customer is not None)
        for task in store.case_tasks(session, case.id):
            if task.task == "verify-identity" and task.status == TaskStatus.OPEN:
                mark_done(session, task, act.by, now, "identity confirmed")
        for draft in store.case_drafts(session, case.id):
            if draft.step == "ask_identity" and draft.status in DRAFTS_WAITING:
                # The identity request is moot once staff confirmed who wrote.
                withdraw(session, draft, act.by, "identity confirmed before the request went out", now)
        if case.status == Status.AWAITING_REQUESTER:
            case_transition(session, case, CaseEvent.DETAILS_RECEIVED, act.by, now)
        advance(app, session, case, now)
        return case


def decide(app, ref: str, right: str, decision: str, reasons: str, by: str) -> store.Case:
    """Record staff's decision on one right, with reasons; refusals need them (Art. 12(4))."""
    with staff_action(app, by, ref) as act:
        if decision not in ("granted", "refused"):
            raise StaffError("decision: expected granted or refused")
        reasons = require_reason(reasons) if decision == "refused" else (reasons or "").strip()
        case = act.case
        if right not in case.intents:
            raise StaffError(f"--right: {case.ref} has no {right!r} request (has: {', '.join(case.intents)})")
        if decision == "refused" and right in ABSOLUTE_RIGHTS:
            raise StaffError(f"--right: {right} cannot be refused: it is absolute (GDPR Art. 21(3), Art. 7(3))")
        if any(d.right == right for d in store.case_decisions(act.session, case.id)):
            raise StaffError(f"{case.ref}: {right} is already decided")
        act.session.add(store.Decision(case_id=case.id, right=right, decision=decision, reasons=reasons,
                                       decided_by=act.by, decided_at=store.utc(act.now)))
        act.record(EventName.DECISION_RECORDED, right=right, decision=decision)
        act.session.flush()
        advance(app, act.session, case, act.now)
        return case


def complete_task(app, task_id: int, by: str, note: str | None = None) -> store.Task:
    with staff_action(app, by) as act:
        task = store.get_task(act.session, task_id)
        if task.status == TaskStatus.DONE:
            raise StaffError(f"task {task_id} is already done")
        if task.task == "verify-identity":
            raise StaffError("verify-identity: use `rightsbot verify REF` so the match is recorded")
        if task.task == "correct-register-data" and not (note or "").strip():
            # The confirmation tells the customer what was corrected; staff write it here.
            raise StaffError("--note: say what was corrected (it is quoted in the reply)")
        mark_done(act.session, task, act.by, act.now, (note or "").strip() or None)
        act.session.flush()
        advance(app, act.session, act.session.get(store.Case, task.case_id), act.now)
        return task


def mark_repeat(app, ref: str, reason: str, by: str) -> store.Case:
    """Art. 12(5): staff mark a request manifestly unfounded or excessive; the reasons are kept.

    Only the case's other rights are refused: a marketing ban and a consent withdrawal on the same
    case are still carried out and confirmed (their workflows have no refusing step)."""
    with staff_action(app, by, ref) as act:
        reason = require_reason(reason)
        if not set(act.case.intents) - ABSOLUTE_RIGHTS:
            raise StaffError(f"{act.case.ref}: a marketing ban or consent withdrawal is never refused as manifestly "
                             "unfounded or excessive (GDPR Art. 21(3), Art. 7(3))")
        act.case.marked_repeat, act.case.repeat_reason = True, reason
        act.session.add(act.case)
        act.record(EventName.MARKED_REPEAT)
        advance(app, act.session, act.case, act.now)
        return act.case


# GDPR Art. 12(3): "taking into account the complexity and number of the requests".
EXTENSION_GROUNDS = ("complexity", "number_of_requests", "complexity_and_number")


def extend(app, ref: str, reason: str, by: str, ground: str = "complexity") -> store.Case:
    """Art. 12(3): draft the extension notice, with its ground and reasons, while the first month runs.

    The proposed date is kept on the case, but counts only once the notice is sent
    (`bot.core.deadlines.current_due_date`); a notice that has not gone out by the end of the first
    month is refused at approval and at sending, and a withdrawn one takes the date away again.
    """
    with staff_action(app, by, ref) as act:
        reason = require_reason(reason)
        if ground not in EXTENSION_GROUNDS:
            raise StaffError(f"--ground: expected one of {', '.join(EXTENSION_GROUNDS)} (Art. 12(3))")
        case = act.case
        months = extension_months(app, case)
        if months == 0:
            raise StaffError(f"{case.ref}: these rights allow no extension (workflows: extension_months = 0)")
        if any(d.step == EXTENSION_STEP and d.status == DraftStatus.SENT for d in store.case_drafts(act.session, case.id)):
            raise StaffError(f"{case.ref}: already extended to {case.extended_due_date}")
        waiting = [d for d in store.case_drafts(act.session, case.id) if d.step == EXTENSION_STEP
                   and d.status in (*DRAFTS_WAITING, DraftStatus.SENDING)]
        if waiting:
            raise StaffError(f"{case.ref}: the extension notice #{waiting[0].id} is already waiting to be sent")
        if extension_late(app, case, act.now):
            raise StaffError(f"{case.ref}: the first month ended on {case.due_date}; an extension is no longer allowed")
        template = next((app.workflows[r].staff_actions.extend for r in case.intents
                         if app.workflows[r].staff_actions.extend), None)
        if template is None:
            raise StaffError(f"{case.ref}: no workflow of this case names an extension notice ([staff_actions] extend)")
        proposed = extended_due(app, case)
        case.extension_reason, case.extended_due_date = reason, proposed
        act.session.add(case)
        act.record(EventName.EXTENSION_DRAFTED, ground=ground, months=months, extended_due_date=proposed.isoformat())
        create_draft(app, act.session, case, step=EXTENSION_STEP, scope="*", template=template, now=act.now,
                     extra={"reasons": reason, "ground": ground, "extension_months": months,
                            "extended_due_on": proposed}, to=case.requester, personal_data=False)
        return case


def triage(app, ref: str, intents: list[str], language: str | None, by: str) -> store.Case:
    """A person has read the mail: set the rights asked (and language), and the walk starts."""
    with staff_action(app, by, ref) as act:
        unknown = [i for i in intents if i not in INTENTS]
        if unknown or not intents:
            raise StaffError(f"--intents: expected some of {', '.join(INTENTS)}")
        if language and language not in CASE_LANGUAGES:
            raise StaffError(f"--language: expected one of {', '.join(CASE_LANGUAGES)}")
        case, session = act.case, act.session
        case.intents_json = json.dumps(sorted(set(intents)))
        if language:
            case.language = language
        case.needs_triage = False
        if is_recent(store.aware(case.received_at), act.now, app.settings.ack_max_age_days):
            # The acknowledgement waited only for a person to read the mail; it may go now.
            for mark in store.case_marks(session, case.id):
                if mark.step == "acknowledge" and mark.reason == "triage":
                    session.delete(mark)
            session.flush()
        case_transition(session, case, CaseEvent.TRIAGED, act.by, act.now)
        act.record(EventName.CASE_TRIAGED, intents=sorted(set(intents)))
        advance(app, session, case, act.now)
        return case


def close(app, ref: str, reason: str, by: str, outcome: str | None = None) -> store.Case:
    """Staff close a case (withdrawn, or a followup that needs no reply); unsent drafts are withdrawn."""
    with staff_action(app, by, ref) as act:
        reason = require_reason(reason)
        if outcome is not None and outcome not in {o.value for o in Outcome}:
            raise StaffError(f"--outcome: expected one of {', '.join(o.value for o in Outcome)}")
        case = act.case
        case_transition(act.session, case, CaseEvent.CLOSED, act.by, act.now)
        if outcome:
            case.outcome = outcome
        for draft in store.case_drafts(act.session, case.id):
            if draft.status in DRAFTS_WAITING:
                withdraw(act.session, draft, act.by, "case closed", act.now)
        act.record(EventName.CASE_CLOSED, reason=reason, outcome=case.outcome)
        return case
