"""When the customer's own mail was sent, read from the header block of an inline forward. Pure.

A customer's mail that a member of staff forwards to info@ reached the controller when it reached
the staff member, not when the forward arrived (EDPB 01/2022 §159: receipt through any official
channel counts). Mail clients write the original's date into the forwarded header block, in the
client's language: "Date: Mon, 23 Nov 2026 14:02:11 +0200", "Sent: Monday, November 23, 2026
2:02 PM", "Lähetetty: maanantai 23. marraskuuta 2026 14.02", "Skickat: den 23 november 2026 14:02".
dateparser reads these in fi, sv and en; a date without a zone is read in the controller's zone.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

# The first line of a forwarded block, then its header lines (the forms quoting.py also knows).
_FORWARD_START = re.compile(
    r"^\s*[-_=*\s]{0,20}(forwarded message|välitetty viesti|edelleenlähetetty viesti|vidarebefordrat meddelande|"
    r"begin forwarded message|original message|alkuperäinen viesti|ursprungligt meddelande)[-_=*\s:]{0,20}$"
    r"|^\s*\**(from|lähettäjä|från)\**\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_LINE = re.compile(r"^\s*\**(date|sent|päivämäärä|lähetetty|datum|skickat)\**\s*:\**\s*(.+?)\s*$",
                        re.IGNORECASE | re.MULTILINE)
# Finnish clients write "klo"; Swedish "kl."; dateparser reads the date better without them.
_CLOCK_WORDS = re.compile(r"\b(klo|kl\.?|at)\s+(?=\d)", re.IGNORECASE)


def forwarded_sent_at(text: str, forwarded_at: datetime, tz: ZoneInfo) -> datetime | None:
    """When the first forwarded original in `text` was sent, or None when no usable date is found.

    A date after the forward itself, or more than a year before it, is not believed: the clock
    then starts at the forward, which is the later and so the safer reading for the customer.
    """
    start = _FORWARD_START.search(text or "")
    if start is None:
        return None
    found = _DATE_LINE.search(text, start.start())
    # The date line belongs to the block only if it follows the block's start closely.
    if found is None or text.count("\n", start.start(), found.start()) > 8:
        return None
    import dateparser  # imported here: it is slow to load, and only staff forwards need it

    when = dateparser.parse(_CLOCK_WORDS.sub("", found.group(2)), languages=["fi", "sv", "en"],
                            settings={"DATE_ORDER": "DMY", "TIMEZONE": str(tz), "RETURN_AS_TIMEZONE_AWARE": True,
                                      "RELATIVE_BASE": forwarded_at.astimezone(tz).replace(tzinfo=None),
                                      "PREFER_DATES_FROM": "past"})
    if when is None or when > forwarded_at or when < forwarded_at - timedelta(days=366):
        return None
    return when
