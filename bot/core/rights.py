"""What the bot covers, defined once: the rights a request can ask for and the languages it answers in.

The classifier, the workflows, the templates, the CLI and the console all take these lists.
"""

from __future__ import annotations

from bot.core.reading.packs import SHIPPED

# The privacy policy's section 5 plus portability (GDPR Art. 20), in the order letters list them.
INTENTS: tuple[str, ...] = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "marketing_ban",
    "consent_withdrawal",
)

# GDPR Art. 21(3) (direct marketing) and Art. 7(3) (consent): these are never refused, weighed or
# marked manifestly unfounded; the workflows may not decide them, and staff may not refuse them.
ABSOLUTE_RIGHTS: frozenset[str] = frozenset({"marketing_ban", "consent_withdrawal"})

# Every customer template exists in each of these; a mail in any other language is answered in
# DEFAULT_LANGUAGE. They are the languages of the covered packs (bot/core/reading/packs), so adding
# a language is adding its pack and its templates. Sorted, so error messages list them in a stable order.
LANGUAGES: tuple[str, ...] = tuple(sorted(p["code"] for p in SHIPPED if p["covered"]))
DEFAULT_LANGUAGE = "en"
# What a case's language may be: a covered one, or "other" (the classifier's word for the rest).
CASE_LANGUAGES: tuple[str, ...] = (*LANGUAGES, "other")
