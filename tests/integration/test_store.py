"""The store on real SQLite and real PostgreSQL: references, aware times, uniqueness."""

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import IntegrityError

from bot.adapters import store
from bot.core.events import EventName


@pytest.fixture
def db(database_url):
    s = store.Store(database_url)
    s.migrate()
    yield s
    s.dispose()


def test_reference_numbers_count_per_year(db):
    with db.session() as session:
        assert [store.next_ref_number(session, 2026) for _ in range(3)] == [1, 2, 3]
        assert store.next_ref_number(session, 2027) == 1
    with db.session() as session:
        assert store.next_ref_number(session, 2026) == 4


def test_datetimes_come_back_aware_and_equal(db):
    helsinki = timezone(timedelta(hours=2))
    received = datetime(2026, 1, 31, 23, 30, tzinfo=helsinki)
    with db.session() as session:
        case = store.Case(ref="DSR-2026-0001", requester="a@example.fi", received_at=store.utc(received),
                          due_date=date(2026, 3, 2), created_at=store.utc(received))
        session.add(case)
    with db.session() as session:
        back = store.case_by_ref(session, "dsr-2026-0001")
        assert store.aware(back.received_at) == received
        assert store.aware(back.received_at).tzinfo is not None


def test_a_mail_uid_is_stored_once(db):
    with db.session() as session:
        session.add(store.Mail(folder="INBOX", uidvalidity=7, uid=1, raw=b"x"))
    with pytest.raises(IntegrityError):
        with db.session() as session:
            session.add(store.Mail(folder="INBOX", uidvalidity=7, uid=1, raw=b"y"))
    with db.session() as session:
        assert store.mail_seen(session, "INBOX", 7, 1)
        assert not store.mail_seen(session, "INBOX", 8, 1)


def test_raw_bytes_survive(db):
    raw = bytes(range(256)) * 4
    with db.session() as session:
        session.add(store.Mail(folder="INBOX", uidvalidity=1, uid=5, raw=raw))
    with db.session() as session:
        row = session.exec(store.select(store.Mail)).one()
        assert row.raw == raw


def test_events_need_a_known_name(db):
    now = datetime(2026, 11, 24, tzinfo=timezone.utc)
    with db.session() as session:
        store.record_event(session, EventName.CASE_OPENED, "rightsbot", now, ref="DSR-2026-0001")
        with pytest.raises(ValueError):
            store.record_event(session, "case_exploded", "rightsbot", now)


def test_a_failed_unit_of_work_leaves_nothing(db):
    with pytest.raises(RuntimeError):
        with db.session() as session:
            store.put_setting(session, "k", "v")
            session.flush()
            raise RuntimeError("boom")
    with db.session() as session:
        assert store.get_setting(session, "k") is None


def test_migrations_build_exactly_the_tables_the_code_declares(db):
    """A change to a table without a migration fails here (alembic's autogenerate comparison)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    assert diff == []


def test_migrating_twice_changes_nothing(db):
    db.migrate()
    with db.session() as session:
        assert store.next_ref_number(session, 2026) == 1


def test_two_instances_numbering_the_first_cases_of_a_year_at_once_get_different_numbers(db):
    """Several instances share one database (PostgreSQL in production): references stay unique."""
    import threading

    barrier = threading.Barrier(4)
    got: list[int] = []
    errors: list[BaseException] = []

    def take() -> None:
        try:
            barrier.wait(timeout=10)
            with db.session() as session:
                got.append(store.next_ref_number(session, 2031))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert sorted(got) == [1, 2, 3, 4]


def test_a_staff_notice_is_claimed_once_under_its_key(db):
    now = datetime(2026, 12, 7, 6, 0, tzinfo=timezone.utc)
    assert store.claim_notice(db, "reminder", "DSR-2026-0001/2026-12-28/before-7", now) is not None
    # Sent once is the database's guarantee: the same key cannot be claimed again, by anyone.
    assert store.claim_notice(db, "reminder", "DSR-2026-0001/2026-12-28/before-7", now) is None
    assert store.claim_notice(db, "reminder", "DSR-2026-0001/2026-12-28/before-3", now) is not None
    assert store.claim_notice(db, "digest", "DSR-2026-0001/2026-12-28/before-7", now) is not None


def test_head_revision_is_the_migration_folders_head():
    """`migrate` skips Alembic when the schema is at HEAD_REVISION: a new migration must move it."""
    from pathlib import Path

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store.__file__).parent / "migrations"))
    assert ScriptDirectory.from_config(cfg).get_current_head() == store.HEAD_REVISION


def test_a_start_on_a_migrated_schema_does_not_load_alembic(db, database_url):
    """Issue 14 (memory): Alembic's 11 MB of imports are paid only when there is something to migrate."""
    import subprocess
    import sys

    probe = ("import sys; from bot.adapters import store; s = store.Store(sys.argv[1]); s.migrate(); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", probe, database_url], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_older_schema_is_still_migrated_to_head(database_url):
    s = store.Store(database_url)
    try:
        with s.engine.begin() as connection:
            from alembic import command

            command.upgrade(store._alembic_config(connection), "0008_speed")
        s.migrate()
        with s.engine.connect() as connection:
            assert store._revision(connection) == store.HEAD_REVISION
    finally:
        s.dispose()
