"""bot.adapters.outbox against a real aiosmtpd server (see conftest.py)."""

from __future__ import annotations

import pytest

from bot.adapters.outbox import Outbox
from bot.core.errors import PermanentDeliveryError, SetupDeliveryError, TemporaryDeliveryError

RAW = (
    b"From: Allsec Oy <info@allsec.fi>\r\n"
    b"To: customer@example.fi\r\n"
    b"Subject: Vastaus tietopyynt\xc3\xb6\xc3\xb6nne\r\n"
    b"Message-ID: <reply-1@allsec.fi>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"Hei,\r\n"
    b".leading dot survives dot-stuffing\r\n"
    b"Yst\xc3\xa4v\xc3\xa4llisin terveisin\r\n"
)


def outbox_for(server, **kwargs) -> Outbox:
    return Outbox(server.host, server.port, timeout=5, **kwargs)


def test_send_delivers_exact_bytes_and_envelope(smtp_server):
    outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["customer@example.fi", "dpo@allsec.fi"])

    [received] = smtp_server.messages
    assert received.mail_from == "bounces@allsec.fi"
    assert received.rcpt_tos == ["customer@example.fi", "dpo@allsec.fi"]
    assert received.content == RAW


def test_each_test_starts_with_an_empty_sink(smtp_server):
    assert smtp_server.messages == []


@pytest.mark.parametrize("stage", ["MAIL", "RCPT", "DATA"])
def test_4xx_is_temporary(smtp_server, stage):
    smtp_server.fail_next(stage, 451, "try again later")
    with pytest.raises(TemporaryDeliveryError) as info:
        outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    assert "451" in str(info.value)
    assert f"{smtp_server.host}:{smtp_server.port}" in str(info.value)
    assert smtp_server.messages == []


@pytest.mark.parametrize("stage", ["RCPT", "DATA"])
def test_5xx_is_permanent(smtp_server, stage):
    smtp_server.fail_next(stage, 550, "no such user")
    with pytest.raises(PermanentDeliveryError) as info:
        outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    assert "550" in str(info.value)
    assert smtp_server.messages == []


def test_5xx_for_our_sender_address_is_a_setup_error_not_a_failed_mail(smtp_server):
    smtp_server.fail_next("MAIL", 550, "sender not allowed")
    with pytest.raises(SetupDeliveryError, match="MAIL FROM refused: 550"):
        outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])


def test_a_failed_quit_after_the_data_was_accepted_is_still_a_delivery(smtp_server):
    smtp_server.fail_next("QUIT", 421, "closing")
    outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    assert len(smtp_server.messages) == 1


def test_all_recipients_refused_with_5xx_is_permanent(smtp_server):
    smtp_server.fail_next("RCPT", 550, "no such user", times=2)
    with pytest.raises(PermanentDeliveryError, match="550"):
        outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["a@example.fi", "b@example.fi"])


def test_mixed_refusals_are_temporary(smtp_server):
    smtp_server.fail_next("RCPT", 550, "no such user")
    smtp_server.fail_next("RCPT", 452, "mailbox full")
    with pytest.raises(TemporaryDeliveryError, match="452"):
        outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["a@example.fi", "b@example.fi"])


def test_partial_refusal_is_reported_not_hidden(smtp_server):
    # One recipient refused, the other accepted: the caller must hear about it.
    smtp_server.fail_next("RCPT", 550, "no such user")
    with pytest.raises(PermanentDeliveryError, match="a@example.fi: 550"):
        outbox_for(smtp_server).send(RAW, "bounces@allsec.fi", ["a@example.fi", "b@example.fi"])
    [received] = smtp_server.messages
    assert received.rcpt_tos == ["b@example.fi"]


def test_closed_port_is_temporary(unused_port):
    outbox = Outbox("127.0.0.1", unused_port, username="bot", password="pw-123456", timeout=5)
    with pytest.raises(TemporaryDeliveryError) as info:
        outbox.send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    message = str(info.value)
    assert f"127.0.0.1:{unused_port}" in message
    assert "pw-123456" not in message


def test_login_without_auth_support_is_a_settings_error_and_does_not_leak_password(smtp_server):
    # The sink offers no AUTH; asking to log in must fail without the password. Trying again later
    # would not help: it is a settings error (SMTP_USERNAME set for a server that takes no login).
    outbox = outbox_for(smtp_server, username="bot", password="pw-123456")
    with pytest.raises(SetupDeliveryError) as info:
        outbox.send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
    assert "pw-123456" not in str(info.value)
    assert "offers no AUTH" in str(info.value) and "SMTP_USERNAME" in str(info.value)
    assert smtp_server.messages == []


def test_silent_server_times_out_as_temporary(silent_port):
    outbox = Outbox("127.0.0.1", silent_port, timeout=0.5)
    with pytest.raises(TemporaryDeliveryError, match="timed out"):
        outbox.send(RAW, "bounces@allsec.fi", ["customer@example.fi"])
