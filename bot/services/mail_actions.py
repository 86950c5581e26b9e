"""Staff actions on incoming mail that is not simply a case's: marking a flagged mail as dealt with,
or reading one that opened no case as a request.

A flagged mail (a stranger writing into a case, a bounce of our reply, a mail the classifier was
unsure of) waits for a person. `resolve` records that a person dealt with it, and how, so it leaves
the `rightsbot mail --state flagged` list but stays on record with the note. `open_case` opens a
case for a mail the classifier was unsure of, counted from the mail's arrival.
"""

from __future__ import annotations

from sqlmodel import Session

from bot.adapters import store
from bot.core.errors import IllegalTransition, NotFound, StaffError
from bot.core.events import EventName
from bot.core.states import MailEvent, mail_transition
from bot.services.intake import open_case_from_mail
from bot.services.staff import require_reason, staff_action


def _flagged(session: Session, mail_id: int, event: MailEvent) -> store.Mail:
    """The flagged incoming mail `mail_id`, moved on by `event`; a clear error for any other."""
    mail = session.get(store.Mail, mail_id)
    if mail is None or mail.direction != "in":
        raise NotFound(f"no incoming mail {mail_id}")
    try:
        mail.state = mail_transition(mail.state, event).value
    except IllegalTransition:
        raise StaffError(f"mail #{mail_id} is {mail.state}, not flagged") from None
    return mail


def resolve(app, mail_id: int, by: str, note: str) -> store.Mail:
    """Mark a flagged mail as dealt with; `note` says what was done (e.g. "a colleague, not the customer")."""
    with staff_action(app, by) as act:
        note = require_reason(note, "--note")
        mail = _flagged(act.session, mail_id, MailEvent.RESOLVE)
        mail.resolved_by, mail.resolved_at, mail.resolution = act.by, store.utc(act.now), note
        act.session.add(mail)
        act.record(EventName.MAIL_RESOLVED, case_id=mail.case_id, mail_id=mail.id)
        return mail


def open_case(app, mail_id: int, by: str) -> store.Case:
    """A person read a flagged mail that opened no case as a request: a case for triage, from its arrival time."""
    with staff_action(app, by) as act:
        mail = _flagged(act.session, mail_id, MailEvent.OPEN_CASE)
        if mail.case_id is not None:
            raise StaffError(f"mail #{mail_id} is on a case already; act on the case")
        case = open_case_from_mail(app, act.session, mail)
        mail.resolved_by, mail.resolved_at, mail.resolution = act.by, store.utc(act.now), "read as a request"
        act.session.add(mail)
        act.record(EventName.MAIL_RESOLVED, case_id=case.id, mail_id=mail.id)
        return case
