"""The RE2 gate never hides a match: wherever a pack's Python pattern matches, its loose RE2 pattern
matches too (`bot.core.reading.gate`). Checked on the character classes over the BMP, on every
shipped pattern over every corpus text and over generated text, and on the wrapper's methods."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import re2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading import gate
from bot.core.reading.vocabulary import default_vocabulary, fold
from tests.shared_corpus import required
from tests.unit.test_linear import PATTERNS

DATA = Path(__file__).resolve().parents[1] / "data" / "classify"
# The Basic Multilingual Plane: every script the mail here is written in; beyond it the gate takes
# any character in any class.
ALL_CHARS = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("cls", [r"\s", r"\S", r"\d", r"\D", r"\w", r"\W", r"[\w-]", r"[^\w]", r"[\S,]", r"[^\s.]",
                                 r"[\W\d]", r"[^.!?\n]", r"[a-z]", r"[^a-z]", r"[a-zåäö]", "i", "I", "k", "s", "ä",
                                 r"[hi]", r"[g-j]", r"[^i]", "ß", "ſ"])
def test_classes_are_looser_over_the_bmp(cls, flags):
    rx = re.compile(cls, flags)
    loose = re2.compile(gate.loosen(rx))
    missed = set(rx.findall(ALL_CHARS)) - set(loose.findall(ALL_CHARS))
    assert not missed, f"{cls!r} flags={flags}: the gate misses {sorted(missed)[:10]}"


def _texts() -> list[str]:
    out: list[str] = []
    folders = [required("dev", "*.eml"), required("wild", "**/*.eml")] + sorted(p for p in DATA.iterdir() if p.is_dir())
    for folder in folders:
        for path in sorted(folder.rglob("*.eml")):
            mail = parse(path.read_bytes())
            if isinstance(mail, ParsedMail):
                text = mail.text[:3000]  # what the screening rules read
                out += [text, fold(text), mail.subject or ""]
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


GATED = {name: rx for name, rx in PATTERNS.items() if isinstance(rx, gate.Gated)}


def test_the_big_patterns_are_gated():
    v = default_vocabulary()
    assert isinstance(v.screening["phishing_threat"], gate.Gated)
    assert isinstance(v.words["privacy_topic"], gate.Gated)
    assert len(GATED) > 50
    assert not v.cue_gate._always, "every cue is in the RE2 set"


def test_no_gate_hides_a_match_on_corpus_text(texts):
    for name, wrapped in GATED.items():
        for text in texts:
            if wrapped.rx.search(text):
                assert wrapped.search(text), f"{name}: the gate hides a match in {text[:80]!r}"


def test_the_cue_set_hides_no_cue_on_corpus_text(texts):
    v = default_vocabulary()
    for text in texts:
        maybe = v.cue_gate.candidates(text)
        for i, cue in enumerate(v.cues):
            if i not in maybe:
                assert not cue.pattern.search(text), f"cue {cue.id}: the set hides a match in {text[:80]!r}"


def _pieces() -> list[str]:
    # Words of the patterns themselves, so generated text often matches them.
    words = set()
    for rx in GATED.values():
        words.update(re.findall(r"[a-zåäöA-Z']{3,}", rx.pattern)[:40])
    return sorted(words)


PIECES = _pieces()
_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6), st.sampled_from([" ", "\n", ". ", ", ", "İ", "ı"])),
                 max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_no_gate_hides_a_match_on_generated_text(text):
    v = default_vocabulary()
    for name, wrapped in GATED.items():
        if wrapped.rx.search(text):
            assert wrapped.search(text), name
    maybe = v.cue_gate.candidates(text)
    for i, cue in enumerate(v.cues):
        if cue.pattern.search(text):
            assert i in maybe, cue.id


def test_the_wrapper_answers_as_the_pattern():
    rx = re.compile(r"(?<!\w)stop(?P<all> all)?\b", re.IGNORECASE)
    wrapped = gate.gated(rx)
    assert isinstance(wrapped, gate.Gated)
    for text in ["STOP all mail", "nonstop", "please stop. stop all", "", "xstop stop"]:
        for pos, endpos in [(0, len(text)), (3, len(text)), (0, 4), (2, 9)]:
            assert _same(wrapped.search(text, pos, endpos), rx.search(text, pos, endpos))
            assert _same(wrapped.match(text, pos, endpos), rx.match(text, pos, endpos))
            assert [m.span() for m in wrapped.finditer(text, pos, endpos)] == [m.span() for m in rx.finditer(text, pos, endpos)]
            assert wrapped.findall(text, pos, endpos) == rx.findall(text, pos, endpos)
        assert wrapped.sub("-", text) == rx.sub("-", text)
    assert (wrapped.pattern, wrapped.flags, wrapped.groupindex) == (rx.pattern, rx.flags, rx.groupindex)


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span())


def test_a_pattern_re2_cannot_read_is_left_ungated():
    rx = re.compile(r"(?i:abc)d")  # a scoped flag: not translated
    assert gate.gated(rx) is rx
    assert gate.GateSet([rx]).candidates("nothing here") == {0}
