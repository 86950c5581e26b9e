"""The health judgement and the alerts it calls for: pure rules over recorded outcomes (bot.core.health)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.core.health import Outcome, alerts_due, problems, span

T0 = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
HOUR = timedelta(hours=1)
POLL = timedelta(minutes=5)


def minutes(n: int) -> datetime:
    return T0 + timedelta(minutes=n)


def failing_from(start: int, until: int, every: int = 5, reason: str = "IMAP x:1: connect failed") -> Outcome:
    outcome = Outcome().succeeded(minutes(start - 1), HOUR)
    for n in range(start, until + 1, every):
        outcome = outcome.failed(minutes(n), reason)
    return outcome


def test_an_outage_runs_from_the_first_failure_to_the_next_success_with_its_reasons():
    outcome = failing_from(0, 20).failed(minutes(22), "IMAP x:1: timed out").failed(minutes(25), "IMAP x:1: connect failed")
    assert outcome.failing_since == minutes(0) and outcome.failures == 7
    [timeout, refused] = sorted(outcome.reasons, key=lambda r: r.reason)[::-1]
    assert (refused.count, refused.first, refused.last) == (6, minutes(0), minutes(25))
    assert timeout.count == 1
    back = outcome.succeeded(minutes(30), HOUR)
    assert back.failing_since is None and back.failures == 0 and back.last_ok == minutes(30)
    # Shorter than ALERT_AFTER: nobody was alerted, so nobody is told it ended.
    assert back.last_outage is None


def test_the_record_survives_json():
    outcome = failing_from(0, 70).succeeded(minutes(80), HOUR).failed(minutes(90), "SMTP y:2: 421 busy")
    assert Outcome.from_json(outcome.to_json()) == outcome


@pytest.mark.parametrize("until, unhealthy", [(55, False), (60, True), (90, True)])
def test_unhealthy_once_intake_has_failed_for_alert_after(until, unhealthy):
    found = problems(minutes(until), {"intake": failing_from(0, until)}, heartbeat=minutes(until),
                     alert_after=HOUR, intake_every=POLL)
    assert bool(found) is unhealthy
    if unhealthy:
        assert found[0].what == "intake" and found[0].code == "failing" and found[0].since == minutes(0)


def test_sending_counts_the_same_way_and_a_success_makes_it_healthy_again():
    send = failing_from(0, 65, reason="SMTP y:2: connect failed")
    assert [p.what for p in problems(minutes(65), {"send": send}, None, alert_after=HOUR, intake_every=POLL)] == ["send"]
    assert problems(minutes(66), {"send": send.succeeded(minutes(66), HOUR)}, None, alert_after=HOUR,
                    intake_every=POLL) == ()


def test_a_stale_heartbeat_is_unhealthy_and_no_heartbeat_is_not_judged():
    ok = {"intake": Outcome().succeeded(minutes(0), HOUR)}
    assert problems(minutes(4), ok, heartbeat=minutes(0), alert_after=HOUR, intake_every=POLL) == ()
    [stale] = problems(minutes(6), ok, heartbeat=minutes(0), alert_after=HOUR, intake_every=POLL)
    assert stale.code == "heartbeat_stale" and stale.since == minutes(0)
    # `poll --once` from cron: no service, no heartbeat; the outcomes alone decide.
    assert problems(minutes(600), ok, heartbeat=None, alert_after=HOUR, intake_every=POLL) == ()


def test_a_pass_that_hangs_is_unhealthy_while_the_service_beats():
    ok = {"intake": Outcome().succeeded(minutes(0), HOUR)}
    assert problems(minutes(65), ok, heartbeat=minutes(65), alert_after=HOUR, intake_every=POLL) == ()
    [stalled] = problems(minutes(66), ok, heartbeat=minutes(66), alert_after=HOUR, intake_every=POLL)
    assert (stalled.what, stalled.code) == ("intake", "stalled")


def test_one_alert_while_it_fails_and_one_when_it_works_again():
    assert alerts_due("intake", failing_from(0, 55), minutes(55), HOUR) == []
    [alert] = alerts_due("intake", failing_from(0, 60), minutes(60), HOUR)
    assert alert.kind == "failing" and alert.key == f"intake-failing/{minutes(0).isoformat()}"
    # Later checks of the same outage name the same alert: the caller sends it once.
    assert alerts_due("intake", failing_from(0, 90), minutes(90), HOUR) == [alert.__class__(
        "failing", "intake", minutes(0), None, 19, failing_from(0, 90).reasons)]
    back = failing_from(0, 90).succeeded(minutes(92), HOUR)
    [recovered] = alerts_due("intake", back, minutes(93), HOUR)
    assert recovered.kind == "recovered" and (recovered.since, recovered.until) == (minutes(0), minutes(92))
    assert recovered.key == f"intake-recovered/{minutes(0).isoformat()}"


def test_an_outage_that_ended_before_anyone_could_be_told_is_still_told_when_it_ended():
    # Failed 15:00-18:00 (the office closed at 16:00), then a short failure at 19:00 that healed.
    outcome = failing_from(0, 175).succeeded(minutes(180), HOUR).failed(minutes(240), "x").succeeded(minutes(245), HOUR)
    [recovered] = alerts_due("intake", outcome, minutes(1000), HOUR)
    assert (recovered.since, recovered.until) == (minutes(0), minutes(180))


@pytest.mark.parametrize("length, text", [(timedelta(minutes=45), "45 min"), (timedelta(hours=2), "2 h"),
                                          (timedelta(hours=2, minutes=5), "2 h 5 min"),
                                          (timedelta(days=3, hours=4, minutes=1), "3 d 4 h")])
def test_spans_read_as_people_say_them(length, text):
    assert span(length) == text
