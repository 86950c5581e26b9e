"""Parsing: charsets, encoded words, HTML-only mail, threading headers, and bad input as a value."""

from datetime import datetime, timedelta, timezone

import pytest

from bot.core.mail.parse import Malformed, ParsedMail, parse


def test_plain_latin1_with_encoded_word_subject():
    raw = (b"From: =?iso-8859-1?Q?J=E4rvinen?= <Jarvinen@Example.FI>\r\n"
           b"To: info@allsec.fi\r\n"
           b"Subject: =?iso-8859-1?Q?Tietojen_poisto_p=E4=E4t=F6s?=\r\n"
           b"Date: Tue, 24 Nov 2026 09:15:00 +0200\r\n"
           b"Message-ID: <abc@example.fi>\r\n"
           b"In-Reply-To: <dsr-2026-0001.1.aa@allsec.fi>\r\n"
           b"References: <x@y> <dsr-2026-0001.1.aa@allsec.fi>\r\n"
           b"Content-Type: text/plain; charset=iso-8859-1\r\n"
           b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"Poistakaa tietoni, kiitos. Hyv=E4=E4 p=E4iv=E4=E4.\r\n")
    mail = parse(raw)
    assert isinstance(mail, ParsedMail)
    assert mail.subject == "Tietojen poisto päätös"
    assert mail.from_addr == "jarvinen@example.fi"
    assert mail.from_name == "Järvinen"
    assert mail.message_id == "<abc@example.fi>"
    assert mail.in_reply_to == "<dsr-2026-0001.1.aa@allsec.fi>"
    assert mail.references == ("<x@y>", "<dsr-2026-0001.1.aa@allsec.fi>")
    assert mail.date == datetime(2026, 11, 24, 9, 15, tzinfo=timezone(timedelta(hours=2)))
    assert "Hyvää päivää" in mail.text


def test_html_only_mail_becomes_text():
    raw = (b"From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/html; charset=utf-8\r\n\r\n"
           b"<html><body><p>Please <b>delete</b> my data.</p><div>Thanks &amp; regards</div></body></html>")
    mail = parse(raw)
    assert "Please delete my data." in mail.text
    assert "Thanks & regards" in mail.text
    assert "<p>" not in mail.text


def test_multipart_prefers_plain_and_lists_attachments():
    raw = (b"From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
           b"--B\r\nContent-Type: multipart/alternative; boundary=\"C\"\r\n\r\n"
           b"--C\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain words\r\n"
           b"--C\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html words</p>\r\n--C--\r\n"
           b"--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"id.pdf\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--B--\r\n")
    mail = parse(raw)
    assert mail.text.strip() == "plain words"
    assert mail.attachments == ("id.pdf",)


def test_unknown_charset_does_not_lose_the_text():
    raw = (b"From: a@example.com\r\nSubject: x\r\n"
           b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nDelete my data\r\n")
    mail = parse(raw)
    assert isinstance(mail, ParsedMail)
    assert "Delete my data" in mail.text


def test_delivery_report_is_recognised():
    raw = (b"From: MAILER-DAEMON@mx.example.com\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
           b"--R\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
           b"--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n"
           b"Final-Recipient: rfc822; x@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n--R--\r\n")
    mail = parse(raw)
    assert mail.content_type == "multipart/report"
    assert mail.report_type == "delivery-status"
    assert mail.from_addr == "mailer-daemon@mx.example.com"
    assert "Action: failed" in mail.text


@pytest.mark.parametrize("raw, reason", [(b"", "empty message"), (b"\r\n\r\n", "empty message"),
                                         (b"\r\n\r\njust a body", "no headers")])
def test_bad_input_is_a_value_not_an_exception(raw, reason):
    assert parse(raw) == Malformed(reason)


def test_garbage_headers_do_not_raise():
    raw = b"From: <<<>>>\r\nDate: not a date\r\nSubject: =?utf-8?B?!!!?=\r\nMessage-ID: nonsense\r\n\r\nbody"
    mail = parse(raw)
    assert isinstance(mail, ParsedMail)
    assert mail.from_addr == ""
    assert mail.date is None
    assert mail.message_id is None


@pytest.mark.parametrize("disposition, expected", [
    (b'attachment; filename="=?utf-8?B?0LTQvtC60YPQvNC10L3RgtGLLnBkZg==?="', "документы.pdf"),  # RFC 2047
    (b"attachment; filename*=utf-8''tiedot%20%C3%A4iti.pdf", "tiedot äiti.pdf"),  # RFC 2231
    ("attachment; filename=tilaus-ä.pdf".encode("utf-8"), "tilaus-ä.pdf"),  # raw 8-bit UTF-8
    ("attachment; filename=kvitto-å.pdf".encode("cp1252"), "kvitto-å.pdf"),  # raw 8-bit legacy
])
def test_attachment_names_are_read_as_people_see_them(disposition, expected):
    raw = (b"From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
           b"--B\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
           b"--B\r\nContent-Type: application/pdf\r\nContent-Disposition: " + disposition + b"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--B--\r\n")
    assert parse(raw).attachments == (expected,)


def test_eight_bit_headers_are_read_as_utf8():
    raw = "From: Jörg <j@example.de>\r\nSubject: Lösche meine Daten\r\n\r\nBitte.\r\n".encode("utf-8")
    mail = parse(raw)
    assert mail.subject == "Lösche meine Daten" and mail.from_name == "Jörg"
