"""Walk every cell of the four transition tables (h11 style) against moves written out here, by name,
not read from the tables under test: an allowed move lands where this file says, every other pair
raises IllegalTransition naming the kind, the status and the event.

A change to bot/core/states.py must change this file too: that is the point. Making DETAILS_RECEIVED
leave a case awaiting the requester, or dropping TRIAGE -> CLOSED, fails here.
"""

import itertools

import pytest

from bot.core.errors import IllegalTransition
from bot.core.states import (
    CaseEvent,
    DraftEvent,
    DraftStatus,
    MailEvent,
    MailState,
    Status,
    TaskEvent,
    TaskStatus,
    draft_transition,
    mail_transition,
    may,
    task_transition,
    transition,
)

CASE_MOVES = {
    ("triage", "triaged"): "open",
    ("triage", "followup_received"): "triage",  # still unread by a person
    ("triage", "closed"): "closed",  # staff close a mail that was no request
    ("open", "details_requested"): "awaiting_requester",
    ("open", "followup_received"): "open",
    ("open", "final_reply_sent"): "answered",
    ("open", "closed"): "closed",
    ("awaiting_requester", "details_received"): "open",  # the clock runs again (Art. 12(6))
    ("awaiting_requester", "followup_received"): "open",
    ("awaiting_requester", "closed"): "closed",
    ("answered", "followup_received"): "open",
    ("answered", "closed"): "closed",
    ("answered", "reopened"): "open",
    ("closed", "reopened"): "open",
    ("closed", "followup_received"): "open",
}

DRAFT_MOVES = {
    ("pending", "approve"): "approved",
    ("pending", "reject"): "rejected",
    ("pending", "edit"): "pending",  # text changes only before approval: what is approved is what is sent
    ("approved", "claim"): "sending",  # one `send` claims it; no other may
    ("approved", "reject"): "rejected",
    ("sending", "deliver"): "sent",
    ("sending", "defer"): "approved",
    ("sending", "fail"): "failed",
    ("sending", "approve"): "approved",  # a stopped send: staff checked it did not arrive
    ("sending", "reject"): "rejected",
    ("failed", "approve"): "approved",
    ("failed", "reject"): "rejected",
    # sent and rejected take nothing: a draft is never sent twice, and a rejected one never goes out
}

TASK_MOVES = {("open", "complete"): "done"}

MAIL_MOVES = {
    ("quarantined", "retry"): "processed",
    ("flagged", "resolve"): "resolved",
    ("flagged", "open_case"): "processed",
}

TABLES = [
    ("case", transition, Status, CaseEvent, CASE_MOVES),
    ("draft", draft_transition, DraftStatus, DraftEvent, DRAFT_MOVES),
    ("task", task_transition, TaskStatus, TaskEvent, TASK_MOVES),
    ("mail", mail_transition, MailState, MailEvent, MAIL_MOVES),
]
CELLS = [(what, fn, s.value, e.value, moves) for what, fn, states, events, moves in TABLES
         for s, e in itertools.product(states, events)]


@pytest.mark.parametrize("what, fn, status, event, moves", CELLS, ids=[f"{c[0]}:{c[2]}+{c[3]}" for c in CELLS])
def test_every_cell_of_every_table(what, fn, status, event, moves):
    if (status, event) in moves:
        assert fn(status, event) == moves[(status, event)]
    else:
        with pytest.raises(IllegalTransition) as err:
            fn(status, event)
        assert str(err.value) == f"a {what} in status {status!r} cannot take event {event!r}"
        assert (err.value.status, err.value.event) == (status, event)


def test_the_written_moves_name_real_states_and_events():
    # A typo here would make a cell "illegal" in both the test and the table.
    for _what, _fn, states, events, moves in TABLES:
        for (status, event), target in moves.items():
            assert status in set(states) and event in set(events) and target in set(states)


@pytest.mark.parametrize("status, event", list(itertools.product(DraftStatus, DraftEvent)))
def test_may_answers_as_the_draft_moves_say(status, event):
    assert may(status.value, event.value) is ((status.value, event.value) in DRAFT_MOVES)


@pytest.mark.parametrize("fn", [transition, draft_transition, task_transition, mail_transition])
def test_unknown_names_are_illegal(fn):
    for status, event in [("nonsense", "closed"), ("open", "explode"), ("pending", "explode")]:
        with pytest.raises(IllegalTransition):
            fn(status, event)
