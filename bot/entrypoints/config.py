"""Settings: read once from a mapping (the environment after python-dotenv), validated, frozen.

Every key is documented in config.example.env. A missing or malformed value raises
`ConfigError` with one line that names the setting; the CLI prints that line, never a traceback.
"""

from __future__ import annotations

import ipaddress
import os
import re
from datetime import date, time, timedelta
from pathlib import Path
from typing import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.errors import ConfigError
from bot.core.office import DEFAULT_CLOSES, DEFAULT_OPENS, OfficeHours
from bot.core.settings import (
    AUTH_MODES,
    LOG_LEVELS,
    MICROSOFT_AUTHORITY,
    OAUTH2_PROVIDERS,
    SECURITY_MODES,
    STAFF_LANGUAGES,
    OAuth2Settings,
    Settings,
)

_ROOT = Path(__file__).resolve().parents[2]


def load_env_file(path: str | os.PathLike | None) -> None:
    """Load a .env file (default: ./.env) into os.environ; the real environment wins."""
    from dotenv import load_dotenv

    if path is not None:
        if not Path(path).is_file():
            raise ConfigError(f"--env-file: no such file: {path}")
        load_dotenv(path, override=False)
    else:
        load_dotenv(Path.cwd() / ".env", override=False)


def from_mapping(env: Mapping[str, str]) -> Settings:
    """Build Settings from a mapping such as os.environ. Raises ConfigError naming the setting."""
    r = _Reader(env)
    mail_from = r.email("MAIL_FROM")
    imap_auth = r.choice("IMAP_AUTH", AUTH_MODES, "password")
    smtp_auth = r.choice("SMTP_AUTH", AUTH_MODES, "password")
    web_host = r.optional("WEB_HOST") or "127.0.0.1"
    web_port = r.port("WEB_PORT", 8080)
    settings = Settings(
        imap_host=r.required("IMAP_HOST"),
        imap_port=r.port("IMAP_PORT", 993),
        imap_username=r.required("IMAP_USERNAME"),
        imap_password=r.required("IMAP_PASSWORD") if imap_auth == "password" else None,
        imap_security=r.choice("IMAP_SECURITY", SECURITY_MODES, "ssl"),
        imap_folder=r.optional("IMAP_FOLDER") or "INBOX",
        imap_keyword=r.keyword("IMAP_KEYWORD", "$Rightsbot"),
        smtp_host=r.required("SMTP_HOST"),
        smtp_port=r.port("SMTP_PORT", 587),
        smtp_username=r.optional("SMTP_USERNAME"),
        smtp_password=r.optional("SMTP_PASSWORD"),
        smtp_security=r.choice("SMTP_SECURITY", SECURITY_MODES, "starttls"),
        mail_from=mail_from,
        staff_emails=r.email_list("STAFF_EMAILS"),
        database_url=r.optional("DATABASE_URL") or f"sqlite:///{Path.cwd() / 'rightsbot.db'}",
        timezone=r.timezone("TIMEZONE", "Europe/Helsinki"),
        intake_since=r.date("INTAKE_SINCE"),
        ack_max_age_days=r.integer("ACK_MAX_AGE_DAYS", 3, minimum=0),
        intake_batch=r.integer("INTAKE_BATCH", 100, minimum=1),
        register_url=r.optional("REGISTER_URL"),
        register_queries_file=r.path("REGISTER_QUERIES_FILE"),
        controller_name=r.optional("CONTROLLER_NAME") or "Allsec Oy",
        controller_business_id=r.optional("CONTROLLER_BUSINESS_ID") or "2679420-8",
        controller_address=r.optional("CONTROLLER_ADDRESS") or "Rantakallionkatu 3a2, 15300 Lahti, Finland",
        controller_phone=r.optional("CONTROLLER_PHONE") or "+358 45 6109 115",
        controller_email=r.optional("CONTROLLER_EMAIL") or mail_from,
        financial_year_end=r.month_day("FINANCIAL_YEAR_END", None),
        templates_dir=r.path("TEMPLATES_DIR") or _ROOT / "templates",
        workflows_dir=r.path("WORKFLOWS_DIR") or _ROOT / "workflows",
        imap_auth=imap_auth,
        smtp_auth=smtp_auth,
        oauth2=_oauth2(r) if "oauth2" in (imap_auth, smtp_auth) else None,
        imap_sent_folder=r.optional("IMAP_SENT_FOLDER"),
        poll_seconds=r.integer("POLL_SECONDS", 300, minimum=10, maximum=86400),
        digest_at=r.time_of_day("DIGEST_AT", time(8, 0)),
        staff_language=r.choice("STAFF_LANGUAGE", STAFF_LANGUAGES, "en"),
        log_level=r.choice("LOG_LEVEL", LOG_LEVELS, "INFO", upper=True),
        office_hours=r.office_hours("OFFICE_HOURS"),
        alert_after=r.duration("ALERT_AFTER", timedelta(hours=1), minimum=timedelta(minutes=1)),
        max_auto_replies_per_day=r.integer("MAX_AUTO_REPLIES_PER_DAY", 6, minimum=0, maximum=1000),
        web_host=web_host,
        web_port=web_port,
        web_base_url=r.base_url("WEB_BASE_URL", f"http://{web_host}:{web_port}"),
        web_secret=r.secret("WEB_SECRET"),
        authserv_id=r.authserv_id("AUTHSERV_ID"),
        case_retention_days=r.integer("CASE_RETENTION_DAYS", 365, minimum=1, maximum=36500),
        max_mail_bytes=r.size("MAX_MAIL_BYTES", 25 * 1024 * 1024, minimum=64 * 1024),
        mail_time_limit=r.seconds("MAIL_TIME_LIMIT", 30.0, minimum=0.001),
    )
    if settings.digest_at >= settings.office_hours.closes:
        raise ConfigError(f"DIGEST_AT: {settings.digest_at.strftime('%H:%M')} is not before the office closes "
                          f"(OFFICE_HOURS {settings.office_hours}); the digest would never go out")
    if smtp_auth == "oauth2" and not settings.smtp_username:
        raise ConfigError("SMTP_USERNAME: required when SMTP_AUTH is oauth2 (the mailbox that sends)")
    if smtp_auth == "password" and settings.smtp_username and not settings.smtp_password:
        raise ConfigError("SMTP_PASSWORD: required when SMTP_USERNAME is set")
    # A password (or a token) sent without TLS can be read by anyone on the way; only a server on
    # this machine is spared that.
    for name, security, host, signs_in in (
        ("IMAP_SECURITY", settings.imap_security, settings.imap_host, True),
        ("SMTP_SECURITY", settings.smtp_security, settings.smtp_host, bool(settings.smtp_username)),
    ):
        if security == "none" and signs_in and not _loopback(host):
            raise ConfigError(f"{name}: none would send the password unencrypted to {host}; "
                              "use ssl or starttls (none is for a loopback host only)")
    return settings


def _loopback(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _oauth2(r: _Reader) -> OAuth2Settings:
    """The OAuth2 settings, each provider's own required and the two ways of each exclusive."""
    provider = r.choice("OAUTH2_PROVIDER", OAUTH2_PROVIDERS, "")
    token_file = r.new_file("OAUTH2_TOKEN_FILE") or Path.cwd() / "rightsbot-oauth2.json"
    if provider == "microsoft":
        secret, certificate = r.optional("OAUTH2_CLIENT_SECRET"), r.path("OAUTH2_CLIENT_CERTIFICATE")
        if bool(secret) == bool(certificate):
            raise ConfigError("OAUTH2_CLIENT_SECRET: set it or OAUTH2_CLIENT_CERTIFICATE (one of the two) "
                              "for OAUTH2_PROVIDER=microsoft")
        authority = (r.optional("OAUTH2_AUTHORITY") or MICROSOFT_AUTHORITY).rstrip("/")
        if not authority.startswith("https://") or len(authority) <= len("https://"):
            raise ConfigError(f"OAUTH2_AUTHORITY: expected an https:// address, got {authority!r}")
        return OAuth2Settings(provider, token_file, tenant_id=r.required("OAUTH2_TENANT_ID"),
                              client_id=r.required("OAUTH2_CLIENT_ID"), client_secret=secret,
                              client_certificate=certificate, authority=authority)
    account, secrets = r.path("OAUTH2_SERVICE_ACCOUNT_FILE"), r.path("OAUTH2_CLIENT_SECRETS_FILE")
    if bool(account) == bool(secrets):
        raise ConfigError("OAUTH2_SERVICE_ACCOUNT_FILE: set it or OAUTH2_CLIENT_SECRETS_FILE (one of the two) "
                          "for OAUTH2_PROVIDER=google")
    return OAuth2Settings(provider, token_file, service_account_file=account, client_secrets_file=secrets)


class _Reader:
    def __init__(self, env: Mapping[str, str]):
        self.env = env

    def optional(self, name: str) -> str | None:
        value = self.env.get(name)
        if value is None:
            return None
        value = value.strip()
        return value or None

    def required(self, name: str) -> str:
        value = self.optional(name)
        if value is None:
            raise ConfigError(f"{name}: required but not set (see config.example.env)")
        return value

    def integer(self, name: str, default: int, minimum: int | None = None, maximum: int | None = None) -> int:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ConfigError(f"{name}: expected an integer, got {raw!r}") from None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise ConfigError(f"{name}: {value} is out of range")
        return value

    def size(self, name: str, default: int, minimum: int) -> int:
        """A size in bytes: 26214400, or with a unit: 25MB, 512KB (units of 1024)."""
        raw = self.optional(name)
        if raw is None:
            return default
        found = re.fullmatch(r"(\d+)\s*(KB|MB|GB)?", raw.upper())
        if not found:
            raise ConfigError(f"{name}: expected a size in bytes, or with KB, MB or GB (e.g. 25MB), got {raw!r}")
        value = int(found.group(1)) * {None: 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}[found.group(2)]
        if value < minimum:
            raise ConfigError(f"{name}: {raw} is too small (at least {minimum // 1024}KB)")
        return value

    def seconds(self, name: str, default: float, minimum: float) -> float:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise ConfigError(f"{name}: expected a number of seconds, got {raw!r}") from None
        if not value >= minimum or value == float("inf"):
            raise ConfigError(f"{name}: {raw} is out of range (at least {minimum:g} seconds)")
        return value

    def port(self, name: str, default: int) -> int:
        return self.integer(name, default, 1, 65535)

    def choice(self, name: str, allowed: tuple[str, ...], default: str, upper: bool = False) -> str:
        raw = self.optional(name) or default
        raw = raw.upper() if upper else raw.lower()
        if not raw:
            raise ConfigError(f"{name}: required, one of {', '.join(allowed)} (see config.example.env)")
        if raw not in allowed:
            raise ConfigError(f"{name}: expected one of {', '.join(allowed)}, got {raw!r}")
        return raw

    def email(self, name: str) -> str:
        value = self.required(name)
        if not _looks_like_address(value):
            raise ConfigError(f"{name}: expected an email address, got {value!r}")
        return value

    def email_list(self, name: str) -> tuple[str, ...]:
        raw = self.required(name)
        items = tuple(part.strip().lower() for part in raw.split(",") if part.strip())
        bad = [item for item in items if not _looks_like_address(item)]
        if bad or not items:
            raise ConfigError(f"{name}: expected comma-separated email addresses, got {raw!r}")
        return items

    def authserv_id(self, name: str) -> str:
        value = (self.optional(name) or "").lower()
        # RFC 8601 s. 2.2: a value (token or quoted string), in practice the server's host name.
        if value and (any(c in value for c in ' ;()"\\=') or not value.isascii() or not value.isprintable()):
            raise ConfigError(f"{name}: expected the receiving server's authserv-id (e.g. mx.allsec.fi), "
                              f"got {value!r}")
        return value

    def keyword(self, name: str, default: str) -> str:
        value = self.optional(name) or default
        # IMAP atoms may not contain these (RFC 3501 atom-specials); a keyword with one would be refused.
        if any(c in value for c in ' (){%*"\\]') or not value.isascii():
            raise ConfigError(f"{name}: not a valid IMAP keyword: {value!r}")
        return value

    def timezone(self, name: str, default: str) -> ZoneInfo:
        raw = self.optional(name) or default
        try:
            return ZoneInfo(raw)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"{name}: unknown time zone {raw!r}") from None

    def date(self, name: str) -> date | None:
        raw = self.optional(name)
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise ConfigError(f"{name}: expected a date YYYY-MM-DD, got {raw!r}") from None

    def time_of_day(self, name: str, default: time) -> time:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            return self._clock_time(raw)
        except ValueError:
            raise ConfigError(f"{name}: expected a time of day HH:MM, got {raw!r}") from None

    @staticmethod
    def _clock_time(raw: str) -> time:
        hours, _, minutes = raw.strip().partition(":")
        return time(int(hours), int(minutes))

    def office_hours(self, name: str) -> OfficeHours:
        raw = self.optional(name)
        if raw is None:
            return OfficeHours(DEFAULT_OPENS, DEFAULT_CLOSES)
        opens, _, closes = raw.partition("-")
        try:
            return OfficeHours(self._clock_time(opens), self._clock_time(closes))
        except ValueError:
            raise ConfigError(f"{name}: expected opening and closing times HH:MM-HH:MM, the first earlier, "
                              f"got {raw!r}") from None

    def duration(self, name: str, default: timedelta, minimum: timedelta) -> timedelta:
        """A length of time such as `1h`, `90m` or `1h30m`."""
        raw = self.optional(name)
        if raw is None:
            return default
        match = re.fullmatch(r"(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?", raw.lower())
        if not match or not any(match.groups()):
            raise ConfigError(f"{name}: expected a length of time such as 1h, 90m or 1h30m, got {raw!r}")
        value = timedelta(hours=int(match.group(1) or 0), minutes=int(match.group(2) or 0))
        if value < minimum:
            raise ConfigError(f"{name}: {raw} is shorter than {int(minimum.total_seconds() // 60)} minute(s)")
        return value

    def month_day(self, name: str, default: tuple[int, int] | None) -> tuple[int, int] | None:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            month, day = (int(p) for p in raw.split("-"))
            date(2001, month, day)  # a non-leap year: 02-29 cannot end a financial year every year
        except ValueError:
            raise ConfigError(f"{name}: expected MM-DD, got {raw!r}") from None
        return month, day

    def base_url(self, name: str, default: str) -> str:
        raw = self.optional(name) or default
        scheme, _, rest = raw.partition("://")
        if scheme.lower() not in ("http", "https") or not rest or any(c in raw for c in " ?#"):
            raise ConfigError(f"{name}: expected an http:// or https:// address such as https://rightsbot.allsec.fi, "
                              f"got {raw!r}")
        return raw.rstrip("/")

    def secret(self, name: str) -> str | None:
        raw = self.optional(name)
        # 32 characters of a random string carry well over 128 bits; a short one could be guessed.
        if raw is not None and len(raw) < 32:
            raise ConfigError(f"{name}: too short ({len(raw)} characters); use at least 32, "
                              "e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(32))'")
        return raw

    def path(self, name: str) -> Path | None:
        raw = self.optional(name)
        if raw is None:
            return None
        path = Path(raw).expanduser()
        if not path.exists():
            raise ConfigError(f"{name}: no such file or folder: {raw}")
        return path


    def new_file(self, name: str) -> Path | None:
        """A file rightsbot may create: its folder must exist."""
        raw = self.optional(name)
        if raw is None:
            return None
        path = Path(raw).expanduser()
        if not path.parent.is_dir():
            raise ConfigError(f"{name}: no such folder: {path.parent}")
        return path


def _looks_like_address(value: str) -> bool:
    local, _, domain = value.partition("@")
    return bool(local) and "." in domain and " " not in value and "," not in value
