"""Score the classifier on a labelled corpus folder (SCHEMA.md format).

    python bench/classify.py [FOLDER ...] [--errors] [--rules-only]

FOLDER defaults to ../shared/corpus/dev beside the repository; several folders (the two halves of a
set) are scored as one, each mail named by its folder. Prints exact-match accuracy of
(kind, intents) overall and over the mails not sent to triage ("decided"), per-intent precision
and recall, per-language accuracy, a confusion table of kinds, the triage share, machine mail read
as a request, requests silently missed (read as not a request and not sent to a person),
non-requests answered (read as a request without a person), the cost of one mail (CPU time,
parsing included) and messages per second. The one-line summary comes last. The classifier reads as
rightsbot reads, with its second reader; `--rules-only` leaves the second reader out.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.mail.parse import ParsedMail, parse  # noqa: E402
from bot.core.reading.classify import KINDS, classify  # noqa: E402
from bot.core.rights import INTENTS  # noqa: E402
from bot.entrypoints.bootstrap import install_second_reader  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpus" / "dev"
MACHINE = {"auto_reply", "bounce", "spam"}


def load(folder: Path, prefix: str = "") -> list[tuple[dict, bytes]]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return [({**lab, "file": prefix + lab["file"]}, (folder / lab["file"]).read_bytes()) for lab in labels]


def run(items):
    out = []
    for lab, raw in items:
        mail = parse(raw)
        out.append((lab, classify(mail) if isinstance(mail, ParsedMail) else None))
    return out


def costs(items) -> list[float]:
    """CPU milliseconds for each mail, parsing included (the language model already loaded)."""
    out = []
    for _lab, raw in items:
        start = time.process_time()
        mail = parse(raw)
        if isinstance(mail, ParsedMail):
            classify(mail)
        out.append(1000 * (time.process_time() - start))
    return out


def speed(items, min_seconds: float = 2.0) -> float:
    n, start = 0, time.perf_counter()
    while True:
        for _lab, raw in items:
            mail = parse(raw)
            if isinstance(mail, ParsedMail):
                classify(mail)
        n += len(items)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n / elapsed


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    show_errors = "--errors" in argv
    folders = [Path(a).resolve() for a in args] or [DEFAULT]
    for folder in folders:
        if not (folder / "labels.json").exists():
            print(f"no labels.json in {folder}")
            return 2
    several = len(folders) > 1
    items = [item for folder in folders for item in load(folder, f"{folder.name}/" if several else "")]
    if "--rules-only" not in argv:
        install_second_reader()  # as rightsbot reads
    results = run(items)  # also warms the language model before timing

    total = len(results)
    exact = triaged = exact_kept = machine_as_request = malformed = silent_misses = answered_non_requests = 0
    requests = 0
    tp, fp, fn = Counter(), Counter(), Counter()
    lang_ok, lang_n = Counter(), Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for lab, got in results:
        if got is None:
            malformed += 1
            confusion[lab["kind"]]["(malformed)"] += 1
            continue
        want_i, got_i = set(lab["intents"]), set(got.intents)
        ok = lab["kind"] == got.kind and want_i == got_i
        exact += ok
        triaged += got.needs_triage
        if not got.needs_triage:
            exact_kept += ok
        if lab["kind"] in MACHINE and got.kind in ("request", "followup"):
            machine_as_request += 1
        requests += lab["kind"] == "request"
        if lab["kind"] == "request" and got.kind not in ("request", "followup") and not got.needs_triage:
            silent_misses += 1
        if lab["kind"] not in ("request", "followup") and got.kind in ("request", "followup") and not got.needs_triage:
            answered_non_requests += 1
        for intent in INTENTS:
            tp[intent] += intent in want_i and intent in got_i
            fp[intent] += intent not in want_i and intent in got_i
            fn[intent] += intent in want_i and intent not in got_i
        lang_n[lab["language"]] += 1
        lang_ok[lab["language"]] += lab["language"] == got.language
        confusion[lab["kind"]][got.kind] += 1
        if not ok or lab["language"] != got.language:
            errors.append((lab, got))

    kept = total - triaged - malformed
    rate = speed(items)
    per_mail = sorted(costs(items))
    pct = lambda a, b: 100.0 * a / b if b else 0.0  # noqa: E731

    print(f"corpus: {', '.join(map(str, folders))} ({total} mails, {malformed} malformed)")
    print(f"exact (kind, intents): {exact}/{total} = {pct(exact, total):.1f}%")
    print(f"exact, not triaged:    {exact_kept}/{kept} = {pct(exact_kept, kept):.1f}%")
    print(f"sent to triage:        {triaged}/{total} = {pct(triaged, total):.1f}%")
    print(f"machine mail read as request: {machine_as_request}")
    print(f"requests silently missed (not a request, no person): {silent_misses}/{requests}")
    print(f"non-requests answered (a request, no person): {answered_non_requests}")
    print("\nintent             precision  recall   (tp/fp/fn)")
    for intent in INTENTS:
        p = pct(tp[intent], tp[intent] + fp[intent])
        r = pct(tp[intent], tp[intent] + fn[intent])
        print(f"  {intent:18s} {p:6.1f}%  {r:6.1f}%   ({tp[intent]}/{fp[intent]}/{fn[intent]})")
    print("\nlanguage accuracy")
    for lang in sorted(lang_n):
        print(f"  {lang:6s} {lang_ok[lang]}/{lang_n[lang]} = {pct(lang_ok[lang], lang_n[lang]):.1f}%")
    cols = list(KINDS) + (["(malformed)"] if malformed else [])
    print("\nconfusion (rows: label, columns: predicted)")
    print("  " + " " * 11 + "".join(f"{c[:10]:>11s}" for c in cols))
    for kind in KINDS:
        print(f"  {kind:11s}" + "".join(f"{confusion[kind][c]:11d}" for c in cols))
    if show_errors:
        print("\nerrors")
        for lab, got in errors:
            print(f"  {lab['file']}: want {lab['kind']} {sorted(lab['intents'])} {lab['language']}"
                  f" / got {got.kind} {sorted(got.intents)} {got.language} triage={got.needs_triage}")
            for r in got.reasons:
                print(f"      - {r}")
    mean = sum(per_mail) / len(per_mail) if per_mail else 0.0
    p95 = per_mail[int(0.95 * (len(per_mail) - 1))] if per_mail else 0.0
    print(f"\ncost of one mail: mean {mean:.1f} ms, 95th percentile {p95:.1f} ms, max {max(per_mail, default=0):.1f} ms "
          "(CPU, parse + classify)")
    print(f"speed: {rate:.0f} messages/s (parse + classify, one core)")
    print(
        f"SUMMARY exact={pct(exact, total):.1f}% exact_not_triaged={pct(exact_kept, kept):.1f}% "
        f"triage={pct(triaged, total):.1f}% machine_as_request={machine_as_request} "
        f"silent_misses={silent_misses} answered_non_requests={answered_non_requests} "
        f"lang={pct(sum(lang_ok.values()), sum(lang_n.values())):.1f}% ms_per_mail={mean:.1f} speed={rate:.0f}/s n={total}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
