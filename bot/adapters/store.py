"""The database: SQLModel tables, the engine, and the queries the services need.

The database, not the mailbox, is the record of what was processed. Tables are records; the
rules live in the pure core. Datetimes are stored in UTC and always come back timezone-aware
(SQLite keeps no offset, so `aware()` puts UTC back on read).
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import Column, DateTime, LargeBinary, UniqueConstraint, delete, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError, ProgrammingError
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlmodel import Field, Session, SQLModel, create_engine, select

from bot.core.errors import NotFound
from bot.core.events import EventName

# The advisory lock key (any 64-bit number, fixed) that instances migrating one database take in turn.
MIGRATION_LOCK = 0x7269676874730001

# The database cannot be reached (or went away mid-transaction): an outage, not a bad record.
DB_OUTAGES = (OperationalError, InterfaceError)


def utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(timezone.utc)


def aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def _ts(**kw):
    return Field(sa_column=Column(DateTime(timezone=True), **kw))


class RefCounter(SQLModel, table=True):
    year: int = Field(primary_key=True)
    last: int = 0


class MailboxState(SQLModel, table=True):
    """How far intake has read one folder under one UIDVALIDITY."""

    id: int | None = Field(default=None, primary_key=True)
    folder: str
    uidvalidity: int
    last_uid: int = 0
    __table_args__ = (UniqueConstraint("folder", "uidvalidity"),)


class Setting(SQLModel, table=True):
    """Values the bot fixes once and keeps, such as the first run's intake start."""

    key: str = Field(primary_key=True)
    value: str


class Case(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(unique=True, index=True)
    requester: str = Field(index=True)
    requester_name: str = ""
    intents_json: str = "[]"
    language: str = "en"
    status: str = "open"
    outcome: str | None = None
    needs_triage: bool = False
    received_at: datetime = _ts(nullable=False)
    # A customer's mail forwarded by staff: when the forward arrived. `received_at` is then when the
    # customer's own mail reached us (from the forwarded headers), which starts the clock.
    forwarded_at: datetime | None = _ts(nullable=True)
    due_date: date
    extended_due_date: date | None = None
    id_requested_at: datetime | None = _ts(nullable=True)
    id_received_at: datetime | None = _ts(nullable=True)
    # Identity (Art. 12(6)): the register address data may go to, once known, and staff's confirmation.
    customer_email: str | None = None
    identity_confirmed: bool = False
    identity_confirmed_by: str | None = None
    marked_repeat: bool = False
    repeat_reason: str | None = None
    extension_reason: str | None = None
    related_ref: str | None = None  # an earlier case in the same mail thread
    created_at: datetime = _ts(nullable=False)
    # A reply went out but the step after it did not run: the next poll's sweep moves the case on.
    needs_advance: bool = Field(default=False, index=True)
    # Why the opening mail's From is not taken as the requester's own address (bot.core.mail.sender),
    # comma-separated; "" when it is. A case with doubts is never verified by its address alone.
    sender_doubts: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # When the case was closed (None while open), and when CASE_RETENTION_DAYS later its mail,
    # exports and reply texts were removed, leaving the record that it was handled (Art. 5(2)).
    closed_at: datetime | None = _ts(nullable=True)
    purged_at: datetime | None = _ts(nullable=True)

    @property
    def intents(self) -> list[str]:
        return json.loads(self.intents_json)


def task_keys(task: "Task") -> list[tuple[str, str]]:
    """The (scope, step) of each workflow step whose work this task does, its own first."""
    return [tuple(k.split(":", 1)) for k in task.serves.split()] or [(task.scope, task.step)]


class Mail(SQLModel, table=True):
    """Every mail seen, in or out, with its raw bytes: nothing is lost."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    direction: str = "in"  # in | out
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    message_id: str | None = Field(default=None, index=True)
    in_reply_to: str | None = None
    references: str = ""  # space-separated Message-IDs of the References header
    subject: str = ""
    # Indexed: drafting an automatic reply counts the sender's recent mail (bot.services.autoreplies).
    from_addr: str = Field(default="", index=True)
    received_at: datetime | None = _ts(nullable=True)  # INTERNALDATE for incoming mail
    kind: str | None = None  # the classifier's kind; "malformed" when quarantined
    classification_json: str | None = None
    state: str = "processed"  # processed | quarantined | duplicate | flagged | ignored | resolved
    reason: str | None = None
    # A flagged mail staff dealt with (`rightsbot mail resolve`): who, when, and what they did.
    resolved_by: str | None = None
    resolved_at: datetime | None = _ts(nullable=True)
    resolution: str | None = None
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # Outgoing replies: when the copy reached the Sent folder (None: housekeeping files it).
    filed_at: datetime | None = _ts(nullable=True)
    # Incoming mail no one acts on (ignored, flagged, quarantined): when a digest listed it.
    reported_at: datetime | None = _ts(nullable=True)
    # Incoming mail: the receiving server's SPF, DKIM and DMARC verdicts (AUTHSERV_ID's
    # Authentication-Results; None: none of ours), and the doubts about its From header.
    auth_spf: str | None = None
    auth_dkim: str | None = None
    auth_dmarc: str | None = None
    sender_doubts: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # When its raw bytes were removed (retention, or an answered erasure); `raw` is then empty.
    purged_at: datetime | None = _ts(nullable=True)
    __table_args__ = (UniqueConstraint("folder", "uidvalidity", "uid"),)


class MailChunk(SQLModel, table=True):
    """A large mail's bytes as received, in pieces of CHUNK_BYTES, in order.

    A mail over MAX_MAIL_BYTES is streamed from the server straight into these rows, and its Mail
    row keeps the headers only. A mail over CHUNK_BYTES but under the limit is stored here too, and
    its Mail row keeps the first CHUNK_BYTES, all that parsing reads (bot.core.mail.parse.READ_BYTES):
    the database drivers copy a value twice on its way in, which for one 25 MB value cost 60 MB.
    """

    id: int | None = Field(default=None, primary_key=True)
    mail_id: int = Field(foreign_key="mail.id", index=True)
    seq: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    __table_args__ = (UniqueConstraint("mail_id", "seq"),)


class Draft(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    scope: str = "*"  # the right whose workflow step this is, or "*" for a step shared by all rights
    step: str = "acknowledge"
    template: str
    # Every workflow step this mail answers, as [[scope, step, template], ...]: one for a single
    # letter, several for a letter that answers rights decided together (customer/combined-reply).
    parts_json: str = Field(default="[]", sa_column_kwargs={"server_default": "[]"})
    # A newer draft took this one's place (a redraft, or a letter combining it): its steps are answered there.
    superseded_by: int | None = None
    language: str
    # Indexed: the daily limit of automatic replies counts the drafts to one address.
    to_addr: str = Field(index=True)
    subject: str
    body_text: str
    message_id: str = Field(unique=True)  # fixed before any send so a retry is the same mail
    in_reply_to: str | None = None
    references: str = ""
    auto_submitted: bool = False
    personal_data: bool = False  # may go only to the address on record (Art. 12(6))
    status: str = Field(default="pending", index=True)
    approved_by: str | None = None
    approved_at: datetime | None = _ts(nullable=True)
    rejected_by: str | None = None
    rejected_reason: str | None = None
    sent_at: datetime | None = _ts(nullable=True)
    attempts: int = 0
    next_attempt_at: datetime | None = _ts(nullable=True)  # after a temporary failure, not before this
    last_error: str | None = None
    # When a `send` claimed it; a draft still `sending` long after this is reconciled by housekeeping.
    claimed_at: datetime | None = _ts(nullable=True)
    created_at: datetime = _ts(nullable=False)


class DraftAttachment(SQLModel, table=True):
    """A file frozen with its draft, so staff approve exactly what is sent."""

    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", index=True)
    filename: str
    mime_type: str
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Task(SQLModel, table=True):
    """A staff to-do raised by a workflow step."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    scope: str
    step: str
    task: str  # an id from bot.core.workflows.TASKS
    title: str
    # What this case's task is about beyond its title: the channels to stop, the recipients to tell.
    detail: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # The steps this one task does the work of, "scope:step" separated by spaces: a task two rights
    # need on one case is raised once (its own step first).
    serves: str = Field(default="", sa_column_kwargs={"server_default": ""})
    status: str = "open"  # open | done
    done_by: str | None = None
    done_at: datetime | None = _ts(nullable=True)
    note: str | None = None
    created_at: datetime = _ts(nullable=False)


class Decision(SQLModel, table=True):
    """Staff's decision on one right of a case, with the reasons (Art. 12(4))."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    right: str
    decision: str  # granted | refused
    reasons: str
    decided_by: str
    decided_at: datetime = _ts(nullable=False)
    __table_args__ = (UniqueConstraint("case_id", "right"),)


class StepMark(SQLModel, table=True):
    """A workflow step the bot decided not to take, and why (e.g. an acknowledgement too late to send)."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    scope: str
    step: str
    state: str = "skipped"
    reason: str


class Suppression(SQLModel, table=True):
    """Addresses and phone numbers that must never get direct marketing, kept as SHA-256 only."""

    address_sha256: str = Field(primary_key=True)
    # What was hashed: an e-mail address (lower-cased) or a phone number (E.164, e.g. +358401234567).
    channel: str = Field(default="email", sa_column_kwargs={"server_default": "email"})
    case_id: int | None = Field(default=None, foreign_key="case.id")
    added_at: datetime = _ts(nullable=False)


class StaffNotice(SQLModel, table=True):
    """A mail to staff (a reminder, the digest, an alert): claimed under its key before it is sent,
    so that it goes out at most once whoever sends it; `sent_at` is set in the transaction that
    records the send."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # reminder | digest | alert
    key: str  # e.g. "DSR-2026-0001/2026-12-28/before-3" or "daily/2026-12-07"
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    message_id: str | None = None
    claimed_at: datetime = _ts(nullable=False)
    sent_at: datetime | None = _ts(nullable=True)
    __table_args__ = (UniqueConstraint("kind", "key"),)


class Event(SQLModel, table=True):
    """The append-only audit log: services insert, nothing updates or deletes."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    draft_id: int | None = None
    mail_id: int | None = None
    name: str
    actor: str
    at: datetime = _ts(nullable=False)
    data_json: str = "{}"


class SignInLink(SQLModel, table=True):
    """A one-time sign-in link mailed to a staff member; only the token's hash is kept."""

    id: int | None = Field(default=None, primary_key=True)
    token_sha256: str = Field(unique=True)
    email: str
    created_at: datetime = _ts(nullable=False)
    used_at: datetime | None = _ts(nullable=True)


class StaffSession(SQLModel, table=True):
    """A signed-in browser: the cookie holds the token, the database its hash and the CSRF token."""

    id: int | None = Field(default=None, primary_key=True)
    token_sha256: str = Field(unique=True)
    email: str
    csrf_token: str
    created_at: datetime = _ts(nullable=False)
    ended_at: datetime | None = _ts(nullable=True)


class SignInAttempt(SQLModel, table=True):
    """One attempt to get or use a sign-in link, counted for rate limits; the key is a keyed hash."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True)
    at: datetime = _ts(nullable=False)


class Store:
    """The engine and a transaction scope. Built in bootstrap; importing this module connects nothing."""

    def __init__(self, url: str, *, echo: bool = False):
        self.url = url
        kwargs = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
            _owner_only(url)
        else:
            # A long-running service outlives server restarts: test a pooled connection before use.
            kwargs["pool_pre_ping"] = True
        # hide_parameters: an error message must never carry mail bytes or addresses.
        self.engine: Engine = create_engine(url, echo=echo, hide_parameters=True, **kwargs)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)

    def migrate(self) -> None:
        """Bring the schema to the newest migration (bot/migrations); a new database starts empty.

        Instances started together on one PostgreSQL database migrate one after the other: a
        transaction-level advisory lock is held until the migration's transaction ends, and the
        next instance then finds the schema at head. (SQLite takes its write lock for the same end.)
        """
        with self.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            if _revision(connection) == HEAD_REVISION:
                return  # the usual start: Alembic (11 MB of imports) is not loaded at all
            from alembic import command

            command.upgrade(_alembic_config(connection), "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def new_migration(message: str, url: str = "sqlite:///:memory:") -> None:
    """Write a migration for the difference between the declared tables and the migrated schema.

    A developer tool: it migrates a scratch database to the newest revision, then compares.
    """
    from alembic import command

    scratch = create_engine(url)
    with scratch.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
        command.revision(_alembic_config(connection), message=message, autogenerate=True)


# The newest migration's revision: `migrate` skips Alembic when the schema is at it. A new migration
# must update it (tests/integration/test_store.py compares it with the migration folder's head).
HEAD_REVISION = "0009_limits"


def _revision(connection) -> str | None:
    """The schema's Alembic revision; None for a new database (no version table yet)."""
    try:
        with connection.begin_nested():
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


def _alembic_config(connection):
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def _owner_only(url: str) -> None:
    """The SQLite file holds mail and exports: create it readable by its owner only (0600), and
    tighten one that others can read. SQLite gives its -wal and -shm files the database's mode."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.parent.is_dir():
        return  # SQLite says so in its own words on connecting
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # Removed mail and exports are overwritten, not left in the file's free pages (bot.services.purge).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


# Queries. Each takes the session of the caller's unit of work.


def record_event(session: Session, name: EventName, actor: str, at: datetime, *, case_id=None, draft_id=None,
                 mail_id=None, **data) -> Event:
    ev = Event(case_id=case_id, draft_id=draft_id, mail_id=mail_id, name=EventName(name).value, actor=actor,
               at=utc(at), data_json=json.dumps(data, sort_keys=True, default=str))
    held = session.info.get(_HELD_EVENTS)
    if held is not None:
        held.append(ev)
    else:
        session.add(ev)
    return ev


_HELD_EVENTS = "rightsbot.held_events"


@contextmanager
def events_held(session: Session) -> Iterator[None]:
    """Audit events recorded inside are written when the block ends, in one executemany INSERT in
    the order recorded; added one by one, each autoflush inside wrote those recorded since the last,
    a statement each (seven for one request mail, and SQLite's ORM inserts rows one at a time). If
    the block fails, they are dropped with the work they describe. Nothing inside may read the events
    it records: intake reads none (its caller's savepoint holds the rows they describe)."""
    if session.info.get(_HELD_EVENTS) is not None:
        yield  # already held by an outer block
        return
    held: list[Event] = []
    session.info[_HELD_EVENTS] = held
    try:
        yield
    finally:
        del session.info[_HELD_EVENTS]
    if held:
        # The table, not the entity: the ORM splits a bulk insert by which values are None. Every
        # column but the key is taken from the table, so a column added to Event is never dropped here.
        columns = [c.name for c in Event.__table__.columns if not c.primary_key]
        session.execute(Event.__table__.insert(), [{c: getattr(ev, c) for c in columns} for ev in held])


def next_ref_number(session: Session, year: int) -> int:
    """The next case number of `year`, counted in the database so it is unique per year.

    One statement, atomic on SQLite (3.35+) and PostgreSQL alike, so instances sharing a database
    never hand out one number twice: the year's row is made at 1, or incremented, and the new
    value read back.
    """
    return session.execute(
        text("INSERT INTO refcounter (year, last) VALUES (:year, 1) "
             "ON CONFLICT (year) DO UPDATE SET last = refcounter.last + 1 RETURNING last"),
        {"year": year},
    ).scalar_one()


def mailbox_state(session: Session, folder: str, uidvalidity: int, *, lock: bool = False) -> MailboxState:
    """How far intake has read `folder` under `uidvalidity` (the row is made when missing, atomically).

    `lock`: hold the row until the transaction ends (SELECT ... FOR UPDATE on PostgreSQL; on SQLite
    the INSERT has taken the database's write lock already). Intake takes it for each batch, so two
    instances on one mailbox take a batch one after the other, and the second sees the first's mail.
    Without `lock` (a pass looking how far it read) the row is only read, unless it is missing.
    """
    query = select(MailboxState).where(MailboxState.folder == folder, MailboxState.uidvalidity == uidvalidity)
    if not lock and (state := session.exec(query).first()) is not None:
        return state
    # Written first even when the row is there: on SQLite the write lock is then taken before any
    # read, so a second writer waits for it (busy timeout) instead of failing on a stale snapshot.
    session.execute(text("INSERT INTO mailboxstate (folder, uidvalidity, last_uid) VALUES (:folder, :uidvalidity, 0) "
                         "ON CONFLICT (folder, uidvalidity) DO NOTHING"), {"folder": folder, "uidvalidity": uidvalidity})
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return session.exec(query).one()


def claim_notice(db: Store, kind: str, key: str, now: datetime, case_id: int | None = None) -> int | None:
    """Claim the staff notice `kind`/`key` in its own transaction: its id, or None when it was
    claimed before (sent, or being sent by another run)."""
    try:
        with db.session() as session:
            notice = StaffNotice(kind=kind, key=key, case_id=case_id, claimed_at=utc(now))
            session.add(notice)
            session.flush()
            return notice.id
    except IntegrityError:
        return None


def notice_keys(session: Session, kind: str, case_id: int) -> set[str]:
    return set(session.exec(select(StaffNotice.key).where(StaffNotice.kind == kind, StaffNotice.case_id == case_id)))


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else None


def keep_setting(session: Session, key: str, value: str) -> str:
    """Store `value` under `key` unless a value is there already, and return the stored one. Atomic
    on SQLite and PostgreSQL alike: of two instances starting together, the first one's value stands."""
    session.execute(text("INSERT INTO setting (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING"),
                    {"key": key, "value": value})
    return session.exec(select(Setting.value).where(Setting.key == key)).one()


def put_setting(session: Session, key: str, value: str) -> None:
    """Store `value` under `key`, in one statement (an upsert), so two instances writing the same key
    at once (a heartbeat, an outcome) both succeed and the later one stands."""
    session.execute(text("INSERT INTO setting (key, value) VALUES (:key, :value) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"key": key, "value": value})
    cached = session.identity_map.get(identity_key(Setting, key))
    if cached is not None:
        set_committed_value(cached, "value", value)


def seen_uids(session: Session, folder: str, uidvalidity: int, uids: list[int]) -> set[int]:
    """Which of `uids` are recorded already: one query for a batch."""
    if not uids:
        return set()
    return set(session.exec(select(Mail.uid).where(Mail.folder == folder, Mail.uidvalidity == uidvalidity,
                                                   Mail.uid.between(min(uids), max(uids)))))


def mail_seen(session: Session, folder: str, uidvalidity: int, uid: int) -> bool:
    return session.exec(
        select(Mail.id).where(Mail.folder == folder, Mail.uidvalidity == uidvalidity, Mail.uid == uid)
    ).first() is not None


def copy_taken_before(session: Session, folder: str, uidvalidity: int, raw: bytes) -> Mail | None:
    """An incoming mail with exactly these bytes, taken from `folder` under another UIDVALIDITY: the
    same mail after the folder was recreated (restored, moved to a new server). For mail without a
    Message-ID; a recorded duplicate does not count as taken. A mail over CHUNK_BYTES is known by
    its first CHUNK_BYTES, which its row keeps."""
    return session.exec(
        select(Mail).where(Mail.direction == "in", Mail.folder == folder, Mail.uidvalidity != uidvalidity,
                           Mail.message_id.is_(None), Mail.state != "duplicate", Mail.raw == head(raw))
    ).first()


CHUNK_BYTES = 1024 * 1024


def pieces(raw: bytes) -> Iterator[bytes]:
    """`raw` in CHUNK_BYTES pieces (each a copy of its piece only)."""
    view = memoryview(raw)
    for start in range(0, len(raw), CHUNK_BYTES):
        yield bytes(view[start : start + CHUNK_BYTES])


def head(raw: bytes) -> bytes:
    """What a Mail row keeps of `raw`: all of it up to CHUNK_BYTES, else its first CHUNK_BYTES."""
    return raw if len(raw) <= CHUNK_BYTES else raw[:CHUNK_BYTES]


def keep_large(session: Session, mail: Mail, raw: bytes) -> None:
    """After `mail` was flushed with `head(raw)`: store the whole of a large `raw` in chunks."""
    if len(raw) > CHUNK_BYTES:
        add_mail_chunks(session, mail.id, pieces(raw))


def drop_mail_chunks(session: Session, mail_id: int) -> None:
    session.exec(delete(MailChunk).where(MailChunk.mail_id == mail_id))


def add_mail_chunks(session: Session, mail_id: int, chunks) -> int:
    """Store `chunks` (an iterator of bytes) as the mail's body, one row each, flushed as they come so
    only one chunk is in memory at a time. Returns the number of bytes stored."""
    total = 0
    for seq, data in enumerate(chunks):
        row = MailChunk(mail_id=mail_id, seq=seq, data=data)
        session.add(row)
        session.flush()
        # Written: the session need not keep the bytes.
        session.expunge(row)
        total += len(data)
    return total


def mail_bytes(session: Session, mail: Mail) -> Iterator[bytes]:
    """The mail as received: its stored chunks in order when it was too large to keep whole, else `raw`."""
    ids = session.exec(select(MailChunk.id).where(MailChunk.mail_id == mail.id).order_by(MailChunk.seq)).all()
    if not ids:
        yield mail.raw
        return
    for chunk_id in ids:
        chunk = session.get(MailChunk, chunk_id)
        yield chunk.data
        session.expunge(chunk)


def incoming_message_ids(session: Session, message_ids: set[str]) -> set[str]:
    """Which of `message_ids` an incoming mail already recorded carries: one query for a batch (in
    chunks, under every database's limit of parameters)."""
    found: set[str] = set()
    ids = sorted(message_ids)
    for start in range(0, len(ids), 500):
        found.update(session.exec(select(Mail.message_id).where(
            Mail.message_id.in_(ids[start:start + 500]), Mail.direction == "in", Mail.state != "duplicate")))
    return found


def incoming_with_message_id(session: Session, message_id: str) -> Mail | None:
    return session.exec(
        select(Mail).where(Mail.message_id == message_id, Mail.direction == "in", Mail.state != "duplicate")
    ).first()


def case_by_ref(session: Session, ref: str) -> Case:
    case = session.exec(select(Case).where(Case.ref == ref.upper())).first()
    if case is None:
        raise NotFound(f"no case {ref}")
    return case


def find_case_by_ref(session: Session, ref: str) -> Case | None:
    return session.exec(select(Case).where(Case.ref == ref.upper())).first()


def case_of_message_ids(session: Session, message_ids: list[str]) -> Case | None:
    """The case one of these Message-IDs belongs to (our drafts or mail already on a case)."""
    if not message_ids:
        return None
    draft = session.exec(select(Draft).where(Draft.message_id.in_(message_ids))).first()
    if draft is not None:
        return session.get(Case, draft.case_id)
    mail = session.exec(select(Mail).where(Mail.message_id.in_(message_ids), Mail.case_id.is_not(None))).first()
    return session.get(Case, mail.case_id) if mail else None


def cases_needing_advance(session: Session) -> list[int]:
    return list(session.exec(select(Case.id).where(Case.needs_advance).order_by(Case.id)))


def list_cases(session: Session) -> list[Case]:
    return list(session.exec(select(Case).order_by(Case.received_at, Case.id)))


def list_mail(session: Session, state: str | None = None) -> list[Mail]:
    query = select(Mail).where(Mail.direction == "in").order_by(Mail.id)
    if state:
        query = query.where(Mail.state == state)
    return list(session.exec(query))


def unreported_mail(session: Session, states) -> list[Mail]:
    """Incoming mail in one of `states` that no digest has listed yet, oldest first."""
    return list(session.exec(select(Mail).where(Mail.direction == "in", Mail.state.in_(list(states)),
                                                Mail.reported_at.is_(None)).order_by(Mail.id)))


def list_drafts(session: Session, status: str | None = None) -> list[Draft]:
    query = select(Draft).order_by(Draft.id)
    if status:
        query = query.where(Draft.status == status)
    return list(session.exec(query))


def get_draft(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no draft {draft_id}")
    return draft


def _of_case(session: Session, model, case_id: int) -> list:
    """The rows of `model` that belong to a case, oldest first."""
    return list(session.exec(select(model).where(model.case_id == case_id).order_by(model.id)))


def case_events(session: Session, case_id: int) -> list[Event]:
    return _of_case(session, Event, case_id)


def case_mails(session: Session, case_id: int) -> list[Mail]:
    return _of_case(session, Mail, case_id)


def case_drafts(session: Session, case_id: int) -> list[Draft]:
    return _of_case(session, Draft, case_id)


def case_tasks(session: Session, case_id: int) -> list[Task]:
    return _of_case(session, Task, case_id)


def case_decisions(session: Session, case_id: int) -> list[Decision]:
    return _of_case(session, Decision, case_id)


def case_marks(session: Session, case_id: int) -> list[StepMark]:
    return _of_case(session, StepMark, case_id)


def draft_attachments(session: Session, draft_id: int) -> list[DraftAttachment]:
    return list(session.exec(select(DraftAttachment).where(DraftAttachment.draft_id == draft_id)
                             .order_by(DraftAttachment.id)))


def list_tasks(session: Session, status: str | None = None) -> list[Task]:
    query = select(Task).order_by(Task.id)
    if status:
        query = query.where(Task.status == status)
    return list(session.exec(query))


def get_task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(f"no task {task_id}")
    return task
