"""Benchmark the console's busiest pages: the queue (a plan and a register look-up per open case), a
case, and the statistics, as a signed-in browser gets them.

    python bench/console.py [--cases N ...]

For each N (default 50 and 200), opens N cases from generated requests (fi/en, a mix of rights,
half from customers in the sample register) in a new SQLite file, signs in through Starlette's
TestClient with a link mailed to an SMTP sink on loopback, and times each page (median of 5).
Prints one line per N, then a summary line last.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from bot.adapters.clock import FixedClock  # noqa: E402
from bot.adapters.mailbox import FetchedMail  # noqa: E402
from bot.core.mail.parse import parse  # noqa: E402
from bot.entrypoints import bootstrap, config  # noqa: E402
from bot.entrypoints.demo.sample_register import SAMPLE_CUSTOMERS, create_sample_register  # noqa: E402
from bot.entrypoints.web.console import create_app  # noqa: E402
from bot.services import intake  # noqa: E402

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
STAFF = "privacy@allsec.fi"
BODIES = [
    ("Tietojen poisto", "Hei,\n\npoistakaa kaikki minua koskevat henkilötiedot rekisteristänne.\n"),
    ("Omat tietoni", "Hei,\n\nhaluan kopion kaikista minusta tallennetuista tiedoista.\n"),
    ("Copy of my data", "Hello,\n\nplease send me a copy of all the personal data you hold about me.\n"),
    ("No more marketing", "Hello,\n\nplease stop sending me marketing e-mails.\n"),
]


class LoopbackController(Controller):
    """Bound to port 0, so no free port has to be guessed."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class Sink:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        return "250 OK"


def _open_cases(app, n: int) -> None:
    customers = list(SAMPLE_CUSTOMERS.values())
    for i in range(n):
        subject, body = BODIES[i % len(BODIES)]
        msg = EmailMessage()
        msg["From"] = customers[i % len(customers)] if i % 2 else f"person{i}@example.com"
        msg["To"], msg["Subject"], msg["Message-ID"] = "info@allsec.fi", subject, f"<bench{i}@example.test>"
        msg.set_content(body)
        fetched = FetchedMail(uidvalidity=1, uid=i + 1, internaldate=NOW - timedelta(days=i % 30, hours=1),
                              raw=msg.as_bytes(), flags=())
        with app.store.session() as session:
            intake._take(app, session, fetched, parse(fetched.raw), intake.PollReport())


def _sign_in(client: TestClient, sink: Sink) -> None:
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)
    client.post("/signin", data={"email": STAFF, "csrf": csrf})
    mail = email.message_from_bytes(sink.messages[-1], policy=email.policy.default)
    path = "/signin/" + re.search(r"/signin/(\S+)", mail.get_content()).group(1)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)
    client.post(path, data={"csrf": csrf})


def _median_ms(client: TestClient, url: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, nargs="+", default=[50, 200])
    args = parser.parse_args()
    sink = Sink()
    smtp = LoopbackController(sink, hostname="127.0.0.1", port=0)
    smtp.start()
    port = smtp.port
    results = []
    try:
        for n in args.cases:
            with tempfile.TemporaryDirectory() as tmp:
                register = f"sqlite:///{tmp}/register.db"
                create_sample_register(register)
                env = {"IMAP_HOST": "127.0.0.1", "IMAP_USERNAME": "x", "IMAP_PASSWORD": "x", "SMTP_HOST": "127.0.0.1",
                       "SMTP_PORT": str(port), "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi",
                       "STAFF_EMAILS": STAFF, "DATABASE_URL": f"sqlite:///{tmp}/bot.db", "REGISTER_URL": register}
                app = bootstrap.build(config.from_mapping(env), clock=FixedClock(NOW))
                _open_cases(app, n)
                with TestClient(create_app(app)) as client:
                    _sign_in(client, sink)
                    ref = re.search(r"DSR-\d{4}-\d{4}", client.get("/").text).group(0)
                    figures = {"queue": _median_ms(client, "/"), "case": _median_ms(client, f"/cases/{ref}"),
                               "statistics": _median_ms(client, "/statistics")}
                app.store.dispose()
            results.append((n, figures))
            print(f"{n:5d} open cases: queue {figures['queue']:7.1f} ms, a case {figures['case']:6.1f} ms, "
                  f"statistics {figures['statistics']:6.1f} ms (median of 5, SQLite, sample register)")
    finally:
        smtp.stop()
    n, last = results[-1]
    print(f"summary: queue with {n} open cases {last['queue']:.0f} ms "
          f"({last['queue'] / n:.1f} ms a case), case {last['case']:.0f} ms, statistics {last['statistics']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
