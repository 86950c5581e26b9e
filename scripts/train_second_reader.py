"""Train the classifier's second reader on every labelled set and write bot/adapters/second_reader.json.gz.

    .venv/bin/pip install -e '.[train]'   # scikit-learn: not a dependency of rightsbot, only this script needs it
    python scripts/train_second_reader.py [--held-out SET ...]

Reads ../shared/corpus/dev and every labels.json under tests/data/classify (SCHEMA.md format), the
customer's own words of each mail as the classifier strips them, and the short labelled wordings of
tests/unit/test_phrasings*.py (requests and ordinary mail in fi, sv and en: without them a plain
"I want a copy of my personal data" beside two other rights read as access not asked, 0.16). Trains, with scikit-learn, TF-IDF over
`second_reader.ngrams` and logistic models: request or not over the people's mail (kinds request and
other, in fi, sv and en), and one per right over the requests. Stores the vocabulary, idf, weights, and
scikit-learn's own probabilities for a few check sentences, which the tests recompute in plain Python.
`--held-out` leaves sets out, to score the reader on sets it has not seen; such a model is written
only where `--out` says, never over the shipped one.
Run it again when the labelled sets change, and commit the file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.adapters.second_reader_file import MODEL_FILE  # noqa: E402
from bot.core.mail.parse import ParsedMail, parse  # noqa: E402
from bot.core.reading import second_reader as sr  # noqa: E402
from bot.core.reading.classify import customer_words, reader_for  # noqa: E402
from bot.core.rights import INTENTS  # noqa: E402

# blind5 has never been tuned on, by the rules or by this reader: it stays a set neither has seen.
NEVER = {"blind5"}
SETS = [ROOT.parent / "shared" / "corpus" / "dev",
        *sorted(p.parent for p in (ROOT / "tests" / "data" / "classify").rglob("labels.json") if p.parent.name not in NEVER)]
MAX_FEATURES = 20000
C = 10.0
# Written for the check, not taken from any set: the tests recompute scikit-learn's figures for these.
CHECKS = [
    "Poistakaa kaikki tietoni ja lopettakaa uutiskirjeen lähettäminen.",
    "Missä tilaukseni 10234 on? Se piti tulla jo viime viikolla.",
    "Jag vill ha en kopia av alla uppgifter ni har om mig, gärna som CSV.",
    "Please correct my surname, it is spelled wrong on every invoice.",
    "I object to you using my data for analytics and fraud scoring.",
    "Peruutan suostumukseni kameratallenteiden käyttöön.",
    "Sluta skicka reklam till mig, tack.",
    "Do you ship to Åland? And how long does delivery take?",
]


def texts(folders, vocab):
    for folder in folders:
        for label in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
            mail = parse((folder / label["file"]).read_bytes())
            if isinstance(mail, ParsedMail) and label["language"] != "other":
                yield label, sr.reader_text(mail.subject or "", customer_words(mail, vocab=vocab).text)


def phrasings(vocab, skip=lambda module: False):
    """The (kind, intents, subject, body) wordings of the phrasing tests, as mails of people in fi, sv and en;
    `skip(module name)` leaves a test module out."""
    import importlib
    import pkgutil

    import tests.unit
    from tests.unit.test_phrasings import _mail
    for module in pkgutil.iter_modules(tests.unit.__path__):
        if not module.name.startswith("test_phrasings") or skip(module.name):
            continue
        for name, cases in vars(importlib.import_module(f"tests.unit.{module.name}")).items():
            # the *_OTHER lists are other languages, which go to a person whatever the reader says
            if not isinstance(cases, list) or "OTHER" in name:
                continue
            for case in cases:
                if (isinstance(case, tuple) and len(case) == 4 and case[0] in ("request", "other")
                        and isinstance(case[1], (set, frozenset)) and isinstance(case[3], str)):
                    mail = _mail(case[2], case[3], False)
                    yield {"kind": case[0], "intents": sorted(case[1])}, sr.reader_text(mail.subject or "", customer_words(mail, vocab=vocab).text)


def train(rows):
    """scikit-learn's vectorizer and models (request or not over people's mail, each right over the requests)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    people = [(lab, t) for lab, t in rows if lab["kind"] in ("request", "other")]
    requests = [(lab, t) for lab, t in people if lab["kind"] == "request"]
    vec = TfidfVectorizer(analyzer=sr.ngrams, min_df=2, sublinear_tf=True, max_features=MAX_FEATURES)
    vec.fit([t for _, t in people])

    def fit(pairs, target):
        model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        return model.fit(vec.transform([t for _, t in pairs]), [target(lab) for lab, _ in pairs])

    models = {sr.REQUEST: fit(people, lambda lab: lab["kind"] == "request")}
    models.update({right: fit(requests, lambda lab, r=right: r in lab["intents"]) for right in INTENTS})
    print(f"trained on {len(people)} mails of people ({len(requests)} requests), {len(vec.vocabulary_)} n-grams")
    return vec, models


def main(argv=None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--held-out", nargs="*", default=[], help="set folder names to leave out")
    args.add_argument("--out", type=Path, default=MODEL_FILE, help="where to write the model")
    opts = args.parse_args(argv)
    vocab = reader_for().vocab
    rows = list(texts([s for s in SETS if s.name not in opts.held_out], vocab)) + list(phrasings(vocab))
    vec, models = train(rows)
    if opts.held_out and opts.out == MODEL_FILE:
        return 0  # a model that has not seen every set is for scoring, never shipped
    grams = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    checks = [{"text": t, "p": {name: round(float(m.predict_proba(vec.transform([sr.reader_text("", t)]))[0, 1]), 6)
                               for name, m in models.items()}} for t in CHECKS]
    data = {"format": sr.FORMAT, "ngrams": list(sr.NGRAMS), "vocabulary": "\n".join(grams),
            "idf": sr.encode_floats(vec.idf_),
            "models": {name: {"bias": float(m.intercept_[0]), "weights": sr.encode_floats(m.coef_[0])}
                       for name, m in models.items()},
            "checks": checks, "trained_on": [s.name for s in SETS] + ["tests/unit/test_phrasings*.py"]}
    with open(opts.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    print(f"wrote {opts.out} ({opts.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
