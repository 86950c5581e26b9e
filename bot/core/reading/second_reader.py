"""A second reader beside the rules: a linear model over character n-grams, trained on our labelled mail.

The rules read what they have been taught; a fresh writer brings wordings they have not met (issue 12:
every fresh set so far scored 85-90% on decided mail). The second reader learns from the same labelled
sets by statistics instead, so its errors fall elsewhere. Where it is sure and the rules say the
opposite on a person's mail (a request the rules read as ordinary mail, ordinary mail they read as a
request, a right it is sure is asked that they did not find, a right they found that it is sure is not
asked), the mail goes to a person with the disagreement in its reasons. It never changes what the rules
read: it can only ask for a person.

Pure: the model is data, `bot/adapters/second_reader.json.gz`, read by `bot.adapters.second_reader_file`
and installed by the entry points (`classify.use_second_reader`). It is written by
`scripts/train_second_reader.py` (scikit-learn's TfidfVectorizer and LogisticRegression, run by hand
when the labelled sets change); scoring it here is the same arithmetic in plain Python, checked
against scikit-learn's own figures stored in the file (`tests/unit/test_second_reader.py`).
"""

from __future__ import annotations

import base64
import math
import sys
from array import array
from collections import Counter
from dataclasses import dataclass
from operator import mul
from typing import Iterator, Mapping

from bot.core.reading.vocabulary import fold

FORMAT = 2  # 2: the vocabulary one string, idf and weights little-endian float32 in base64
NGRAMS = (3, 5)  # character n-grams within words, as scikit-learn's analyzer="char_wb"
TEXT_CHARS = 6000  # what a person reads first; bounds the cost of a mail
# A disagreement counts only where the reader is at least this sure. Chosen on eight sets (blind25 to
# blind32, 1,280 mails), each read by a reader trained without it and by the rules as they were when it
# was scored (README, "The second reader"). Ordinary mail that reads as a request from 0.6: between 0.6
# and 0.8 it caught 5 requests the rules missed (silent misses 7 -> 2) and flagged 2 right readings.
# A request that reads as none only at 0.9 sure: between 0.8 and 0.9 it flagged 2 right readings and
# no wrong one. A right either way at 0.85.
SURE_REQUEST = 0.6
SURE_NO_REQUEST = 0.9
SURE_RIGHT = 0.85
REQUEST = "request"  # the name of the request-or-not model; the others are named by right


def ngrams(text: str) -> Iterator[str]:
    """The character n-grams of each word padded with one space each side (scikit-learn's char_wb)."""
    lo, hi = NGRAMS
    for word in text.split():
        word = f" {word} "
        size = len(word)
        for n in range(lo, hi + 1):
            if size <= n:
                # A word no longer than n gives itself once, as scikit-learn counts it.
                yield word
                break
            for start in range(size - n + 1):
                yield word[start:start + n]


def reader_text(subject: str, words: str) -> str:
    """What the second reader reads: the subject and the customer's own words, folded and cut."""
    return fold(f"{subject}\n{words}")[:TEXT_CHARS]


@dataclass(frozen=True)
class SecondReader:
    index: Mapping[str, int]  # n-gram -> column
    idf: array  # float per column
    bias: Mapping[str, float]  # model name -> intercept
    weights: Mapping[str, array]  # model name -> float per column

    def probabilities(self, text: str) -> dict[str, float]:
        """P(request) and P(right asked | request) for each right, from TF-IDF (sublinear, L2) and logistic models."""
        index, idf = self.index, self.idf
        counts: dict[int, int] = {}
        # Each distinct word is cut once and its n-grams counted as often as the word occurs.
        for word, times in Counter(text.split()).items():
            for gram in ngrams(word):
                col = index.get(gram)
                if col is not None:
                    counts[col] = counts.get(col, 0) + times
        cols = list(counts)
        values = [(1.0 + math.log(n)) * idf[col] for col, n in counts.items()]
        norm = math.sqrt(sum(map(mul, values, values))) or 1.0
        out = {}
        for name, w in self.weights.items():
            # map keeps the sum over the columns in C.
            z = self.bias[name] + sum(map(mul, map(w.__getitem__, cols), values)) / norm
            out[name] = 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
        return out

    def disagreements(self, text: str, kind: str, intents: frozenset[str]) -> list[str]:
        """Where the reader is sure and the rules' reading (`kind` request or other, `intents`) says otherwise."""
        return disagreements(self.probabilities(text), kind, intents)


def disagreements(p: Mapping[str, float], kind: str, intents: frozenset[str],
                  bars: tuple[float, float, float] | None = None) -> list[str]:
    """The disagreements of the reader's probabilities `p` with the rules' reading, at `bars` (sure it is a
    request, sure it is none, sure of a right; the shipped ones by default)."""
    sure_request, sure_no_request, sure_right = bars or (SURE_REQUEST, SURE_NO_REQUEST, SURE_RIGHT)
    said: list[str] = []
    if kind == "other" and p[REQUEST] >= sure_request:
        said.append(f"reads as a request ({p[REQUEST]:.2f}), the rules found no right asked")
    elif kind == "request":
        if p[REQUEST] <= 1 - sure_no_request:
            said.append(f"reads as no request ({p[REQUEST]:.2f}), the rules found " + ", ".join(sorted(intents)))
        for right in sorted(name for name in p if name != REQUEST):
            if right in intents and p[right] <= 1 - sure_right:
                said.append(f"{right} not asked ({p[right]:.2f})")
            elif right not in intents and p[right] >= sure_right:
                said.append(f"{right} asked ({p[right]:.2f}), not found by the rules")
    return said


def decode(data: Mapping) -> SecondReader:
    """A model from its stored form; a file of another format or shape raises ValueError."""
    if data.get("format") != FORMAT or tuple(data.get("ngrams", ())) != NGRAMS:
        raise ValueError(f"second reader model: format {data.get('format')!r}, n-grams {data.get('ngrams')!r}; "
                         f"expected {FORMAT} and {list(NGRAMS)} (run scripts/train_second_reader.py)")
    grams = data["vocabulary"].split("\n")
    idf = floats(data["idf"])
    weights = {name: floats(m["weights"]) for name, m in data["models"].items()}
    if len(idf) != len(grams) or any(len(w) != len(grams) for w in weights.values()):
        raise ValueError("second reader model: the vocabulary, idf and weights differ in length")
    if REQUEST not in weights:
        raise ValueError(f"second reader model: no {REQUEST!r} model")
    return SecondReader(index={g: i for i, g in enumerate(grams)}, idf=idf,
                        bias={name: float(m["bias"]) for name, m in data["models"].items()}, weights=weights)


def floats(text: str) -> array:
    """Little-endian float32 values from base64, as the training script stores them (no float object each)."""
    values = array("f", base64.b64decode(text))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def encode_floats(values) -> str:
    out = array("f", values)
    if sys.byteorder != "little":
        out.byteswap()
    return base64.b64encode(out.tobytes()).decode("ascii")
