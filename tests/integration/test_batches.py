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
from sqlalchemy.orm import object_session

from bot.adapters import store
from bot.services import autoreplies, case_rows, intake
from bot.services.intake import poll_once
from tests.integration.test_rights import AINO, EMILY, MATTI, app  # noqa: F401

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
# drafts. Then 12, now 11: the savepoint and its release, the mail, the case number, the case, the
# mail's case id, one read of the address's automatic replies (the other cases'; the case's own rows
# are in hand), the two drafts, the task and the events. The Message-ID check is one query a batch.
REQUEST_STATEMENTS = 11


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


def test_the_rows_in_hand_are_the_stores(app, monkeypatch):
    """A case opened by a mail is planned and drafted from its rows as they were made, handed along
    (`case_rows.Opened`), and its automatic replies checked from one read of the other cases: each
    such read must find what reading the store finds. One batch of mixed requests: customers on
    record asking several rights at once (data-bearing letters, a marketing ban the bot does itself),
    strangers, and one address past the daily limit of automatic replies (its steps marked held)."""
    app.settings = dataclasses.replace(app.settings, max_auto_replies_per_day=3)
    checked: Counter = Counter()

    def compared(name):
        in_hand = getattr(case_rows.Opened, name)

        def read(rows):
            got = in_hand(rows)
            mail = rows._mails[0]  # the mail that opened the case
            want = getattr(case_rows.Stored(object_session(mail), mail.case_id), name)()
            # The same rows, the very objects the session holds.
            assert (got == want) if name == "edited" else [id(r) for r in got] == [id(r) for r in want], name
            checked[name] += 1
            return got
        return read

    for name in ("drafts", "tasks", "marks", "mails", "edited"):
        monkeypatch.setattr(case_rows.Opened, name, compared(name))
    real_known = autoreplies.known

    def known(session, address, now, case, rows):
        got, want = real_known(session, address, now, case, rows), autoreplies.history(session, address, now)
        assert (got.flagged, sorted(got.drafts, key=str), sorted(got.theirs)) == (
            want.flagged, sorted(want.drafts, key=str), sorted(want.theirs))
        checked["known"] += 1
        return got

    monkeypatch.setattr(autoreplies, "known", known)
    mails = [(MATTI, "Please send me a copy of all my personal data, then delete it. Stop all marketing to me."),
             (AINO, "I want a copy of my personal data. Please also correct my address to Uusikatu 5, Lahti."),
             (EMILY, "Stop sending me your newsletter, I withdraw my consent to marketing."),
             ("stranger@example.org", "Please delete all my personal data.")] + [
             ("eager@example.org", "Please delete all my personal data.")] * 3
    with app.mailbox() as box:
        for i, (sender, body) in enumerate(mails):
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", "Request"
            msg["Message-ID"] = f"<in-hand-{i}@example.com>"
            msg.set_content(f"Hello,\n\n{body}\n")
            box.append(msg.as_bytes(), when=app.clock.now() - timedelta(hours=1))
    report = poll_once(app)
    assert len(report.cases_opened) == len(mails)
    # Every kind of read was made (staff's edits are not: no draft at intake joins a waiting reply).
    assert all(checked[n] for n in ("drafts", "tasks", "marks", "mails", "known")), checked
    with app.store.session() as session:
        reasons = [m.reason for c in store.list_cases(session) for m in store.case_marks(session, c.id)]
    assert "auto-reply-limit" in reasons


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


def _append(app, header: bytes, body: str, sender: str = "dup@example.com") -> None:
    """A request whose Message-ID header is written as given (its spelling, its folding)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", "Request"
    msg.set_content(f"Hello,\n\n{body}\n")
    with app.mailbox() as box:
        box.append(header + b"\r\n" + msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")),
                   when=app.clock.now() - timedelta(hours=1))


def test_message_ids_are_checked_once_a_batch_and_copies_still_found(app):
    """Issue 14: the Message-ID check is one query a batch, not one a mail; a copy is still a duplicate
    whether its first was recorded by an earlier pass or earlier in the same batch, and whatever the
    header's spelling (`Message-Id`, folded onto a second line)."""
    # Below 80 KB of other headers: past what is searched at once, so looked up on its own.
    deep = b"".join(b"X-Filler-%d: %s\r\n" % (i, b"a" * 70) for i in range(1000)) + b"Message-ID: <deep@example.com>"
    _append(app, b"Message-ID: <first@example.com>", "Please delete all my personal data.")
    _append(app, deep, "Please delete all my personal data.", sender="d@example.com")
    assert len(poll_once(app).cases_opened) == 2
    _append(app, b"Message-ID: <first@example.com>", "Please delete all my personal data.")  # an earlier pass's
    _append(app, deep, "Please delete all my personal data.", sender="d@example.com")
    _append(app, b"Message-ID: <second@example.com>", "I want a copy of my personal data.", sender="b@example.com")
    _append(app, b"Message-Id: <second@example.com>", "I want a copy of my personal data.",
            sender="b@example.com")  # this batch's, spelt otherwise
    _append(app, b"message-id: <third@example.com>", "Stop your newsletter.", sender="c@example.com")
    _append(app, b"Message-ID:\r\n <third@example.com>", "Stop your newsletter.", sender="c@example.com")  # folded
    statements: list[str] = []
    event.listen(app.store.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, params, context, many: statements.append(sql))
    report = poll_once(app)
    assert report.fetched == 6 and report.skipped == 4 and len(report.cases_opened) == 2
    states = Counter((m.message_id, m.state) for m in _mails(app))
    assert states == Counter({("<first@example.com>", "processed"): 1, ("<first@example.com>", "duplicate"): 1,
                              ("<deep@example.com>", "processed"): 1, ("<deep@example.com>", "duplicate"): 1,
                              ("<second@example.com>", "processed"): 1, ("<second@example.com>", "duplicate"): 1,
                              ("<third@example.com>", "processed"): 1, ("<third@example.com>", "duplicate"): 1})
    # One lookup for the batch, one for each mail whose ID an earlier mail of the batch carried, one for
    # the ID below what is searched.
    lookups = [s for s in statements if "FROM mail" in s and "mail.message_id" in s.split("WHERE", 1)[-1]]
    assert len(lookups) <= 4, lookups
