"""Which language the customer wrote in: fi | sv | en | other. Pure.

py3langid (its model ships inside the package, nothing is downloaded) restricted to the
languages that actually reach a Finnish shop, plus a count of common function words for
fi/sv/en. The word count settles short or mixed texts where the model alone wavers
(Finland-Swedish read as Norwegian, a two-word Finnish line without diacritics).
The model is loaded on first use, not at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.core.reading.vocabulary import Vocabulary, default_vocabulary

# Languages we expect besides ours; anything the model picks from here that no covered pack has is "other".
CANDIDATES = ("fi", "sv", "en", "de", "et", "fr", "nl", "pl", "da", "no", "es", "it", "pt", "ru")
# A person judges the language from the first lines: the model and the word counts read this much.
SAMPLE_CHARS = 2000

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # fi | sv | en | other
    detected: str  # the model's raw code, e.g. "de"
    confidence: float
    evidence: str


# How the model is loaded: py3langid's own loader by default; the entry points install a lighter one
# (bot.adapters.langmodel: the model cut to our languages and mapped from disk), which answers the same.
_loader = None


def use_loader(loader) -> None:
    """Load the model with `loader(languages)` from now on (None: py3langid's own loader)."""
    global _loader
    _loader = loader
    _identifier.cache_clear()


def full_model(languages: tuple[str, ...]):
    """py3langid's own loader: the whole model read, then restricted to `languages`."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages))
    # The identifier keeps the full model (97 languages, 28 MB) to allow set_languages again; we never do.
    ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
    return ident


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]):
    return (_loader or full_model)(languages)


def _neighbour_count(text: str, code: str, vocab: Vocabulary) -> int:
    words = vocab.neighbour_words.get(code, frozenset())
    if not words:
        return 0
    return sum(1 for w in _WORD.findall(text) if w.lower() in words)


def stopword_counts(text: str, vocab: Vocabulary | None = None) -> dict[str, int]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {lang: sum(1 for w in words if w in stop) for lang, stop in (vocab or default_vocabulary()).stop_words.items()}


# Addresses, links and numbers are not words of any language: "Order #10923, x@example.com"
# would otherwise count as four words and keep the subject out of a two-word mail. A token is
# tried from its first character only, so a long run without spaces costs one pass, not one per
# character.
_NOT_WORDS = re.compile(r"(?<!\S)\S*?(?:@|https?://|www\.|\d)\S*")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _first_paragraph(text: str) -> str:
    """The first paragraph with a sentence in it (a greeting line alone does not count)."""
    for para in _PARAGRAPH.split(text[: 2 * SAMPLE_CHARS]):
        if _count(para) >= 8:
            return para
    return ""


def detect(text: str, fallback: str = "", vocab: Vocabulary | None = None) -> LanguageGuess:
    """Guess the language of `text`; `fallback` (e.g. the subject) is added when text is short."""
    vocab = vocab or default_vocabulary()
    text = (text or "")[: 2 * SAMPLE_CHARS]
    guess = _detect(text, fallback, vocab)
    bilingual = _bilingual_lead(text, guess, vocab)
    if bilingual is not None:
        return bilingual
    if guess.confidence < 0.9 and _PARAGRAPH.search((text or "").strip()):
        # A bilingual text (an out-of-office in Finnish, then English) reads as a mix; SCHEMA
        # takes the language that comes first, so a clear first paragraph settles it.
        first = _first_paragraph((text or "").strip())
        if first and first.strip() != (text or "").strip():
            lead = _detect(first, "", vocab)
            if lead.language in vocab.covered and lead.confidence >= 0.9 and lead.language != guess.language:
                return LanguageGuess(lead.language, lead.detected, lead.confidence,
                                     guess.evidence + f"; first paragraph is {lead.language} {lead.confidence:.2f}")
    return guess


def _count(text: str) -> int:
    return len(_WORD.findall(_NOT_WORDS.sub(" ", text)))


def _letters(text: str) -> int:
    """Length in letters: Finnish says in four words what English says in ten, in about as many letters."""
    return sum(len(w) for w in _WORD.findall(_NOT_WORDS.sub(" ", text)))


def _bilingual_lead(text: str, guess: LanguageGuess, vocab: Vocabulary) -> LanguageGuess | None:
    """A text written twice, one paragraph in each language (an out-of-office in Finnish, then Swedish or
    English), can read as the second language as a whole, and confidently; SCHEMA takes the language
    that comes first. So when the first paragraph is clearly one of our languages and a later one is
    clearly another, of about the same length in letters (the same text twice, not a colleague's short note in
    Finnish above a customer's long mail in English), the first settles it. Paragraphs of fewer than
    four words (a name, a greeting) are not judged. Written with no blank line between ("Olen lomalla 3.8. asti." above "Jag
    har semester till 3.8."), the lines of its one paragraph are its paragraphs, when the whole reads as no one language
    clearly."""
    paras = [p for p in _PARAGRAPH.split((text or "").strip()) if _count(p) >= 4]
    if len(paras) == 1 and guess.confidence < 0.9:
        paras = [p for p in paras[0].split("\n") if _count(p) >= 4]
    if len(paras) < 2:
        return None
    lead = _detect(paras[0], "", vocab)
    if lead.language not in vocab.covered or lead.confidence < 0.9 or lead.language == guess.language:
        return None
    first = _letters(paras[0])
    for para in paras[1:]:
        other = _detect(para, "", vocab)
        # the later one may be a language we do not cover ("Ik ben tot 10 maart afwezig" under the English): still written twice
        if (other.detected and other.detected != lead.detected and other.confidence >= 0.9
                and first <= 2 * _letters(para) and _letters(para) <= 2 * first):
            return LanguageGuess(lead.language, lead.detected, lead.confidence,
                                 guess.evidence + f"; bilingual: first paragraph {lead.language} {lead.confidence:.2f}, "
                                 f"a later one {other.language} {other.confidence:.2f}")
    return None


def _detect(text: str, fallback: str, vocab: Vocabulary) -> LanguageGuess:
    sample = _NOT_WORDS.sub(" ", (text or "")[: 2 * SAMPLE_CHARS]).strip()
    if len(_WORD.findall(sample)) < 4 and fallback:
        sample = (_NOT_WORDS.sub(" ", fallback[:SAMPLE_CHARS]) + "\n" + sample).strip()
    sample = sample[:SAMPLE_CHARS]
    if not _WORD.search(sample):
        return LanguageGuess("other", "", 0.0, "language: no words to judge")
    languages = tuple(dict.fromkeys(CANDIDATES + tuple(c for c in vocab.codes if c != "other")))
    try:
        code, prob = _identifier(languages).classify(sample)
    except Exception:  # the model must never stop classification
        code, prob = "", 0.0
    counts = stopword_counts(sample, vocab)
    best = max(counts, key=lambda k: counts[k])
    total = sum(counts.values())
    lang = code if code in vocab.covered else "other"
    evidence = f"language: model {code or '?'} {prob:.2f}"
    # Function words settle short texts and close calls (sv vs da/no, unsure fi/en).
    neighbour = _neighbour_count(sample, code, vocab)
    if code in vocab.neighbour_words and neighbour >= 2 and neighbour >= counts[best]:
        # Norwegian, Danish or Estonian words outnumber our languages' own: not sv/fi.
        evidence += f", {code} words ({neighbour}) outweigh {best} ({counts[best]})"
    elif counts[best] >= 2 and counts[best] >= 0.6 * total and best != lang:
        if prob < 0.9 or code in vocab.neighbour_words:
            evidence += f", function words favour {best} ({counts[best]}/{total})"
            lang, prob = best, max(prob, 0.6)
    elif prob < 0.5 and counts[best] >= 1 and counts[best] == total and best != lang and len(_WORD.findall(sample)) <= 6:
        # A very short text the model cannot place ("Forget me."): one function word of one of
        # our languages and none of the others is the better guess.
        evidence += f", short text, function words favour {best} ({counts[best]}/{total})"
        lang, prob = best, 0.5
    return LanguageGuess(lang, code, float(prob), evidence)
