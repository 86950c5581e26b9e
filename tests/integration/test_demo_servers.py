"""The demo servers (pymap and an aiosmtpd sink) work with our adapters."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.adapters.mailbox import Mailbox
from bot.adapters.outbox import Outbox
from bot.core.errors import MailboxUnavailable
from bot.entrypoints.demo.servers import imap_server, smtp_sink

RAW = (
    b"From: Asiakas <customer@example.fi>\r\n"
    b"To: info@allsec.fi\r\n"
    b"Subject: Poistopyynt\xc3\xb6\r\n"
    b"Message-ID: <demo-1@example.fi>\r\n"
    b"\r\n"
    b"Poistakaa tietoni.\r\n"
)


@pytest.fixture(scope="module")
def pymap_server():
    with imap_server(username="info@allsec.fi", password="demo-pw") as info:
        yield info


def open_mailbox(info, password=None) -> Mailbox:
    return Mailbox(info.host, info.port, info.username, password or info.password, "none", timeout=10)


def test_pymap_append_and_fetch_round_trip(pymap_server):
    when = datetime(2025, 4, 1, 8, 30, tzinfo=timezone(timedelta(hours=3)))
    with open_mailbox(pymap_server) as mb:
        assert mb.uids_since(date(2000, 1, 1)) == []  # starts empty
        mb.append(RAW, when=when)
        uids = mb.uids_since(date(2025, 1, 1))
        [mail] = list(mb.fetch(uids))
        # pymap does not keep custom keywords: reported, not raised.
        assert mb.mark_processed(uids) is False
        assert mb.uids_since(date(2025, 4, 2)) == []
        validity = mb.uidvalidity
    assert mail.raw == RAW
    assert mail.internaldate == when
    assert mail.internaldate.tzinfo is not None
    assert "\\Seen" not in mail.flags
    with open_mailbox(pymap_server) as mb:
        assert mb.uidvalidity == validity
        [again] = list(mb.fetch(uids))
    assert "\\Seen" not in again.flags


def test_pymap_wrong_password(pymap_server):
    with pytest.raises(MailboxUnavailable) as info:
        with open_mailbox(pymap_server, password="wrong-one"):
            pass
    assert "wrong-one" not in str(info.value)


def test_pymap_password_not_in_repr(pymap_server):
    assert "demo-pw" not in repr(pymap_server)


def test_smtp_sink_collects_a_delivery():
    with smtp_sink() as sink:
        Outbox(sink.host, sink.port, timeout=5).send(RAW, "info@allsec.fi", ["customer@example.fi"])
        [received] = sink.messages
    assert received.mail_from == "info@allsec.fi"
    assert received.rcpt_tos == ["customer@example.fi"]
    assert received.content == RAW
