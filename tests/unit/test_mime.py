import email
import email.policy
from datetime import datetime, timezone

import pytest

from bot.core.mail.build import Attachment, build_reply

BASE = dict(subject="[DSR-2026-0001] Vastaanotettu", text="Hei,\n\nKiitos viestistäsi.\n", html=None,
            mail_from="info@allsec.fi", from_name="Allsec Oy", to="maija@example.fi",
            message_id="<dsr-2026-0001.1.ab12cd34@allsec.fi>", in_reply_to="<m1@example.fi>",
            references=("<m0@example.fi>", "<m1@example.fi>"), date=datetime(2026, 11, 24, 10, tzinfo=timezone.utc),
            auto_submitted=False)


def test_threading_and_headers():
    msg = email.message_from_bytes(build_reply(**BASE), policy=email.policy.default)
    assert msg["Subject"] == "[DSR-2026-0001] Vastaanotettu"
    assert msg["Message-ID"] == "<dsr-2026-0001.1.ab12cd34@allsec.fi>"
    assert msg["In-Reply-To"] == "<m1@example.fi>"
    assert msg["References"] == "<m0@example.fi> <m1@example.fi>"
    assert msg["Auto-Submitted"] == "no"
    assert msg["X-Rightsbot-Loop"] == "info@allsec.fi"
    assert msg.get_content().replace("\r\n", "\n").startswith("Hei,\n\nKiitos viestistäsi.")


def test_automatic_mail_says_so():
    msg = email.message_from_bytes(build_reply(**BASE | {"auto_submitted": True}), policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-replied"


def test_attachments():
    raw = build_reply(**BASE | {"attachments": (Attachment("personal-data.json", b'{"a": 1}', "application/json"),)})
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == "personal-data.json"
    assert part.get_content() == b'{"a": 1}'


def test_header_injection_is_refused():
    with pytest.raises(ValueError):
        build_reply(**BASE | {"to": "maija@example.fi\r\nBcc: evil@example.com"})
