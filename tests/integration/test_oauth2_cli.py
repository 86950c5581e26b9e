"""OAuth2 sign-in through the `rightsbot` command and bootstrap: settings in a .env file, the
token file between runs, `rightsbot oauth2 login`, one-line errors, and no token or secret in
anything the bot prints, logs or stores."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import urllib.request
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlalchemy as sa

from bot.adapters import oauth2
from bot.adapters.clock import FixedClock
from bot.adapters.mailbox import Mailbox
from bot.core.errors import MailboxUnavailable
from bot.core.settings import OAuth2Settings
from bot.entrypoints import bootstrap, config
from bot.services.health import recorded
from bot.services.intake import poll_once
from bot.services.status import status

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

ROOT = Path(__file__).resolve().parents[2]
STAFF = "privacy@allsec.fi"
SECRET = "Zk9~cli-app-secret-0b5e3a"


def request_mail(n: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Ville <ville@example.fi>", "info@allsec.fi", "Tietopyyntö"
    msg["Message-ID"] = f"<oauth2-cli-{n}@example.fi>"
    msg.set_content("Hei, haluaisin kopion kaikista minua koskevista tiedoista.")
    return msg.as_bytes()


def deliver(authority, dovecot, user: str, folder: Path, raw: bytes) -> None:
    """Put a mail in the user's INBOX, signing in with a token of the test's own."""
    app = authority.register_app(user, secret="deliverer-secret")
    settings = OAuth2Settings("microsoft", folder / "deliverer.json", tenant_id=authority.tenant,
                              client_id=app.client_id, client_secret="deliverer-secret", authority=authority.base)
    with Mailbox(dovecot.host, dovecot.port, user, None, "none", tokens=oauth2.provider(
            settings, FixedClock(datetime.now(timezone.utc)))) as box:
        box.append(raw, when=datetime.now(timezone.utc) - timedelta(minutes=5))


def env_lines(dovecot, smtp, user: str, **oauth) -> list[str]:
    return [f"IMAP_HOST={dovecot.host}", f"IMAP_PORT={dovecot.port}", f"IMAP_USERNAME={user}",
            "IMAP_SECURITY=none", "IMAP_AUTH=oauth2", f"SMTP_HOST={smtp.host}", f"SMTP_PORT={smtp.port}",
            f"SMTP_USERNAME={user}", "SMTP_SECURITY=none", "SMTP_AUTH=oauth2", "MAIL_FROM=info@allsec.fi",
            f"STAFF_EMAILS={STAFF}"] + [f"OAUTH2_{k.upper()}={v}" for k, v in oauth.items()]


def rightsbot(workdir: Path, *args: str, **popen) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "MAIL_", "STAFF_", "OAUTH2_"))}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=workdir, env=env, capture_output=True,
                          text=True, timeout=120, **popen)


def leaks(text: str, authority, *secrets: str) -> list[str]:
    """Tokens, secrets or refresh tokens found in `text`, or a long piece of one."""
    found = []
    for value in [*authority.issued, *authority.refresh_tokens, *secrets]:
        if value in text or any(value[i:i + 24] in text for i in range(0, max(len(value) - 24, 1), 24)):
            found.append(value[:8] + "...")
    return found


def test_poll_and_send_with_oauth2_from_the_command_line_leak_no_token(token_authority, oauth2_dovecot,
                                                                       oauth2_smtp, tmp_path):
    user = oauth2_dovecot.new_username()
    app = token_authority.register_app(user, secret=SECRET)
    (tmp_path / ".env").write_text("\n".join(env_lines(
        oauth2_dovecot, oauth2_smtp, user, provider="microsoft", tenant_id=token_authority.tenant,
        client_id=app.client_id, client_secret=SECRET, authority=token_authority.base)) + "\n")
    deliver(token_authority, oauth2_dovecot, user, tmp_path, request_mail())
    before = token_authority.token_requests()

    outputs = []
    first = rightsbot(tmp_path, "-v", "poll", "--once")
    outputs.append(first)
    assert first.returncode == 0, first.stderr
    assert "new cases 1" in first.stdout and "oauth2_token_fetched" in first.stderr
    token_file = tmp_path / "rightsbot-oauth2.json"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert token_authority.token_requests() == before + 1

    # The next run signs in with the stored token: no new request to the token endpoint.
    again = rightsbot(tmp_path, "-v", "poll", "--once")
    outputs.append(again)
    assert again.returncode == 0 and "new cases 0" in again.stdout
    assert token_authority.token_requests() == before + 1

    drafts = json.loads(rightsbot(tmp_path, "drafts", "--json").stdout)
    ack = next(d for d in drafts if d["template"] == "customer/acknowledgement")
    assert rightsbot(tmp_path, "approve", str(ack["id"]), "--by", STAFF).returncode == 0
    sent = rightsbot(tmp_path, "-v", "send")
    outputs.append(sent)
    assert sent.returncode == 0 and "sent 1" in sent.stdout, sent.stderr
    assert oauth2_smtp.handler.signed_in == [user] and len(oauth2_smtp.messages) == 1

    # A revoked secret: one line naming the setting, exit 2, and nothing lost.
    token_authority.apps[app.client_id].secret = "rotated-by-an-admin"
    token_file.unlink()
    deliver(token_authority, oauth2_dovecot, user, tmp_path, request_mail(2))
    revoked = rightsbot(tmp_path, "-v", "poll", "--once")
    outputs.append(revoked)
    assert revoked.returncode == 2
    [line] = [ln for ln in revoked.stderr.splitlines() if ln.startswith("rightsbot:")]
    assert line.startswith("rightsbot: OAUTH2_CLIENT_SECRET: Microsoft refused the app's credentials "
                           "(invalid_client, AADSTS7000215)")
    assert "Traceback" not in revoked.stderr

    # The admin puts the new secret in the settings: the next run takes the waiting mail.
    env = (tmp_path / ".env").read_text().replace(SECRET, "rotated-by-an-admin")
    (tmp_path / ".env").write_text(env)
    fixed = rightsbot(tmp_path, "-v", "poll", "--once")
    outputs.append(fixed)
    assert fixed.returncode == 0 and "fetched 1" in fixed.stdout, fixed.stderr

    printed = "\n".join(p.stdout + p.stderr for p in outputs)
    assert leaks(printed, token_authority, SECRET, "rotated-by-an-admin") == []
    # Nor in the database: events, drafts' errors, anything.
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'rightsbot.db'}")
    with engine.connect() as conn:
        stored = "\n".join(str(row) for table in ("event", "draft") for row in conn.execute(sa.text(
            f"SELECT * FROM {table}")))
    engine.dispose()
    assert stored and leaks(stored, token_authority, SECRET, "rotated-by-an-admin") == []


def test_the_service_keeps_its_app_through_a_token_endpoint_outage(token_authority, oauth2_dovecot, oauth2_smtp,
                                                                   tmp_path):
    user = oauth2_dovecot.new_username()
    app = token_authority.register_app(user, secret=SECRET)
    env = dict(line.split("=", 1) for line in env_lines(
        oauth2_dovecot, oauth2_smtp, user, provider="microsoft", tenant_id=token_authority.tenant,
        client_id=app.client_id, client_secret=SECRET, authority=token_authority.base,
        token_file=str(tmp_path / "tokens.json")))
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'bot.db'}"
    built = bootstrap.build(config.from_mapping(env), clock=FixedClock(datetime.now(timezone.utc)))
    deliver(token_authority, oauth2_dovecot, user, tmp_path, request_mail())

    token_authority.failing_with = 503
    with pytest.raises(MailboxUnavailable) as caught:
        poll_once(built)
    assert str(caught.value).startswith("OAUTH2_AUTHORITY: ") and "will try again" in str(caught.value)
    assert built.tokens.expires_at(user) is None

    # Back again: the same App signs in on its next pass; nothing was lost meanwhile.
    token_authority.failing_with = None
    report = poll_once(built)
    assert report.fetched == 1 and len(report.cases_opened) == 1
    assert built.tokens.expires_at(user) == built.clock.now() + timedelta(seconds=token_authority.lifetime)


def test_oauth2_login_stores_a_refresh_token_that_signs_in(token_authority, oauth2_dovecot, oauth2_smtp, tmp_path):
    user = oauth2_dovecot.new_username()
    secrets_file, client_id, client_secret = token_authority.client_secrets_file(tmp_path)
    (tmp_path / ".env").write_text("\n".join(env_lines(
        oauth2_dovecot, oauth2_smtp, user, provider="google", client_secrets_file=str(secrets_file))) + "\n")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "OAUTH2_"))}
    env.update(PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    login = subprocess.Popen([sys.executable, "-m", "bot", "oauth2", "login", "--no-browser"], cwd=tmp_path,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        address = ""
        for line in login.stdout:
            if line.startswith("http"):
                address = line.strip()
                break
        query = parse_qs(urlsplit(address).query)
        assert query["scope"] == ["https://mail.google.com/"] and query["access_type"] == ["offline"]
        assert query["client_id"] == [client_id]
        # What the browser does once the user has consented: back to the loopback redirect.
        code = token_authority.grant_code(user)
        redirect = f"{query['redirect_uri'][0]}?code={code}&state={query['state'][0]}&scope=https://mail.google.com/"
        with urllib.request.urlopen(redirect, timeout=30) as page:
            assert b"signed in" in page.read()
        out, err = login.communicate(timeout=60)
    finally:
        if login.poll() is None:
            login.kill()
    assert login.returncode == 0, err
    token_file = tmp_path / "rightsbot-oauth2.json"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert leaks(out + err, token_authority, client_secret) == []

    polled = rightsbot(tmp_path, "-v", "poll", "--once")
    assert polled.returncode == 0, polled.stderr
    assert ("refresh_token", client_id) in token_authority.requests

    # Revoked (the user's password was reset): the line says to sign in again.
    token_authority.revoke_refresh_tokens()
    # ... and the access token in the file has run out, so a new one is asked for.
    stored = oauth2.TokenFile(token_file)
    stored.write({k: v for k, v in stored.read().items() if k != "access_tokens"})
    refused = rightsbot(tmp_path, "poll", "--once")
    assert refused.returncode == 2
    assert refused.stderr.strip() == ("rightsbot: OAUTH2_TOKEN_FILE: Google refused the stored sign-in "
                                      "(invalid_grant): it was revoked, expired or the password changed; run "
                                      "`rightsbot oauth2 login` again")


def test_oauth2_login_is_only_for_a_google_oauth_client(token_authority, oauth2_dovecot, oauth2_smtp, tmp_path):
    (tmp_path / ".env").write_text("\n".join(env_lines(
        oauth2_dovecot, oauth2_smtp, "user1@allsec.test", provider="microsoft", tenant_id="t", client_id="c",
        client_secret=SECRET)) + "\n")
    result = rightsbot(tmp_path, "oauth2", "login", "--no-browser")
    assert result.returncode == 2 and result.stderr.startswith("rightsbot: OAUTH2_CLIENT_SECRETS_FILE: ")
    assert len(result.stderr.splitlines()) == 1


def test_status_says_when_the_sign_in_expires_and_why_intake_failed(token_authority, oauth2_dovecot, oauth2_smtp,
                                                                    tmp_path):
    user = oauth2_dovecot.new_username()
    app = token_authority.register_app(user, secret=SECRET)
    env = dict(line.split("=", 1) for line in env_lines(
        oauth2_dovecot, oauth2_smtp, user, provider="microsoft", tenant_id=token_authority.tenant,
        client_id=app.client_id, client_secret=SECRET, authority=token_authority.base,
        token_file=str(tmp_path / "tokens.json")))
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'bot.db'}"
    built = bootstrap.build(config.from_mapping(env), clock=FixedClock(datetime.now(timezone.utc)))
    token_authority.failing_with = 503
    with pytest.raises(MailboxUnavailable):
        recorded(built, "intake", lambda: poll_once(built))
    report = status(built)
    assert report["sign_in_expires"] == {"imap": None, "smtp": None}
    assert report["intake"]["reasons"][0]["reason"].startswith("OAUTH2_AUTHORITY: ")
    token_authority.failing_with = None
    recorded(built, "intake", lambda: poll_once(built))
    expires = (built.clock.now() + timedelta(seconds=token_authority.lifetime)).astimezone(built.settings.timezone)
    report = status(built)
    assert report["sign_in_expires"]["imap"] == expires.isoformat(timespec="seconds")
    assert report["intake"]["failing_since"] is None and report["healthy"]
    assert leaks(json.dumps(report), token_authority, SECRET) == []
