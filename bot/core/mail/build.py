"""Build the outgoing message from a drafted reply. Pure: bytes out, no sending."""

from __future__ import annotations

import email.policy
import email.utils
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

# Our own loop header: intake ignores mail that carries it (LAW.md, mail-header table).
LOOP_HEADER = "X-Rightsbot-Loop"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str  # e.g. "application/json"


def build_reply(*, subject: str, text: str, html: str | None, mail_from: str, from_name: str, to: str,
                message_id: str, in_reply_to: str | None, references: tuple[str, ...], date: datetime,
                auto_submitted: bool, attachments: tuple[Attachment, ...] = ()) -> bytes:
    """The reply as RFC 5322 bytes with CRLF line ends.

    Header values come from the draft; EmailMessage refuses CR or LF inside them, so customer
    text cannot inject headers. `auto_submitted` (RFC 3834 s. 5) is decided with the draft, see
    `bot.core.planning.auto_replied`.
    """
    msg = _message(subject, mail_from, from_name, to, message_id, date)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    msg["Auto-Submitted"] = "auto-replied" if auto_submitted else "no"
    msg.set_content(text, charset="utf-8")
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8")
    for item in attachments:
        maintype, _, subtype = item.mime_type.partition("/")
        msg.add_attachment(item.content, maintype=maintype, subtype=subtype, filename=item.filename)
    return msg.as_bytes()


def build_staff_mail(*, subject: str, text: str, mail_from: str, from_name: str, to: tuple[str, ...],
                     message_id: str, date: datetime) -> bytes:
    """A reminder, digest or alert to staff as RFC 5322 bytes."""
    msg = _message(subject, mail_from, from_name, ", ".join(to), message_id, date)
    # RFC 3834 s. 5: the bot wrote it on its own schedule, in reply to no mail.
    msg["Auto-Submitted"] = "auto-generated"
    # MS-OXCMAIL 2.1.3.2.20: staff's out-of-office replies would only land in info@.
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(text, charset="utf-8")
    return msg.as_bytes()


def _message(subject: str, mail_from: str, from_name: str, to: str, message_id: str, date: datetime) -> EmailMessage:
    # RFC 6532: an address with non-ASCII letters (jörg.groß@exämple.de) is written as UTF-8, since
    # an encoded-word is not allowed in an address; such mail needs a server that offers SMTPUTF8
    # (the outbox checks). Everything else stays 7-bit headers as before.
    utf8 = not (to + mail_from).isascii()
    msg = EmailMessage(policy=email.policy.SMTPUTF8 if utf8 else email.policy.SMTP)
    msg["From"] = email.utils.formataddr((from_name, mail_from))
    msg["To"] = to
    msg["Subject"] = " ".join(subject.split())
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = message_id
    # Intake skips mail that carries it: our own mail never opens a case.
    msg[LOOP_HEADER] = mail_from
    return msg


def without_attachments(raw: bytes, where: str) -> bytes:
    """The sent mail as kept on record: the same headers and text, each attachment's content
    replaced by a line naming it and where it is kept (`where`, e.g. "draft #12"), so an export is
    stored once, with its draft, and not a second time inside the sent mail's bytes."""
    msg = email.message_from_bytes(raw, policy=email.policy.SMTP)
    if not msg.is_multipart():
        return raw
    changed = False
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() != "attachment":
            continue
        name = part.get_filename() or part.get_content_type()
        size = len(part.get_payload(decode=True) or b"")
        # set_content replaces the part's content headers; the disposition and name are given again.
        part.set_content(f"[{name}, {size} bytes: kept once, with {where}]\r\n", disposition="attachment",
                         filename=name)
        part["X-Rightsbot-Attachment-Kept"] = where
        changed = True
    return msg.as_bytes() if changed else raw
