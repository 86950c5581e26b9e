"""The SMTP adapter: the only place rightsbot talks SMTP.

It takes finished bytes and an envelope; building the message is mime.py's job.
Failures are split by what the caller does next (as Mailman's outgoing runner
does): 4xx and connection trouble are ``TemporaryDeliveryError`` (retry
later), 5xx for this message or its recipient is ``PermanentDeliveryError``
(mark failed, tell staff), and a refused login or sender address is
``SetupDeliveryError`` (nothing can go out until the settings change, so the
drafts stay approved). A connection lost after the whole message went to the
server (the final dot sent) but before its answer came back is
``UnconfirmedDeliveryError``: the server may have taken it, so sending again
could deliver it twice (RFC 5321 6.1, RFC 1047). Messages name the SMTP code and
host:port, never the password.
"""

from __future__ import annotations

import smtplib
import ssl

from bot.adapters.oauth2 import TokenProvider
from bot.adapters.server import MailServer
from bot.core.errors import (
    PermanentDeliveryError,
    SetupDeliveryError,
    SignInError,
    TemporaryDeliveryError,
    UnconfirmedDeliveryError,
)


class _HandOver:
    """smtplib's client, remembering whether the whole message went to the server: `data()` sends
    it as one bytes string ending in CRLF.CRLF; commands go as text."""

    handed_over = False

    def send(self, s):
        super().send(s)
        if isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.handed_over = True


class _SMTP(_HandOver, smtplib.SMTP):
    pass


class _SMTP_SSL(_HandOver, smtplib.SMTP_SSL):
    pass


class Outbox(MailServer):
    protocol = "SMTP"

    def __init__(
        self,
        host: str,
        port: int,
        username: str | None = None,
        password: str | None = None,
        security: str = "none",
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        *,
        tokens: TokenProvider | None = None,
    ) -> None:
        super().__init__(host, port, username, password, security, timeout, ssl_context, tokens=tokens)

    def __repr__(self) -> str:
        return f"Outbox({self.host}:{self.port}, security={self.security!r})"

    def send(self, raw: bytes, mail_from: str, rcpt_to: list[str]) -> None:
        """Deliver ``raw`` unchanged to every address in ``rcpt_to``.

        Succeeds only if every recipient is accepted: a partial delivery is
        reported as an error so that the caller never thinks all went out.
        """
        if not rcpt_to:
            raise ValueError("rcpt_to is empty")
        smtp = None
        try:
            smtp = self._connect()
            self._login(smtp)
            refused = smtp.sendmail(mail_from, list(rcpt_to), raw, mail_options=self._options(smtp, raw, mail_from, rcpt_to))
        except SignInError as exc:
            # The token endpoint, not the SMTP server: its line already names the setting to fix.
            error = TemporaryDeliveryError if exc.temporary else SetupDeliveryError
            raise error(self._masked(str(exc))) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            self._raise_refused(exc.recipients)
        except smtplib.SMTPResponseException as exc:
            # Covers SMTPSenderRefused, SMTPDataError, SMTPAuthenticationError
            # and any other reply smtplib turns into an exception.
            self._raise_code(exc.smtp_code, exc.smtp_error, _stage(exc))
        except (smtplib.SMTPException, OSError) as exc:
            # SMTPServerDisconnected, SMTPNotSupportedError (no STARTTLS),
            # refused connections, DNS, TLS errors and timeouts.
            if smtp is not None and smtp.handed_over:
                raise UnconfirmedDeliveryError(self._line(
                    f"no answer after the whole message was sent (it may have been delivered): "
                    f"{self._reason(exc)}")) from exc
            raise TemporaryDeliveryError(self._line(f"failed: {self._reason(exc)}")) from exc
        finally:
            if smtp is not None:
                _quit(smtp)
        if refused:
            self._raise_refused(refused)

    # -- helpers ------------------------------------------------------------

    def _options(self, smtp: smtplib.SMTP, raw: bytes, mail_from: str, rcpt_to: list[str]) -> list[str]:
        """["SMTPUTF8"] when an address or a header is not ASCII (RFC 6531), else nothing.

        Without SMTPUTF8 such mail cannot be sent as it is (smtplib would fail to encode RCPT TO), so a
        server that does not offer it fails this draft alone, with the reason, for staff to decide.
        """
        headers = raw.split(b"\r\n\r\n", 1)[0]
        if all(a.isascii() for a in (mail_from, *rcpt_to)) and headers.isascii():
            return []
        smtp.ehlo_or_helo_if_needed()
        if not smtp.has_extn("smtputf8"):
            raise PermanentDeliveryError(self._line(
                "the server does not offer SMTPUTF8, which this recipient's address needs (RFC 6531)"))
        return ["SMTPUTF8"]

    def _login(self, smtp: smtplib.SMTP) -> None:
        if not self.username:
            return
        smtp.ehlo_or_helo_if_needed()
        if not smtp.has_extn("auth"):
            # Retrying would not help: the server takes no login, or offers it only after STARTTLS.
            raise SetupDeliveryError(self._line(
                "the server offers no AUTH, but SMTP_USERNAME is set (check SMTP_SECURITY and SMTP_USERNAME)"))
        if self._tokens is None:
            smtp.login(self.username, self._password or "")
            return
        if "XOAUTH2" not in smtp.esmtp_features.get("auth", "").upper().split():
            raise SetupDeliveryError(self._line("the server does not offer AUTH XOAUTH2 (SMTP_AUTH=oauth2)"))
        self._sign_in_with_token(lambda token: smtp.auth("XOAUTH2", _xoauth2(self.username, token)),
                                 (smtplib.SMTPAuthenticationError,))

    def _connect(self) -> smtplib.SMTP:
        # smtplib checks no certificate unless given a context: without this, the password could
        # go to whoever answers. The default context checks the chain and the host name.
        context = self._ssl_context or ssl.create_default_context()
        if self.security == "ssl":
            return _SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        smtp = _SMTP(self.host, self.port, timeout=self.timeout)
        if self.security == "starttls":
            try:
                smtp.starttls(context=context)
            except smtplib.SMTPNotSupportedError as exc:
                smtp.close()
                raise SetupDeliveryError(self._line("STARTTLS is not offered by the server (SMTP_SECURITY)")) from exc
            except BaseException:
                smtp.close()
                raise
        return smtp

    def _raise_refused(self, refused: dict[str, tuple[int, bytes]]) -> None:
        # One temporary refusal is enough to make the whole send worth a retry
        # later; only when every refusal is 5xx is it permanent.
        codes = [code for code, _ in refused.values()]
        summary = "; ".join(
            f"{addr}: {code} {_text(msg)}" for addr, (code, msg) in sorted(refused.items())
        )
        line = self._line(f"RCPT refused ({len(refused)} recipient(s)): {summary}")
        if all(500 <= code < 600 for code in codes):
            raise PermanentDeliveryError(line)
        raise TemporaryDeliveryError(line)

    def _raise_code(self, code: int, message: bytes | str, stage: str) -> None:
        line = self._line(f"{stage} refused: {code} {_text(message)}")
        if stage == "AUTH" and self._tokens is not None:
            line += (" (the server refused the OAuth2 access token: check that the app may send as this mailbox, "
                     "see SMTP_AUTH in the README)")
        if 500 <= code < 600 and stage in ("AUTH", "MAIL FROM", "HELO", "greeting"):
            raise SetupDeliveryError(line)
        if 500 <= code < 600:
            raise PermanentDeliveryError(line)
        raise TemporaryDeliveryError(line)

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, TimeoutError):
            return self._timed_out()
        return " ".join(str(exc).split()) or type(exc).__name__

    def _line(self, text: str) -> str:
        return " ".join(self._masked(f"SMTP {self.host}:{self.port}: {text}").split())


def _xoauth2(username: str, token: str):
    """smtplib's authobject for XOAUTH2: the SASL string first; an empty answer to the server's
    error challenge, as the mechanism asks, so the server ends the exchange with its 5xx."""

    def answer(challenge: bytes | None = None) -> str:
        return "" if challenge is not None else f"user={username}\x01auth=Bearer {token}\x01\x01"

    return answer


def _quit(smtp: smtplib.SMTP) -> None:
    """Say goodbye without letting a failed QUIT undo a delivery the server already accepted."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _stage(exc: smtplib.SMTPResponseException) -> str:
    if isinstance(exc, smtplib.SMTPConnectError):
        return "greeting"
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return "MAIL FROM"
    if isinstance(exc, smtplib.SMTPDataError):
        return "DATA"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "AUTH"
    if isinstance(exc, smtplib.SMTPHeloError):
        return "HELO"
    return "command"


def _text(message: bytes | str) -> str:
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    return " ".join(message.split())
