"""OAuth2 access tokens for signing in to IMAP and SMTP with XOAUTH2.

Each provider's own library fetches the tokens: MSAL for Microsoft 365 (an app registered in
Entra ID signs in as itself, client credentials), google-auth for Google Workspace (a service
account with domain-wide delegation, or the refresh token `rightsbot oauth2 login` stored).
`TokenProvider` keeps them in an owner-only file and fetches a new one shortly before the old
one expires, by the App's clock.

Errors leave as `SignInError` with one line that names the setting to fix and what to do; no
line ever quotes a secret, a token or the provider's free text (which carries trace ids).
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Protocol

from bot.adapters.clock import Clock
from bot.core.errors import ConfigError, SignInError
from bot.core.settings import OAuth2Settings

# Microsoft: one scope covers IMAP and SMTP for app-only tokens ("Authenticate an IMAP, POP or
# SMTP connection using OAuth"); Google: one scope covers both as well.
MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
# Renew this long before expiry, so a token never lapses in the middle of a pass.
RENEW_BEFORE = timedelta(minutes=5)
LOGIN_COMMAND = "rightsbot oauth2 login"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccessToken:
    value: str = field(repr=False)
    expires_at: datetime
    # Fetched just now rather than read from the file: a server's refusal of it is final.
    fresh: bool


class TokenSource(Protocol):
    """One provider's way of getting a new access token for a mailbox."""

    def fetch(self, username: str) -> tuple[str, float]:
        """(access token, seconds it is valid). Raises SignInError."""


class TokenFile:
    """The JSON file that keeps tokens between runs, readable and writable by its owner only."""

    setting = "OAUTH2_TOKEN_FILE"

    def __init__(self, path: Path):
        self.path = path

    def read(self) -> dict:
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise SignInError(f"{self.setting}: cannot read {self.path}: {exc.strerror}") from None
        # Like ssh with its keys: a token others can read is a token others can use.
        if mode & 0o077:
            raise SignInError(f"{self.setting}: {self.path} is readable by others (mode {mode & 0o777:04o}); "
                              f"run: chmod 600 {self.path}")
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SignInError(f"{self.setting}: {self.path} is not a rightsbot token file "
                              f"({type(exc).__name__}); delete it, or run `{LOGIN_COMMAND}` for Google") from None
        return data if isinstance(data, dict) else {}

    def write(self, data: Mapping) -> None:
        """Replace the file in one step; it never exists, not even briefly, with wider permissions."""
        fd, tmp = tempfile.mkstemp(prefix=".rightsbot-oauth2-", dir=self.path.parent)
        try:
            # mkstemp creates the file 0600 already; say so for whoever reads this.
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise SignInError(f"{self.setting}: cannot write {self.path}: {exc.strerror}") from None


class TokenProvider:
    """Hands out access tokens for a mailbox: the stored one while it has more than RENEW_BEFORE
    left, else a new one from the source. Failures are not remembered: the next call tries again."""

    def __init__(self, source: TokenSource, file: TokenFile, clock: Clock):
        self._source = source
        self._file = file
        self._clock = clock

    def access_token(self, username: str) -> AccessToken:
        now = self._clock.now()
        stored = _stored(self._file.read(), username)
        if stored and now < stored.expires_at - RENEW_BEFORE:
            return stored
        value, lifetime = self._source.fetch(username)
        expires_at = now + timedelta(seconds=lifetime)
        log.info("oauth2_token_fetched source=%s expires_at=%s", type(self._source).__name__,
                 expires_at.isoformat(timespec="seconds"))
        data = self._file.read()
        data.setdefault("access_tokens", {})[username] = {"token": value, "expires_at": expires_at.isoformat()}
        self._file.write(data)
        return AccessToken(value, expires_at, fresh=True)

    def forget(self, username: str) -> None:
        """Drop a stored token the server refused, so the next sign-in fetches a new one."""
        data = self._file.read()
        if data.get("access_tokens", {}).pop(username, None) is not None:
            self._file.write(data)
        log.info("oauth2_token_refused source=%s", type(self._source).__name__)

    def expires_at(self, username: str) -> datetime | None:
        """When the stored token for `username` expires (None when there is none), for status views."""
        stored = _stored(self._file.read(), username)
        return stored.expires_at if stored else None


def _stored(data: Mapping, username: str) -> AccessToken | None:
    """The token the file keeps for `username`; an entry that cannot be read counts as none."""
    try:
        entry = data["access_tokens"][username]
        return AccessToken(str(entry["token"]), datetime.fromisoformat(entry["expires_at"]), fresh=False)
    except (KeyError, TypeError, ValueError):
        return None


# -- Microsoft 365 ------------------------------------------------------------------------------


class MicrosoftApp:
    """App-only tokens from Entra ID with MSAL's client-credentials flow (a secret or a certificate)."""

    def __init__(self, settings: OAuth2Settings):
        self._settings = settings
        self._credential_setting = "OAUTH2_CLIENT_SECRET" if settings.client_secret else "OAUTH2_CLIENT_CERTIFICATE"
        if settings.client_secret:
            self._credential: str | dict = settings.client_secret
        else:
            self._credential = _certificate_credential(settings.client_certificate)
        self._app = None

    def fetch(self, username: str) -> tuple[str, float]:
        import msal
        import requests

        s = self._settings
        try:
            app = self._application()
            # The provider renews by its own clock; MSAL's in-memory cache must not answer instead.
            app.remove_tokens_for_client()
            result = app.acquire_token_for_client(scopes=[MICROSOFT_SCOPE])
        except (requests.RequestException, msal.exceptions.MsalServiceError) as exc:
            # No answer, or an HTTP error MSAL could not read as a refusal (5xx).
            raise SignInError(f"OAUTH2_AUTHORITY: cannot reach Microsoft's token endpoint at {s.authority} "
                              f"({type(exc).__name__}); will try again", temporary=True) from None
        except ValueError:
            # MSAL's tenant discovery refuses a tenant it does not find.
            raise SignInError(f"OAUTH2_TENANT_ID: Microsoft does not know tenant {s.tenant_id!r} at {s.authority}; "
                              "use the Directory (tenant) ID from the app's Overview page") from None
        if "access_token" in result:
            return result["access_token"], float(result.get("expires_in", 3600))
        raise self._refusal(result)

    def _application(self):
        if self._app is None:
            import msal

            s = self._settings
            # The authority comes from our own settings, not from a caller, so MSAL need not ask
            # Microsoft whether it is a known one (that check guards multi-tenant apps).
            self._app = msal.ConfidentialClientApplication(
                s.client_id, client_credential=self._credential, authority=f"{s.authority}/{s.tenant_id}",
                instance_discovery=False)
        return self._app

    def _refusal(self, result: Mapping) -> SignInError:
        error = str(result.get("error") or "error")
        codes = " ".join(f"AADSTS{c}" for c in result.get("error_codes") or ())
        if not codes:
            codes = " ".join(dict.fromkeys(re.findall(r"AADSTS\d+", str(result.get("error_description", "")))))
        why = f"{error}{', ' + codes if codes else ''}"
        if error in ("temporarily_unavailable", "server_error"):
            return SignInError(f"OAUTH2_AUTHORITY: Microsoft's token endpoint failed ({why}); will try again",
                               temporary=True)
        if error == "invalid_client":
            return SignInError(
                f"{self._credential_setting}: Microsoft refused the app's credentials ({why}): the secret or "
                "certificate is wrong, expired or deleted; add a new one under App registrations > Certificates "
                f"& secrets in the Microsoft Entra admin center and set {self._credential_setting}")
        if error == "invalid_scope":
            return SignInError(
                f"OAUTH2_CLIENT_ID: Microsoft refused the scope {MICROSOFT_SCOPE} ({why}); give the app the "
                "Office 365 Exchange Online application permissions IMAP.AccessAsApp and SMTP.SendAsApp, "
                "with admin consent")
        return SignInError(
            f"OAUTH2_CLIENT_ID: Microsoft refused the token request ({why}); check OAUTH2_CLIENT_ID and "
            "OAUTH2_TENANT_ID against the app's Overview page, and that admin consent was granted")


def _certificate_credential(path: Path | None) -> dict:
    """MSAL's certificate credential from one PEM file holding the private key and the certificate."""
    try:
        text = Path(path).read_text(encoding="ascii")
    except (OSError, TypeError, UnicodeDecodeError):
        raise ConfigError(f"OAUTH2_CLIENT_CERTIFICATE: cannot read {path}") from None
    blocks = {m.group(1): m.group(0) for m in re.finditer(r"-----BEGIN ([A-Z ]+)-----.*?-----END \1-----",
                                                          text, re.DOTALL)}
    key = next((pem for label, pem in blocks.items() if "PRIVATE KEY" in label), None)
    cert = blocks.get("CERTIFICATE")
    if key is None or cert is None:
        raise ConfigError("OAUTH2_CLIENT_CERTIFICATE: expected one PEM file with the private key and the "
                          "certificate uploaded to the app registration")
    # MSAL works out the thumbprint from the certificate and sends it with the assertion.
    return {"private_key": key, "public_certificate": cert}


# -- Google Workspace ---------------------------------------------------------------------------


class GoogleServiceAccount:
    """Tokens for a Workspace user from a service account with domain-wide delegation."""

    setting = "OAUTH2_SERVICE_ACCOUNT_FILE"

    def __init__(self, key_file: Path):
        self._key_file = key_file

    def fetch(self, username: str) -> tuple[str, float]:
        from google.oauth2 import service_account

        try:
            credentials = service_account.Credentials.from_service_account_file(
                str(self._key_file), scopes=[GOOGLE_SCOPE], subject=username)
        except (OSError, ValueError, KeyError) as exc:
            raise SignInError(f"{self.setting}: {self._key_file} is not a service account key file "
                              f"({type(exc).__name__}); download a JSON key under IAM & Admin > Service accounts "
                              "> Keys in the Google Cloud console") from None
        return _refresh(credentials, self.setting, self._explain)

    def _explain(self, error: str) -> str:
        if error == "unauthorized_client":
            return (f"{self.setting}: Google refused the service account ({error}): in the Admin console, "
                    "Security > Access and data control > API controls > Manage Domain Wide Delegation, add its "
                    f"client ID with the scope {GOOGLE_SCOPE}")
        return (f"{self.setting}: Google refused the service account ({error}): check that the key is not "
                "deleted or disabled and that the mailbox (IMAP_USERNAME, SMTP_USERNAME) is a user of the domain")


class GoogleUser:
    """Tokens from the refresh token that `rightsbot oauth2 login` stored in the token file."""

    setting = "OAUTH2_TOKEN_FILE"

    def __init__(self, file: TokenFile):
        self._file = file

    def fetch(self, username: str) -> tuple[str, float]:
        from google.oauth2.credentials import Credentials

        data = self._file.read()
        info = data.get("authorized_user")
        if not info:
            raise SignInError(f"{self.setting}: no Google sign-in stored in {self._file.path}; "
                              f"run `{LOGIN_COMMAND}` once")
        if not all(info.get(k) for k in ("refresh_token", "client_id", "client_secret", "token_uri")):
            raise SignInError(f"{self.setting}: the stored Google sign-in is incomplete; "
                              f"run `{LOGIN_COMMAND}` again")
        # The token endpoint is the one the OAuth client file named at login (Google's own there);
        # from_authorized_user_info would always put Google's in, which the tests cannot serve.
        credentials = Credentials(None, refresh_token=info["refresh_token"], token_uri=info["token_uri"],
                                  client_id=info["client_id"], client_secret=info["client_secret"],
                                  scopes=[GOOGLE_SCOPE])
        result = _refresh(credentials, self.setting, self._explain)
        # Google may hand out a new refresh token; keep the one that works from now on.
        if credentials.refresh_token and credentials.refresh_token != info.get("refresh_token"):
            data = self._file.read()
            data["authorized_user"] = dict(info, refresh_token=credentials.refresh_token)
            self._file.write(data)
        return result

    def _explain(self, error: str) -> str:
        return (f"{self.setting}: Google refused the stored sign-in ({error}): it was revoked, expired or "
                f"the password changed; run `{LOGIN_COMMAND}` again")


def _refresh(credentials, setting: str, explain) -> tuple[str, float]:
    """Ask Google for a new access token now, whatever google-auth thinks of the old one."""
    from google.auth import exceptions
    from google.auth.transport.requests import Request

    try:
        credentials.refresh(Request())
    except exceptions.RefreshError as exc:
        response = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], Mapping) else {}
        error = str(response.get("error") or "refused")
        if exc.retryable:
            raise SignInError(f"{setting}: Google's token endpoint failed ({error}); will try again",
                              temporary=True) from None
        raise SignInError(explain(error)) from None
    except exceptions.TransportError as exc:
        raise SignInError(f"OAUTH2_PROVIDER: cannot reach Google's token endpoint ({_cause(exc)}); will try again",
                          temporary=True) from None
    expiry = credentials.expiry.replace(tzinfo=timezone.utc)
    return credentials.token, max((expiry - datetime.now(timezone.utc)).total_seconds(), 0.0)


def _cause(exc: BaseException) -> str:
    inner = exc.__cause__ or exc.__context__
    return type(inner or exc).__name__


# -- building and signing in ----------------------------------------------------------------------


def provider(settings: OAuth2Settings, clock: Clock) -> TokenProvider:
    """The token provider the settings describe (bootstrap builds it once per App)."""
    file = TokenFile(settings.token_file)
    if settings.provider == "microsoft":
        source: TokenSource = MicrosoftApp(settings)
    elif settings.service_account_file:
        source = GoogleServiceAccount(settings.service_account_file)
    else:
        source = GoogleUser(file)
    return TokenProvider(source, file, clock)


def google_login(settings: OAuth2Settings, *, port: int = 0, open_browser: bool = True) -> None:
    """The one-time Google sign-in: the user consents in a browser, and the refresh token is
    stored in the token file. google-auth-oauthlib runs the loopback redirect (RFC 8252)."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    if settings.provider != "google" or not settings.client_secrets_file:
        raise ConfigError("OAUTH2_CLIENT_SECRETS_FILE: `oauth2 login` is for OAUTH2_PROVIDER=google with an "
                          "OAuth client (Microsoft 365 app-only sign-in and Google service accounts need no login)")
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(settings.client_secrets_file), scopes=[GOOGLE_SCOPE])
    except (OSError, ValueError) as exc:
        raise ConfigError(f"OAUTH2_CLIENT_SECRETS_FILE: not an OAuth client file of type Desktop app "
                          f"({type(exc).__name__})") from None
    # offline + consent: Google returns a refresh token only when asked for one this way.
    credentials = flow.run_local_server(
        host="localhost", port=port, open_browser=open_browser,
        authorization_prompt_message="Open this address in a browser and sign in as the mailbox user:\n{url}",
        success_message="rightsbot is signed in. You may close this window.",
        access_type="offline", prompt="consent")
    if not credentials.refresh_token:
        raise SignInError("OAUTH2_CLIENT_SECRETS_FILE: Google returned no refresh token; remove rightsbot's "
                          f"access in the account's security settings and run `{LOGIN_COMMAND}` again")
    file = TokenFile(settings.token_file)
    data = file.read()
    data["authorized_user"] = json.loads(credentials.to_json())
    # Tokens of an earlier sign-in belong to it; start afresh.
    data.pop("access_tokens", None)
    file.write(data)
