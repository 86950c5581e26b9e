"""`rightsbot status`: can the bot do its job, and what waits. Read from the database, so it works
from any process (a shell, cron, a monitoring agent, the staff console's health address) while
`rightsbot run` works in another.

`status(app)` returns the stable JSON shape documented in the README; `healthy` is the judgement of
`bot.core.health.problems`, the one place that decides it. `text(report)` is the same for people.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import select

from bot.adapters import store
from bot.core.errors import BotError
from bot.core.health import Outcome, problems, span
from bot.core.states import DraftStatus, TaskStatus
from bot.services import alerts, autoreplies, health, standing

WAITING_DRAFTS = (DraftStatus.PENDING, DraftStatus.APPROVED, DraftStatus.SENDING, DraftStatus.FAILED)


def status(app) -> dict:
    """Everything `rightsbot status --json` prints (README: "Is it working? rightsbot status")."""
    settings, now = app.settings, app.clock.now()
    tz = settings.timezone
    today = app.today(now)
    with app.store.session() as session:
        outcomes = health.outcomes(session)
        beats = health.heartbeats(session)
        undelivered = alerts.undelivered(session)
        counts = dict(session.exec(select(store.Draft.status, func.count()).where(
            store.Draft.status.in_(list(WAITING_DRAFTS))).group_by(store.Draft.status)).all())
        with_notice = standing.cases_with_notice_sent(session)
        open_cases = standing.open_cases(session)
        overdue = [c.ref for c in open_cases if standing.due_fields(app, c, c.id in with_notice, today)["overdue"]]
        # Open cases come oldest first: the clock of the first has run longest.
        oldest = open_cases[0] if open_cases else None
        oldest_row = None if oldest is None else {
            "ref": oldest.ref, "status": oldest.status, "received_at": _local(store.aware(oldest.received_at), tz),
            "due_date": standing.due_fields(app, oldest, oldest.id in with_notice, today)["current_due_date"],
            "overdue": oldest.ref in overdue}
        refs = {c.id: c.ref for c in open_cases}
        loops = [{"case_ref": refs.get(t.case_id) or "", "task_id": t.id}
                 for t in store.list_tasks(session, TaskStatus.OPEN) if t.task == autoreplies.LOOP_TASK]
    beat = _time(beats.get("check", {}).get("at"))
    found = problems(now, outcomes, beat, alert_after=settings.alert_after,
                     intake_every=timedelta(seconds=settings.poll_seconds))
    return {
        "healthy": not found,
        "checked_at": _local(now, tz),
        "alert_after": span(settings.alert_after),
        "problems": [{"what": p.what, "code": p.code, "since": _local(p.since, tz), "text": p.text} for p in found],
        "intake": _outcome_row(outcomes["intake"], tz),
        "send": _outcome_row(outcomes["send"], tz),
        "service": {"heartbeat": _local(beat, tz),
                    "jobs": {job: {"at": _local(_time(b.get("at")), tz), "ok": b.get("ok"), "error": b.get("error")}
                             for job, b in sorted(beats.items())}},
        "alerts_undelivered": None if undelivered is None else {
            "since": _local(_time(undelivered["since"]), tz), "reason": undelivered.get("reason", ""),
            "alert": undelivered.get("alert", "")},
        "drafts_waiting": {s.value: counts.get(s.value, 0) for s in WAITING_DRAFTS},
        "cases_overdue": overdue,
        "oldest_unanswered": oldest_row,
        "sign_in_expires": _sign_in(app, tz),
        "loops": loops,
    }


def _outcome_row(outcome: Outcome, tz) -> dict:
    return {"last_ok": _local(outcome.last_ok, tz), "failing_since": _local(outcome.failing_since, tz),
            "failures": outcome.failures,
            "reasons": [{"reason": r.reason, "count": r.count, "first": _local(r.first, tz), "last": _local(r.last, tz)}
                        for r in outcome.reasons]}


def _sign_in(app, tz) -> dict | None:
    """When the OAuth2 access token of each protocol that uses one expires; None with passwords."""
    settings = app.settings
    if app.tokens is None:
        return None
    found: dict[str, str | None] = {}
    for protocol, auth, username in (("imap", settings.imap_auth, settings.imap_username),
                                     ("smtp", settings.smtp_auth, settings.smtp_username)):
        if auth != "oauth2" or not username:
            continue
        try:
            found[protocol] = _local(app.tokens.expires_at(username), tz)
        except BotError:
            # The token file cannot be read (e.g. its mode): the next sign-in says why.
            found[protocol] = None
    return found


def text(report: dict) -> str:
    """`rightsbot status` for people: the verdict first, then one line a thing."""
    lines = [f"rightsbot is {'healthy' if report['healthy'] else 'UNHEALTHY'} ({report['checked_at']})"]
    lines += [f"  ! {p['text']} (since {p['since']})" for p in report["problems"]]
    for what, name in (("intake", "intake"), ("send", "sending")):
        row = report[what]
        lines.append(f"  {name:<10} last success {row['last_ok'] or 'never'}"
                     + (f"; FAILING since {row['failing_since']} ({row['failures']} attempts)" if row["failing_since"] else ""))
        lines += [f"{'':13}{r['reason']} ({r['count']}x, last {r['last']})" for r in row["reasons"]]
    service = report["service"]
    lines.append(f"  {'service':<10} " + (f"last heartbeat {service['heartbeat']}" if service["heartbeat"] else
                                          "no heartbeat: `rightsbot run` has not run on this database"))
    if report["alerts_undelivered"]:
        und = report["alerts_undelivered"]
        lines.append(f"  {'alerts':<10} staff could NOT be mailed since {und['since']}: {und['reason']}")
    drafts = report["drafts_waiting"]
    lines.append(f"  {'drafts':<10} {drafts['pending']} waiting for approval, {drafts['approved']} approved and not yet sent"
                 + (f", {drafts['sending']} stopped mid-send" if drafts["sending"] else "")
                 + (f", {drafts['failed']} failed" if drafts["failed"] else ""))
    overdue = report["cases_overdue"]
    lines.append(f"  {'overdue':<10} " + (f"{len(overdue)}: {', '.join(overdue)}" if overdue else "none"))
    oldest = report["oldest_unanswered"]
    lines.append(f"  {'oldest':<10} " + (f"{oldest['ref']} ({oldest['status']}), received {oldest['received_at']}, "
                                         f"due {oldest['due_date']}{' OVERDUE' if oldest['overdue'] else ''}"
                                         if oldest else "no case waits for an answer"))
    sign_in = report["sign_in_expires"]
    if sign_in is not None:
        lines.append(f"  {'sign-in':<10} " + ", ".join(f"{p.upper()} token expires {at or 'unknown (none stored)'}"
                                                       for p, at in sign_in.items())
                     + " (renewed by itself before then)")
    for loop in report["loops"]:
        lines.append(f"  {'loop':<10} {loop['case_ref']}: automatic mail stopped, see task #{loop['task_id']}")
    return "\n".join(lines)


def _local(value: datetime | None, tz) -> str | None:
    return value.astimezone(tz).isoformat(timespec="seconds") if value is not None else None


def _time(value) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
