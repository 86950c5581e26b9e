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


def _long_subject_mail(words: int) -> bytes:
    # Thousands of encoded-words in one Subject (as flanker's long-header test mail): the stdlib's
    # header parser builds a token tree of about 1.5 KB per byte of header.
    folded = "\r\n ".join(["=?utf-8?q?Die_hei=C3=9Fe_Zypernsonne_qu=C3=A4lte_Max?="] * words)
    return (f"From: bob@example.com\r\nTo: info@allsec.fi\r\nSubject: {folded}\r\nMessage-ID: <1@x>\r\n\r\n"
            "Poistakaa tietoni.\r\n").encode()


def test_a_huge_header_is_decoded_from_its_first_part_only():
    """A 200 KB Subject of encoded-words took 300 MB to decode (the wild corpus's flanker__long-header
    peaked a 1,600-mail pass at 523 MB). A person reads the first few lines of a header."""
    import tracemalloc

    raw = _long_subject_mail(4000)
    assert len(raw) > 200_000
    tracemalloc.start()
    try:
        parsed = parse(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(parsed, ParsedMail)
    assert parsed.subject.startswith("Die heiße Zypernsonne quälte Max")
    assert len(parsed.subject) <= parsing.HEADER_CHARS
    assert "HeaderReadFromStartOnly" in parsed.defects
    assert peak < 40 * 2**20, f"decoding the header peaked at {peak / 2**20:.0f} MB"


def test_an_ordinary_header_is_decoded_whole():
    parsed = parse(_long_subject_mail(3))
    assert isinstance(parsed, ParsedMail)
    assert parsed.subject == "Die heiße Zypernsonne quälte Max" * 3
    assert "HeaderReadFromStartOnly" not in parsed.defects
