"""Shared by every test: the classifier runs in strict mode, so a rule that raises fails the test
instead of passing as a rule that did not fire (in production the mail goes to a person); and it reads
with the shipped second reader beside its rules, as the entry points install it."""

import pytest

from bot.core.reading.classify import STRICT
from bot.entrypoints.bootstrap import install_second_reader

install_second_reader()


@pytest.fixture(autouse=True)
def strict_rules():
    token = STRICT.set(True)
    yield
    STRICT.reset(token)
