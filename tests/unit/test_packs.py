"""Language packs: checked at start-up with one line naming the pack and the field; adding a
language is adding a pack (shown with a small German pack written here, not shipped); the mapping
rules are data; no client name in any pattern; a rule that raises is an error in strict mode."""

from __future__ import annotations

import copy
import dataclasses
import re
from pathlib import Path

import pytest

from bot.core.errors import BotError
from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading import classify as classify_module
from bot.core.reading import mapping, screening
from bot.core.reading.classify import Reader, classify
from bot.core.reading.packs import SHIPPED
from bot.core.reading.rights_asked import CONDITIONS
from bot.core.reading.vocabulary import PackError, check_pack, compile_packs, controller_name
from bot.core.rights import LANGUAGES

PACKS = Path(__file__).resolve().parents[2] / "bot" / "core" / "reading" / "packs"

# A small German pack, written for this test and not shipped: enough to read an erasure request,
# a marketing stop and an out-of-office, and to answer in German once templates/*/de/ exist.
GERMAN = {
    "code": "de",
    "name": "Deutsch",
    "covered": True,
    "stop_words": "ich und nicht die der das bitte mein meine meinen mir mich sie ihr mit von zu ist",
    "negation": r"\b(nicht|kein\w*|nie)\b",
    "clause_breaks": r"\b(aber|sondern)\b",
    "polite": r"\bbitte\b|\bkonnten sie\b|\bich mochte\b",
    "fragments": {"data": r"(konto|kundenkonto|daten|angaben)"},
    "words": {"marketing": r"werbung|newsletter", "first_person": r"\b(ich|mich|mir|mein\w*)\b"},
    "right_names": {"erasure": r"\bloschung\w*"},
    "cues": (
        {"right": "erasure", "name": "loschen-sie-meine-daten", "pattern": r"\bl(o|oe)sch\w*\b{{S}}{0,40}\b{{data}}\b|\b{{data}}\b{{S}}{0,40}\bl(o|oe)sch\w*"},
        {"right": "marketing_ban", "name": "keine-werbung", "pattern": r"\bkeine (werbung|newsletter)\b", "negatable": False},
    ),
    "quoting": {"wrote": r"am\b.{3,200}\bschrieb\b.{0,120}:", "header_from": r"von"},
    "screening": {"auto_subject": r"abwesenheitsnotiz", "auto_text": r"\bich bin (bis|vom) .{0,30} nicht im (buro|büro)"},
}


def mail(body: str, subject: str = "Hallo") -> ParsedMail:
    raw = (f"From: Kunde <kunde@example.de>\r\nTo: info@allsec.fi\r\nSubject: {subject}\r\nMessage-ID: <p1@example.de>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
    parsed = parse(raw.encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


GERMAN_MAIL = "Guten Tag,\n\nbitte löschen Sie mein Kundenkonto und alle meine Daten. Ich möchte auch keine Werbung mehr.\n\nThomas"


def test_without_a_german_pack_german_mail_is_other_and_goes_to_a_person():
    c = classify(mail(GERMAN_MAIL))
    assert c.language == "other" and c.needs_triage


def test_adding_a_language_is_adding_its_pack():
    reader = Reader.build(SHIPPED + (GERMAN,), "allsec.fi")
    assert "de" in reader.vocab.covered
    c = classify(mail(GERMAN_MAIL), reader=reader)
    assert (c.kind, c.intents, c.language, c.needs_triage) == ("request", {"erasure", "marketing_ban"}, "de", False), c.reasons
    assert any("[de:loschen-sie-meine-daten]" in r for r in c.reasons)
    away = classify(mail("Ich bin bis Montag nicht im Büro.", "Abwesenheitsnotiz: Ihre Nachricht"), reader=reader)
    assert away.kind == "auto_reply"


def test_the_languages_answered_in_are_the_covered_packs():
    assert LANGUAGES == tuple(sorted(p["code"] for p in SHIPPED if p["covered"])) == ("en", "fi", "sv")


@pytest.mark.parametrize("change, message", [
    (lambda p: p.pop("code"), "pack: code is required"),
    (lambda p: p.update(colour="red"), "packs/de: unknown key 'colour'"),
    (lambda p: p["words"].update(marketting="x"), "packs/de.words: unknown key 'marketting' (did you mean 'marketing'?)"),
    (lambda p: p.update(negation=r"\b(nicht"), "packs/de.negation: not a valid pattern"),
    (lambda p: p["cues"][0].update(right="deletion"), "packs/de.cues[0] (loschen-sie-meine-daten).right: 'deletion' is not a right"),
    (lambda p: p["cues"][1].update(name="loschen-sie-meine-daten"), "packs/de.cues[1] (loschen-sie-meine-daten): a second cue with this name"),
    (lambda p: p["cues"][0].update(pattern=r"\b{{daten}}\b"), "packs/de.cues[0] (loschen-sie-meine-daten).pattern: unknown placeholder {{daten}}"),
    (lambda p: p["cues"][0].update(negatable="yes"), "packs/de.cues[0] (loschen-sie-meine-daten).negatable: expected True or False"),
    (lambda p: p.pop("negation"), "packs/de: negation is required in a covered language"),
    # matching runs on folded text: "ö" and capitals can never match there, a dead branch
    (lambda p: p["cues"][0].update(pattern=r"\blöschen\b"), "packs/de.cues[0] (loschen-sie-meine-daten).pattern: 'ö' cannot match folded text"),
    (lambda p: p["words"].update(marketing=r"Werbung"), "packs/de.words.marketing: 'W' cannot match folded text"),
])
def test_a_malformed_pack_is_refused_with_one_line_naming_pack_and_field(change, message):
    pack = copy.deepcopy(GERMAN)
    pack["cues"] = [dict(c) for c in pack["cues"]]
    change(pack)
    with pytest.raises(PackError) as err:
        check_pack(pack)
    assert isinstance(err.value, BotError)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_two_packs_of_one_language_are_refused():
    with pytest.raises(PackError, match="a language appears twice"):
        compile_packs(SHIPPED + (SHIPPED[0],), "allsec.fi")


def test_the_shipped_packs_are_checked():
    for pack in SHIPPED:
        check_pack(pack)


def test_no_client_name_in_any_pack():
    # The controller's name comes from its mail domain in settings ({{controller}}), never from a pattern.
    for path in PACKS.glob("*.py"):
        assert not re.search(r"allsec", path.read_text(encoding="utf-8"), re.I), path.name


def test_the_controller_is_named_from_the_domain_in_settings():
    assert controller_name("allsec.fi") == "allsec" and controller_name("news.shop.example.co.uk") == "example"
    other = Reader.build(SHIPPED, "lukkopaja.fi")
    c = classify(mail("I don't want Lukkopaja to keep my data any longer."), reader=other)
    assert c.intents == {"erasure"}, c.reasons
    assert classify(mail("I don't want Lukkopaja to keep my data any longer.")).intents != {"erasure"}


def test_the_mapping_rules_are_data_and_checked():
    assert {m.name for m in mapping.MAPPINGS} >= {"objection-to-marketing", "marketing-consent-withdrawn"}
    with pytest.raises(ValueError, match="unknown condition 'about_weather'"):
        mapping.check((mapping.Mapping("x", "objection", when="about_weather", adds="marketing_ban"),), CONDITIONS)
    with pytest.raises(ValueError, match="'advertising' is not a right"):
        mapping.check((mapping.Mapping("x", "objection", when="about_marketing", adds="advertising"),), CONDITIONS)


def test_a_mapping_firing_is_in_the_reasons():
    c = classify(mail("I object to direct marketing.", "Objection"))
    assert c.intents == {"marketing_ban"}
    assert any("-> objection-to-marketing" in r for r in c.reasons)


def _broken(mail_, text):
    raise ValueError("boom")


def test_a_rule_that_raises_is_an_error_in_strict_mode_and_a_person_otherwise():
    built = Reader.build(SHIPPED, "allsec.fi")
    broken = screening.Rule("broken", "raises on every mail", _broken, 1.0)
    reader = Reader(built.vocab, dataclasses.replace(built.screen, spam=(broken,) + built.screen.spam))
    with pytest.raises(screening.RuleError, match="rule broken raised ValueError"):
        classify(mail("Please delete my account."), reader=reader, strict=True)
    c = classify(mail("Please delete my account."), reader=reader, strict=False)
    assert c.needs_triage and c.reasons == ("classifier error: rule broken raised ValueError: boom",)


def test_the_tests_run_in_strict_mode():
    assert classify_module.STRICT.get() is True
