"""The scheduler of `rightsbot run`: APScheduler 3 triggers the jobs, and that is all it does.

Durable state lives in the database (what was sent, reminded, digested), so APScheduler keeps its
jobs in memory and a restart loses nothing: every job also runs once at start to catch up. Each
job runs in a thread of its own pool, never two runs of one job at once (`max_instances=1`;
missed runs are coalesced into one).

`OneAtATime` guards a job that is also started from outside the scheduler (intake, woken by
IMAP IDLE): a call while it runs makes it run once more afterwards, so no wake-up is lost and no
second run overlaps the first. `backoff` spaces the retries of a failing job.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

BACKOFF_FIRST = timedelta(seconds=5)
BACKOFF_MAX = timedelta(minutes=5)


def backoff(failures: int) -> timedelta:
    """How long to wait after `failures` failures in a row: 5 s, doubling, at most 5 minutes."""
    return min(BACKOFF_FIRST * 2 ** min(max(failures - 1, 0), 16), BACKOFF_MAX)


@dataclass(frozen=True)
class Job:
    """One kind of work: run every `every`, or at `at` (local time) Monday to Friday; and at start."""

    id: str
    func: Callable[[], object]
    every: timedelta | None = None
    at: time | None = None
    at_start: bool = True


class OneAtATime:
    """Calls `func`, never twice at once; a call while it runs makes it run once more afterwards."""

    def __init__(self, func: Callable[[], object]):
        self._func = func
        self._lock = threading.Lock()
        self._running = False
        self._again = False

    def __call__(self) -> None:
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running = True
        try:
            while True:
                self._func()
                with self._lock:
                    if not self._again:
                        self._running = False
                        return
                    self._again = False
        except BaseException:
            with self._lock:
                self._running, self._again = False, False
            raise


class Scheduler:
    """The jobs on an APScheduler BackgroundScheduler in `timezone`."""

    def __init__(self, jobs: list[Job], timezone: tzinfo):
        self.timezone = timezone
        self.apscheduler = BackgroundScheduler(
            timezone=timezone,
            executors={"default": ThreadPoolExecutor(max_workers=max(len(jobs), 1))},
            # A run missed while the machine slept still runs (once): the services decide whether
            # anything is due, so a late run does no harm and a skipped one could.
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
        )
        for job in jobs:
            if job.every is not None:
                trigger = IntervalTrigger(seconds=job.every.total_seconds(), timezone=timezone)
            elif job.at is not None:
                trigger = CronTrigger(day_of_week="mon-fri", hour=job.at.hour, minute=job.at.minute, second=0,
                                      timezone=timezone)
            else:
                raise ValueError(f"job {job.id}: give `every` or `at`")
            extra = {"next_run_time": datetime.now(timezone)} if job.at_start else {}
            self.apscheduler.add_job(job.func, trigger, id=job.id, name=job.id, **extra)

    def start(self, paused: bool = False) -> None:
        self.apscheduler.start(paused=paused)

    def retry_in(self, job_id: str, delay: timedelta) -> None:
        """Run `job_id` again after `delay` (sooner than its trigger would), e.g. after a failure."""
        self.apscheduler.modify_job(job_id, next_run_time=datetime.now(self.timezone) + delay)

    def shutdown(self) -> None:
        """Stop triggering and wait for the runs in hand to finish."""
        if self.apscheduler.running:
            self.apscheduler.shutdown(wait=True)
