"""The settings every part receives: one frozen value, built by `bot.entrypoints.config` from the
environment and validated there. Pure: no environment, no files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.errors import ConfigError

# How to talk to the IMAP and SMTP servers: implicit TLS, STARTTLS, or plain (loopback tests only).
SECURITY_MODES = ("ssl", "starttls", "none")


def security_mode(value: str, protocol: str) -> str:
    """`value` if it is a security mode, else a ConfigError naming the protocol."""
    if value not in SECURITY_MODES:
        raise ConfigError(f"{protocol} security must be one of {', '.join(SECURITY_MODES)}, not {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    imap_host: str
    imap_port: int
    imap_username: str
    imap_password: str = field(repr=False)
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
