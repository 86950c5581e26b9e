"""Case references (DSR-YYYY-NNNN) and the threads they live in. Pure.

Our replies carry the reference twice: in the subject as `[DSR-2026-0001]` (survives clients
that drop headers and forwards), and inside our own Message-ID as
`<dsr-2026-0001.N.RANDOM@DOMAIN>` (survives subject edits). Either one ties a reply to its case.
"""

from __future__ import annotations

import re

REF_RE = re.compile(r"\bDSR-(\d{4})-(\d{4,})\b", re.IGNORECASE)
# Our Message-ID, <dsr-YYYY-NNNN.SEQ.TOKEN@DOMAIN>, written by `new_message_id`; the one definition
# of its shape, read whole (a header value) or found inside text (a bounce quoting it).
_MSGID = r"<dsr-(\d{4})-(\d{4,})\.\d+\.[0-9a-f]+@([^>\s]+)>"
_MSGID_REF_RE = re.compile(f"^{_MSGID}$", re.IGNORECASE)
_MSGID_IN_TEXT = re.compile(_MSGID, re.IGNORECASE)


def format_ref(year: int, number: int) -> str:
    return f"DSR-{year}-{number:04d}"


def ref_in_subject(subject: str) -> str | None:
    """The first case reference in a subject line, normalised to upper case."""
    found = REF_RE.search(subject or "")
    return format_ref(int(found.group(1)), int(found.group(2))) if found else None


def ref_in_message_id(msgid: str, domain: str | None = None) -> str | None:
    """The case reference inside one of our own Message-IDs, or None for anyone else's.

    With `domain` given, only ids under that domain count as ours.
    """
    found = _MSGID_REF_RE.match((msgid or "").strip())
    if not found:
        return None
    if domain is not None and found.group(3).lower() != domain.lower():
        return None
    return format_ref(int(found.group(1)), int(found.group(2)))


def refs_in_thread(in_reply_to: str | None, references: tuple[str, ...], domain: str | None = None) -> list[str]:
    """Case references named by a reply's threading headers, nearest parent first."""
    ids = ([in_reply_to] if in_reply_to else []) + list(reversed(references))
    seen: list[str] = []
    for msgid in ids:
        ref = ref_in_message_id(msgid, domain)
        if ref and ref not in seen:
            seen.append(ref)
    return seen


def thread_refs(in_reply_to: str | None, references: tuple[str, ...], subject: str,
                domain: str | None = None) -> list[tuple[str, str]]:
    """The cases a mail names, as (ref, how): our Message-IDs in its threading headers, nearest
    parent first ("message-id"), then a `[DSR-...]` tag in its subject ("subject")."""
    found = [(ref, "message-id") for ref in refs_in_thread(in_reply_to, references, domain)]
    tagged = ref_in_subject(subject)
    if tagged and all(ref != tagged for ref, _ in found):
        found.append((tagged, "subject"))
    return found


def our_message_ids(text: str, domain: str) -> list[str]:
    """Our own Message-IDs quoted anywhere in `text` (a bounce report, a returned original)."""
    suffix = "@" + domain.lower() + ">"
    return [m.group(0) for m in _MSGID_IN_TEXT.finditer(text) if m.group(0).lower().endswith(suffix)]


def new_message_id(ref: str, seq: int, token: str, domain: str) -> str:
    """A Message-ID for our reply number `seq` on case `ref`; the caller supplies a random token."""
    return f"<{ref.lower()}.{seq}.{token}@{domain}>"


def tagged_subject(ref: str, subject: str) -> str:
    """Put `[REF]` in front of a subject unless it already carries it."""
    subject = " ".join((subject or "").split())
    if ref_in_subject(subject) == ref:
        return subject
    return f"[{ref}] {subject}".strip()
