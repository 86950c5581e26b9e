"""A time budget for the handling of one mail (MAIL_TIME_LIMIT): past it, the mail is quarantined
with the reason and intake goes on with the next one.

`MailBudget(seconds)` starts the clock for one mail. Reading the mail (parsing, HTML to text,
classification: pure code, where a hostile mail can cost time) runs inside
`with budget.interruptible():`, which stops it with MailTimeLimit as soon as the budget is spent.
Everything else (database, register, drafting) is never interrupted half-way, since an exception
landing inside a database driver would leave its connection broken; `budget.check()` raises
there instead, at a safe point, before the mail's transaction commits.

Why not a process per mail: intake aims at hundreds of mails a second (issue 14), and starting a
process, or even a thread, per mail would cost more than the mail. Two mechanisms instead, both
without anything new per mail:

- In the main thread (`rightsbot poll --once`, `rightsbot mail retry`): a real-time interval timer
  (`signal.setitimer`) whose SIGALRM handler raises. Python runs signal handlers between bytecodes
  and from inside the regex engine, so even a long C-level match is cut short.
- In any other thread (the service runs intake on a scheduler thread, where signals cannot be
  received): one watchdog thread for the whole process keeps the deadlines and raises
  MailTimeLimit in the late thread with `PyThreadState_SetAsyncExc`. That lands at the next
  bytecode, so it stops Python-level work but not one long C call; the caps on what each step
  reads (bot.core.mail.parse, bot.core.reading) keep those short.

An interrupt can land where it is ignored (in a weakref callback or a `__del__`), so both
mechanisms fire again every INTERVAL seconds until the region ends, and leaving a region whose
budget was spent raises MailTimeLimit in any case. Leaving a region disarms first, and a watchdog
exception set but not yet delivered is withdrawn, so none can surface in the code after it.
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

# How often an interrupt is repeated once the budget is spent, until the region ends.
INTERVAL = 0.05


class MailBudget:
    """The time one mail may take, from its creation. `seconds` None or 0: no limit."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or None
        self._deadline = time.monotonic() + self.seconds if self.seconds else None

    def _spent(self) -> MailTimeLimit:
        return MailTimeLimit(f"handling took more than {self.seconds:g} s (MAIL_TIME_LIMIT)")

    def check(self) -> None:
        """Raise MailTimeLimit when the budget is spent (a safe point: nothing is half-done)."""
        if self._deadline is not None and time.monotonic() >= self._deadline:
            raise self._spent()

    @contextmanager
    def interruptible(self) -> Iterator[None]:
        """Run pure code that is stopped with MailTimeLimit the moment the budget is spent."""
        if self._deadline is None:
            yield
            return
        self.check()
        left = max(self._deadline - time.monotonic(), 1e-6)
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            limit = _alarm(left)
        else:
            limit = _watchdog().watch(left)
        try:
            with limit:
                yield
        except MailTimeLimit:
            raise self._spent() from None


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise MailTimeLimit in this block once it has run `seconds`: pure code only (see above)."""
    with MailBudget(seconds).interruptible():
        yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    state = {"armed": True, "fired": False}

    def expired(_signum, _frame):
        if state["armed"]:
            state["fired"] = True
            raise MailTimeLimit()

    previous = signal.signal(signal.SIGALRM, expired)
    try:
        # Armed inside the try: a tiny budget can fire the moment it is armed, and the disarming
        # below must be in force by then, or the repeating timer outlives the region.
        signal.setitimer(signal.ITIMER_REAL, seconds, INTERVAL)
        yield
    finally:
        # The handler may run once more at the very start of this block: disarm again until done.
        while True:
            try:
                state["armed"] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except MailTimeLimit:
                state["fired"] = True
    if state["fired"]:
        # The interrupt landed where it was ignored, yet the block ran past its time.
        raise MailTimeLimit()


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
        late = False
        try:
            # Armed inside the try, as the alarm is: an exception delivered the moment the lock is
            # released must find the disarming below in force.
            with self._lock:
                self._armed[token] = ident
                heapq.heappush(self._deadlines, (time.monotonic() + seconds, token, ident))
                self._lock.notify()
            yield
        finally:
            # The exception may be delivered at the very start of this block: disarm again until
            # done. Once disarmed (under the lock) the watchdog cannot fire again for this block.
            while True:
                try:
                    with self._lock:
                        self._armed.pop(token, None)
                        if token in self._fired:
                            self._fired.discard(token)
                            # Withdraw the exception if it has not been delivered yet.
                            _async_raise(ident, None)
                            late = True
                    break
                except MailTimeLimit:
                    late = True
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
                heapq.heapreplace(self._deadlines, (time.monotonic() + INTERVAL, token, ident))
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
