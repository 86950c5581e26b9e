"""The `rightsbot` command itself, run as a process with a .env file, against Dovecot and aiosmtpd."""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.adapters.mailbox import Mailbox

ROOT = Path(__file__).resolve().parents[2]
STAFF = "privacy@allsec.fi"


@pytest.fixture
def workdir(tmp_path, imap_account, smtp_server):
    (tmp_path / ".env").write_text("\n".join([
        f"IMAP_HOST={imap_account.host}", f"IMAP_PORT={imap_account.port}",
        f"IMAP_USERNAME={imap_account.username}", f"IMAP_PASSWORD={imap_account.password}",
        "IMAP_SECURITY=none", f"SMTP_HOST={smtp_server.host}", f"SMTP_PORT={smtp_server.port}",
        "SMTP_SECURITY=none", "MAIL_FROM=info@allsec.fi", f"STAFF_EMAILS={STAFF}",
    ]) + "\n")
    return tmp_path


def rightsbot(workdir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "MAIL_", "STAFF_", "DATABASE_"))}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=workdir, env=env, capture_output=True, text=True,
                          timeout=120)


def test_poll_approve_send_through_the_command_line(workdir, imap_account, smtp_server):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Ville <ville@example.fi>", "info@allsec.fi", "Tietopyyntö"
    msg["Message-ID"] = "<v1@example.fi>"
    msg.set_content("Hei, haluaisin kopion kaikista minua koskevista tiedoista.")
    with Mailbox(imap_account.host, imap_account.port, imap_account.username, imap_account.password, "none") as box:
        box.append(msg.as_bytes(), when=datetime.now(timezone.utc) - timedelta(minutes=5))

    first = rightsbot(workdir, "poll", "--once")
    assert first.returncode == 0, first.stderr
    assert "new cases 1" in first.stdout
    assert (workdir / "rightsbot.db").exists()  # DATABASE_URL's default: a SQLite file in the working directory

    cases = json.loads(rightsbot(workdir, "cases", "--json").stdout)
    [case] = cases
    assert {"ref", "requester", "intents", "language", "status", "received_at", "due_date"} <= set(case)
    assert case["requester"] == "ville@example.fi" and case["intents"] == ["access"] and case["language"] == "fi"

    again = rightsbot(workdir, "poll", "--once")
    assert "new cases 0" in again.stdout
    assert json.loads(rightsbot(workdir, "cases", "--json").stdout) == cases

    drafts = json.loads(rightsbot(workdir, "drafts", "--json").stdout)
    assert all({"id", "case_ref", "to", "subject", "template", "status"} <= set(d) for d in drafts)
    ack = next(d for d in drafts if d["template"] == "customer/acknowledgement")
    assert ack["status"] == "pending" and ack["case_ref"] == case["ref"]

    refused = rightsbot(workdir, "approve", str(ack["id"]), "--by", "intruder@example.com")
    assert refused.returncode == 2 and "STAFF_EMAILS" in refused.stderr and "Traceback" not in refused.stderr
    assert rightsbot(workdir, "approve", str(ack["id"]), "--by", STAFF).returncode == 0
    sent = rightsbot(workdir, "send")
    assert sent.returncode == 0 and "sent 1" in sent.stdout
    [delivered] = smtp_server.messages
    out = email.message_from_bytes(delivered.content, policy=email.policy.default)
    assert out["Subject"].startswith(f"[{case['ref']}]") and out["In-Reply-To"] == "<v1@example.fi>"

    show = rightsbot(workdir, "case", "show", case["ref"])
    assert show.returncode == 0 and case["ref"] in show.stdout and "identity-request" in show.stdout


def test_bad_setting_is_one_line(workdir):
    env_file = workdir / ".env"
    env_file.write_text(env_file.read_text().replace("IMAP_SECURITY=none", "IMAP_SECURITY=tls"))
    result = rightsbot(workdir, "poll", "--once")
    assert result.returncode == 2
    assert result.stderr == "rightsbot: IMAP_SECURITY: expected one of ssl, starttls, none, got 'tls'\n"


def test_unreachable_mailbox_is_one_line_without_the_password(workdir):
    env_file = workdir / ".env"
    text = env_file.read_text()
    port = next(line for line in text.splitlines() if line.startswith("IMAP_PORT="))
    env_file.write_text(text.replace(port, "IMAP_PORT=1"))
    result = rightsbot(workdir, "poll", "--once")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "test-password" not in result.stderr
    assert "127.0.0.1:1" in result.stderr


def test_classify_needs_no_settings(tmp_path):
    mail = tmp_path / "m.eml"
    mail.write_bytes(b"From: a@example.com\r\nSubject: Delete my account\r\n\r\nPlease delete my account and data.\r\n")
    result = rightsbot(tmp_path, "classify", str(mail), "--json")
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["file"] == str(mail) and row["kind"] == "request" and row["intents"] == ["erasure"]
    assert set(row) == {"file", "kind", "intents", "language", "confidence", "needs_triage", "reasons"}


def test_the_demo_runs_the_whole_loop(tmp_path):
    """`make demo`'s command: embedded IMAP (pymap, which keeps no keywords) and SMTP, nothing outside."""
    result = rightsbot(tmp_path, "demo")
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "3 new cases" in out
    assert "0 new mails, 0 new cases" in out  # the second poll: nothing twice, though pymap kept no keyword
    assert "sent 1, deferred 0, failed 0" in out
    assert "31.12.2032" in out and "31.12.2036" in out  # the reasoned partial refusal's end dates
    assert "Traceback" not in result.stderr
