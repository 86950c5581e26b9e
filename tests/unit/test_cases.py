"""Walk every cell of both transition tables (h11 style): allowed moves land where the table says,
everything else raises IllegalTransition."""

import itertools

import pytest

from bot.core.errors import IllegalTransition
from bot.core.states import (
    DRAFT_TRANSITIONS,
    TRANSITIONS,
    CaseEvent,
    DraftEvent,
    DraftStatus,
    Status,
    draft_transition,
    transition,
)


@pytest.mark.parametrize("status, event", list(itertools.product(Status, CaseEvent)))
def test_case_table(status, event):
    allowed = TRANSITIONS[status]
    if event in allowed:
        assert transition(status.value, event.value) == allowed[event]
    else:
        with pytest.raises(IllegalTransition) as err:
            transition(status.value, event.value)
        assert status.value in str(err.value) and event.value in str(err.value)


@pytest.mark.parametrize("status, event", list(itertools.product(DraftStatus, DraftEvent)))
def test_draft_table(status, event):
    allowed = DRAFT_TRANSITIONS[status]
    if event in allowed:
        assert draft_transition(status.value, event.value) == allowed[event]
    else:
        with pytest.raises(IllegalTransition):
            draft_transition(status.value, event.value)


def test_sent_and_rejected_drafts_are_final():
    assert DRAFT_TRANSITIONS[DraftStatus.SENT] == {}
    assert DRAFT_TRANSITIONS[DraftStatus.REJECTED] == {}


def test_unknown_names_are_illegal():
    with pytest.raises(IllegalTransition):
        transition("nonsense", "closed")
    with pytest.raises(IllegalTransition):
        draft_transition("pending", "explode")
