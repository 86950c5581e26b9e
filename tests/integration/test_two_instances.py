"""Two instances on one mailbox and one PostgreSQL database, as real processes started at the same
moment on an empty database: every mail is recorded once, every case opened once, every draft sent
once. What keeps them apart is the database (a row lock on the folder's intake state, unique keys,
the claim's conditional UPDATE, an advisory lock around migrations), not timing."""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from bot.adapters import store
from bot.adapters.mailbox import Mailbox
from bot.entrypoints import bootstrap, config
from bot.services.drafts import approve_all
from tests.integration.conftest import postgres_schema

ROOT = Path(__file__).resolve().parents[2]
STAFF = "privacy@allsec.fi"
MAILS = 120
ASKS = ["Please delete all my personal data.", "I would like a copy of the personal data you hold about me.",
        "Poistakaa kaikki minua koskevat tiedot.", "Jag vill ha en kopia av mina personuppgifter."]


@pytest.fixture
def pg_url():
    yield from postgres_schema("rightsbot_two")


def _settings(imap_account, smtp_server, url: str) -> dict[str, str]:
    return {
        "IMAP_HOST": imap_account.host, "IMAP_PORT": str(imap_account.port), "IMAP_USERNAME": imap_account.username,
        "IMAP_PASSWORD": imap_account.password, "IMAP_SECURITY": "none", "SMTP_HOST": smtp_server.host,
        "SMTP_PORT": str(smtp_server.port), "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi",
        "STAFF_EMAILS": STAFF, "DATABASE_URL": url,
    }


def _both(workdir: Path, *args: str) -> list[subprocess.CompletedProcess]:
    """Start two `rightsbot ARGS` processes at once and wait for both."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "MAIL_", "STAFF_", "DATABASE_"))}
    env["PYTHONPATH"] = str(ROOT)
    procs = [subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=workdir, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=300), *p.communicate()) for p in procs]


def test_two_instances_take_a_backlog_once_and_send_each_draft_once(tmp_path, imap_account, smtp_server, pg_url):
    now = datetime.now(timezone.utc)
    with Mailbox(imap_account.host, imap_account.port, imap_account.username, imap_account.password, "none") as box:
        for i in range(MAILS):
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = f"Customer {i} <c{i}@example.com>", "info@allsec.fi", "Request"
            msg["Message-ID"] = f"<two-{i}@example.com>"
            msg.set_content(f"Hello,\n\n{ASKS[i % len(ASKS)]}\n\nCustomer {i}\n")
            box.append(msg.as_bytes(), when=now - timedelta(hours=1))
    settings = _settings(imap_account, smtp_server, pg_url)
    (tmp_path / ".env").write_text("".join(f"{k}={v}\n" for k, v in settings.items()))

    polls = _both(tmp_path, "poll", "--once")
    assert [p.returncode for p in polls] == [0, 0], [p.stderr[-2000:] for p in polls]

    app = bootstrap.build(config.from_mapping(settings))
    try:
        with app.store.session() as session:
            mails = store.list_mail(session)
            cases = store.list_cases(session)
            drafts = store.list_drafts(session)
            received = session.exec(select(store.Event.mail_id).where(store.Event.name == "mail_received")).all()
        # Each mail once: one row per UID, none recorded as a duplicate of itself, one arrival event each.
        assert sorted(m.uid for m in mails) == sorted(set(m.uid for m in mails)) and len(mails) == MAILS
        assert "duplicate" not in {m.state for m in mails} and "quarantined" not in {m.state for m in mails}
        assert sorted(received) == sorted(m.id for m in mails)
        # Each request opened one case, and each case has its one mail and one acknowledgement.
        assert len(cases) >= MAILS * 3 // 4 and len({c.ref for c in cases}) == len(cases)
        assert Counter(m.case_id for m in mails if m.case_id) == Counter({c.id: 1 for c in cases})
        acks = [d for d in drafts if d.template == "customer/acknowledgement"]
        assert Counter(d.case_id for d in acks) == Counter({c.id: 1 for c in cases})
        approve_all(app, [d.id for d in acks], STAFF)
    finally:
        app.store.dispose()

    sends = _both(tmp_path, "send")
    assert [p.returncode for p in sends] == [0, 0], [p.stderr[-2000:] for p in sends]
    delivered = [email.message_from_bytes(m.content, policy=email.policy.default)["Message-ID"]
                 for m in smtp_server.messages]
    assert sorted(delivered) == sorted(d.message_id for d in acks)
    app = bootstrap.build(config.from_mapping(settings))
    try:
        with app.store.session() as session:
            assert {d.status for d in store.list_drafts(session) if d.template == "customer/acknowledgement"} == {"sent"}
    finally:
        app.store.dispose()
