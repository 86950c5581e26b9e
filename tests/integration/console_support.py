"""What the console's tests share: the bot on the real servers, mail into Dovecot, the mailed sign-in
link read back from the SMTP sink, and the console on a loopback port (uvicorn in a thread)."""

from __future__ import annotations

import email
import email.policy
import itertools
import re
import socket
import threading
import time
from datetime import datetime, timezone
from email.message import EmailMessage

import uvicorn

from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.entrypoints.web.serve import config as uvicorn_config

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
STAFF = "privacy@allsec.fi"
OTHER_STAFF = "support@allsec.fi"
_ids = itertools.count(1)


def build(database_url, imap_account, smtp_server, **extra) -> tuple:
    """The bot's App on Dovecot, the SMTP sink and `database_url`, with a fake clock at NOW."""
    env = {
        "IMAP_HOST": imap_account.host, "IMAP_PORT": str(imap_account.port),
        "IMAP_USERNAME": imap_account.username, "IMAP_PASSWORD": imap_account.password,
        "IMAP_SECURITY": "none", "SMTP_HOST": smtp_server.host, "SMTP_PORT": str(smtp_server.port),
        "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": f"{STAFF},{OTHER_STAFF}",
        "DATABASE_URL": database_url,
    } | extra
    clock = FixedClock(NOW)
    return bootstrap.build(config.from_mapping(env), clock=clock), clock


def deliver(app, sender: str, subject: str, body: str, when: datetime, html: str | None = None) -> str:
    """Put one mail into the real mailbox, as it reached the server at `when`; returns its Message-ID."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", subject
    msg["Message-ID"] = message_id = f"<console{next(_ids)}@example.test>"
    msg["Date"] = "Mon, 23 Nov 2026 09:00:00 +0200"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    with app.mailbox() as box:
        box.append(msg.as_bytes(), when=when)
    return message_id


def sign_in_links(smtp_server) -> list[str]:
    """The sign-in links the console mailed, oldest first."""
    links = []
    for received in smtp_server.messages:
        mail = email.message_from_bytes(received.content, policy=email.policy.default)
        if mail["Auto-Submitted"] == "auto-generated":
            links += re.findall(r"https?://\S+/signin/\S+", mail.get_content())
    return links


def next_link(smtp_server, before: int) -> str:
    """The sign-in link mailed after `before` links had arrived: the console mails it after answering,
    so a browser test waits for the sink (at most 15 s) rather than assume it is already there."""
    deadline = time.monotonic() + 15
    while len(links := sign_in_links(smtp_server)) <= before:
        if time.monotonic() > deadline:
            raise AssertionError("no sign-in link arrived at the SMTP sink")
        time.sleep(0.05)
    return links[before]


def path_of(link: str) -> str:
    return "/" + link.split("/", 3)[3]


def free_socket() -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class LiveConsole:
    """`rightsbot web`'s uvicorn server, in a thread, on a socket bound beforehand (so the port is known
    before the App is built: its WEB_BASE_URL goes into the mailed links)."""

    def __init__(self, app, sock: socket.socket):
        self.sock = sock
        self.server = uvicorn.Server(uvicorn_config(app, host="127.0.0.1", port=sock.getsockname()[1]))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)

    def __enter__(self) -> LiveConsole:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the console did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()
