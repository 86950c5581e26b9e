"""Benchmark one intake pass: IMAP fetch, parse, classify, store, open cases, draft replies.

    python bench/intake.py [CORPUS_FOLDER] [--copies N]

Seeds an embedded IMAP server (pymap, as in the demo) with every .eml of the folder (default
../shared/corpus/dev), N times over with fresh Message-IDs, then times `poll_once` into a new
SQLite file, after a warm-up that loads what the first mail would (language model, holiday
calendar, templates). Prints mails per second and the process's peak resident size, then a
one-line summary last.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.adapters.clock import FixedClock  # noqa: E402
from bot.adapters.mailbox import Mailbox  # noqa: E402
from bot.entrypoints import bootstrap, config  # noqa: E402
from bot.entrypoints.demo.servers import imap_server  # noqa: E402
from bot.services.intake import poll_once  # noqa: E402

_MSGID = re.compile(rb"^Message-ID:[^\r\n]*\r?\n", re.IGNORECASE | re.MULTILINE)


def _warm_up(app, sample: Path) -> None:
    from bot.core.mail.parse import parse
    from bot.core.reading.classify import classify

    classify(parse(sample.read_bytes()))
    app.due_date(datetime.now(timezone.utc))
    app.renderer.render("customer/acknowledgement", "fi", {
        "ref": "DSR-2026-0000", "language": "fi", "requester": {"name": "", "email": "x@example.test"},
        "controller": app.settings.controller(), "received_on": datetime.now().date(),
        "due_on": datetime.now().date(), "extended_due_on": None, "intents": ["access"]})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--copies", type=int, default=2)
    args = parser.parse_args()
    files = sorted(Path(args.folder).glob("*.eml"))
    if not files:
        print(f"no .eml files in {args.folder}")
        return 1
    now = datetime.now(timezone.utc)
    with tempfile.TemporaryDirectory() as tmp, imap_server(username="info@allsec.fi", password="bench") as imap:
        with Mailbox(imap.host, imap.port, imap.username, imap.password, "none") as box:
            for copy in range(args.copies):
                for i, path in enumerate(files):
                    raw = _MSGID.sub(b"", path.read_bytes(), count=1)
                    raw = f"Message-ID: <bench-{copy}-{i}@example.test>\r\n".encode() + raw
                    box.append(raw, when=now - timedelta(hours=1))
        settings = config.from_mapping({
            "IMAP_HOST": imap.host, "IMAP_PORT": str(imap.port), "IMAP_USERNAME": imap.username,
            "IMAP_PASSWORD": imap.password, "IMAP_SECURITY": "none", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": "25",
            "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": "privacy@allsec.fi",
            "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}",
        })
        app = bootstrap.build(settings, clock=FixedClock(now))
        _warm_up(app, files[0])
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        report = poll_once(app)
        elapsed = time.perf_counter() - started
        app.store.dispose()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = report.fetched / elapsed if elapsed else 0.0
    print(f"mails fetched:      {report.fetched}")
    print(f"cases opened:       {len(report.cases_opened)}")
    print(f"drafts created:     {report.drafts}")
    print(f"ignored/flagged:    {report.ignored}")
    print(f"quarantined:        {report.quarantined}")
    print(f"time:               {elapsed:.2f} s")
    print(f"rate:               {rate:.0f} mails/s")
    print(f"process peak RSS:   {rss_mb:.0f} MB ({rss_before:.0f} MB before the pass)")
    print(f"SUMMARY intake mails={report.fetched} rate={rate:.0f}/s rss={rss_mb:.0f}MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
