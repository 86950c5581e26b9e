"""Every staff mail renders in fi, sv and en with a sample context, and says what it must."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.adapters.render import Renderer

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LANGUAGES = ("fi", "sv", "en")
COMMON = {"controller": {"name": "Allsec Oy", "business_id": "2679420-8", "address": "Lahti", "phone": "1",
                         "email": "info@allsec.fi"}, "mailbox": "info@allsec.fi"}
WAITS = [
    {"kind": "triage", "id": None, "what": ""},
    {"kind": "requester", "id": None, "what": ""},
    {"kind": "approval", "id": 11, "what": "customer/acknowledgement"},
    {"kind": "sending", "id": 12, "what": "customer/access-reply"},
    {"kind": "failed", "id": 13, "what": "SMTP: 550 no such mailbox"},
    {"kind": "task", "id": 14, "what": "Export the customer's data"},
    {"kind": "decision", "id": None, "what": "erasure"},
]
CASE = {"ref": "DSR-2026-0042", "rights": ["access", "erasure"], "status": "open", "due_on": date(2026, 12, 28),
        "overdue": False, "days": 3, "waits": WAITS}
MAIL = {"id": 5, "from": "ooo@example.com", "subject": "Out of office", "ref": None, "why": "auto_reply"}
DRAFT = {"id": 11, "ref": "DSR-2026-0042", "template": "customer/acknowledgement", "to": "a@example.fi",
         "reason": "SMTP: 550 no such mailbox"}
SAMPLES = {
    "staff/reminder": CASE | {"requester": "a@example.fi", "received_on": date(2026, 11, 25), "extended": True},
    "staff/digest": {
        "today": date(2026, 12, 7), "since": "2026-12-04 08:00",
        "cases": [CASE | {"overdue": True, "days": 2, "ref": "DSR-2026-0001"}, CASE],
        "pending": [DRAFT], "failed": [DRAFT], "sending": [DRAFT],
        "deferred": [{"id": 12, "case_ref": "DSR-2026-0042", "reason": "451 greylisted", "attempts": 2,
                      "next_try": "2026-12-07 08:10"}],
        "tasks": [{"id": 14, "ref": "DSR-2026-0042", "title": "Export the customer's data"}],
        "triage": ["DSR-2026-0043"], "flagged": [MAIL | {"why": "sender-is-not-requester", "ref": "DSR-2026-0042"}],
        "quarantined": [MAIL | {"why": "processing-error: ValueError"}], "ignored": [MAIL],
    },
    "staff/sending-unconfirmed": {"ref": "DSR-2026-0042", "draft": {"id": 11, "template": "customer/access-reply",
                                                                   "to": "a@example.fi", "subject": "[DSR] Reply"}},
    "staff/service-failing": {"what": "intake", "server": "imap.example.fi:993", "since": "2026-11-24 12:00",
                              "until": "", "length": "1 h 5 min", "failures": 14,
                              "reasons": [{"reason": "IMAP imap.example.fi:993: connect failed: Connection refused",
                                           "count": 14, "last": "2026-11-24 13:05"}]},
    "staff/signin-link": {"email": "privacy@allsec.fi", "minutes": 15,
                          "link": "https://rightsbot.allsec.fi/signin/abc.def"},
}
SAMPLES["staff/service-recovered"] = SAMPLES["staff/service-failing"] | {"until": "2026-11-24 13:10"}
# The alerts are about the service, not a case.
SERVICE = ("staff/sending-unconfirmed", "staff/service-failing", "staff/service-recovered")
# One word each language's text must have, so a mail in the wrong language shows.
WORD = {"fi": "rightsbot case show", "sv": "rightsbot case show", "en": "rightsbot case show"}
DAYS = {"fi": "työpäivää", "sv": "arbetsdag", "en": "working day"}


def test_every_staff_mail_has_a_sample():
    assert {n for n in Renderer(TEMPLATES).names() if n.startswith("staff/")} == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_mail_renders(name, language):
    mail = Renderer(TEMPLATES).render(name, language, COMMON | SAMPLES[name] | {"language": language})
    assert "\n" not in mail.subject and "None" not in mail.text
    # A sign-in link names no case; the alerts are about the service; every other staff mail names its case.
    if name == "staff/signin-link":
        assert "/signin/abc.def" in mail.text
    elif not name.startswith("staff/service-"):
        assert "DSR-2026-0042" in mail.text
    if name not in (*SERVICE, "staff/signin-link"):
        assert DAYS[language] in mail.text
    if name == "staff/signin-link":
        # The link on a line of its own, so mail clients make it clickable whole.
        assert "\nhttps://rightsbot.allsec.fi/signin/abc.def\n" in mail.text and "15" in mail.text
    if name == "staff/reminder":
        # Every kind of wait is worded, with the command that ends it.
        for needle in ("rightsbot approve 11", "#12", "550 no such mailbox", "rightsbot task done 14",
                       "rightsbot decide DSR-2026-0042 --right erasure", "rightsbot triage DSR-2026-0042"):
            assert needle in mail.text, (language, needle)
    if name == "staff/digest":
        assert mail.text.index("DSR-2026-0001") < mail.text.index("DSR-2026-0042")
        for needle in ("ooo@example.com", "Out of office", "451 greylisted", "2026-12-07 08:10", "DSR-2026-0043"):
            assert needle in mail.text, (language, needle)


@pytest.mark.parametrize("what, command", [("intake", "rightsbot poll --once"), ("send", "rightsbot send")])
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_alert_says_what_fails_since_when_and_what_to_check(what, command, language):
    renderer = Renderer(TEMPLATES)
    context = COMMON | SAMPLES["staff/service-failing"] | {"what": what, "language": language}
    failing = renderer.render("staff/service-failing", language, context)
    for needle in ("2026-11-24 12:00", "Connection refused", "14", "imap.example.fi:993", command, "rightsbot status"):
        assert needle in failing.text, (language, needle)
    assert "2026-11-24 12:00" in failing.subject
    recovered = renderer.render("staff/service-recovered", language, context | {"until": "2026-11-24 13:10"})
    assert "2026-11-24 13:10" in recovered.subject and "Connection refused" in recovered.text


@pytest.mark.parametrize("language,one", [
    ("fi", ("1 avoin tapaus", "1 myöhässä", "1 luonnos hyväksyttävänä", "(1 uusi)")),
    ("sv", ("1 öppet ärende", "1 försenat", "1 utkast att godkänna", "(1 ny)")),
])
def test_digest_counts_agree_with_one(language, one):
    """Language review: "1 avointa tapausta", "1 luonnosta", "(1 uutta)" and "1 öppna ärenden" in the digest."""
    sample = SAMPLES["staff/digest"] | {"cases": [CASE | {"overdue": True}], "quarantined": []}
    mail = Renderer(TEMPLATES).render("staff/digest", language, COMMON | sample | {"language": language})
    for needle in one:
        assert needle in mail.subject + "\n" + mail.text, needle
