"""Phrasing families from blind46a/b, blind47a/b and blind48a/b, English (branch t46en)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # access asked as "what is stored on my profile / in my customer record / registered under my name", the data named
    # by where it is kept (blind46b en-007, en-008, en-014)
    ('request', {'access'}, 'Profile', "Could you tell me what else is stored on my profile?"),
    ('request', {'access'}, 'Record', "Can I see what's actually in my customer record?"),
    ('request', {'access'}, 'Fraud', "I need to know exactly what information is registered under my name in your system."),
    ('request', {'access'}, 'Account', "Please let me know what data is saved in my customer account."),
    ('request', {'access'}, 'Profile', "I'd like to find out what details are kept on my profile."),
    # near-misses: a basket, an order, a question about practice
    ('other', set(), 'Cart', "I can't see what's in my basket, the page is blank."),
    ('other', set(), 'Order', "What is in my order 4411? The parcel had only one camera."),
    ('other', set(), 'Policy', "What information is stored when someone creates an account?"),
    # "make sure I'm off the mailing list": off the list, made sure of (blind46b en-002)
    ('request', {'marketing_ban'}, 'List', "Could you make sure I'm off the mailing list too?"),
    ('request', {'marketing_ban'}, 'Newsletter', "Please ensure that I am off your newsletter list."),
    ('request', {'marketing_ban'}, 'SMS', "Please make sure my number is off your SMS list."),
    ('request', {'marketing_ban'}, 'Mail', "I want to be off your mailing list."),
    # near-misses: the writer already off, asking whether they are
    ('other', set(), 'List', "Am I off the mailing list now? Just checking, thanks."),
    # a consent "taken back" with the pronoun or the noun between (blind47b en-009)
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Offers', "I ticked the box for offers. I'd like to take that consent back please, no more offers by email."),
    ('request', {'consent_withdrawal'}, 'Cookies', "I want to take my cookie consent back."),
    ('request', {'consent_withdrawal'}, 'Review', "I gave you permission to show my review. I'm taking that permission back."),
    # near-miss: a product taken back
    ('other', set(), 'Return', "Will you take the camera back if I did not open the box?"),
    # the recipients asked as an indirect question with no auxiliary, "who you gave it to", an erasure beside it (blind47a en-007)
    ('request', {'access', 'erasure'}, 'Account', "She wants the account removed. Before you delete it, can you tell us what is in it and who you gave it to?"),
    ('request', {'access'}, 'Partners', "I would like to know who you passed my phone number on to."),
    ('request', {'access'}, 'Sharing', "Please tell me who you've shared my details with."),
    # near-misses: a parcel handed over, a question about practice
    ('other', set(), 'Parcel', "Can you check who you gave my parcel to? The courier says it was delivered."),
    ('other', set(), 'Policy', "Do you share customer data with anyone?"),
    # "request erasure of my personal data": the noun of another right is what is requested, no access (blind48a en-011)
    ('request', {'erasure'}, 'GDPR', "I hereby request erasure of my personal data held by you."),
    ('request', {'erasure'}, 'GDPR', "I request the deletion of all my personal data."),
    ('request', {'rectification'}, 'GDPR', "I request correction of my personal information: my surname is Smith, not Smyth."),
    # near-miss: access itself requested still reads
    ('request', {'access'}, 'GDPR', "I request my personal data under article 15."),
    # "not asking you to delete anything or unsubscribe me": the denial spans the pair (blind48b en-014)
    ('request', {'access'}, 'Data', "Not asking you to delete anything or unsubscribe me. I just want to know what data you hold about me."),
    ('request', {'access'}, 'Data', "I don't want you to close my account or unsubscribe me, but please send me a copy of my data."),
    # near-miss: the unsubscribe asked in a clause of its own
    ('request', {'erasure', 'marketing_ban'}, 'Leaving', "Please delete my account and unsubscribe me."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t46_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


# An out-of-office written twice, English first and then a language we do not cover: SCHEMA takes the language that comes
# first (blind46a en-022, blind47b en-022), as it already did when the second was Finnish or Swedish; a mail in the other
# language alone, or a short English line above a long mail in it, stays uncovered
BILINGUAL = [
    ('en', "I am out of the office until 12 May and will reply when I return.\n\n"
           "Ich bin bis zum 12. Mai nicht im Büro und antworte nach meiner Rückkehr."),
    ('en', "I'm on holiday until 3 June and will answer your message when I'm back.\n"
           "Estoy de vacaciones hasta el 3 de junio y responderé a tu mensaje cuando vuelva."),
    ('en', "Thanks for your mail. I am travelling this week and will reply next Monday.\n\n"
           "Merci pour votre message. Je suis en déplacement cette semaine et je répondrai lundi prochain."),
    ('en', "Thank you for your message. I am on leave until 2 April and will get back to you then.\n\n"
           "Obrigado pela sua mensagem. Estou de licença até 2 de abril e responderei depois."),
    ('en', "I'm away until 20 May and will reply when I'm back.\nIk ben tot 20 mei afwezig en reageer daarna."),
    ('en', "Thank you for your email. I am on holiday until 15 April and will answer when I am back.\n\n"
           "Obrigada pelo seu e-mail. Estou de férias em Portugal até 15 de abril e responderei assim que voltar ao escritório."),
    ('en', "I'm away until 1 July and will answer your message when I am back in the office.\nIk ben tot 1 juli afwezig en reageer op uw bericht zodra ik weer op kantoor ben."),
    # near-misses
    ('other', "Ich bin bis zum 12. Mai nicht im Büro und antworte nach meiner Rückkehr. In dringenden Fällen wenden Sie sich bitte an "
              "meine Kollegin Frau Schmidt, die Ihnen gerne weiterhilft."),
    ('other', "Hello, see below.\n\nSehr geehrte Damen und Herren, ich habe vor drei Wochen eine Kamera bei Ihnen bestellt und bis heute "
              "keine Lieferung erhalten. Bitte teilen Sie mir mit, wann die Bestellung ankommt, sonst möchte ich mein Geld zurück."),
]


@pytest.mark.parametrize("language, text", BILINGUAL, ids=[t[:30] for _, t in BILINGUAL])
def test_bilingual_lead_uncovered_second_t46_en(language, text):
    from bot.core.reading.language import detect

    assert detect(text).language == language
