"""Look-alike addresses: letters of two scripts in one label are flagged; one script is fine."""

import pytest

from bot.core.mail.lookalike import mixed_scripts


@pytest.mark.parametrize("address, why", [
    ("emil\u0443@example.com", "local part mixes CYRILLIC and LATIN"),
    ("emily@ex\u0430mple.com", "domain mixes CYRILLIC and LATIN"),
    ("\u03bflli@example.fi", "local part mixes GREEK and LATIN"),
])
def test_a_label_of_two_scripts_is_flagged(address, why):
    assert mixed_scripts(address) == why


@pytest.mark.parametrize("address", [
    "emily@example.com", "jörg.groß@exämple.de", "matti.virtanen-2@example.fi", "ведущий@пример.рф",
    "\u0432\u0435\u0434\u0443\u0449\u0438\u0439@example.com",  # one script per label is a real name
    "たなか山田@example.jp",
])
def test_one_script_per_label_is_not(address):
    assert mixed_scripts(address) is None
