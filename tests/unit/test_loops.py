"""Mail loops with other bots: which replies are automatic, the daily limit, and what a loop is (bot.core.loops)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.core.loops import answers, is_automatic, is_loop, limit_reached, room_at

T0 = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


def m(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.mark.parametrize("template, auto, expected", [
    ("customer/acknowledgement", False, True),  # a person approving it does not make it an answer
    ("customer/identity-request", False, True),
    ("customer/access-reply", False, False),  # written for the case, approved by a person
    ("customer/refusal", False, False),
    ("customer/extension-notice", False, False),
    ("customer/marketing-ban-done", True, True),  # a step a workflow sends by itself
])
def test_automatic_replies_are_the_form_letters_and_whatever_a_workflow_sends_itself(template, auto, expected):
    assert is_automatic(template, auto) is expected


def test_the_daily_limit_counts_the_last_24_hours():
    sent = [m(0), m(10), m(20)]
    assert not limit_reached(sent, m(30), 4)
    assert limit_reached(sent + [m(25)], m(30), 4)
    # A day after the first, it has left the window.
    assert not limit_reached(sent + [m(25)], m(24 * 60 + 1), 4)
    assert limit_reached([], m(0), 0)


def test_room_comes_back_when_the_oldest_counted_mail_is_a_day_old():
    sent = [m(0), m(10), m(20), m(25)]
    assert room_at(sent, m(30), 4) == m(24 * 60)
    assert room_at(sent, m(30), 2) == m(24 * 60 + 20)
    assert room_at(sent[:2], m(30), 4) == m(30)


def test_a_person_answering_our_two_form_letters_is_no_loop():
    ours = [m(0), m(0.1)]  # the acknowledgement and the identity request go out together
    theirs = [m(-1), m(12), m(40)]  # the request, "thanks", their details
    assert answers(ours, theirs, m(41)) == 2 and not is_loop(ours, theirs, m(41))


def test_a_machine_answering_every_mail_within_the_hour_is_a_loop():
    ours = [m(0), m(2.5), m(5)]
    theirs = [m(-1), m(2), m(4.5), m(7)]
    assert answers(ours, theirs, m(7)) == 3 and is_loop(ours, theirs, m(7))


def test_answers_older_than_an_hour_do_not_count():
    ours = [m(0), m(30)]
    theirs = [m(10), m(20), m(40)]
    # At 10:50 all three came after our first mail; at 11:05 that one has left the hour, and only
    # what came after our second counts.
    assert answers(ours, theirs, m(50)) == 3
    assert answers(ours, theirs, m(65)) == 1
    assert answers([], theirs, m(50)) == 0
