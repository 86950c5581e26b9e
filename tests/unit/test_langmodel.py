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
    assert isinstance(light, langmodel.MappedModel), "the light model is mapped, not loaded"
    texts = _texts() + ["", "Hei", "Tack!", "Привет, удалите мои данные", "Bitte löschen Sie meine Daten.",
                        "POISTAKAA TIETONI HETI"]
    assert len(texts) > 800
    for text in texts:
        (code, prob), (full_code, full_prob) = light.classify(text), full.classify(text)
        # The same language; the probability differs only by numpy's float32 sums against Python's floats.
        assert code == full_code and abs(prob - full_prob) < 1e-4, text[:80]


def test_the_bot_reads_languages_without_numpy(tmp_path):
    """Issue 14 (memory): numpy is 19 MB of the bot's RSS; only the child that cuts the model needs it."""
    import subprocess
    import sys

    probe = ("import sys; from bot.adapters import langmodel; from bot.core.reading import language; "
             "language.use_loader(lambda langs: langmodel.identifier(langs, __import__('pathlib').Path(sys.argv[1]))); "
             "print(language.detect('Poistakaa kaikki tietoni rekisteristänne, kiitos.').language, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["fi", "False"]


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


def test_a_text_maps_only_the_pages_of_the_automaton_it_walks(tmp_path):
    """Issue 14 (memory): the 39 MB automaton is mapped from disk so that a text costs only the pages it
    walks through. The file's pages sat in the page cache as large folios, and one touch mapped a
    whole folio: after one batch 38 MB of it was resident. `_mapped` drops the cached pages (the
    writer syncs them first) and asks for no read-ahead, so what is resident is what was walked."""
    import subprocess
    import sys

    probe = """
import sys
from pathlib import Path
from bot.adapters import langmodel
from tests.unit.test_langmodel import LANGUAGES, _texts
model = langmodel.identifier(LANGUAGES, Path(sys.argv[1]))
for text in _texts()[:100]:
    model.classify(text)
rss, size, inside = 0, 0, False
for line in open("/proc/self/smaps"):
    if "-" in line.split(" ")[0] and len(line.split()) >= 5:
        inside = line.rstrip().endswith("nextmove.u16")
        if inside:
            start, end = (int(x, 16) for x in line.split()[0].split("-"))
            size += end - start
    elif inside and line.startswith("Rss:"):
        rss += int(line.split()[1]) * 1024
print(rss, size)
"""
    out = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True)
    rss, size = map(int, out.stdout.split())
    assert size > 30_000_000
    # 100 texts in several languages walk through about a third of it (13.6 MB here); before, 35 MB.
    assert rss < size // 2, f"{rss / 2**20:.1f} MB of the {size / 2**20:.0f} MB automaton resident after 100 texts"
