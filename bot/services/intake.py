"""Intake: read new mail from the mailbox, record it, open or update cases, draft replies.

`poll_once` is one pass: everything new since the last pass (by UIDVALIDITY/UID, and
Message-ID for copies), in batches of INTAKE_BATCH mails, one transaction per batch and a
savepoint per mail. Nothing is deleted from the mailbox and `\\Seen` is never used. Three ways a mail can fail,
three answers:
- it cannot be read, or handling it fails for a reason of its own: its savepoint is rolled back,
  it is quarantined with its raw bytes and the reason, and the batch goes on (`rightsbot mail
  retry ID` tries again);
- the database or the customer register cannot be reached: the pass stops and the batch's
  transaction is rolled back, so the next pass takes the whole batch again; nothing is
  quarantined for an outage;
- a crash mid-batch: the batch's transaction was not committed, so the next pass takes the whole
  batch again; mail recorded by an earlier batch is never recorded twice. After a pass died, the
  next takes that batch's mail one at a time, so the mail it dies on is known; a mail on which
  three passes died (the OOM killer, a supervisor's time limit) is quarantined unread by the
  next, so that one mail cannot stall the inbox (`_InHand`).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import chain

import sqlalchemy.exc
from dateutil.relativedelta import relativedelta
from sqlmodel import Session

from bot.adapters import store
from bot.adapters.budget import MailBudget
from bot.adapters.mailbox import FetchedMail
from bot.core.errors import BotError, IllegalTransition, MailTimeLimit, NotFound, RegisterError, StaffError
from bot.core.events import SYSTEM_ACTOR, EventName
from bot.core.mail.build import LOOP_HEADER
from bot.core.mail.forwarded import forwarded_sent_at
from bot.core.mail.parse import READ_BYTES, Malformed, ParsedMail, parse
from bot.core.mail.references import format_ref, our_message_ids, thread_refs
from bot.core.mail.sender import DMARC_FAILED, authentication
from bot.core.reading.classify import Classification, classify
from bot.core.states import CaseEvent, MailEvent, MailState, Status, mail_transition, transition
from bot.services import casework
from bot.services.staff import staff_action

log = logging.getLogger(__name__)

FIRST_RUN_KEY = "intake_since"
# The mail a pass began with, and how many passes have died on it (`_InHand`).
IN_HAND_KEY = "intake_in_hand"
CRASH_LIMIT = 3


@dataclass
class PollReport:
    fetched: int = 0
    skipped: int = 0
    cases_opened: list[str] = field(default_factory=list)
    followups: int = 0
    quarantined: int = 0
    ignored: int = 0
    drafts: int = 0


def intake_since(session: Session, configured: date | None, today: date) -> date:
    """Where intake starts. INTAKE_SINCE wins; else a month and a week before the first run, kept in the DB.

    A request younger than that may still be within its legal period, so the first run reads
    that far back; older mail is left alone. Of two instances starting together, the first one's
    date is kept (`store.keep_setting`).
    """
    if configured is not None:
        return configured
    kept = store.get_setting(session, FIRST_RUN_KEY)
    if kept:
        return date.fromisoformat(kept)
    # One month plus a week: a deadline moved past weekends and holidays can still run after a month.
    since = today - relativedelta(months=1, days=7)
    return date.fromisoformat(store.keep_setting(session, FIRST_RUN_KEY, since.isoformat()))


def poll_once(app, stop=None) -> PollReport:
    """One intake pass over the configured folder. `app` is bootstrap's App; `stop` (an Event, set
    when the service is told to stop) ends the pass after the mail in hand: what the batch has
    taken so far is committed, and the next pass takes the rest.

    Mail comes in batches of INTAKE_BATCH (100): one FETCH, one transaction (one commit) and one
    STORE of the keyword each. With nothing new, a pass costs one SEARCH and two small queries.
    """
    settings, clock = app.settings, app.clock
    report = PollReport()
    with app.mailbox() as mailbox, _InHand(app) as in_hand:
        uidvalidity = mailbox.uidvalidity
        with app.store.session() as session:
            today = clock.now().astimezone(settings.timezone).date()
            since = intake_since(session, settings.intake_since, today)
            after_uid = store.mailbox_state(session, settings.imap_folder, uidvalidity).last_uid
        uids = mailbox.uids_since(since, after_uid=after_uid)
        # The mail passes died on (the OOM killer, a supervisor's time limit) is not read again.
        size = settings.intake_batch
        deaths = in_hand.deaths(uidvalidity, uids[0] if uids else None, uids[:size][-1] if uids else None)
        poisoned = uids[0] if deaths >= CRASH_LIMIT else None
        # After a pass died mid-batch, the mail of that batch goes one at a time: the next death
        # then names the mail that caused it, and only that mail is counted and set aside.
        careful = uids[:size] if deaths else []
        # A mail over MAX_MAIL_BYTES comes as its header and a stream (bot.adapters.mailbox.fetch).
        limit = settings.max_mail_bytes
        batches = chain(mailbox.fetch_batches(careful, 1, limit), mailbox.fetch_batches(uids[len(careful):], size, limit))
        for batch in batches:
            if batch[0].uid == poisoned:
                report.fetched += 1
                report.quarantined += _quarantine_unread(app, batch[0])
                mailbox.mark_processed([batch[0].uid])
                continue
            taken = take_batch(app, batch, report, stop)
            # The keyword is a courtesy to people reading the inbox; the DB is the record.
            mailbox.mark_processed(taken)
            if len(taken) < len(batch):
                break
    # Cases whose next step could not run earlier (a send whose follow-up failed) move on now.
    casework.sweep(app)
    log.info("poll_done fetched=%d opened=%d followups=%d quarantined=%d", report.fetched,
             len(report.cases_opened), report.followups, report.quarantined)
    return report


class _InHand:
    """The note of the mail a pass begins with (one setting row): written as the pass begins, cleared
    as it ends, however it ends. A killed pass leaves it. Each batch is committed with the folder's
    last UID, so a killed pass died in the batch the next pass begins with; that pass takes it one
    mail at a time, and one killed then died on the mail the next begins with: finding the note,
    that pass counts one more death for that mail (its first, if the note names another)."""

    def __init__(self, app):
        self.app, self.noted = app, False

    def __enter__(self) -> _InHand:
        return self

    def __exit__(self, *exc_info) -> None:
        if not self.noted:
            return
        try:
            with self.app.store.session() as session:
                store.put_setting(session, IN_HAND_KEY, "{}")
        except store.DB_OUTAGES:
            pass  # the pass failed on the database: the next one counts a death it need not

    def deaths(self, uidvalidity: int, head: int | None, until: int | None = None) -> int:
        """How many passes died on `head`, this pass's first mail (None: nothing new). `until`: the
        last UID of this pass's first batch, taken one mail at a time if a pass died before."""
        at = [self.app.settings.imap_folder, uidvalidity, head]
        with self.app.store.session() as session:
            kept = json.loads(store.get_setting(session, IN_HAND_KEY) or "{}")
            if head is None:
                if kept:  # killed after its last mail: no mail to blame
                    store.put_setting(session, IN_HAND_KEY, "{}")
                return 0
            deaths = 0
            if kept:  # the last pass was killed, on this mail
                deaths = 1 + (kept.get("deaths", 0) if self._same_mail(kept, at) else 0)
            store.put_setting(session, IN_HAND_KEY, json.dumps({"head": at, "deaths": deaths, "until": until}))
        self.noted = True
        if deaths:
            log.warning("intake_died_on_mail uid=%d times=%d", head, deaths)
        return deaths


    @staticmethod
    def _same_mail(kept: dict, at: list) -> bool:
        """Whether the killed pass died on `at`: it began with it, or it was the first to take a
        batch one mail at a time after a pass died in that batch (`kept["deaths"] == 1`), committed
        each mail before `at`, and so died on `at`; the death that sent it there then counts for
        `at` too (the batch's mail before `at` went through one by one)."""
        if kept.get("head") == at:
            return True
        before, until = kept.get("head") or [None, None, None], kept.get("until")
        return (kept.get("deaths", 0) == 1 and before[:2] == at[:2] and until is not None
                and before[2] is not None and before[2] < at[2] <= until)


def _quarantine_unread(app, fetched) -> int:
    """Quarantine a mail passes died on, without parsing it (that may be what killed them)."""
    folder = app.settings.imap_folder
    reason = f"processing-crashed: the process stopped {CRASH_LIMIT} times while handling this mail"
    log.warning("mail_quarantined uid=%d error=processing-crashed", fetched.uid)
    with app.store.session() as session:
        state = store.mailbox_state(session, folder, fetched.uidvalidity, lock=True)
        if store.mail_seen(session, folder, fetched.uidvalidity, fetched.uid):
            return 0
        _quarantine(session, app, fetched, Malformed(reason), reason, kind="error")
        state.last_uid = max(state.last_uid, fetched.uid)
        session.add(state)
    return 1


def take_batch(app, batch: list[FetchedMail], report: PollReport, stop=None) -> list[int]:
    """Record a batch of fetched mail in one transaction, each mail in a savepoint of its own
    (`take_mail`); returns the UIDs taken (all of them, unless `stop` was set midway).

    The batch starts by locking the folder's intake row (`store.mailbox_state(lock=True)`): a
    second instance on the same mailbox waits there, then finds this batch's mail recorded and
    skips it. The database or the register being unreachable ends the pass with nothing of the
    batch kept, as does a crash: the next pass takes the whole batch again, and nothing is doubled.
    """
    folder = app.settings.imap_folder
    taken: list[int] = []
    before = _copy(report)
    try:
        with app.store.session() as session:
            state = store.mailbox_state(session, folder, batch[0].uidvalidity, lock=True)
            seen = store.seen_uids(session, folder, batch[0].uidvalidity, [f.uid for f in batch])
            ids = MessageIds(session, [f.raw for f in batch if f.uid not in seen])
            for fetched in batch:
                if stop is not None and stop.is_set():
                    break
                report.fetched += 1
                if fetched.uid in seen:
                    report.skipped += 1
                else:
                    take_mail(app, session, fetched, report, ids)
                taken.append(fetched.uid)
            # Once a batch, not once a mail: a dirty row is written again at every autoflush.
            state.last_uid = max([state.last_uid, *taken])
            session.add(state)
    except BaseException:
        # Nothing of the batch was committed: the report says so too.
        _restore(report, before)
        raise
    return taken


# A Message-ID header line and its folded continuations, as the raw bytes have them.
_MESSAGE_ID_LINES = re.compile(rb"^message-id:([^\n]*(?:\n[ \t][^\n]*)*)", re.IGNORECASE | re.MULTILINE)
_ID_TOKEN = re.compile(rb"<[^<>\s]+>")
# How much of a mail's header is searched for them: an ID further down is looked up on its own.
_HEAD_SCAN = 64 * 1024


class MessageIds:
    """Which mail of a batch may be a copy of one recorded before, by its Message-ID: one query for the
    batch's IDs, not one a mail (issue 14). The IDs are read from the raw headers; a mail whose parsed
    ID was not read there (decoded otherwise), or that an earlier mail of this batch carried too, is
    looked up as before, so the answer is the one query a mail would give."""

    def __init__(self, session: Session, raws: list[bytes]):
        self.session = session
        self.read: set[str] = set()
        for raw in raws:
            ends = (raw.find(b"\n\n", 0, _HEAD_SCAN), raw.find(b"\r\n\r\n", 0, _HEAD_SCAN), _HEAD_SCAN)
            head = raw[:min(e for e in ends if e >= 0)]
            for line in _MESSAGE_ID_LINES.findall(head):
                self.read.update(t.decode("latin-1") for t in _ID_TOKEN.findall(line))
        self.found = store.incoming_message_ids(session, self.read) if self.read else set()
        self.this_batch: set[str] = set()

    def recorded(self, message_id: str) -> bool:
        """Whether an incoming mail with this ID is recorded (and not itself a copy)."""
        if message_id in self.found:
            return True
        if message_id not in self.read or message_id in self.this_batch:
            return store.incoming_with_message_id(self.session, message_id) is not None
        return False

    def taken(self, parsed: ParsedMail | Malformed) -> None:
        """A mail of the batch is handled, however: a later one with its ID is looked up."""
        if isinstance(parsed, ParsedMail) and parsed.message_id:
            self.this_batch.add(parsed.message_id)


def take_mail(app, session: Session, fetched: FetchedMail, report: PollReport, ids: MessageIds | None = None) -> None:
    """Read and handle one mail inside its batch's transaction, in a savepoint: a mail whose handling
    fails for a reason of its own is rolled back alone and quarantined with its raw bytes and the
    reason, and the batch goes on. An outage (database, register) is raised: it is no fault of this
    mail."""
    before = _copy(report)
    parsed: ParsedMail | Malformed = Malformed("not read")
    # No mail may hold up the ones behind it (bot.adapters.budget): reading it is stopped when its
    # time is spent, and the rest is checked before the savepoint is released, so a mail is either
    # handled whole or quarantined. A mail over MAX_MAIL_BYTES is not read, only streamed into the
    # database: I/O that the IMAP timeout bounds, so it has no budget of its own. Parsing is in here,
    # not before the batch, so each mail's clock counts its own work only.
    budget = MailBudget(None if fetched.oversized else app.settings.mail_time_limit)
    try:
        with session.begin_nested():
            with budget.interruptible():
                parsed = parse(fetched.raw)
            with store.events_held(session):
                _take(app, session, fetched, parsed, report, budget=budget, ids=ids)
            budget.check()
    except OUTAGES:
        raise
    except (Exception, MailTimeLimit) as exc:
        _restore(report, before)
        # Whatever else went wrong in handling this mail, it is kept with the reason and the batch
        # goes on; the savepoint was rolled back, so nothing half-done remains.
        log.warning("mail_quarantined uid=%d error=%s", fetched.uid, type(exc).__name__)
        with session.begin_nested():
            _quarantine(session, app, fetched, parsed, failure_reason(exc), kind="error")
        report.quarantined += 1
    finally:
        if ids is not None:
            ids.taken(parsed)


def _copy(report: PollReport) -> PollReport:
    return replace(report, cases_opened=list(report.cases_opened))


def _restore(report: PollReport, before: PollReport) -> None:
    for name in report.__dataclass_fields__:
        setattr(report, name, getattr(before, name))


# The database or the register being unreachable is an outage, not a bad mail.
OUTAGES = (RegisterError, sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError)


def failure_reason(exc: BaseException) -> str:
    """A stored reason that names the failure without quoting data (SQL errors can carry mail text)."""
    if isinstance(exc, MailTimeLimit):
        return f"time-limit: {exc}"
    if isinstance(exc, RecursionError):
        # A mail nested thousands of levels deep (message/rfc822 in message/rfc822 ...).
        return "processing-error: RecursionError: nested too deeply to read"
    if isinstance(exc, BotError):
        return f"processing-error: {type(exc).__name__}: {str(exc)[:200]}"
    return f"processing-error: {type(exc).__name__}"


def _take(app, session: Session, fetched, parsed: ParsedMail | Malformed, report: PollReport,
          budget: MailBudget | None = None, ids: MessageIds | None = None) -> None:
    settings, now = app.settings, app.clock.now()
    budget = budget or MailBudget(None)
    if getattr(fetched, "oversized", False):
        _take_oversized(app, session, fetched, parsed, report)
        return
    if _copy_taken_before(app, session, fetched, parsed):
        report.skipped += 1
        return
    if isinstance(parsed, Malformed):
        _quarantine(session, app, fetched, parsed, parsed.reason)
        report.quarantined += 1
        return
    row = store.Mail(direction="in", folder=settings.imap_folder, uidvalidity=fetched.uidvalidity,
                     uid=fetched.uid, received_at=store.utc(fetched.internaldate), raw=store.head(fetched.raw))
    row.message_id, row.in_reply_to = parsed.message_id, parsed.in_reply_to
    row.references = " ".join(parsed.references)[:2000]
    row.subject, row.from_addr = parsed.subject[:500], parsed.from_addr
    doubts = _sender_record(row, parsed, settings.authserv_id)
    skip = _skip_reason(session, parsed, settings, ids)
    if skip:
        row.state, row.reason = (MailState.DUPLICATE if skip == "duplicate-message-id" else MailState.IGNORED), skip
        session.add(row)
        session.flush()
        store.keep_large(session, row, fetched.raw)
        store.record_event(session, EventName.MAIL_SKIPPED, SYSTEM_ACTOR, now, mail_id=row.id, reason=skip)
        report.skipped += 1
        return
    case = _thread_case(session, parsed, settings.mail_domain)
    finished = case is not None and case.status in (Status.ANSWERED, Status.CLOSED)
    # One reading of the mail serves everything below: kind, rights, language, who forwarded whom.
    # A staff member's mail is trusted as such only from an address in STAFF_EMAILS, read without doubt.
    with budget.interruptible():
        result = classify(parsed, own_domain=settings.mail_domain, case_thread=case is not None,
                          thread_finished=finished, from_staff=_from_staff(parsed, doubts, settings))
    related = None
    if finished and result.kind == "request":
        # A new request in the thread of a finished case: a new case, linked to the old one.
        related, case = case.ref, None
    row.kind = result.kind
    row.classification_json = json.dumps(result.to_json(), sort_keys=True)
    session.add(row)
    session.flush()
    store.keep_large(session, row, fetched.raw)
    # Written first so the log reads in order; the case id is filled in below, in the same transaction.
    logged = [
        store.record_event(session, EventName.MAIL_RECEIVED, SYSTEM_ACTOR, now, mail_id=row.id, uid=fetched.uid,
                           spf=row.auth_spf, dkim=row.auth_dkim, dmarc=row.auth_dmarc, sender_doubts=list(doubts)),
        store.record_event(session, EventName.MAIL_CLASSIFIED, SYSTEM_ACTOR, now, mail_id=row.id, kind=result.kind,
                           intents=sorted(result.intents), language=result.language,
                           needs_triage=result.needs_triage, reasons=list(result.reasons)[:10]),
    ]
    bounced = _bounced_case(session, fetched.raw, settings.mail_domain) if result.kind == "bounce" else None
    if bounced is not None:
        _bounce(app, session, bounced, row, now)
        report.ignored += 1
    elif case is not None and result.kind not in ("auto_reply", "bounce", "spam"):
        _attach_followup(app, session, case, row, parsed, result, report)
    elif (result.kind == "request" or (result.kind == "followup" and case is None)) and not _answerable(
            parsed, result, settings, doubts):
        # No address to answer (no From, `From: <>`, undecodable): a person reads it; nothing is sent.
        row.state, row.reason = MailState.FLAGGED, "no-sender-address"
        store.record_event(session, EventName.MAIL_FLAGGED, SYSTEM_ACTOR, now, mail_id=row.id,
                           reason="no-sender-address")
        report.ignored += 1
    elif result.kind == "request" or (result.kind == "followup" and case is None):
        _open_case(app, session, row, parsed, result, fetched.internaldate, report, related=related)
    else:
        # Auto-replies, bounces, spam and ordinary customer mail: recorded, never answered. When
        # the classifier is unsure, a person looks: a missed request would miss its deadline.
        row.state, row.reason = (MailState.FLAGGED, "needs-triage") if result.needs_triage else (MailState.IGNORED, None)
        report.ignored += 1
    session.add(row)
    for event in logged:
        event.case_id = row.case_id


def _copy_taken_before(app, session: Session, fetched, parsed: ParsedMail | Malformed) -> bool:
    """A mail without a Message-ID, taken before under another UIDVALIDITY (the folder was recreated),
    is known by its bytes and recorded as a duplicate. Mail with one is known by it (`_skip_reason`)."""
    if not isinstance(parsed, Malformed) and parsed.message_id:
        return False
    folder = app.settings.imap_folder
    if store.copy_taken_before(session, folder, fetched.uidvalidity, fetched.raw) is None:
        return False
    row = store.Mail(direction="in", folder=folder, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
                     received_at=store.utc(fetched.internaldate), raw=store.head(fetched.raw), state=MailState.DUPLICATE,
                     reason="duplicate-content")
    if not isinstance(parsed, Malformed):
        row.subject, row.from_addr = parsed.subject[:500], parsed.from_addr
    session.add(row)
    session.flush()
    store.keep_large(session, row, fetched.raw)
    store.record_event(session, EventName.MAIL_SKIPPED, SYSTEM_ACTOR, app.clock.now(), mail_id=row.id,
                       reason="duplicate-content")
    return True


def _sender_record(row: store.Mail, parsed: ParsedMail, authserv_id: str) -> tuple[str, ...]:
    """Record the receiving server's verdicts and the doubts about the From header on the mail row;
    returns the doubts (DMARC failed, an ambiguous From), which keep the address from verifying anyone."""
    auth = authentication(parsed.headers.get("authentication-results", ()), authserv_id)
    if auth is not None:
        row.auth_spf, row.auth_dkim, row.auth_dmarc = auth.spf, auth.dkim, auth.dmarc
    doubts = parsed.from_doubts + ((DMARC_FAILED,) if auth is not None and auth.dmarc_failed else ())
    row.sender_doubts = ",".join(doubts)
    return doubts


def _from_staff(parsed: ParsedMail, doubts: tuple[str, ...], settings) -> bool:
    return bool(parsed.from_addr) and parsed.from_addr in settings.staff_emails and not doubts


def _row_doubts(row: store.Mail) -> tuple[str, ...]:
    return tuple(d for d in (row.sender_doubts or "").split(",") if d)


def _answerable(parsed: ParsedMail, result: Classification, settings, doubts: tuple[str, ...]) -> bool:
    """Whether the request has someone to answer: a usable From, or the customer a staff forward names."""
    requester, _name, _by = _requester(parsed, result, settings, doubts)
    return bool(requester)


def _take_oversized(app, session: Session, fetched, parsed: ParsedMail | Malformed, report: PollReport) -> None:
    """A mail over MAX_MAIL_BYTES: recorded with its headers and flagged for a person, its bytes
    stored once, in chunks, as they come from the server; never read by the classifier."""
    limit = app.settings.max_mail_bytes
    reason = (f"too-large: {fetched.size} bytes, over MAX_MAIL_BYTES ({limit}); "
              "recorded with its headers and not read: open it in the mailbox")
    row = store.Mail(direction="in", folder=app.settings.imap_folder, uidvalidity=fetched.uidvalidity,
                     uid=fetched.uid, received_at=store.utc(fetched.internaldate), raw=fetched.raw,
                     state=MailState.FLAGGED, kind="too-large", reason=reason)
    if isinstance(parsed, ParsedMail):
        row.message_id, row.in_reply_to = parsed.message_id, parsed.in_reply_to
        row.subject, row.from_addr = parsed.subject[:500], parsed.from_addr
    session.add(row)
    session.flush()
    store.add_mail_chunks(session, row.id, fetched.chunks())
    store.record_event(session, EventName.MAIL_RECEIVED, SYSTEM_ACTOR, app.clock.now(), mail_id=row.id,
                       uid=fetched.uid, reason="too-large", size=fetched.size)
    log.warning("mail_too_large uid=%d size=%d limit=%d", fetched.uid, fetched.size, limit)
    report.ignored += 1


def _quarantine(session: Session, app, fetched, parsed: ParsedMail | Malformed, reason: str,
                kind: str = "malformed") -> None:
    row = store.Mail(direction="in", folder=app.settings.imap_folder, uidvalidity=fetched.uidvalidity,
                     uid=fetched.uid, received_at=store.utc(fetched.internaldate), raw=store.head(fetched.raw),
                     state=MailState.QUARANTINED, kind=kind, reason=reason)
    if not isinstance(parsed, Malformed):
        # So staff can tell what it was without opening the raw bytes.
        row.message_id, row.subject, row.from_addr = parsed.message_id, parsed.subject[:500], parsed.from_addr
    session.add(row)
    session.flush()
    if fetched.oversized:
        store.add_mail_chunks(session, row.id, fetched.chunks())
    else:
        store.keep_large(session, row, fetched.raw)
    store.record_event(session, EventName.MAIL_QUARANTINED, SYSTEM_ACTOR, app.clock.now(), mail_id=row.id,
                       reason=reason)


def retry(app, mail_id: int, by: str) -> PollReport:
    """Handle a quarantined mail again (after a fix, or when staff think it was a passing fault)."""
    report = PollReport()
    with staff_action(app, by) as act:
        row = act.session.get(store.Mail, mail_id)
        if row is None or row.direction != "in":
            raise NotFound(f"no incoming mail {mail_id}")
        try:
            mail_transition(row.state, MailEvent.RETRY)
        except IllegalTransition:
            raise StaffError(f"mail #{mail_id} is {row.state}, not quarantined") from None
        fetched = FetchedMail(uidvalidity=row.uidvalidity, uid=row.uid, internaldate=store.aware(row.received_at),
                              raw=b"".join(store.mail_bytes(act.session, row)), flags=())
        # The quarantined record gives way to the new handling; if that fails, this is rolled back.
        store.drop_mail_chunks(act.session, row.id)
        act.session.delete(row)
        act.session.flush()
        act.record(EventName.MAIL_RETRIED, old_mail_id=mail_id)
        budget = MailBudget(app.settings.mail_time_limit)
        try:
            with budget.interruptible():
                parsed = parse(fetched.raw)
            _take(app, act.session, fetched, parsed, report, budget=budget)
            budget.check()
        except MailTimeLimit as exc:
            raise StaffError(f"mail #{mail_id}: {exc}; it stays quarantined") from None
    return report


def _skip_reason(session: Session, parsed: ParsedMail, settings, ids: MessageIds | None = None) -> str | None:
    if parsed.header(LOOP_HEADER) or parsed.from_addr == settings.mail_from.lower():
        return "own-mail"
    if parsed.message_id and (ids.recorded(parsed.message_id) if ids is not None else
                              store.incoming_with_message_id(session, parsed.message_id) is not None):
        return "duplicate-message-id"
    return None


def _thread_case(session: Session, parsed: ParsedMail, domain: str) -> store.Case | None:
    """The case this mail answers: a Message-ID on a case in its threading headers (ours, or a mail
    already on it), else a case the headers or the subject name (`references.thread_refs`)."""
    ids = ([parsed.in_reply_to] if parsed.in_reply_to else []) + list(parsed.references)
    case = store.case_of_message_ids(session, ids)
    if case is not None:
        return case
    for ref, _how in thread_refs(parsed.in_reply_to, parsed.references, parsed.subject, domain):
        case = store.find_case_by_ref(session, ref)
        if case is not None:
            return case
    return None


# What a mail system's forwarding rule adds to what it forwards (RFC 3834 and Exchange's rule
# headers). Ours to drop only from a forward by one of STAFF_EMAILS.
def _bounced_case(session: Session, raw: bytes, domain: str) -> store.Case | None:
    """The case whose reply this bounce returns: our Message-ID quoted in the report or the original."""
    # Read as far as the parser reads: a report quotes the original near its start.
    ids = our_message_ids(raw[:READ_BYTES].decode("latin-1"), domain)
    return store.case_of_message_ids(session, ids) if ids else None


def _requester(parsed: ParsedMail, result: Classification, settings,
               doubts: tuple[str, ...]) -> tuple[str, str, str | None]:
    """Who asks: the sender, or, when one of STAFF_EMAILS forwarded a customer's mail, that customer.

    A staff member's forward is trusted to name the customer; the register still decides whether
    that address is on record before any data go to it. Another address of our domain is not
    staff: anyone can write it in a From header.
    """
    sender = parsed.from_addr
    if result.forwarded_from and _from_staff(parsed, doubts, settings):
        return result.forwarded_from[0], "", sender
    return sender, parsed.from_name, None


def _bounce(app, session: Session, case: store.Case, row, now: datetime) -> None:
    """Our reply came back: a person must reach the requester another way; the clock keeps running."""
    row.case_id, row.state, row.reason = case.id, MailState.FLAGGED, "our-reply-bounced"
    store.record_event(session, EventName.DELIVERY_BOUNCED, SYSTEM_ACTOR, now, case_id=case.id, mail_id=row.id)
    casework.raise_task(session, case, "*", "delivery", "resolve-bounced-reply", now)
    if case.status in (Status.ANSWERED, Status.CLOSED):
        casework.case_transition(session, case, CaseEvent.REOPENED, SYSTEM_ACTOR, now)


def _open_case(app, session, row, parsed: ParsedMail, result: Classification, received_at: datetime,
               report: PollReport, related: str | None = None) -> None:
    settings, now = app.settings, app.clock.now()
    requester, name, forwarded_by = _requester(parsed, result, settings, _row_doubts(row))
    if not requester:
        # Never a case without a requester: its replies would go to an empty address.
        raise StaffError(f"mail #{row.id} has no usable sender address; answer it by hand")
    forwarded_at = None
    if forwarded_by:
        # EDPB 01/2022 §159: the customer's mail reached the controller when it reached our staff
        # member; the forwarded header block says when that was. The forward's own arrival is kept too.
        original = forwarded_sent_at(parsed.text, received_at, settings.timezone)
        if original is not None:
            forwarded_at, received_at = received_at, original
    local_received = received_at.astimezone(settings.timezone)
    year = local_received.year
    ref = format_ref(year, store.next_ref_number(session, year))
    triage = result.needs_triage or result.kind != "request" or not result.intents
    case = store.Case(
        ref=ref, requester=requester, requester_name=name[:200],
        intents_json=json.dumps(sorted(result.intents)), language=result.language,
        status=(Status.TRIAGE if triage else Status.OPEN).value, needs_triage=triage,
        received_at=store.utc(received_at), due_date=app.due_date(received_at), created_at=store.utc(now),
        related_ref=related, forwarded_at=store.utc(forwarded_at) if forwarded_at else None,
        # A staff forward names the customer itself; the staff member's own From is not the requester's.
        sender_doubts="" if forwarded_by else (row.sender_doubts or ""),
    )
    session.add(case)
    session.flush()
    row.case_id = case.id
    session.add(row)
    store.record_event(session, EventName.CASE_OPENED, SYSTEM_ACTOR, now, case_id=case.id, mail_id=row.id,
                       ref=ref, intents=sorted(result.intents), due_date=case.due_date.isoformat(),
                       status=case.status, related_ref=related, forwarded_by_staff=bool(forwarded_by),
                       original_date_used=forwarded_at is not None,
                       sender_doubts=case.sender_doubts.split(",") if case.sender_doubts else [])
    report.cases_opened.append(ref)
    report.drafts += casework.on_case_opened(app, session, case, row, no_auto_reply=result.no_auto_reply, now=now)


def open_case_from_mail(app, session: Session, row: store.Mail) -> store.Case:
    """Open a case, for triage, from a recorded mail that a person read as a request.

    The case counts from the mail's arrival (its INTERNALDATE), not from the day staff read it.
    """
    parsed = parse(row.raw)
    if isinstance(parsed, Malformed):
        raise StaffError(f"mail #{row.id} cannot be read ({parsed.reason}); it cannot open a case")
    result = classify(parsed, own_domain=app.settings.mail_domain)
    report = PollReport()
    # A person sets the rights on the triage page; until then nothing is drafted.
    _open_case(app, session, row, parsed, replace(result, kind="request", needs_triage=True),
               store.aware(row.received_at), report)
    return store.case_by_ref(session, report.cases_opened[0])


def _attach_followup(app, session, case: store.Case, row, parsed: ParsedMail, result: Classification,
                     report: PollReport) -> None:
    now = app.clock.now()
    reason = None
    if not parsed.from_addr or parsed.from_addr not in (case.requester, case.customer_email):
        # Art. 12(6): someone else writing into a case thread is not the requester; a person decides.
        reason = "sender-is-not-requester"
    elif row.sender_doubts:
        # The requester's address, but DMARC failed or the From reads two ways: it may be someone else.
        reason = "sender-not-authenticated"
    if reason:
        row.case_id, row.state, row.reason = case.id, MailState.FLAGGED, reason
        store.record_event(session, EventName.FOLLOWUP_FLAGGED, SYSTEM_ACTOR, now, case_id=case.id, mail_id=row.id,
                           reason=reason)
        return
    row.case_id = case.id
    session.add(row)
    event = CaseEvent.FOLLOWUP_RECEIVED
    if case.status == Status.AWAITING_REQUESTER:
        event = CaseEvent.DETAILS_RECEIVED
        case.id_received_at = case.id_received_at or row.received_at
    new_intents = sorted(set(result.intents) - set(case.intents))
    if new_intents:
        case.intents_json = json.dumps(sorted(set(case.intents) | set(new_intents)))
    store.record_event(session, EventName.FOLLOWUP_ATTACHED, SYSTEM_ACTOR, now, case_id=case.id, mail_id=row.id,
                       new_intents=new_intents)
    if transition(case.status, event) != case.status:
        casework.case_transition(session, case, event, SYSTEM_ACTOR, now)
    report.followups += 1
    if new_intents:
        # A right asked for in a reply gets its own workflow on the same case.
        report.drafts += casework.advance(app, session, case, now)
