"""Run a `rightsbot` command in a child process that kills itself with SIGKILL at a chosen point.

`run_cli(args, env, cwd, kill=KillAt("module:Qual.name", nth, "before"|"after"))` starts the
command in a new process, wraps the named function so that its `nth` call sends SIGKILL to its own
process (before the real call, or after it returned), and reports how the process ended. The count
can start after another function first returned (`armed_by`), or take only the calls that carry
given bytes (`matching`: one mail that kills every run). SIGKILL
cannot be caught: no `finally`, no rollback, no flush, no atexit; what is on disk and on the
servers is what a power cut would leave.

The children are forked from a multiprocessing forkserver that has imported rightsbot and loaded
its language model once, so a run costs a fork, not an interpreter start. Nothing here is in
the product: the hook is this test module's, applied in the child only.
"""

from __future__ import annotations

import functools
import importlib
import multiprocessing
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

import bot.adapters.register  # noqa: F401  (imported here so that each child need not)
import bot.entrypoints.bootstrap  # noqa: F401
import bot.services.housekeeping  # noqa: F401
from bot.entrypoints.cli import main
from bot.entrypoints.service import _warm_up

_warm_up()  # in the forkserver, once: every child starts with the model loaded

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload([__name__])


@dataclass(frozen=True)
class KillAt:
    """Kill at the `nth` call of `target` ("package.module:Class.method" or "package.module:function")."""

    target: str
    nth: int = 1
    when: str = "before"  # "before" the real call, or "after" it returned
    # Count only the calls made after the first call of this function returned (e.g. the first
    # commit after the SMTP server took a mail).
    armed_by: str | None = None
    # Count only the calls with a bytes argument containing this (one mail that kills every run).
    matching: bytes | None = None

    def __str__(self) -> str:
        return f"{self.when}-{self.target}#{self.nth}" + (f"-after-{self.armed_by}" if self.armed_by else "")


@dataclass(frozen=True)
class Ended:
    exitcode: int
    stdout: str
    stderr: str

    @property
    def killed(self) -> bool:
        return self.exitcode == -signal.SIGKILL


def _wrap(target: str, make) -> None:
    module_name, _, qualname = target.partition(":")
    owner = importlib.import_module(module_name)
    *path, attr = qualname.split(".")
    for name in path:
        owner = getattr(owner, name)
    real = getattr(owner, attr)
    setattr(owner, attr, functools.wraps(real)(make(real)))


def arm(kill: KillAt) -> None:
    """Wrap `kill.target` in this process so that its `kill.nth` call ends the process."""
    armed = kill.armed_by is None
    calls = 0

    def trigger(real):
        def wrapper(*args, **kwargs):
            nonlocal armed
            result = real(*args, **kwargs)
            armed = True
            return result
        return wrapper

    def killer(real):
        def wrapper(*args, **kwargs):
            nonlocal calls
            if not armed or (kill.matching is not None and not any(
                    isinstance(a, bytes) and kill.matching in a for a in (*args, *kwargs.values()))):
                return real(*args, **kwargs)
            calls += 1
            if calls == kill.nth and kill.when == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            if calls == kill.nth and kill.when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return wrapper

    if kill.armed_by is not None:
        _wrap(kill.armed_by, trigger)
    _wrap(kill.target, killer)


def _child(args: list[str], env: dict[str, str], cwd: str, kill: KillAt | None, out: str, err: str) -> None:
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    # Everything the command prints or logs goes to files the parent reads (fd level, so the
    # logging handler set up by `main` writes there too).
    for fd, path in ((1, out), (2, err)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    sys.stdout = open(1, "w", buffering=1, closefd=False)
    sys.stderr = open(2, "w", buffering=1, closefd=False)
    if kill is not None:
        arm(kill)
    code = main(args)
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)


def start_cli(args: list[str], env: dict[str, str], cwd: Path, kill: KillAt | None = None, name: str = "run"):
    """Start the command; returns (process, stdout path, stderr path). For `rightsbot run`."""
    out, err = cwd / f"{name}.out", cwd / f"{name}.err"
    proc = _context.Process(target=_child, args=(list(args), dict(env), str(cwd), kill, str(out), str(err)))
    proc.start()
    return proc, out, err


def finished(proc, out: Path, err: Path, timeout: float = 60) -> Ended:
    proc.join(timeout)
    if proc.exitcode is None:
        proc.kill()
        proc.join()
        raise AssertionError(f"the command did not end within {timeout}s: {err.read_text(errors='replace')[-2000:]}")
    return Ended(proc.exitcode, out.read_text(errors="replace"), err.read_text(errors="replace"))


def run_cli(args: list[str], env: dict[str, str], cwd: Path, kill: KillAt | None = None,
            timeout: float = 60) -> Ended:
    """Run `rightsbot ARGS` to its end (or its death) in a forked child; `cwd` holds its output."""
    return finished(*start_cli(args, env, cwd, kill), timeout=timeout)
