"""Where a case and a draft can go: two transition tables, and nothing else. Pure.

Rule 1: every status change of a case or a draft goes through `transition` here.
Rule 2: an event that the current status does not allow raises `IllegalTransition` and changes
nothing (h11's state table, STYLE.md D2). Status (where it is) is kept apart from outcome (how it
ended), as Froide does.
"""

from __future__ import annotations

from enum import StrEnum

from bot.core.errors import IllegalTransition

# The rights a request can ask for: the privacy policy's section 5 plus portability (GDPR Art. 20).
# The classifier, the workflows and the CLI all take this list.
INTENTS: tuple[str, ...] = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "marketing_ban",
    "consent_withdrawal",
)


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


D, DE = DraftStatus, DraftEvent
DRAFT_TRANSITIONS: dict[DraftStatus, dict[DraftEvent, DraftStatus]] = {
    D.PENDING: {DE.APPROVE: D.APPROVED, DE.REJECT: D.REJECTED},
    D.APPROVED: {DE.CLAIM: D.SENDING, DE.REJECT: D.REJECTED},
    # A temporary failure gives the draft back for the next `send`; a permanent one fails it.
    D.SENDING: {DE.DELIVER: D.SENT, DE.DEFER: D.APPROVED, DE.FAIL: D.FAILED,
                # A send that died mid-conversation: staff check whether it arrived, then re-approve or reject.
                DE.APPROVE: D.APPROVED, DE.REJECT: D.REJECTED},
    D.FAILED: {DE.APPROVE: D.APPROVED, DE.REJECT: D.REJECTED},
    D.REJECTED: {},
    D.SENT: {},
}


def transition(status: str, event: str) -> Status:
    """The case status after `event`, or IllegalTransition."""
    try:
        return TRANSITIONS[Status(status)][CaseEvent(event)]
    except (KeyError, ValueError):
        raise IllegalTransition(str(status), str(event)) from None


def draft_transition(status: str, event: str) -> DraftStatus:
    """The draft status after `event`, or IllegalTransition."""
    try:
        return DRAFT_TRANSITIONS[DraftStatus(status)][DraftEvent(event)]
    except (KeyError, ValueError):
        raise IllegalTransition(str(status), str(event)) from None
