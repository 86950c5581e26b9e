"""Generated hostile mail through intake on the real Dovecot (issue 10): whatever hypothesis builds
(runs without spaces, deep nesting, broken MIME, 8-bit and control bytes in headers, lying
charsets, odd From values, HTML soup), every mail is recorded, handled or quarantined with a
reason, one pass takes them all, and the next pass finds nothing new. The wild corpus goes the
same way in test_end_to_end.py."""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.adapters import store
from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.services.intake import poll_once
from tests.integration.test_rights import NOW, bot_env

RECORDED = {"processed", "ignored", "flagged", "duplicate", "quarantined"}

# Pieces of text an attacker (or a broken mailer) sends, repeated to a length.
_RUNS = st.sampled_from(["a", "x.", "1@x-", "poista tietoni", "> ", "=?utf-8?b?w6Q=?=", "\u0430", "http://x/",
                         "<div>", "&amp;", "\x00", "\r", "ä", "\ufffd", "=\r\n", "--b\r\n"])
_TEXT = st.builds(lambda unit, n: unit * n, _RUNS, st.integers(1, 40_000)) | st.text(max_size=2000)


def _header_value() -> st.SearchStrategy[bytes]:
    plain = st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass"))
    eight_bit = st.binary(max_size=200).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
    long = st.builds(lambda unit, n: (unit * n).encode("utf-8"), _RUNS, st.integers(1, 5000))
    return plain.map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")) | eight_bit | long.map(
        lambda b: b.replace(b"\r", b"").replace(b"\n", b""))


_FROM = st.sampled_from([
    b"", b"<>", b"linnea@example.se <attacker@evil.example>", b"<a@b.example>@evil.example",
    b"=?utf-8?b?bWF0dGlAZXhhbXBsZS5maQ==?= <x@evil.example>", b"\xff\xfe@\xc3", b"a@example.fi, b@example.fi",
    "Jörg <jörg.groß@exämple.de>".encode(), "emil\u0443@example.com".encode(), b"Dear Customer <c@example.fi>",
]) | _header_value()


@st.composite
def hostile_mail(draw) -> bytes:
    headers = [b"From: " + draw(_FROM), b"To: info@allsec.fi", b"Subject: " + draw(_header_value())]
    if draw(st.booleans()):
        headers.append(b"Message-ID: <" + draw(_header_value())[:80] + b">")
    headers += [draw(_header_value()) for _ in range(draw(st.integers(0, 3)))]  # lines that are no header
    shape = draw(st.sampled_from(["plain", "html", "multipart", "nested", "broken"]))
    body = draw(_TEXT).encode("utf-8", "surrogatepass")
    charset = draw(st.sampled_from([b"utf-8", b"iso-8859-1", b"x-unknown", b"utf-7", b""]))
    if shape == "plain":
        headers.append(b"Content-Type: text/plain; charset=" + charset)
    elif shape == "html":
        headers.append(b"Content-Type: text/html; charset=" + charset)
        body = b"<html><body>" + b"<div><b>" * draw(st.integers(0, 2000)) + body
    elif shape in ("multipart", "broken"):
        boundary = draw(st.sampled_from([b"b", b"", b"--", b"a" * 200]))
        headers.append(b'Content-Type: multipart/mixed; boundary="' + boundary + b'"')
        parts = b"".join(b"--" + boundary + b"\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: "
                         + draw(st.sampled_from([b"base64", b"quoted-printable", b"8bit", b"x-uue"]))
                         + b"\r\n\r\n" + body + b"\r\n" for _ in range(draw(st.integers(1, 4))))
        body = parts + (b"" if shape == "broken" else b"--" + boundary + b"--\r\n")
    else:
        depth = draw(st.integers(1, 300))
        body = b"Content-Type: message/rfc822\r\n\r\n" * depth + b"Subject: inner\r\n\r\n" + body
        headers.append(b"Content-Type: message/rfc822")
    return b"\r\n".join(headers) + b"\r\n\r\n" + body


# A mail nested 2,000 levels deep: the stdlib parser recurses once per level.
DEEP = (b"From: deep@example.fi\r\nTo: info@allsec.fi\r\nSubject: deep\r\n"
        + b"Content-Type: message/rfc822\r\n\r\n" * 2000 + b"Subject: inner\r\n\r\nPlease delete my data.\r\n")


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mails=st.lists(hostile_mail(), min_size=25, max_size=25))
def test_every_hostile_mail_is_handled_or_quarantined_with_a_reason(dovecot, smtp_server, mails):
    account = dovecot.new_account()
    folder = Path(tempfile.mkdtemp(prefix="rightsbot-hostile-"))
    try:
        app = bootstrap.build(config.from_mapping(bot_env(folder, f"sqlite:///{folder / 'bot.db'}", account,
                                                          smtp_server)), clock=FixedClock(NOW))
        with app.mailbox() as box:
            for raw in [*mails, DEEP]:
                box.append(raw, when=NOW - timedelta(hours=1))
            uids = box.uids_since(NOW.date() - timedelta(days=1))
        report = poll_once(app)
        assert report.fetched == len(uids) == len(mails) + 1
        with app.store.session() as session:
            rows = {m.uid: m for m in store.list_mail(session) if m.direction == "in"}
        assert set(rows) == set(uids)  # nothing lost
        assert {m.state for m in rows.values()} <= RECORDED
        assert all(m.reason for m in rows.values() if m.state in ("quarantined", "flagged"))
        deep = rows[max(uids)]
        assert deep.state == "quarantined" and "nested too deeply" in deep.reason
        assert poll_once(app).fetched == 0
        app.store.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
