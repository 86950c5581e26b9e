"""OAuth2 (XOAUTH2) sign-in against real servers on loopback: the oauth2 Dovecot (local JWT
validation), an SMTP server that checks each token, and a token endpoint run by the test that
MSAL and google-auth talk to over HTTPS (tests/integration/token_authority.py).
"""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.adapters import oauth2
from bot.adapters.clock import FixedClock
from bot.adapters.mailbox import Mailbox
from bot.adapters.outbox import Outbox
from bot.core.errors import MailboxUnavailable, SetupDeliveryError, TemporaryDeliveryError
from bot.core.settings import OAuth2Settings
from tests.integration.token_authority import new_key, pem, self_signed

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

SECRET = "Qx8~app-secret-for-tests-7d1f"
RAW = (b"From: info@allsec.fi\r\nTo: customer@example.fi\r\nSubject: test\r\nMessage-ID: <oauth2-1@allsec.fi>\r\n"
       b"\r\nHei\r\n")
NOW = datetime.now(timezone.utc)


def microsoft(authority, token_file: Path, mailbox: str, **credential) -> OAuth2Settings:
    if not credential:
        credential = {"client_secret": SECRET}
    app = authority.register_app(mailbox, secret=credential.get("client_secret"),
                                 certificate_key=credential.pop("certificate_key", None))
    return OAuth2Settings("microsoft", token_file, tenant_id=authority.tenant, client_id=app.client_id,
                          authority=authority.base, **credential)


def google_user(authority, folder: Path, user: str) -> OAuth2Settings:
    """Google with the token file as `rightsbot oauth2 login` leaves it."""
    secrets_file, client_id, client_secret = authority.client_secrets_file(folder)
    code = authority.grant_code(user)
    status, body = authority.handle_token("/google/token", {"grant_type": "authorization_code", "code": code,
                                                            "client_id": client_id, "client_secret": client_secret},
                                          None)
    assert status == 200
    token_file = folder / "token.json"
    oauth2.TokenFile(token_file).write({"authorized_user": {
        "refresh_token": body["refresh_token"], "client_id": client_id, "client_secret": client_secret,
        "token_uri": authority.google_token_uri}})
    return OAuth2Settings("google", token_file, client_secrets_file=secrets_file)


def open_box(server, user: str, tokens) -> Mailbox:
    return Mailbox(server.host, server.port, user, None, "none", timeout=10, tokens=tokens)


def outbox(server, user: str, tokens) -> Outbox:
    return Outbox(server.host, server.port, user, None, "none", timeout=10, tokens=tokens)


# -- signing in ---------------------------------------------------------------------------------


def test_imap_signs_in_with_a_microsoft_app_token(token_authority, oauth2_dovecot, tmp_path):
    user = oauth2_dovecot.new_username()
    tokens = oauth2.provider(microsoft(token_authority, tmp_path / "t.json", user), FixedClock(NOW))
    with open_box(oauth2_dovecot, user, tokens) as box:
        box.append(RAW)
        assert [m.raw for m in box.fetch(box.uids_since(NOW.date() - timedelta(days=1)))] == [RAW]
    assert token_authority.requests == [("client_credentials", token_authority.requests[0][1])]


def test_imap_signs_in_with_a_microsoft_certificate(token_authority, oauth2_dovecot, tmp_path):
    user = oauth2_dovecot.new_username()
    key = new_key()
    pem_file = tmp_path / "app.pem"
    pem_file.write_text(pem(key) + self_signed(key, [], cn="rightsbot app"))
    settings = microsoft(token_authority, tmp_path / "t.json", user, client_certificate=pem_file,
                         certificate_key=key.public_key())
    with open_box(oauth2_dovecot, user, oauth2.provider(settings, FixedClock(NOW))) as box:
        assert box.uidvalidity


def test_imap_signs_in_with_a_google_service_account(token_authority, oauth2_dovecot, tmp_path):
    user = oauth2_dovecot.new_username()
    key_file, _ = token_authority.service_account_file(tmp_path, {user})
    settings = OAuth2Settings("google", tmp_path / "t.json", service_account_file=key_file)
    with open_box(oauth2_dovecot, user, oauth2.provider(settings, FixedClock(NOW))) as box:
        assert box.uidvalidity


def test_a_token_for_another_mailbox_is_refused_by_dovecot(token_authority, oauth2_dovecot, tmp_path):
    granted, other = oauth2_dovecot.new_username(), oauth2_dovecot.new_username()
    tokens = oauth2.provider(microsoft(token_authority, tmp_path / "t.json", granted), FixedClock(NOW))
    with pytest.raises(MailboxUnavailable) as caught:
        with open_box(oauth2_dovecot, other, tokens):
            pass
    assert "refused the OAuth2 access token" in str(caught.value)


def test_smtp_signs_in_with_xoauth2_microsoft(token_authority, oauth2_smtp, tmp_path):
    user = "info@allsec.fi"
    tokens = oauth2.provider(microsoft(token_authority, tmp_path / "t.json", user), FixedClock(NOW))
    outbox(oauth2_smtp, user, tokens).send(RAW, user, ["customer@example.fi"])
    assert [m.content for m in oauth2_smtp.messages] == [RAW.replace(b"\r\n", b"\n")] or len(oauth2_smtp.messages) == 1
    assert oauth2_smtp.handler.signed_in == [user]


def test_smtp_signs_in_with_a_google_refresh_token(token_authority, oauth2_smtp, tmp_path):
    user = "info@allsec.fi"
    tokens = oauth2.provider(google_user(token_authority, tmp_path, user), FixedClock(NOW))
    outbox(oauth2_smtp, user, tokens).send(RAW, user, ["customer@example.fi"])
    assert len(oauth2_smtp.messages) == 1 and oauth2_smtp.handler.signed_in == [user]


def test_smtp_without_a_token_is_refused_by_the_test_server(oauth2_smtp):
    # The server really demands AUTH: a plain send is turned away.
    with pytest.raises(SetupDeliveryError):
        Outbox(oauth2_smtp.host, oauth2_smtp.port, timeout=10).send(RAW, "info@allsec.fi", ["c@example.fi"])
    assert oauth2_smtp.messages == []


# -- the token file and renewal -----------------------------------------------------------------


def test_tokens_are_kept_owner_only_and_reused_until_shortly_before_expiry(token_authority, oauth2_dovecot, tmp_path):
    user = oauth2_dovecot.new_username()
    clock = FixedClock(NOW)
    settings = microsoft(token_authority, tmp_path / "t.json", user)
    tokens = oauth2.provider(settings, clock)
    with open_box(oauth2_dovecot, user, tokens):
        pass
    assert stat.S_IMODE(os.stat(settings.token_file).st_mode) == 0o600
    first = json.loads(settings.token_file.read_text())["access_tokens"][user]["token"]
    assert tokens.expires_at(user) == NOW + timedelta(seconds=3600)
    assert token_authority.token_requests() == 1

    # Another run (a new provider reading the same file) 54 minutes on: the stored token serves.
    clock.advance(minutes=54)
    with open_box(oauth2_dovecot, user, oauth2.provider(settings, clock)):
        pass
    assert token_authority.token_requests() == 1

    # 56 minutes on, less than five minutes are left: a new token, before the old one lapses.
    clock.advance(minutes=2)
    with open_box(oauth2_dovecot, user, tokens):
        pass
    assert token_authority.token_requests() == 2
    second = json.loads(settings.token_file.read_text())["access_tokens"][user]["token"]
    assert second != first and second == token_authority.issued[-1]
    assert tokens.expires_at(user) == clock.now() + timedelta(seconds=3600)


def test_google_tokens_renew_before_expiry_too(token_authority, oauth2_smtp, tmp_path):
    user = "info@allsec.fi"
    clock = FixedClock(NOW)
    tokens = oauth2.provider(google_user(token_authority, tmp_path, user), clock)
    box = outbox(oauth2_smtp, user, tokens)
    box.send(RAW, user, ["customer@example.fi"])
    box.send(RAW, user, ["customer@example.fi"])
    assert [g for g, _ in token_authority.requests].count("refresh_token") == 1
    clock.advance(minutes=56)
    box.send(RAW, user, ["customer@example.fi"])
    assert [g for g, _ in token_authority.requests].count("refresh_token") == 2
    assert len(set(token_authority.issued[-2:])) == 2


def test_a_token_file_others_can_read_is_refused(token_authority, oauth2_dovecot, tmp_path):
    user = oauth2_dovecot.new_username()
    settings = microsoft(token_authority, tmp_path / "t.json", user)
    tokens = oauth2.provider(settings, FixedClock(NOW))
    with open_box(oauth2_dovecot, user, tokens):
        pass
    settings.token_file.chmod(0o644)
    with pytest.raises(MailboxUnavailable) as caught:
        with open_box(oauth2_dovecot, user, tokens):
            pass
    assert str(caught.value) == (f"OAUTH2_TOKEN_FILE: {settings.token_file} is readable by others (mode 0644); "
                                 f"run: chmod 600 {settings.token_file}")


# -- refusals -------------------------------------------------------------------------------------


def test_a_revoked_client_secret_is_one_line_naming_the_setting(token_authority, oauth2_dovecot, oauth2_smtp,
                                                                 tmp_path):
    user = oauth2_dovecot.new_username()
    settings = microsoft(token_authority, tmp_path / "t.json", user)
    # An admin deleted the secret in Entra ID.
    token_authority.apps[settings.client_id].secret = "another"
    tokens = oauth2.provider(settings, FixedClock(NOW))
    with pytest.raises(MailboxUnavailable) as imap:
        with open_box(oauth2_dovecot, user, tokens):
            pass
    with pytest.raises(SetupDeliveryError) as smtp:
        outbox(oauth2_smtp, user, tokens).send(RAW, user, ["customer@example.fi"])
    for caught in (imap, smtp):
        line = str(caught.value)
        assert line.startswith("OAUTH2_CLIENT_SECRET: Microsoft refused the app's credentials "
                               "(invalid_client, AADSTS7000215)")
        assert "\n" not in line and SECRET not in line and "Trace ID" not in line


@pytest.mark.parametrize("wrong, expected", [
    ({"tenant_id": "no-such-tenant"}, "OAUTH2_TENANT_ID: Microsoft does not know tenant 'no-such-tenant' at https://"),
    ({"client_id": "no-such-app"}, "OAUTH2_CLIENT_ID: Microsoft refused the token request (unauthorized_client, "
                                   "AADSTS700016); check OAUTH2_CLIENT_ID and OAUTH2_TENANT_ID"),
])
def test_a_wrong_tenant_or_app_names_its_setting(token_authority, oauth2_dovecot, tmp_path, wrong, expected):
    from dataclasses import replace

    user = oauth2_dovecot.new_username()
    settings = replace(microsoft(token_authority, tmp_path / "t.json", user), **wrong)
    with pytest.raises(MailboxUnavailable) as caught:
        with open_box(oauth2_dovecot, user, oauth2.provider(settings, FixedClock(NOW))):
            pass
    assert str(caught.value).startswith(expected)


def test_a_revoked_google_sign_in_says_to_log_in_again(token_authority, oauth2_smtp, tmp_path):
    user = "info@allsec.fi"
    settings = google_user(token_authority, tmp_path, user)
    token_authority.revoke_refresh_tokens()
    with pytest.raises(SetupDeliveryError) as caught:
        outbox(oauth2_smtp, user, oauth2.provider(settings, FixedClock(NOW))).send(RAW, user, ["c@example.fi"])
    assert str(caught.value) == ("OAUTH2_TOKEN_FILE: Google refused the stored sign-in (invalid_grant): it was "
                                 "revoked, expired or the password changed; run `rightsbot oauth2 login` again")


def test_a_service_account_without_delegation_names_the_admin_console_step(token_authority, oauth2_dovecot,
                                                                            tmp_path):
    user = oauth2_dovecot.new_username()
    key_file, _ = token_authority.service_account_file(tmp_path, set())
    settings = OAuth2Settings("google", tmp_path / "t.json", service_account_file=key_file)
    with pytest.raises(MailboxUnavailable) as caught:
        with open_box(oauth2_dovecot, user, oauth2.provider(settings, FixedClock(NOW))):
            pass
    assert str(caught.value).startswith("OAUTH2_SERVICE_ACCOUNT_FILE: Google refused the service account "
                                        "(unauthorized_client): in the Admin console")


def test_a_token_endpoint_that_fails_is_temporary_and_the_next_try_succeeds(token_authority, oauth2_dovecot,
                                                                             oauth2_smtp, tmp_path):
    user = oauth2_dovecot.new_username()
    tokens = oauth2.provider(microsoft(token_authority, tmp_path / "t.json", user), FixedClock(NOW))
    token_authority.failing_with = 503
    with pytest.raises(TemporaryDeliveryError) as caught:
        outbox(oauth2_smtp, user, tokens).send(RAW, user, ["customer@example.fi"])
    assert "will try again" in str(caught.value)
    with pytest.raises(MailboxUnavailable):
        with open_box(oauth2_dovecot, user, tokens):
            pass
    # The same provider, once the endpoint is back: no failure is remembered.
    token_authority.failing_with = None
    with open_box(oauth2_dovecot, user, tokens) as box:
        assert box.uidvalidity
    outbox(oauth2_smtp, user, tokens).send(RAW, user, ["customer@example.fi"])


def test_a_stored_token_the_server_refuses_is_replaced_once(token_authority, oauth2_smtp, tmp_path):
    user = "info@allsec.fi"
    tokens = oauth2.provider(microsoft(token_authority, tmp_path / "t.json", user), FixedClock(NOW))
    box = outbox(oauth2_smtp, user, tokens)
    box.send(RAW, user, ["customer@example.fi"])
    # Revoked at the server, e.g. after a password reset, while still in our file.
    token_authority.revoke(token_authority.issued[-1])
    box.send(RAW, user, ["customer@example.fi"])
    assert len(oauth2_smtp.messages) == 2
    assert oauth2_smtp.handler.refused == [user] and token_authority.token_requests() == 2


def test_a_new_token_the_server_refuses_is_a_setup_error_with_a_hint(token_authority, oauth2_smtp, tmp_path):
    # The app was granted another mailbox than the one it sends as (no SendAs / SMTP.SendAsApp).
    tokens = oauth2.provider(microsoft(token_authority, tmp_path / "t.json", "other@allsec.fi"), FixedClock(NOW))
    with pytest.raises(SetupDeliveryError) as caught:
        outbox(oauth2_smtp, "info@allsec.fi", tokens).send(RAW, "info@allsec.fi", ["customer@example.fi"])
    line = str(caught.value)
    assert line.startswith("SMTP 127.0.0.1:") and "AUTH refused: 535" in line
    assert "refused the OAuth2 access token" in line
    assert not any(token in line for token in token_authority.issued)
    # Nothing is kept that the server refused.
    assert tokens.expires_at("info@allsec.fi") is None


def test_a_token_a_server_quotes_back_is_masked_in_the_error(token_authority, oauth2_smtp, tmp_path):
    oauth2_smtp.handler.echo_tokens = True
    tokens = oauth2.provider(microsoft(token_authority, tmp_path / "t.json", "other@allsec.fi"), FixedClock(NOW))
    with pytest.raises(SetupDeliveryError) as caught:
        outbox(oauth2_smtp, "info@allsec.fi", tokens).send(RAW, "info@allsec.fi", ["customer@example.fi"])
    line = str(caught.value)
    assert "not accepted for token ***" in line
    assert not any(token in line for token in token_authority.issued)
