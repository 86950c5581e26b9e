"""Benchmark new-mail-to-draft latency of `rightsbot run` under IMAP IDLE.

    python bench/idle_latency.py [--mails N] [--pymap]

Starts the service in this process (POLL_SECONDS=300, so only IDLE can be quick) on a private
Dovecot (as the integration tests run it; `--pymap` uses the demo's embedded server instead), an
SMTP sink and a new SQLite file. Then, N times: waits until the watcher idles, APPENDs one request
and times how long until its case has a drafted acknowledgement in the database. Prints the
median, the 95th percentile and the extremes, then a one-line summary last. Figures, not a test:
the machine's load moves them.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.adapters import store  # noqa: E402
from bot.adapters.mailbox import Mailbox  # noqa: E402
from bot.entrypoints import bootstrap, config  # noqa: E402
from bot.entrypoints.demo.servers import imap_server, smtp_sink, stop_process  # noqa: E402
from bot.entrypoints.service import Service  # noqa: E402


@contextmanager
def dovecot():
    from tests.integration.conftest import start_private_dovecot

    started = start_private_dovecot("rightsbot-bench-", "bench-password", users=1)
    try:
        yield "127.0.0.1", started.ports[0], "user1@allsec.test", "bench-password"
    finally:
        stop_process(started.proc)
        shutil.rmtree(started.root, ignore_errors=True)


@contextmanager
def pymap():
    with imap_server(username="info@allsec.fi", password="bench") as imap:
        yield imap.host, imap.port, imap.username, imap.password


def request(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Asiakas {n} <asiakas{n}@example.fi>", "info@allsec.fi", f"Tietopyyntö {n}"
    msg["Message-ID"] = f"<bench-idle-{n}@example.fi>"
    msg.set_content("Hei, haluaisin kopion kaikista minua koskevista tiedoista.")
    return msg.as_bytes()


def drafts(db: store.Store) -> int:
    with db.session() as session:
        return len(store.list_drafts(session))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=50)
    parser.add_argument("--pymap", action="store_true", help="the embedded IMAP server instead of Dovecot")
    args = parser.parse_args()
    latencies: list[float] = []
    with ExitStack() as stack:
        host, port, username, password = stack.enter_context(pymap() if args.pymap else dovecot())
        sink = stack.enter_context(smtp_sink())
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        settings = config.from_mapping({
            "IMAP_HOST": host, "IMAP_PORT": str(port), "IMAP_USERNAME": username, "IMAP_PASSWORD": password,
            "IMAP_SECURITY": "none", "SMTP_HOST": sink.host, "SMTP_PORT": str(sink.port), "SMTP_SECURITY": "none",
            "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": "privacy@allsec.fi", "POLL_SECONDS": "300",
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.db'}",
        })
        app = bootstrap.build(settings)
        service = Service(app)
        service.start()
        try:
            with Mailbox(host, port, username, password, "none") as box:
                for n in range(args.mails):
                    if not service.idling.wait(30):
                        print("the watcher never went back to IDLE")
                        return 1
                    before = drafts(app.store)
                    started = time.perf_counter()
                    box.append(request(n), when=datetime.now(timezone.utc))
                    while drafts(app.store) == before:
                        if time.perf_counter() - started > 30:
                            print(f"mail {n}: no draft within 30 s")
                            return 1
                        time.sleep(0.002)
                    latencies.append(time.perf_counter() - started)
        finally:
            service.shutdown()
            app.store.dispose()
    latencies.sort()
    median = statistics.median(latencies)
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    server = "pymap" if args.pymap else "dovecot"
    print(f"server:             {server}")
    print(f"mails:              {len(latencies)}")
    print(f"fastest:            {latencies[0]:.3f} s")
    print(f"median:             {median:.3f} s")
    print(f"95th percentile:    {p95:.3f} s")
    print(f"slowest:            {latencies[-1]:.3f} s")
    print(f"SUMMARY idle_latency server={server} mails={len(latencies)} median={median:.3f}s p95={p95:.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
