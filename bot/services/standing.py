"""Where an open case stands: the due date that counts today, how far off it is, and what the case
waits for. The case list, the reminders and the digest all read it from here.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlmodel import Session, select

from bot.adapters import store
from bot.core.deadlines import current_due_date
from bot.core.errors import RegisterError
from bot.core.reminders import DEFAULT_POINTS, working_days_between
from bot.core.states import DraftStatus, Status, TaskStatus
from bot.services import casework
from bot.services.drafts import EXTENSION_STEP

log = logging.getLogger(__name__)

# Cases whose legal clock runs: no answer has gone out yet.
OPEN_STATUSES = (Status.TRIAGE, Status.OPEN, Status.AWAITING_REQUESTER)


def notice_sent(drafts: list[store.Draft]) -> bool:
    """Whether the extension notice of a case has gone out (Art. 12(3))."""
    return any(d.step == EXTENSION_STEP and d.status == DraftStatus.SENT for d in drafts)


def current_due(case: store.Case, drafts: list[store.Draft]) -> date:
    """The date the answer is owed by now: the extended one only once its notice was sent."""
    return current_due_date(case.due_date, case.extended_due_date, notice_sent(drafts))


def cases_with_notice_sent(session: Session) -> set[int]:
    """The cases whose extension notice went out, in one query (for lists of many cases)."""
    return set(session.exec(select(store.Draft.case_id).where(store.Draft.step == EXTENSION_STEP,
                                                              store.Draft.status == DraftStatus.SENT)))


def due_fields(app, case: store.Case, notice_was_sent: bool, today: date) -> dict:
    """The case list's view of the clock: the due date that counts and whether it has passed."""
    due = current_due_date(case.due_date, case.extended_due_date, notice_was_sent)
    return {"current_due_date": due.isoformat(), "overdue": case.status in OPEN_STATUSES and today > due}


def open_cases(session: Session) -> list[store.Case]:
    return [c for c in store.list_cases(session) if c.status in OPEN_STATUSES]


def reminder_points(app, case: store.Case) -> tuple[int, ...]:
    """The reminder points of a case: those of each of its rights' workflows, or the default."""
    points = {n for right in case.intents if right in app.workflows
              for n in app.workflows[right].reminders.working_days_before_due}
    return tuple(sorted(points, reverse=True)) or DEFAULT_POINTS


def days_to(app, today: date, due: date) -> tuple[bool, int]:
    """(overdue, working days): the working days left until `due`, or past it."""
    if today > due:
        return True, working_days_between(app.calendar, due, today)
    return False, working_days_between(app.calendar, today, due)


def waits(app, session: Session, case: store.Case, today: date) -> list[dict]:
    """What the case waits for, one item each: {"kind", "id", "what"}.

    kind is triage | requester | approval | sending | failed | task | decision. The decisions come
    from the workflow plan, which needs the customer register; when it cannot be reached, they are
    left out (the rest still shows).
    """
    found: list[dict] = []
    if case.status == Status.TRIAGE:
        found.append({"kind": "triage", "id": None, "what": ""})
    if case.status == Status.AWAITING_REQUESTER:
        found.append({"kind": "requester", "id": None, "what": ""})
    kinds = {DraftStatus.PENDING: "approval", DraftStatus.APPROVED: "sending", DraftStatus.SENDING: "sending",
             DraftStatus.FAILED: "failed"}
    for draft in store.case_drafts(session, case.id):
        if draft.status in kinds:
            what = draft.last_error or draft.template if draft.status == DraftStatus.FAILED else draft.template
            found.append({"kind": kinds[DraftStatus(draft.status)], "id": draft.id, "what": what})
    found += [{"kind": "task", "id": t.id, "what": t.title} for t in store.case_tasks(session, case.id)
              if t.status == TaskStatus.OPEN]
    if case.status == Status.OPEN:
        try:
            knowledge = casework.look_up(app, session, case, today)
            plan = casework.current_plan(app, session, case, knowledge)
            found += [{"kind": "decision", "id": None, "what": a.right} for a in plan.waiting if a.kind == "decision"]
        except RegisterError as exc:
            log.warning("register_unreachable case=%d error=%s", case.id, type(exc).__name__)
    return found
