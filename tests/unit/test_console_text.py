"""The console's words: every key a template uses has English, Finnish and Swedish, every value the pages
name (statuses, rights, kinds, waits) has a name, and both languages take the same placeholders."""

import re
import string
from datetime import date
from pathlib import Path

import pytest

from bot.core.rights import INTENTS
from bot.core.states import DraftStatus, MailState, Outcome, Status
from bot.entrypoints.web.charts import nice_top, stacked_bars
from bot.entrypoints.web.text import LANGUAGES, TEXT, Text

WEB = Path(__file__).resolve().parents[2] / "bot" / "entrypoints" / "web"
SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted((WEB / "templates").glob("*.html")))


def test_every_key_the_templates_use_is_in_both_languages():
    used = set(re.findall(r"\bt\('([a-z_]+\.[a-z_.]+)'", SOURCES))
    assert used and used <= set(TEXT), sorted(used - set(TEXT))


def test_what_was_done_has_words_for_every_action():
    python = "\n".join(p.read_text(encoding="utf-8") for p in WEB.glob("*.py"))
    # done(path, "what"), and the case and mail actions' `return "what"` / `return path, "what"`.
    done = set(re.findall(r'done\([^,]+, "([a-z_]+)"', python))
    done |= set(re.findall(r'^\s+return (?:.+, )?"([a-z_]+)"$', python, re.MULTILINE))
    assert {"approved", "sent", "triaged", "resolved"} <= done
    assert {f"done.{d}" for d in done} <= set(TEXT), sorted({f"done.{d}" for d in done} - set(TEXT))


@pytest.mark.parametrize("family, values", [
    ("status", [s.value for s in Status]),
    ("draftstatus", [s.value for s in DraftStatus]),
    ("mailstate", [s.value for s in MailState]),
    ("outcome", [o.value for o in Outcome]),
    ("right", list(INTENTS)),
    ("kind", ["request", "followup", "auto_reply", "bounce", "spam", "other", "malformed"]),
    # What a plan can wait for (bot.core.planning.Action.kind, on the case page), and what
    # bot.services.standing.waits names (in the queue).
    ("wait", ["draft", "tasks", "decision", "approval", "tasks_open", "blocked", "triage",
              "requester", "sending", "failed", "task"]),
    ("flag", ["needs-triage", "sender-is-not-requester", "our-reply-bounced"]),
    ("hold", ["vouchers", "ledgers", "consumer_claims"]),
])
def test_every_value_has_a_name(family, values):
    missing = [v for v in values if f"{family}.{v}" not in TEXT]
    assert not missing


@pytest.mark.parametrize("key", sorted(TEXT))
def test_every_language_written_with_the_same_placeholders(key):
    row = TEXT[key]
    assert len(row) == len(LANGUAGES), f"{key}: {len(row)} of {len(LANGUAGES)} languages"
    assert all(words.strip() for words in row)
    fields = [{f for _, f, _, _ in string.Formatter().parse(words) if f} for words in row]
    assert all(f == fields[0] for f in fields)


def test_text_in_each_language_and_a_missing_value():
    assert Text("fi")("nav.queue") == "Jono" and Text("en")("nav.queue") == "Queue"
    assert Text("sv")("nav.queue") == "Kö" and Text("sv")("right.erasure") == "radering"
    # A language the console does not speak shows English.
    assert Text("de")("nav.queue") == "Queue"
    assert Text("en")("done.sent") == "Sent ?, deferred ?, failed ?."
    assert Text("en")("status.something_new") == "something_new"
    assert Text("fi").date(date(2026, 12, 24)) == "24.12.2026"
    assert Text("en").date(date(2026, 12, 24)) == "24 Dec 2026"
    # Finland-Swedish writes dates as Finnish does (templates/GLOSSARY.md), not 2026-12-24.
    assert Text("sv").date(date(2026, 12, 4)) == "4.12.2026"


def test_chart_scale_and_stacking():
    assert [nice_top(v) for v in (0, 1, 3, 7, 11, 120)] == [1, 1, 5, 10, 20, 200]
    chart = stacked_bars({"2026-10": {"access": 2, "erasure": 3}, "2026-11": {}}, ("access", "erasure"),
                         width=200, height=120, left=20, bottom=20)
    assert [b.series for b in chart.bars] == ["access", "erasure"]
    access, erasure = chart.bars
    # Five requests fill the plot (top of the scale is 5); the erasure bar sits on the access bar.
    assert access.height + erasure.height == pytest.approx(120 - 20 - 8, abs=0.2)
    assert erasure.y + erasure.height == pytest.approx(access.y, abs=0.2)
    assert [label for _, label in chart.labels] == ["2026-10", "2026-11"]
    assert [t.value for t in chart.ticks] == [0, 2, 5]
