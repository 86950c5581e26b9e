"""Who sent a mail, and how sure we can be: the From header read strictly, and the receiving
server's Authentication-Results (RFC 8601).

Pure. Two readings, both for intake to record and to decide with:
- `read_from(values)`: the From address, and the doubts a DMARC checker or a person's mail program
  could read differently (several addresses, an address in the display name, an encoded-word that
  decodes to an address, a route-like or malformed address, bytes that are not UTF-8). A mail with
  any doubt is never verified by its address alone; one with no usable address is never answered.
- `authentication(values, authserv_id)`: the SPF, DKIM and DMARC results of the topmost
  Authentication-Results header whose authserv-id is ours. Anyone can add such a header before the
  mail reaches our server, so headers naming another authserv-id are ignored, and only the
  topmost (added last, by our server) counts (RFC 8601 s. 5 and 7.1).
"""

from __future__ import annotations

import email.policy
from dataclasses import dataclass

import authres

# Doubts about a From header, as recorded (lower_snake strings, shown as they are in --json).
NO_FROM = "no_from"
SEVERAL_FROM_HEADERS = "several_from_headers"
SEVERAL_ADDRESSES = "several_addresses"
ADDRESS_IN_DISPLAY_NAME = "address_in_display_name"
ENCODED_WORD_ADDRESS = "encoded_word_address"
MALFORMED_ADDRESS = "malformed_address"
ROUTE_ADDRESS = "route_address"
UNDECODABLE = "undecodable"
NO_ADDRESS = "no_address"
# Not about the header but about the mail: the receiving server's DMARC check failed.
DMARC_FAILED = "dmarc_failed"

# Without any of these there is no address to answer.
UNUSABLE = frozenset({NO_FROM, UNDECODABLE, NO_ADDRESS})

# Longer headers are not read: real ones are well under 1,000 characters. A From is read up to the
# RFC 5322 line limit (998): the stdlib's address parser costs time quadratic in some runs of
# characters ('"' * n), 0.8 s at 4,096 and about 50 ms at 998.
MAX_HEADER_CHARS = 4096
MAX_FROM_CHARS = 998
MAX_AUTH_HEADERS = 20


@dataclass(frozen=True)
class Sender:
    address: str  # lower-cased addr-spec, "" when there is none we can answer
    name: str  # the display name as decoded; shown to staff, never copied into a reply
    doubts: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        return bool(self.address) and not UNUSABLE & set(self.doubts)


@dataclass(frozen=True)
class Authentication:
    """The receiving server's verdicts; None: no result for that method (or no header of ours)."""

    spf: str | None = None
    dkim: str | None = None
    dmarc: str | None = None

    @property
    def dmarc_failed(self) -> bool:
        return self.dmarc == "fail"

    def to_json(self) -> dict:
        return {"spf": self.spf, "dkim": self.dkim, "dmarc": self.dmarc}


def read_from(values: list[str] | tuple[str, ...]) -> Sender:
    """Read the From header(s) as stored by the parser (str, undecoded; 8-bit bytes as surrogate escapes)."""
    if not values:
        return Sender("", "", (NO_FROM,))
    doubts: list[str] = []
    if len(values) > 1:
        doubts.append(SEVERAL_FROM_HEADERS)
    value = values[0]
    if any("\udc80" <= c <= "\udcff" for c in value):
        # RFC 6532 allows UTF-8 in headers; any other 8-bit bytes cannot be read as one address.
        try:
            value = value.encode("ascii", "surrogateescape").decode("utf-8")
        except UnicodeDecodeError:
            return Sender("", "", tuple(doubts) + (UNDECODABLE,))
    # RFC 5322 s. 2.2.3: unfold (the line break goes, the white space after it stays).
    value = value.replace("\r\n", "").replace("\n", "").replace("\r", "")
    if not value.strip():
        return Sender("", "", tuple(doubts) + (NO_ADDRESS,))
    if len(value) > MAX_FROM_CHARS:
        return Sender("", "", tuple(doubts) + (MALFORMED_ADDRESS, NO_ADDRESS))
    try:
        # The stdlib's RFC 5322 parser (email.headerregistry): encoded-words are decoded only in the
        # display name, never in the address, and what does not fit the grammar is a defect.
        header = email.policy.default.header_factory("from", value)
        addresses = header.addresses
        defects = header.defects
    except Exception:
        return Sender("", "", tuple(doubts) + (MALFORMED_ADDRESS, NO_ADDRESS))
    if len(addresses) > 1:
        doubts.append(SEVERAL_ADDRESSES)
    # RFC 6532: a UTF-8 local part is allowed (SMTPUTF8); whether it can be sent to is the sender's concern.
    defects = [d for d in defects if type(d).__name__ != "NonASCIILocalPartDefect"]
    doubt = _defect_doubt(value, defects) if defects else None
    if doubt:
        doubts.append(doubt)
    # The first address that has a local part and a domain; a name alone (`Virtanen, Matti <...>`
    # unquoted reads as two) is not one.
    whole = [a for a in addresses if a.username and a.domain]
    first = whole[0] if whole else (addresses[0] if addresses else None)
    name = " ".join(first.display_name.split()) if first is not None else ""
    if "@" in name and not _names_only(name, first.addr_spec):
        doubts.append(ENCODED_WORD_ADDRESS if "=?" in value else ADDRESS_IN_DISPLAY_NAME)
    address = first.addr_spec.strip().lower() if whole else ""
    if address and (address.startswith('"') or "<" in address or ">" in address or address.count("@") != 1):
        doubts.append(MALFORMED_ADDRESS)
        address = ""
    if not address:
        if "=?" in value and "@" in str(header):
            # `=?utf-8?q?a=40b.example?=`: an encoded-word where the address should be.
            doubts.append(ENCODED_WORD_ADDRESS)
        doubts.append(NO_ADDRESS)
    return Sender(address, name, tuple(dict.fromkeys(doubts)))


def _names_only(name: str, address: str) -> bool:
    """A display name that is the address itself (`"test@mail.com" <test@mail.com>`, as many mail
    programs write it) names no other mailbox."""
    return name.strip().strip("'\"").lower() == address.strip().lower()


def _defect_doubt(value: str, defects) -> str | None:
    before_bracket = value.split("<", 1)[0]
    inside, _, after = value.partition("<")[2].partition(">")
    if "<" in value and not after.strip() and _names_only(before_bracket, inside):
        # `a@b.example <a@b.example>` unquoted: not RFC 5322, but one mailbox either way.
        return None
    if "<" in value and "@" in before_bracket:
        # `linnea@example.se <x@evil.example>`: a person sees one address, a checker may take the other.
        return ADDRESS_IN_DISPLAY_NAME
    squeezed = value.replace(" ", "")
    if "<@" in squeezed or ">@" in squeezed:
        # obs-route (`<@host:a@b>`), or an address followed by `@host` (`<a@b.example>@evil.example`).
        return ROUTE_ADDRESS
    return MALFORMED_ADDRESS


def authentication(values: list[str] | tuple[str, ...], authserv_id: str) -> Authentication | None:
    """The verdicts of the topmost Authentication-Results header of `authserv_id`; None when the
    setting is empty (not configured) or no header of ours is there. Headers are given top first."""
    if not authserv_id:
        return None
    ours = authserv_id.strip().lower()
    for value in list(values)[:MAX_AUTH_HEADERS]:
        if len(value) > MAX_HEADER_CHARS:
            continue
        try:
            header = authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
        except Exception:
            # A header we cannot read may be anyone's; only one that names us and parses counts.
            continue
        if (header.authserv_id or "").lower() != ours:
            continue
        return _verdicts(header.results)
    return None


def _verdicts(results) -> Authentication:
    found: dict[str, list[str]] = {}
    for result in results:
        found.setdefault(str(result.method).lower(), []).append(str(result.result).lower())

    def one(method: str) -> str | None:
        seen = found.get(method)
        if not seen:
            return None
        # Several DKIM signatures: one that passes is enough (DMARC says whether it is aligned).
        return "pass" if "pass" in seen else seen[0]

    return Authentication(spf=one("spf"), dkim=one("dkim"), dmarc=one("dmarc"))


def doubts_of(sender: Sender, auth: Authentication | None) -> tuple[str, ...]:
    """Every reason not to take the From address as the requester's own, in order."""
    return sender.doubts + ((DMARC_FAILED,) if auth is not None and auth.dmarc_failed else ())
