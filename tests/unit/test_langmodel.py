"""The light language model (bot.adapters.langmodel) answers as py3langid's full model restricted to
the same languages, is written once, and falls back to the full model when its cache cannot be
written."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from bot.adapters import langmodel
from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading import language
from bot.core.reading.vocabulary import default_vocabulary
from tests.shared_corpus import required

DATA = Path(__file__).resolve().parents[1] / "data" / "classify"
LANGUAGES = tuple(dict.fromkeys(language.CANDIDATES + tuple(c for c in default_vocabulary().codes if c != "other")))


def _texts() -> list[str]:
    paths = sorted(required("dev", "*.eml").glob("*.eml")) + sorted(DATA.glob("*/*.eml"))
    out = []
    for path in paths:
        mail = parse(path.read_bytes())
        if isinstance(mail, ParsedMail):
            out.append(mail.text[: language.SAMPLE_CHARS])
    return out


@pytest.fixture(scope="module")
def full():
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def test_the_cut_model_answers_as_the_full_one(tmp_path, full):
    light = langmodel.identifier(LANGUAGES, tmp_path)
    assert not isinstance(light.tk_nextmove, type(full.tk_nextmove)), "the light model is mapped, not loaded"
    texts = _texts() + ["", "Hei", "Tack!", "Привет, удалите мои данные", "Bitte löschen Sie meine Daten."]
    assert len(texts) > 800
    for text in texts:
        assert light.classify(text) == full.classify(text), text[:80]


def test_the_cache_is_written_once(tmp_path, monkeypatch):
    langmodel.identifier(LANGUAGES, tmp_path)
    (folder,) = list(tmp_path.iterdir())

    def no_child(*args, **kwargs):
        raise AssertionError("the cache was written again")

    monkeypatch.setattr(langmodel.subprocess, "run", no_child)
    assert langmodel.compact_model(LANGUAGES, tmp_path) == folder
    assert langmodel.identifier(LANGUAGES, tmp_path).classify("Poistakaa kaikki tietoni rekisteristänne.")[0] == "fi"


def test_an_unwritable_cache_falls_back_to_the_full_model(tmp_path, caplog, full):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    with caplog.at_level(logging.WARNING, logger="bot.adapters.langmodel"):
        ident = langmodel.identifier(LANGUAGES, blocked)
    assert "language_model_cache_unavailable" in caplog.text
    text = "Jag vill att ni raderar alla mina uppgifter."
    assert ident.classify(text) == full.classify(text)
