"""Parsing reads a bounded part of a mail (issue 10): a long mail is read from its first
READ_BYTES, HTML is turned into text from its first HTML_CHARS, the text kept is at most
TEXT_CHARS. Cost is judged by growth with size (4x the mail, well under 4x the work), never
against a clock."""

from __future__ import annotations

import time
from email.message import EmailMessage

from bot.core.mail import parse as parsing
from bot.core.mail.parse import ParsedMail, parse


def _mail(body: str, subtype: str = "plain", attachment: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "a@example.fi", "info@allsec.fi", "x", "<1@x>"
    msg.set_content(body, subtype=subtype)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="octet-stream", filename="big.bin")
    return msg.as_bytes()


def _cost(raw: bytes) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        parse(raw)
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)


def test_html_is_read_from_its_first_part_only():
    small = _mail("<p>" + "word " * 200_000 + "</p>", "html")
    large = _mail("<p>" + "word " * 800_000 + "</p>", "html")
    parsed = parse(large)
    assert isinstance(parsed, ParsedMail)
    assert len(parsed.text) <= parsing.HTML_CHARS
    growth = _cost(large) / _cost(small)
    assert growth <= 2.5, f"4x the HTML took {growth:.1f}x the time"


def test_a_long_text_is_kept_up_to_text_chars():
    parsed = parse(_mail("word " * 600_000))
    assert isinstance(parsed, ParsedMail)
    assert len(parsed.text) <= parsing.TEXT_CHARS
    assert parsed.text.startswith("word word")


def test_a_mail_longer_than_read_bytes_is_read_from_its_start_and_says_so():
    raw = _mail("Please delete my data.", attachment=b"\0" * (2 * parsing.READ_BYTES))
    parsed = parse(raw)
    assert isinstance(parsed, ParsedMail)
    assert parsed.text.strip() == "Please delete my data."
    assert "ReadFromStartOnly" in parsed.defects
    assert parsed.attachments == ("big.bin",)
