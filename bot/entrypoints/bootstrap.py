"""The composition root: the only place that builds adapters from settings (STYLE.md D4)."""

from __future__ import annotations

from dataclasses import replace

from bot.adapters import langmodel, second_reader_file
from bot.adapters.clock import Clock, SystemClock
from bot.adapters.datafiles import load_recipients, load_retention, load_workflows
from bot.adapters.mailbox import Mailbox
from bot.adapters.oauth2 import TokenProvider, provider
from bot.adapters.outbox import Outbox
from bot.adapters.render import Renderer
from bot.adapters.store import Store
from bot.core.deadlines import WorkingDays
from bot.core.reading import classify, language
from bot.core.settings import Settings
from bot.services.app import App


def install_second_reader() -> None:
    """The classifier reads beside its rules with the shipped second reader (issue 12)."""
    classify.use_second_reader(second_reader_file.shipped())


def build(settings: Settings, *, clock: Clock | None = None) -> App:
    """Validate the data files, then build the adapters. Bad files stop here, with one line each."""
    # The language model cut to our languages and mapped from disk: 80 MB less at the peak (issue 14).
    language.use_loader(langmodel.identifier)
    install_second_reader()
    renderer = Renderer(settings.templates_dir)
    workflows = load_workflows(settings.workflows_dir, template_exists=renderer.exists,
                               template_includes=renderer.includes)
    retention = load_retention(settings.workflows_dir)
    recipients = load_recipients(settings.workflows_dir)
    if settings.financial_year_end:
        # The setting, when given, wins over workflows/retention.toml.
        retention = replace(retention, financial_year_end=settings.financial_year_end)
    register = None
    if settings.register_url:
        from bot.adapters.register import SqlRegister, load_queries

        queries = load_queries(settings.register_queries_file) if settings.register_queries_file else None
        register = SqlRegister(settings.register_url, queries)
    store = Store(settings.database_url)
    store.migrate()
    clock = clock or SystemClock()
    # One provider for IMAP and SMTP: both take the same token (one scope covers both).
    tokens: TokenProvider | None = provider(settings.oauth2, clock) if settings.oauth2 else None

    def mailbox() -> Mailbox:
        s = settings
        return Mailbox(s.imap_host, s.imap_port, s.imap_username, s.imap_password, s.imap_security,
                       folder=s.imap_folder, keyword=s.imap_keyword,
                       tokens=tokens if s.imap_auth == "oauth2" else None)

    def outbox() -> Outbox:
        s = settings
        return Outbox(s.smtp_host, s.smtp_port, s.smtp_username, s.smtp_password, s.smtp_security,
                      tokens=tokens if s.smtp_auth == "oauth2" else None)

    return App(settings=settings, clock=clock, store=store, renderer=renderer,
               calendar=WorkingDays.finland(), workflows=workflows, retention=retention, mailbox=mailbox,
               outbox=outbox, register=register, tokens=tokens, recipients=recipients)
