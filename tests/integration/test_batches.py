"""Intake in batches, on the real Dovecot and on SQLite and PostgreSQL: one commit and one STORE
of the keyword per batch, a mail that fails alone is quarantined without losing its batch, and a
crash mid-batch takes the whole batch again with nothing doubled."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import timedelta
from email.message import EmailMessage

import pytest
from imapclient import IMAPClient
from sqlalchemy import event

from bot.adapters import store
from bot.services import intake
from bot.services.intake import poll_once
from tests.integration.test_rights import app  # noqa: F401

MAILS = 7


def _backlog(app, n: int = MAILS, start: int = 0) -> None:
    with app.mailbox() as box:
        for i in range(start, start + n):
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = f"c{i}@example.com", "info@allsec.fi", "Request"
            msg["Message-ID"] = f"<batch-{i}@example.com>"
            msg.set_content(f"Hello,\n\nPlease delete all my personal data.\n\nCustomer {i}\n")
            box.append(msg.as_bytes(), when=app.clock.now() - timedelta(hours=1))


def _mails(app) -> list[store.Mail]:
    with app.store.session() as session:
        return store.list_mail(session)


def test_a_backlog_is_one_commit_and_one_store_per_batch(app, monkeypatch):
    _backlog(app)
    commits, stores = [], []
    event.listen(app.store.engine, "commit", lambda conn: commits.append(1))
    real = IMAPClient.add_flags
    monkeypatch.setattr(IMAPClient, "add_flags", lambda self, uids, *a, **kw: stores.append(list(uids)) or
                        real(self, uids, *a, **kw))
    report = poll_once(app)
    assert report.fetched == MAILS and len(report.cases_opened) == MAILS
    # The pass's own commits: the start (where intake begins), the note of the mail in hand, the
    # batch, the sweep's read, the note cleared. Per mail there would be 7 more.
    assert len(commits) <= 5
    assert stores == [sorted(m.uid for m in _mails(app))]


def test_a_mails_audit_events_are_written_in_one_statement(app):
    """Issue 14: a request mail's audit events (received, classified, case opened, drafts, tasks) were
    flushed one by one, seven INSERTs and an UPDATE of their case id a mail; now one INSERT, and the
    events still read in the order they happened."""
    _backlog(app)
    statements: list[str] = []
    event.listen(app.store.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, params, context, many: statements.append(" ".join(sql.split()[:3])))
    report = poll_once(app)
    assert len(report.cases_opened) == MAILS
    assert sum(s.startswith("INSERT INTO event") for s in statements) <= MAILS
    assert not any(s.startswith("UPDATE event") for s in statements)
    with app.store.session() as session:
        case = store.list_cases(session)[0]
        names = [e.name for e in store.case_events(session, case.id)]
    assert names[:3] == ["mail_received", "mail_classified", "case_opened"] and "draft_created" in names


# What one request mail costs the database, from its savepoint to its release (issue 14, fourth
# round): a round trip each on PostgreSQL. It was 28: eleven reads of the new case's own drafts,
# tasks and marks while it was planned and drafted, six for the automatic-reply checks of its two
# drafts (now one statement a check).
REQUEST_STATEMENTS = 24


def _per_mail(statements: list[str]) -> list[list[str]]:
    """The statements of each mail's savepoint, from SAVEPOINT to RELEASE SAVEPOINT."""
    mails: list[list[str]] = []
    for sql in statements:
        if sql.startswith("SAVEPOINT"):
            mails.append([])
        if mails and (len(mails[-1]) == 0 or not mails[-1][-1].startswith("RELEASE SAVEPOINT")):
            mails[-1].append(sql)
    return mails


def test_a_request_mail_costs_few_statements(app):
    """Issue 14: the rows of a case opened by the mail are handed along as they are made, not read
    back, and its automatic replies are checked with one read of the address's history."""
    _backlog(app)
    statements: list[str] = []
    event.listen(app.store.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, params, context, many: statements.append(" ".join(sql.split()[:4])))
    report = poll_once(app)
    assert len(report.cases_opened) == MAILS and report.drafts == 2 * MAILS
    per_mail = _per_mail(statements)
    assert len(per_mail) == MAILS
    assert all(len(s) <= REQUEST_STATEMENTS for s in per_mail), ([len(s) for s in per_mail], per_mail[0])
    # The same letters as before: an acknowledgement and an identity request, and the task.
    with app.store.session() as session:
        for case in store.list_cases(session):
            drafts = store.case_drafts(session, case.id)
            assert [(d.template, d.status) for d in drafts] == [("customer/acknowledgement", "pending"),
                                                                ("customer/identity-request", "pending")]
            assert [t.task for t in store.case_tasks(session, case.id)] == ["verify-identity"]


def test_a_mail_that_fails_is_quarantined_and_its_batch_kept(app, monkeypatch):
    _backlog(app)
    real = intake._take

    def failing(app, session, fetched, parsed, report, **kw):
        real(app, session, fetched, parsed, report, **kw)
        if parsed.message_id == "<batch-3@example.com>":
            raise ValueError("injected after the mail's rows were written")

    monkeypatch.setattr(intake, "_take", failing)
    report = poll_once(app)
    assert report.quarantined == 1 and len(report.cases_opened) == MAILS - 1
    mails = _mails(app)
    assert Counter(m.state for m in mails) == Counter({"processed": MAILS - 1, "quarantined": 1})
    [bad] = [m for m in mails if m.state == "quarantined"]
    # Its savepoint was rolled back: no case, no events of its handling, only the quarantine's.
    assert bad.case_id is None and bad.reason == "processing-error: ValueError"
    with app.store.session() as session:
        assert len(store.list_cases(session)) == MAILS - 1


class Crash(BaseException):
    """Stands for the process dying mid-batch (a kill, a power cut): nothing catches it."""


def test_a_crash_mid_batch_takes_the_whole_batch_again_and_doubles_nothing(app, monkeypatch):
    _backlog(app)
    real = intake._take

    def crashing(app, session, fetched, parsed, report, **kw):
        if parsed.message_id == "<batch-4@example.com>":
            raise Crash()
        real(app, session, fetched, parsed, report, **kw)

    monkeypatch.setattr(intake, "_take", crashing)
    with pytest.raises(Crash):
        poll_once(app)
    # The batch's transaction was never committed: none of its mail is recorded, none marked.
    assert _mails(app) == []
    with app.mailbox() as box:
        flags = box._require().get_flags(box.uids_since(app.clock.now().date() - timedelta(days=2)))
    assert not any(b"$Rightsbot" in f for f in flags.values())
    monkeypatch.undo()
    report = poll_once(app)
    assert report.fetched == MAILS and len(report.cases_opened) == MAILS
    mails = _mails(app)
    assert sorted(m.uid for m in mails) == sorted(set(m.uid for m in mails)) and len(mails) == MAILS
    assert poll_once(app).fetched == 0


def test_mail_past_one_batch_is_taken_in_several(app, monkeypatch):
    app.settings = dataclasses.replace(app.settings, intake_batch=3)
    _backlog(app)
    stores = []
    real = IMAPClient.add_flags
    monkeypatch.setattr(IMAPClient, "add_flags", lambda self, uids, *a, **kw: stores.append(len(list(uids))) or
                        real(self, uids, *a, **kw))
    assert poll_once(app).fetched == MAILS
    assert stores == [3, 3, 1]
    _backlog(app, 2, start=MAILS)
    assert poll_once(app).fetched == 2
    assert len(_mails(app)) == MAILS + 2
