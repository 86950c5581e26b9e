"""The scheduler adapter: one run of a kind at a time, a wake-up during a run is never lost,
backoff after failures, and the jobs handed to APScheduler with the right options."""

from __future__ import annotations

import threading
from datetime import time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.adapters.scheduler import Job, OneAtATime, Scheduler, backoff


def test_a_call_during_a_run_makes_it_run_once_more_never_twice_at_once():
    running, release = threading.Event(), threading.Event()
    runs, overlaps, inside = [], [], threading.Lock()

    def work():
        if not inside.acquire(blocking=False):
            overlaps.append(1)
            return
        try:
            runs.append(1)
            if len(runs) == 1:
                running.set()
                release.wait(10)
        finally:
            inside.release()

    once = OneAtATime(work)
    first = threading.Thread(target=once)
    first.start()
    assert running.wait(10)
    # Two calls while the first run is busy: they return at once and ask for one more run.
    once()
    once()
    assert len(runs) == 1
    release.set()
    first.join(10)
    assert len(runs) == 2 and overlaps == []


def test_an_error_ends_the_run_and_the_next_call_runs_again():
    calls = []

    def work():
        calls.append(1)
        raise RuntimeError("boom")

    once = OneAtATime(work)
    with pytest.raises(RuntimeError):
        once()
    with pytest.raises(RuntimeError):
        once()
    assert len(calls) == 2


@pytest.mark.parametrize("failures, seconds", [(1, 5), (2, 10), (3, 20), (6, 160), (7, 300), (50, 300)])
def test_backoff_doubles_up_to_five_minutes(failures, seconds):
    assert backoff(failures) == timedelta(seconds=seconds)


def test_jobs_reach_apscheduler_one_instance_each_with_their_triggers():
    tz = ZoneInfo("Europe/Helsinki")
    jobs = [Job("intake", lambda: None, every=timedelta(seconds=300)),
            Job("digest", lambda: None, at=time(8, 0))]
    scheduler = Scheduler(jobs, tz)
    scheduler.start(paused=True)
    try:
        found = {job.id: job for job in scheduler.apscheduler.get_jobs()}
        assert set(found) == {"intake", "digest"}
        assert all(job.max_instances == 1 and job.coalesce for job in found.values())
        assert isinstance(found["intake"].trigger, IntervalTrigger)
        assert found["intake"].trigger.interval == timedelta(seconds=300)
        digest = found["digest"].trigger
        assert isinstance(digest, CronTrigger)
        assert {f.name: str(f) for f in digest.fields if not f.is_default} == {
            "day_of_week": "mon-fri", "hour": "8", "minute": "0", "second": "0"}
        # Every job also runs once at start, to catch up after a restart.
        assert all(job.next_run_time is not None for job in found.values())
    finally:
        scheduler.shutdown()


def test_retry_in_brings_the_next_run_forward():
    scheduler = Scheduler([Job("send", lambda: None, every=timedelta(hours=1), at_start=False)], ZoneInfo("UTC"))
    scheduler.start(paused=True)
    try:
        [job] = scheduler.apscheduler.get_jobs()
        before = job.next_run_time
        scheduler.retry_in("send", timedelta(seconds=5))
        [job] = scheduler.apscheduler.get_jobs()
        assert job.next_run_time < before
    finally:
        scheduler.shutdown()
