"""The console's sign-in rules (bot.core.signin): a link for one use within 15 minutes, a session for
twelve hours or until sign-out, and attempts counted against a limit."""

from datetime import datetime, timedelta, timezone

import pytest

from bot.core.signin import (
    LINK_VALID,
    LINKS_PER_ADDRESS,
    SESSION_VALID,
    link_refusal,
    over_limit,
    session_live,
    token_hash,
)

T0 = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("later, used, refusal", [
    (timedelta(0), None, None),
    (LINK_VALID, None, None),
    (LINK_VALID + timedelta(seconds=1), None, "expired"),
    (timedelta(minutes=1), T0 + timedelta(seconds=30), "used"),
    # A clock that went backwards does not make a link young again.
    (-timedelta(seconds=1), None, "expired"),
])
def test_link_refusal(later, used, refusal):
    assert link_refusal(T0, used, T0 + later) == refusal


def test_link_is_valid_for_fifteen_minutes():
    assert LINK_VALID == timedelta(minutes=15)


@pytest.mark.parametrize("later, ended, live", [
    (timedelta(0), None, True),
    (SESSION_VALID, None, True),
    (SESSION_VALID + timedelta(seconds=1), None, False),
    (timedelta(hours=1), T0 + timedelta(minutes=5), False),
])
def test_session_live(later, ended, live):
    assert session_live(T0, ended, T0 + later) is live


def test_over_limit_counts_the_attempt_to_come():
    assert not over_limit(LINKS_PER_ADDRESS.most - 1, LINKS_PER_ADDRESS)
    assert over_limit(LINKS_PER_ADDRESS.most, LINKS_PER_ADDRESS)


def test_the_database_keeps_a_hash_not_the_token():
    token = "abc" * 11
    assert token_hash(token) != token and len(token_hash(token)) == 64
    assert token_hash(token) == token_hash(token)
