"""Bounded work per mail (issue 10), on the real Dovecot with SQLite and PostgreSQL:

- a mail over MAX_MAIL_BYTES is recorded with its headers, flagged for staff with the reason, and
  its bytes kept once, streamed from the server into the database in chunks;
- a large mail under the limit is handled and stored in chunks (its row keeps what is read);
- a mail whose handling runs past MAIL_TIME_LIMIT is quarantined with the reason, the pass goes
  on, and `mail retry` handles it later;
- taking in a 25 MB mail (under the limit, and over it) keeps the intake process under 250 MB,
  measured as the peak resident size of a child process (VmHWM), not by a clock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from bot.adapters import store
from bot.adapters.clock import FixedClock
from bot.adapters.mailbox import Mailbox
from bot.entrypoints import bootstrap, config
from bot.services import intake
from bot.services.intake import poll_once
from tests.integration.test_rights import NOW, STAFF, bot_env

ROOT = Path(__file__).resolve().parents[2]


def _app(tmp_path, database_url, imap_account, smtp_server, **extra):
    return bootstrap.build(config.from_mapping(bot_env(tmp_path, database_url, imap_account, smtp_server, **extra)),
                           clock=FixedClock(NOW))


def _mail(n: int, body: str, attachment: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"customer{n}@example.fi", "info@allsec.fi", f"Mail {n}"
    msg["Message-ID"] = f"<limits-{n}@example.fi>"
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="octet-stream", filename="scan.bin")
    return msg.as_bytes()


def _deliver(account, *mails: bytes) -> list[bytes]:
    """APPEND the mails; return them as the server keeps them (what a FETCH gives back)."""
    with Mailbox(account.host, account.port, account.username, account.password, "none") as box:
        for raw in mails:
            box.append(raw, when=NOW - timedelta(hours=1))
        return [m.raw for m in box.fetch(box.uids_since(NOW.date() - timedelta(days=2)))]


def _incoming(app) -> list[tuple[store.Mail, bytes]]:
    with app.store.session() as session:
        return [(m, b"".join(store.mail_bytes(session, m))) for m in store.list_mail(session) if m.direction == "in"]


def test_a_mail_over_max_mail_bytes_is_flagged_with_its_headers_and_kept_once(tmp_path, database_url, imap_account,
                                                                               smtp_server):
    app = _app(tmp_path, database_url, imap_account, smtp_server, MAX_MAIL_BYTES="256KB")
    big = _mail(1, "Please delete all my data.", attachment=os.urandom(600_000))
    stored_big, stored_small = _deliver(imap_account, big, _mail(2, "Please delete all my personal data."))
    report = poll_once(app)
    assert report.fetched == 2 and len(report.cases_opened) == 1  # the mail behind it is handled as usual
    (row, kept), (second, _) = sorted(_incoming(app), key=lambda p: p[0].uid)
    assert row.state == "flagged" and row.kind == "too-large"
    assert row.reason.startswith(f"too-large: {len(stored_big)} bytes, over MAX_MAIL_BYTES (262144)")
    assert (row.subject, row.from_addr, row.message_id) == ("Mail 1", "customer1@example.fi", "<limits-1@example.fi>")
    # The row keeps the headers only; the whole mail, byte for byte, is in the chunks.
    assert row.raw.endswith(b"\r\n\r\n") and b"scan.bin" not in row.raw
    assert kept == stored_big
    assert second.state == "processed" and second.case_id is not None
    app.store.dispose()


def test_a_large_mail_under_the_limit_is_read_and_stored_in_chunks(tmp_path, database_url, imap_account, smtp_server):
    app = _app(tmp_path, database_url, imap_account, smtp_server)
    [stored] = _deliver(imap_account, _mail(3, "Please delete all my data.", attachment=os.urandom(3_000_000)))
    report = poll_once(app)
    assert len(report.cases_opened) == 1
    [(row, kept)] = _incoming(app)
    assert kept == stored
    assert len(row.raw) == store.CHUNK_BYTES < len(stored)
    app.store.dispose()


def test_a_mail_over_the_time_limit_is_quarantined_and_the_pass_goes_on(tmp_path, database_url, imap_account,
                                                                         smtp_server):
    # A limit no handling can meet: every mail runs out of time, and each is kept with the reason.
    app = _app(tmp_path, database_url, imap_account, smtp_server, MAIL_TIME_LIMIT="0.001")
    _deliver(imap_account, _mail(4, "Please delete all my data."), _mail(5, "Please send me a copy of my data."))
    report = poll_once(app)
    assert report.fetched == 2 and report.quarantined == 2
    rows = sorted((m for m, _ in _incoming(app)), key=lambda m: m.uid)
    assert [m.state for m in rows] == ["quarantined", "quarantined"]
    assert {m.reason for m in rows} == {"time-limit: handling took more than 0.001 s (MAIL_TIME_LIMIT)"}
    assert poll_once(app).fetched == 0  # the UIDs moved on: the next pass is not stuck on them
    app.store.dispose()
    # With time enough, staff retry it and it opens its case.
    app = _app(tmp_path, database_url, imap_account, smtp_server)
    assert len(intake.retry(app, rows[0].id, STAFF).cases_opened) == 1
    app.store.dispose()


def test_the_time_limit_holds_in_a_worker_thread_as_the_service_runs_intake(tmp_path, database_url, imap_account,
                                                                           smtp_server):
    # `rightsbot run` polls on a scheduler thread, where no signal can be received: the watchdog
    # thread of bot.adapters.budget stops the mail there.
    app = _app(tmp_path, database_url, imap_account, smtp_server, MAIL_TIME_LIMIT="0.001")
    _deliver(imap_account, _mail(7, "Please delete all my data."))
    reports = []
    worker = threading.Thread(target=lambda: reports.append(poll_once(app)))
    worker.start()
    worker.join(120)
    assert [r.quarantined for r in reports] == [1]
    [(row, _)] = _incoming(app)
    assert row.reason == "time-limit: handling took more than 0.001 s (MAIL_TIME_LIMIT)"
    app.store.dispose()


CHILD = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from bot.entrypoints import bootstrap, config
from bot.services.intake import poll_once
from bot.core.mail.parse import parse
from bot.core.reading.classify import classify

def status():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024

app = bootstrap.build(config.from_mapping(json.loads(sys.argv[2])))
# Loaded as the service loads them at start: the language model, the templates.
classify(parse(b"From: warm-up@example.test\r\nSubject: warm-up\r\n\r\nPlease send me my data.\r\n"))
started_rss, started_peak = status()
# The peak from here on: the kernel resets VmHWM to the current size on "5" (proc(5), clear_refs).
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
report = poll_once(app)
rss, peak = status()
print(json.dumps({"start_rss": started_rss, "start_peak": started_peak, "peak": peak,
                  "fetched": report.fetched, "opened": len(report.cases_opened)}))
"""


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("size, taken_whole", [(25_000_000, True), (30_000_000, False)])
def test_intake_stays_under_250_mb_with_a_big_mail_in_the_box(tmp_path, database_url, imap_account, smtp_server,
                                                              size, taken_whole):
    [stored] = _deliver(imap_account, _mail(6, "Please delete all my data.", attachment=os.urandom(size * 3 // 4)))
    assert (len(stored) <= 25 * 1024 * 1024) == taken_whole
    env = bot_env(tmp_path, database_url, imap_account, smtp_server)
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), json.dumps(env)], capture_output=True, text=True,
                         check=True, timeout=300)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"\nintake with a {len(stored)}-byte mail: {figures}")
    assert figures["fetched"] == 1 and figures["opened"] == (1 if taken_whole else 0)
    assert figures["peak"] < 250, f"intake peaked at {figures['peak']} MB ({figures})"


def test_purging_a_case_removes_the_chunks_of_its_large_mail(tmp_path, database_url, imap_account, smtp_server):
    from bot.services.purge import purge_case

    app = _app(tmp_path, database_url, imap_account, smtp_server)
    _deliver(imap_account, _mail(8, "Please delete all my data.", attachment=os.urandom(2_500_000)))
    [ref] = poll_once(app).cases_opened
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        [mail] = store.case_mails(session, case.id)
        assert len(b"".join(store.mail_bytes(session, mail))) > 2_500_000
        purge_case(session, case, NOW, reason="retention")
    with app.store.session() as session:
        assert session.exec(select(store.MailChunk)).all() == []
    app.store.dispose()
