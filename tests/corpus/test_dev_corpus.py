"""The dev corpus: machine mail is never a request, and the targets hold in aggregate."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import classify
from tests.shared_corpus import required

DEV = required("dev", "labels.json")
CORPUS = DEV.parent
MACHINE = {"auto_reply", "bounce", "spam"}

LABELS = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def result(name: str):
    parsed = parse((DEV / name).read_bytes())
    return classify(parsed) if isinstance(parsed, ParsedMail) else None


@pytest.mark.parametrize("label", LABELS, ids=lambda lab: lab["file"])
def test_machine_mail_is_never_a_request(label):
    got = result(label["file"])
    assert got is not None, "parse failed"
    if label["kind"] in MACHINE:
        assert got.kind not in ("request", "followup"), got.reasons


def test_targets():
    kept = exact_kept = triaged = 0
    for label in LABELS:
        got = result(label["file"])
        if got.needs_triage:
            triaged += 1
            continue
        kept += 1
        exact_kept += (got.kind, set(got.intents)) == (label["kind"], set(label["intents"]))
    assert exact_kept / kept >= 0.95, f"exact match over untriaged {exact_kept}/{kept}"
    assert triaged / len(LABELS) <= 0.10, f"triage share {triaged}/{len(LABELS)}"
