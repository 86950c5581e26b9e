"""Is the bot working? On the real Dovecot and SMTP sink, with a fake clock: a mailbox that cannot be
reached (nothing listens on its port) for ALERT_AFTER makes `status` unhealthy and alerts staff once;
a good pass makes it healthy again and tells staff once. Mail that cannot go out at all is said in
the log every hour, and `status` reports it."""

from __future__ import annotations

import email
import email.policy
import json
import logging
from datetime import datetime, timedelta, timezone

import pytest

from bot.adapters import store
from bot.adapters.clock import FixedClock
from bot.core.errors import MailboxUnavailable
from bot.entrypoints import bootstrap, config
from bot.entrypoints.service import Service
from bot.services import views
from bot.services.drafts import approve
from bot.services.health import recorded
from bot.services.intake import poll_once
from bot.services.status import status
from tests.integration.test_cli import rightsbot, workdir  # noqa: F401
from tests.integration.test_rights import AINO, EMILY, STAFF, bot_env, request

# Tuesday 24 November 2026, 12:00 in Helsinki: the office is open.
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock():
    return FixedClock(NOW)


@pytest.fixture
def bots(tmp_path, database_url, imap_account, smtp_server, unused_port, clock):
    """Two apps over one database and one clock: `up` reaches the servers; `down` has a mailbox or an
    SMTP server where nothing listens (`down("IMAP")`, `down("SMTP")`)."""
    env = bot_env(tmp_path, database_url, imap_account, smtp_server)
    built = []

    def build(broken: str | None = None):
        app = bootstrap.build(config.from_mapping(env | ({f"{broken}_PORT": str(unused_port)} if broken else {})),
                              clock=clock)
        built.append(app)
        return app

    yield build
    for app in built:
        app.store.dispose()


def staff_mail(smtp_server) -> list[email.message.EmailMessage]:
    mails = [email.message_from_bytes(m.content, policy=email.policy.default) for m in smtp_server.messages]
    return [m for m in mails if m["Auto-Submitted"] == "auto-generated"]


def at(clock, minutes: int) -> None:
    clock.at = NOW + timedelta(minutes=minutes)


def test_an_unreachable_mailbox_for_alert_after_is_unhealthy_alerts_staff_once_and_a_good_pass_heals_it(
        bots, clock, smtp_server, imap_account):
    up, down = Service(bots()), Service(bots("IMAP"))
    up.run_job("intake")
    assert status(up.app)["healthy"]
    for minutes in (1, 21, 41, 60):
        at(clock, minutes)
        down.run_job("intake")
        down.run_job("check")
        report = status(down.app)
        # Failing for 59 minutes: not yet.
        assert report["healthy"] and report["intake"]["failing_since"] == "2026-11-24T12:01:00+02:00"
    assert staff_mail(smtp_server) == []
    at(clock, 62)
    down.run_job("intake")
    report = status(down.app)
    assert not report["healthy"]
    [problem] = report["problems"]
    assert problem["what"] == "intake" and problem["code"] == "failing" and "1 h 1 min" in problem["text"]
    [reason] = report["intake"]["reasons"]
    assert f"{imap_account.host}:" in reason["reason"] and "refused" in reason["reason"] and reason["count"] == 5
    assert report["intake"]["last_ok"] == "2026-11-24T12:00:00+02:00"
    for minutes in (62, 63, 80):
        at(clock, minutes)
        down.run_job("check")
    [alert] = staff_mail(smtp_server)
    assert alert["To"] == STAFF and "cannot read the mailbox" in alert["Subject"]
    body = alert.get_content()
    assert "2026-11-24 12:01" in body and "refused" in body and "rightsbot poll --once" in body
    # The mailbox answers again: one good pass heals it, and staff hear so once.
    at(clock, 85)
    up.run_job("intake")
    report = status(up.app)
    assert report["healthy"] and report["intake"]["failing_since"] is None
    assert report["intake"]["last_ok"] == "2026-11-24T13:25:00+02:00"
    for minutes in (85, 86, 200):
        at(clock, minutes)
        up.run_job("check")
    alert, recovered = staff_mail(smtp_server)
    assert "reads the mailbox again" in recovered["Subject"] and "2026-11-24 12:01" in recovered["Subject"]
    assert "2026-11-24 13:25" in recovered.get_content()


def test_a_stale_heartbeat_is_unhealthy(bots, clock):
    service = Service(bots())
    service.run_job("intake")
    service.run_job("check")
    at(clock, 4)
    assert status(service.app)["healthy"]
    at(clock, 6)
    report = status(service.app)
    assert not report["healthy"] and report["problems"][0]["code"] == "heartbeat_stale"
    assert report["service"]["heartbeat"] == "2026-11-24T12:00:00+02:00"


def test_mail_that_cannot_go_out_at_all_is_logged_every_hour_and_status_reports_it(bots, clock, smtp_server, caplog):
    up, down = Service(bots()), Service(bots("SMTP"))
    request(up.app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    [ack] = views.drafts(up.app, "pending")
    approve(up.app, ack["id"], STAFF)
    down.run_job("send")
    assert status(down.app)["send"]["failing_since"] == "2026-11-24T12:00:00+02:00"

    def errors() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]

    with caplog.at_level(logging.INFO):
        for minutes in (30, 61, 62, 90):
            at(clock, minutes)
            down.run_job("send")
            down.run_job("check")
        first = errors()
        # Once when it reached an hour (61), not at every check after it.
        assert len([e for e in first if e.startswith("health_failing what=send")]) == 1
        assert len([e for e in first if e.startswith("alert_not_sent what=send")]) == 1
        report = status(down.app)
        assert not report["healthy"] and report["problems"][0]["what"] == "send"
        assert report["alerts_undelivered"]["since"] == "2026-11-24T13:01:00+02:00"
        assert "SMTP" in report["alerts_undelivered"]["reason"]
        at(clock, 122)
        down.run_job("check")
        assert len(errors()) == len(first) + 2  # an hour later, again
    assert staff_mail(smtp_server) == []
    # The SMTP server answers again: the reply goes out, staff hear that sending works again.
    at(clock, 130)
    with up.app.store.session() as session:
        draft = store.get_draft(session, ack["id"])
        draft.next_attempt_at = None
        session.add(draft)
    up.run_job("send")
    up.run_job("check")
    [recovered] = staff_mail(smtp_server)
    assert "sends mail again" in recovered["Subject"]
    assert status(up.app)["alerts_undelivered"] is None and status(up.app)["healthy"]


def test_an_alert_due_at_night_goes_at_the_next_opening(bots, clock, smtp_server):
    # Friday 27 November 2026, 15:30 in Helsinki; the office closes at 16:00.
    clock.at = datetime(2026, 11, 27, 13, 30, tzinfo=timezone.utc)
    down = Service(bots("IMAP"))
    down.run_job("intake")
    clock.at += timedelta(hours=1, minutes=15)
    down.run_job("intake")
    down.run_job("check")
    assert not status(down.app)["healthy"] and staff_mail(smtp_server) == []
    clock.at = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)  # Monday 08:00
    down.run_job("check")
    [alert] = staff_mail(smtp_server)
    assert "2026-11-27 15:30" in alert["Subject"]


def test_status_shows_the_drafts_and_cases_that_wait(bots, clock):
    up = Service(bots())
    request(up.app, AINO, "Copy", "Please send me a copy of my personal data.")
    report = status(up.app)
    assert report["drafts_waiting"]["pending"] == 1 and report["oldest_unanswered"]["ref"].startswith("DSR-2026-")
    assert report["cases_overdue"] == [] and report["sign_in_expires"] is None


def test_status_from_the_command_line_exits_1_while_intake_fails_and_0_after_a_good_pass(workdir, unused_port,
                                                                                          imap_account):
    env_file = workdir / ".env"
    good = env_file.read_text()
    env_file.write_text(good.replace(f"IMAP_PORT={imap_account.port}", f"IMAP_PORT={unused_port}"))
    # A pass two hours ago failed as well (the service, another process, with its own clock).
    settings = config.from_mapping(dict(line.split("=", 1) for line in env_file.read_text().split())
                                   | {"DATABASE_URL": f"sqlite:///{workdir / 'rightsbot.db'}"})
    earlier = bootstrap.build(settings, clock=FixedClock(datetime.now(timezone.utc) - timedelta(hours=2)))
    with pytest.raises(MailboxUnavailable):
        recorded(earlier, "intake", lambda: poll_once(earlier))
    earlier.store.dispose()
    failed = rightsbot(workdir, "poll", "--once")
    assert failed.returncode == 2 and "refused" in failed.stderr
    text = rightsbot(workdir, "status")
    assert text.returncode == 1, text.stderr
    assert text.stdout.startswith("rightsbot is UNHEALTHY") and "reading the mailbox has failed for 2 h" in text.stdout
    assert "(2x, last" in text.stdout and "no heartbeat" in text.stdout
    report = rightsbot(workdir, "status", "--json")
    assert report.returncode == 1
    data = json.loads(report.stdout)
    assert data["healthy"] is False and data["intake"]["failures"] == 2 and data["intake"]["last_ok"] is None
    env_file.write_text(good)
    assert rightsbot(workdir, "poll", "--once").returncode == 0
    healthy = rightsbot(workdir, "status", "--json")
    assert healthy.returncode == 0 and json.loads(healthy.stdout)["healthy"] is True


def test_status_without_its_database_is_unhealthy_in_one_line(workdir, unused_port):
    with (workdir / ".env").open("a") as env:
        env.write(f"DATABASE_URL=postgresql+psycopg://rightsbot@127.0.0.1:{unused_port}/rightsbot\n")
    result = rightsbot(workdir, "status")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("rightsbot: DATABASE_URL: the database cannot be reached") and "\n" == result.stderr[-1]
    assert result.stderr.count("\n") == 1


def test_two_processes_recording_their_first_outcome_at_once_both_get_through(bots, monkeypatch):
    """Two `send` runs record their first "send" outcome at the same moment: both read no row, and
    the other commits its row before this one writes. This one must not fail (it would stop a send
    between the SMTP conversation and recording the draft sent). Found by
    tests/integration/test_send_race.py; a plain INSERT failed here with IntegrityError."""
    from bot.services import health

    one, other = bots(), bots()
    original = store.get_setting
    raced = []

    def get_setting_while_the_other_inserts(session, key):
        found = original(session, key)  # this run finds no row: it will add one
        if not raced and key.startswith(health.OUTCOME_KEY):  # meanwhile the other run inserts and commits
            raced.append(key)
            theirs = health.Outcome().succeeded(NOW, other.settings.alert_after)
            with other.store.session() as their_session:
                store.put_setting(their_session, key, json.dumps(theirs.to_json()))
        return found

    monkeypatch.setattr(store, "get_setting", get_setting_while_the_other_inserts)
    health.record(one, "send", ok=False, reason="injected")
    monkeypatch.undo()
    assert raced == [health.OUTCOME_KEY + "send"]
    with one.store.session() as session:
        recorded_now = json.loads(store.get_setting(session, health.OUTCOME_KEY + "send"))
    # This run's failure is recorded (the later write stands: an outcome is rewritten by each attempt).
    assert recorded_now["failures"] == 1
    assert [r["reason"] for r in recorded_now["reasons"]] == ["injected"]
