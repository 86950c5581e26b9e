"""A private Postfix on loopback, for the tests that send through a real MTA.

Debian's `postfix` package (installed by scripts/ensure-postfix.sh, never started as the system
service) runs here as its own instance: config, queue and log in a new /tmp folder, SMTP on a free
loopback port, every recipient domain accepted and delivered by the `virtual` agent to one
maildir the test reads (Postfix adds `Delivered-To:` with each envelope recipient). SMTPUTF8 is
on, as in Postfix's own defaults since compatibility level 3.
"""

from __future__ import annotations

import email
import email.policy
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

POSTFIX = "/usr/sbin/postfix"
LOOPBACK = "127.0.0.1"

_MASTER_CF = """\
{host}:{port} inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n -  0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n -  - trivial-rewrite
bounce    unix  - - n -  0 bounce
defer     unix  - - n -  0 bounce
trace     unix  - - n -  0 bounce
verify    unix  - - n -  1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -  - proxymap
smtp      unix  - - n -  - smtp
relay     unix  - - n -  - smtp
showq     unix  n - n -  - showq
error     unix  - - n -  - error
retry     unix  - - n -  - error
discard   unix  - - n -  - discard
virtual   unix  - n n -  - virtual
anvil     unix  - - n -  1 anvil
scache    unix  - - n -  1 scache
postlog   unix-dgram n - n - 1 postlogd
"""

_MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {root}/queue
data_directory = {root}/data
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = {host}
inet_protocols = ipv4
myhostname = rightsbot-test.localdomain
mydestination =
mynetworks = 127.0.0.0/8
relayhost =
smtputf8_enable = yes
smtpd_relay_restrictions = permit_mynetworks, reject
virtual_mailbox_domains = static:all
virtual_mailbox_maps = static:inbox/
virtual_mailbox_base = {root}/mail
virtual_uid_maps = static:{uid}
virtual_gid_maps = static:{gid}
maillog_file_prefixes = {root}
maillog_file = {root}/postfix.log
"""


@dataclass
class PostfixServer:
    host: str
    port: int
    root: Path

    @property
    def maildir(self) -> Path:
        return self.root / "mail" / "inbox"

    def delivered(self) -> list[email.message.EmailMessage]:
        """The mails delivered so far, parsed (UTF-8 headers as text, RFC 6532)."""
        new = self.maildir / "new"
        files = sorted(new.iterdir()) if new.is_dir() else []
        return [email.message_from_string(f.read_bytes().decode("utf-8", "surrogateescape"), policy=email.policy.default)
                for f in files]

    def wait_for(self, count: int, seconds: float = 60) -> list[email.message.EmailMessage]:
        """Wait until `count` mails were delivered (Postfix delivers from its queue, not at once)."""
        end = time.monotonic() + seconds
        while len(mails := self.delivered()) < count and time.monotonic() < end:
            time.sleep(0.2)
        return mails

    def log(self) -> str:
        path = self.root / "postfix.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else "(no log)"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def _greets(port: int, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((LOOPBACK, port), timeout=2) as s:
                if s.recv(64).startswith(b"220"):
                    return True
        except OSError:
            time.sleep(0.2)
    return False


def start_private_postfix():
    """Yield a PostfixServer; stop it and remove its folder afterwards."""
    if not Path(POSTFIX).exists():
        pytest.fail("Postfix is not installed; the delivery test needs it. Run scripts/ensure-postfix.sh "
                    "(as root) and try again.", pytrace=False)
    owner = pwd.getpwnam("postfix")
    root = Path(tempfile.mkdtemp(prefix="rightsbot-postfix-"))
    # The postfix user's daemons must reach the maildir and the queue below it.
    root.chmod(0o755)
    # Modes set here, not by the umask: rightsbot's commands set umask 077 in this process.
    for sub in ("conf", "queue", "data", "mail"):
        (root / sub).mkdir()
        (root / sub).chmod(0o755)
    for sub in ("data", "mail"):
        shutil.chown(root / sub, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    (root / "conf" / "main.cf").write_text(_MAIN_CF.format(root=root, host=LOOPBACK, uid=owner.pw_uid,
                                                           gid=owner.pw_gid))
    (root / "conf" / "master.cf").write_text(_MASTER_CF.format(host=LOOPBACK, port=port))
    conf = str(root / "conf")
    # `check` creates the queue's folders with their owners; `start` runs the master in the background.
    for command in ("check", "start"):
        done = subprocess.run([POSTFIX, "-c", conf, command], capture_output=True, text=True, timeout=60,
                              umask=0o022)
        if done.returncode != 0:
            pytest.fail(f"private Postfix did not {command} (see {root}): {done.stderr}\n"
                        f"{(root / 'postfix.log').read_text() if (root / 'postfix.log').exists() else ''}",
                        pytrace=False)
    server = PostfixServer(LOOPBACK, port, root)
    try:
        if not _greets(port, time.monotonic() + 30):
            pytest.fail(f"private Postfix does not answer on {LOOPBACK}:{port}:\n{server.log()}", pytrace=False)
        yield server
    finally:
        subprocess.run([POSTFIX, "-c", conf, "stop"], capture_output=True, timeout=60, umask=0o022)
        shutil.rmtree(root, ignore_errors=True)
