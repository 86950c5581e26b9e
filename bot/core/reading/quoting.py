"""The customer's own words: strip quoted replies, forwarded originals, signatures and disclaimers. Pure.

Why not `mail-parser-reply`: it has no Finnish patterns at all ("kirjoitti:", "Lähettäjä:",
"-----Alkuperäinen viesti-----"), and its default signature rule cuts the mail at the first
line that starts with "- " or "-Name", which loses hyphen lists and the "-Jere" sign-offs that
Finnish mail is full of. It also cannot tell a forward (whose original we must read) from a
reply (whose quote we must not). The rules below are the few we need, in fi/sv/en (+de).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "On <date>, <name> wrote:" and its Finnish, Swedish, German, Dutch, French cousins.
_WROTE = re.compile(
    r"^\s*(>\s*)*("
    r"on\b.{3,200}\bwrote:|"
    r".{0,200}\bkirjoitti:|"
    r"(den\b|\d|[a-zåäö]{2,4}\b).{0,200}\bskrev\b.{0,200}:|"
    r".{3,200}\bschrieb\b.{0,120}:|"
    r"op\b.{3,200}\bschreef\b.{0,120}:|"
    r"le\b.{3,200}\ba écrit\s*:"
    r")\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^\s*(>\s*)*[-_=*\s]{0,20}("
    r"original message|alkuperäinen viesti|ursprungligt meddelande|ursprüngliche nachricht|"
    r"forwarded message|välitetty viesti|edelleenlähetetty viesti|vidarebefordrat meddelande|"
    r"weitergeleitete nachricht|begin forwarded message:?|aloita välitetty viesti:?|"
    r"vidarebefordrat brev:?"
    r")[-_=*\s:]{0,20}$",
    re.IGNORECASE,
)
_FORWARD_WORDS = re.compile(
    r"(forwarded|välitetty|edelleenlähetetty|vidarebefordrat|weitergeleitete)", re.IGNORECASE
)
_HDR_FROM = re.compile(r"^\s*(>\s*)*\**(from|lähettäjä|från|von|de|van|feladó|od)\**\s*:\**\s*(.*)$", re.IGNORECASE)
_HDR_OTHER = re.compile(
    r"^\s*(>\s*)*\**(sent|date|to|cc|subject|lähetetty|päivämäärä|vastaanottaja|kopio|aihe|skickat|datum|till|"
    r"kopia|ämne|gesendet|an|betreff|envoyé|objet|à|verzonden|onderwerp|aan)\**\s*:",
    re.IGNORECASE,
)
_FWD_SUBJECT = re.compile(r"^\s*(fwd?|fw|vl|vb|wg|tr|doorst|rv)\s*:", re.IGNORECASE)
_ADDR = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+")

# Mobile and webmail footers: everything after them is the client's, not the customer's.
_CLIENT_FOOTER = re.compile(
    r"^\s*(sent from (my )?\w+|sent with proton ?mail|sent from yahoo mail|get outlook for|"
    r"lähetetty (iphonesta|ipadista|\w+ .{0,40}puhelimesta|.{0,40}älypuhelimesta|outlookista)|hanki outlook|"
    r"skickat från (min )?\w+|hämta outlook för|von meinem \w+ gesendet|gesendet von)\b",
    re.IGNORECASE,
)
_SIG_DASHES = re.compile(r"^--\s?$")
_DISCLAIMER = re.compile(
    r"^\s*(this (e-?mail|message)( and any (files|attachments)( transmitted with it)?)? (is|are|may be) "
    r"(confidential|intended)|confidentiality notice|disclaimer:|"
    r"tämä (sähköposti)?viesti .{0,60}luottamuksellinen|luottamuksellisuus|"
    r"detta (e-post)?meddelande .{0,60}(konfidentiellt|sekretess)|"
    r"diese e-mail .{0,60}vertraulich)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Forwarded:
    from_addr: str  # "" when the forwarded header block names no address
    text: str  # the forwarded original's own words (its own quotes stripped)


@dataclass(frozen=True)
class Split:
    own: str  # the sender's own words
    forwarded: tuple[Forwarded, ...] = ()
    quoted: str = ""  # what was cut as a quoted reply (kept for followup context)
    cut_by: tuple[str, ...] = ()  # names of the rules that cut, for `reasons`


def split(text: str, subject: str = "") -> Split:
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    is_forward = bool(_FWD_SUBJECT.match(subject or ""))
    cut_by: list[str] = []
    head_end, kind = _find_quote_start(lines)
    own_lines = lines if head_end is None else lines[:head_end]
    rest = [] if head_end is None else lines[head_end:]
    forwarded: list[Forwarded] = []
    quoted = ""
    if head_end is not None:
        forward_here = kind == "forward-separator" or (is_forward and kind in ("header-block", "separator"))
        if forward_here:
            cut_by.append("forwarded original")
            from_addr, body = _forwarded_part(rest)
            inner = split("\n".join(body))
            forwarded.append(Forwarded(from_addr, inner.own))
            forwarded.extend(inner.forwarded)
        else:
            cut_by.append(f"quoted reply ({kind})")
            quoted = "\n".join(rest)
    own_lines, sig = _strip_footer(own_lines)
    if sig:
        cut_by.append(sig)
    own = "\n".join(line for line in own_lines if not line.lstrip().startswith(">"))
    if own != "\n".join(own_lines):
        cut_by.append("'>' quoted lines")
    return Split(own.strip(), tuple(forwarded), quoted, tuple(dict.fromkeys(cut_by)))


def own_words(text: str, subject: str = "") -> str:
    return split(text, subject).own


def _find_quote_start(lines: list[str]) -> tuple[int | None, str]:
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _SEPARATOR.match(line):
            return i, ("forward-separator" if _FORWARD_WORDS.search(line) else "separator")
        if _WROTE.match(line) and len(stripped) < 260 and re.search(r"[@\d]", line):
            return i, "wrote-line"
        # Gmail wraps long attributions: "On Wed, ... <info@x.fi>" / "wrote:"
        if (
            i + 1 < len(lines)
            and lines[i + 1].strip().lower() in ("wrote:", "kirjoitti:", "skrev:", "schrieb:")
            and re.search(r"[@\d]", line)
        ):
            return i, "wrote-line"
        if _HDR_FROM.match(line) and _header_block_follows(lines, i):
            start = i
            if i > 0 and re.match(r"^\s*[_\-=]{8,}\s*$", lines[i - 1]):
                start = i - 1
            return start, "header-block"
    return None, ""


def _header_block_follows(lines: list[str], i: int) -> bool:
    hits = 0
    for line in lines[i + 1 : i + 6]:
        if _HDR_OTHER.match(line):
            hits += 1
    return hits >= 2


def _forwarded_part(rest: list[str]) -> tuple[str, list[str]]:
    """The From address of a forwarded header block, and the text after the block."""
    from_addr = ""
    i = 0
    # skip separator lines and blank lines before the header block
    while i < len(rest) and (not rest[i].strip() or _SEPARATOR.match(rest[i]) or re.match(r"^\s*[_\-=]{8,}\s*$", rest[i])):
        i += 1
    in_block = False
    while i < len(rest):
        line = rest[i]
        found = _HDR_FROM.match(line)
        if found:
            in_block = True
            addr = _ADDR.search(found.group(3) or "")
            if addr and not from_addr:
                from_addr = addr.group(0).lower()
            i += 1
            continue
        if _HDR_OTHER.match(line):
            in_block = True
            i += 1
            continue
        if in_block and line.strip() and not line.startswith((" ", "\t")):
            break
        if in_block and not line.strip():
            i += 1
            break
        if not in_block:
            break
        i += 1
    return from_addr, rest[i:]


def _strip_footer(lines: list[str]) -> tuple[list[str], str]:
    for i, line in enumerate(lines):
        if _SIG_DASHES.match(line):
            return lines[:i], "signature '--'"
        if _CLIENT_FOOTER.match(line):
            return lines[:i], "client footer"
        if _DISCLAIMER.match(line):
            return lines[:i], "disclaimer"
    return lines, ""
