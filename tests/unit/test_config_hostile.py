"""Settings of issue 10: no password in clear text to another machine; the limits per mail."""

import pytest

from bot.core.errors import ConfigError
from bot.entrypoints.config import from_mapping
from tests.unit.test_config import GOOD


def _error(**change: str) -> str:
    with pytest.raises(ConfigError) as err:
        from_mapping(GOOD | change)
    return str(err.value)


def test_no_security_to_another_host_with_a_password_is_refused():
    assert _error(IMAP_SECURITY="none") == (
        "IMAP_SECURITY: none would send the password unencrypted to imap.example.fi; "
        "use ssl or starttls (none is for a loopback host only)")
    assert _error(SMTP_SECURITY="none", SMTP_USERNAME="u", SMTP_PASSWORD="p") == (
        "SMTP_SECURITY: none would send the password unencrypted to smtp.example.fi; "
        "use ssl or starttls (none is for a loopback host only)")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.53"])
def test_no_security_on_loopback_or_without_a_password_is_allowed(host):
    s = from_mapping(GOOD | {"IMAP_SECURITY": "none", "IMAP_HOST": host, "SMTP_SECURITY": "none",
                             "SMTP_HOST": host, "SMTP_USERNAME": "u", "SMTP_PASSWORD": "p"})
    assert s.imap_security == s.smtp_security == "none"
    # A relay that takes no login gets no password, so nothing secret crosses the wire.
    assert from_mapping(GOOD | {"SMTP_SECURITY": "none"}).smtp_security == "none"


def test_the_limits_per_mail_are_read():
    s = from_mapping(GOOD)
    assert (s.max_mail_bytes, s.mail_time_limit) == (25 * 1024 * 1024, 30.0)
    s = from_mapping(GOOD | {"MAX_MAIL_BYTES": "10MB", "MAIL_TIME_LIMIT": "2.5"})
    assert (s.max_mail_bytes, s.mail_time_limit) == (10 * 1024 * 1024, 2.5)
    assert from_mapping(GOOD | {"MAX_MAIL_BYTES": "300000"}).max_mail_bytes == 300_000


@pytest.mark.parametrize("change, message", [
    ({"MAX_MAIL_BYTES": "lots"}, "MAX_MAIL_BYTES: expected a size in bytes, or with KB, MB or GB (e.g. 25MB), got 'lots'"),
    ({"MAX_MAIL_BYTES": "1KB"}, "MAX_MAIL_BYTES: 1KB is too small (at least 64KB)"),
    ({"MAIL_TIME_LIMIT": "soon"}, "MAIL_TIME_LIMIT: expected a number of seconds, got 'soon'"),
    ({"MAIL_TIME_LIMIT": "0"}, "MAIL_TIME_LIMIT: 0 is out of range (at least 0.001 seconds)"),
    ({"MAIL_TIME_LIMIT": "nan"}, "MAIL_TIME_LIMIT: nan is out of range (at least 0.001 seconds)"),
])
def test_bad_limits_name_the_setting(change, message):
    assert _error(**change) == message
