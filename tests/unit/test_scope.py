"""The scope of a right: it counts when it is asked, not when it is mentioned, quoted, declined,
reported as done or asked about in general; and a mail about the writer's own data that is not
confidently something else goes to a person. Each example is written for the test."""

from __future__ import annotations

import pytest

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import classify


def mail(body: str, subject: str = "Hello", headers: tuple[str, ...] = ()) -> ParsedMail:
    head = ["From: Customer <customer@example.fi>", "To: info@allsec.fi", f"Subject: {subject}",
            "Message-ID: <sc1@example.fi>", "MIME-Version: 1.0", *headers,
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    parsed = parse(("\r\n".join(head) + "\r\n\r\n" + body).encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


IN_CASE = ("In-Reply-To: <dsr-2026-0066.1.abc@allsec.fi>",)


@pytest.mark.parametrize("body", [
    "Until you have corrected my date of birth, do not use my data for credit checks.",
    "Tills ni har rättat mitt födelsedatum vill jag inte att ni använder mina uppgifter till något.",
    "Kunnes olette korjanneet syntymäaikani, älkää käyttäkö tietojani mihinkään muuhun.",
])
def test_a_right_named_inside_a_condition_is_not_new_in_the_case(body):
    # The case is about the correction; the reply adds only the restriction while it is pending.
    c = classify(mail(body, "Re: [DSR-2026-0066] Your request", IN_CASE))
    assert (c.kind, c.intents) == ("followup", {"restriction"}), c.reasons


def test_the_same_words_in_a_new_mail_ask_both_rights():
    c = classify(mail("My date of birth is wrong in your records. Until you have corrected it, do not use my data."))
    assert (c.kind, c.intents) == ("request", {"rectification", "restriction"}), c.reasons


@pytest.mark.parametrize("body", [
    "I know I could use my GDPR rights and have you delete everything you have on me, but I won't. Your staff were rude.",
    "Voisin pyytää teitä poistamaan tietoni, mutta en aio. Asiakaspalvelunne oli kuitenkin tylyä.",
    "Jag skulle kunna be er radera mina uppgifter, men jag tänker inte göra det. Kundtjänsten var otrevlig.",
])
def test_a_declined_right_is_not_asked_and_needs_no_person(body):
    c = classify(mail(body, "Feedback"))
    assert (c.kind, c.intents, c.needs_triage) == ("other", frozenset(), False), c.reasons


@pytest.mark.parametrize("body", [
    "Pyysin viime vuonna, että tietoni poistetaan, ja saittekin ne poistettua, kiitos siitä. Miten pääsen nyt tilaamaan?",
    "Thanks for deleting my account last month. How do I register again?",
])
def test_an_earlier_request_reported_as_done_is_background(body):
    c = classify(mail(body, "Kysymys"))
    assert (c.kind, c.intents, c.needs_triage) == ("other", frozenset(), False), c.reasons


def test_an_earlier_request_not_done_is_asked_again():
    # SCHEMA: "I asked before" without a thread is a request.
    c = classify(mail("I asked you in March to delete my account. You still haven't done it."))
    assert (c.kind, c.intents) == ("request", {"erasure"}), c.reasons


def test_a_right_only_named_and_asked_about_is_not_asked():
    c = classify(mail("Om jag raderade mitt konto, skulle jag då förlora garantin? Jag vill inte radera något ännu.",
                      "Fråga om radering av konto"))
    assert (c.kind, c.intents) == ("other", frozenset()), c.reasons


def test_a_right_named_in_the_subject_of_a_request_is_asked():
    c = classify(mail("Please handle this for my account ann@example.fi.", "Erasure request"))
    assert (c.kind, c.intents) == ("request", {"erasure"}), c.reasons


@pytest.mark.parametrize("body, subject", [
    ("Your privacy policy, section 7, names marketing partners. What kind of companies are they? "
     "I'm not a customer yet, just trying to understand.", "Question about your privacy policy"),
    ("Tietosuojaselosteessa mainitaan kirjanpitolaki ja 10 vuotta. Säilyvätkö myös toimitusosoitteet niin kauan? "
     "En ole pyytämässä mitään, kunhan kysyn.", "Kauanko tietoja säilytetään?"),
    ("Voinko myöhemmin pyytää tietojen poistoa, ja pitääkö se tehdä kirjallisesti? Kysyn vain yleisesti.", "Kysymys tietosuojasta"),
])
def test_a_general_privacy_question_is_other_and_needs_no_person(body, subject):
    c = classify(mail(body, subject))
    assert (c.kind, c.intents, c.needs_triage) == ("other", frozenset(), False), c.reasons


@pytest.mark.parametrize("body", [
    # about the writer's own data, no right recognised: a person reads it
    "Why does your system still have my personal data from 2019? I thought it was gone.",
    "Miksi tietosuojaselosteenne mukaan säilytätte minun henkilötietojani niin pitkään?",
])
def test_own_data_with_no_right_recognised_goes_to_a_person(body):
    c = classify(mail(body))
    assert c.kind == "other" and c.needs_triage, c.reasons


@pytest.mark.parametrize("body, want", [
    # over-reading: a participle in a quoted notice reports, it does not ask
    ('I got an e-mail saying "Your customer details have been updated", addressed to me by my full name. '
     "I object to you processing my data at all.", {"objection"}),
    # a withdrawn consent to a photo: taking it down is the withdrawal's effect, not a second right
    ("I ticked the box for the customer gallery. Please consider that permission withdrawn and take the picture down.",
     {"consent_withdrawal"}),
    # a picture published without asking: erasure
    ("You posted a photo of my house on your website without asking. Please take the picture off the website.", {"erasure"}),
    # an old address named as where mail goes is no correction
    ("Min mamma dog i oktober och det kommer fortfarande reklam till hennes gamla adress. Kan ni stänga hennes konto?",
     {"erasure"}),
])
def test_rights_are_not_over_read(body, want):
    c = classify(mail(body))
    assert c.intents == want, c.reasons


@pytest.mark.parametrize("body", [
    "I can't log in, please fix my account.",
    "Please delete the duplicate order 1234, I clicked twice.",
    "Voitteko poistaa tuplatilauksen 4432?",
    "Skicka mig en kopia av kvittot för min beställning.",
    "I changed my mind about the order, please cancel it.",
])
def test_ordinary_requests_about_orders_and_logins_are_not_rights(body):
    c = classify(mail(body))
    assert (c.kind, c.intents) == ("other", frozenset()), c.reasons


def test_a_judgement_is_not_the_value_a_detail_should_have():
    c = classify(mail("Why do you need my postcode? I wrote from the address on the account, that should be enough.",
                      "Re: [DSR-2026-0066] Your request", IN_CASE))
    assert (c.kind, c.intents) == ("followup", frozenset()), c.reasons
