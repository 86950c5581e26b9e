"""What `rightsbot run` needs from the IMAP adapter, on a real Dovecot: the Sent folder (found by
special use, named, or created), a copy found again by its Message-ID, and IDLE."""

from __future__ import annotations

import shutil
import threading
from datetime import date, datetime, timedelta, timezone

import pytest

from bot.adapters.mailbox import Mailbox
from bot.entrypoints.demo.servers import stop_process
from tests.integration.conftest import start_private_dovecot
from tests.integration.test_mailbox import make_raw, open_mailbox

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=timezone.utc)


def test_a_named_sent_folder_is_created_and_a_copy_is_found_by_message_id(imap_account):
    with open_mailbox(imap_account) as box:
        folder = box.sent_folder("Sent Items")
        assert folder == "Sent Items"
        box.file_copy(make_raw(1), folder, NOW)
        assert box.find_by_message_id(folder, "<msg-1@example.fi>") == make_raw(1)
        assert box.find_by_message_id(folder, "<msg-2@example.fi>") is None
        # Looking in the Sent folder leaves the session on its own folder.
        box.append(make_raw(3), when=NOW)
        assert len(box.uids_since(date(2026, 1, 1))) == 1
    with open_mailbox(imap_account, folder="Sent Items") as sent:
        [copy] = list(sent.fetch(sent.uids_since(date(2026, 1, 1))))
    assert "\\Seen" in copy.flags  # our own mail, already read


def test_without_a_special_use_folder_sent_is_used(imap_account):
    with open_mailbox(imap_account) as box:
        assert box.sent_folder(None) == "Sent"
        assert box.sent_folder(None) == "Sent"  # found the second time, not created again


@pytest.fixture(scope="module")
def dovecot_with_sent():
    """A private Dovecot whose mailboxes have a `\\Sent` folder named "Sent Messages" (RFC 6154)."""
    def special_use(version, ports):
        return '\nnamespace inbox {\n  mailbox "Sent Messages" {\n    special_use = \\Sent\n    auto = create\n  }\n}\n'

    started = start_private_dovecot("rightsbot-dovecot-sent-", "test-password", users=2, extra_conf=special_use)
    yield started
    stop_process(started.proc)
    shutil.rmtree(started.root, ignore_errors=True)


def test_the_special_use_sent_folder_is_found(dovecot_with_sent):
    with Mailbox("127.0.0.1", dovecot_with_sent.ports[0], "user1@allsec.test", "test-password", "none") as box:
        assert box.sent_folder(None) == "Sent Messages"


def test_idle_wakes_when_mail_arrives(imap_account):
    with open_mailbox(imap_account) as watcher, open_mailbox(imap_account) as other:
        assert watcher.supports_idle()
        assert watcher.idle(0.3) is False  # nothing came
        timer = threading.Timer(0.3, lambda: other.append(make_raw(1), when=NOW))
        timer.start()
        try:
            # Generous: the point is that IDLE returns when the mail comes, not how fast.
            assert watcher.idle(30) is True
        finally:
            timer.join()
        # The session is usable again after IDLE.
        assert len(watcher.uids_since(date(2026, 1, 1))) == 1


def test_idle_reports_mail_that_came_before_it_began(imap_account):
    with open_mailbox(imap_account) as watcher, open_mailbox(imap_account) as other:
        other.append(make_raw(1), when=NOW)
        assert watcher.idle(5) is True


def test_idle_stops_when_asked(imap_account):
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    with open_mailbox(imap_account) as watcher:
        started = datetime.now()
        assert watcher.idle(60, stop=stop) is False
    assert datetime.now() - started < timedelta(seconds=30)
