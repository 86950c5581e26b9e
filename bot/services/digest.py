"""The daily digest to staff: everything that waits for a person, and every mail the bot left alone.

It lists the open cases by the due date that counts today (so the overdue ones come first), the
drafts waiting for approval, the drafts a temporary failure put off (why, and the next try),
the drafts that failed or stopped mid-send, the open tasks, the cases to triage, and, one line
each with sender, subject and why, every mail flagged, quarantined or ignored that no digest has
listed yet: at a glance, no request was silently dropped. A mail is marked as listed in the
transaction that records the digest as sent.

`send_digest` is `rightsbot digest` (now, whatever the day); `digest_if_due` is what the service
runs: once a working day, from DIGEST_AT (TIMEZONE) while the office is open (OFFICE_HOURS).
"""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, select

from bot.adapters import store
from bot.core.deadlines import current_due_date
from bot.core.events import EventName
from bot.core.office import round_due
from bot.core.states import DraftStatus, MailState, Status, TaskStatus
from bot.services import standing, views
from bot.services.notices import send_notice

KIND = "digest"
# Incoming mail no case will answer, listed once each.
UNANSWERED = (MailState.FLAGGED, MailState.QUARANTINED, MailState.IGNORED, MailState.DUPLICATE)


def digest_if_due(app, stop=None) -> bool:
    """Send the day's digest if the office is open, DIGEST_AT has passed and it has not gone out."""
    settings = app.settings
    local_now = app.clock.now().astimezone(settings.timezone)
    if not round_due(local_now, settings.digest_at, settings.office_hours, app.calendar):
        return False
    key = f"daily/{local_now.date().isoformat()}"
    with app.store.session() as session:
        if session.exec(select(store.StaffNotice.id).where(store.StaffNotice.kind == KIND,
                                                           store.StaffNotice.key == key)).first():
            return False
    return send_digest(app, key=key)


def send_digest(app, key: str | None = None) -> bool:
    """Send a digest now (under `key`, once; by default a key of its own). True if it went out."""
    now = app.clock.now()
    key = key or f"manual/{now.isoformat()}"
    with app.store.session() as session:
        context, listed = _gather(app, session, now)

    def mark_listed(session: Session) -> None:
        if listed:
            session.exec(update(store.Mail).where(store.Mail.id.in_(listed)).values(reported_at=store.utc(now)))

    return send_notice(app, KIND, key, "staff/digest", context, EventName.DIGEST_SENT, on_sent=mark_listed,
                       cases=len(context["cases"]), mails=len(listed))


def _gather(app, session: Session, now) -> tuple[dict, list[int]]:
    tz = app.settings.timezone
    today = app.today(now)
    refs = {c.id: c.ref for c in store.list_cases(session)}
    with_notice = standing.cases_with_notice_sent(session)
    cases = []
    for case in standing.open_cases(session):
        due_on = current_due_date(case.due_date, case.extended_due_date, case.id in with_notice)
        overdue, days = standing.days_to(app, today, due_on)
        cases.append({"ref": case.ref, "rights": case.intents, "status": case.status, "due_on": due_on,
                      "overdue": overdue, "days": days, "waits": standing.waits(app, session, case, today)})
    cases.sort(key=lambda c: (c["due_on"], c["ref"]))
    drafts = store.list_drafts(session)
    mails = store.unreported_mail(session, UNANSWERED)
    last = session.exec(select(store.StaffNotice.sent_at).where(store.StaffNotice.kind == KIND,
                                                                store.StaffNotice.sent_at.is_not(None))
                        .order_by(store.StaffNotice.sent_at.desc())).first()

    def line(mail: store.Mail) -> dict:
        return {"id": mail.id, "from": mail.from_addr or "?", "subject": mail.subject or "", "ref": refs.get(mail.case_id),
                "why": mail.reason or mail.kind or "unknown"}

    def of(status: str) -> list[dict]:
        return [{"id": d.id, "ref": refs.get(d.case_id, ""), "template": d.template, "to": d.to_addr,
                 "reason": d.last_error or ""} for d in drafts if d.status == status]

    context = {
        "today": today,
        "since": store.aware(last).astimezone(tz).strftime("%Y-%m-%d %H:%M") if last else "",
        "cases": cases,
        "pending": of(DraftStatus.PENDING),
        "deferred": [d | {"next_try": d["next_attempt_at"][:16].replace("T", " ")} for d in views.deferred_drafts(app)],
        "failed": of(DraftStatus.FAILED),
        "sending": of(DraftStatus.SENDING),
        "tasks": [{"id": t.id, "ref": refs.get(t.case_id, ""), "title": t.title}
                  for t in store.list_tasks(session, TaskStatus.OPEN)],
        "triage": [c["ref"] for c in cases if c["status"] == Status.TRIAGE],
        "flagged": [line(m) for m in mails if m.state == MailState.FLAGGED],
        "quarantined": [line(m) for m in mails if m.state == MailState.QUARANTINED],
        "ignored": [line(m) for m in mails if m.state in (MailState.IGNORED, MailState.DUPLICATE)],
    }
    return context, [m.id for m in mails]
