"""Logging: one line per event, and a filter that keeps personal data out of the log.

The code logs events with counts and ids, never bodies or passwords. The filter is the second
line of defence: any email address that reaches a log record anyway is masked to its domain.
"""

from __future__ import annotations

import logging
import re

_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")


def _mask(text: str) -> str:
    return _ADDRESS.sub(lambda m: "***@" + m.group(0).rsplit("@", 1)[1], text)


class RedactAddresses(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _mask(record.getMessage())
        record.args = None
        return True


def configure(verbose: bool = False, level: str | None = None) -> None:
    """Log to stderr, one line an event: at `level` (LOG_LEVEL, for the service), else INFO with
    -v and WARNING without."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactAddresses())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level or (logging.INFO if verbose else logging.WARNING))
    # The libraries' own chatter (every job run, every migration step) only when debugging.
    quiet = root.level > logging.DEBUG
    for name in ("apscheduler", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING if quiet else logging.NOTSET)
