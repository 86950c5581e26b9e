"""Issue 10: the bot keeps its own data lean. Closed cases lose their mail, exports and reply texts
after CASE_RETENTION_DAYS; an export is stored once; an answered erasure removes the requester's
earlier mail; the SQLite file is its owner's only.

Real Dovecot, real aiosmtpd, the store on real SQLite and PostgreSQL, the sample register.
"""

from __future__ import annotations

import email
import email.policy
import os
import stat

from sqlmodel import select

from bot.adapters import store
from bot.services import case_actions
from bot.services.housekeeping import housekeep
from tests.integration.test_rights import (  # noqa: F401  (app is a fixture)
    AINO,
    STAFF,
    app,
    approve_and_send_all,
    finish_tasks,
    request,
    views,
)

ACCESS_BODY = "Please send me a copy of all personal data you hold about me."


def answered_access(app, address: str) -> str:
    ref = request(app, address, "Data request", ACCESS_BODY)
    approve_and_send_all(app)
    finish_tasks(app, ref)
    [reply] = approve_and_send_all(app)
    assert reply["template"] == "customer/access-reply"
    return ref


def rows(app, ref: str):
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        mails = store.case_mails(session, case.id)
        drafts = store.case_drafts(session, case.id)
        attachments = [a for d in drafts for a in store.draft_attachments(session, d.id)]
        events = [e.name for e in store.case_events(session, case.id)]
        return case, mails, drafts, attachments, events


def test_a_closed_case_is_emptied_after_the_retention_days_and_its_record_stays(app):
    ref = answered_access(app, AINO)
    case_actions.close(app, ref, "answered; nothing more to do", STAFF)
    app.clock.advance(days=364)
    assert housekeep(app).purged_cases == 0
    case, mails, drafts, attachments, _ = rows(app, ref)
    assert all(m.raw for m in mails) and all(a.content for a in attachments)

    app.clock.advance(days=2)  # CASE_RETENTION_DAYS (365) after the closing
    report = housekeep(app)
    assert report.purged_cases == 1 and report.purged_mails == len(mails)
    case, mails, drafts, attachments, events = rows(app, ref)
    assert all(m.raw == b"" and m.purged_at is not None for m in mails)
    assert all(a.content == b"" for a in attachments) and attachments
    assert all(d.body_text == "" for d in drafts)
    # Art. 5(2): the record that the request was handled stays.
    assert case.status == "closed" and case.outcome == "granted" and case.requester == AINO
    assert [d.template for d in drafts if d.status == "sent"] == ["customer/acknowledgement", "customer/access-reply"]
    assert all(d.sent_at is not None for d in drafts if d.status == "sent")
    assert "case_purged" in events and "mail_sent" in events
    assert "removed" in views.case_detail(app, ref)["mails"][0]["text"]
    # Once is enough.
    assert housekeep(app).purged_cases == 0


def test_removed_bytes_do_not_stay_in_the_sqlite_file(app, database_url):
    if not database_url.startswith("sqlite"):
        return  # PostgreSQL's VACUUM (autovacuum) reclaims dead rows; the file is the server's
    marker = "Tunnussana-7f3e9c1d"
    # Long enough to spill into overflow pages, which a purge frees.
    ref = request(app, AINO, "Data request", f"{ACCESS_BODY}\n" + f"{marker}\n" * 800)
    case_actions.close(app, ref, "withdrawn by phone", STAFF)
    path = database_url.removeprefix("sqlite:///")

    def on_disk() -> bytes:
        with app.store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return b"".join(open(p, "rb").read() for p in (path, path + "-wal") if os.path.exists(p))

    assert marker.encode() in on_disk()
    app.clock.advance(days=366)
    assert housekeep(app).purged_cases == 1
    assert marker.encode() not in on_disk()


def test_an_open_or_answered_case_is_never_emptied(app):
    ref = answered_access(app, AINO)  # answered, not closed
    app.clock.advance(days=800)
    housekeep(app)
    _, mails, _, attachments, _ = rows(app, ref)
    assert all(m.raw for m in mails) and all(a.content for a in attachments)


def test_an_export_is_stored_once(app):
    ref = answered_access(app, AINO)
    _, mails, drafts, attachments, _ = rows(app, ref)
    exported = next(a for a in attachments if a.filename.endswith(".json"))
    [reply] = [m for m in mails if m.direction == "out" and m.message_id == drafts[-1].message_id]
    assert reply.filed_at is not None  # its full copy is in the Sent folder
    kept = email.message_from_bytes(reply.raw, policy=email.policy.default)
    parts = list(kept.iter_attachments())
    assert sorted(p.get_filename() for p in parts) == sorted(a.filename for a in attachments)
    assert all("kept once, with draft #" in p.get_content() for p in parts)
    assert kept.get_body(("plain",)).get_content().split() == drafts[-1].body_text.split()
    with app.mailbox() as box:
        filed = box.find_by_message_id(box.sent_folder(None), reply.message_id)
    assert b"personal-data.json" in filed and len(filed) > len(exported.content)


def test_an_answered_erasure_removes_the_requesters_earlier_mail(app):
    earlier = answered_access(app, AINO)
    ref = request(app, AINO, "Delete my account", "Please delete my account and all personal data you hold.")
    approve_and_send_all(app)
    case_actions.decide(app, ref, "erasure", "granted", "", STAFF)
    finish_tasks(app, ref)
    [done] = approve_and_send_all(app)
    assert done["template"] == "customer/erasure-done"
    _, mails, _, attachments, events = rows(app, earlier)
    assert all(m.raw == b"" for m in mails) and all(a.content == b"" for a in attachments)
    assert "case_purged" in events
    # The erasure case keeps its own mail: it records the request until its retention ends.
    _, own, _, _, _ = rows(app, ref)
    assert all(m.raw for m in own)


def test_the_sqlite_file_is_readable_by_its_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "fresh.db"
        built = store.Store(f"sqlite:///{path}")
        built.migrate()
        with built.session() as session:
            session.exec(select(store.Case)).all()
        built.dispose()
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.glob("fresh.db*")}
        assert modes and all(mode == 0o600 for mode in modes.values()), modes
        loose = tmp_path / "loose.db"
        loose.touch(mode=0o644)
        os.chmod(loose, 0o644)
        store.Store(f"sqlite:///{loose}").dispose()
        assert stat.S_IMODE(loose.stat().st_mode) == 0o600
    finally:
        os.umask(old)
