"""The recipients of customers' data, as the privacy officer lists them in `workflows/recipients.toml`. Pure.

GDPR Art. 15(1)(c) as read in CJEU C-154/21 (Österreichische Post): an access reply names the
actual recipients where they are known, not only their categories. Art. 15(2): for a recipient
outside the EU/EEA, the reply names the safeguard of the transfer (Art. 45-49). Art. 19: staff
tell each recipient of a rectification, erasure or restriction. Every role of the privacy policy
(sections 7 and 9) must be listed at least once, so no category silently drops out of a letter.

The file format, key by key, is in `workflows/README.md`. `parse_recipients` checks everything at
start-up and stops with one line naming the file and the field, as the workflows do.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from bot.core.errors import WorkflowError

RECIPIENTS_FILE = "recipients.toml"
# The privacy policy's section 7 (and section 9: IT support, a processor), in the order letters list them.
ROLES: tuple[str, ...] = ("logistics", "payment", "invoicing", "suppliers", "customs", "collection", "marketing",
                          "it_support")
# Art. 45 (adequacy), 46(2)(c) (standard contractual clauses), 47 (binding corporate rules), 49(1)(b)
# (necessary for the contract: delivering the customer's own order abroad, policy section 10).
SAFEGUARDS: tuple[str, ...] = ("adequacy_decision", "standard_contractual_clauses", "binding_corporate_rules",
                               "contract_performance")
# The EU member states and the other EEA states (Iceland, Liechtenstein, Norway): no safeguard needed.
EEA: frozenset[str] = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO".split())
_KEYS = ("name", "role", "country", "safeguard")


@dataclass(frozen=True)
class Recipient:
    name: str  # "" while the privacy officer has not named it: letters then give the category only
    role: str
    country: str  # ISO 3166-1 alpha-2, e.g. "FI"
    safeguard: str = ""  # for a recipient outside the EU/EEA only: one of SAFEGUARDS

    @property
    def outside_eea(self) -> bool:
        return self.country not in EEA

    def row(self) -> dict[str, Any]:
        """As templates take it (templates/README.md `recipients`)."""
        return {"name": self.name, "role": self.role, "country": self.country, "safeguard": self.safeguard,
                "outside_eea": self.outside_eea}


def parse_recipients(filename: str, text: str) -> tuple[Recipient, ...]:
    """Parse and check workflows/recipients.toml; WorkflowError names the file and field in one line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorkflowError(f"{filename}: TOML syntax error: {exc}") from None
    unknown = sorted(set(data) - {"recipients"})
    if unknown:
        raise WorkflowError(f"{filename}: {unknown[0]}: unknown key (allowed: recipients)")
    rows = data.get("recipients")
    if not isinstance(rows, list) or not rows:
        raise WorkflowError(f"{filename}: recipients: at least one [[recipients]] entry is required")
    found = tuple(_recipient(filename, i, row) for i, row in enumerate(rows))
    missing = [role for role in ROLES if role not in {r.role for r in found}]
    if missing:
        raise WorkflowError(f"{filename}: recipients: no entry for role {missing[0]!r} (the privacy policy names it;"
                            f" an entry with name = \"\" gives the category only)")
    return found


def _recipient(filename: str, i: int, row: Any) -> Recipient:
    where = f"{filename}: recipients[{i}]"
    if not isinstance(row, dict):
        raise WorkflowError(f"{where}: expected a table")
    extra = sorted(set(row) - set(_KEYS))
    if extra:
        raise WorkflowError(f"{where}.{extra[0]}: unknown key (allowed: {', '.join(_KEYS)})")
    for key in ("name", "role", "country"):
        if not isinstance(row.get(key), str):
            raise WorkflowError(f"{where}.{key}: required, a string")
    safeguard = row.get("safeguard", "")
    if not isinstance(safeguard, str):
        raise WorkflowError(f"{where}.safeguard: a string")
    name, role, country = " ".join(row["name"].split()), row["role"], row["country"]
    if role not in ROLES:
        raise WorkflowError(f"{where}.role: {role!r} is not one of {', '.join(ROLES)}")
    if len(country) != 2 or not country.isascii() or not country.isupper():
        raise WorkflowError(f"{where}.country: {country!r} is not a two-letter country code such as 'FI'")
    recipient = Recipient(name, role, country, safeguard)
    if recipient.outside_eea and safeguard not in SAFEGUARDS:
        # Art. 15(2) and Chapter V: a transfer outside the EU/EEA needs a safeguard, and the reply names it.
        raise WorkflowError(f"{where}.safeguard: {country} is outside the EU/EEA: expected one of {', '.join(SAFEGUARDS)}")
    if not recipient.outside_eea and safeguard:
        raise WorkflowError(f"{where}.safeguard: {country} is in the EU/EEA: no safeguard is needed, leave it out")
    return recipient
