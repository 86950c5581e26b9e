from datetime import date

import pytest

from bot.core.errors import ConfigError
from bot.entrypoints.config import from_mapping

GOOD = {
    "IMAP_HOST": "imap.example.fi", "IMAP_USERNAME": "info@allsec.fi", "IMAP_PASSWORD": "secret",
    "SMTP_HOST": "smtp.example.fi", "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": "a@allsec.fi, B@allsec.fi",
}


def test_defaults():
    s = from_mapping(GOOD)
    assert s.imap_port == 993 and s.imap_security == "ssl" and s.imap_folder == "INBOX"
    assert s.smtp_port == 587 and s.smtp_security == "starttls"
    assert s.staff_emails == ("a@allsec.fi", "b@allsec.fi")
    assert s.timezone.key == "Europe/Helsinki"
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("rightsbot.db")
    assert s.intake_since is None
    assert s.mail_domain == "allsec.fi"
    assert s.controller()["business_id"] == "2679420-8"


@pytest.mark.parametrize("change, message", [
    ({"IMAP_HOST": None}, "IMAP_HOST: required but not set (see config.example.env)"),
    ({"IMAP_HOST": "  "}, "IMAP_HOST: required but not set (see config.example.env)"),
    ({"IMAP_PORT": "abc"}, "IMAP_PORT: expected an integer, got 'abc'"),
    ({"SMTP_PORT": "70000"}, "SMTP_PORT: 70000 is out of range"),
    ({"IMAP_SECURITY": "tls"}, "IMAP_SECURITY: expected one of ssl, starttls, none, got 'tls'"),
    ({"MAIL_FROM": "info"}, "MAIL_FROM: expected an email address, got 'info'"),
    ({"STAFF_EMAILS": "a@allsec.fi, nope"}, "STAFF_EMAILS: expected comma-separated email addresses, got 'a@allsec.fi, nope'"),
    ({"TIMEZONE": "Mars/Olympus"}, "TIMEZONE: unknown time zone 'Mars/Olympus'"),
    ({"INTAKE_SINCE": "1.11.2026"}, "INTAKE_SINCE: expected a date YYYY-MM-DD, got '1.11.2026'"),
    ({"FINANCIAL_YEAR_END": "13-01"}, "FINANCIAL_YEAR_END: expected MM-DD, got '13-01'"),
    ({"IMAP_KEYWORD": "has space"}, "IMAP_KEYWORD: not a valid IMAP keyword: 'has space'"),
    ({"SMTP_USERNAME": "u"}, "SMTP_PASSWORD: required when SMTP_USERNAME is set"),
    ({"TEMPLATES_DIR": "/no/such/dir"}, "TEMPLATES_DIR: no such file or folder: /no/such/dir"),
    ({"STAFF_LANGUAGE": "de"}, "STAFF_LANGUAGE: expected one of fi, sv, en, got 'de'"),
    ({"WEB_PORT": "http"}, "WEB_PORT: expected an integer, got 'http'"),
    ({"WEB_BASE_URL": "rightsbot.allsec.fi"}, "WEB_BASE_URL: expected an http:// or https:// address such as "
                                               "https://rightsbot.allsec.fi, got 'rightsbot.allsec.fi'"),
    ({"WEB_BASE_URL": "https://x.fi/?a=1"}, "WEB_BASE_URL: expected an http:// or https:// address such as "
                                            "https://rightsbot.allsec.fi, got 'https://x.fi/?a=1'"),
    ({"WEB_SECRET": "short"}, "WEB_SECRET: too short (5 characters); use at least 32, "
                              "e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"),
])
def test_errors_name_the_setting_in_one_line(change, message):
    env = dict(GOOD)
    for key, value in change.items():
        if value is None:
            env.pop(key)
        else:
            env[key] = value
    with pytest.raises(ConfigError) as err:
        from_mapping(env)
    assert str(err.value) == message
    assert "\n" not in str(err.value)


def test_console_settings():
    s = from_mapping(GOOD)
    assert (s.web_host, s.web_port, s.web_base_url, s.web_secret) == ("127.0.0.1", 8080, "http://127.0.0.1:8080", None)
    assert s.staff_language == "en" and not s.web_https
    s = from_mapping(GOOD | {"WEB_PORT": "9000", "WEB_BASE_URL": "https://rightsbot.allsec.fi/", "STAFF_LANGUAGE": "fi",
                             "WEB_SECRET": "k" * 40})
    assert s.web_base_url == "https://rightsbot.allsec.fi" and s.web_https and s.web_port == 9000
    assert s.staff_language == "fi" and s.web_secret == "k" * 40
    # The secret never shows in a printed Settings.
    assert "k" * 40 not in repr(s)


def test_values_are_parsed():
    s = from_mapping(GOOD | {"INTAKE_SINCE": "2026-10-01", "IMAP_SECURITY": "NONE", "IMAP_HOST": "127.0.0.1",
                             "FINANCIAL_YEAR_END": "06-30"})
    assert s.intake_since == date(2026, 10, 1)
    assert s.imap_security == "none"
    assert s.financial_year_end == (6, 30)


def test_cli_prints_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    from bot.entrypoints.cli import main

    monkeypatch.chdir(tmp_path)
    for key in list(GOOD) + ["IMAP_PORT"]:
        monkeypatch.delenv(key, raising=False)
    (tmp_path / ".env").write_text("\n".join(f"{k}={v}" for k, v in GOOD.items() if k != "SMTP_HOST") + "\n")
    assert main(["cases"]) == 2
    err = capsys.readouterr().err
    assert err == "rightsbot: SMTP_HOST: required but not set (see config.example.env)\n"


def test_env_file_option_and_real_environment_wins(tmp_path, monkeypatch):
    from bot.entrypoints import config

    env_file = tmp_path / "custom.env"
    env_file.write_text("IMAP_HOST=from-file\nIMAP_PORT=1143\n")
    monkeypatch.setenv("IMAP_HOST", "from-env")
    monkeypatch.delenv("IMAP_PORT", raising=False)
    config.load_env_file(env_file)
    import os

    assert os.environ["IMAP_HOST"] == "from-env"
    assert os.environ["IMAP_PORT"] == "1143"
    monkeypatch.delenv("IMAP_PORT")


def test_missing_env_file_is_a_config_error(tmp_path):
    from bot.entrypoints import config

    with pytest.raises(ConfigError, match="--env-file: no such file"):
        config.load_env_file(tmp_path / "nope.env")


def test_service_settings_have_defaults():
    from datetime import time

    s = from_mapping(GOOD)
    assert s.poll_seconds == 300 and s.digest_at == time(8, 0) and s.staff_language == "en"
    assert s.log_level == "INFO" and s.imap_sent_folder is None


def test_service_settings_are_parsed():
    from datetime import time

    s = from_mapping(GOOD | {"POLL_SECONDS": "60", "DIGEST_AT": "7:30", "STAFF_LANGUAGE": "FI",
                             "LOG_LEVEL": "debug", "IMAP_SENT_FOLDER": "Sent Items"})
    assert s.poll_seconds == 60 and s.digest_at == time(7, 30) and s.staff_language == "fi"
    assert s.log_level == "DEBUG" and s.imap_sent_folder == "Sent Items"


@pytest.mark.parametrize("change, message", [
    ({"POLL_SECONDS": "5"}, "POLL_SECONDS: 5 is out of range"),
    ({"POLL_SECONDS": "often"}, "POLL_SECONDS: expected an integer, got 'often'"),
    ({"DIGEST_AT": "8am"}, "DIGEST_AT: expected a time of day HH:MM, got '8am'"),
    ({"DIGEST_AT": "25:00"}, "DIGEST_AT: expected a time of day HH:MM, got '25:00'"),
    ({"STAFF_LANGUAGE": "de"}, "STAFF_LANGUAGE: expected one of fi, sv, en, got 'de'"),
    ({"LOG_LEVEL": "loud"}, "LOG_LEVEL: expected one of DEBUG, INFO, WARNING, ERROR, got 'LOUD'"),
])
def test_service_setting_errors_name_the_setting(change, message):
    with pytest.raises(ConfigError) as err:
        from_mapping(GOOD | change)
    assert str(err.value) == message


def test_watch_settings_have_defaults():
    from datetime import time, timedelta

    s = from_mapping(GOOD)
    assert (s.office_hours.opens, s.office_hours.closes) == (time(8, 0), time(16, 0))
    assert s.alert_after == timedelta(hours=1) and s.max_auto_replies_per_day == 6


@pytest.mark.parametrize("value, minutes", [("1h", 60), ("90m", 90), ("1h30m", 90), ("45min", 45), ("2H", 120)])
def test_alert_after_reads_hours_and_minutes(value, minutes):
    from datetime import timedelta

    assert from_mapping(GOOD | {"ALERT_AFTER": value}).alert_after == timedelta(minutes=minutes)


def test_office_hours_and_the_auto_reply_limit_are_parsed():
    from datetime import time

    s = from_mapping(GOOD | {"OFFICE_HOURS": "7:30-15:00", "MAX_AUTO_REPLIES_PER_DAY": "0"})
    assert (s.office_hours.opens, s.office_hours.closes) == (time(7, 30), time(15, 0))
    assert s.max_auto_replies_per_day == 0


@pytest.mark.parametrize("change, message", [
    ({"OFFICE_HOURS": "8-16"}, "OFFICE_HOURS: expected opening and closing times HH:MM-HH:MM, the first earlier, "
                               "got '8-16'"),
    ({"OFFICE_HOURS": "16:00-08:00"}, "OFFICE_HOURS: expected opening and closing times HH:MM-HH:MM, the first "
                                      "earlier, got '16:00-08:00'"),
    ({"ALERT_AFTER": "soon"}, "ALERT_AFTER: expected a length of time such as 1h, 90m or 1h30m, got 'soon'"),
    ({"ALERT_AFTER": "0m"}, "ALERT_AFTER: 0m is shorter than 1 minute(s)"),
    ({"MAX_AUTO_REPLIES_PER_DAY": "-1"}, "MAX_AUTO_REPLIES_PER_DAY: -1 is out of range"),
    ({"DIGEST_AT": "16:00"}, "DIGEST_AT: 16:00 is not before the office closes (OFFICE_HOURS 08:00-16:00); "
                             "the digest would never go out"),
])
def test_watch_setting_errors_name_the_setting(change, message):
    with pytest.raises(ConfigError) as err:
        from_mapping(GOOD | change)
    assert str(err.value) == message


def test_sender_and_retention_settings():
    s = from_mapping(GOOD)
    assert s.authserv_id == "" and s.case_retention_days == 365
    s = from_mapping(GOOD | {"AUTHSERV_ID": "MX.Allsec.fi", "CASE_RETENTION_DAYS": "730"})
    assert s.authserv_id == "mx.allsec.fi" and s.case_retention_days == 730


@pytest.mark.parametrize("change, message", [
    ({"AUTHSERV_ID": "mx.allsec.fi; spf=pass"},
     "AUTHSERV_ID: expected the receiving server's authserv-id (e.g. mx.allsec.fi), got 'mx.allsec.fi; spf=pass'"),
    ({"CASE_RETENTION_DAYS": "0"}, "CASE_RETENTION_DAYS: 0 is out of range"),
    ({"CASE_RETENTION_DAYS": "a year"}, "CASE_RETENTION_DAYS: expected an integer, got 'a year'"),
])
def test_sender_and_retention_setting_errors_name_the_setting(change, message):
    with pytest.raises(ConfigError) as err:
        from_mapping(GOOD | change)
    assert str(err.value) == message
