"""Real servers on loopback for the integration tests.

Fixtures:
  dovecot        (session)  a private Dovecot on 127.0.0.1, plain IMAP, its own
                            config, runtime dir, log and maildirs in a temp dir.
  imap_account   (function) a fresh user with an empty INBOX on that Dovecot:
                            .host .port .username .password (.security == "none").
  smtp_server    (function) an aiosmtpd sink on 127.0.0.1, emptied per test:
                            .host .port .messages (list of Received) and
                            .fail_next(stage, code) to make the next MAIL/RCPT/DATA fail.
  token_authority (function) an HTTPS token endpoint on loopback standing in for Entra ID and
                            Google (tests/integration/token_authority.py); per test, requests
                            trusts its certificate through REQUESTS_CA_BUNDLE.
  oauth2_dovecot (session)  a second private Dovecot whose oauth2 passdb validates the
                            authority's JWTs locally (XOAUTH2, OAUTHBEARER); its users as in
                            `dovecot`, with no password login.
  oauth2_smtp    (function) an aiosmtpd server that requires AUTH XOAUTH2 and asks the
                            authority whether each token is good.

Dovecot is required, not optional: if it is missing the tests fail and say to run
scripts/ensure-dovecot.sh. The system Dovecot service is never touched.
"""

from __future__ import annotations

import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from bot.entrypoints.demo.servers import stop_process, wait_for_imap_greeting

LOOPBACK = "127.0.0.1"
# Debian installs the daemon in /usr/sbin, which a non-root PATH may lack.
_SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])


# -- Dovecot ------------------------------------------------------------------


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    username: str
    password: str
    security: str = "none"


@dataclass
class DovecotServer:
    host: str
    port: int
    username: str
    password: str
    root: Path
    config: Path
    log: Path
    _passwd: Path
    _uid: int
    _gid: int
    security: str = "none"
    _written: int = 0
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def new_account(self) -> ImapAccount:
        """Hand out a user whose maildir does not exist yet, i.e. an empty INBOX.

        Users are written to the passwd-file in batches ahead of time: Dovecot
        re-reads the file at most once a second, so a user added just now
        might not be able to log in yet.
        """
        with self._lock:
            n = next(self._counter)
            if n > self._written:
                _write_users(self._passwd, range(self._written + 1, self._written + 201),
                             self.password, self._uid, self._gid, self.root)
                self._written += 200
                time.sleep(1.1)
        return ImapAccount(self.host, self.port, _user_name(n), self.password)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def _user_name(n: int) -> str:
    return f"user{n}@allsec.test"


def _write_users(passwd: Path, numbers: range, password: str, uid: int, gid: int, root: Path) -> None:
    with passwd.open("a") as f:
        for n in numbers:
            name = _user_name(n)
            f.write(f"{name}:{{PLAIN}}{password}:{uid}:{gid}::{root / 'mail' / name}::\n")


def _dovecot_version(binary: str) -> tuple[int, int]:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.match(r"(\d+)\.(\d+)", out.strip())
    if not match:
        raise RuntimeError(f"cannot read dovecot version from {out!r}")
    return int(match.group(1)), int(match.group(2))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def _service_users() -> tuple[str, str, pwd.struct_passwd]:
    """(login user, internal user, mail owner).

    Dovecot refuses to run its login and mail processes as root, so under root
    use the unprivileged users the Debian package creates. Otherwise everything
    runs as the current user, which Dovecot accepts for a private instance.
    """
    if os.geteuid() == 0:
        try:
            dovenull = pwd.getpwnam("dovenull")
            mail_owner = pwd.getpwnam("dovecot")
        except KeyError:
            pytest.fail(
                "the 'dovecot'/'dovenull' system users are missing; "
                "run scripts/ensure-dovecot.sh (installs dovecot-imapd)",
                pytrace=False,
            )
        return dovenull.pw_name, mail_owner.pw_name, mail_owner
    me = pwd.getpwuid(os.geteuid())
    return me.pw_name, me.pw_name, me


def _dovecot_conf(version: tuple[int, int], root: Path, port: int, passwd: Path,
                  login_user: str, internal_user: str, mail_owner: pwd.struct_passwd) -> str:
    common = f"""\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
instance_name = rightsbot-test-{port}
protocols = imap
listen = {LOOPBACK}
ssl = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
mail_uid = {mail_owner.pw_uid}
mail_gid = {mail_owner.pw_gid}
first_valid_uid = {min(mail_owner.pw_uid, 100)}
first_valid_gid = {min(mail_owner.pw_gid, 100)}
# Without its anvil socket the auth process turns the per-IP login penalty
# off; otherwise one wrong-password test slows every later login by seconds.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {LOOPBACK}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""
    if version >= (2, 4):
        # 2.4 renamed most settings and needs the version lines first.
        return f"""\
dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
{common}
auth_allow_cleartext = yes
mail_driver = maildir
mail_path = ~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb passwd-file {{
  passwd_file_path = {passwd}
}}
userdb passwd-file {{
  passwd_file_path = {passwd}
}}
"""
    return f"""\
{common}
disable_plaintext_auth = no
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {passwd}
}}
"""


@dataclass
class StartedDovecot:
    proc: subprocess.Popen
    root: Path
    conf: Path
    passwd: Path
    ports: tuple[int, ...]  # the plain IMAP port first, then any extra listeners' ports
    mail_owner: pwd.struct_passwd


def start_private_dovecot(prefix: str, password: str, users: int, extra_ports: int = 0,
                          extra_conf: Callable[[tuple[int, int], tuple[int, ...]], str] | None = None
                          ) -> StartedDovecot:
    """Start a Dovecot of our own on loopback: config, users, maildirs and logs in a new /tmp folder.

    `extra_conf(version, extra_ports)` may add listeners (e.g. imaps). Fails the test run with the
    logs when Dovecot is missing or does not start.
    """
    binary = shutil.which("dovecot", path=_SEARCH_PATH)
    if binary is None:
        pytest.fail(
            "Dovecot is not installed; the IMAP integration tests need it. "
            "Run scripts/ensure-dovecot.sh (as root) and try again.",
            pytrace=False,
        )
    version = _dovecot_version(binary)
    login_user, internal_user, mail_owner = _service_users()

    # Not under pytest's tmp_path: /tmp/pytest-of-root is mode 0700, and the
    # unprivileged Dovecot processes must reach their maildirs.
    root = Path(tempfile.mkdtemp(prefix=prefix))
    root.chmod(0o755)
    for sub in ("run", "state"):
        (root / sub).mkdir()
    mail = root / "mail"
    mail.mkdir()
    os.chown(mail, mail_owner.pw_uid, mail_owner.pw_gid)
    passwd = root / "passwd"
    # Every user exists before Dovecot starts (it re-reads the file at most once a second).
    _write_users(passwd, range(1, users + 1), password, mail_owner.pw_uid, mail_owner.pw_gid, root)
    # The auth process reads it as the internal user.
    passwd.chmod(0o644)
    conf = root / "dovecot.conf"

    # A port picked this way could be taken before Dovecot binds it; try again.
    for _attempt in range(3):
        ports = tuple(_free_port() for _ in range(1 + extra_ports))
        if len(set(ports)) < len(ports):
            continue
        text = _dovecot_conf(version, root, ports[0], passwd, login_user, internal_user, mail_owner)
        conf.write_text(text + (extra_conf(version, ports[1:]) if extra_conf else ""))
        # Errors before log_path takes effect go to stderr; keep them on disk
        # rather than in a pipe nobody drains.
        with (root / "dovecot.stderr").open("ab") as err:
            proc = subprocess.Popen([binary, "-F", "-c", str(conf)], stdin=subprocess.DEVNULL,
                                    stdout=err, stderr=subprocess.STDOUT)
        # The master binds every listener before any login process greets, so a greeting on
        # the plain port means the others are bound too.
        if wait_for_imap_greeting(LOOPBACK, ports[0], proc, time.monotonic() + 15):
            return StartedDovecot(proc, root, conf, passwd, ports, mail_owner)
        stop_process(proc)
    detail = "\n".join(
        p.read_text(errors="replace")[-2000:]
        for p in (root / "dovecot.stderr", root / "dovecot.log")
        if p.exists()
    ) or "(no log)"
    # The directory is kept so the config and logs can be inspected.
    pytest.fail(f"private Dovecot did not start (see {root}):\n{detail}", pytrace=False)


@pytest.fixture(scope="session")
def dovecot():
    password = "test-password"
    started = start_private_dovecot("rightsbot-dovecot-", password, users=200)
    server = DovecotServer(
        host=LOOPBACK, port=started.ports[0], username=_user_name(1), password=password, root=started.root,
        config=started.conf, log=started.root / "dovecot.log", _passwd=started.passwd,
        _uid=started.mail_owner.pw_uid, _gid=started.mail_owner.pw_gid, _written=200,
    )
    # user1 is the session-wide account (dovecot.username); tests get their own.
    next(server._counter)
    try:
        yield server
    finally:
        stop_process(started.proc)
        shutil.rmtree(started.root, ignore_errors=True)


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> ImapAccount:
    return dovecot.new_account()


@pytest.fixture
def unused_port() -> int:
    """A loopback port nothing listens on (for connection-refused tests)."""
    return _free_port()


@pytest.fixture
def silent_port():
    """A loopback port that accepts connections but never says a word (for timeouts)."""
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        s.listen(8)
        yield s.getsockname()[1]


# -- SMTP ---------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


class RecordingHandler:
    """aiosmtpd handler that keeps every message and can refuse on demand.

    Like Mailman's testing/mta.py: ``fail_next("RCPT", 550)`` makes the next
    RCPT command answer 550, once.
    """

    STAGES = ("MAIL", "RCPT", "DATA", "QUIT")

    def __init__(self) -> None:
        self.messages: list[Received] = []
        self._failures: dict[str, list[str]] = {stage: [] for stage in self.STAGES}
        self._lock = threading.Lock()

    def fail_next(self, stage: str, code: int, text: str = "injected failure", times: int = 1) -> None:
        stage = stage.upper()
        if stage not in self.STAGES:
            raise ValueError(f"stage must be one of {self.STAGES}")
        with self._lock:
            self._failures[stage].extend([f"{code} {text}"] * times)

    def reset(self) -> None:
        with self._lock:
            self.messages.clear()
            for queue in self._failures.values():
                queue.clear()

    def _take(self, stage: str) -> str | None:
        with self._lock:
            queue = self._failures[stage]
            return queue.pop(0) if queue else None

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if (reply := self._take("MAIL")) is not None:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if (reply := self._take("RCPT")) is not None:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if (reply := self._take("DATA")) is not None:
            return reply
        with self._lock:
            self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        if (reply := self._take("QUIT")) is not None:
            return reply
        return "221 Bye"


class _LoopbackController(Controller):
    """Controller bound to port 0, so there is no race for a free port."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: RecordingHandler

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def fail_next(self, stage: str, code: int, text: str = "injected failure", times: int = 1) -> None:
        self.handler.fail_next(stage, code, text, times)


def serve_smtp(controller: _LoopbackController):
    """Run `controller` for the duration of a fixture, as an SmtpServer."""
    controller.start()
    try:
        yield SmtpServer(LOOPBACK, controller.port, controller.handler)
    finally:
        controller.stop()


@pytest.fixture(scope="session")
def _smtp_session():
    yield from serve_smtp(_LoopbackController(RecordingHandler(), hostname=LOOPBACK, port=0))


@pytest.fixture
def smtp_server(_smtp_session: SmtpServer) -> SmtpServer:
    _smtp_session.handler.reset()
    yield _smtp_session
    _smtp_session.handler.reset()


# -- OAuth2 (the servers live in oauth2_servers.py; imported here to be fixtures everywhere) --

from tests.integration.oauth2_servers import (  # noqa: E402, F401
    _authority_session,
    _oauth2_smtp_session,
    oauth2_dovecot,
    oauth2_smtp,
    token_authority,
)

# -- Databases ----------------------------------------------------------------

POSTGRES_URL = os.environ.get("RIGHTSBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_schema(prefix: str):
    """Yield a URL whose search path is a new, empty schema; drop the schema afterwards.

    PostgreSQL is required (these machines run it on 127.0.0.1:5432); set
    RIGHTSBOT_SKIP_POSTGRES=1 to skip those runs on purpose.
    """
    if os.environ.get("RIGHTSBOT_SKIP_POSTGRES") == "1":
        pytest.skip("RIGHTSBOT_SKIP_POSTGRES=1")
    import uuid
    from urllib.parse import quote

    import sqlalchemy as sa

    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.fail(f"PostgreSQL is not reachable at {POSTGRES_URL}: {type(exc.orig).__name__}; start it "
                    "(scripts/ensure-postgres.sh) or set RIGHTSBOT_SKIP_POSTGRES=1", pytrace=False)
    try:
        yield f"{POSTGRES_URL}?options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path):
    """A fresh, empty database for the bot's store: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.db'}"
    else:
        yield from postgres_schema("rightsbot_store")
