"""The classifier's tricky rules, each on a mail written for the test (no corpus copies)."""

from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path

import pytest

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import Classification, classify, main_text
from bot.core.reading.rights_asked import read_rights

DATA = Path(__file__).resolve().parents[1] / "data" / "classify"


def mail(body: str, subject: str = "Hello", *, headers: tuple[str, ...] = (), charset: str = "utf-8",
         cte: str = "8bit", sender: str = "Customer <customer@example.fi>") -> ParsedMail:
    data = body.encode(charset)
    if cte == "quoted-printable":
        data = quopri.encodestring(data)
    elif cte == "base64":
        data = base64.encodebytes(data)
    head = [f"From: {sender}", "To: info@allsec.fi", f"Subject: {subject}",
            "Date: Tue, 10 Mar 2026 10:00:00 +0200", "Message-ID: <t1@example.fi>", "MIME-Version: 1.0",
            *headers, f"Content-Type: text/plain; charset={charset}", f"Content-Transfer-Encoding: {cte}"]
    parsed = parse(("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + data)
    assert isinstance(parsed, ParsedMail)
    return parsed


def test_interface_and_json():
    c = classify(mail("Please delete my account and all my data."))
    assert isinstance(c, Classification)
    assert c.kind == "request" and c.intents == {"erasure"} and c.language == "en"
    j = c.to_json()
    assert set(j) == {"kind", "intents", "language", "confidence", "needs_triage", "reasons"}
    assert j["intents"] == ["erasure"] and isinstance(j["reasons"], list)
    assert any(r.startswith("erasure [en:delete-my-data]: ") for r in c.reasons)


@pytest.mark.parametrize("body, want", [
    ("Please don't close my account, I only want the promotional emails to stop.", {"marketing_ban"}),
    ("Älkää poistako asiakastiliäni. Lopettakaa kuitenkin uutiskirjeet.", {"marketing_ban"}),
    ("Radera inte mitt konto, men sluta skicka reklam.", {"marketing_ban"}),
    ("I'm not asking you to erase anything - I only want to know what data you hold about me.", {"access"}),
])
def test_negation(body, want):
    c = classify(mail(body))
    assert c.kind == "request" and c.intents == want
    assert any(r.startswith("not erasure [") and "(negated)" in r for r in c.reasons)


@pytest.mark.parametrize("body", [
    "How long do you keep my data after an order?",
    "Kuinka kauan säilytätte tietoja? Poistetaanko vanha tili automaattisesti?",
    "Hur länge sparar ni kunduppgifter? Raderas kontot automatiskt?",
])
def test_questions_are_not_requests(body):
    assert classify(mail(body)).kind == "other"


def test_polite_question_is_a_request():
    assert classify(mail("Could you delete my account, please?")).intents == {"erasure"}
    assert classify(mail("Voisitteko poistaa tilini?")).intents == {"erasure"}


@pytest.mark.parametrize("body", [
    "Please cancel my order 12001 and delete it, I bought the wrong lock.",
    "Peruuttakaa tilaus 12001 ja poistakaa se, tilasin väärän.",
])
def test_order_cancellation_is_not_erasure(body):
    assert classify(mail(body)).kind == "other"


def test_missing_diacritics():
    c = classify(mail("Hei, haluaisin nahda mita henkilotietoja teilla on minusta. Poistakaa sen jalkeen tilini."))
    assert c.language == "fi" and c.intents == {"access", "erasure"}


def test_quoted_text_is_not_read():
    body = ("Thanks for the update.\n\nOn Mon, 9 Mar 2026 at 10:00, Allsec <info@allsec.fi> wrote:\n"
            "> Unsubscribe here. We can delete your account on request.\n")
    c = classify(mail(body, "Re: News"))
    assert c.kind == "other" and not c.intents
    assert "delete" not in main_text(mail(body))


def test_finnish_outlook_quote_is_cut():
    body = ("Kiitos.\n\n-----Alkuperäinen viesti-----\nLähettäjä: Allsec Oy <info@allsec.fi>\n"
            "Lähetetty: 1.3.2026\nVastaanottaja: x@example.fi\nAihe: Uutiskirje\n\nPerukaa uutiskirje tästä.")
    assert main_text(mail(body)) == "Kiitos."


def test_auto_reply_by_header():
    c = classify(mail("Thanks, I am away until Monday.", "Automatic reply: offers",
                      headers=("Auto-Submitted: auto-replied",)))
    assert c.kind == "auto_reply" and c.no_auto_reply
    assert any("Auto-Submitted" in r for r in c.reasons)


def test_auto_reply_by_text_in_case_thread():
    c = classify(mail("Olen lomalla 3.8. asti enkä lue sähköpostia.", "Re: [DSR-2026-0005] Pyyntösi",
                      headers=("In-Reply-To: <dsr-2026-0005.1.abcdef12@allsec.fi>",)))
    assert c.kind == "auto_reply"


def test_x_auto_response_suppress_still_reads_the_body():
    c = classify(mail("I want a copy of all personal data you hold about me.",
                      headers=("X-Auto-Response-Suppress: All",)))
    assert c.kind == "request" and c.intents == {"access"}
    assert c.no_auto_reply  # but intake must not auto-acknowledge


def test_followup_by_tag_and_by_message_id():
    by_tag = classify(mail("Here is my order number 10001 and postcode 15100.", "Re: [DSR-2026-0009] Request"))
    assert by_tag.kind == "followup" and not by_tag.intents
    by_id = classify(mail("Now please also delete my account.", "Re: Your data",
                          headers=("In-Reply-To: <dsr-2026-0009.2.c64e1916@allsec.fi>",)))
    assert by_id.kind == "followup" and by_id.intents == {"erasure"}
    assert classify(mail("Now please also delete my account.", "Re: Your data"), case_thread=True).kind == "followup"


def test_other_domain_message_id_is_not_a_case():
    c = classify(mail("Please delete my account.", "Re: order",
                      headers=("In-Reply-To: <dsr-2026-0009.1.c64e1916@evil.example>",)))
    assert c.kind == "request"


def test_reply_to_newsletter_is_a_request():
    c = classify(mail("Unsubscribe me please.", "Re: Spring offers",
                      headers=("In-Reply-To: <nl.2026-03.abc@news.allsec.fi>",)))
    assert c.kind == "request" and c.intents == {"marketing_ban"}


def test_followup_lists_only_new_rights():
    c = classify(mail("You never finished my erasure request. Delete the account now.", "Re: [DSR-2026-0010] x"))
    assert c.kind == "followup" and c.intents == frozenset()


@pytest.mark.parametrize("charset, cte", [("iso-8859-1", "quoted-printable"), ("windows-1252", "base64"), ("utf-8", "base64")])
def test_encodings(charset, cte):
    c = classify(mail("Hej, jag återkallar mitt samtycke till nyhetsbrev.", charset=charset, cte=cte))
    assert c.language == "sv" and c.intents == {"consent_withdrawal", "marketing_ban"}


def test_consent_to_non_marketing_is_consent_only():
    assert read_rights("I withdraw my consent to analytics cookies.", "en").intents == {"consent_withdrawal"}


def test_objection_to_marketing_is_a_marketing_ban():
    assert read_rights("I object to direct marketing.", "en").intents == {"marketing_ban"}
    assert read_rights("I object to you analysing my purchases.", "en").intents == {"objection"}


def test_unsupported_language_goes_to_triage():
    c = classify(mail("Bitte löschen Sie mein Konto und alle meine Daten."))
    assert c.language == "other" and c.needs_triage


def test_bounce_and_spam_are_never_requests():
    bounce = classify(mail("Your message could not be delivered. Please delete my account.", "Undelivered Mail",
                           sender="MAILER-DAEMON@mx.example.org", headers=("Return-Path: <>",)))
    assert bounce.kind == "bounce"
    spam = classify(mail("We offer GDPR audits. Delete my account requests handled! Book a free call today.",
                         headers=("Precedence: bulk", "List-Unsubscribe: <mailto:x@example.com>")))
    assert spam.kind == "spam"


def _labelled(folder: Path):
    if not (folder / "labels.json").exists():
        return []
    return json.loads((folder / "labels.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("label", _labelled(DATA), ids=lambda lab: lab["file"])
def test_own_held_out_mails(label):
    parsed = parse((DATA / label["file"]).read_bytes())
    assert isinstance(parsed, ParsedMail)
    c = classify(parsed)
    assert (c.kind, sorted(c.intents), c.language) == (label["kind"], sorted(label["intents"]), label["language"]), c.reasons


# --- generalisation rules (each example written for the test) ---------------------------


@pytest.mark.parametrize("text, want", [
    # synonyms and phrasings beyond the obvious verb + noun
    ("Please scrub my customer profile from your records.", {"erasure"}),
    ("Take my phone number out of your database, please.", {"erasure"}),
    ("Hej, kan ni stryka mig ur ert kundregister?", {"erasure"}),
    ("Poistakaa minut asiakasrekisteristänne.", {"erasure"}),
    ("I would like access to my personal data.", {"access"}),
    ("Send me an overview of the personal information you keep.", {"access"}),
    ("How did you get hold of my email address?", {"access"}),
    ("Mistä te olette hankkineet puhelinnumeroni?", {"access"}),
    ("Varifrån har ni fått min adress?", {"access"}),
    ("Vad har ni sparat om mig?", {"access"}),
    ("My surname is now Lehto after the wedding.", {"rectification"}),
    ("Your letters still use my previous address.", {"rectification"}),
    ("Sähköpostiosoitteeni on merkitty tietoihinne väärin.", {"rectification"}),
    ("Uusi osoitteeni on Rantatie 4, päivittäkää se.", {"rectification"}),
    ("Min nya adress är Storgatan 1.", {"rectification"}),
    ("Please suspend the processing of my data for now.", {"restriction"}),
    ("Move my data over to a different provider, thanks.", {"portability"}),
    ("Siirtäkää tietoni uudelle palveluntarjoajalle.", {"portability"}),
    ("Kan ni flytta mina uppgifter till en annan leverantör?", {"portability"}),
    ("Cease emailing me, I never subscribed.", {"marketing_ban"}),
    ("Stop sending me your catalogue.", {"marketing_ban"}),
    ("Don't email me again.", {"marketing_ban"}),
    ("Älkää enää soittako minulle.", {"marketing_ban"}),
    ("Lopettakaa sähköpostien lähettäminen.", {"marketing_ban"}),
    ("Lopettakaa tuo roskaposti heti.", {"marketing_ban"}),
    ("Sluta ringa mig.", {"marketing_ban"}),
    ("Vill inte ha fler kampanjer från er.", {"marketing_ban"}),
    ("Vedän takaisin markkinointisuostumukseni.", {"consent_withdrawal", "marketing_ban"}),
    ("Jag drar in mitt samtycke till kundundersökningar.", {"consent_withdrawal"}),
    ("Lopettakaa ostohistoriani analysointi.", {"objection"}),
    ("I do not agree to my purchases being used for profiling by your AI.", {"objection"}),
    ("Sluta analysera mina köp.", {"objection"}),
])
def test_vocabulary_beyond_the_dev_corpus(text, want):
    assert read_rights(text, "xx").intents == want


@pytest.mark.parametrize("text, want", [
    ("pls delet my acount and remoove my detials", {"erasure"}),
    ("dont sent me any more emials", {"marketing_ban"}),
])
def test_common_misspellings(text, want):
    assert read_rights(text, "en").intents == want


def test_english_and_starts_a_new_command():
    # the negation of "don't send" does not reach "delete" after "and"
    assert read_rights("Don't send me offers and delete my account.", "en").intents == {"marketing_ban", "erasure"}
    assert read_rights("Please don't close and delete my account.", "en").intents == set()


@pytest.mark.parametrize("text, want", [
    ("When I ordered I gave my consent to SMS offers. Now I withdraw it.", {"consent_withdrawal", "marketing_ban"}),
    ("Annoin luvan käyttää kuvaani arvostelussa. Perun sen nyt.", {"consent_withdrawal"}),
    ("Jag gav samtycke till nyhetsbrevet. Härmed återkallar jag det.", {"consent_withdrawal", "marketing_ban"}),
])
def test_consent_named_in_the_sentence_before(text, want):
    assert read_rights(text, "xx").intents == want


def test_objection_without_a_purpose_reads_the_sentence_before():
    text = ("The newsletter is fine. But I do not want targeted ads based on my purchases or my e-mail clicks tracked. "
            "Stop that profiling.")
    assert read_rights(text, "en").intents == {"marketing_ban"}
    assert read_rights("I like your shop. Stop profiling my browsing for analytics.", "en").intents == {"objection"}


def test_tracking_of_marketing_mail_is_marketing():
    assert read_rights("Lopettakaa uutiskirjeen avausten seuranta.", "fi").intents == {"marketing_ban"}


def test_a_domain_name_is_not_the_writers_account():
    assert read_rights("Verkkotunnus poistetaan, jos laskua ei makseta.", "fi").intents == set()


def test_removing_an_order_from_the_system_is_not_erasure():
    assert classify(mail("Perukaa tilaus 7781 ja poistakaa se järjestelmästä, tilasin väärän koon.")).kind == "other"
    assert classify(mail("Cancel order 7781 and delete it from your system, wrong size.")).kind == "other"


def test_forward_takes_the_forwarded_customers_language():
    body = ("Hello, my mother asked me to send this on to you since she has no e-mail of her own.\n\n"
            "---------- Forwarded message ---------\nFrom: Mamma <mamma@example.se>\nDate: Mon, 4 May 2026\n"
            "Subject: uppgifter\nTo: Son <son@example.com>\n\nHej, jag vill veta vilka uppgifter ni har om mig.\n")
    c = classify(mail(body, "Fwd: uppgifter"))
    assert c.kind == "request" and c.intents == {"access"} and c.language == "sv"


def test_bilingual_out_of_office_takes_the_first_language():
    body = ("Olen poissa toimistolta 2.–6.3. enkä lue sähköpostia sinä aikana lainkaan.\n\n"
            "I am out of the office 2–6 March and will not read my e-mail during that time.\n")
    c = classify(mail(body, "Poissa / Away"))
    assert c.kind == "auto_reply" and c.language == "fi"


def test_very_short_text_is_not_an_uncovered_language():
    c = classify(mail("Delete me. Customer 5531, x.y@example.com", "GDPR"))
    assert c.kind == "request" and c.intents == {"erasure"} and c.language == "en" and not c.needs_triage


def test_other_language_marketing_stop_is_guessed_for_staff():
    c = classify(mail("Bitte keine Werbung mehr per E-Mail schicken."))
    assert c.intents == {"marketing_ban"} and c.needs_triage


@pytest.mark.parametrize("body", [
    # Swedish cold mail with an opt-out footer
    "Hej! Jag har tittat på er webbshop. Vi hjälper e-handlare att öka försäljningen. "
    "Boka ett kostnadsfritt möte här.\n\nVill du inte få fler mejl från oss? Svara STOPP.",
    # Finnish fake invoice for a domain
    "Verkkotunnuksenne rekisteröinti päättyy. Maksakaa lasku.\n\nTilinumero: FI00 1234 5600 0007 85\n"
    "Eräpäivä: 1.1.2027\n\nMuuten verkkotunnus poistetaan rekisteristämme.",
    # compliance selling that names rights to sound official
    "Your customers have the right to erasure and to access their data. GDPR fines of up to 4% of annual "
    "turnover! We offer a GDPR audit for web shops. Book a free call.",
    # third-party newsletter without list headers
    "Spring deals: 20% off all locks this week only.\n\nYou are receiving this email because you signed up. "
    "To unsubscribe, click here.",
])
def test_machine_mail_that_names_rights_is_not_a_request(body):
    c = classify(mail(body, "Tarjous / offer"))
    assert c.kind == "spam", c.reasons


def test_phishing_threat_and_lure_together_are_spam():
    c = classify(mail("Your mailbox will be deleted within 24 hours. Click here to verify your account."))
    assert c.kind == "spam"


# --- generalisation rules (own example strings, fi/sv/en) -----------------------------


@pytest.mark.parametrize("text", [
    "I moved abroad last year. I don't want to be in your customer database anymore.",
    "I no longer wish to remain on your records.",
    "I don't want you to keep any of my details.",
    "Please stop storing my personal information.",
    "Jag vill inte längre finnas kvar i ert kundregister.",
    "Jag vill inte att ni sparar mina uppgifter.",
    "En halua enää olla teidän asiakasrekisterissänne.",
    "Haluan pois teidän järjestelmästänne.",
    "En halua että säilytätte minun tietojani.",
])
def test_wanting_out_of_the_register_is_erasure(text):
    c = classify(mail(text))
    assert (c.kind, c.intents) == ("request", {"erasure"}), c.reasons


def test_out_of_the_mailing_list_is_not_erasure():
    c = classify(mail("I don't want to be on your mailing list anymore."))
    assert c.intents == {"marketing_ban"}, c.reasons


def test_account_as_a_place_is_not_erasure_of_it():
    c = classify(mail("I withdraw my consent to storing my card. Please remove the stored card from my account."))
    assert (c.kind, c.intents) == ("request", {"consent_withdrawal"}), c.reasons


@pytest.mark.parametrize("text", [
    "My surname is Virtanen, not Virtamen. Could you correct it in your records?",
    "Your system shows the wrong date of birth for me.",
    "There is a typo in my name on every invoice.",
    "Mitt efternamn är Berg. Kan ni rätta det i ert register?",
    "Det är fel stavning av mitt namn på fakturorna.",
    "Nimessäni on kirjoitusvirhe kaikissa laskuissa.",
    "Korjatkaa se asiakasrekisteriinne, kiitos.",
])
def test_rectification_by_pronoun_or_typo(text):
    c = classify(mail(text))
    assert (c.kind, c.intents) == ("request", {"rectification"}), c.reasons


@pytest.mark.parametrize("text", [
    "I don't want you to use my phone number for targeted ads on social media.",
    "Do not upload my e-mail address to custom audiences.",
    "Jag vill inte att ni använder mitt telefonnummer för riktad reklam.",
    "Jag vill avbeställa nyhetsbrevet.",
    "En halua että käytätte sähköpostiosoitettani mainontaan somessa.",
    "Irtisanon uutiskirjeen tilauksen.",
])
def test_marketing_ban_phrasings(text):
    c = classify(mail(text))
    assert (c.kind, c.intents) == ("request", {"marketing_ban"}), c.reasons


@pytest.mark.parametrize("text", [
    "I rescind the permission I gave for call recording.",
    "I ticked the box to save my card but I have changed my mind.",
    "Jag ångrar mitt samtycke till att ni sparar mitt kort.",
    "En enää anna lupaa tallentaa korttiani.",
    "Perun hyväksyntäni puhelujen nauhoittamiseen.",
])
def test_consent_withdrawal_phrasings(text):
    c = classify(mail(text))
    assert (c.kind, c.intents) == ("request", {"consent_withdrawal"}), c.reasons


def test_stated_marketing_purpose_makes_profiling_methods_marketing():
    c = classify(mail("Please stop profiling me for marketing purposes, no segmenting me by what I buy."))
    assert c.intents == {"marketing_ban"}, c.reasons
    # without a marketing purpose, analysing browsing is an Art. 21(1) objection
    c = classify(mail("Please stop analysing my browsing on your site."))
    assert c.intents == {"objection"}, c.reasons


def test_learner_finnish_tracking_is_objection():
    c = classify(mail("Minä en halua että te seuraa minun käyttö ja tehdä analyysi minusta."))
    assert c.intents == {"objection"}, c.reasons


# --- safety net and the recall rules added for the third blind set ------------------------


@pytest.mark.parametrize("body", [
    "Hi, I read your privacy policy and I am not happy with how my personal data is handled here.",
    "Hei, teillä on rekisterissänne minun tietoni väärässä paikassa, mitä tälle voi tehdä.",
    "Hej, jag undrar om mina uppgifter sparas hos er efter att jag har handlat.",
])
def test_safety_net_sends_unrecognised_privacy_talk_to_a_person(body):
    c = classify(mail(body))
    assert c.kind == "other" and c.needs_triage, c.reasons
    assert any(r.startswith("safety net: talks about personal data") for r in c.reasons)


@pytest.mark.parametrize("body", [
    "Hi, where is my order 10234? It was supposed to arrive last week.",
    "Hei, onko teillä palovaroittimia varastossa? Kiitos.",
    "Hej, jag vill returnera kameran jag köpte, hur gör jag?",
    "I have forgotten the password to my account, can you help me log in?",
])
def test_safety_net_stays_quiet_on_order_and_product_mail(body):
    c = classify(mail(body))
    assert c.kind == "other" and not c.needs_triage
    assert not any(r.startswith("safety net") for r in c.reasons)


def test_safety_net_reads_about_me_with_a_verb_of_having():
    from bot.core.reading.rights_asked import privacy_signal
    assert privacy_signal("So what do you keep on file about me, honestly")
    assert privacy_signal("Jeg lurer på hva dere har lagret om meg.")
    assert not privacy_signal("The sensor broke on me after a week.")


@pytest.mark.parametrize("body, intent", [
    ("Hey, what have you really got on me? I ordered a doorbell camera from you a while back.", "access"),
    ("Curious what's in your system under my name.", "access"),
    ("Kunnes reklamaatio on käsitelty, en halua että tietojani käytetään mihinkään muuhun.", "restriction"),
    ("Laittakaa tietojeni käsittely jäihin siihen asti, kun riita on ratkaistu.", "restriction"),
    ("Please keep my data for now but do not use it for anything while my complaint is open.", "restriction"),
    ("Behåll uppgifterna men använd dem inte medan tvisten pågår.", "restriction"),
    ("Frys mina uppgifter tills reklamationen är klar.", "restriction"),
])
def test_indirect_access_and_restriction_wording(body, intent):
    c = classify(mail(body))
    assert c.kind == "request" and intent in c.intents, c.reasons


def test_passive_finnish_marketing_wish_for_someone_else():
    c = classify(mail("Hei, kirjoitan äitini puolesta. Pyydän, ettei hänelle enää lähetetä mainoksia eikä soiteta."))
    assert c.kind == "request" and "marketing_ban" in c.intents, c.reasons


@pytest.mark.parametrize("body", [
    "Hei! Jeg lurer på hvilke opplysninger dere har om meg. Kan dere sende meg en oversikt? Hilsen Kari",
    "Hej, jeg vil gerne vide hvilke oplysninger I har om mig. Venlig hilsen",
    "Tere! Palun saatke mulle koopia minu andmetest, mis teil on. Lugupidamisega",
])
def test_norwegian_danish_estonian_are_other_language_and_go_to_a_person(body):
    c = classify(mail(body))
    assert c.language == "other" and c.needs_triage, c.reasons
    assert c.kind == "request" and "access" in c.intents, c.reasons


# --- rules added for the blind3 pass (own example strings) --------------------------------


@pytest.mark.parametrize("text, want", [
    # a use stopped while something is sorted out is Art. 18, whichever comes first
    ("Until my complaint is resolved, please do not process my data.", {"restriction"}),
    ("Please don't share my details with the collection agency while this is being investigated.", {"restriction"}),
    ("Älkää käyttäkö tietojani mihinkään ennen kuin reklamaatio on käsitelty.", {"restriction"}),
    ("Niin kauan kuin asiaa selvitetään, tietojani ei saa luovuttaa eteenpäin.", {"restriction"}),
    ("Så länge ärendet utreds vill jag inte att ni behandlar mina uppgifter.", {"restriction"}),
    ("Tills saken är utredd får ni inte lämna ut mina uppgifter.", {"restriction"}),
    # ... and it is not an objection ("don't want my details used for anything")
    ("Until the dispute is settled I don't want my details used for anything.", {"restriction"}),
    # the writer's own boycott is not a request
    ("I won't use your shop until I get my refund.", set()),
    ("I will not use the app until you fix the login.", set()),
])
def test_no_use_while_disputed_is_restriction(text, want):
    assert read_rights(text, "en").intents == want


@pytest.mark.parametrize("text, want", [
    ("Send me a copy of what you have on me, and after that delete it.", {"access", "erasure"}),
    ("Lähettäkää kopio tiedoistani ja poistakaa ne sen jälkeen.", {"access", "erasure"}),
    ("I have an account with you. Please erase it.", {"erasure"}),
    ("I have an account with you. Please don't delete it.", set()),
    # no data named before the pronoun, or it stands for an order or a basket item
    ("I put a camera in my account basket by mistake. Please remove it.", set()),
    ("The alarm keeps beeping at night. How do I stop it?", set()),
    # a stop on what the sentence before named as marketing
    ("Your newsletter comes every single day. Please stop it.", {"marketing_ban"}),
    ("Saan teiltä joka viikko tarjouksia tekstiviestillä. Lopettakaa se.", {"marketing_ban"}),
    ("Jag har aldrig bett om reklam-mejl, men de kommer varje dag. Sluta med det!", {"marketing_ban"}),
])
def test_pronoun_for_what_was_named_before(text, want):
    assert read_rights(text, "en").intents == want


@pytest.mark.parametrize("text, want", [
    ("I accepted all cookies on your site last week. I want to take that back.", {"consent_withdrawal"}),
    ("Hyväksyin evästeet vahingossa. Peruutan sen.", {"consent_withdrawal"}),
    ("Jag godkände kakorna av misstag. Jag tar tillbaka det.", {"consent_withdrawal"}),
    # compound permission nouns in Finnish
    ("Peruutan tekstiviestiluvan.", {"consent_withdrawal", "marketing_ban"}),
    ("Perun antamani markkinointiluvan.", {"consent_withdrawal", "marketing_ban"}),
])
def test_consent_given_without_the_word_consent(text, want):
    assert read_rights(text, "en").intents == want


def test_polite_modal_after_a_lead_in_is_a_request():
    c = classify(mail("Thanks! Oh, and while you're at it, could you also take me off the newsletter list?",
                      subject="Re: [DSR-2026-0999] Your access request",
                      headers=("In-Reply-To: <dsr-2026-0999.1.abc@allsec.fi>",)))
    assert c.kind == "followup" and c.intents == {"marketing_ban"}


@pytest.mark.parametrize("text, want", [
    # the subject says "stop profiling", the body says what for
    ("Stop profiling me.\n\nI keep seeing your ads on every site I visit.", {"marketing_ban"}),
    ("Stop profiling me.\n\nYou run analytics on every click I make in the shop.", {"objection"}),
    ("I don't want you running analytics on my visits or building statistics from my purchases.", {"objection"}),
])
def test_objection_purpose_read_ahead_and_analytics(text, want):
    assert read_rights(text, "en").intents == want


@pytest.mark.parametrize("text, want", [
    ("Hei, haluaisin tietää mitä tietoja hänestä on kerätty.", {"access"}),
    ("Vilka uppgifter finns registrerade på mig?", {"access"}),
    ("Sähköpostiosoitteeni on vaihtunut, uusi on matti@example.fi.", {"rectification"}),
    ("Puhelinnumeroni on muuttunut.", {"rectification"}),
])
def test_third_person_access_and_compound_fields(text, want):
    assert read_rights(text, "fi").intents == want


def test_stored_delivery_address_is_the_record():
    # "tallennettu" says the value sits in our records, so it is not a one-off order's address
    text = "Toimitusosoitteekseni on tallennettu väärä katu, oikea osoite on Rantatie 3."
    assert read_rights(text, "fi").intents == {"rectification"}


@pytest.mark.parametrize("text, want", [
    ("Ich widerrufe meine Einwilligung zum Newsletter.", {"consent_withdrawal", "marketing_ban"}),
    ("Je retire mon consentement à la newsletter.", {"consent_withdrawal", "marketing_ban"}),
    ("Revoco il consenso al marketing.", {"consent_withdrawal", "marketing_ban"}),
    ("Palun lõpetage uudiskirjade saatmine.", {"marketing_ban"}),
    ("Je voudrais recevoir une copie des données me concernant.", {"access"}),
])
def test_other_languages_first_guess(text, want):
    assert read_rights(text, "other").intents == want


def test_other_language_deletion_noun_names_the_old_request_in_a_followup():
    c = classify(mail("Ich habe vor einem Monat die Löschung meiner Daten beantragt. Wie ist der Stand?",
                      subject="AW: [DSR-2026-0998] Ihre Anfrage",
                      headers=("In-Reply-To: <dsr-2026-0998.1.abc@allsec.fi>",)))
    assert c.kind == "followup" and c.intents == frozenset()


# --- safety net for requests told as a story, and the fourth blind set's rules -------------
# Own strings, written for these tests.
@pytest.mark.parametrize("text", [
    "Olen muuttanut ja teillä on yhä vanha osoitteeni, laittakaa uusi osoite asiakastilille.",
    "You still have my old address on file, I moved in March.",
    "Take my number off your list, it belongs to my daughter now.",
    "I don't want you to have my date of birth anywhere.",
    "Min e-postadress är fel i ert system sedan flytten.",
    "Pappa avled i somras och hans konto får fortfarande era utskick.",
    "Isäni kuoli keväällä, mutta hänen tililleen tulee yhä mainoksia.",
    "Kan jag få inspelningen av samtalet jag hade med er kundtjänst?",
    "En halua, että teillä on minun henkilötunnustani tallessa.",
    "Please do not pass the note on my account to the courier company.",
    "Asiakaspalvelija sanoi kirjaavansa asian tietoihini, mitä sinne tuli?",
    "If my chats are going into training data for your bot, I am not fine with that.",
    "Could you tell me what information you hold on my father, he is 90?",
])
def test_safety_net_catches_requests_told_as_stories(text):
    from bot.core.reading.rights_asked import privacy_signal
    assert privacy_signal(text), text


@pytest.mark.parametrize("text", [
    "I moved house, can you change the delivery address on order 4412 please?",
    "Muutin juuri, voitteko vaihtaa toimitusosoitteen tilaukseen 5512?",
    "Kan ni ändra leveransadressen på min beställning 3391?",
    "How do I get the recordings from my camera to my phone?",
    "Voinko saada kameran tallenteet pilvestä puhelimeen?",
    "Is the smart lock compatible with my new phone?",
    "Does the camera use AI to detect people at the door?",
    "My mother died last year and I need the warranty papers for the alarm she bought.",
    "I can't log in to my account, please reset the password.",
    "Tilaukseen kirjattiin merkintä toimitusohjeesta, voiko sen muuttaa?",
])
def test_safety_net_stays_quiet_on_ordinary_mail(text):
    from bot.core.reading.rights_asked import privacy_signal
    assert not privacy_signal(text), text
    c = classify(mail(text, subject="Kysymys"))
    # Ordinary mail: read as such, asks for no right, and needs no person to look.
    assert (c.kind, c.intents, c.needs_triage) == ("other", frozenset(), False), c.reasons


@pytest.mark.parametrize("text, want", [
    # colloquial Finnish access, and recordings of calls
    ("Haluun tietää mitä kaikkee teil on musta tallessa.", {"access"}),
    ("Voinko saada tallenteen puhelusta, jonka kävin asiakaspalvelunne kanssa?", {"access"}),
    ("Can I get the recording of my call with your support last week?", {"access"}),
    ("Which data do you keep on him, and has it gone to anyone else?", {"access"}),
    # a relative "mitä" names the data to delete, not a question
    ("Poistakaa tili ja kaikki tiedot mitä teillä on minusta.", {"erasure"}),
    # a new value put in place, on the writer's account
    ("Vaihtakaa uusi sähköpostiosoite mun tilille, vanha ei toimi.", {"rectification"}),
    ("Ottakaa vanha numero pois ja laittakaa tilalle 040 111 2222.", {"rectification"}),
    # Finnish "ettei ... käytetä" while a dispute lasts
    ("Kunnes reklamaatio on ratkaistu, pyydän ettei tätä tietoa käytetä mihinkään.", {"restriction"}),
    # refusing a use of the writer's own messages, and AI training
    ("En hyväksy, että te käytätte minun viestejäni mainosten suunnitteluun.", {"marketing_ban"}),
    ("En salli että käytätte mun palautteita tuotekehitykseen.", {"objection"}),
    ("We do not accept you using our support tickets to train a model.", {"objection"}),
    # an address off a list is a marketing matter, not erasure
    ("Poistakaa sähköpostiosoitteeni postituslistalta.", {"marketing_ban"}),
    # Swedish "alltihop"
    ("Sen vill jag att ni raderar alltihop.", {"erasure"}),
    # other languages: correction and restriction
    ("Proszę o poprawienie moich danych adresowych.", {"rectification"}),
    ("Palun ärge kasutage minu andmeid millekski, kuni vaidlus on lahendatud.", {"restriction"}),
])
def test_fourth_blind_set_rules(text, want):
    language = "other" if any(w in text for w in ("Proszę", "Palun")) else ("en" if text[0] in "CWc" else "fi")
    if "raderar" in text:
        language = "sv"
    assert read_rights(text, language).intents == want, text


@pytest.mark.parametrize("text, want", [
    ("I signed up for texts with offers at checkout. Not anymore. I take back that consent.", {"consent_withdrawal", "marketing_ban"}),
    ("Please take me off. I'm pulling my consent for these emails.", {"consent_withdrawal", "marketing_ban"}),
    ("Jag godkände nyhetsbrev via mejl vid köpet. Det var ett misstag. Jag drar tillbaka det samtycket.", {"consent_withdrawal", "marketing_ban"}),
    # marketing named as what the consent was not for
    ("Annoin luvan kuvaani verkkosivuille mainoksen sijaan. Perun tämän luvan.", {"consent_withdrawal"}),
])
def test_consent_pointed_back_to_marketing(text, want):
    language = "sv" if "Jag" in text else ("fi" if "luvan" in text else "en")
    assert read_rights(text, language).intents == want, text


def test_please_no_more_after_marketing_is_a_marketing_ban():
    text = "You send me offers by SMS and e-mail every day. Please no more."
    assert read_rights(text, "en").intents == {"marketing_ban"}


def test_parcel_fee_scam_is_spam_not_auto_reply():
    body = ("Hei, pakettisi 123456 odottaa. Siihen liittyy maksamaton toimitusmaksu 2,49 EUR. "
            "Maksa 48 tunnin kuluessa. Tämä on automaattinen viesti, älä vastaa.")
    assert classify(mail(body, subject="Toimitus odottaa")).kind == "spam"
    own = "Hei, paketti 5521 palautettiin lähettäjälle, voitteko lähettää sen uudelleen?"
    assert classify(mail(own, subject="Paketti")).kind == "other"


def test_a_staff_rule_forward_is_read_as_the_customers_mail_only_when_from_staff():
    """A mailbox rule marks what it forwards as machine mail; from our staff, the customer's words count."""
    raw = (b"From: Aino Staff <aino@allsec.fi>\r\nTo: info@allsec.fi\r\nSubject: FW: Tietojeni poisto\r\n"
           b"Auto-Submitted: auto-generated\r\nMessage-ID: <fw-1@allsec.fi>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"---------- Forwarded message ---------\r\nFrom: Maija Asiakas <maija@example.fi>\r\n"
           b"Subject: Tietojeni poisto\r\n\r\nPoistakaa kaikki tietoni ja asiakastilini.\r\n")
    mail = parse(raw)
    as_staff = classify(mail, own_domain="allsec.fi", from_staff=True)
    assert (as_staff.kind, set(as_staff.intents)) == ("request", {"erasure"})
    assert as_staff.forwarded_from == ("maija@example.fi",)
    assert classify(mail, own_domain="allsec.fi").kind == "auto_reply"


def test_a_finished_cases_thread_is_not_asked_for_by_our_own_subject():
    """Our subject in a reply ("Your objection to direct marketing has been recorded") asks for nothing new."""
    raw = (b"From: Maija Asiakas <maija@example.fi>\r\nTo: info@allsec.fi\r\n"
           b"Subject: Re: [DSR-2026-0007] Your objection to direct marketing has been recorded\r\n"
           b"In-Reply-To: <dsr-2026-0007.2.ab12cd34@allsec.fi>\r\nMessage-ID: <re-1@example.fi>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\nThank you, that was quick!\r\n")
    result = classify(parse(raw), own_domain="allsec.fi", case_thread=True, thread_finished=True)
    assert result.kind == "followup" and not result.intents
