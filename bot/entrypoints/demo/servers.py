"""Throw-away mail servers on loopback for ``rightsbot demo``.

``imap_server()`` runs pymap's in-memory "dict" backend with one user and an
empty INBOX (seed it with ``Mailbox.append``). ``smtp_sink()`` runs an aiosmtpd
server that keeps every message it is given. Both listen on 127.0.0.1 only,
on a port the OS picks, and stop when the ``with`` block ends. Nothing leaves
the machine and nothing is written to disk except pymap's small args file.

pymap keeps INTERNALDATE as given at APPEND. It does not admit keywords
(its PERMANENTFLAGS has no ``\\*``), so ``Mailbox.mark_processed`` returns False
there; the demo must not rely on the keyword.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller

LOOPBACK = "127.0.0.1"
_START_TIMEOUT = 20.0


@dataclass(frozen=True)
class ServerInfo:
    host: str
    port: int
    username: str
    password: str

    def __repr__(self) -> str:
        return f"ServerInfo(host={self.host!r}, port={self.port}, username={self.username!r})"


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class Sink:
    host: str
    port: int
    messages: list[Received] = field(default_factory=list)


@contextmanager
def imap_server(username: str = "info@allsec.fi", password: str = "demo") -> Iterator[ServerInfo]:
    """Run pymap (dict backend) in a child process with one user and an empty INBOX."""
    with tempfile.TemporaryDirectory(prefix="rightsbot-pymap-") as tmp:
        # pymap reads "@file" arguments and expands $VARS in them from its
        # environment, so the password stays out of the process list.
        args_file = Path(tmp) / "pymap.args"
        args_file.write_text(
            "--demo-user=${RIGHTSBOT_DEMO_IMAP_USER}\n--demo-password=${RIGHTSBOT_DEMO_IMAP_PASSWORD}\n"
        )
        env = dict(
            os.environ,
            RIGHTSBOT_DEMO_IMAP_USER=username,
            RIGHTSBOT_DEMO_IMAP_PASSWORD=password,
        )
        log_path = Path(tmp) / "pymap.log"
        proc = None
        port = 0
        # The free port is only reserved once pymap binds it; if something
        # else took it meanwhile, pymap exits and we try another.
        for _attempt in range(3):
            port = _free_port()
            with log_path.open("ab") as log:
                proc = subprocess.Popen(
                    [
                        sys.executable, "-c", "from pymap.main import main; main()",
                        "--host", LOOPBACK, "--port", str(port), "--no-tls",
                        "dict", f"@{args_file}",
                    ],
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            if wait_for_imap_greeting(LOOPBACK, port, proc, time.monotonic() + _START_TIMEOUT):
                break
            stop_process(proc)
            proc = None
        if proc is None:
            tail = log_path.read_text(errors="replace")[-1000:]
            raise RuntimeError(f"demo IMAP server (pymap) did not start on {LOOPBACK}: {tail.strip()}")
        try:
            yield ServerInfo(LOOPBACK, port, username, password)
        finally:
            stop_process(proc)


@contextmanager
def smtp_sink() -> Iterator[Sink]:
    """Run an aiosmtpd server that accepts everything and keeps it in ``.messages``."""
    handler = _SinkHandler()
    controller = _LoopbackController(handler, hostname=LOOPBACK, port=0)
    controller.start()
    try:
        yield Sink(LOOPBACK, controller.port, handler.messages)
    finally:
        controller.stop()


class _SinkHandler:
    def __init__(self) -> None:
        self.messages: list[Received] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:
        received = Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
        with self._lock:
            self.messages.append(received)
        return "250 OK"


class _LoopbackController(Controller):
    """Bound to port 0, so the OS picks a free port and there is no race."""

    def _trigger_server(self):
        # Learn the chosen port before aiosmtpd's own start-up check connects.
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def wait_for_imap_greeting(host: str, port: int, proc: subprocess.Popen, deadline: float) -> bool:
    """True once an IMAP server started as `proc` greets on host:port; False if it dies or time runs out."""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection((host, port), timeout=1.0) as s:
                if s.recv(64).startswith(b"* OK"):
                    return True
        except OSError:
            pass
        time.sleep(0.05)
    return False


def stop_process(proc: subprocess.Popen) -> None:
    """Stop a server we started: SIGTERM, then SIGKILL after ten seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
