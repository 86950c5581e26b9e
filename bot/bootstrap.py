"""The composition root: the only place that builds adapters from settings (STYLE.md D4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.store import Store


@dataclass
class App:
    settings: Settings
    clock: Clock
    store: Store
    renderer: Any
    calendar: Any
    drafting: Any = field(default=None)

    def mailbox(self):
        from bot.mailbox import Mailbox

        s = self.settings
        return Mailbox(s.imap_host, s.imap_port, s.imap_username, s.imap_password, s.imap_security,
                       folder=s.imap_folder, keyword=s.imap_keyword)

    def outbox(self):
        from bot.outbox import Outbox

        s = self.settings
        return Outbox(s.smtp_host, s.smtp_port, s.smtp_username, s.smtp_password, s.smtp_security)

    def due_date(self, received_at: datetime, months: int = 1) -> date:
        from bot.deadlines import due_date

        return due_date(received_at, months, tz=self.settings.timezone, calendar=self.calendar)


def build(settings: Settings, *, clock: Clock | None = None) -> App:
    from bot.deadlines import WorkingDays
    from bot.render import Renderer
    from bot.replies import Drafting

    store = Store(settings.database_url)
    store.create_all()
    app = App(settings=settings, clock=clock or SystemClock(), store=store,
              renderer=Renderer(settings.templates_dir), calendar=WorkingDays.finland())
    app.drafting = Drafting(app)
    return app
