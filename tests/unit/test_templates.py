"""Every customer mail × language renders under StrictUndefined, and the texts keep the rules in
templates/README.md: controller details only from the context, complaint rights wherever we
refuse, the same words for customers and strangers before identity is known."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.adapters.render import RIGHT_NAMES, RenderedMail, Renderer
from bot.core.errors import TemplateError
from bot.core.rights import INTENTS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LANGUAGES = ("fi", "sv", "en")

# A controller that is not Allsec, so a hard-coded detail would show up as a mismatch.
FAKE_CONTROLLER = {
    "name": "Fakecontrol Ab",
    "business_id": "0000000-0",
    "address": "Testgatan 9, 99999 Testby",
    "phone": "+358 00 000 0000",
    "email": "privacy@fakecontrol.example",
}

COMMON_KEYS = {
    "ref", "language", "requester", "controller",
    "received_on", "due_on", "extended_due_on", "intents",
}

# The extra keys of each mail (templates/README.md), with sample values.
def _hold(cls, until, fy, *records, ground="legal_obligation"):
    return {"record_class": cls, "until": until, "legal_basis": "KPL 2:10 §", "ground": ground,
            "financial_year_end": fy,
            "records": [{"kind": k, "reference": r, "dated": fy or until, "order_number": o} for k, r, o in records]}


HOLDS = [
    _hold("vouchers", date(2029, 12, 31), date(2023, 12, 31), ("receipt", "RCP-2023-10871", "AS-2023-10871")),
    _hold("vouchers", date(2032, 12, 31), date(2026, 12, 31), ("receipt", "RCP-2026-11940", "AS-2026-11940")),
    _hold("ledgers", date(2029, 12, 31), date(2019, 12, 31), ("invoice", "INV-2019-04417", "AS-2019-04417")),
    _hold("ledgers", date(2036, 12, 31), date(2026, 12, 31), ("receipt", "RCP-2026-11940", "AS-2026-11940")),
]
EXPIRED = [_hold("vouchers", date(2025, 12, 31), date(2019, 12, 31), ("invoice", "INV-2019-04417", "AS-2019-04417"),
                 ("collection", "COL-2019-0031", "AS-2019-04417"))]
RECIPIENTS = [
    {"name": "Posti Oy", "role": "logistics", "country": "FI", "safeguard": "", "outside_eea": False},
    {"name": "Swiss Freight AG", "role": "logistics", "country": "CH", "safeguard": "adequacy_decision",
     "outside_eea": True},
    {"name": "", "role": "payment", "country": "FI", "safeguard": "", "outside_eea": False},
    {"name": "Tulli", "role": "customs", "country": "FI", "safeguard": "", "outside_eea": False},
    {"name": "", "role": "marketing", "country": "FI", "safeguard": "", "outside_eea": False},
]
EXTRA: dict[str, dict] = {
    "customer/acknowledgement": {},
    "customer/identity-request": {},
    "customer/clarification-request": {},
    "customer/access-reply": {"holds_data": True, "attachments": ["DSR-2026-0001.json", "DSR-2026-0001.csv"],
                              "retention": HOLDS, "recipients": RECIPIENTS, "refuses": False},
    "customer/portability-reply": {"attachments": ["DSR-2026-0001-data.json", "DSR-2026-0001-data.csv"],
                                   "refuses": False},
    "customer/rectification-done": {"changes": ["Street address corrected", "Second phone number removed"],
                                    "refuses": False},
    "customer/erasure-done": {"erased": ["account", "contact_details", "newsletter"], "expired": EXPIRED,
                              "refuses": False},
    "customer/erasure-partial-refusal": {
        "erased": ["account", "newsletter", "analytics", "marketing", "contact_details_other", "contact_history_other"],
        "kept": ["name_and_address_on_records", "order_history_on_records", "purchase_correspondence"],
        "holds": HOLDS, "expired": EXPIRED, "refuses": True,
    },
    "customer/restriction-decision": {"granted": False, "reasons": "STAFF-REASONS-TEXT", "refuses": True},
    "customer/objection-decision": {"granted": False, "reasons": "STAFF-REASONS-TEXT", "refuses": True},
    "customer/marketing-ban-done": {"channels": ["email", "sms", "phone"], "customer": True, "refuses": False},
    "customer/consent-withdrawn": {"channels": ["email"], "refuses": False},
    "customer/extension-notice": {"extended_due_on": date(2027, 2, 24), "reasons": "STAFF-REASONS-TEXT",
                                  "ground": "complexity", "extension_months": 2},
    "customer/refusal": {"reasons": "STAFF-REASONS-TEXT", "refused": ["access", "erasure"], "refuses": True},
    "customer/no-data": {"rights": ["access", "erasure"], "refuses": True},
    "customer/free-reply": {"text": "STAFF-FREE-TEXT", "refuses": False},
    "customer/combined-reply": {"sections": ["SECTION-ONE", "SECTION-TWO"], "refuses": True},
}
CASES = [(name, lang) for name in sorted(EXTRA) for lang in LANGUAGES]

# Mails that can refuse, fully or partly (Art. 12(4)); access-reply carries Art. 15(1)(f).
REFUSING = (
    "customer/erasure-partial-refusal", "customer/restriction-decision",
    "customer/objection-decision", "customer/refusal", "customer/access-reply", "customer/no-data",
)
PRE_VERIFICATION = ("customer/acknowledgement", "customer/identity-request", "customer/clarification-request")

COURT = {"fi": "tuomioistui", "sv": "domstol", "en": "court"}
OMBUDSMAN = {
    "fi": "Tietosuojavaltuutetun toimisto",
    "sv": "Dataombudsmannens byrå",
    "en": "Office of the Data Protection Ombudsman",
}
NO_DATA = {
    "fi": "emme käsittele sinua koskevia henkilötietoja",
    "sv": "vi behandlar inga personuppgifter som gäller dig",
    "en": "we hold no personal data about you",
}


def common(language: str, **overrides) -> dict:
    ctx = {
        "ref": "DSR-2026-0001",
        "language": language,
        "requester": {"name": "Maija Testinen", "email": "maija@example.org"},
        "controller": dict(FAKE_CONTROLLER),
        "received_on": date(2026, 11, 24),
        "due_on": date(2026, 12, 24),
        "extended_due_on": None,
        "intents": ["access", "erasure"],
    }
    ctx.update(overrides)
    return ctx


def sample(name: str, language: str, **overrides) -> dict:
    return {**common(language), **EXTRA[name], **overrides}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(TEMPLATES)


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


# -- inventory -------------------------------------------------------------------------------

def test_names_are_exactly_the_contracted_customer_mails(renderer):
    assert {n for n in renderer.names() if n.startswith("customer/")} == set(EXTRA)
    assert not any(n.startswith("_") for n in renderer.names())


@pytest.mark.parametrize("name,language", CASES)
def test_every_mail_exists_in_every_language(renderer, name, language):
    assert renderer.exists(name, language)
    assert renderer.language_for(name, language) == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_partial_exists_in_every_language(language):
    for partial in ("signature.txt", "complaint_rights.txt", "access_facts.txt", "erased_list.txt"):
        assert (TEMPLATES / "_base" / language / partial).is_file()


# -- rendering every mail × language -----------------------------------------------------------

@pytest.mark.parametrize("name,language", CASES)
def test_renders_with_sample_context(renderer, name, language):
    mail = renderer.render(name, language, sample(name, language))
    assert isinstance(mail, RenderedMail)
    assert mail.subject and "\n" not in mail.subject and "\r" not in mail.subject
    assert mail.html is None
    assert mail.text.endswith("\n") and not mail.text.endswith("\n\n")
    assert "\n\n\n" not in mail.text
    assert all(line == line.rstrip() for line in mail.text.splitlines())
    assert "None" not in mail.text
    assert "{{" not in mail.text and "{%" not in mail.text
    # The controller comes from the context, in full, via the signature.
    for value in FAKE_CONTROLLER.values():
        assert value in mail.text
    assert "DSR-2026-0001" in mail.text


@pytest.mark.parametrize("name,language", CASES)
def test_context_keys_are_exactly_the_contract(name, language):
    assert set(sample(name, language)) == COMMON_KEYS | set(EXTRA[name])


@pytest.mark.parametrize("name,language", [(n, lang) for n, lang in CASES if "reasons" in EXTRA[n]])
def test_staff_text_appears_verbatim_and_uninterpreted(renderer, name, language):
    ctx = sample(name, language, reasons="Because {{ controller.name }} <b>said so</b>")
    text = renderer.render(name, language, ctx).text
    assert "Because {{ controller.name }} <b>said so</b>" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_greeting_without_a_name(renderer, language):
    for name in EXTRA:
        ctx = sample(name, language, requester={"name": "", "email": "x@example.org"})
        first = renderer.render(name, language, ctx).text.splitlines()[0]
        assert first in {"Hei,", "Hej,", "Hello,"}, (name, first)


# -- missing variables ----------------------------------------------------------------------

@pytest.mark.parametrize("name,language", CASES)
def test_missing_extra_variable_names_it(renderer, name, language):
    for key in EXTRA[name]:
        ctx = sample(name, language)
        del ctx[key]
        with pytest.raises(TemplateError) as err:
            renderer.render(name, language, ctx)
        message = str(err.value)
        assert "\n" not in message
        assert name in message and f"[{language}]" in message and repr(key) in message, message


@pytest.mark.parametrize("language", LANGUAGES)
def test_missing_common_variable_names_it(renderer, language):
    checks = [("customer/acknowledgement", key) for key in ("controller", "ref", "due_on", "received_on", "intents")]
    checks += [("customer/refusal", "requester"), ("customer/extension-notice", "received_on")]
    for name, key in checks:
        ctx = sample(name, language)
        del ctx[key]
        with pytest.raises(TemplateError, match=re.escape(repr(key))):
            renderer.render(name, language, ctx)


def test_missing_nested_field_is_an_error(renderer):
    ctx = sample("customer/refusal", "fi")
    ctx["controller"] = {k: v for k, v in FAKE_CONTROLLER.items() if k != "business_id"}
    with pytest.raises(TemplateError, match="business_id"):
        renderer.render("customer/refusal", "fi", ctx)


def test_error_names_the_file_and_line(renderer):
    ctx = sample("customer/refusal", "sv")
    del ctx["reasons"]
    with pytest.raises(TemplateError, match=r"customer/refusal/sv/body\.txt:\d+"):
        renderer.render("customer/refusal", "sv", ctx)


# -- no customer facts before verification -----------------------------------------------------

@pytest.mark.parametrize("name", PRE_VERIFICATION)
@pytest.mark.parametrize("language", LANGUAGES)
def test_same_words_for_customer_and_stranger(renderer, name, language):
    # The contract has no key a customer lookup could fill; these mails read none of the
    # requester's data. So two contexts that differ in everything a lookup might change,
    # including keys someone might add by mistake, give the same mail.
    assert set(sample(name, language)) == COMMON_KEYS
    customer = sample(name, language, requester={"name": "Maija Testinen", "email": "maija@example.org"},
                      is_customer=True, holds_data=True, orders=["A-1"])
    stranger = sample(name, language, requester={"name": "", "email": "someone@example.net"},
                      is_customer=False, holds_data=False, orders=[])
    assert renderer.render(name, language, customer) == renderer.render(name, language, stranger)


@pytest.mark.parametrize("name", PRE_VERIFICATION)
@pytest.mark.parametrize("language", LANGUAGES)
def test_pre_verification_sources_do_not_read_requester(renderer, name, language):
    sources = [TEMPLATES / name / language / "body.txt", TEMPLATES / name / language / "subject.txt"]
    sources += [TEMPLATES / "_base" / language / Path(inc).name for inc in renderer.includes(name, language)]
    for path in sources:
        assert "requester" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("language", LANGUAGES)
def test_acknowledgement_names_every_requested_right(renderer, language):
    ctx = sample("customer/acknowledgement", language, intents=list(INTENTS))
    text = renderer.render("customer/acknowledgement", language, ctx).text
    for intent in INTENTS:
        assert RIGHT_NAMES[language][intent] in text
    assert "24.12.2026" in text or "24 December 2026" in text


# -- complaint rights -----------------------------------------------------------------------

@pytest.mark.parametrize("name", REFUSING)
@pytest.mark.parametrize("language", LANGUAGES)
def test_refusing_mails_include_complaint_rights(renderer, name, language):
    includes = renderer.includes(name, language)
    assert "_base/complaint_rights.txt" in includes
    assert "_base/signature.txt" in includes
    assert all("/" + language + "/" not in inc for inc in includes)  # language-neutral names
    text = renderer.render(name, language, sample(name, language)).text
    assert "tietosuoja@om.fi" in text and COURT[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_complaint_rights_partial_has_ombudsman_and_court(language):
    text = (TEMPLATES / "_base" / language / "complaint_rights.txt").read_text(encoding="utf-8")
    assert "tietosuoja@om.fi" in text
    assert OMBUDSMAN[language] in text
    assert "00530" in text and "800, 00531" in text
    assert "566 6700" in text
    assert COURT[language] in text and "79" in text and "77" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_includes_follow_nested_partials(renderer, language):
    assert renderer.includes("customer/access-reply", language) == {
        "_base/letter.txt", "_base/access_facts.txt", "_base/complaint_rights.txt", "_base/signature.txt",
        "_base/recipient_list.txt", "_base/recipient_abroad.txt", "_base/hold_name.txt",
    }
    assert renderer.includes("customer/acknowledgement", language) == {"_base/signature.txt"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_extension_notice_is_kept_apart_from_refusal(renderer, language):
    assert "_base/complaint_rights.txt" not in renderer.includes("customer/extension-notice", language)


# -- branches -------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_access_reply_without_data(renderer, language):
    ctx = sample("customer/access-reply", language, holds_data=False, attachments=[])
    text = renderer.render("customer/access-reply", language, ctx).text
    assert NO_DATA[language] in text
    assert "DSR-2026-0001.json" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_access_reply_with_data_lists_attachments_and_policy_facts(renderer, language):
    text = renderer.render("customer/access-reply", language, sample("customer/access-reply", language)).text
    assert "DSR-2026-0001.json" in text and "DSR-2026-0001.csv" in text
    assert NO_DATA[language] not in text
    assert "1336/1997" in text and "Messenger" in text
    assert [line[:2] for line in text.splitlines() if re.match(r"^\d\. ", line)] == [f"{i}." for i in range(1, 10)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["customer/restriction-decision", "customer/objection-decision"])
def test_decisions_granted_and_refused(renderer, name, language):
    granted = renderer.render(name, language, sample(name, language, granted=True, reasons="", refuses=False)).text
    assert "tietosuoja@om.fi" not in granted
    noted = renderer.render(name, language, sample(name, language, granted=True, reasons="STAFF-NOTE",
                                                   refuses=False)).text
    assert "STAFF-NOTE" in noted
    refused = renderer.render(name, language, sample(name, language, granted=False)).text
    assert "STAFF-REASONS-TEXT" in refused and "tietosuoja@om.fi" in refused
    with pytest.raises(TemplateError, match="reasons"):
        renderer.render(name, language, sample(name, language, granted=False, reasons="  "))
    # A refusal without the complaint routes is refused by the template (Art. 12(4)).
    with pytest.raises(TemplateError, match="refuses"):
        renderer.render(name, language, sample(name, language, granted=False, refuses=False))


@pytest.mark.parametrize("language", LANGUAGES)
def test_partial_refusal_names_classes_dates_and_law(renderer, language):
    text = renderer.render(
        "customer/erasure-partial-refusal", language, sample("customer/erasure-partial-refusal", language)
    ).text
    assert ("31.12.2032" in text and "31.12.2036" in text) or (
        "31 December 2032" in text and "31 December 2036" in text
    )
    assert "1336/1997" in text and ("10 §" in text or "section 10" in text)
    assert re.search(r"17(\(3\)\(b\)|\.3 b| artiklan 3 kohdan b)", text)
    # Art. 18: what is kept is restricted, named as the article in each language, not any "18" in the text.
    assert {"fi": "tietosuoja-asetuksen 18 artikla", "sv": "artikel 18 i dataskyddsförordningen",
            "en": "Article 18 GDPR"}[language] in text
    nothing_erased = renderer.render(
        "customer/erasure-partial-refusal", language,
        sample("customer/erasure-partial-refusal", language, erased=[]),
    ).text
    assert "\n\n\n" not in nothing_erased


@pytest.mark.parametrize("language", LANGUAGES)
def test_guards_refuse_untrue_letters(renderer, language):
    bad = [
        ("customer/access-reply", {"holds_data": True, "attachments": []}, "attachments"),
        ("customer/portability-reply", {"attachments": []}, "attachments"),
        ("customer/rectification-done", {"changes": []}, "changes"),
        ("customer/erasure-done", {"erased": []}, "erased"),
        ("customer/erasure-done", {"erased": ["everything"]}, "everything"),
        ("customer/erasure-partial-refusal", {"holds": []}, "holds"),
        ("customer/erasure-partial-refusal", {"holds": [_hold("tax", date(2030, 1, 1), None)]}, "tax"),
        ("customer/erasure-partial-refusal",
         {"holds": [_hold("vouchers", date(2030, 1, 1), None, ("voucher", "X", None))]}, "voucher"),
        ("customer/erasure-partial-refusal", {"kept": ["everything"]}, "everything"),
        ("customer/erasure-partial-refusal", {"refuses": False}, "refuses"),
        ("customer/refusal", {"refused": []}, "refused"),
        ("customer/refusal", {"refuses": False}, "refuses"),
        ("customer/no-data", {"rights": []}, "rights"),
        ("customer/marketing-ban-done", {"channels": []}, "channels"),
        ("customer/marketing-ban-done", {"channels": ["fax"]}, "fax"),
        ("customer/extension-notice", {"ground": "busy"}, "ground"),
        ("customer/extension-notice", {"extension_months": 3}, "extension_months"),
        ("customer/free-reply", {"text": " "}, "text"),
        ("customer/combined-reply", {"sections": []}, "sections"),
        ("customer/extension-notice", {"extended_due_on": None}, "date"),
        ("customer/extension-notice", {"reasons": ""}, "reasons"),
        ("customer/refusal", {"reasons": ""}, "reasons"),
    ]
    for name, overrides, needle in bad:
        with pytest.raises(TemplateError, match=needle):
            renderer.render(name, language, sample(name, language, **overrides))


# -- controller details never hard-coded ----------------------------------------------------

def test_no_controller_detail_is_hard_coded_in_any_template():
    real = ("Allsec", "2679420-8", "allsec.fi", "Rantakallionkatu", "6109 115", "15300")
    for path in TEMPLATES.rglob("*"):
        if path.is_file() and path.suffix in {".txt", ".html"}:
            text = path.read_text(encoding="utf-8")
            for needle in real:
                assert needle.lower() not in text.lower(), f"{path}: {needle}"


# -- filters --------------------------------------------------------------------------------

def test_date_filter_per_language(tmp_path):
    root = write(tmp_path, {f"m/{lang}/{f}": "{{ d|date }}" for lang in LANGUAGES for f in ("subject.txt", "body.txt")})
    r = Renderer(root)
    assert r.render("m", "fi", {"d": date(2026, 11, 24)}).text == "24.11.2026"
    assert r.render("m", "sv", {"d": date(2026, 11, 24)}).text == "24.11.2026"
    assert r.render("m", "en", {"d": date(2026, 11, 24)}).text == "24 November 2026"
    assert r.render("m", "fi", {"d": date(2026, 3, 1)}).text == "1.3.2026"
    assert r.render("m", "en", {"d": date(2026, 3, 1)}).text == "1 March 2026"
    for bad in (datetime(2026, 11, 24, 12, 0), None, "2026-11-24"):
        with pytest.raises(TemplateError, match="date"):
            r.render("m", "fi", {"d": bad})


def test_right_filter_uses_law_b9_names(tmp_path):
    root = write(tmp_path, {f"m/{lang}/{f}": "{{ k|right }}" for lang in LANGUAGES for f in ("subject.txt", "body.txt")})
    r = Renderer(root)
    assert set(INTENTS) == {"access", "rectification", "erasure", "restriction", "portability",
                            "objection", "marketing_ban", "consent_withdrawal"}
    assert r.render("m", "fi", {"k": "erasure"}).text == "oikeus tietojen poistamiseen"
    assert r.render("m", "sv", {"k": "restriction"}).text == "rätt till begränsning av behandling"
    assert r.render("m", "sv", {"k": "portability"}).text == "rätt till dataportabilitet"
    assert r.render("m", "fi", {"k": "marketing_ban"}).text == "suoramarkkinointikielto"
    assert r.render("m", "en", {"k": "access"}).text == "right of access"
    for lang in LANGUAGES:
        assert len(set(RIGHT_NAMES[lang].values())) == len(INTENTS)
    with pytest.raises(TemplateError, match="unknown intent 'deletion'"):
        r.render("m", "fi", {"k": "deletion"})


# -- renderer mechanics (own small template folders) --------------------------------------------

def test_subject_is_one_line(tmp_path):
    root = write(tmp_path, {
        "m/en/subject.txt": "Hello\n{{ who }}\r\n  again\n",
        "m/en/body.txt": "Body\n",
    })
    mail = Renderer(root).render("m", "en", {"who": "you\u2028there"})
    assert mail.subject == "Hello you there again"
    assert mail.text == "Body\n"


def test_language_fallback_to_en(tmp_path):
    root = write(tmp_path, {
        "only-en/en/subject.txt": "S", "only-en/en/body.txt": "B\n",
        "both/fi/subject.txt": "S", "both/fi/body.txt": "fi\n",
        "both/en/subject.txt": "S", "both/en/body.txt": "en\n",
        "none/de/subject.txt": "S", "none/de/body.txt": "de\n",
    })
    r = Renderer(root)
    assert not r.exists("only-en", "fi")
    assert r.language_for("only-en", "fi") == "en"
    assert r.language_for("both", "fi") == "fi"
    assert r.language_for("both", "sv") == "en"
    with pytest.raises(TemplateError, match="neither"):
        r.language_for("none", "fi")
    with pytest.raises(TemplateError, match="not found"):
        r.render("only-en", "fi", {})
    assert r.names() == {"only-en", "both", "none"}


def test_real_mails_fall_back_to_en_for_unwritten_language(renderer):
    assert renderer.language_for("customer/refusal", "de") == "en"
    assert renderer.language_for("customer/refusal", "sv") == "sv"


def test_partials_resolve_per_language_without_fallback(tmp_path):
    root = write(tmp_path, {
        "m/fi/subject.txt": "S", "m/fi/body.txt": '{% include "_base/p.txt" %}',
        "m/sv/subject.txt": "S", "m/sv/body.txt": '{% include "_base/p.txt" %}',
        "_base/fi/p.txt": "suomeksi",
        "_base/en/p.txt": "in English",
    })
    r = Renderer(root)
    assert r.render("m", "fi", {}).text == "suomeksi"
    assert r.includes("m", "fi") == {"_base/p.txt"}
    with pytest.raises(TemplateError, match=r"_base/sv/p\.txt"):
        r.render("m", "sv", {})
    assert r.names() == {"m"}


def test_autoescape_only_for_html(tmp_path):
    root = write(tmp_path, {
        "m/en/subject.txt": "{{ v }}",
        "m/en/body.txt": "{{ v }}",
        "m/en/body.html": "<p>{{ v }}</p>",
    })
    mail = Renderer(root).render("m", "en", {"v": "<b>&"})
    assert mail.subject == "<b>&"
    assert mail.text == "<b>&"
    assert mail.html == "<p>&lt;b&gt;&amp;</p>"


def test_sandbox_blocks_unsafe_attributes(tmp_path):
    root = write(tmp_path, {"m/en/subject.txt": "S", "m/en/body.txt": "{{ ''.__class__.__mro__[1].__subclasses__() }}"})
    with pytest.raises(TemplateError):
        Renderer(root).render("m", "en", {})


def test_syntax_error_is_one_line_with_location(tmp_path):
    root = write(tmp_path, {"m/en/subject.txt": "S", "m/en/body.txt": "ok\n{% if %}\n"})
    with pytest.raises(TemplateError) as err:
        Renderer(root).render("m", "en", {})
    assert "\n" not in str(err.value) and "m/en/body.txt:2" in str(err.value)


def test_printing_none_is_an_error(tmp_path):
    root = write(tmp_path, {"m/en/subject.txt": "S", "m/en/body.txt": "Hi {{ name }}"})
    with pytest.raises(TemplateError, match="None"):
        Renderer(root).render("m", "en", {"name": None})


@pytest.mark.parametrize("name,language", [("../etc", "en"), ("customer/refusal", "../fi"), ("customer/refusal", "")])
def test_bad_names_and_languages_are_refused(renderer, name, language):
    with pytest.raises(TemplateError):
        renderer.render(name, language, {})
    assert not renderer.exists(name, language)


def test_unknown_mail_is_a_template_error(renderer):
    with pytest.raises(TemplateError, match="not found"):
        renderer.render("customer/no-such-mail", "fi", sample("customer/refusal", "fi"))


def test_right_filter_has_no_silent_fallback(tmp_path):
    root = write(tmp_path, {"m/de/subject.txt": "S", "m/de/body.txt": "{{ 'access'|right }}"})
    with pytest.raises(TemplateError, match="no right names for language 'de'"):
        Renderer(root).render("m", "de", {})


# -- issue 9: letters true for this customer on this day ---------------------------------------

DATES = {"fi": "31.12.{}", "sv": "31.12.{}", "en": "31 December {}"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_access_reply_gives_this_customers_own_retention_dates(renderer, language):
    """Issue 9: storage periods were the generic "ten years" although the case knew the customer's dates."""
    text = renderer.render("customer/access-reply", language, sample("customer/access-reply", language)).text
    for year in (2029, 2032, 2036):
        assert DATES[language].format(year) in text
    assert "RCP-2023-10871" in text and "INV-2019-04417" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_access_reply_names_the_recipients_and_the_safeguard_of_each_transfer(renderer, language):
    """Issue 9: recipients by category only (Art. 15(1)(c), CJEU C-154/21); no word on Art. 15(2) safeguards."""
    text = renderer.render("customer/access-reply", language, sample("customer/access-reply", language)).text
    assert "Posti Oy, Swiss Freight AG" in text and "Tulli" in text
    abroad = [line for line in text.splitlines() if "Swiss Freight AG (CH)" in line]
    assert len(abroad) == 1 and "45" in abroad[0]
    assert "49" in text  # the contract ground of a delivery abroad, when no other safeguard is named
    domestic = renderer.render("customer/access-reply", language, sample(
        "customer/access-reply", language, recipients=[r for r in RECIPIENTS if not r["outside_eea"]])).text
    assert "(CH)" not in domestic and "15(2)" not in domestic and "15.2" not in domestic
    assert "15 artiklan 2 kohta" not in domestic


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_customs_line_is_no_longer_the_policys_mistranslation(renderer, language):
    """Issue 9: "when products are bought duty-free" repeated the policy's mistranslation."""
    text = renderer.render("customer/access-reply", language, sample("customer/access-reply", language)).text
    assert not re.search(r"duty-free|tullitta|tullfritt", text)
    assert {"fi": "tullattava", "sv": "tullklareras", "en": "cleared through customs"}[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_refusal_and_no_data_name_only_the_rights_they_answer(renderer, language):
    """Issue 9: a refusal listed every right of the case, including a marketing ban that was granted."""
    for name, key in (("customer/refusal", "refused"), ("customer/no-data", "rights")):
        text = renderer.render(name, language, sample(name, language, **{key: ["erasure"]},
                                                      intents=["erasure", "marketing_ban"])).text
        assert RIGHT_NAMES[language]["erasure"] in text
        assert RIGHT_NAMES[language]["marketing_ban"] not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_marketing_ban_names_the_channels_and_claims_no_newsletter_removal_for_a_stranger(renderer, language):
    channels = {"fi": ("tekstiviestit", "puhelut", "uutiskirjerekisteri"),
                "sv": ("sms", "telefonsamtal", "nyhetsbrevsregister"),
                "en": ("SMS", "telephone calls", "newsletter register")}[language]
    full = renderer.render("customer/marketing-ban-done", language, sample("customer/marketing-ban-done", language)).text
    assert all(word in full for word in channels)
    stranger = renderer.render("customer/marketing-ban-done", language, sample(
        "customer/marketing-ban-done", language, channels=["email"], customer=False)).text
    assert channels[0] not in stranger and channels[2] not in stranger


@pytest.mark.parametrize("language", LANGUAGES)
def test_marketing_ban_without_email_names_no_email_address_and_counts_its_channels(renderer, language):
    """Language review: with text messages or calls alone, the letter put "your email address" on the
    suppression list; and one channel was "any of the following channels" in fi/sv."""
    address = {"fi": "Sähköpostiosoitteesi on nyt estolistallamme", "sv": "Din e-postadress finns nu på vår spärrlista",
               "en": "Your email address is now on our suppression list"}[language]
    for channels in (["sms"], ["phone"], ["sms", "phone"]):
        text = renderer.render("customer/marketing-ban-done", language, sample(
            "customer/marketing-ban-done", language, channels=channels, customer=False)).text
        assert address not in text, channels
    email = renderer.render("customer/marketing-ban-done", language, sample(
        "customer/marketing-ban-done", language, channels=["email"], customer=False)).text
    assert address in email
    one, many = {"fi": ("seuraavassa kanavassa:", "seuraavista kanavista"),
                 "sv": ("i följande kanal:", "någon av följande kanaler"), "en": (None, None)}[language]
    if one:
        assert one in email and many not in email


@pytest.mark.parametrize("language", LANGUAGES)
def test_extension_notice_states_the_ground_and_the_workflows_months(renderer, language):
    """Issue 9: the Art. 12(3) ground was missing unless staff wrote it, and "two months" was hard-coded."""
    one = renderer.render("customer/extension-notice", language, sample(
        "customer/extension-notice", language, extension_months=1, ground="number_of_requests")).text
    assert {"fi": "yhdellä kuukaudella", "sv": "en månad", "en": "by one month"}[language] in one
    assert {"fi": "useita pyyntöjä", "sv": "flera begäranden", "en": "several requests"}[language] in one
    assert not re.search(r"kahdella kuukaudella|två månader|two months", one)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_combined_letter_has_one_greeting_one_signature_and_one_complaint_block(renderer, language):
    ctx = sample("customer/combined-reply", language)
    text = renderer.render("customer/combined-reply", language, ctx).text
    assert text.count("SECTION-ONE") == 1 and text.count("SECTION-TWO") == 1
    assert text.count("tietosuoja@om.fi") == 1 and text.count(FAKE_CONTROLLER["business_id"]) == 1
    granted = renderer.render("customer/combined-reply", language, {**ctx, "refuses": False}).text
    assert "tietosuoja@om.fi" not in granted


def test_sections_render_without_greeting_or_signature(renderer):
    for name in ("customer/erasure-done", "customer/marketing-ban-done", "customer/refusal"):
        section = renderer.render_section(name, "fi", sample(name, "fi"))
        assert not section.startswith("Hei") and FAKE_CONTROLLER["business_id"] not in section
        assert section == section.strip()


# The phrases the review found (issue 9), and what a native writer uses instead (templates/GLOSSARY.md).
BANNED = {
    "fi": ["rajoittaneet säilytettävien tietojen käsittelyn", "kohtuuttomia ponnistuksia", "vastustamispyyntö",
           "viestin otsikossa", "Määräajan kulku voi keskeytyä",
           # The language review (templates/GLOSSARY.md).
           "kerrothan", "jatkettu määräpäivä", ", tilikausi päättyi", "Päätös pyyntöösi", "itsestään"],
    "sv": ["Vi tog emot din begäran som gäller dina personuppgifter den", "tidsfristen kan stå stilla",
           "Tidsfristen kan stå stilla", "Som bilagor finns", "lagringstid",
           # The language review (templates/GLOSSARY.md).
           "från att begäran", "rättigheter du vill använda", "använda följande rättigheter", "regelbundet",
           "Närmare bestämt", "av sig själv", ", räkenskapsperioden gick ut"],
    "en": ["duty-free"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_template_uses_the_phrases_the_review_found(language):
    for path in TEMPLATES.rglob(f"{language}/*.txt"):
        text = path.read_text(encoding="utf-8")
        for phrase in BANNED[language]:
            assert phrase not in text, f"{path}: {phrase}"


@pytest.mark.parametrize("name,language", CASES)
def test_fixed_wording_in_the_rendered_mails(renderer, name, language):
    text = renderer.render(name, language, sample(name, language)).text
    if language == "fi" and "ref" in text and "aiherivi" in text:
        assert "säilytä viite DSR-2026-0001 aiherivillä" in text
    if language == "sv" and name == "customer/acknowledgement":
        assert text.splitlines()[2].startswith("Den 24.11.2026 tog vi emot din begäran")


def test_the_glossary_lists_the_terms_the_templates_use():
    glossary = (TEMPLATES / "GLOSSARY.md").read_text(encoding="utf-8")
    for term in ("suoramarkkinointikielto", "förbud mot direktmarknadsföring", "tositteet", "verifikat",
                 "tilikausi", "räkenskapsperiod", "vastustaminen", "invändning", "aiherivi", "ämnesrad",
                 "Bifogat finns", "kohtuuttoman paljon työtä", "oproportionerlig ansträngning",
                 "päättyneeltä tilikaudelta", "utöva", "från det att", "perintäasiakirja", "regelmässigt"):
        assert term in glossary, term
