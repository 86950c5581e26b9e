"""Mail loops with other bots: which of our replies are automatic, how many one address gets, and
what counts as a loop. Pure: the times are given.

Requester-side tools send machine-written requests and answer our mail by themselves, often
without `Auto-Submitted` (RFC 3834), so headers alone cannot stop a loop. Counting can.

Rule 1. Automatic mail is what we send because a mail arrived, the same words whoever wrote: the
        acknowledgement and the identity request, and any step a workflow marks `send = "auto"`.
        It stays automatic when a member of staff lets it go: approving a form letter does not
        make it an answer. Every other reply (data, decisions, refusals, notices, staff's own
        text) is written for its case and approved by a person: it is never held back here.
Rule 2. One address gets at most MAX_AUTO_REPLIES_PER_DAY automatic mails in any 24 hours. One
        beyond that is not drafted; one drafted earlier and approved waits until the 24 hours
        since the oldest counted have passed.
Rule 3. A loop: within one hour, an address has written to us LOOP_ANSWERS times after an
        automatic mail of ours to it in that hour. A person writes once or twice after our
        acknowledgement and identity request (thanks, their details); a machine answers every
        mail at once. A loop is flagged for staff (a task), and the address gets no more automatic
        mail until staff mark that task done. Machine senders open new threads as readily as they
        reply, so the address, not the References header, is what ties a loop together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.core.planning import ACK_TEMPLATE

AUTOMATIC_TEMPLATES = frozenset({ACK_TEMPLATE, "customer/identity-request"})
DAY = timedelta(hours=24)
LOOP_WINDOW = timedelta(hours=1)
LOOP_ANSWERS = 3

# Why an automatic mail was held back (StepMark reasons and draft errors).
LIMIT_REASON = "auto-reply-limit"
LOOP_REASON = "mail-loop"


def is_automatic(template: str, auto: bool) -> bool:
    """Rule 1: a reply that counts against the daily limit and stops in a loop."""
    return auto or template in AUTOMATIC_TEMPLATES


def limit_reached(times: Sequence[datetime], now: datetime, limit: int) -> bool:
    """Rule 2: whether `times` (automatic mails to one address) leave no room for another now."""
    return sum(1 for t in times if now - DAY < t <= now) >= limit


def room_at(times: Sequence[datetime], now: datetime, limit: int) -> datetime:
    """When the next automatic mail fits in the 24 hours (now, if it fits now)."""
    recent = sorted(t for t in times if now - DAY < t <= now)
    if len(recent) < limit:
        return now
    # The oldest mails that must leave the window before one more fits.
    return recent[len(recent) - limit] + DAY if limit > 0 else now + DAY


def answers(ours: Sequence[datetime], theirs: Sequence[datetime], now: datetime) -> int:
    """Rule 3: their mails in the last hour that came after an automatic mail of ours in that hour."""
    start = now - LOOP_WINDOW
    first = min((t for t in ours if start < t <= now), default=None)
    if first is None:
        return 0
    return sum(1 for t in theirs if first < t <= now)


def is_loop(ours: Sequence[datetime], theirs: Sequence[datetime], now: datetime) -> bool:
    return answers(ours, theirs, now) >= LOOP_ANSWERS
