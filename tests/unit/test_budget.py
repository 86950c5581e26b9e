"""The time budget of one mail (bot.adapters.budget): a block that runs too long is stopped with
MailTimeLimit, in the main thread (SIGALRM) and in a worker thread (the watchdog), and nothing
fires after the block has ended. Judged by whether the block was stopped, not by how fast."""

from __future__ import annotations

import re
import threading
import time

import pytest

from bot.adapters.budget import MailBudget, time_limit
from bot.core.errors import MailTimeLimit


def _spin(seconds: float) -> int:
    """Python-level work until `seconds` have passed (or a MailTimeLimit stops it)."""
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
    return n


def test_the_main_thread_is_stopped_at_the_limit():
    with pytest.raises(MailTimeLimit, match=r"more than 0.05 s \(MAIL_TIME_LIMIT\)"):
        with time_limit(0.05):
            _spin(30)


def test_a_long_regex_match_is_stopped_in_the_main_thread():
    # A catastrophic pattern: without the alarm this would run for hours.
    with pytest.raises(MailTimeLimit):
        with time_limit(0.05):
            re.search(r"(a+)+b", "a" * 60)


def test_a_worker_thread_is_stopped_at_the_limit():
    outcome: list[str] = []

    def work():
        try:
            with time_limit(0.05):
                _spin(30)
            outcome.append("finished")
        except MailTimeLimit as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert outcome == ["handling took more than 0.05 s (MAIL_TIME_LIMIT)"]


@pytest.mark.parametrize("in_thread", [False, True])
def test_nothing_fires_after_a_block_that_ended_in_time(in_thread):
    outcome: list[str] = []

    def work():
        for _ in range(200):
            with time_limit(0.02):
                pass
        # Long after every deadline has passed: no stray exception may land here.
        _spin(0.1)
        outcome.append("clean")

    if in_thread:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(60)
    else:
        work()
    assert outcome == ["clean"]


def test_no_limit_means_no_timer():
    with time_limit(None):
        assert _spin(0.01) > 0
    with time_limit(0):
        pass


@pytest.mark.parametrize("in_thread", [False, True])
def test_an_interrupt_swallowed_where_it_landed_comes_again(in_thread):
    # As when it lands in a weakref callback or a __del__, where Python ignores it.
    outcome: list[str] = []

    def work():
        swallowed = 0
        try:
            with time_limit(0.02):
                while True:
                    try:
                        _spin(30)
                    except MailTimeLimit:
                        swallowed += 1
                        if swallowed > 1:
                            raise
        except MailTimeLimit:
            outcome.append(f"stopped after {swallowed} swallowed")

    if in_thread:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(60)
    else:
        work()
    assert outcome == ["stopped after 2 swallowed"]


def test_reading_code_cannot_mistake_the_limit_for_its_own_fault():
    # The parser and the classifier end in `except Exception`: the limit must pass through them.
    with pytest.raises(MailTimeLimit):
        with time_limit(0.02):
            try:
                _spin(30)
            except Exception:
                pass


def test_a_spent_budget_is_checked_at_safe_points():
    budget = MailBudget(0.01)
    budget.check()
    _spin(0.02)
    with pytest.raises(MailTimeLimit, match="more than 0.01 s"):
        budget.check()
    with pytest.raises(MailTimeLimit):
        with budget.interruptible():
            pass
    MailBudget(None).check()


def test_an_alarm_that_fires_as_it_is_armed_leaves_no_timer_behind(monkeypatch):
    """A region with a tiny budget (MAIL_TIME_LIMIT 0.001) can be interrupted the moment its timer is
    armed, before its cleanup was in force: the repeating timer then stayed armed, and a bare
    MailTimeLimit struck later, outside any region (CI saw it in intake's own error handling)."""
    import signal

    real = signal.setitimer

    def fires_at_once(which, seconds, interval=0.0):
        previous = real(which, seconds, interval)
        if seconds:
            signal.raise_signal(signal.SIGALRM)  # delivered at the next bytecode
        return previous

    monkeypatch.setattr(signal, "setitimer", fires_at_once)
    with pytest.raises(MailTimeLimit, match=r"MAIL_TIME_LIMIT"):
        with time_limit(30):
            _spin(30)
    monkeypatch.setattr(signal, "setitimer", real)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    _spin(0.2)  # four intervals: a timer left armed would strike here
