"""The commands issue 8 adds or changes, run in-process against Dovecot and aiosmtpd with the real
clock: `cases --overdue/--status` and its overdue mark, `approve` with several ids, `send` saying
why a draft was put off, `remind` and `digest`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from bot.adapters.mailbox import Mailbox
from bot.core.deadlines import WorkingDays
from bot.entrypoints.cli import main

STAFF = "privacy@allsec.fi"


@pytest.fixture
def cli(tmp_path, imap_account, smtp_server, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    now = datetime.now(timezone.utc)
    env = {
        "IMAP_HOST": imap_account.host, "IMAP_PORT": str(imap_account.port), "IMAP_USERNAME": imap_account.username,
        "IMAP_PASSWORD": imap_account.password, "IMAP_SECURITY": "none", "SMTP_HOST": smtp_server.host,
        "SMTP_PORT": str(smtp_server.port), "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi",
        "STAFF_EMAILS": STAFF, "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "INTAKE_SINCE": (now - timedelta(days=120)).date().isoformat(),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    def deliver(sender: str, subject: str, body: str, age: timedelta) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", subject
        msg["Message-ID"] = f"<{subject.replace(' ', '-')}@example.test>"
        msg.set_content(body)
        with Mailbox(imap_account.host, imap_account.port, imap_account.username, imap_account.password,
                     "none") as box:
            box.append(msg.as_bytes(), when=now - age)

    run.deliver = deliver
    return run


def two_cases(cli) -> tuple[dict, dict]:
    """An overdue case (received 60 days ago) and a new one; returns their rows, old first."""
    cli.deliver("Old <old@example.fi>", "Old request", "Please send me a copy of my personal data.", timedelta(days=60))
    cli.deliver("New <new@example.fi>", "New request", "Please delete my account and my data.", timedelta(hours=1))
    assert cli("poll", "--once")[0] == 0
    old, new = sorted(json.loads(cli("cases", "--json")[1]), key=lambda c: c["received_at"])
    return old, new


def test_cases_marks_and_filters_the_overdue(cli):
    old, new = two_cases(cli)
    assert old["overdue"] is True and new["overdue"] is False
    assert old["current_due_date"] == old["due_date"]
    code, out, _ = cli("cases")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "OVERDUE" in lines[old["ref"]] and "OVERDUE" not in lines[new["ref"]]
    assert [c["ref"] for c in json.loads(cli("cases", "--overdue", "--json")[1])] == [old["ref"]]
    assert json.loads(cli("cases", "--status", "answered", "--json")[1]) == []
    assert len(json.loads(cli("cases", "--status", new["status"], "--json")[1])) >= 1
    with pytest.raises(SystemExit):
        cli("cases", "--status", "nonsense")


def test_approve_takes_several_drafts_all_or_none(cli):
    two_cases(cli)
    drafts = json.loads(cli("drafts", "--json", "--status", "pending")[1])
    ids = [str(d["id"]) for d in drafts][:2]
    code, _out, err = cli("approve", ids[0], "999", "--by", STAFF)
    assert code == 2 and "999" in err
    assert {d["status"] for d in json.loads(cli("drafts", "--json")[1])} == {"pending"}  # nothing half done
    code, out, _ = cli("approve", *ids, "--by", STAFF)
    assert code == 0 and all(f"#{i}" in out for i in ids)
    assert [d["status"] for d in json.loads(cli("drafts", "--json")[1]) if str(d["id"]) in ids] == ["approved"] * 2


def test_send_says_why_a_draft_was_put_off_and_when_it_is_tried_again(cli, smtp_server):
    cli.deliver("New <new@example.fi>", "New request", "Please delete my account and my data.", timedelta(hours=1))
    cli("poll", "--once")
    [ack] = [d for d in json.loads(cli("drafts", "--json")[1]) if d["template"] == "customer/acknowledgement"]
    cli("approve", str(ack["id"]), "--by", STAFF)
    smtp_server.fail_next("RCPT", 451, "4.7.1 greylisted")
    code, out, _ = cli("send")
    assert code == 0 and "deferred 1" in out
    assert f"draft #{ack['id']}" in out and "451 4.7.1 greylisted" in out and "next try" in out


def test_remind_and_digest_send_to_staff(cli, smtp_server):
    old, _new = two_cases(cli)
    code, out, _ = cli("digest")
    assert code == 0 and "digest sent" in out
    [digest] = smtp_server.messages
    assert digest.rcpt_tos == [STAFF] and old["ref"].encode() in digest.content
    code, out, _ = cli("remind")
    assert code == 0
    # The overdue case gets its reminder on a working day; on other days nobody is reminded. The day
    # is the controller's (Europe/Helsinki), not the machine's: at 22:00 UTC on a Sunday it is Monday.
    today = datetime.now(ZoneInfo("Europe/Helsinki")).date()
    expected = [old["ref"]] if WorkingDays.finland().is_working_day(today) else []
    assert out.split("\n", 1)[0] == f"reminders sent: {len(expected)}"
    assert all(ref in out for ref in expected)
    assert cli("remind")[1].split("\n", 1)[0] == "reminders sent: 0"  # once
