"""Shared by every test: the classifier runs in strict mode, so a rule that raises fails the test
instead of passing as a rule that did not fire (in production the mail goes to a person)."""

import pytest

from bot.core.reading.classify import STRICT


@pytest.fixture(autouse=True)
def strict_rules():
    token = STRICT.set(True)
    yield
    STRICT.reset(token)
