"""Fault injection on the wire and in the database: IMAP and SMTP cut mid-command, stalled or slow
(a TCP proxy on loopback in front of the real Dovecot and aiosmtpd, tests/integration/faultproxy.py),
the answer to a Sent-folder APPEND lost, the SQLite database locked by another writer, PostgreSQL
dropping every connection mid-pass, and the folder recreated under a new UIDVALIDITY. Each fault is logged, the pass or the draft is retried,
and the same process recovers: nothing lost, nothing taken or delivered twice.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from bot.adapters.clock import FixedClock
from bot.adapters.mailbox import Mailbox
from bot.core.errors import MailboxUnavailable
from bot.entrypoints import bootstrap, config
from bot.entrypoints.service import Service
from bot.services import views
from bot.services.housekeeping import housekeep
from bot.services.intake import poll_once
from bot.services.sending import send_approved
from tests.integration.conftest import postgres_schema
from tests.integration.faultmail import (  # noqa: F401  (reference is a fixture)
    MAILS,
    STAFF,
    approve_all,
    assert_nothing_lost,
    bot_env,
    deliver,
    end_state,
    reference,
)
from tests.integration.faultproxy import FaultProxy

pytestmark = pytest.mark.integration

# A Tuesday in office hours.
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def imap_proxy(imap_account):
    proxy = FaultProxy(imap_account.host, imap_account.port)
    yield proxy
    proxy.close()


@pytest.fixture
def smtp_proxy(smtp_server):
    proxy = FaultProxy(smtp_server.host, smtp_server.port)
    yield proxy
    proxy.close()


def _through(account, proxy):
    return SimpleNamespace(host=proxy.host, port=proxy.port, username=getattr(account, "username", None),
                           password=getattr(account, "password", None))


def _build(env, timeout: float = 2.0):
    """The bot in this process, with IMAP and SMTP timeouts short enough for a test."""
    app = bootstrap.build(config.from_mapping(env), clock=FixedClock(NOW))
    mailbox, outbox = app.mailbox, app.outbox

    def short_mailbox():
        box = mailbox()
        box.timeout = timeout
        return box

    def short_outbox():
        out = outbox()
        out.timeout = timeout
        return out

    app.mailbox, app.outbox = short_mailbox, short_outbox
    return app


@pytest.fixture
def env(tmp_path, imap_account, smtp_server, imap_proxy, smtp_proxy):
    deliver(imap_account, MAILS, when=NOW - timedelta(hours=2))
    # One mail a batch: the faults below are placed mail by mail (test_batches.py covers batches).
    return bot_env(tmp_path, f"sqlite:///{tmp_path / 'bot.db'}", _through(imap_account, imap_proxy),
                   _through(smtp_server, smtp_proxy), INTAKE_BATCH="1")


@pytest.fixture
def app(env):
    built = _build(env)
    yield built
    built.store.dispose()


# -- IMAP ---------------------------------------------------------------------------------------


def test_imap_cut_or_stalled_mid_command_stops_the_pass_and_the_next_takes_every_mail_once(
        app, env, imap_proxy, reference, caplog):
    # The answer to FETCH cut half-way: nothing recorded yet.
    imap_proxy.cut_on(b"BODY[] {", "down")
    with pytest.raises(MailboxUnavailable, match=r"^IMAP 127\.0\.0\.1:\d+: fetch failed"):
        poll_once(app)
    assert end_state(env["DATABASE_URL"])["mails"] == []
    # The connection cut as the first mail is marked (after its transaction): that mail stays taken.
    imap_proxy.cut_on(b"UID STORE", "up")
    with pytest.raises(MailboxUnavailable, match="store failed"):
        poll_once(app)
    assert len(end_state(env["DATABASE_URL"])["mails"]) == 1
    # The server stops answering in the middle of a FETCH: the short timeout ends the pass.
    imap_proxy.stall_on(b"BODY[] {", "down")
    with pytest.raises(MailboxUnavailable, match="timed out after 2s"):
        poll_once(app)
    # A slow server: every chunk waits; the pass gets through.
    imap_proxy.heal()
    imap_proxy.delay = 0.01
    report = poll_once(app)
    assert report.fetched == len(MAILS) - 1 and report.skipped >= 1
    assert imap_proxy.fired == ["cut down b'BODY[] {'", "cut up b'UID STORE'", "stall down b'BODY[] {'"]
    state = end_state(env["DATABASE_URL"])
    assert_nothing_lost(state, MAILS)
    assert state == reference


def test_the_service_survives_a_lost_imap_connection_and_takes_the_mail_without_a_restart(
        app, env, imap_proxy, reference, caplog):
    service = Service(app)
    service.scheduler.start(paused=True)
    try:
        imap_proxy.cut_on(b"BODY[] {", "down")
        with caplog.at_level(logging.WARNING, logger="bot.service"):
            service.run_job("intake")  # fails, logged, retried with backoff; never raised
        [line] = [r.getMessage() for r in caplog.records if "job_failed" in r.getMessage()]
        assert "job=intake" in line and "retry_in=5s" in line and "fetch failed" in line
        [job] = [j for j in service.scheduler.apscheduler.get_jobs() if j.id == "intake"]
        assert job.next_run_time < datetime.now(timezone.utc) + timedelta(seconds=10)
        service.run_job("intake")  # the retry: the same process, a new connection
    finally:
        service.scheduler.shutdown()
    state = end_state(env["DATABASE_URL"])
    assert_nothing_lost(state, MAILS)
    assert state == reference


def test_the_idle_watcher_reconnects_after_its_connection_is_cut_and_takes_the_new_mail(
        tmp_path, imap_account, smtp_server, imap_proxy, monkeypatch, caplog):
    """`rightsbot run`'s IMAP IDLE connection dies (a NAT timeout, a server restart): the watcher
    logs it, reconnects after its backoff and takes what came meanwhile, in the same process."""
    import bot.entrypoints.service as service_module

    env = bot_env(tmp_path, f"sqlite:///{tmp_path / 'bot.db'}", _through(imap_account, imap_proxy),
                  smtp_server, POLL_SECONDS="3600")  # the timer would not take the mail in time
    app = _build(env)
    monkeypatch.setattr(service_module, "backoff", lambda failures: timedelta(seconds=0.2))  # 5 s in service
    service = Service(app)
    with caplog.at_level(logging.INFO, logger="bot.service"):
        service.start()
        try:
            assert _wait_for(service.idling.is_set, 15)
            connections = imap_proxy.connections
            imap_proxy.drop_all()
            deliver(imap_account, MAILS[:1], when=NOW - timedelta(hours=2))  # straight to Dovecot
            assert _wait_for(lambda: len(end_state(env["DATABASE_URL"])["cases"]) == 1, 15)
        finally:
            service.shutdown()
            app.store.dispose()
    assert imap_proxy.connections > connections
    assert any("imap_idle_lost" in r.getMessage() for r in caplog.records)


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


# -- SMTP ---------------------------------------------------------------------------------------


def _customer_deliveries(smtp_server) -> Counter:
    return Counter(message_from_bytes(m.content)["Message-ID"] for m in smtp_server.messages
                   if m.rcpt_tos != [STAFF])


@pytest.fixture
def one_approved(tmp_path, imap_account, smtp_server, imap_proxy, smtp_proxy):
    """A bot with one approved acknowledgement (Emily's unsubscribe), SMTP through the proxy."""
    deliver(imap_account, [MAILS[6]], when=NOW - timedelta(hours=2))
    env = bot_env(tmp_path, f"sqlite:///{tmp_path / 'bot.db'}", _through(imap_account, imap_proxy),
                  _through(smtp_server, smtp_proxy))
    app = _build(env)
    poll_once(app)
    approve_all(env)
    [draft] = views.drafts(app, "approved")
    yield app, draft
    app.store.dispose()


def _status(app, draft_id: int) -> str:
    return next(d["status"] for d in views.drafts(app) if d["id"] == draft_id)


def test_smtp_cut_or_stalled_before_the_mail_was_handed_over_is_retried_later_and_delivered_once(
        one_approved, smtp_proxy, smtp_server):
    app, draft = one_approved
    smtp_proxy.cut_on(b"data\r\n", "up")  # lost at the DATA command (smtplib writes it lower-case)
    assert send_approved(app)["deferred"] == 1
    app.clock.advance(minutes=6)
    smtp_proxy.stall_on(b"220 ", "down")  # no greeting
    assert send_approved(app)["deferred"] == 1
    assert "timed out" in next(d for d in views.drafts(app) if d["id"] == draft["id"])["last_error"]
    assert smtp_server.messages == []
    app.clock.advance(minutes=11)
    smtp_proxy.heal()
    smtp_proxy.delay = 0.01  # slow, but it answers
    assert send_approved(app)["sent"] == 1
    assert _customer_deliveries(smtp_server) == Counter({draft["message_id"]: 1})
    assert smtp_proxy.fired == ["cut up b'data\\r\\n'", "stall down b'220 '"]


def test_smtp_cut_after_the_mail_was_handed_over_is_never_sent_again_blindly(one_approved, smtp_proxy,
                                                                             smtp_server):
    """The server has the whole mail (the final dot went through) but its answer never comes back:
    it may be on its way. Sending it again could deliver it twice; the bot leaves it `sending` and
    housekeeping asks staff, as for a send stopped mid-way."""
    app, draft = one_approved
    smtp_proxy.cut_on(b"\r\n.\r\n", "up", forward=True)
    send_approved(app)
    assert _wait_for(lambda: len(smtp_server.messages) == 1, 5) and len(smtp_proxy.fired) == 1  # the server took it
    assert "may have been delivered" in views.drafts(app)[0]["last_error"]
    for minutes in (6, 30, 120):
        app.clock.advance(minutes=minutes)
        send_approved(app)
        housekeep(app)
    assert _customer_deliveries(smtp_server) == Counter({draft["message_id"]: 1})
    assert _status(app, draft["id"]) == "sending"
    alerts = [m for m in smtp_server.messages if m.rcpt_tos == [STAFF]]
    assert len(alerts) == 1  # "sent or not? a person decides"


def test_a_sent_copy_whose_append_answer_was_lost_is_not_filed_twice(one_approved, imap_proxy, imap_account,
                                                                      smtp_server):
    """The Sent folder took the copy but the answer to APPEND never came back: housekeeping files the
    copy later, and must not put a second one beside the first."""
    app, draft = one_approved
    imap_proxy.cut_on(b"Append completed", "down")
    assert send_approved(app)["sent"] == 1
    assert imap_proxy.fired == ["cut down b'Append completed'"]
    housekeep(app)
    housekeep(app)
    with Mailbox(imap_account.host, imap_account.port, imap_account.username, imap_account.password,
                 "none") as box:
        folder = box.sent_folder()
        box._client.select_folder(folder, readonly=True)
        copies = box._client.search(["HEADER", "Message-ID", draft["message_id"]])
    assert len(copies) == 1
    assert len(_customer_deliveries(smtp_server)) == 1


# -- the database -------------------------------------------------------------------------------


def _hold_write_lock(path, seconds: float) -> threading.Thread:
    """Another process's writer: BEGIN IMMEDIATE on the bot's SQLite file, held for `seconds`."""
    ready = threading.Event()

    def hold():
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        ready.set()
        threading.Event().wait(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    ready.wait(5)
    return thread


def test_a_locked_database_fails_the_job_and_the_service_recovers_without_a_restart(app, env, tmp_path, reference,
                                                                                   caplog):
    # SQLite's busy timeout at one second instead of 30, so that a lock can outlast it in a test.
    event.listen(app.store.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA busy_timeout=1000"))
    app.store.engine.dispose()  # the pooled connections were opened before
    service = Service(app)
    service.scheduler.start(paused=True)
    try:
        # Another writer holds the lock for longer than the busy timeout: the job fails with the
        # reason in one line, and nothing is quarantined for an outage.
        holder = _hold_write_lock(tmp_path / "bot.db", 2.5)
        with caplog.at_level(logging.WARNING, logger="bot.service"):
            service.run_job("intake")
        holder.join()
        [line] = [r.getMessage() for r in caplog.records if "job_failed" in r.getMessage()]
        assert "job=intake" in line and "retry_in=5s" in line and "OperationalError: database is locked" in line
        assert end_state(env["DATABASE_URL"])["mails"] == []
        # The retry, in the same process, while a writer holds the lock for a moment: it waits, and
        # the pass gets through.
        holder = _hold_write_lock(tmp_path / "bot.db", 0.3)
        service.run_job("intake")
        holder.join()
    finally:
        service.scheduler.shutdown()
    assert end_state(env["DATABASE_URL"]) == reference


def test_postgresql_dropping_every_connection_mid_pass_loses_and_doubles_nothing(
        tmp_path, imap_account, smtp_server, reference, monkeypatch):
    import bot.services.intake as intake

    for url in postgres_schema("rightsbot_faults"):
        pg = sa.engine.make_url(url)
        proxy = FaultProxy(pg.host, pg.port)
        try:
            deliver(imap_account, MAILS, when=NOW - timedelta(hours=2))
            through = url.replace(f"@{pg.host}:{pg.port}/", f"@{proxy.host}:{proxy.port}/")
            app = _build(bot_env(tmp_path, through, imap_account, smtp_server, INTAKE_BATCH="1"))
            real, calls = intake.classify, []

            def classify_then_drop(*args, **kwargs):
                calls.append(1)
                if len(calls) == 6:
                    proxy.drop_all()  # the server restarts mid-mail
                return real(*args, **kwargs)

            monkeypatch.setattr(intake, "classify", classify_then_drop)
            with pytest.raises(sa.exc.OperationalError):
                poll_once(app)
            taken = len(end_state(url)["mails"])
            assert 0 < taken < len(MAILS)
            poll_once(app)  # the same engine: the pool tests each connection and opens new ones
            state = end_state(url)
            assert_nothing_lost(state, MAILS)
            assert state == reference
            app.store.dispose()
        finally:
            proxy.close()


# -- UIDVALIDITY --------------------------------------------------------------------------------


def _incoming(url: str) -> list[tuple]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT uidvalidity, uid, state FROM mail WHERE direction = 'in' "
                                    "ORDER BY uidvalidity, uid")).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def test_a_folder_recreated_under_a_new_uidvalidity_takes_no_mail_twice(tmp_path, imap_account, smtp_server):
    # Requests with and without a Message-ID, a second copy, the mail with no headers, a bounce.
    FEW = MAILS[:2] + MAILS[6:9] + MAILS[12:13]
    def mailbox(folder: str = "INBOX") -> Mailbox:
        return Mailbox(imap_account.host, imap_account.port, imap_account.username, imap_account.password, "none",
                       folder=folder)

    with mailbox() as inbox:
        inbox._client.create_folder("Requests")
    deliver(imap_account, FEW, folder="Requests", when=NOW - timedelta(hours=2))
    env = bot_env(tmp_path, f"sqlite:///{tmp_path / 'bot.db'}", imap_account, smtp_server, IMAP_FOLDER="Requests")
    app = _build(env)
    try:
        poll_once(app)
        before = end_state(env["DATABASE_URL"])
        with mailbox("Requests") as old:
            first = old.uidvalidity
        # Restored from a backup, or moved to a new server: the same mail in a new folder, new UIDs.
        with mailbox() as inbox:
            inbox._client.delete_folder("Requests")
            inbox._client.create_folder("Requests")
        deliver(imap_account, FEW, folder="Requests", when=NOW - timedelta(hours=2))
        with mailbox("Requests") as new:
            assert new.uidvalidity != first
        report = poll_once(app)
        after = end_state(env["DATABASE_URL"])
    finally:
        app.store.dispose()
    assert report.cases_opened == [] and report.quarantined == 0
    assert after["cases"] == before["cases"] and after["drafts"] == before["drafts"]
    assert after["events"] == before["events"]
    # Each copy under the new UIDVALIDITY is recorded (nothing unaccounted for) as a duplicate.
    rows = _incoming(env["DATABASE_URL"])
    again = [state for uidvalidity, _uid, state in rows if uidvalidity != first]
    assert len(again) == len(FEW) and set(again) == {"duplicate"}
