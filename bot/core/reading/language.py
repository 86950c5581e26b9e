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

from bot.core.rights import LANGUAGES as COVERED

# Languages we expect besides ours; anything the model picks from here is "other".
CANDIDATES = ("fi", "sv", "en", "de", "et", "fr", "nl", "pl", "da", "no", "es", "it", "pt", "ru")

STOPWORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        "ja on ei en että se ne mutta kun jos niin kuin myös vain olen oli ole minun minulle minua minusta "
        "mun mulle mua musta teidän teille teiltä teillä te tämä tämän tässä tuo sekä tai koska kiitos hei moi "
        "moikka haluan haluaisin pyydän voisitteko olkaa enää kaikki tiedot tietoni tilini mitä miten kanssa "
        "jo nyt vielä sitä siitä sen joka jotka ovat oikein terveisin ystävällisin".split()
    ),
    "sv": frozenset(
        "och att det är jag inte int en ett som på för med av till har ni er mig min mitt mina vi de den "
        "om men eller kan vill skulle också nu tack hej från inga någon några alla mvh hälsningar vänliga "
        "uppgifter mina ert era hur varför där här då så".split()
    ),
    "en": frozenset(
        "the and to of a in is it that for you my me i please this with have on be not are your all "
        "from we would like can could do don't dont any what was thanks hi hello regards dear".split()
    ),
}
# Words that Norwegian/Danish and Estonian use and Swedish/Finnish do not: the model's "no"/"da"
# or "et" is then kept as "other" even when some shared function words (som, er, on, ja) lean sv/fi.
NEIGHBOUR_WORDS: dict[str, frozenset[str]] = {
    "no": frozenset(
        "jeg ikke ikkje og meg deg dere hvilke hvilken hva hvordan hvorfor hvis også ønsker ønsket gjerne takk "
        "hilsen vennlig venlig jer jeres bare noen være vært når fra skal mine dine kjøpte købte opplysninger "
        "oplysninger oversikt innsyn slett slette lurer kunne".split()
    ),
    "et": frozenset(
        "ma mina mul minu teie teil palun tere aitäh aitah lugupidamisega andmed andmeid kas see ning oma "
        "olen ka mis või kustutage kustutada soovin tänan".split()
    ),
}
NEIGHBOUR_OF = {"no": "no", "da": "no", "et": "et"}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # fi | sv | en | other
    detected: str  # the model's raw code, e.g. "de"
    confidence: float
    evidence: str


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(CANDIDATES))
    return ident


def _neighbour_count(text: str, code: str) -> int:
    vocab = NEIGHBOUR_WORDS.get(NEIGHBOUR_OF.get(code, ""), frozenset())
    if not vocab:
        return 0
    return sum(1 for w in _WORD.findall(text) if w.lower() in vocab)


def stopword_counts(text: str) -> dict[str, int]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {lang: sum(1 for w in words if w in vocab) for lang, vocab in STOPWORDS.items()}


# Addresses, links and numbers are not words of any language: "Order #10923, x@example.com"
# would otherwise count as four words and keep the subject out of a two-word mail.
_NOT_WORDS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\S*\d\S*")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _first_paragraph(text: str) -> str:
    """The first paragraph with a sentence in it (a greeting line alone does not count)."""
    for para in _PARAGRAPH.split(text):
        if len(_WORD.findall(_NOT_WORDS.sub(" ", para))) >= 8:
            return para
    return ""


def detect(text: str, fallback: str = "") -> LanguageGuess:
    """Guess the language of `text`; `fallback` (e.g. the subject) is added when text is short."""
    guess = _detect(text, fallback)
    if guess.confidence < 0.9 and _PARAGRAPH.search((text or "").strip()):
        # A bilingual text (an out-of-office in Finnish, then English) reads as a mix; SCHEMA
        # takes the language that comes first, so a clear first paragraph settles it.
        first = _first_paragraph((text or "").strip())
        if first and first.strip() != (text or "").strip():
            lead = _detect(first, "")
            if lead.language in COVERED and lead.confidence >= 0.9 and lead.language != guess.language:
                return LanguageGuess(lead.language, lead.detected, lead.confidence,
                                     guess.evidence + f"; first paragraph is {lead.language} {lead.confidence:.2f}")
    return guess


def _detect(text: str, fallback: str = "") -> LanguageGuess:
    sample = _NOT_WORDS.sub(" ", (text or "")).strip()
    if len(_WORD.findall(sample)) < 4 and fallback:
        sample = (_NOT_WORDS.sub(" ", fallback) + "\n" + sample).strip()
    sample = sample[:2000]
    if not _WORD.search(sample):
        return LanguageGuess("other", "", 0.0, "language: no words to judge")
    try:
        code, prob = _identifier().classify(sample)
    except Exception:  # the model must never stop classification
        code, prob = "", 0.0
    counts = stopword_counts(sample)
    best = max(counts, key=lambda k: counts[k])
    total = sum(counts.values())
    lang = code if code in COVERED else "other"
    evidence = f"language: model {code or '?'} {prob:.2f}"
    # Function words settle short texts and close calls (sv vs da/no, unsure fi/en).
    neighbour = _neighbour_count(sample, code)
    if code in NEIGHBOUR_OF and neighbour >= 2 and neighbour >= counts[best]:
        # Norwegian, Danish or Estonian words outnumber our languages' own: not sv/fi.
        evidence += f", {code} words ({neighbour}) outweigh {best} ({counts[best]})"
    elif counts[best] >= 2 and counts[best] >= 0.6 * total and best != lang:
        if prob < 0.9 or (code in ("da", "no") and best == "sv") or (code == "et" and best == "fi"):
            evidence += f", function words favour {best} ({counts[best]}/{total})"
            lang, prob = best, max(prob, 0.6)
    elif prob < 0.5 and counts[best] >= 1 and counts[best] == total and best != lang and len(_WORD.findall(sample)) <= 6:
        # A very short text the model cannot place ("Forget me."): one function word of one of
        # our languages and none of the others is the better guess.
        evidence += f", short text, function words favour {best} ({counts[best]}/{total})"
        lang, prob = best, 0.5
    return LanguageGuess(lang, code, float(prob), evidence)
