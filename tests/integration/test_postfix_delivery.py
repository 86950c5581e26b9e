"""Replies to three requesters, one with an SMTPUTF8 address (RFC 6531), go out through a real
Postfix on loopback (a private instance, tests/integration/postfix_server.py) and arrive in its
maildir, each to its own requester, with the Message-ID the draft was given."""

from __future__ import annotations

import pytest

from bot.adapters.clock import FixedClock
from bot.entrypoints import bootstrap, config
from bot.services import views
from bot.services.drafts import approve
from bot.services.sending import send_approved
from tests.integration.postfix_server import start_private_postfix
from tests.integration.test_rights import AINO, LINNEA, NOW, STAFF, bot_env, request

JORG = "jörg.groß@exämple.de"


@pytest.fixture(scope="module")
def postfix():
    yield from start_private_postfix()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_replies_to_three_requesters_arrive_through_postfix(tmp_path, database_url, imap_account, postfix):
    app = bootstrap.build(config.from_mapping(bot_env(tmp_path, database_url, imap_account, postfix)),
                          clock=FixedClock(NOW))
    request(app, AINO, "Tietopyyntö", "Haluan saada kopion henkilötiedoistani.")
    request(app, LINNEA, "Registerutdrag", "Jag vill ha en kopia av mina personuppgifter.")
    request(app, f"Jörg <{JORG}>", "Auskunft", "Please send me a copy of my personal data.")
    acks = [d for d in views.drafts(app, "pending") if d["template"] == "customer/acknowledgement"]
    assert sorted(d["to"] for d in acks) == sorted([AINO, LINNEA, JORG])
    for draft in acks:
        approve(app, draft["id"], STAFF)
    assert send_approved(app) == {"sent": 3, "deferred": 0, "failed": 0}
    arrived = postfix.wait_for(3)
    assert len(arrived) == 3, postfix.log()
    by_rcpt = {m["Delivered-To"]: m for m in arrived}
    assert set(by_rcpt) == {AINO, LINNEA, JORG}
    for draft in acks:
        mail = by_rcpt[draft["to"]]
        assert mail["Message-ID"] == draft["message_id"]
        # The UTF-8 address arrives as UTF-8 (RFC 6532): no encoded-word, no punycode.
        assert mail["To"].addresses[0].addr_spec == draft["to"]
    app.store.dispose()
