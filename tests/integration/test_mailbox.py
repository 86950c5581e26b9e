"""bot.adapters.mailbox against a real, private Dovecot (see conftest.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.adapters.mailbox import FetchedMail, Mailbox
from bot.core.errors import MailboxUnavailable

HELSINKI_SUMMER = timezone(timedelta(hours=3))


def make_raw(n: int, subject: str = "Tietopyyntö") -> bytes:
    # Non-ASCII, CRLF line ends and a trailing space: the bytes must survive exactly.
    return (
        f"From: Asiakas {n} <customer{n}@example.fi>\r\n"
        f"To: info@allsec.fi\r\n"
        f"Subject: {subject} {n}\r\n"
        f"Message-ID: <msg-{n}@example.fi>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"Haluan tietää, mitä tietoja minusta on tallennettu. {n} \r\n"
    ).encode("utf-8")


def open_mailbox(account, **kwargs) -> Mailbox:
    return Mailbox(account.host, account.port, account.username, account.password, account.security, **kwargs)


def test_append_then_fetch_returns_exact_bytes_and_aware_internaldate(imap_account):
    when = datetime(2025, 6, 2, 9, 15, 30, tzinfo=HELSINKI_SUMMER)
    raw = make_raw(1)
    with open_mailbox(imap_account) as mb:
        mb.append(raw, when=when)
        uids = mb.uids_since(date(2025, 1, 1))
        assert len(uids) == 1
        [mail] = list(mb.fetch(uids))

    assert isinstance(mail, FetchedMail)
    assert mail.raw == raw
    assert mail.uid == uids[0]
    assert mail.uidvalidity == mb.uidvalidity
    assert mail.internaldate.tzinfo is not None
    # The same instant; the offset is the server's choice (Dovecot's maildir
    # keeps INTERNALDATE as a file mtime and reports it in its own zone).
    assert mail.internaldate == when


def test_naive_when_is_taken_as_local_time(imap_account):
    naive = datetime(2025, 3, 4, 12, 0, 0)
    with open_mailbox(imap_account) as mb:
        mb.append(make_raw(1), when=naive)
        [mail] = list(mb.fetch(mb.uids_since(date(2025, 1, 1))))
    assert mail.internaldate == naive.astimezone()


def test_fetch_does_not_set_seen(imap_account):
    with open_mailbox(imap_account) as mb:
        mb.append(make_raw(1), when=datetime.now(timezone.utc))
        uids = mb.uids_since(date.today() - timedelta(days=1))
        first = list(mb.fetch(uids))
        second = list(mb.fetch(uids))
    assert "\\Seen" not in first[0].flags
    assert "\\Seen" not in second[0].flags
    # And a separate session agrees, so it is not just this session's view.
    with open_mailbox(imap_account) as mb:
        [again] = list(mb.fetch(uids))
    assert "\\Seen" not in again.flags


def test_fetch_keeps_existing_flags(imap_account):
    with open_mailbox(imap_account) as mb:
        mb.append(make_raw(1), flags=["\\Seen", "\\Flagged"], when=datetime.now(timezone.utc))
        [mail] = list(mb.fetch(mb.uids_since(date.today() - timedelta(days=1))))
    assert set(mail.flags) >= {"\\Seen", "\\Flagged"}


def test_mark_processed_adds_keyword_and_nothing_else(imap_account):
    with open_mailbox(imap_account) as mb:
        for n in range(3):
            mb.append(make_raw(n), when=datetime.now(timezone.utc))
        uids = mb.uids_since(date.today() - timedelta(days=1))
        assert mb.mark_processed(uids[:2]) is True
    with open_mailbox(imap_account) as mb:
        mails = list(mb.fetch(uids))
    assert [m.uid for m in mails] == uids  # nothing deleted or expunged
    assert "$Rightsbot" in mails[0].flags and "$Rightsbot" in mails[1].flags
    assert "$Rightsbot" not in mails[2].flags
    for m in mails:
        assert "\\Seen" not in m.flags and "\\Deleted" not in m.flags


def test_mark_processed_with_no_uids_is_a_no_op(imap_account):
    with open_mailbox(imap_account) as mb:
        assert mb.mark_processed([]) is True


def test_custom_keyword(imap_account):
    with open_mailbox(imap_account, keyword="$Handled") as mb:
        mb.append(make_raw(1), when=datetime.now(timezone.utc))
        uids = mb.uids_since(date.today() - timedelta(days=1))
        assert mb.mark_processed(uids)
        [mail] = list(mb.fetch(uids))
    assert "$Handled" in mail.flags


def test_uids_since_after_uid(imap_account):
    with open_mailbox(imap_account) as mb:
        for n in range(5):
            mb.append(make_raw(n), when=datetime.now(timezone.utc))
        since = date.today() - timedelta(days=1)
        all_uids = mb.uids_since(since)
        assert len(all_uids) == 5 and all_uids == sorted(all_uids)
        assert mb.uids_since(since, after_uid=all_uids[2]) == all_uids[3:]
        # Above the highest UID: "N:*" would still match the last message.
        assert mb.uids_since(since, after_uid=all_uids[-1]) == []
        assert mb.uids_since(since, after_uid=all_uids[-1] + 100) == []


def test_uids_since_filters_on_internaldate(imap_account):
    old = datetime(2024, 1, 10, 12, 0, tzinfo=timezone.utc)
    recent = datetime(2025, 5, 20, 12, 0, tzinfo=timezone.utc)
    with open_mailbox(imap_account) as mb:
        mb.append(make_raw(1), when=old)
        mb.append(make_raw(2), when=recent)
        everything = mb.uids_since(date(2023, 1, 1))
        assert len(everything) == 2
        only_recent = mb.uids_since(date(2025, 1, 1))
        assert len(only_recent) == 1
        [mail] = list(mb.fetch(only_recent))
        # SINCE includes the day itself.
        assert mb.uids_since(date(2025, 5, 20)) == only_recent
        assert mb.uids_since(date(2025, 5, 22)) == []
    assert mail.internaldate == recent
    assert mail.raw == make_raw(2)


def test_fetch_in_batches_yields_everything_in_uid_order(imap_account):
    with open_mailbox(imap_account) as mb:
        for n in range(7):
            mb.append(make_raw(n), when=datetime.now(timezone.utc))
        uids = mb.uids_since(date.today() - timedelta(days=1))
        mails = list(mb.fetch(list(reversed(uids)) + [uids[-1] + 50], batch=3))
    assert [m.uid for m in mails] == uids
    assert [m.raw for m in mails] == [make_raw(n) for n in range(7)]


def test_uidvalidity_is_stable_across_reconnects(imap_account):
    with open_mailbox(imap_account) as mb:
        first = mb.uidvalidity
        mb.append(make_raw(1))
    with open_mailbox(imap_account) as mb:
        assert mb.uidvalidity == first
        [mail] = list(mb.fetch(mb.uids_since(date.today() - timedelta(days=1))))
        assert mail.uidvalidity == first


def test_append_to_another_folder_does_not_touch_inbox(dovecot, imap_account):
    # Dovecot has no Sent folder for a new user; keeping a Sent copy needs one.
    from imapclient import IMAPClient

    with IMAPClient(imap_account.host, imap_account.port, ssl=False) as c:
        c.login(imap_account.username, imap_account.password)
        c.create_folder("Sent")
    with open_mailbox(imap_account) as mb:
        mb.append(make_raw(1), folder="Sent")
        assert mb.uids_since(date(2000, 1, 1)) == []
    with open_mailbox(imap_account, folder="Sent") as mb:
        assert len(mb.uids_since(date(2000, 1, 1))) == 1


def test_wrong_password_is_mailbox_unavailable_without_the_password(imap_account):
    secret = "Sekr3t-not-this-one"
    mb = Mailbox(imap_account.host, imap_account.port, imap_account.username, secret, "none", timeout=5)
    with pytest.raises(MailboxUnavailable) as info:
        with mb:
            pass
    message = str(info.value)
    assert secret not in message
    assert f"{imap_account.host}:{imap_account.port}" in message
    assert "\n" not in message
    assert "login" in message


def test_closed_port_is_mailbox_unavailable(unused_port):
    mb = Mailbox("127.0.0.1", unused_port, "nobody", "pw-123456", "none", timeout=5)
    with pytest.raises(MailboxUnavailable) as info:
        with mb:
            pass
    message = str(info.value)
    assert f"127.0.0.1:{unused_port}" in message
    assert "pw-123456" not in message
    assert "\n" not in message


def test_silent_server_times_out_as_mailbox_unavailable(silent_port):
    mb = Mailbox("127.0.0.1", silent_port, "nobody", "pw-123456", "none", timeout=0.5)
    with pytest.raises(MailboxUnavailable, match="timed out"):
        with mb:
            pass


def test_missing_folder_is_mailbox_unavailable(imap_account):
    with pytest.raises(MailboxUnavailable, match="select 'NoSuchFolder'"):
        with open_mailbox(imap_account, folder="NoSuchFolder"):
            pass


def test_use_outside_with_block_is_an_error(imap_account):
    mb = open_mailbox(imap_account)
    with pytest.raises(MailboxUnavailable, match="not connected"):
        mb.uids_since(date.today())
