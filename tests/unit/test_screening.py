from bot import screening
from bot.message import ParsedMail, parse


def mail(headers: str, body: str = "Hello", ctype: str = "text/plain") -> ParsedMail:
    raw = f"From: a@example.com\r\nTo: info@allsec.fi\r\nSubject: s\r\n{headers}Content-Type: {ctype}\r\n\r\n{body}"
    parsed = parse(raw.encode())
    assert isinstance(parsed, ParsedMail)
    return parsed


def fired(rules, m, text=""):
    return [r.name for r in rules if r(m, text)]


def test_rules_are_named_and_explain_themselves():
    for table in (screening.BOUNCE_RULES, screening.AUTO_HEADER_RULES, screening.BULK_RULES, screening.SPAM_RULES):
        for rule in table:
            assert rule.name and rule.description


def test_auto_submitted_no_does_not_fire():
    assert fired(screening.AUTO_HEADER_RULES, mail("Auto-Submitted: no\r\n")) == []
    assert fired(screening.AUTO_HEADER_RULES, mail("Auto-Submitted: auto-replied\r\n")) == ["auto-submitted"]


def test_x_auto_response_suppress_is_not_an_auto_reply():
    m = mail("X-Auto-Response-Suppress: All\r\n")
    assert fired(screening.AUTO_HEADER_RULES, m) == []


def test_vendor_autoreply_headers_and_precedence():
    assert "x-autoreply" in fired(screening.AUTO_HEADER_RULES, mail("X-Autoreply: yes\r\n"))
    assert "x-autorespond" in fired(screening.AUTO_HEADER_RULES, mail("X-Autorespond: vacation\r\n"))
    assert "precedence-auto-reply" in fired(screening.AUTO_HEADER_RULES, mail("Precedence: auto_reply\r\n"))
    assert "precedence-bulk" in fired(screening.BULK_RULES, mail("Precedence: bulk\r\n"))
    assert "list-headers" in fired(screening.BULK_RULES, mail("List-Id: <news.example.com>\r\n"))


def test_bounce_by_report_and_daemon():
    dsn = parse(b"From: MAILER-DAEMON@mx.example.org\r\nTo: info@allsec.fi\r\nSubject: Undelivered\r\n"
                b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
                b"--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
                b"Action: failed\r\n--b--\r\n")
    assert isinstance(dsn, ParsedMail)
    assert {"dsn-report", "daemon-sender"} <= set(fired(screening.BOUNCE_RULES, dsn))


def test_out_of_office_text_fi_sv_en():
    for text in ("Olen lomalla 1.8. asti.", "Jag är ledig till och med måndag.", "I am currently out of the office."):
        assert screening.AUTO_TEXT(mail(""), text)


def test_spam_score_has_a_threshold():
    m = mail("Authentication-Results: mx; dmarc=fail\r\n")
    text = "Your password expires today. Click the button below within 24 hours."
    score = sum(r.weight for r in screening.SPAM_RULES if r(m, text))
    assert score >= screening.SPAM_THRESHOLD
