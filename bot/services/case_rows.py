"""A case's drafts, tasks, step marks and mail, as the walk along its workflows reads them.

`Stored` reads them from the store at every call. `Opened` holds those of a case opened in the
caller's transaction, as the code that opened it made them, and is handed along explicitly from
the opening (`casework.on_case_opened`) to the walk; it is never kept on the session, and it ends
with the call that opened the case. Nothing else can have written rows of that case: no other
transaction sees it before it is committed, and every row the walk makes is added where it is
made (`casework.raise_task`, `drafts.create_draft`, the step marks). Reading them back would find
only what is in hand: eleven reads a request mail, each a round trip on PostgreSQL (issue 14).
Rows the walk changes (a draft superseded, a task done) are the same objects, so they read as
changed. A savepoint rolled back takes the case with it, and the `Opened` with the call.
"""

from __future__ import annotations

from sqlmodel import Session

from bot.adapters import store
from bot.core.events import EventName


class Stored:
    """The case's rows as the store has them, read at each call."""

    def __init__(self, session: Session, case_id: int):
        self.session, self.case_id = session, case_id

    def drafts(self) -> list[store.Draft]:
        return store.case_drafts(self.session, self.case_id)

    def tasks(self) -> list[store.Task]:
        return store.case_tasks(self.session, self.case_id)

    def marks(self) -> list[store.StepMark]:
        return store.case_marks(self.session, self.case_id)

    def mails(self) -> list[store.Mail]:
        return store.case_mails(self.session, self.case_id)

    def edited(self) -> set[int]:
        """The drafts staff edited."""
        return {e.draft_id for e in store.case_events(self.session, self.case_id) if e.name == EventName.DRAFT_EDITED}

    def add(self, row) -> None:
        """A row made for the case: the store has it."""


class Opened:
    """The rows of a case opened in the caller's transaction, oldest first, as they were made."""

    def __init__(self, mail: store.Mail):
        self._mails = [mail]
        self._drafts: list[store.Draft] = []
        self._tasks: list[store.Task] = []
        self._marks: list[store.StepMark] = []
        # What other cases' rows say about an address's automatic replies (`autoreplies.history`),
        # read once: the batch holds the folder's intake row, and the walk writes this case's rows only.
        self.others: dict = {}

    def drafts(self) -> list[store.Draft]:
        return list(self._drafts)

    def tasks(self) -> list[store.Task]:
        return list(self._tasks)

    def marks(self) -> list[store.StepMark]:
        return list(self._marks)

    def mails(self) -> list[store.Mail]:
        return list(self._mails)

    def edited(self) -> set[int]:
        # Staff edit in a transaction of their own, which cannot see this case yet.
        return set()

    def add(self, row) -> None:
        kinds = {store.Draft: self._drafts, store.Task: self._tasks, store.StepMark: self._marks}
        kinds[type(row)].append(row)


CaseRows = Stored | Opened
