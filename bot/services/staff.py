"""Who may act as staff, and what every staff action must carry."""

from __future__ import annotations

from bot.core.errors import StaffError


def require_staff(app, by: str) -> str:
    """The acting staff member's address, normalised; only STAFF_EMAILS may approve or decide."""
    by = by.strip().lower()
    if by not in app.settings.staff_emails:
        raise StaffError(f"--by: {by!r} is not in STAFF_EMAILS")
    return by


def require_reason(text: str, option: str = "--reason") -> str:
    """GDPR Art. 12(4) and 12(5): a refusal, a repeat mark or an extension states its reasons."""
    text = (text or "").strip()
    if not text:
        raise StaffError(f"{option}: reasons are required (GDPR Art. 12(4))")
    return text
