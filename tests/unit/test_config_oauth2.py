"""IMAP_AUTH / SMTP_AUTH and the OAuth2 settings: read, checked, one line per mistake."""

from pathlib import Path

import pytest

from bot.core.errors import ConfigError
from bot.entrypoints.config import from_mapping
from tests.unit.test_config import GOOD

MICROSOFT = {"IMAP_AUTH": "oauth2", "SMTP_AUTH": "oauth2", "SMTP_USERNAME": "info@allsec.fi",
             "OAUTH2_PROVIDER": "microsoft", "OAUTH2_TENANT_ID": "contoso-tenant", "OAUTH2_CLIENT_ID": "app-id",
             "OAUTH2_CLIENT_SECRET": "s3cret-value"}


def settings(**change):
    env = {k: v for k, v in (GOOD | MICROSOFT | change).items() if v is not None}
    return from_mapping(env)


def test_password_stays_the_default():
    s = from_mapping(GOOD)
    assert s.imap_auth == s.smtp_auth == "password" and s.oauth2 is None and s.imap_password == "secret"


def test_microsoft_needs_no_password():
    s = settings(IMAP_PASSWORD=None)
    assert s.imap_auth == s.smtp_auth == "oauth2" and s.imap_password is None
    o = s.oauth2
    assert (o.provider, o.tenant_id, o.client_id, o.client_secret) == ("microsoft", "contoso-tenant", "app-id",
                                                                         "s3cret-value")
    assert o.authority == "https://login.microsoftonline.com"
    assert o.token_file == Path.cwd() / "rightsbot-oauth2.json"
    # The secret stays out of repr (and so out of any log of the settings).
    assert "s3cret-value" not in repr(s)


def test_google_service_account(tmp_path):
    key = tmp_path / "sa.json"
    key.write_text("{}")
    s = settings(OAUTH2_PROVIDER="google", OAUTH2_TENANT_ID=None, OAUTH2_CLIENT_ID=None, OAUTH2_CLIENT_SECRET=None,
                 OAUTH2_SERVICE_ACCOUNT_FILE=str(key), OAUTH2_TOKEN_FILE=str(tmp_path / "t.json"))
    assert s.oauth2.service_account_file == key and s.oauth2.token_file == tmp_path / "t.json"


def test_smtp_alone_may_use_oauth2():
    s = settings(IMAP_AUTH=None, SMTP_PASSWORD=None)
    assert s.imap_auth == "password" and s.smtp_auth == "oauth2" and s.oauth2.provider == "microsoft"


@pytest.mark.parametrize("change, message", [
    ({"IMAP_AUTH": "token"}, "IMAP_AUTH: expected one of password, oauth2, got 'token'"),
    ({"SMTP_AUTH": "xoauth2"}, "SMTP_AUTH: expected one of password, oauth2, got 'xoauth2'"),
    ({"IMAP_AUTH": "password", "IMAP_PASSWORD": None}, "IMAP_PASSWORD: required but not set (see config.example.env)"),
    ({"OAUTH2_PROVIDER": None}, "OAUTH2_PROVIDER: required, one of microsoft, google (see config.example.env)"),
    ({"OAUTH2_PROVIDER": "yahoo"}, "OAUTH2_PROVIDER: expected one of microsoft, google, got 'yahoo'"),
    ({"OAUTH2_TENANT_ID": None}, "OAUTH2_TENANT_ID: required but not set (see config.example.env)"),
    ({"OAUTH2_CLIENT_ID": None}, "OAUTH2_CLIENT_ID: required but not set (see config.example.env)"),
    ({"OAUTH2_CLIENT_SECRET": None}, "OAUTH2_CLIENT_SECRET: set it or OAUTH2_CLIENT_CERTIFICATE (one of the two) "
                                     "for OAUTH2_PROVIDER=microsoft"),
    ({"OAUTH2_CLIENT_CERTIFICATE": "/no/such.pem"}, "OAUTH2_CLIENT_CERTIFICATE: no such file or folder: /no/such.pem"),
    ({"OAUTH2_AUTHORITY": "http://login.example"},
     "OAUTH2_AUTHORITY: expected an https:// address, got 'http://login.example'"),
    ({"SMTP_USERNAME": None}, "SMTP_USERNAME: required when SMTP_AUTH is oauth2 (the mailbox that sends)"),
    ({"OAUTH2_TOKEN_FILE": "/no/such/folder/t.json"}, "OAUTH2_TOKEN_FILE: no such folder: /no/such/folder"),
    ({"OAUTH2_PROVIDER": "google"}, "OAUTH2_SERVICE_ACCOUNT_FILE: set it or OAUTH2_CLIENT_SECRETS_FILE (one of the "
                                    "two) for OAUTH2_PROVIDER=google"),
])
def test_oauth2_errors_name_the_setting_in_one_line(change, message):
    with pytest.raises(ConfigError) as err:
        settings(**change)
    assert str(err.value) == message


def test_a_certificate_file_without_a_key_is_refused_at_start(tmp_path):
    from bot.adapters.oauth2 import MicrosoftApp

    cert = tmp_path / "only-cert.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    s = settings(OAUTH2_CLIENT_SECRET=None, OAUTH2_CLIENT_CERTIFICATE=str(cert))
    with pytest.raises(ConfigError) as err:
        MicrosoftApp(s.oauth2)
    assert str(err.value).startswith("OAUTH2_CLIENT_CERTIFICATE: expected one PEM file with the private key")
