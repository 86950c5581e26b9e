"""Every rule of every language pack is held by a small example of its own (tests/unit/rule_examples,
one module per pack), and every reading rule and mapping by one here.

A new cue, kind of word, quote line or screening phrase without an example fails the first test;
an example its rule no longer matches fails the second. Examples are written for the purpose,
never copied from a corpus.
"""

from __future__ import annotations

import pytest

from bot.core.reading import mapping, rights_asked
from bot.core.reading.packs import SHIPPED
from bot.core.reading.rights_asked import read_rights
from bot.core.reading.vocabulary import check_pack, fold
from tests.unit.rule_examples import en, fi, other, sv

EXAMPLES = {"fi": fi.EXAMPLES, "sv": sv.EXAMPLES, "en": en.EXAMPLES, "other": other.EXAMPLES}
COMPILED = {pack["code"]: check_pack(pack) for pack in SHIPPED}


def _rules(code: str) -> dict[str, object]:
    c = COMPILED[code]
    rules: dict[str, object] = {f"cue {cue.name}": cue for cue in c.cues}
    rules.update({k: p for k, p in c.top.items()})
    rules.update({f"words.{k}": p for k, p in c.words.items()})
    rules.update({f"quoting.{k}": p for k, p in c.quoting.items()})
    rules.update({f"screening.{k}": p for k, p in c.screening.items()})
    return rules


ALL = [(code, rule) for code in COMPILED for rule in sorted(_rules(code))]


@pytest.mark.parametrize("code", sorted(COMPILED))
def test_every_rule_of_a_pack_has_an_example(code):
    assert code in EXAMPLES, f"no tests/unit/rule_examples/{code}.py"
    missing = sorted(set(_rules(code)) - set(EXAMPLES[code]))
    stale = sorted(set(EXAMPLES[code]) - set(_rules(code)))
    assert not missing, f"rules of packs/{code} without an example: {missing}"
    assert not stale, f"examples of packs/{code} for rules that do not exist: {stale}"


@pytest.mark.parametrize("code, rule", ALL, ids=[f"{c}:{r}" for c, r in ALL])
def test_a_rule_fires_on_its_example(code, rule):
    example = EXAMPLES[code][rule]
    found = _rules(code)[rule]
    if rule.startswith("cue "):
        text, want = example
        reading = read_rights(text, code)
        fired = {h.rule.split(" -> ")[0] for h in reading.hits + reading.negated + reading.questions}
        assert found.id in fired, f"{found.id} did not fire on {text!r} (fired: {sorted(fired)})"
        assert reading.intents == want, f"{text!r}: read {sorted(reading.intents)}"
    else:
        text = example if rule.startswith(("quoting.", "screening.")) else fold(example)
        assert found.search(text), f"{code} {rule} does not match {example!r}"


# The reading rules besides the cues and the mappings between rights, each with its own example.
RULE_EXAMPLES = {
    "article": ("I refer to Art. 15 GDPR.", {"access"}),
    "consent-named-before": ("I gave my consent to analytics cookies. I withdraw it.", {"consent_withdrawal"}),
    "erase-pronoun": ("You keep my old account details. Please wipe them.", {"erasure"}),
    "copy-pronoun": ("You still hold my account details. Before anything else, send me a copy of them.", {"access"}),
    "correct-pronoun": ("Your records have my birth date as 1975; it is 1957. Please fix it.", {"rectification"}),
    "picture-pronoun": ("There is a photo of my house in your gallery. Take it down.", {"erasure"}),
    "stop-pronoun": ("Your newsletter arrives daily. Please stop it.", {"marketing_ban"}),
    "off-survey-pronoun": ("You call me for customer feedback interviews. Please take me off that.", {"consent_withdrawal"}),
    "bare-stop-under-our-marketing": ("The offers keep coming by SMS.\n\nSTOP", {"marketing_ban"}),
}
MAPPING_EXAMPLES = {
    "objection-to-marketing": ("I object to direct marketing.", {"marketing_ban"}),
    "objection-only-to-marketing": ("I object to profiling for targeted ads.", {"marketing_ban"}),
    "marketing-consent-withdrawn": ("I withdraw my consent to the newsletter.", {"consent_withdrawal", "marketing_ban"}),
    "marketing-cookies-consent-withdrawn": ("I withdraw my consent to advertising cookies.", {"consent_withdrawal", "marketing_ban"}),
    "off-everything-under-marketing": ("Your newsletters come every day. Remove me from everything.", {"marketing_ban"}),
    "off-everything-is-the-mailings": ("Your offers come by SMS every week. Remove me from all of this.", {"marketing_ban"}),
    "correction-of-an-order": ("Please correct the address on my order 1234.", set()),
    "survey-contact-is-no-marketing": ("I withdraw my consent to the customer satisfaction surveys. Stop calling me.", {"consent_withdrawal"}),
}


def test_every_reading_rule_and_mapping_has_an_example():
    assert set(RULE_EXAMPLES) == {name for name, _ in rights_asked.RULES}
    assert set(MAPPING_EXAMPLES) == {m.name for m in mapping.MAPPINGS}


@pytest.mark.parametrize("name", sorted(RULE_EXAMPLES))
def test_a_reading_rule_fires_on_its_example(name):
    text, want = RULE_EXAMPLES[name]
    reading = read_rights(text, "en")
    assert name in {h.rule for h in reading.hits}, reading
    assert reading.intents == want


@pytest.mark.parametrize("name", sorted(MAPPING_EXAMPLES))
def test_a_mapping_fires_on_its_example(name):
    text, want = MAPPING_EXAMPLES[name]
    reading = read_rights(text, "en")
    fired = {h.rule.split(" -> ")[1] for h in reading.hits + reading.dropped if " -> " in h.rule}
    assert name in fired, reading
    assert reading.intents == want
