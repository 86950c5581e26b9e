"""`App`: the parts every service is handed. Built only by `bot.entrypoints.bootstrap.build`.

Services take an App and nothing global: the settings, the one clock, the store, the customer
register (None when none is configured), the renderer, the validated workflows and retention
policy, the working-day calendar, two factories that open a new IMAP or SMTP connection
for one use, and the OAuth2 token provider when the mail sign-in uses one (it knows when the
current token expires).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from bot.adapters.clock import Clock
from bot.adapters.mailbox import Mailbox
from bot.adapters.oauth2 import TokenProvider
from bot.adapters.outbox import Outbox
from bot.adapters.render import Renderer
from bot.adapters.store import Store
from bot.core.customers import Register
from bot.core.deadlines import WorkingDays, due_date
from bot.core.recipients import Recipient
from bot.core.retention import RetentionPolicy
from bot.core.settings import Settings
from bot.core.workflows import Workflow


@dataclass
class App:
    settings: Settings
    clock: Clock
    store: Store
    renderer: Renderer
    calendar: WorkingDays
    workflows: Mapping[str, Workflow]
    retention: RetentionPolicy
    mailbox: Callable[[], Mailbox]
    outbox: Callable[[], Outbox]
    register: Register | None = None
    tokens: TokenProvider | None = None
    recipients: tuple[Recipient, ...] = ()  # workflows/recipients.toml

    def due_date(self, received_at: datetime, months: int = 1) -> date:
        """The legal due date of a request that reached the server at `received_at` (Art. 12(3))."""
        return due_date(received_at, months, tz=self.settings.timezone, calendar=self.calendar)

    def today(self, now: datetime) -> date:
        """The controller's calendar day at `now` (TIMEZONE)."""
        return now.astimezone(self.settings.timezone).date()
