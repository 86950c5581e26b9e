"""TLS for bot.adapters.mailbox and bot.adapters.outbox against real servers on loopback.

Module fixtures, separate from conftest.py's plain-text servers:
  tls_files     a throw-away self-signed certificate for 127.0.0.1/localhost (made
                with the openssl command line at test time) and one for a wrong name.
  trusting_ctx  a client SSLContext that trusts that certificate and checks the hostname.
  tls_dovecot   a private Dovecot with ``ssl = yes``: an imaps listener (implicit TLS)
                and a plain imap listener that offers STARTTLS.
  smtp_tls      aiosmtpd servers: one with STARTTLS required, one with implicit TLS,
                both requiring AUTH; plus one with implicit TLS and a certificate for
                another name (for the hostname check).
"""

from __future__ import annotations

import itertools
import shutil
import ssl
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from bot.adapters.mailbox import Mailbox
from bot.adapters.outbox import Outbox
from bot.core.errors import MailboxUnavailable, SetupDeliveryError, TemporaryDeliveryError
from bot.entrypoints.demo.servers import stop_process
from tests.integration.conftest import (
    _SEARCH_PATH,
    LOOPBACK,
    RecordingHandler,
    _LoopbackController,
    _user_name,
    start_private_dovecot,
)

# The implicit-TLS SMTP server requires AUTH with auth_require_tls=False (see
# _smtp_tls_module); aiosmtpd warns about that on every connection.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

# Distinctive, so a leak into an error message cannot be a coincidence.
PASSWORD = "s3cret-TLS-pw-81f2"
SMTP_USER = "bot@allsec.fi"
TIMEOUT = 10.0

RAW = (
    b"From: Allsec Oy <info@allsec.fi>\r\n"
    b"To: customer@example.fi\r\n"
    b"Subject: Vastaus tietopyynt\xc3\xb6\xc3\xb6nne\r\n"
    b"Message-ID: <tls-1@allsec.fi>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"Hei,\r\n"
    b".leading dot survives dot-stuffing \r\n"
    b"Yst\xc3\xa4v\xc3\xa4llisin terveisin\r\n"
)


# -- certificates ---------------------------------------------------------------


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path
    # Valid certificate, but for a name we never connect to.
    wrong_cert: Path
    wrong_key: Path


def _make_cert(openssl: str, directory: Path, stem: str, san: str) -> tuple[Path, Path]:
    cert, key = directory / f"{stem}.crt", directory / f"{stem}.key"
    result = subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "2",
         "-subj", "/CN=rightsbot test", "-addext", f"subjectAltName={san}",
         "-keyout", str(key), "-out", str(cert)],
        capture_output=True, text=True, timeout=60,
    )
    if result.returncode != 0:
        pytest.fail(f"openssl could not make a test certificate:\n{result.stderr[-2000:]}", pytrace=False)
    return cert, key


@pytest.fixture(scope="module")
def tls_files():
    # The `cryptography` package is not a dependency of rightsbot; the openssl
    # command line is on every machine that has Dovecot.
    openssl = shutil.which("openssl", path=_SEARCH_PATH)
    if openssl is None:
        pytest.fail("the TLS tests need the 'openssl' command to make a test certificate; "
                    "install it (apt-get install openssl)", pytrace=False)
    # Not under pytest's tmp_path (mode 0700): Dovecot reads the files too.
    root = Path(tempfile.mkdtemp(prefix="rightsbot-tls-"))
    root.chmod(0o755)
    try:
        cert, key = _make_cert(openssl, root, "server", f"IP:{LOOPBACK},DNS:localhost")
        wrong_cert, wrong_key = _make_cert(openssl, root, "elsewhere", "DNS:elsewhere.invalid")
        yield TlsFiles(cert, key, wrong_cert, wrong_key)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _client_ctx(cafile: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(cafile))
    assert ctx.check_hostname and ctx.verify_mode == ssl.CERT_REQUIRED
    return ctx


def _server_ctx(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(cert), str(key))
    return ctx


@pytest.fixture(scope="module")
def trusting_ctx(tls_files: TlsFiles) -> ssl.SSLContext:
    return _client_ctx(tls_files.cert)


@pytest.fixture
def untrusting_ctx() -> ssl.SSLContext:
    # The system CAs only: the self-signed test certificate is not among them.
    return ssl.create_default_context()


def assert_one_safe_line(message: str, host: str, port: int) -> None:
    assert "\n" not in message and "\r" not in message
    assert f"{host}:{port}" in message
    assert PASSWORD not in message


# -- Dovecot with TLS -------------------------------------------------------------


@dataclass
class TlsDovecot:
    host: str
    imaps_port: int      # implicit TLS
    imap_port: int       # plain, offers STARTTLS
    root: Path
    _counter: itertools.count

    def new_username(self) -> str:
        return _user_name(next(self._counter))

    def port_for(self, security: str) -> int:
        return self.imaps_port if security == "ssl" else self.imap_port


def _tls_settings(version: tuple[int, int], files: TlsFiles, imaps_port: int) -> str:
    # Appended after conftest's plain config: later settings win, and a second
    # `service imap-login` block is merged with the first.
    if version >= (2, 4):
        certs = f"ssl_server_cert_file = {files.cert}\nssl_server_key_file = {files.key}\n"
    else:
        certs = f"ssl_cert = <{files.cert}\nssl_key = <{files.key}\n"
        # Only needed if a client insists on DHE; harmless otherwise.
        if Path("/usr/share/dovecot/dh.pem").exists():
            certs += "ssl_dh = </usr/share/dovecot/dh.pem\n"
    return f"""
# -- TLS (tests/integration/test_tls.py) --
ssl = yes
{certs}ssl_min_protocol = TLSv1.2
service imap-login {{
  inet_listener imaps {{
    address = {LOOPBACK}
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


@pytest.fixture(scope="module")
def tls_dovecot(tls_files: TlsFiles):
    started = start_private_dovecot("rightsbot-dovecot-tls-", PASSWORD, users=100, extra_ports=1,
                                    extra_conf=lambda version, ports: _tls_settings(version, tls_files, ports[0]))
    try:
        yield TlsDovecot(LOOPBACK, started.ports[1], started.ports[0], started.root, itertools.count(1))
    finally:
        stop_process(started.proc)
        shutil.rmtree(started.root, ignore_errors=True)


def open_mailbox(server: TlsDovecot, security: str, ssl_context, password: str = PASSWORD) -> Mailbox:
    return Mailbox(server.host, server.port_for(security), server.new_username(), password,
                   security, timeout=TIMEOUT, ssl_context=ssl_context)


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_imap_over_tls_appends_and_fetches_exact_bytes(tls_dovecot, trusting_ctx, security):
    when = datetime(2025, 6, 2, 9, 15, 30, tzinfo=timezone(timedelta(hours=3)))
    with open_mailbox(tls_dovecot, security, trusting_ctx) as mb:
        # The session really is encrypted, not just connected.
        sock = mb._client._imap.sock
        assert isinstance(sock, ssl.SSLSocket) and sock.version() in ("TLSv1.2", "TLSv1.3")
        mb.append(RAW, when=when)
        uids = mb.uids_since(date(2025, 1, 1))
        assert len(uids) == 1
        [mail] = list(mb.fetch(uids))
        assert mb.mark_processed(uids)
    assert mail.raw == RAW
    assert mail.internaldate == when


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_imap_untrusted_certificate_is_mailbox_unavailable(tls_dovecot, untrusting_ctx, security):
    mb = open_mailbox(tls_dovecot, security, untrusting_ctx)
    with pytest.raises(MailboxUnavailable) as info:
        with mb:
            pytest.fail("connected despite an untrusted certificate")
    message = str(info.value)
    assert_one_safe_line(message, tls_dovecot.host, tls_dovecot.port_for(security))
    assert "certificate" in message.lower()
    assert mb._client is None


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_imap_without_a_context_still_verifies(tls_dovecot, security):
    # ssl_context=None is what bot/entrypoints/bootstrap.py passes: it must not mean "trust anything".
    with pytest.raises(MailboxUnavailable) as info:
        with open_mailbox(tls_dovecot, security, None):
            pass
    assert "certificate" in str(info.value).lower()


def test_imap_wrong_password_over_tls_is_not_echoed(tls_dovecot, trusting_ctx):
    wrong = PASSWORD + "-wrong"
    with pytest.raises(MailboxUnavailable) as info:
        with open_mailbox(tls_dovecot, "ssl", trusting_ctx, password=wrong):
            pass
    message = str(info.value)
    assert_one_safe_line(message, tls_dovecot.host, tls_dovecot.imaps_port)
    assert wrong not in message
    assert "login" in message


def test_imap_starttls_not_offered_fails_before_login(dovecot, trusting_ctx):
    # conftest's Dovecot has ssl = no, so no STARTTLS: refuse rather than log in in clear.
    mb = Mailbox(dovecot.host, dovecot.port, dovecot.username, dovecot.password, "starttls",
                 timeout=TIMEOUT, ssl_context=trusting_ctx)
    with pytest.raises(MailboxUnavailable) as info:
        with mb:
            pass
    message = str(info.value)
    assert f"{dovecot.host}:{dovecot.port}" in message
    assert "connect failed" in message
    assert dovecot.password not in message


# -- SMTP with TLS ----------------------------------------------------------------


def _authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == SMTP_USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


@dataclass
class TlsSmtp:
    host: str
    starttls_port: int
    ssl_port: int
    wrong_name_port: int
    handler: RecordingHandler

    def port_for(self, security: str) -> int:
        return self.ssl_port if security == "ssl" else self.starttls_port


@pytest.fixture(scope="module")
def _smtp_tls_module(tls_files: TlsFiles):
    handler = RecordingHandler()
    server_ctx = _server_ctx(tls_files.cert, tls_files.key)
    controllers = [
        # STARTTLS required before anything else; AUTH only after STARTTLS.
        _LoopbackController(handler, hostname=LOOPBACK, port=0, tls_context=server_ctx,
                            require_starttls=True, authenticator=_authenticator,
                            auth_required=True, auth_require_tls=True),
        # Implicit TLS. aiosmtpd 1.4 only counts STARTTLS as "TLS" for
        # auth_require_tls, so it has to be off here (the socket is TLS anyway).
        _LoopbackController(handler, hostname=LOOPBACK, port=0, ssl_context=server_ctx,
                            authenticator=_authenticator, auth_required=True,
                            auth_require_tls=False),
        _LoopbackController(handler, hostname=LOOPBACK, port=0,
                            ssl_context=_server_ctx(tls_files.wrong_cert, tls_files.wrong_key)),
    ]
    started = []
    try:
        for controller in controllers:
            controller.start()
            started.append(controller)
        yield TlsSmtp(LOOPBACK, controllers[0].port, controllers[1].port, controllers[2].port, handler)
    finally:
        for controller in started:
            controller.stop()


@pytest.fixture
def smtp_tls(_smtp_tls_module: TlsSmtp) -> TlsSmtp:
    _smtp_tls_module.handler.reset()
    yield _smtp_tls_module
    _smtp_tls_module.handler.reset()


def outbox_for(server: TlsSmtp, security: str, ssl_context, username: str | None = SMTP_USER,
               password: str | None = PASSWORD, port: int | None = None) -> Outbox:
    return Outbox(server.host, port or server.port_for(security), username, password, security,
                  timeout=TIMEOUT, ssl_context=ssl_context)


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_smtp_over_tls_with_auth_delivers_exact_bytes(smtp_tls, trusting_ctx, security):
    outbox_for(smtp_tls, security, trusting_ctx).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    [received] = smtp_tls.handler.messages
    assert received.content == RAW
    assert received.mail_from == "bounces@allsec.fi"
    assert received.rcpt_tos == ["customer@example.fi"]


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_smtp_untrusted_certificate_is_temporary(smtp_tls, untrusting_ctx, security):
    with pytest.raises(TemporaryDeliveryError) as info:
        outbox_for(smtp_tls, security, untrusting_ctx).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    message = str(info.value)
    assert_one_safe_line(message, smtp_tls.host, smtp_tls.port_for(security))
    assert "certificate" in message.lower()
    assert smtp_tls.handler.messages == []


def test_smtp_certificate_for_another_name_is_refused(smtp_tls, tls_files):
    # Trusted issuer, wrong name: the hostname check must be on.
    ctx = _client_ctx(tls_files.wrong_cert)
    with pytest.raises(TemporaryDeliveryError) as info:
        outbox_for(smtp_tls, "ssl", ctx, username=None, password=None,
                   port=smtp_tls.wrong_name_port).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    assert "hostname" in str(info.value).lower() or "ip address mismatch" in str(info.value).lower()
    assert smtp_tls.handler.messages == []


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_smtp_without_a_context_still_verifies(smtp_tls, security):
    # smtplib alone checks nothing; Outbox must bring the default, verifying context.
    with pytest.raises(TemporaryDeliveryError):
        outbox_for(smtp_tls, security, None).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_smtp_wrong_password_over_tls_is_setup_error(smtp_tls, trusting_ctx, security):
    wrong = PASSWORD + "-wrong"
    with pytest.raises(SetupDeliveryError) as info:
        outbox_for(smtp_tls, security, trusting_ctx, password=wrong).send(
            RAW, "bounces@allsec.fi", ["customer@example.fi"])
    message = str(info.value)
    assert_one_safe_line(message, smtp_tls.host, smtp_tls.port_for(security))
    assert wrong not in message
    assert "535" in message
    assert smtp_tls.handler.messages == []


def test_smtp_starttls_without_login_is_refused_by_server(smtp_tls, trusting_ctx):
    # The server requires AUTH; sending anonymously over TLS gets 530 at MAIL FROM.
    with pytest.raises(SetupDeliveryError) as info:
        outbox_for(smtp_tls, "starttls", trusting_ctx, username=None, password=None).send(
            RAW, "bounces@allsec.fi", ["customer@example.fi"])
    assert "530" in str(info.value)
    assert smtp_tls.handler.messages == []


def test_smtp_starttls_not_offered_is_a_setup_error_and_sends_nothing(smtp_server, trusting_ctx):
    # conftest's sink has no STARTTLS: refuse instead of falling back to clear text; retrying
    # would not help, the settings must change.
    outbox = Outbox(smtp_server.host, smtp_server.port, SMTP_USER, PASSWORD, "starttls",
                    timeout=TIMEOUT, ssl_context=trusting_ctx)
    with pytest.raises(SetupDeliveryError) as info:
        outbox.send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    assert_one_safe_line(str(info.value), smtp_server.host, smtp_server.port)
    assert "STARTTLS" in str(info.value)
    assert smtp_server.messages == []
