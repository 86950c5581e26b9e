"""A time budget for the handling of one mail: `with time_limit(seconds): ...` raises MailTimeLimit
inside the block when it runs longer, so intake quarantines that mail and goes on with the next.

Why not a process per mail: intake aims at hundreds of mails a second (issue 14), and starting a
process, or even a thread, per mail would cost more than the mail. Two mechanisms instead, both
without anything new per mail:

- In the main thread (`rightsbot poll --once`, `rightsbot mail retry`): a real-time interval timer
  (`signal.setitimer`) whose SIGALRM handler raises. Python runs signal handlers between bytecodes
  and also from inside the regex engine and blocking system calls, so even a long C-level match or
  a stalled read is cut short. Arming and disarming are two system calls.
- In any other thread (the service runs intake on a scheduler thread, where signals cannot be
  received): one watchdog thread for the whole process keeps the deadlines and, when one passes,
  raises MailTimeLimit in the late thread with `PyThreadState_SetAsyncExc`. That lands at the next
  bytecode, so it stops Python-level work (parsing, HTML to text, drafting) but not one long C call;
  the caps on what each step reads (bot.core.mail.parse, bot.core.reading) keep those short.

The exception is raised only while the block runs: leaving the block disarms first, and a
watchdog exception that was set but not yet delivered is withdrawn, so it can never surface in
the code after the block (e.g. while the mail is being quarantined).
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from bot.core.errors import MailTimeLimit


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise MailTimeLimit in this block once it has run `seconds` (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        limit = _alarm(seconds)
    else:
        limit = _watchdog().watch(seconds)
    try:
        with limit:
            yield
    except MailTimeLimit:
        raise MailTimeLimit(f"handling took more than {seconds:g} s (MAIL_TIME_LIMIT)") from None


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    armed = True

    def expired(_signum, _frame):
        if armed:
            raise MailTimeLimit()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Watchdog:
    """One daemon thread that raises MailTimeLimit in threads whose deadline passed."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._deadlines: list[tuple[float, int, int]] = []  # (deadline, token, thread id)
        self._armed: dict[int, int] = {}  # token -> thread id, while its block runs
        self._fired: set[int] = set()
        self._tokens = itertools.count()
        threading.Thread(target=self._run, name="mail-time-limit", daemon=True).start()

    @contextmanager
    def watch(self, seconds: float) -> Iterator[None]:
        token, ident = next(self._tokens), threading.get_ident()
        with self._lock:
            self._armed[token] = ident
            heapq.heappush(self._deadlines, (time.monotonic() + seconds, token, ident))
            self._lock.notify()
        try:
            yield
        finally:
            with self._lock:
                del self._armed[token]
                if token in self._fired:
                    self._fired.discard(token)
                    # Withdraw the exception if it has not been delivered yet.
                    _async_raise(ident, None)
                    late = True
                else:
                    late = False
            if late:
                raise MailTimeLimit()

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._deadlines and self._deadlines[0][1] not in self._armed:
                    heapq.heappop(self._deadlines)
                if not self._deadlines:
                    self._lock.wait()
                    continue
                deadline, token, ident = self._deadlines[0]
                left = deadline - time.monotonic()
                if left > 0:
                    self._lock.wait(left)
                    continue
                heapq.heappop(self._deadlines)
                self._fired.add(token)
                _async_raise(ident, MailTimeLimit)


def _async_raise(ident: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc) if exc else None)


_WATCHDOG: _Watchdog | None = None
_WATCHDOG_LOCK = threading.Lock()


def _watchdog() -> _Watchdog:
    global _WATCHDOG
    with _WATCHDOG_LOCK:
        if _WATCHDOG is None:
            _WATCHDOG = _Watchdog()
        return _WATCHDOG
