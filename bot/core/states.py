"""Where a case, a draft, a staff task and an incoming mail can go: transition tables. Pure.

Rule 1: every status change of a case, draft, task or mail goes through this module.
Rule 2: an event that the current status does not allow raises `IllegalTransition` and changes
nothing (h11's state table, STYLE.md D2). Status (where it is) is kept apart from outcome (how it
ended), as Froide does.
"""

from __future__ import annotations

from enum import StrEnum

from bot.core.errors import IllegalTransition


class Status(StrEnum):
    TRIAGE = "triage"  # a person must read the mail before anything is drafted
    OPEN = "open"  # being worked on: drafts, staff tasks
    AWAITING_REQUESTER = "awaiting_requester"  # we asked for identifying details or a clarification
    ANSWERED = "answered"  # the final reply went out
    CLOSED = "closed"


class CaseEvent(StrEnum):
    TRIAGED = "triaged"
    DETAILS_REQUESTED = "details_requested"
    DETAILS_RECEIVED = "details_received"
    FOLLOWUP_RECEIVED = "followup_received"
    FINAL_REPLY_SENT = "final_reply_sent"
    CLOSED = "closed"
    REOPENED = "reopened"


class Outcome(StrEnum):
    GRANTED = "granted"
    PARTIALLY_REFUSED = "partially_refused"
    REFUSED = "refused"
    NO_DATA = "no_data"  # verified, and nothing was held about the requester
    WITHDRAWN = "withdrawn"


S, E = Status, CaseEvent
TRANSITIONS: dict[Status, dict[CaseEvent, Status]] = {
    S.TRIAGE: {E.TRIAGED: S.OPEN, E.FOLLOWUP_RECEIVED: S.TRIAGE, E.CLOSED: S.CLOSED},
    S.OPEN: {
        E.DETAILS_REQUESTED: S.AWAITING_REQUESTER,
        E.FOLLOWUP_RECEIVED: S.OPEN,
        E.FINAL_REPLY_SENT: S.ANSWERED,
        E.CLOSED: S.CLOSED,
    },
    S.AWAITING_REQUESTER: {
        E.DETAILS_RECEIVED: S.OPEN,
        E.FOLLOWUP_RECEIVED: S.OPEN,
        E.CLOSED: S.CLOSED,
    },
    S.ANSWERED: {E.FOLLOWUP_RECEIVED: S.OPEN, E.CLOSED: S.CLOSED, E.REOPENED: S.OPEN},
    S.CLOSED: {E.REOPENED: S.OPEN, E.FOLLOWUP_RECEIVED: S.OPEN},
}


class DraftStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    SENDING = "sending"  # claimed by one `send`; left here only if it stopped mid-conversation
    REJECTED = "rejected"
    SENT = "sent"
    FAILED = "failed"


class DraftEvent(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    CLAIM = "claim"
    DELIVER = "deliver"
    DEFER = "defer"
    FAIL = "fail"
    EDIT = "edit"  # staff change the text; only before approval, so what is approved is what is sent


D, DE = DraftStatus, DraftEvent
DRAFT_TRANSITIONS: dict[DraftStatus, dict[DraftEvent, DraftStatus]] = {
    D.PENDING: {DE.APPROVE: D.APPROVED, DE.REJECT: D.REJECTED, DE.EDIT: D.PENDING},
    D.APPROVED: {DE.CLAIM: D.SENDING, DE.REJECT: D.REJECTED},
    # A temporary failure gives the draft back for the next `send`; a permanent one fails it.
    D.SENDING: {DE.DELIVER: D.SENT, DE.DEFER: D.APPROVED, DE.FAIL: D.FAILED,
                # A send that died mid-conversation: staff check whether it arrived, then re-approve or reject.
                DE.APPROVE: D.APPROVED, DE.REJECT: D.REJECTED},
    D.FAILED: {DE.APPROVE: D.APPROVED, DE.REJECT: D.REJECTED},
    D.REJECTED: {},
    D.SENT: {},
}
# Drafts that wait for someone and have not begun to go out: withdrawn when their case moves past them.
DRAFTS_WAITING: frozenset[DraftStatus] = frozenset({D.PENDING, D.APPROVED, D.FAILED})


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class TaskEvent(StrEnum):
    COMPLETE = "complete"


TASK_TRANSITIONS: dict[TaskStatus, dict[TaskEvent, TaskStatus]] = {
    TaskStatus.OPEN: {TaskEvent.COMPLETE: TaskStatus.DONE},
    TaskStatus.DONE: {},
}


class MailState(StrEnum):
    """What became of an incoming mail. The state a mail is recorded in is intake's decision."""

    PROCESSED = "processed"  # on a case, or opened one
    QUARANTINED = "quarantined"  # unreadable, or its handling failed: kept with the reason
    DUPLICATE = "duplicate"  # a second copy of a Message-ID already taken
    FLAGGED = "flagged"  # a person must look (unsure classification, a stranger in a thread, a bounce)
    IGNORED = "ignored"  # machine mail, spam, ordinary customer mail: recorded, never answered
    RESOLVED = "resolved"  # a flagged mail a person dealt with (`rightsbot mail resolve`), with their note


class MailEvent(StrEnum):
    RETRY = "retry"  # staff hand a quarantined mail to intake again; its new record replaces this one
    RESOLVE = "resolve"  # staff dealt with a flagged mail
    OPEN_CASE = "open_case"  # staff read a flagged mail that opened no case as a request: it opens one


MAIL_TRANSITIONS: dict[MailState, dict[MailEvent, MailState]] = {
    MailState.PROCESSED: {},
    MailState.QUARANTINED: {MailEvent.RETRY: MailState.PROCESSED},
    MailState.DUPLICATE: {},
    MailState.FLAGGED: {MailEvent.RESOLVE: MailState.RESOLVED, MailEvent.OPEN_CASE: MailState.PROCESSED},
    MailState.IGNORED: {},
    MailState.RESOLVED: {},
}


def transition(status: str, event: str) -> Status:
    """The case status after `event`, or IllegalTransition."""
    return _lookup(TRANSITIONS, Status, CaseEvent, status, event, "case")


def draft_transition(status: str, event: str) -> DraftStatus:
    """The draft status after `event`, or IllegalTransition."""
    return _lookup(DRAFT_TRANSITIONS, DraftStatus, DraftEvent, status, event, "draft")


def task_transition(status: str, event: str) -> TaskStatus:
    """The task status after `event`, or IllegalTransition."""
    return _lookup(TASK_TRANSITIONS, TaskStatus, TaskEvent, status, event, "task")


def mail_transition(state: str, event: str) -> MailState:
    """The mail state after `event`, or IllegalTransition."""
    return _lookup(MAIL_TRANSITIONS, MailState, MailEvent, state, event, "mail")


def may(status: str, event: str) -> bool:
    """Whether a draft in `status` may take `event` (asked before acting, so the error can say why)."""
    return DraftEvent(event) in DRAFT_TRANSITIONS[DraftStatus(status)]


def _lookup(table, states, events, status: str, event: str, what: str):
    try:
        return table[states(status)][events(event)]
    except (KeyError, ValueError):
        raise IllegalTransition(str(status), str(event), what) from None
