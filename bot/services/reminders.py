"""Deadline reminders to staff: before each open case's due date and every working day once it is
overdue, each sent once (`bot.core.reminders` decides which, `bot.services.notices` sends).

The due date is the one that counts today (`standing.current_due`): an extension moves it only
once its notice went out. `send_reminders` is `rightsbot remind`; `remind_if_due` is what the
service runs: on working days from the opening of OFFICE_HOURS, and never while the office is
closed (a reminder due then goes at the next opening; its days are counted on the day it goes).
"""

from __future__ import annotations

import logging

from bot.adapters import store
from bot.core.events import EventName
from bot.core.office import round_due
from bot.core.reminders import reminder_due
from bot.services import standing
from bot.services.notices import send_notice

log = logging.getLogger(__name__)
KIND = "reminder"


def send_reminders(app, stop=None) -> list[str]:
    """Send the reminders due today, once each; returns their keys ("DSR-2026-0001/2026-12-28/before-3")."""
    now = app.clock.now()
    today = app.today(now)
    due: list[tuple[int, str, dict]] = []
    with app.store.session() as session:
        for case in standing.open_cases(session):
            drafts = store.case_drafts(session, case.id)
            due_on = standing.current_due(case, drafts)
            sent = {key.split("/", 1)[1] for key in store.notice_keys(session, KIND, case.id)}
            reminder = reminder_due(due_on, standing.reminder_points(app, case), today, sent, app.calendar)
            if reminder is None:
                continue
            context = {
                "ref": case.ref, "rights": case.intents, "status": case.status, "requester": case.requester,
                "received_on": store.aware(case.received_at).astimezone(app.settings.timezone).date(),
                "due_on": due_on, "extended": due_on != case.due_date, "overdue": reminder.kind == "overdue",
                "days": reminder.days, "waits": standing.waits(app, session, case, today),
            }
            due.append((case.id, f"{case.ref}/{reminder.key}", context))
    sent_keys = []
    if due:
        outbox = app.outbox()
        for case_id, key, context in due:
            if stop is not None and stop.is_set():
                break
            if send_notice(app, KIND, key, "staff/reminder", context, EventName.REMINDER_SENT, case_id=case_id,
                           outbox=outbox, due_on=context["due_on"].isoformat(), days=context["days"],
                           overdue=context["overdue"]):
                sent_keys.append(key)
        log.info("reminders_sent count=%d", len(sent_keys))
    return sent_keys


def remind_if_due(app, stop=None) -> list[str]:
    """The service's reminder round: while the office is open (OFFICE_HOURS, working days), else nothing."""
    settings = app.settings
    local_now = app.clock.now().astimezone(settings.timezone)
    if not round_due(local_now, settings.office_hours.opens, settings.office_hours, app.calendar):
        return []
    return send_reminders(app, stop)
