"""Staff sign-in to the console: how long a mailed link and a session last, and how many attempts
are allowed. Pure: the services read the clock and the database and ask these functions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

# A mailed link is good for one use within a quarter of an hour (issue 11); a session for a working day.
LINK_VALID = timedelta(minutes=15)
SESSION_VALID = timedelta(hours=12)
# Attempts are counted over this window.
ATTEMPT_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class Limit:
    """At most `most` attempts of one kind from one key (an address, a client) in ATTEMPT_WINDOW."""

    kind: str
    most: int


# Links asked for one address: enough for a typo and a retry, too few to flood a colleague's inbox.
LINKS_PER_ADDRESS = Limit("link-address", 3)
# Links asked for from one client (behind the reverse proxy: the address it forwards).
LINKS_PER_CLIENT = Limit("link-client", 10)
# Links presented from one client that were forged, used or expired.
BAD_LINKS_PER_CLIENT = Limit("bad-link-client", 10)


def token_hash(token: str) -> str:
    """What the database keeps of a link or session token: a leaked table signs nobody in."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def link_refusal(created_at: datetime, used_at: datetime | None, now: datetime) -> str | None:
    """Why a stored link cannot sign anyone in now ("used", "expired"), or None when it can."""
    if used_at is not None:
        return "used"
    if now - created_at > LINK_VALID or now < created_at:
        return "expired"
    return None


def session_live(created_at: datetime, ended_at: datetime | None, now: datetime) -> bool:
    """A session counts until it is ended (sign-out) or SESSION_VALID has passed."""
    return ended_at is None and created_at <= now <= created_at + SESSION_VALID


def over_limit(recent_attempts: int, limit: Limit) -> bool:
    """True when one more attempt would exceed the limit, given the attempts in the window so far."""
    return recent_attempts >= limit.most
