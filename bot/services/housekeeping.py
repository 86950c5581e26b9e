"""Housekeeping: what `rightsbot run` tidies at start and then every ten minutes.

- A draft left in `sending` (a send stopped between claiming it and recording the outcome) is
  reconciled: if its Message-ID is in the Sent folder it went out and is recorded as sent;
  otherwise staff are told once (in office hours: at night, at the next opening), and it stays as
  it is until they approve it again or reject it.
  Only drafts claimed longer ago than `STALE_SENDING` count: a younger one may be in the hands of
  another `send` right now.
- Sent replies whose copy could not be filed in the Sent folder are filed now (unless a copy is
  there already: an APPEND whose answer was lost).
- Staff notices claimed by a run that stopped before recording them are given back.
- Closed cases past CASE_RETENTION_DAYS lose their mail, exports and reply texts, keeping the record
  that they were handled (bot.services.purge).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select

from bot.adapters import store
from bot.core.events import EventName
from bot.core.office import is_open
from bot.core.states import DraftStatus
from bot.services.notices import release_stale_claims, send_notice
from bot.services.purge import purge_expired
from bot.services.sending import SentCopies, confirm_sent, kept_copy

log = logging.getLogger(__name__)

# Longer than any one SMTP conversation (its timeout is 30 s) and the APPEND after it.
STALE_SENDING = timedelta(minutes=10)


@dataclass
class HousekeepingReport:
    confirmed: int = 0  # drafts left `sending` found in the Sent folder
    unconfirmed: int = 0  # ... not found: staff told
    filed: int = 0  # copies filed late in the Sent folder
    released: int = 0  # stale staff-notice claims given back
    purged_cases: int = 0  # closed cases past CASE_RETENTION_DAYS emptied
    purged_mails: int = 0  # ... and their mails, with settled mail on no case


def housekeep(app, stop=None) -> HousekeepingReport:
    """One round of housekeeping. `stop` (an Event) ends it between two items."""
    now = app.clock.now()
    report = HousekeepingReport(released=release_stale_claims(app, now))
    with app.store.session() as session:
        stuck = [(d.id, d.case_id, d.message_id, d.attempts) for d in store.list_drafts(session, DraftStatus.SENDING)
                 if d.claimed_at is None or store.aware(d.claimed_at) < now - STALE_SENDING]
        unfiled = list(session.exec(select(store.Mail.id).where(
            store.Mail.direction == "out", store.Mail.kind == "reply", store.Mail.filed_at.is_(None))))
    if stuck or unfiled:
        with SentCopies(app) as copies:
            for draft_id, case_id, message_id, attempts in stuck:
                if stop is not None and stop.is_set():
                    break
                _reconcile(app, copies, draft_id, case_id, message_id, attempts, now, report)
            for mail_id in unfiled:
                if stop is not None and stop.is_set():
                    break
                report.filed += _file_late(app, copies, mail_id, now)
    if stop is None or not stop.is_set():
        purged = purge_expired(app, now, stop)
        report.purged_cases, report.purged_mails = purged.cases, purged.mails
    if report != HousekeepingReport():
        log.info("housekeeping_done confirmed=%d unconfirmed=%d filed=%d released=%d purged_cases=%d purged_mails=%d",
                 report.confirmed, report.unconfirmed, report.filed, report.released, report.purged_cases,
                 report.purged_mails)
    return report


def _reconcile(app, copies: SentCopies, draft_id: int, case_id: int, message_id: str, attempts: int,
               now: datetime, report: HousekeepingReport) -> None:
    copy = copies.find(message_id)
    if copy is not None:
        confirm_sent(app, draft_id, copy, now)
        report.confirmed += 1
        return
    settings = app.settings
    if not is_open(now.astimezone(settings.timezone), settings.office_hours, app.calendar):
        # Staff mail waits for the office; the draft stays `sending`, so a later round tells them.
        return
    with app.store.session() as session:
        case = session.get(store.Case, case_id)
        draft = store.get_draft(session, draft_id)
        context = {"ref": case.ref, "draft": {"id": draft.id, "template": draft.template, "to": draft.to_addr,
                                              "subject": draft.subject}}
    # Keyed by the attempt: if staff approve it again and it sticks again, they hear of it again.
    if send_notice(app, "alert", f"sending-unconfirmed/{draft_id}/{attempts}", "staff/sending-unconfirmed", context,
                   EventName.SENDING_UNCONFIRMED, case_id=case_id, draft_id=draft_id):
        report.unconfirmed += 1
        log.warning("sending_unconfirmed draft=%d", draft_id)


def _file_late(app, copies: SentCopies, mail_id: int, now: datetime) -> int:
    with app.store.session() as session:
        mail = session.get(store.Mail, mail_id)
        raw, when, message_id = mail.raw, store.aware(mail.received_at) or now, mail.message_id
    if not copies.file(raw, when, message_id):
        return 0
    with app.store.session() as session:
        mail = session.get(store.Mail, mail_id)
        mail.filed_at = store.utc(now)
        draft = session.exec(select(store.Draft).where(store.Draft.message_id == mail.message_id)).first()
        if draft is not None:
            # Filed: the exports need not be kept a second time inside the sent mail.
            mail.raw = kept_copy(mail.raw, draft.id)
        session.add(mail)
    return 1
