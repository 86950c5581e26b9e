"""A text part that names no charset: RFC 2045 says US-ASCII, but real mail (a text file attached as plain
"text/plain", an old client's body) carries UTF-8 or Windows-1252 in it. Its letters must survive."""

from __future__ import annotations

from bot.core.mail.parse import ParsedMail, parse


def _mail(body: bytes, content_type: bytes = b"text/plain") -> ParsedMail:
    raw = (b"From: a@example.fi\r\nTo: info@allsec.fi\r\nSubject: x\r\nMessage-ID: <1@example.fi>\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: " + content_type + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
    mail = parse(raw)
    assert isinstance(mail, ParsedMail)
    return mail


def test_utf8_without_a_charset_is_read_as_utf8():
    assert "Hyvää päivää, poistakaa tietoni" in _mail("Hyvää päivää, poistakaa tietoni".encode()).text


def test_windows_1252_without_a_charset_is_read_as_windows_1252():
    assert "Hej, jag vill få en kopia av mina uppgifter – tack" in _mail(
        "Hej, jag vill få en kopia av mina uppgifter – tack".encode("cp1252")).text


def test_ascii_without_a_charset_is_unchanged():
    assert "Please delete my account" in _mail(b"Please delete my account").text


def test_a_named_charset_is_still_obeyed():
    body = "Jag vill få en kopia".encode("iso-8859-1")
    assert "Jag vill få en kopia" in _mail(body, b'text/plain; charset="iso-8859-1"').text
