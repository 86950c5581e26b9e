"""Phone numbers, normalised for the marketing suppression list. Pure.

A marketing ban covers every channel the shop can reach the customer on (GDPR Art. 21(3)): e-mail,
text messages and calls. Numbers come from the register ("+358 40 123 4567") or from the
customer's own mail ("040 123 4567"); both must hash the same, so each is brought to E.164
(+358401234567) by phonenumbers, with Finland as the region of a number written without one.
"""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "FI"


def normalise_phone(number: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in E.164, or None when it is not a valid phone number."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phones_in(text: str, region: str = DEFAULT_REGION) -> tuple[str, ...]:
    """The valid phone numbers written in `text`, in E.164, first seen first, without repeats."""
    found = (phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
             for m in phonenumbers.PhoneNumberMatcher(text or "", region))
    return tuple(dict.fromkeys(found))
