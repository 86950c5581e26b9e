"""The service's `check` job: tell staff when intake or sending has failed for ALERT_AFTER, and when
it works again; say it in the log when mail cannot tell them.

Each run (every minute, `bot.core.health.CHECK_EVERY`):
- an activity failing for ALERT_AFTER or longer is logged at error level, once an hour, for
  whatever watches the log (journald, a container runtime);
- the alerts `bot.core.health.alerts_due` names go to staff, each once (`notices`), only while the
  office is open (OFFICE_HOURS): an alert due at night goes at the next opening;
- an alert that cannot be sent (the SMTP server is what fails, say) is logged at error level once
  an hour and kept in the database, so that `rightsbot status` reports it, until an alert goes out.
The job's own heartbeat is written by the service like every job's; `status` checks it.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

from sqlmodel import select

from bot.adapters import store
from bot.core.events import EventName
from bot.core.health import ACTIVITIES, Alert, alerts_due, span
from bot.core.office import is_open
from bot.services import health
from bot.services.notices import send_notice

log = logging.getLogger(__name__)

KIND = "alert"
UNDELIVERED_KEY = "alerts.undelivered"
LOGGED_KEY = "alerts.logged."
LOG_EVERY = timedelta(hours=1)


def check(app) -> list[str]:
    """One check: log what has failed too long, send the alerts due; returns the keys of those sent."""
    settings, now = app.settings, app.clock.now()
    with app.store.session() as session:
        outcomes = health.outcomes(session)
    sent: list[str] = []
    office_open = is_open(now.astimezone(settings.timezone), settings.office_hours, app.calendar)
    for what in ACTIVITIES:
        outcome = outcomes[what]
        failing = outcome.failing_for(now)
        if failing is not None and failing >= settings.alert_after and _hourly(app, what, now):
            log.error("health_failing what=%s since=%s for=%s failures=%d error=%s", what,
                      outcome.failing_since.isoformat(timespec="seconds"), span(failing).replace(" ", ""),
                      outcome.failures, outcome.reasons[-1].reason if outcome.reasons else "")
        if not office_open:
            continue
        for alert in _due(app, what, outcome, now):
            if _send(app, alert, now):
                sent.append(alert.key)
    return sent


def _due(app, what: str, outcome, now: datetime) -> list[Alert]:
    """The alerts due for `what` that have not gone out yet."""
    due = alerts_due(what, outcome, now, app.settings.alert_after)
    if not due:
        return []
    with app.store.session() as session:
        done = set(session.exec(select(store.StaffNotice.key).where(
            store.StaffNotice.kind == KIND, store.StaffNotice.key.in_([a.key for a in due]))))
    return [a for a in due if a.key not in done]


def _send(app, alert: Alert, now: datetime) -> bool:
    settings = app.settings
    tz = settings.timezone
    server = (f"{settings.imap_host}:{settings.imap_port}" if alert.what == "intake"
              else f"{settings.smtp_host}:{settings.smtp_port}")
    context = {
        "what": alert.what, "server": server, "failures": alert.failures,
        "since": _local(alert.since, tz), "until": _local(alert.until, tz) if alert.until else "",
        "length": span((alert.until or now) - alert.since),
        "reasons": [{"reason": r.reason, "count": r.count, "last": _local(r.last, tz)} for r in alert.reasons],
    }
    try:
        ok = send_notice(app, KIND, alert.key, f"staff/service-{alert.kind}", context, EventName.ALERT_SENT,
                         what=alert.what, alert=alert.kind, since=alert.since.isoformat())
    except Exception as exc:
        _undelivered(app, alert, now, health.describe(exc))
        return False
    if ok:
        log.warning("alert_sent what=%s alert=%s since=%s", alert.what, alert.kind, alert.since.isoformat())
        _delivered(app)
    return ok


def _undelivered(app, alert: Alert, now: datetime, reason: str) -> None:
    """Staff could not be mailed: kept for `status`, and said in the log once an hour."""
    with app.store.session() as session:
        kept = json.loads(store.get_setting(session, UNDELIVERED_KEY) or "{}")
        kept = {"since": kept.get("since") or now.isoformat(), "last": now.isoformat(), "reason": reason,
                "alert": f"{alert.what}-{alert.kind}"}
        store.put_setting(session, UNDELIVERED_KEY, json.dumps(kept))
    if _hourly(app, "undelivered", now):
        log.error("alert_not_sent what=%s alert=%s since=%s error=%s", alert.what, alert.kind, kept["since"], reason)


def _delivered(app) -> None:
    with app.store.session() as session:
        row = session.get(store.Setting, UNDELIVERED_KEY)
        if row is not None:
            session.delete(row)


def undelivered(session) -> dict | None:
    """The alert staff could not be mailed, if one is outstanding: {"since", "last", "reason", "alert"}."""
    value = store.get_setting(session, UNDELIVERED_KEY)
    return json.loads(value) if value else None


def _hourly(app, what: str, now: datetime) -> bool:
    """True at most once an hour for `what`: the error lines repeat hourly, not every minute."""
    with app.store.session() as session:
        last = store.get_setting(session, LOGGED_KEY + what)
        if last and now - datetime.fromisoformat(last) < LOG_EVERY:
            return False
        store.put_setting(session, LOGGED_KEY + what, now.isoformat())
        return True


def _local(value: datetime, tz) -> str:
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")
