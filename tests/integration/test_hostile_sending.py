"""Sending to hostile or unusual addresses (issue 10): an address that needs SMTPUTF8 goes out with
it when the server offers it and fails alone with a clear reason when not; a look-alike address
(letters of two scripts in one label) is stopped before anything goes to it. Real Dovecot, real
aiosmtpd (one without SMTPUTF8, one with it), SQLite and PostgreSQL."""

from __future__ import annotations

import email
import email.policy

import pytest

from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.services import views
from bot.services.drafts import approve
from bot.services.sending import send_approved
from tests.integration.conftest import LOOPBACK, RecordingHandler, _LoopbackController, serve_smtp
from tests.integration.test_rights import EMILY, NOW, STAFF, bot_env, request

JORG = "jörg.groß@exämple.de"
# "emily" with a Cyrillic у (U+0443) in place of the Latin y.
LOOKALIKE = "emil\u0443@example.com"


class OptionsHandler(RecordingHandler):
    """Also keeps the MAIL FROM options each recipient's mail came with."""

    def __init__(self) -> None:
        super().__init__()
        self.options: dict[str, list[str]] = {}

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        if reply.startswith("250"):
            self.options.update({rcpt: list(envelope.mail_options) for rcpt in envelope.rcpt_tos})
        return reply


@pytest.fixture(scope="module")
def utf8_smtp():
    yield from serve_smtp(_LoopbackController(OptionsHandler(), hostname=LOOPBACK, port=0, enable_SMTPUTF8=True))


@pytest.fixture(scope="module")
def ascii_smtp():
    yield from serve_smtp(_LoopbackController(OptionsHandler(), hostname=LOOPBACK, port=0, enable_SMTPUTF8=False))


def _app(tmp_path, database_url, imap_account, smtp):
    smtp.handler.reset()
    built = bootstrap.build(config.from_mapping(bot_env(tmp_path, database_url, imap_account, smtp)),
                            clock=FixedClock(NOW))
    yield built
    built.store.dispose()


@pytest.fixture
def utf8_app(tmp_path, database_url, imap_account, utf8_smtp):
    yield from _app(tmp_path, database_url, imap_account, utf8_smtp)


@pytest.fixture
def ascii_app(tmp_path, database_url, imap_account, ascii_smtp):
    yield from _app(tmp_path, database_url, imap_account, ascii_smtp)


def _approve_acks(app) -> list[dict]:
    pending = [d for d in views.drafts(app, "pending") if d["template"] == "customer/acknowledgement"]
    for d in pending:
        approve(app, d["id"], STAFF)
    return pending


def test_an_smtputf8_address_goes_out_with_smtputf8_when_the_server_offers_it(utf8_app, utf8_smtp):
    request(utf8_app, f"Jörg <{JORG}>", "Datenkopie", "Please send me a copy of my personal data.")
    request(utf8_app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    _approve_acks(utf8_app)
    assert send_approved(utf8_app) == {"sent": 2, "deferred": 0, "failed": 0}
    # The SMTPUTF8 mail's headers are UTF-8 (RFC 6532): read as text, not as 8-bit bytes.
    by_rcpt = {tuple(m.rcpt_tos): (m, email.message_from_string(m.content.decode("utf-8"), policy=email.policy.default))
               for m in utf8_smtp.messages}
    assert set(by_rcpt) == {(JORG,), (EMILY,)}
    utf8_mail, parsed = by_rcpt[(JORG,)]
    # RFC 6531/6532: the address itself in the envelope and in To:, no encoded-word.
    assert parsed["To"].addresses[0].addr_spec == JORG
    assert JORG.encode() in utf8_mail.content
    assert "SMTPUTF8" in utf8_smtp.handler.options[JORG]
    # Mail that needs no SMTPUTF8 is sent as before.
    assert "SMTPUTF8" not in utf8_smtp.handler.options[EMILY]


def test_an_smtputf8_address_fails_alone_with_the_reason_when_the_server_lacks_it(ascii_app, ascii_smtp):
    request(ascii_app, f"Jörg <{JORG}>", "Datenkopie", "Please send me a copy of my personal data.")
    request(ascii_app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    first, second = _approve_acks(ascii_app)
    assert send_approved(ascii_app) == {"sent": 1, "deferred": 0, "failed": 1}
    drafts = {d["id"]: d for d in views.drafts(ascii_app)}
    assert drafts[first["id"]]["status"] == "failed"
    assert "does not offer SMTPUTF8" in drafts[first["id"]]["last_error"]
    assert drafts[second["id"]]["status"] == "sent"
    assert [m.rcpt_tos for m in ascii_smtp.messages] == [[EMILY]]


def test_a_lookalike_address_is_stopped_before_anything_goes_to_it(utf8_app, utf8_smtp):
    request(utf8_app, f"Emily <{LOOKALIKE}>", "Unsubscribe", "Please stop sending me newsletters.")
    request(utf8_app, EMILY, "Unsubscribe", "Please stop sending me newsletters.")
    first, second = _approve_acks(utf8_app)
    assert first["to"] == LOOKALIKE
    assert send_approved(utf8_app) == {"sent": 1, "deferred": 0, "failed": 1}
    detail = {d["id"]: d for d in views.drafts(utf8_app)}
    assert detail[first["id"]]["status"] == "rejected"
    assert detail[second["id"]]["status"] == "sent"
    assert views.draft_detail(utf8_app, first["id"])["rejected_reason"].startswith("recipient-mixed-scripts")
    assert [m.rcpt_tos for m in utf8_smtp.messages] == [[EMILY]]
