"""The From header read strictly, and the receiving server's Authentication-Results (bot.core.mail.sender)."""

from __future__ import annotations

import email.utils

import pytest

from bot.core.mail import sender
from bot.core.mail.parse import parse
from bot.core.mail.sender import authentication, read_from


def mail(from_lines: list[str], extra: str = "") -> bytes:
    head = "".join(f"From: {f}\r\n" for f in from_lines)
    return (head + extra + "To: info@allsec.fi\r\nSubject: Tietopyyntö\r\n"
            "Message-ID: <x1@example.test>\r\n\r\nHaluan kopion tiedoistani.\r\n").encode("utf-8", "surrogateescape")


@pytest.mark.parametrize("value, address, name", [
    ("linnea@example.se", "linnea@example.se", ""),
    ("Linnea Sjöholm <LINNEA@Example.se>", "linnea@example.se", "Linnea Sjöholm"),
    ('"Virtanen, Matti" <matti@example.fi>', "matti@example.fi", "Virtanen, Matti"),
    ("=?iso-8859-1?q?J=FCrgen?= <j@example.de>", "j@example.de", "Jürgen"),
    ("matti@example.fi (Matti Virtanen)", "matti@example.fi", ""),
    ("Jürgen Groß <jürgen.groß@example.de>", "jürgen.groß@example.de", "Jürgen Groß"),
    # Many mail programs write the address as its own display name: one mailbox, no doubt.
    ('"test@mail.com" <test@mail.com>', "test@mail.com", "test@mail.com"),
    ("Test@Mail.com <test@mail.com>", "test@mail.com", ""),
    # Folded over lines, encoded-words in the name (the wild corpus's rubymail bad_subject).
    ("=?UTF-8?B?TXlTdXJ2ZXk=?=\r\n =?UTF-8?B?LmNvbSAmIEM=?=\r\n <carol@mysurvey.com>", "carol@mysurvey.com",
     "MySurvey .com & C"),
])
def test_one_clear_address_has_no_doubt(value, address, name):
    read = read_from([value])
    assert (read.address, read.name, read.doubts) == (address, name, ())
    assert read.usable


@pytest.mark.parametrize("value, doubt, address", [
    # What a person's mail program shows and what a DMARC checker reads differ.
    ("linnea@example.se <attacker@evil.example>", sender.ADDRESS_IN_DISPLAY_NAME, "linnea@example.se"),
    ('"linnea@example.se" <attacker@evil.example>', sender.ADDRESS_IN_DISPLAY_NAME, "attacker@evil.example"),
    ("=?utf-8?q?linnea=40example=2Ese?= <attacker@evil.example>", sender.ENCODED_WORD_ADDRESS,
     "attacker@evil.example"),
    ("=?utf-8?q?Linnea_=3Clinnea=40example=2Ese=3E?= <x@evil.example>", sender.ENCODED_WORD_ADDRESS, "x@evil.example"),
    ("<linnea@example.se>@evil.example", sender.ROUTE_ADDRESS, "linnea@example.se"),
    ("Linnea <@evil.example:linnea@example.se>", sender.ROUTE_ADDRESS, "linnea@example.se"),
    ("linnea@example.se, attacker@evil.example", sender.SEVERAL_ADDRESSES, "linnea@example.se"),
    ("purchasing@aquillaindustries.com <do-not-reply@ncs.gov.ng>", sender.ADDRESS_IN_DISPLAY_NAME,
     "purchasing@aquillaindustries.com"),
    ("tim@powerupdev.com concierge@powerupdev.com", sender.MALFORMED_ADDRESS, "tim@powerupdev.com"),
])
def test_an_ambiguous_from_is_doubted(value, doubt, address):
    read = read_from([value])
    assert doubt in read.doubts
    assert read.address == address


@pytest.mark.parametrize("values, doubt", [
    ([], sender.NO_FROM),
    (["<>"], sender.NO_ADDRESS),
    ([""], sender.NO_ADDRESS),
    (["undisclosed-recipients:;"], sender.NO_ADDRESS),
    (["=?utf-8?q?linnea=40example=2Ese?="], sender.ENCODED_WORD_ADDRESS),
    (["M\udce4tti <matti@example.fi>"], sender.UNDECODABLE),  # Latin-1 bytes, not UTF-8
    (["x@y@z"], sender.NO_ADDRESS),
])
def test_no_usable_address(values, doubt):
    read = read_from(values)
    assert doubt in read.doubts
    assert read.address == "" and not read.usable


def test_two_from_headers_are_doubted():
    read = read_from(["linnea@example.se", "attacker@evil.example"])
    assert sender.SEVERAL_FROM_HEADERS in read.doubts


def test_the_parser_never_decodes_an_encoded_word_into_the_address():
    # The stdlib's parseaddr on the decoded header took the encoded-word's address as the sender's.
    parsed = parse(mail(["=?utf-8?q?a=40b.example?="]))
    assert parsed.from_addr == ""
    parsed = parse(mail(["linnea@example.se <attacker@evil.example>"]))
    assert sender.ADDRESS_IN_DISPLAY_NAME in parsed.from_doubts
    assert parse(mail(["Linnea <linnea@example.se>"])).from_doubts == ()


OURS = "mx.allsec.fi"


def test_only_our_servers_header_counts_and_the_topmost():
    values = [
        "mx.allsec.fi; spf=pass smtp.mailfrom=example.se; dkim=pass header.d=example.se; dmarc=fail "
        "(p=reject) header.from=example.se",
        # Below ours: added before the mail reached us, by anyone.
        "mx.allsec.fi; spf=pass; dkim=pass; dmarc=pass",
    ]
    assert authentication(values, OURS) == sender.Authentication(spf="pass", dkim="pass", dmarc="fail")


def test_a_header_of_another_authserv_id_is_ignored():
    forged = ["evil.example; spf=pass; dkim=pass; dmarc=pass"]
    assert authentication(forged, OURS) is None
    mixed = forged + ["MX.Allsec.FI 1; spf=softfail (not permitted) smtp.mailfrom=x@example.se; dmarc=none"]
    assert authentication(mixed, OURS) == sender.Authentication(spf="softfail", dkim=None, dmarc="none")


def test_unconfigured_reads_nothing_and_garbage_is_skipped():
    assert authentication(["mx.allsec.fi; dmarc=fail"], "") is None
    assert authentication(["mx.allsec.fi ;;; ===", "mx.allsec.fi; dmarc=pass"], OURS).dmarc == "pass"
    assert authentication(["mx.allsec.fi; none"], OURS) == sender.Authentication()


def test_one_passing_dkim_signature_is_enough():
    value = ["mx.allsec.fi; dkim=fail header.d=a.example; dkim=pass header.d=example.se; dmarc=pass"]
    assert authentication(value, OURS).dkim == "pass"


def test_dmarc_failed_is_a_doubt():
    auth = sender.Authentication(dmarc="fail")
    assert sender.doubts_of(read_from(["linnea@example.se"]), auth) == (sender.DMARC_FAILED,)
    assert sender.doubts_of(read_from(["linnea@example.se"]), sender.Authentication(dmarc="pass")) == ()
    assert sender.doubts_of(read_from(["linnea@example.se"]), None) == ()


def test_a_long_header_is_not_read():
    assert authentication(["mx.allsec.fi; dmarc=pass " + "x" * 10_000], OURS) is None
    assert sender.MALFORMED_ADDRESS in read_from(["a" * 10_000 + "@example.se"]).doubts


NAMES = ["Matti Virtanen", "Virtanen, Matti", 'Matti "Masa" Virtanen', "Linnea Sjöholm", "Jürgen Groß (Berlin)",
         "Dr. Emily Carter", "O'Brien, Seán", "株式会社 テスト", "Ä. Å. Ö.", ""]
ADDRESSES = ["matti.virtanen@example.fi", "linnea+dsr@example.se", "o'brien@example.ie", "a_b-c@sub.example.co.uk"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("address", ADDRESSES)
def test_what_mail_programs_write_is_read_back_without_doubt(name, address):
    # formataddr writes the header as mail programs do: quoted where needed, one RFC 2047 word where
    # not ASCII. (EmailMessage's own refolding writes `O'Brien, =?utf-8?q?Se=C3=A1n?=` unquoted,
    # which does read as two addresses.)
    header = email.utils.formataddr((name, address))
    parsed = parse(mail([header]))
    assert (parsed.from_addr, parsed.from_doubts, parsed.from_name) == (address, (), name), header
