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
