"""`rightsbot run`: the bot working by itself, for months, until told to stop.

Jobs (all built in `jobs()`, one place; each runs at start and never twice at once):
- intake: `poll_once`, woken within a second by IMAP IDLE when the server offers it (a watcher
  thread keeps one connection idling, re-issued every `IDLE_RENEW` as RFC 2177 advises), and every
  POLL_SECONDS anyway, as the fallback and the safety net;
- send: approved drafts, every `SEND_EVERY`;
- remind: on working days at the opening of OFFICE_HOURS; digest: at DIGEST_AT (or the opening, if
  later); both at start too, and neither sends while the office is closed;
- housekeeping: drafts a stop left `sending`, copies not yet in the Sent folder, every ten minutes
  (so a draft a crash left `sending` is reconciled soon after a restart);
- check: every minute, alerts staff when intake or sending has failed for ALERT_AFTER (and when it
  works again); its heartbeat is what `rightsbot status` reads to know the service runs.

Faults: a job that fails (mailbox, SMTP server or database unreachable, or anything else) is
logged in one line and tried again with backoff; the service never dies of it. The IDLE watcher
reconnects with backoff too. Each run writes a heartbeat (`heartbeat.<job>` in the settings
table: time, ok, error), and each intake pass records its outcome (`bot.services.health`), both
read by `rightsbot status` from another process.

Stopping: SIGTERM or SIGINT sets `stop`; every job checks it between two items (mails, drafts,
cases), so the item in hand is finished and committed, and the process exits 0.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from dataclasses import replace
from datetime import timedelta

from bot.adapters import logs, store
from bot.adapters.scheduler import Job, OneAtATime, Scheduler, backoff
from bot.core.health import CHECK_EVERY
from bot.core.mail.parse import parse
from bot.core.reading.classify import classify
from bot.services import health
from bot.services.alerts import check
from bot.services.digest import digest_if_due
from bot.services.housekeeping import housekeep
from bot.services.intake import poll_once
from bot.services.reminders import remind_if_due
from bot.services.sending import send_approved

log = logging.getLogger("bot.service")

SEND_EVERY = timedelta(seconds=30)
HOUSEKEEPING_EVERY = timedelta(minutes=10)
# RFC 2177: re-issue IDLE at least every 29 minutes; some servers and NAT routers drop a silent
# connection after about ten, so sooner.
IDLE_RENEW = timedelta(minutes=9)
WATCHER_JOIN_SECONDS = 10


def jobs(app, stop: threading.Event, intake) -> list[Job]:
    """Every job of the service. A new kind of work is added here, and nowhere else."""
    settings = app.settings
    return [
        Job("intake", intake, every=timedelta(seconds=settings.poll_seconds)),
        Job("send", lambda: send_approved(app, stop), every=SEND_EVERY),
        Job("remind", lambda: remind_if_due(app, stop), at=settings.office_hours.opens),
        Job("digest", lambda: digest_if_due(app, stop), at=max(settings.digest_at, settings.office_hours.opens)),
        Job("housekeeping", lambda: housekeep(app, stop), every=HOUSEKEEPING_EVERY),
        Job("check", lambda: check(app), every=CHECK_EVERY),
    ]


class Service:
    """The jobs on a scheduler, plus the IDLE watcher. `start()`, then `shutdown()`."""

    def __init__(self, app):
        self.app = app
        self.stop = threading.Event()
        # Set while the watcher's connection waits in IDLE (for a status command, and benchmarks).
        self.idling = threading.Event()
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()
        intake = OneAtATime(lambda: health.recorded(app, "intake", lambda: poll_once(app, self.stop)))
        self.jobs = {job.id: replace(job, func=self._guarded(job.id, job.func))
                     for job in jobs(app, self.stop, intake)}
        self.scheduler = Scheduler(list(self.jobs.values()), app.settings.timezone)
        self._watcher = threading.Thread(target=self._watch, name="imap-idle", daemon=True)

    def run_job(self, job_id: str) -> None:
        """Run one job now, in this thread, as the scheduler would."""
        self.jobs[job_id].func()

    def start(self) -> None:
        _warm_up()
        self.scheduler.start()
        self._watcher.start()
        settings = self.app.settings
        log.info("service_started poll_seconds=%d digest_at=%s staff=%d", settings.poll_seconds,
                 settings.digest_at.strftime("%H:%M"), len(settings.staff_emails))

    def shutdown(self) -> None:
        self.stop.set()
        if self._watcher.is_alive():
            self._watcher.join(WATCHER_JOIN_SECONDS)
        self.scheduler.shutdown()
        log.info("service_stopped")

    # -- faults ---------------------------------------------------------------------------------

    def _guarded(self, job_id: str, func):
        def run() -> None:
            if self.stop.is_set():
                return
            try:
                func()
            except Exception as exc:
                with self._lock:
                    failures = self._failures[job_id] = self._failures.get(job_id, 0) + 1
                delay = backoff(failures)
                log.warning("job_failed job=%s failures=%d retry_in=%ds error=%s", job_id, failures,
                            delay.total_seconds(), health.describe(exc))
                self._heartbeat(job_id, ok=False, error=type(exc).__name__)
                self._retry(job_id, delay)
            else:
                with self._lock:
                    self._failures[job_id] = 0
                self._heartbeat(job_id, ok=True)

        return run

    def _retry(self, job_id: str, delay: timedelta) -> None:
        try:
            self.scheduler.retry_in(job_id, delay)
        except Exception as exc:
            # Shutting down: the scheduler takes no more changes; the next start catches up.
            log.debug("retry_not_scheduled job=%s error=%s", job_id, type(exc).__name__)

    def _heartbeat(self, job_id: str, ok: bool, error: str | None = None) -> None:
        beat = {"at": self.app.clock.now().isoformat(timespec="seconds"), "ok": ok, "error": error}
        try:
            with self.app.store.session() as session:
                store.put_setting(session, health.HEARTBEAT_KEY + job_id, json.dumps(beat))
        except store.DB_OUTAGES as exc:
            log.debug("heartbeat_not_written job=%s error=%s", job_id, type(exc).__name__)

    # -- IMAP IDLE ------------------------------------------------------------------------------

    def _watch(self) -> None:
        """Keep one connection in IDLE and run intake whenever the server announces new mail."""
        intake = self.jobs["intake"].func
        failures = 0
        while not self.stop.is_set():
            try:
                with self.app.mailbox() as box:
                    if not box.supports_idle():
                        log.info("imap_idle_unsupported poll_seconds=%d", self.app.settings.poll_seconds)
                        return
                    failures = 0
                    # Whatever came while nobody watched.
                    intake()
                    log.info("imap_idle_started")
                    while not self.stop.is_set():
                        self.idling.set()
                        woke = box.idle(IDLE_RENEW.total_seconds(), self.stop)
                        self.idling.clear()
                        if woke:
                            log.debug("imap_idle_woke")
                            intake()
            except Exception as exc:
                self.idling.clear()
                failures += 1
                delay = backoff(failures)
                log.warning("imap_idle_lost retry_in=%ds error=%s", delay.total_seconds(), health.describe(exc))
                self.stop.wait(delay.total_seconds())


def _warm_up() -> None:
    """Load what the first mail would (the language model, the classifier's tables), so that mail
    is not the slow one."""
    classify(parse(b"From: warm-up@example.test\r\nSubject: warm-up\r\n\r\nPlease send me my data.\r\n"))


def run(app) -> int:
    """Run until SIGTERM or SIGINT; exit 0 once the work in hand is done."""
    logs.configure(level=app.settings.log_level)
    service = Service(app)

    def on_signal(signum, _frame) -> None:
        log.info("service_stopping signal=%s", signal.Signals(signum).name)
        service.stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    service.start()
    try:
        while not service.stop.wait(1):
            pass
    finally:
        service.shutdown()
    return 0

