"""Whether the bot can do its job: what intake and sending did last, the judgement, and the alerts
that follow from it. Pure: the records and "now" are given.

Rule 1. Intake (reading the mailbox) and sending (any mail over SMTP) record every attempt: a
        success, or a failure with its reason. Failures in a row make an outage: it starts at the
        first failure after a success and ends at the next success.
Rule 2. The bot is unhealthy when intake or sending has failed for ALERT_AFTER or longer, when the
        service's heartbeat (its `check` job writes one every CHECK_EVERY) is older than
        HEARTBEAT_STALE, or when the service beats but intake has not finished a pass, good or bad,
        for its poll interval plus ALERT_AFTER (a pass that hangs). With no heartbeat at all
        (`poll --once` from cron, no `rightsbot run`), only the outcomes are judged.
Rule 3. Staff get one alert for an outage once it has lasted ALERT_AFTER, and one mail when it ends
        (also when the alert itself could not go out, e.g. the office was closed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

ACTIVITIES = ("intake", "send")
# The service's `check` job runs this often; its heartbeat older than HEARTBEAT_STALE means the
# scheduler (or the whole service) has stopped.
CHECK_EVERY = timedelta(minutes=1)
HEARTBEAT_STALE = timedelta(minutes=5)
# Distinct failure reasons kept for one outage (the newest win).
KEEP_REASONS = 5


@dataclass(frozen=True)
class Failure:
    """One reason an activity failed for, how often, and when first and last."""

    reason: str
    count: int
    first: datetime
    last: datetime


@dataclass(frozen=True)
class Outage:
    since: datetime
    until: datetime
    failures: int
    reasons: tuple[Failure, ...]

    @property
    def length(self) -> timedelta:
        return self.until - self.since


@dataclass(frozen=True)
class Outcome:
    """What one activity did last (rule 1)."""

    last_ok: datetime | None = None
    failing_since: datetime | None = None  # None while it works
    failures: int = 0  # in the current outage
    reasons: tuple[Failure, ...] = ()  # of the current outage
    last_failure: datetime | None = None
    # The latest outage that lasted ALERT_AFTER, kept after it ended so that its end can be told.
    last_outage: Outage | None = None

    def succeeded(self, at: datetime, alert_after: timedelta) -> Outcome:
        ended = None
        if self.failing_since is not None:
            ended = Outage(self.failing_since, at, self.failures, self.reasons)
        keep = ended if ended is not None and ended.length >= alert_after else self.last_outage
        return replace(self, last_ok=at, failing_since=None, failures=0, reasons=(), last_outage=keep)

    def failed(self, at: datetime, reason: str) -> Outcome:
        reasons = [r for r in self.reasons if r.reason != reason]
        before = next((r for r in self.reasons if r.reason == reason), None)
        reasons.append(Failure(reason, before.count + 1, before.first, at) if before else Failure(reason, 1, at, at))
        return replace(self, failing_since=self.failing_since or at, failures=self.failures + 1,
                       reasons=tuple(reasons[-KEEP_REASONS:]), last_failure=at)

    def failing_for(self, now: datetime) -> timedelta | None:
        """How long it has been failing, or None while it works."""
        return None if self.failing_since is None else now - self.failing_since

    @property
    def last_run(self) -> datetime | None:
        """The last attempt, good or bad."""
        runs = [t for t in (self.last_ok, self.last_failure) if t is not None]
        return max(runs) if runs else None

    def to_json(self) -> dict:
        return {"last_ok": _iso(self.last_ok), "failing_since": _iso(self.failing_since), "failures": self.failures,
                "reasons": [_failure_json(r) for r in self.reasons], "last_failure": _iso(self.last_failure),
                "last_outage": None if self.last_outage is None else {
                    "since": _iso(self.last_outage.since), "until": _iso(self.last_outage.until),
                    "failures": self.last_outage.failures,
                    "reasons": [_failure_json(r) for r in self.last_outage.reasons]}}

    @classmethod
    def from_json(cls, data: Mapping) -> Outcome:
        outage = data.get("last_outage")
        return cls(last_ok=_time(data.get("last_ok")), failing_since=_time(data.get("failing_since")),
                   failures=int(data.get("failures") or 0), reasons=tuple(_failure(r) for r in data.get("reasons") or ()),
                   last_failure=_time(data.get("last_failure")),
                   last_outage=None if not outage else Outage(
                       _time(outage["since"]), _time(outage["until"]), int(outage.get("failures") or 0),
                       tuple(_failure(r) for r in outage.get("reasons") or ())))


@dataclass(frozen=True)
class Problem:
    """Why the bot is unhealthy: `what` is intake | send | scheduler."""

    what: str
    code: str  # failing | stalled | heartbeat_stale
    since: datetime | None
    text: str


def problems(now: datetime, outcomes: Mapping[str, Outcome], heartbeat: datetime | None, *,
             alert_after: timedelta, intake_every: timedelta) -> tuple[Problem, ...]:
    """Everything that makes the bot unhealthy now (rule 2); empty when it is healthy."""
    found: list[Problem] = []
    for what in ACTIVITIES:
        outcome = outcomes.get(what, Outcome())
        failing = outcome.failing_for(now)
        if failing is not None and failing >= alert_after:
            found.append(Problem(what, "failing", outcome.failing_since,
                                 f"{_NAMES[what]} has failed for {span(failing)} ({outcome.failures} attempts)"))
    if heartbeat is not None:
        if now - heartbeat > HEARTBEAT_STALE:
            found.append(Problem("scheduler", "heartbeat_stale", heartbeat,
                                 f"the service's last heartbeat was {span(now - heartbeat)} ago: it is not running"))
        else:
            last = outcomes.get("intake", Outcome()).last_run
            if last is not None and now - last > intake_every + alert_after:
                found.append(Problem("intake", "stalled", last,
                                     f"reading the mailbox has not finished a pass for {span(now - last)}"))
    return tuple(found)


@dataclass(frozen=True)
class Alert:
    """A staff mail due about one activity: it fails (`failing`) or works again (`recovered`)."""

    kind: str  # failing | recovered
    what: str  # intake | send
    since: datetime
    until: datetime | None
    failures: int
    reasons: tuple[Failure, ...]

    @property
    def key(self) -> str:
        """Sent once under this key: one alert and one recovery mail for each outage."""
        return f"{self.what}-{self.kind}/{self.since.isoformat()}"


def alerts_due(what: str, outcome: Outcome, now: datetime, alert_after: timedelta) -> list[Alert]:
    """The staff mails an activity's record calls for now (rule 3); sending each once is the caller's part."""
    failing = outcome.failing_for(now)
    if failing is not None and failing >= alert_after:
        return [Alert("failing", what, outcome.failing_since, None, outcome.failures, outcome.reasons)]
    outage = outcome.last_outage
    if failing is None and outage is not None and outage.length >= alert_after:
        return [Alert("recovered", what, outage.since, outage.until, outage.failures, outage.reasons)]
    return []


_NAMES = {"intake": "reading the mailbox", "send": "sending mail"}


def span(length: timedelta) -> str:
    """A length of time for people: "45 min", "2 h 5 min", "3 d 4 h"."""
    minutes = int(length.total_seconds() // 60)
    days, hours, minutes = minutes // 1440, minutes // 60 % 24, minutes % 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _failure_json(failure: Failure) -> dict:
    return {"reason": failure.reason, "count": failure.count, "first": _iso(failure.first), "last": _iso(failure.last)}


def _failure(data: Mapping) -> Failure:
    return Failure(str(data["reason"]), int(data["count"]), _time(data["first"]), _time(data["last"]))
