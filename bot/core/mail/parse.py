"""Parse raw mail bytes into a `ParsedMail` value, or a `Malformed` one with its reason.

Pure: stdlib `email` with `policy.default`, and html2text for HTML-only mail. Never raises on
bad input: whatever cannot be read becomes `Malformed(reason)` for intake to quarantine.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.contentmanager import raw_data_manager
from itertools import islice

import html2text

from bot.core.mail.sender import read_from

_MSGID = re.compile(r"<[^<>\s]+>")
_DECODED = ("from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references")


@dataclass(frozen=True)
class ParsedMail:
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_addr: str  # lower-cased address, "" when absent or unreadable
    from_name: str  # the display name: shown to staff, never copied into a reply
    to_addrs: tuple[str, ...]
    date: datetime | None  # the sender's Date header; never the legal clock
    content_type: str  # of the whole message, e.g. "multipart/report"
    report_type: str | None  # multipart/report's report-type parameter
    text: str  # the readable body: text/plain, else HTML turned into text
    headers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    attachments: tuple[str, ...] = ()
    defects: tuple[str, ...] = ()
    # What a person opens besides the body: text/plain attachments (file name, text), and attached
    # messages (message/rfc822, e.g. a customer's mail that staff forward as an attachment).
    attached_texts: tuple[tuple[str, str], ...] = ()
    attached_messages: tuple["ParsedMail", ...] = ()
    # Why the From address may not be the sender's own (bot.core.mail.sender); () when it is one clear address.
    from_doubts: tuple[str, ...] = ()
    # The link targets of the HTML part (href), which its text leaves out: where a button of phishing points.
    links: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


@dataclass(frozen=True)
class Malformed:
    reason: str


# Bounded work per mail (issue 10). A person reads the top of a mail: the parser reads its first
# READ_BYTES (the words people write come before the attachments they add; the stdlib parser holds
# several copies of what it reads), HTML is turned into text from its first HTML_CHARS, and at
# most TEXT_CHARS of text are kept. The mail itself is stored whole, as received.
READ_BYTES = 1024 * 1024
HTML_CHARS = 256_000
TEXT_CHARS = 1_000_000
# Python's mail parser recurses once per level of nesting: a mail of message/rfc822 parts nested
# some thousand levels deep (made to break mail filters) stops it. Said plainly, for staff.
NESTED_TOO_DEEPLY = "unreadable: nested too deeply (a message inside a message, over Python's recursion limit)"
# Marks a mail read from its first READ_BYTES only (in `defects`, beside the parser's own).
READ_CUT = "ReadFromStartOnly"
# A header is decoded from its first HEADER_CHARS (cut between encoded-words): the stdlib's header
# parser builds a token tree of about 1.5 KB per byte, and a 200 KB Subject took 300 MB.
HEADER_CHARS = 4096
HEADER_CUT = "HeaderReadFromStartOnly"


def parse(raw: bytes) -> ParsedMail | Malformed:
    """Parse one message. Anything unreadable returns `Malformed` with a short reason."""
    if not raw or not raw.strip():
        return Malformed("empty message")
    cut = len(raw) > READ_BYTES
    if cut:
        raw = raw[:READ_BYTES]
    try:
        # compat32 builds the tree several times faster than policy.default, whose header objects
        # are parsed on every lookup; the few headers we show are decoded with policy.default below.
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except RecursionError:
        return Malformed(NESTED_TOO_DEEPLY)
    except Exception as exc:  # the parser is lenient; this is a last resort
        return Malformed(f"unparseable: {type(exc).__name__}")
    if not msg.keys():
        return Malformed("no headers")
    try:
        parsed = _parsed(msg)
        return replace(parsed, defects=parsed.defects + (READ_CUT,)) if cut else parsed
    except RecursionError:
        return Malformed(NESTED_TOO_DEEPLY)
    except Exception as exc:
        # A header or part the stdlib cannot decode must not stop intake.
        return Malformed(f"unreadable: {type(exc).__name__}: {str(exc)[:120]}")


# An attached text is read up to this many characters; attached messages one level deep, the first few.
ATTACHED_TEXT_CHARS = 64_000
MAX_ATTACHED_MESSAGES = 5


def _parsed(msg, depth: int = 0) -> ParsedMail:
    # Screening reads header values as they are (they are ASCII tokens such as "auto-replied");
    # only the headers shown to people or parsed for addresses are decoded, which keeps parsing
    # fast on mail with dozens of Received lines.
    headers: dict[str, list[str]] = {}
    raw_values: dict[str, list[str]] = {}
    cut = False
    for name, value in msg.raw_items():
        value = str(value)
        if name.lower() in _DECODED and len(value) > HEADER_CHARS:
            value, cut = _head_of(value), True
        raw_values.setdefault(name.lower(), []).append(value)
        headers.setdefault(name.lower(), []).append(" ".join(_readable(value).split()))
    for name in _DECODED:
        if name in raw_values:
            headers[name] = [_decoded(name, v) for v in raw_values[name]]
    # Read strictly from the undecoded header: an encoded-word never becomes an address.
    sender = read_from(raw_values.get("from", []))
    to_addrs = tuple(
        addr.lower()
        for _, addr in email.utils.getaddresses(headers.get("to", []) + headers.get("cc", []))
        if "@" in addr
    )
    text, attachments, attached_texts, inner, links = _body(msg)
    return ParsedMail(
        message_id=first_msgid(headers.get("message-id", [""])[0]),
        in_reply_to=first_msgid(headers.get("in-reply-to", [""])[0]),
        references=tuple(_MSGID.findall(" ".join(headers.get("references", [])))),
        subject=_one_line(headers.get("subject", [""])[0]),
        from_addr=sender.address,
        from_name=sender.name[:200],
        to_addrs=to_addrs,
        date=_date(headers.get("date", [""])[0]),
        content_type=msg.get_content_type(),
        report_type=(msg.get_param("report-type") or None) if msg.get_content_type() == "multipart/report" else None,
        text=text,
        headers={k: tuple(v) for k, v in headers.items()},
        attachments=tuple(attachments),
        defects=tuple(type(d).__name__ for d in msg.defects) + ((HEADER_CUT,) if cut else ()),
        attached_texts=tuple(attached_texts),
        from_doubts=sender.doubts,
        links=tuple(links),
        attached_messages=tuple(a for a in (_attached(m) for m in inner[:MAX_ATTACHED_MESSAGES]) if a) if depth == 0 else (),
    )


def _attached(msg) -> ParsedMail | None:
    """An attached message, parsed one level deep; one that cannot be read is left to the raw bytes."""
    try:
        return _parsed(msg, depth=1) if msg.keys() else None
    except Exception:
        return None


def _decoded(name: str, value: str) -> str:
    """A header value as people read it: encoded-words and 8-bit text decoded (RFC 2047, RFC 6532)."""
    try:
        return str(email.policy.default.header_fetch_parse(name, value))
    except Exception:
        # An undecodable encoded-word: keep what is there rather than lose the header.
        return _readable(value)


def _head_of(value: str) -> str:
    """The first HEADER_CHARS of a header value, cut at whitespace so no encoded-word is split."""
    head = value[:HEADER_CHARS]
    space = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n"))
    return head[:space].rstrip() if space > 0 else head


def _readable(value: str) -> str:
    # 8-bit header bytes arrive as surrogate escapes; show them as UTF-8 where they are.
    if any("\udc80" <= c <= "\udcff" for c in value):
        raw = value.encode("ascii", "surrogateescape")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start >= len(raw) - 3:
                # UTF-8 cut short by a length limit: keep it, mark the cut.
                return raw[:exc.start].decode("utf-8") + "\ufffd"
            # Windows-1252 is the likeliest legacy charset in Nordic mail.
            return raw.decode("cp1252", "replace")
    return value


def _one_line(value: str) -> str:
    return " ".join(value.split())


def first_msgid(value: str | None) -> str | None:
    if not value:
        return None
    found = _MSGID.search(value)
    return found.group(0) if found else None


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else None


def _body(msg) -> tuple[str, list[str], list[tuple[str, str]], list, list[str]]:
    """The readable text: the first text/plain part, else the first text/html turned into text;
    the names of the attachments, the text/plain ones with their text, the attached messages, and
    the first text/html part's link targets."""
    plain: str | None = None
    html: str | None = None
    report: list[str] = []
    attachments: list[str] = []
    attached_texts: list[tuple[str, str]] = []
    inner: list = []
    inside: set[int] = set()  # parts of attached messages: their attachments are theirs, not this mail's
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and id(part) not in inside:
            payload = part.get_payload()
            if isinstance(payload, list) and payload:
                inner.append(payload[0])
                inside.update(id(sub) for sub in payload[0].walk())
        if ctype == "message/delivery-status":
            # The stdlib holds DSN fields as a list of header blocks, not as text.
            blocks = part.get_payload()
            report.append("\n".join(str(b) for b in blocks) if isinstance(blocks, list) else str(blocks))
            continue
        if part.is_multipart() or ctype.startswith("message/") and ctype != "message/feedback-report":
            continue
        disposition = part.get_content_disposition()
        filename = _filename(part)
        if disposition == "attachment" or (filename and not ctype.startswith("text/")):
            attachments.append(filename or ctype)
            if ctype == "text/plain" and id(part) not in inside:
                attached_texts.append((filename or ctype, _part_text(part)[:ATTACHED_TEXT_CHARS]))
            continue
        if ctype == "text/plain" and plain is None:
            plain = _part_text(part)
        elif ctype == "text/html" and html is None:
            html = _part_text(part)
        elif ctype == "message/feedback-report":
            report.append(_part_text(part))
    if plain is not None and plain.strip():
        text = plain[:TEXT_CHARS]
    elif html is not None:
        text = html_to_text(html[:HTML_CHARS])
    else:
        text = plain or ""
    if report:
        text = text + "\n" + "\n".join(report)[:TEXT_CHARS]
    links = [m.group(1) for m in islice(_HREF.finditer(html[:HTML_CHARS]), MAX_LINKS)] if html else []
    return text.replace("\r\n", "\n")[:TEXT_CHARS], attachments, attached_texts, inner, links


_HREF = re.compile(r"""\bhref\s*=\s*["']?([^"'\s>]{1,2000})""", re.IGNORECASE)
MAX_LINKS = 50


def _filename(part) -> str | None:
    """An attachment's name as people read it (RFC 2231 and RFC 2047, or raw 8-bit text)."""
    stored = {name.lower(): value for name, value in part.raw_items()}  # str, 8-bit kept as escapes
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        raw = stored.get(header)
        if not raw:
            continue
        try:
            name = email.policy.default.header_fetch_parse(header, _readable(raw)).params.get(param)
        except Exception:
            name = part.get_filename()
        if name:
            return _readable(str(name))
    return None


def _part_text(part) -> str:
    if part.get_param("charset") is None:
        # No charset named (a text file attached as plain "text/plain"): the default would be US-ASCII, which turns
        # every "ä" of a UTF-8 file into a replacement character; read it as UTF-8 where it is, else Windows-1252.
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and not payload.isascii():
            try:
                return payload.decode("utf-8")
            except UnicodeDecodeError:
                return payload.decode("cp1252", errors="replace")
    try:
        content = raw_data_manager.get_content(part)
    except (LookupError, UnicodeError, AssertionError, ValueError):
        # Unknown or lying charset: decode the bytes leniently rather than lose the text.
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", errors="replace")
    if isinstance(content, bytes):
        return content.decode("utf-8", errors="replace")
    if not isinstance(content, str):
        return str(content)
    return content


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text()
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.body_width = 0
    return converter.handle(html)
