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
from functools import lru_cache

from bot.core.reading.vocabulary import Vocabulary, default_vocabulary

# Tried from the first character of a token only, so a long run of letters costs one pass.
_ADDR = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(\.[\w-]+)+")
_RULE_LINE = re.compile(r"^\s*[_\-=]{8,}\s*$")
_AT_OR_DIGIT = re.compile(r"[@\d]")
_SIG_DASHES = re.compile(r"^--\s?$")
# A person reads the top of a mail: the first MAIL_CHARS of it are split into own words, quotes and
# forwards, and the words are read in tokens of at most TOKEN_CHARS (a longer run without spaces is
# a link, a code or noise, not a word). Every pattern then costs a bounded amount per character.
MAX_LINES = 2000
MAIL_CHARS = 64_000
TOKEN_CHARS = 64
_LONG_TOKEN = re.compile(r"\S{%d}\S+" % TOKEN_CHARS)


def bounded(text: str, limit: int | None = None) -> str:
    """`text` cut to `limit` characters, with every token cut to TOKEN_CHARS."""
    text = text if limit is None else text[:limit]
    return _LONG_TOKEN.sub(lambda m: m.group(0)[:TOKEN_CHARS], text)


@dataclass(frozen=True)
class Patterns:
    """The quote, forward and signature lines of every pack, assembled once per vocabulary."""

    wrote: re.Pattern
    wrote_alone: re.Pattern
    separator: re.Pattern
    forward_words: re.Pattern
    header_from: re.Pattern
    header_other: re.Pattern
    forward_subject: re.Pattern
    client_footer: re.Pattern
    disclaimer: re.Pattern


@lru_cache(maxsize=8)
def patterns(vocab: Vocabulary | None = None) -> Patterns:
    q = (vocab or default_vocabulary()).quoting
    flags = re.IGNORECASE
    return Patterns(
        # "On <date>, <name> wrote:" and its Finnish, Swedish ... cousins, quoted or not.
        wrote=re.compile(rf"^\s*(>\s*)*(?:{q['wrote'].pattern})\s*$", flags),
        wrote_alone=re.compile(rf"^\s*(?:{q['wrote_alone'].pattern})\s*$", flags),
        separator=re.compile(rf"^\s*(>\s*)*[-_=*\s]{{0,20}}(?:{q['separator'].pattern})[-_=*\s:]{{0,20}}$", flags),
        forward_words=re.compile(q["forward_words"].pattern, flags),
        header_from=re.compile(rf"^\s*(>\s*)*\**(?:{q['header_from'].pattern})\**\s*:\**\s*(?P<rest>.*)$", flags),
        header_other=re.compile(rf"^\s*(>\s*)*\**(?:{q['header_other'].pattern})\**\s*:", flags),
        forward_subject=re.compile(rf"^\s*(?:{q['forward_subject'].pattern})\s*:", flags),
        # Mobile and webmail footers: everything after them is the client's, not the customer's.
        client_footer=re.compile(rf"^\s*(?:{q['client_footer'].pattern})\b", flags),
        disclaimer=re.compile(rf"^\s*(?:{q['disclaimer'].pattern})", flags),
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
    # The own words with the '>' lines the writer quoted *between* them kept in place ("Your policy says:
    # > ... / OK, I'd like to check mine"): what a pronoun points at, never read as asked. "" when none.
    in_context: str = ""


def split(text: str, subject: str = "", vocab: Vocabulary | None = None, *, sent_by_us: bool = False) -> Split:
    """`sent_by_us`: the mail comes from an address of our own domain. A colleague who sends a customer's
    mail on to the privacy inbox with "Reply" ("VS:", "RE:", the original below "-----Alkuperäinen viesti-----")
    forwards it all the same: the quoted original is read as forwarded, whatever the subject's prefix."""
    p = patterns(vocab)
    lines = (text or "")[:MAIL_CHARS].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    is_forward = sent_by_us or bool(p.forward_subject.match(subject or ""))
    cut_by: list[str] = []
    head_end, kind = _find_quote_start(lines, p)
    own_lines = lines if head_end is None else lines[:head_end]
    rest = [] if head_end is None else lines[head_end:]
    forwarded: list[Forwarded] = []
    quoted = ""
    if head_end is not None:
        forward_here = kind == "forward-separator" or (is_forward and kind in ("header-block", "separator"))
        if forward_here:
            cut_by.append("forwarded original")
            from_addr, body = _forwarded_part(rest, p)
            inner = split("\n".join(body), "", vocab)
            forwarded.append(Forwarded(from_addr, inner.own))
            forwarded.extend(inner.forwarded)
        else:
            cut_by.append(f"quoted reply ({kind})")
            quoted = "\n".join(rest)
    own_lines, sig = _strip_footer(own_lines, p)
    if sig:
        cut_by.append(sig)
    own = "\n".join(line for line in own_lines if not line.lstrip().startswith(">"))
    if own != "\n".join(own_lines):
        cut_by.append("'>' quoted lines")
        if not quoted:
            # The quote's attribution went unrecognised: the line above the first '>' line is kept with them.
            first = next(i for i, line in enumerate(own_lines) if line.lstrip().startswith(">"))
            quoted = "\n".join(own_lines[max(0, first - 2) : first] + [ln for ln in own_lines[first:] if ln.lstrip().startswith(">")])
    return Split(own.strip(), tuple(forwarded), quoted, tuple(dict.fromkeys(cut_by)),
                 _inline_quote(own_lines) if head_end is None and own != "\n".join(own_lines) else "")


def _inline_quote(own_lines: list[str]) -> str:
    """The own lines with their '>' lines kept, when the writer's own words follow the quote (a passage
    quoted to comment on, not a reply above a quote); else ""."""
    marked = [line.lstrip().startswith(">") for line in own_lines]
    last_quote = max(i for i, m in enumerate(marked) if m)
    if not any(line.strip() and not m for line, m in zip(own_lines[last_quote:], marked[last_quote:])):
        return ""
    return "\n".join(own_lines).strip()


def own_words(text: str, subject: str = "") -> str:
    return split(text, subject).own


def _find_quote_start(lines: list[str], p: Patterns) -> tuple[int | None, str]:
    for i, line in enumerate(lines[:MAX_LINES]):
        stripped = line.strip()
        if not stripped:
            continue
        if p.separator.match(line):
            return i, ("forward-separator" if p.forward_words.search(line) else "separator")
        if len(stripped) < 260 and p.wrote.match(line) and _AT_OR_DIGIT.search(line):
            return i, "wrote-line"
        # Gmail wraps long attributions: "On Wed, ... <info@x.fi>" / "wrote:"
        if i + 1 < len(lines) and p.wrote_alone.match(lines[i + 1]) and _AT_OR_DIGIT.search(line):
            return i, "wrote-line"
        if p.header_from.match(line) and _header_block_follows(lines, i, p):
            start = i
            if i > 0 and _RULE_LINE.match(lines[i - 1]):
                start = i - 1
            return start, "header-block"
    return None, ""


def _header_block_follows(lines: list[str], i: int, p: Patterns) -> bool:
    return sum(1 for line in lines[i + 1 : i + 6] if p.header_other.match(line)) >= 2


def _forwarded_part(rest: list[str], p: Patterns) -> tuple[str, list[str]]:
    """The From address of a forwarded header block, and the text after the block."""
    from_addr = ""
    i = 0
    # skip separator lines and blank lines before the header block
    while i < len(rest) and (not rest[i].strip() or p.separator.match(rest[i]) or _RULE_LINE.match(rest[i])):
        i += 1
    in_block = False
    while i < len(rest):
        line = rest[i]
        found = p.header_from.match(line)
        if found:
            in_block = True
            addr = _ADDR.search(found.group("rest") or "")
            if addr and not from_addr:
                from_addr = addr.group(0).lower()
            i += 1
            continue
        if p.header_other.match(line):
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


def _strip_footer(lines: list[str], p: Patterns) -> tuple[list[str], str]:
    for i, line in enumerate(lines):
        if _SIG_DASHES.match(line):
            return lines[:i], "signature '--'"
        if p.client_footer.match(line):
            return lines[:i], "client footer"
        if p.disclaimer.match(line):
            return lines[:i], "disclaimer"
    return lines, ""
