"""The settings every part receives: one frozen value, built by `bot.entrypoints.config` from the
environment and validated there. Pure: no environment, no files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.errors import ConfigError
from bot.core.office import OfficeHours

# How to talk to the IMAP and SMTP servers: implicit TLS, STARTTLS, or plain (loopback tests only).
SECURITY_MODES = ("ssl", "starttls", "none")
# How to sign in to them: the login's password, or an OAuth2 access token (XOAUTH2).
AUTH_MODES = ("password", "oauth2")
# Whose OAuth2: Microsoft 365 (Entra ID) or Google Workspace.
OAUTH2_PROVIDERS = ("microsoft", "google")
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
# The languages of what staff read: staff mail (reminders, the digest) and the console.
STAFF_LANGUAGES = ("fi", "sv", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def security_mode(value: str, protocol: str) -> str:
    """`value` if it is a security mode, else a ConfigError naming the protocol."""
    if value not in SECURITY_MODES:
        raise ConfigError(f"{protocol} security must be one of {', '.join(SECURITY_MODES)}, not {value!r}")
    return value


@dataclass(frozen=True)
class OAuth2Settings:
    """Where OAuth2 access tokens come from. Microsoft: an app registered in Entra ID signs in as
    itself (client credentials) with a secret or a certificate. Google: a service account with
    domain-wide delegation, or the refresh token that `rightsbot oauth2 login` stored."""

    provider: str
    # The owner-only file that keeps the access tokens (and Google's refresh token) between runs.
    token_file: Path
    tenant_id: str | None = None
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    client_certificate: Path | None = None
    authority: str = MICROSOFT_AUTHORITY
    service_account_file: Path | None = None
    client_secrets_file: Path | None = None


@dataclass(frozen=True)
class Settings:
    imap_host: str
    imap_port: int
    imap_username: str
    imap_password: str | None = field(repr=False)
    imap_security: str
    imap_folder: str
    imap_keyword: str
    smtp_host: str
    smtp_port: int
    smtp_username: str | None
    smtp_password: str | None = field(repr=False)
    smtp_security: str
    mail_from: str
    staff_emails: tuple[str, ...]
    database_url: str
    timezone: ZoneInfo
    intake_since: date | None
    ack_max_age_days: int
    register_url: str | None
    register_queries_file: Path | None
    controller_name: str
    controller_business_id: str
    controller_address: str
    controller_phone: str
    controller_email: str
    financial_year_end: tuple[int, int] | None
    templates_dir: Path
    workflows_dir: Path
    imap_auth: str = "password"
    smtp_auth: str = "password"
    oauth2: OAuth2Settings | None = None
    # `rightsbot run`: the Sent folder (None: the server's \\Sent folder, else "Sent"), how often
    # intake polls beside IMAP IDLE, when the morning round goes out, staff mail's language, the log.
    imap_sent_folder: str | None = None
    poll_seconds: int = 300
    digest_at: time = time(8, 0)
    staff_language: str = "en"
    log_level: str = "INFO"
    # Staff mail goes out on working days within these hours; intake or sending failing this long
    # alerts staff and makes `rightsbot status` unhealthy; automatic replies to one address a day.
    office_hours: OfficeHours = OfficeHours()
    alert_after: timedelta = timedelta(hours=1)
    max_auto_replies_per_day: int = 6
    # The staff console (`rightsbot web`): where it listens, and the address its mailed links use.
    web_host: str = "127.0.0.1"
    web_port: int = 8080
    web_base_url: str = "http://127.0.0.1:8080"
    # Signs sign-in links and session cookies; None: generated once and kept in the database.
    web_secret: str | None = field(default=None, repr=False)
    # The authserv-id our receiving mail server writes in Authentication-Results ("": not read).
    authserv_id: str = ""
    # Days after a case closes until its mail, exports and reply texts are removed (Art. 5(1)(e)).
    case_retention_days: int = 365
    # Bounded work per mail (issue 10): a larger mail is recorded with its headers and flagged, its
    # body stored in chunks and never read; handling one mail longer than this is quarantined.
    max_mail_bytes: int = 25 * 1024 * 1024
    mail_time_limit: float = 30.0
    # Mails per FETCH, per transaction and per STORE of the keyword (intake's batches).
    intake_batch: int = 100

    @property
    def web_https(self) -> bool:
        """The console is reached over HTTPS (behind the reverse proxy): its cookies are Secure."""
        return self.web_base_url.lower().startswith("https://")

    @property
    def mail_domain(self) -> str:
        return self.mail_from.rsplit("@", 1)[-1].lower()

    def controller(self) -> dict[str, str]:
        return {
            "name": self.controller_name,
            "business_id": self.controller_business_id,
            "address": self.controller_address,
            "phone": self.controller_phone,
            "email": self.controller_email,
        }
