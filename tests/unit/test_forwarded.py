"""The clock of a staff forward (the forwarded header block's date) and phone numbers for the suppression list."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.core.mail.forwarded import forwarded_sent_at
from bot.core.phones import normalise_phone, phones_in

HKI = ZoneInfo("Europe/Helsinki")
FORWARD = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


def block(date_line: str, separator: str = "---------- Forwarded message ---------") -> str:
    return (f"FYI\n\n{separator}\nFrom: Aino <aino@example.fi>\n{date_line}\nSubject: Poisto\n"
            "To: myynti@allsec.fi\n\nPoistakaa tietoni.\n")


@pytest.mark.parametrize("date_line", [
    "Date: Mon, 16 Nov 2026 09:15:00 +0200",
    "Sent: Monday, November 16, 2026 9:15 AM",
    "Date: Mon, Nov 16, 2026 at 9:15 AM",
    "Lähetetty: maanantai 16. marraskuuta 2026 klo 9.15",
    "Päivämäärä: 16.11.2026 klo 9.15",
    "Skickat: den 16 november 2026 09:15",
])
def test_the_forwarded_originals_date_in_fi_sv_en(date_line):
    assert forwarded_sent_at(block(date_line), FORWARD, HKI) == datetime(2026, 11, 16, 9, 15, tzinfo=HKI)


@pytest.mark.parametrize("text", [
    block("Date: Mon, 30 Nov 2026 09:15:00 +0200"),  # after the forward itself
    block("Date: Mon, 16 Nov 2020 09:15:00 +0200"),  # years before: not believed
    block("Date: sometime last week"),
    "No forwarded block here.\nDate: Mon, 16 Nov 2026 09:15:00 +0200\n",
])
def test_no_usable_date_leaves_the_forwards_arrival(text):
    assert forwarded_sent_at(text, FORWARD, HKI) is None


def test_phone_numbers_however_written_hash_the_same():
    assert normalise_phone("+358 40 123 4567") == normalise_phone("040-123 4567") == "+358401234567"
    assert normalise_phone("12345") is None
    text = "Lopettakaa tekstiviestit numeroon 040 123 4567 ja +358 50 765 4321. Tilaus AS-2026-11940, 24.11.2026."
    assert phones_in(text) == ("+358401234567", "+358507654321")
