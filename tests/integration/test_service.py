"""`rightsbot run` on the real servers: the jobs it schedules, what a job run does, faults that
never kill it, a stop that finishes the mail in hand, and, as a real subprocess, IMAP IDLE
picking up new mail within seconds while polling waits five minutes, and SIGTERM/SIGINT."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from bot.adapters import store
from bot.adapters.mailbox import Mailbox
from bot.adapters.outbox import Outbox
from bot.core.errors import MailboxUnavailable
from bot.entrypoints.service import Service
from bot.services import views
from bot.services.drafts import approve
from bot.services.intake import poll_once
from tests.integration.test_cli import workdir  # noqa: F401
from tests.integration.test_rights import AINO, EMILY, STAFF, app, request  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def append(app, sender: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", subject
    msg["Message-ID"] = f"<{subject.replace(' ', '-')}@example.test>"
    msg.set_content(body)
    with app.mailbox() as box:
        box.append(msg.as_bytes(), when=app.clock.now() - timedelta(hours=1))


def test_the_service_schedules_one_job_of_each_kind(app):
    service = Service(app)
    service.scheduler.start(paused=True)
    try:
        found = {job.id: job for job in service.scheduler.apscheduler.get_jobs()}
    finally:
        service.scheduler.shutdown()
    assert set(found) == {"intake", "send", "remind", "digest", "housekeeping", "check"}
    assert all(job.max_instances == 1 for job in found.values())
    assert found["intake"].trigger.interval == timedelta(seconds=app.settings.poll_seconds)


def test_a_job_run_calls_its_service_and_leaves_a_heartbeat(app, smtp_server):
    request(app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = views.drafts(app, "pending")
    approve(app, ack["id"], STAFF)
    Service(app).run_job("send")
    assert [d["status"] for d in views.drafts(app) if d["id"] == ack["id"]] == ["sent"]
    with app.store.session() as session:
        beat = json.loads(store.get_setting(session, "heartbeat.send"))
    assert beat["ok"] is True and beat["error"] is None


def _no_mailbox(app, monkeypatch, port):
    def unreachable():
        raise MailboxUnavailable("IMAP 127.0.0.1:1: connect failed: Connection refused")

    monkeypatch.setattr(app, "mailbox", unreachable)


def _no_smtp_server(app, monkeypatch, port):
    monkeypatch.setattr(app, "outbox", lambda: Outbox("127.0.0.1", port))


def _no_database(app, monkeypatch, port):
    def down(*args, **kw):
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(app.store, "session", down)


@pytest.mark.parametrize("job, fault, logged", [
    ("intake", _no_mailbox, "Connection refused"),
    ("digest", _no_smtp_server, "SMTP 127.0.0.1"),  # NOW is a Tuesday at noon: the digest is due
    ("housekeeping", _no_database, "OperationalError"),
])
def test_a_lost_connection_is_logged_and_retried_with_backoff_never_raised(app, monkeypatch, caplog, unused_port,
                                                                           job, fault, logged):
    fault(app, monkeypatch, unused_port)
    service = Service(app)
    service.scheduler.start(paused=True)
    try:
        later = datetime.now(timezone.utc) + timedelta(seconds=60)
        with caplog.at_level(logging.WARNING, logger="bot.service"):
            service.run_job(job)
            service.run_job(job)
        [found] = [j for j in service.scheduler.apscheduler.get_jobs() if j.id == job]
        # Retried within seconds (5 s, then 10 s), not at its next regular time.
        assert found.next_run_time < later
    finally:
        service.scheduler.shutdown()
    lines = [r.getMessage() for r in caplog.records if "job_failed" in r.getMessage()]
    assert len(lines) == 2 and "retry_in=5s" in lines[0] and "retry_in=10s" in lines[1]
    assert logged in lines[0] and "\n" not in lines[0] and "test-password" not in lines[0]
    monkeypatch.undo()
    if job != "housekeeping":
        with app.store.session() as session:
            assert json.loads(store.get_setting(session, f"heartbeat.{job}"))["ok"] is False


def test_a_stop_during_a_pass_finishes_the_mail_in_hand(app, monkeypatch):
    import bot.services.intake as intake

    for n in range(3):
        append(app, AINO, f"Copy {n}", "Please send me a copy of my personal data.")
    stop = threading.Event()
    real = intake.classify

    def classify_then_stop(*args, **kw):
        stop.set()  # the signal comes while the first mail is being read
        return real(*args, **kw)

    monkeypatch.setattr(intake, "classify", classify_then_stop)
    first = poll_once(app, stop)
    assert first.fetched == 1 and len(first.cases_opened) == 1
    monkeypatch.undo()
    second = poll_once(app)
    assert second.fetched == 2 and len(views.cases(app)) == 3


# -- the real process -------------------------------------------------------------------------


@pytest.fixture
def service_dir(workdir):
    # Polling alone would take five minutes: a case within seconds can only come from IDLE.
    with (workdir / ".env").open("a") as env:
        env.write("POLL_SECONDS=300\nLOG_LEVEL=INFO\n")
    return workdir


class Running:
    """`rightsbot run` in a subprocess, its log read line by line as it comes."""

    def __init__(self, workdir: Path):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "MAIL_", "STAFF_", "DATABASE_"))}
        env["PYTHONPATH"] = str(ROOT)
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=workdir, env=env, text=True,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.append(line)

    def wait_for(self, text: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not any(text in line for line in self.lines):
            assert self.proc.poll() is None, "".join(self.lines)[-3000:]
            assert time.monotonic() < deadline, f"no {text!r} in:\n" + "".join(self.lines)[-3000:]
            time.sleep(0.05)

    def stop(self, signum: int) -> int:
        self.proc.send_signal(signum)
        try:
            return self.proc.wait(30)
        finally:
            self._reader.join(5)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def drafted(db: store.Store) -> list[tuple[str, str]]:
    with db.session() as session:
        # Drafts first: pysqlite runs each SELECT in a snapshot of its own, and the service may commit
        # between the two; a draft is committed with its case, so a draft seen has its case seen after.
        drafts = store.list_drafts(session)
        cases = {c.id: c.ref for c in store.list_cases(session)}
        return [(cases[d.case_id], d.template) for d in drafts]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_idle_turns_new_mail_into_a_case_within_seconds_and_a_signal_stops_it_cleanly(
        service_dir, imap_account, signum):
    running = Running(service_dir)
    db = None
    try:
        running.wait_for("imap_idle_started")
        db = store.Store(f"sqlite:///{service_dir / 'rightsbot.db'}")
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "Ville <ville@example.fi>", "info@allsec.fi", "Tietopyyntö"
        msg["Message-ID"] = "<idle-1@example.fi>"
        msg.set_content("Hei, haluaisin kopion kaikista minua koskevista tiedoista.")
        with Mailbox(imap_account.host, imap_account.port, imap_account.username, imap_account.password,
                     "none") as box:
            box.append(msg.as_bytes(), when=datetime.now(timezone.utc))
        appended = time.monotonic()
        # Issue 8, done when: a case with its drafted acknowledgement in under 2 seconds.
        while not drafted(db) and time.monotonic() - appended < 2:
            time.sleep(0.02)
        found = drafted(db)
        assert ("DSR-" in (found or [("", "")])[0][0]), "".join(running.lines)[-3000:]
        assert "customer/acknowledgement" in [template for _ref, template in found]
        assert running.stop(signum) == 0
        log = "".join(running.lines)
        assert "service_stopping" in log and "service_stopped" in log and "Traceback" not in log
        assert "test-password" not in log and "ville@example.fi" not in log
        # One line an event: not the scheduler's own line for every job run.
        assert "apscheduler" not in log
    finally:
        running.kill()
        if db is not None:
            db.dispose()
