"""Exactly-once sending: two `rightsbot send` processes race over the same approved drafts.

Real processes, a real store (a SQLite file and a PostgreSQL schema) and aiosmtpd on loopback.
To make the race certain rather than lucky, the test holds a write lock on the drafts (SQLite: the
database's write lock; PostgreSQL: the rows, FOR UPDATE) while both processes start. Both read
the first draft as approved, both reach the claim, and both wait there; the test sees each one's
claim statement in its log (SQLAlchemy's engine log, to stderr) before it lets go. Then exactly
one claim may win each draft: the other finds it no longer approved and skips it.

Each deliberate bug in `bot.services.sending._claim` fails this test (README, "Mutation testing"):
without `status == approved` in the claim, or with a claim that always wins, the first draft
goes out twice.
"""

from __future__ import annotations

import email
import email.policy
import os
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.entrypoints import bootstrap, config
from bot.services import views
from bot.services.drafts import approve
from tests.integration.test_rights import AINO, EMILY, LINNEA, MATTI, STAFF, bot_env, request

ROOT = Path(__file__).resolve().parents[2]
# The real command, with SQLAlchemy's statement log on stderr so the test can see each claim begin.
SEND = ("import logging, sys\n"
        "h = logging.StreamHandler(sys.stderr)\n"
        "h.setFormatter(logging.Formatter('SQL %(message)s'))\n"
        "log = logging.getLogger('sqlalchemy.engine.Engine')\n"
        "log.addHandler(h); log.setLevel(logging.INFO); log.propagate = False\n"
        "from bot.entrypoints.cli import main\n"
        "sys.exit(main(['send']))\n")
CLAIM = "SQL UPDATE draft SET status="


class Sender:
    """One `rightsbot send` process; its stderr read line by line on a thread."""

    def __init__(self, env: dict[str, str], cwd: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", SEND], cwd=cwd, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.err: list[str] = []
        self.claiming = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.err.append(line)
            if line.startswith(CLAIM):
                self.claiming.set()

    def finish(self) -> tuple[int, str]:
        out, _ = self.proc.communicate(timeout=120)
        self._reader.join(timeout=10)
        return self.proc.returncode, out


def _held_write_lock(database_url: str, tmp_path: Path):
    """Hold a write lock on the drafts until the returned function is called."""
    if database_url.startswith("sqlite"):
        conn = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")  # the one writer's lock; readers go on (WAL)

        def release():
            conn.execute("ROLLBACK")
            conn.close()
        return release
    engine = sa.create_engine(database_url)
    conn = engine.connect()
    transaction = conn.begin()
    conn.execute(sa.text("SELECT id FROM draft FOR UPDATE"))  # readers go on (MVCC); writers of these rows wait

    def release():
        transaction.rollback()
        conn.close()
        engine.dispose()
    return release


def test_two_send_processes_send_each_draft_exactly_once(tmp_path, database_url, imap_account, smtp_server):
    env = bot_env(tmp_path, database_url, imap_account, smtp_server)
    app = bootstrap.build(config.from_mapping(env))  # the system clock, as the processes have
    try:
        for who, subject, body in [(AINO, "Copy", "Please send me a copy of my personal data."),
                                   (EMILY, "Unsubscribe", "Please stop sending me newsletters."),
                                   (MATTI, "Tietopyyntö", "Hei, haluaisin kopion kaikista tiedoistani."),
                                   (LINNEA, "Registerutdrag", "Hej, jag vill få ut alla uppgifter ni har om mig.")]:
            request(app, who, subject, body)
        pending = views.drafts(app, "pending")
        assert len(pending) == 4
        for d in pending:
            approve(app, d["id"], STAFF)
    finally:
        app.store.dispose()
    expected = {d["message_id"] for d in pending}

    proc_env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "MAIL_", "STAFF_"))}
    proc_env |= env | {"PYTHONPATH": str(ROOT)}
    release = _held_write_lock(database_url, tmp_path)
    senders: list[Sender] = []
    try:
        try:
            senders = [Sender(proc_env, tmp_path) for _ in range(2)]
            for s in senders:
                if not s.claiming.wait(timeout=60):
                    pytest.fail(f"a send never reached its claim: {''.join(s.err)[-2000:]}")
        finally:
            release()
        results = [s.finish() for s in senders]
    finally:
        for s in senders:  # a failed test leaves no process behind
            if s.proc.poll() is None:
                s.proc.kill()
                s.proc.wait(timeout=10)

    mails = [email.message_from_bytes(m.content, policy=email.policy.default) for m in smtp_server.messages]
    assert sorted(Counter(m["Message-ID"] for m in mails).values()) == [1, 1, 1, 1]  # each draft once, never twice
    assert {m["Message-ID"] for m in mails} == expected
    for (code, out), s in zip(results, senders):
        assert code == 0, "".join(line for line in s.err if not line.startswith("SQL"))[-2000:]
    assert {d["message_id"] for d in views_after(env)} == expected
    # Both reached the first draft's claim together, so one of them lost it and skipped it.
    sent = [int(out.split("sent ")[1].split(",")[0]) for _code, out in results]
    deferred = [int(out.split("deferred ")[1].split(",")[0]) for _code, out in results]
    assert sum(sent) == 4 and sum(deferred) >= 1, [out for _c, out in results]


def views_after(env: dict[str, str]) -> list[dict]:
    """The drafts the store records as sent, read afresh."""
    app = bootstrap.build(config.from_mapping(env))
    try:
        return views.drafts(app, "sent")
    finally:
        app.store.dispose()
