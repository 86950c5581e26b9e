"""Keeping the bot's own data lean (GDPR Art. 5(1)(c) and (e)): what it removes, and what it keeps.

- `CASE_RETENTION_DAYS` (365) after a case was closed, housekeeping removes its incoming and
  outgoing raw mail, the exports attached to its replies, the texts of its replies and staff's task
  notes. What stays is the record that the request was handled (Art. 5(2)): the case with its
  reference, requester address, rights, dates, status, outcome and decisions with their reasons,
  each mail's and draft's metadata (Message-ID, dates, template, who approved it, when it went
  out), the attachments' names, and the event log.
- Mail on no case that nobody needs to act on (ignored, duplicate, resolved) goes the same way,
  counted from its arrival. Flagged and quarantined mail stays until staff deal with it.
- An erasure answered (granted or partly refused) also removes, at once, the bot's copies of the
  requester's earlier mail: the content of their earlier answered or closed cases and the mail
  they sent that opened no case. The erasure case keeps its own mail until its retention ends:
  it is the record of the request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_
from sqlmodel import Session, select

from bot.adapters import store
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.states import MailState, Outcome, Status

log = logging.getLogger(__name__)

# Mail on no case that waits for nobody: it can go once its time is up.
SETTLED_STATES = (MailState.IGNORED, MailState.DUPLICATE, MailState.RESOLVED)
FINISHED = (Status.ANSWERED, Status.CLOSED)
# An erasure that erased something: the requester's earlier mail goes with it.
ERASED = (Outcome.GRANTED, Outcome.PARTIALLY_REFUSED)


@dataclass
class PurgeReport:
    cases: int = 0
    mails: int = 0


def purge_expired(app, now: datetime, stop=None) -> PurgeReport:
    """One round: every closed case past CASE_RETENTION_DAYS, and settled mail on no case as old."""
    cutoff = now - timedelta(days=app.settings.case_retention_days)
    report = PurgeReport()
    with app.store.session() as session:
        ids = list(session.exec(select(store.Case.id).where(
            store.Case.status == Status.CLOSED, store.Case.closed_at.is_not(None),
            store.Case.closed_at <= store.utc(cutoff), store.Case.purged_at.is_(None))))
    for case_id in ids:
        if stop is not None and stop.is_set():
            break
        # One transaction a case: a stop or an error leaves each case whole, purged or not.
        with app.store.session() as session:
            case = session.get(store.Case, case_id)
            report.mails += purge_case(session, case, now, reason="retention")
            case.purged_at = store.utc(now)
            session.add(case)
        report.cases += 1
    with app.store.session() as session:
        loose = list(session.exec(select(store.Mail).where(
            store.Mail.case_id.is_(None), store.Mail.purged_at.is_(None), store.Mail.state.in_(SETTLED_STATES),
            store.Mail.received_at <= store.utc(cutoff))))
        for mail in loose:
            _empty_mail(session, mail, now)
            session.add(mail)
            store.record_event(session, EventName.MAIL_PURGED, SYSTEM_ACTOR, now, mail_id=mail.id, reason="retention")
        report.mails += len(loose)
    if report.cases or report.mails:
        log.info("purge_done cases=%d mails=%d", report.cases, report.mails)
    return report


def purge_case(session: Session, case: store.Case, now: datetime, *, reason: str) -> int:
    """Remove a case's mail, exports, reply texts and notes in the caller's transaction; returns the mails."""
    mails = [m for m in store.case_mails(session, case.id) if m.purged_at is None]
    for mail in mails:
        _empty_mail(session, mail, now)
        session.add(mail)
    attachments = 0
    for draft in store.case_drafts(session, case.id):
        draft.body_text = ""
        session.add(draft)
        for item in store.draft_attachments(session, draft.id):
            if item.content:
                item.content = b""
                attachments += 1
                session.add(item)
    for task in store.case_tasks(session, case.id):
        # Notes name what was corrected or said: the task and its state are the record.
        task.note, task.detail = None, ""
        session.add(task)
    case.requester_name = ""
    session.add(case)
    store.record_event(session, EventName.CASE_PURGED, SYSTEM_ACTOR, now, case_id=case.id, reason=reason,
                       mails=len(mails), attachments=attachments)
    return len(mails)


def _empty_mail(session: Session, mail: store.Mail, now: datetime) -> None:
    mail.raw = b""
    # A large mail's bytes are in chunks too (bot.adapters.store.MailChunk).
    store.drop_mail_chunks(session, mail.id)
    mail.classification_json = None
    if mail.direction == "in":
        # The requester's own words may be in the subject; ours carry only the reference.
        mail.subject = ""
    mail.purged_at = store.utc(now)


def after_erasure(session: Session, case: store.Case, now: datetime) -> int:
    """An answered erasure: remove the bot's copies of the requester's earlier mail (not this case's
    own, which records the request until its retention ends). Returns the mails removed."""
    if "erasure" not in case.intents or case.outcome not in ERASED:
        return 0
    addresses = [a for a in dict.fromkeys([case.requester, case.customer_email]) if a]
    if not addresses:
        return 0
    removed = 0
    earlier = session.exec(select(store.Case).where(
        store.Case.id != case.id, store.Case.status.in_(FINISHED), store.Case.purged_at.is_(None),
        or_(store.Case.requester.in_(addresses), store.Case.customer_email.in_(addresses))))
    for other in earlier:
        removed += purge_case(session, other, now, reason=f"erasure {case.ref}")
        other.purged_at = store.utc(now)
        session.add(other)
    loose = session.exec(select(store.Mail).where(
        store.Mail.case_id.is_(None), store.Mail.direction == "in", store.Mail.purged_at.is_(None),
        store.Mail.from_addr.in_(addresses), store.Mail.state.in_(SETTLED_STATES)))
    for mail in loose:
        _empty_mail(session, mail, now)
        session.add(mail)
        store.record_event(session, EventName.MAIL_PURGED, SYSTEM_ACTOR, now, mail_id=mail.id,
                           reason=f"erasure {case.ref}")
        removed += 1
    return removed
