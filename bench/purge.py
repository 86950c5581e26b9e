"""Benchmark the retention purge: how long housekeeping takes to empty closed cases.

    python bench/purge.py [--cases N] [--postgres URL]

Fills a new database (a SQLite file; with --postgres, a new schema on that server, dropped at the
end) with N closed cases, each with an incoming mail of
about 8 KB, two sent replies (one carrying a 20 KB export) and the export as a draft attachment,
closed a year and a day ago; then times `purge_expired` (one transaction a case) and a second
round with nothing left to do. Prints cases per second, the database size before and after (SQLite
keeps the file's pages until VACUUM), and a one-line summary last.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.adapters import store  # noqa: E402
from bot.services.purge import purge_expired  # noqa: E402

NOW = datetime(2027, 12, 1, 10, 0, tzinfo=timezone.utc)


def fill(db: store.Store, cases: int) -> None:
    closed = NOW - timedelta(days=366)
    raw_in = b"From: a@example.fi\r\nSubject: x\r\n\r\n" + b"Poistakaa tietoni. " * 420
    export = b'{"orders": [' + b'{"n": "AS-2026-11940", "total": "59.90"},' * 500 + b"{}]}"
    with db.session() as session:
        for i in range(cases):
            case = store.Case(ref=f"DSR-2026-{i + 1:04d}", requester=f"c{i}@example.fi", requester_name="C",
                              status="closed", outcome="granted", received_at=closed - timedelta(days=20),
                              due_date=date(2026, 12, 1), created_at=closed - timedelta(days=20), closed_at=closed)
            session.add(case)
            session.flush()
            session.add(store.Mail(case_id=case.id, direction="in", folder="INBOX", uidvalidity=1, uid=i + 1,
                                   message_id=f"<in{i}@example.fi>", subject="Tietopyyntö", raw=raw_in,
                                   received_at=closed - timedelta(days=20)))
            for n, body in ((1, b""), (2, export)):
                draft = store.Draft(case_id=case.id, template="customer/access-reply", language="fi",
                                    to_addr=case.requester, subject="s", body_text="Hei, " * 200,
                                    message_id=f"<dsr{i}.{n}@allsec.fi>", status="sent", created_at=closed)
                session.add(draft)
                session.flush()
                if body:
                    session.add(store.DraftAttachment(draft_id=draft.id, filename="data.json",
                                                      mime_type="application/json", content=body))
                session.add(store.Mail(case_id=case.id, direction="out", message_id=draft.message_id, subject="s",
                                       raw=b"From: info@allsec.fi\r\n\r\n" + b"x" * 2000 + body, received_at=closed,
                                       kind="reply", filed_at=closed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--postgres", metavar="URL", help="e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    schema = f"bench_purge_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(args.postgres, isolation_level="AUTOCOMMIT") if args.postgres else None
    if admin is not None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        return run(args, schema)
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


def run(args, schema: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "purge.db"
        url = f"{args.postgres}?options={quote(f'-csearch_path={schema}')}" if args.postgres else f"sqlite:///{path}"
        db = store.Store(url)
        db.migrate()
        fill(db, args.cases)
        def size() -> int:
            if args.postgres:
                return 0
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return os.path.getsize(path)

        before = size()
        app = SimpleNamespace(settings=SimpleNamespace(case_retention_days=365), store=db)
        started = time.perf_counter()
        report = purge_expired(app, NOW)
        took = time.perf_counter() - started
        started = time.perf_counter()
        again = purge_expired(app, NOW)
        idle = time.perf_counter() - started
        assert report.cases == args.cases and again.cases == 0
        with db.engine.connect() as conn:
            if url.startswith("sqlite"):
                conn.exec_driver_sql("VACUUM")
        after = size()
        db.dispose()
    print(f"purged {report.cases} cases ({report.mails} mails) in {took:.2f} s: {report.cases / took:.0f} cases/s")
    print(f"nothing left: {idle * 1000:.0f} ms")
    if before:
        print(f"SQLite file: {before / 1e6:.1f} MB before, {after / 1e6:.1f} MB after VACUUM")
    print(f"summary: {report.cases / took:.0f} cases/s, idle round {idle * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
