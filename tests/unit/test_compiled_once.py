"""The classifier compiles its patterns once, at load or once per vocabulary, and reuses them: no
function that runs on every mail builds or looks up a regular expression from a string."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

READING = Path(__file__).resolve().parents[2] / "bot" / "core" / "reading"
MODULES = ["classify.py", "language.py", "quoting.py", "rights_asked.py", "screening.py", "mapping.py", "vocabulary.py"]
RE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
# Builders that run once per vocabulary (each is cached with lru_cache or called from one that is).
BUILDERS = {("vocabulary.py", "_compiled"), ("vocabulary.py", "_union"), ("vocabulary.py", "_article"),
            ("vocabulary.py", "compile_packs"), ("vocabulary.py", "check_pack"), ("vocabulary.py", "_cue"),
            ("screening.py", "screener"), ("quoting.py", "patterns")}


def _per_mail_re_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)) or (path.name, func.name) in BUILDERS:
            continue
        for node in ast.walk(func):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_CALLS
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):
                found.append(f"{path.name}:{node.lineno} re.{node.func.attr} in {func.name}()")
    return found


@pytest.mark.parametrize("module", MODULES)
def test_no_pattern_is_built_per_mail(module):
    assert _per_mail_re_calls(READING / module) == []


def test_the_check_sees_a_pattern_built_per_mail(tmp_path):
    bad = tmp_path / "rights_asked.py"
    bad.write_text("import re\ndef read(text):\n    return re.search(r'delete', text)\n", encoding="utf-8")
    assert _per_mail_re_calls(bad) == ["rights_asked.py:3 re.search in read()"]


def test_the_shipped_vocabulary_is_compiled_once_however_the_domain_is_given():
    """Issue 14: `default_vocabulary()` and `default_vocabulary("allsec.fi")` were two lru_cache keys, so
    every start compiled the packs twice (1 s, about 10 MB); the reader too."""
    from bot.core.reading.classify import reader_for
    from bot.core.reading.vocabulary import DEFAULT_DOMAIN, default_vocabulary

    same = default_vocabulary()
    assert default_vocabulary(DEFAULT_DOMAIN) is same
    assert default_vocabulary(own_domain=DEFAULT_DOMAIN.upper()) is same
    assert reader_for() is reader_for(DEFAULT_DOMAIN) is reader_for(own_domain=DEFAULT_DOMAIN)
    assert reader_for().vocab is same


def test_a_sentences_declined_spans_are_found_once(monkeypatch):
    """Issue 14, no per-call work done twice: the spans where a right is declined were searched for in
    each sentence twice (once for the cues, once for the rules); now once a sentence."""
    from bot.core.reading import rights_asked

    calls = []
    real = rights_asked._declined_spans
    monkeypatch.setattr(rights_asked, "_declined_spans", lambda s: calls.append(s.folded) or real(s))
    text = "Hello. Please delete my account. I could ask you to stop marketing, but I won't. Thanks."
    reading = rights_asked.read_rights(text, "en")
    assert {h.intent for h in reading.hits} == {"erasure"}
    assert len(calls) == len(set(calls)) > 0
