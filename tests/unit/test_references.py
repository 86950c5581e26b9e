import pytest

from bot.core.mail.references import (
    format_ref,
    new_message_id,
    ref_in_message_id,
    ref_in_subject,
    refs_in_thread,
    tagged_subject,
)


def test_format():
    assert format_ref(2026, 1) == "DSR-2026-0001"
    assert format_ref(2026, 12345) == "DSR-2026-12345"


@pytest.mark.parametrize("subject, ref", [
    ("Re: [DSR-2026-0009] We have received your request", "DSR-2026-0009"),
    ("SV: [dsr-2025-0029] Vi har tagit emot", "DSR-2025-0029"),
    ("VS: VS: Re: [DSR-2026-0034] Vastaus", "DSR-2026-0034"),
    ("Tilaus 2026-0009", None),
    ("", None),
    ("XDSR-2026-0009", None),
])
def test_ref_in_subject(subject, ref):
    assert ref_in_subject(subject) == ref


def test_message_ids():
    mid = new_message_id("DSR-2026-0009", 2, "c64e1916", "allsec.fi")
    assert mid == "<dsr-2026-0009.2.c64e1916@allsec.fi>"
    assert ref_in_message_id(mid) == "DSR-2026-0009"
    assert ref_in_message_id(mid, "allsec.fi") == "DSR-2026-0009"
    assert ref_in_message_id(mid, "evil.example") is None
    assert ref_in_message_id("<nl.2025-11-en-bf.5e89706e50@news.allsec.fi>", "allsec.fi") is None
    assert ref_in_message_id("<order-10871.a5ae355fbd@shop.allsec.fi>") is None


def test_refs_in_thread_nearest_first():
    refs = refs_in_thread("<dsr-2026-0002.1.aa@allsec.fi>",
                          ("<x@gmail.com>", "<dsr-2026-0001.1.bb@allsec.fi>", "<dsr-2026-0002.1.aa@allsec.fi>"),
                          "allsec.fi")
    assert refs == ["DSR-2026-0002", "DSR-2026-0001"]


def test_tagged_subject():
    assert tagged_subject("DSR-2026-0001", "Vi har tagit emot") == "[DSR-2026-0001] Vi har tagit emot"
    assert tagged_subject("DSR-2026-0001", "[DSR-2026-0001] x") == "[DSR-2026-0001] x"
    assert tagged_subject("DSR-2026-0001", "a\r\nb") == "[DSR-2026-0001] a b"
