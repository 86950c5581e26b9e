"""Staff actions on incoming mail that is not simply a case's: marking a flagged mail as dealt with.

A flagged mail (a stranger writing into a case, a bounce of our reply, a mail the classifier was
unsure of) waits for a person. `resolve` records that a person dealt with it, and how, so it leaves
the `rightsbot mail --state flagged` list but stays on record with the note.
"""

from __future__ import annotations

from bot.adapters import store
from bot.core.errors import IllegalTransition, NotFound, StaffError
from bot.core.events import EventName
from bot.core.states import MailEvent, mail_transition
from bot.services.staff import require_reason, staff_action


def resolve(app, mail_id: int, by: str, note: str) -> store.Mail:
    """Mark a flagged mail as dealt with; `note` says what was done (e.g. "a colleague, not the customer")."""
    with staff_action(app, by) as act:
        note = require_reason(note, "--note")
        mail = act.session.get(store.Mail, mail_id)
        if mail is None or mail.direction != "in":
            raise NotFound(f"no incoming mail {mail_id}")
        try:
            mail.state = mail_transition(mail.state, MailEvent.RESOLVE).value
        except IllegalTransition:
            raise StaffError(f"mail #{mail_id} is {mail.state}, not flagged") from None
        mail.resolved_by, mail.resolved_at, mail.resolution = act.by, store.utc(act.now), note
        act.session.add(mail)
        act.record(EventName.MAIL_RESOLVED, case_id=mail.case_id, mail_id=mail.id)
        return mail
