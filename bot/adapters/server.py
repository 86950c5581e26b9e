"""What the IMAP and SMTP adapters share: where the server is, how to sign in (a password, or an
OAuth2 access token from a token provider), and how to say what went wrong without ever showing
the secret."""

from __future__ import annotations

import ssl
from collections.abc import Callable

from bot.adapters.oauth2 import TokenProvider
from bot.core.settings import security_mode


class MailServer:
    """A mail server's address, login and TLS mode. Subclasses talk the protocol.

    The login signs in with `password`, or, when `tokens` is given, with an OAuth2 access token
    for `username` (XOAUTH2) and no password at all."""

    protocol = "mail"

    def __init__(self, host: str, port: int, username: str | None, password: str | None, security: str,
                 timeout: float = 30.0, ssl_context: ssl.SSLContext | None = None, *,
                 tokens: TokenProvider | None = None) -> None:
        self.host = host
        self.port = port
        self.username = username
        self._password = None if tokens else password
        self._tokens = tokens
        self.security = security_mode(security, self.protocol)
        self.timeout = timeout
        self._ssl_context = ssl_context
        # Everything that must never reach a message: the password and every token handed out.
        self._secrets: set[str] = {self._password} if self._password else set()

    def _masked(self, text: str) -> str:
        """`text` with the password and tokens replaced. Servers are not supposed to echo credentials,
        but make sure. Short strings would mask ordinary words (and hint at the password); real ones are
        longer."""
        for secret in self._secrets:
            if len(secret) >= 6:
                text = text.replace(secret, "***")
        return text

    def _sign_in_with_token(self, attempt: Callable[[str], object],
                            refused: tuple[type[BaseException], ...]) -> None:
        """Call `attempt(access_token)`. When the server refuses a stored token (revoked since it was
        fetched), try once more with a new one; a refused new token is the caller's to report.
        A refused token is forgotten either way, so the next sign-in fetches another."""
        assert self._tokens is not None and self.username
        for round_ in (1, 2):
            token = self._tokens.access_token(self.username)
            self._secrets.add(token.value)
            try:
                attempt(token.value)
                return
            except refused:
                self._tokens.forget(self.username)
                if token.fresh or round_ == 2:
                    raise

    def _timed_out(self) -> str:
        return f"timed out after {self.timeout:g}s"
