"""What the IMAP and SMTP adapters share: where the server is, how to sign in, and how to say
what went wrong without ever showing the secret."""

from __future__ import annotations

import ssl

from bot.core.settings import security_mode


class MailServer:
    """A mail server's address, login and TLS mode. Subclasses talk the protocol."""

    protocol = "mail"

    def __init__(self, host: str, port: int, username: str | None, password: str | None, security: str,
                 timeout: float = 30.0, ssl_context: ssl.SSLContext | None = None) -> None:
        self.host = host
        self.port = port
        self.username = username
        self._password = password
        self.security = security_mode(security, self.protocol)
        self.timeout = timeout
        self._ssl_context = ssl_context

    def _masked(self, text: str) -> str:
        """`text` with the password replaced. Servers are not supposed to echo credentials, but make sure.
        Short strings would mask ordinary words (and hint at the password); real ones are longer."""
        if self._password and len(self._password) >= 6:
            text = text.replace(self._password, "***")
        return text

    def _timed_out(self) -> str:
        return f"timed out after {self.timeout:g}s"
