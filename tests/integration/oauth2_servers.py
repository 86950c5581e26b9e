"""The OAuth2 servers for the integration tests (fixtures re-exported by conftest.py): the token
endpoint (token_authority.py), a private Dovecot whose oauth2 passdb validates its JWTs locally,
and an aiosmtpd server that takes AUTH XOAUTH2 only and asks the endpoint about each token."""

from __future__ import annotations

import collections
import itertools
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP

from bot.entrypoints.demo.servers import stop_process
from tests.integration.conftest import (
    LOOPBACK,
    RecordingHandler,
    SmtpServer,
    _LoopbackController,
    _user_name,
    serve_smtp,
    start_private_dovecot,
)


@pytest.fixture(scope="session")
def _authority_session():
    from tests.integration.token_authority import start_authority

    folder = Path(tempfile.mkdtemp(prefix="rightsbot-authority-"))
    authority, server = start_authority(folder)
    try:
        yield authority
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def token_authority(_authority_session, monkeypatch):
    """The token endpoint, reset to its defaults; MSAL and google-auth (through requests) trust it."""
    a = _authority_session
    a.lifetime, a.failing_with = 3600, None
    a.requests.clear()
    a.revoked.clear()
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(a.ca_file))
    return a


@dataclass
class OAuth2Dovecot:
    host: str
    port: int
    root: Path
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def new_username(self) -> str:
        """A user with an empty INBOX (each has its own maildir)."""
        with self._lock:
            return _user_name(next(self._counter))


def _oauth2_conf(keys: Path, root: Path):
    def extra(version: tuple[int, int], _ports: tuple[int, ...]) -> str:
        if version >= (2, 4):
            pytest.fail("the oauth2 Dovecot fixture is written for Dovecot 2.3 (2.4 moved oauth2 out of the "
                        "passdb); these machines run 2.3", pytrace=False)
        ext = root / "dovecot-oauth2.conf.ext"
        # Local validation (2.3.11+): the key is looked up as <azp>/<ALG>/<kid> in the dict;
        # the user must match the token's email claim.
        ext.write_text(f"introspection_mode = local\nlocal_validation_key_dict = fs:posix:prefix={keys}/\n"
                       "username_attribute = email\n")
        ext.chmod(0o644)
        return f"""
auth_mechanisms = xoauth2 oauthbearer
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {ext}
}}
"""
    return extra


@pytest.fixture(scope="session")
def oauth2_dovecot(_authority_session):
    from tests.integration.token_authority import AZP, KID, public_pem

    keys = Path(tempfile.mkdtemp(prefix="rightsbot-oauth2-keys-"))
    folder = keys / AZP / "RS256"
    folder.mkdir(parents=True)
    (folder / KID).write_text(public_pem(_authority_session.signing_key))
    for path in (keys, keys / AZP, folder):
        path.chmod(0o755)
    (folder / KID).chmod(0o644)
    started = start_private_dovecot("rightsbot-oauth2-dovecot-", "no-password-login-here", users=100,
                                    extra_conf=_oauth2_conf(keys, keys))
    try:
        yield OAuth2Dovecot(LOOPBACK, started.ports[0], started.root)
    finally:
        stop_process(started.proc)
        shutil.rmtree(started.root, ignore_errors=True)
        shutil.rmtree(keys, ignore_errors=True)


class XOAuth2Handler(RecordingHandler):
    """RecordingHandler that takes AUTH XOAUTH2 only, and asks the authority about each token.

    A refusal goes as Gmail's does: a 334 challenge carrying the error, the client's empty answer,
    then 535."""

    def __init__(self, authority) -> None:
        super().__init__()
        self.authority = authority
        self.signed_in: list[str] = []
        self.refused: list[str] = []
        # A careless server that quotes the token back in its refusal.
        self.echo_tokens = False

    async def auth_XOAUTH2(self, server, args):
        from base64 import b64decode

        from aiosmtpd.smtp import MISSING, AuthResult

        if len(args) == 1:
            blob = await server.challenge_auth("")
            if blob is MISSING:
                return AuthResult(success=False)
        else:
            blob = b64decode(args[1])
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        if self.authority.check(token, user):
            self.signed_in.append(user)
            return AuthResult(success=True, auth_data=user)
        self.refused.append(user)
        await server.challenge_auth('{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}')
        echoed = f" for token {token}" if self.echo_tokens else ""
        return AuthResult(success=False, handled=False, message=f"535 5.7.8 Username and Password not accepted{echoed}")


class _LongAuthSMTP(SMTP):
    """aiosmtpd stops command lines at 512 octets; RFC 4954 lets AUTH's run to 12288, which a
    token needs."""

    line_length_limit = 12288 + 2

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.command_size_limits = collections.defaultdict(lambda: SMTP.command_size_limit, AUTH=12288)


class _OAuth2Controller(_LoopbackController):
    def factory(self):
        return _LongAuthSMTP(self.handler, **self.SMTP_kwargs)


@pytest.fixture(scope="session")
def _oauth2_smtp_session(_authority_session):
    yield from serve_smtp(_OAuth2Controller(XOAuth2Handler(_authority_session), hostname=LOOPBACK, port=0,
                                            auth_required=True, auth_require_tls=False,
                                            auth_exclude_mechanism=["PLAIN", "LOGIN"]))


@pytest.fixture
def oauth2_smtp(_oauth2_smtp_session: SmtpServer, token_authority) -> SmtpServer:
    handler = _oauth2_smtp_session.handler
    handler.reset()
    handler.signed_in.clear()
    handler.refused.clear()
    handler.echo_tokens = False
    return _oauth2_smtp_session
