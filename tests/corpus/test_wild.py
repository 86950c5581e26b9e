"""Real malformed mail from public test suites (../shared/corpus/wild): parsing and classifying
never raise; what cannot be read is a Malformed value with a reason, for quarantine."""

from __future__ import annotations

import pytest

from bot.core.mail.parse import Malformed, parse
from bot.core.reading.classify import classify
from tests.shared_corpus import required

WILD = required("wild", "*.eml")
FILES = sorted(WILD.glob("*.eml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_never_raises(path):
    parsed = parse(path.read_bytes())
    if isinstance(parsed, Malformed):
        assert parsed.reason
        return
    result = classify(parsed)
    # What a reading promises its readers, on mail no one wrote for us: it says why; a request names
    # at least one right, and machine mail or ordinary mail names none (nothing opens a case for it).
    assert result.reasons and all(r.strip() for r in result.reasons)
    if result.kind == "request":
        assert result.intents, result.reasons
    elif result.kind in ("auto_reply", "bounce", "spam", "other"):
        assert not result.intents, (result.kind, result.intents, result.reasons)
    assert 0.0 < result.confidence <= 1.0
