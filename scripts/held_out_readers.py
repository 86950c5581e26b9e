"""The second reader's bars, measured on sets as they were when each was scored.

    .venv/bin/pip install -e '.[train]'
    python scripts/held_out_readers.py [SET ...]        # default: blind25 to blind32

For each set (the halves SETa and SETb under tests/data/classify): the rules alone, checked out in a
temporary git worktree at the commit its NOTE.md says it was scored on, read each mail and record what
the second reader would be shown; a reader trained as `train_second_reader.py` trains, but without that
set, the sets after it and their phrasing tests, gives its probabilities. Then the pooled figures
(exact on decided mail, triage, silent misses, answered non-requests) for the shipped bars, the bars
before stop 25, and a sweep; and what each band of the request-or-not model caught. It reads only what
the tests read; nothing is written into the repository.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS_DIR = ROOT / "tests" / "data" / "classify"
DEFAULT = [f"blind{n}" for n in range(25, 33)]
SCORED_ON = re.compile(r"Scored\s+once\s+on\s+main\s*\(`([0-9a-f]{7,40})`\)")
MACHINE = {"auto_reply", "bounce", "spam"}


def record(repo: str, out: str, folders: list[str]) -> None:
    """Run inside the old checkout: the rules' reading of each mail and the text the second reader would read."""
    sys.path.insert(0, repo)
    from bot.core.mail.parse import ParsedMail, parse
    from bot.core.reading import classify as c

    class Recorder:  # stands in for the reader: keeps the text it is shown and never disagrees
        text = None

        def disagreements(self, text, kind, intents):
            Recorder.text = text
            return []

    c.use_second_reader(Recorder())
    rows = []
    for folder in map(Path, folders):
        for lab in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
            mail = parse((folder / lab["file"]).read_bytes())
            Recorder.text = None
            got = c.classify(mail) if isinstance(mail, ParsedMail) else None
            rows.append({"label": lab, "text": Recorder.text, "got": got and {
                "kind": got.kind, "intents": sorted(got.intents), "triage": got.needs_triage}})
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def set_number(name: str) -> int | None:
    m = re.fullmatch(r"(?:test_phrasings_)?blind(\d+)[ab]?(?:_\w+)?", name)
    return int(m.group(1)) if m else None


def as_scored(name: str, tmp: Path) -> list[dict]:
    halves = [SETS_DIR / f"{name}{h}" for h in "ab"]
    commit = SCORED_ON.search(" ".join((halves[0] / "NOTE.md").read_text(encoding="utf-8").split())).group(1)
    tree, out = tmp / name, tmp / f"{name}.json"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
    try:
        subprocess.run([sys.executable, __file__, "--record", str(tree), str(out), *map(str, halves)],
                       check=True, cwd=tree)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def held_out_probabilities(name: str, rows: list[dict]) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_second_reader as t

    from bot.core.reading.classify import reader_for

    n = set_number(name)
    vocab = reader_for().vocab
    later = lambda folder: (set_number(folder) or 0) >= n  # noqa: E731
    data = list(t.texts([s for s in t.SETS if not later(s.name)], vocab)) + list(t.phrasings(vocab, skip=later))
    vec, models = t.train(data)
    read = [r for r in rows if r["text"] is not None]
    x = vec.transform([r["text"] for r in read])
    for name_, model in models.items():
        for r, p in zip(read, model.predict_proba(x)[:, 1]):
            r.setdefault("p", {})[name_] = float(p)


def score(rows, *bars):
    from bot.core.reading import second_reader as sr

    n = ok_kept = triaged = silent = answered = 0
    for r in rows:
        lab, got, p = r["label"], r["got"], r.get("p")
        n += 1
        if got is None:
            continue
        triage = got["triage"] or bool(p and sr.disagreements(p, got["kind"], frozenset(got["intents"]), bars))
        ok = lab["kind"] == got["kind"] and set(lab["intents"]) == set(got["intents"])
        triaged += triage
        ok_kept += ok and not triage
        silent += lab["kind"] == "request" and got["kind"] not in ("request", "followup") and not triage
        answered += lab["kind"] not in ("request", "followup") and got["kind"] in ("request", "followup") and not triage
    return f"{100 * ok_kept / (n - triaged):5.1f}% on decided mail, {100 * triaged / n:4.1f}% triage, " \
           f"{silent} silent, {answered} answered"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--record"]:
        record(argv[1], argv[2], argv[3:])
        return 0
    from bot.core.reading import second_reader as sr

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in argv or DEFAULT:
            got = as_scored(name, Path(tmp))
            held_out_probabilities(name, got)
            rows += got
    print(f"{len(rows)} mails")
    print(f"rules alone:               {score(rows, 2, 2, 2)}")
    print(f"bars before stop 25 (0.8, 0.8, 0.85): {score(rows, 0.8, 0.8, 0.85)}")
    shipped = (sr.SURE_REQUEST, sr.SURE_NO_REQUEST, sr.SURE_RIGHT)
    print(f"shipped bars {shipped}: {score(rows, *shipped)}")
    for bars in itertools.product((0.6, 0.7, 0.8), (0.8, 0.9), (0.75, 0.85, 0.95)):
        print(f"  {bars}: {score(rows, *bars)}")
    print("ordinary mail by the reader's P(request), and requests by 1 - P(request) (right readings / wrong):")
    for lo, hi in ((0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)):
        for kind, p_of in (("other", lambda p: p["request"]), ("request", lambda p: 1 - p["request"])):
            band = [r for r in rows if r.get("p") and not r["got"]["triage"] and r["got"]["kind"] == kind
                    and lo <= p_of(r["p"]) < hi]
            right = sum(r["label"]["kind"] == kind and set(r["label"]["intents"]) == set(r["got"]["intents"])
                        for r in band)
            print(f"  {kind:8s} [{lo}, {min(hi, 1)}): {right} / {len(band) - right}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
