"""Phrasing families in the shared reading code, fi, sv and en (branch t40shared).

A command and a question in one sentence ("Delete my account - but before that, what data do you have on
me?"): the command before a strong break still asks. And a consent named and withdrawn as "it" in one
sentence, with the marketing it was for named in the sentence before: SCHEMA's consent_withdrawal +
marketing_ban, in every language.
"""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

COMMAND_THEN_QUESTION = [
    # the command, a strong break (a dash, a semicolon, a colon, "but" or "and also" after a comma), a question
    ('request', {'erasure', 'access'}, 'Account', "Delete my account - but before that, what personal data do you have on me?"),
    ('request', {'marketing_ban', 'access'}, 'Newsletter', "Unsubscribe me from the newsletter, and also, which of my details do you keep?"),
    ('request', {'erasure', 'access'}, 'Account', "Please close my account; also, what information do you still hold about me?"),
    ('request', {'marketing_ban', 'access'}, 'Mails', "Stop sending me your newsletter: and what data do you have on me, by the way?"),
    ('request', {'erasure', 'access'}, 'Tili', "Poistakaa tilini – mutta ensin, mitä tietoja teillä on minusta?"),
    ('request', {'marketing_ban', 'access'}, 'Uutiskirje', "Lopettakaa uutiskirjeen lähettäminen minulle; ja mitä tietoja minusta on tallennettu?"),
    ('request', {'erasure', 'access'}, 'Tiedot', "Poistakaa kaikki tietoni, mutta kertokaa ensin: mitä tietoja teillä on minusta?"),
    ('request', {'erasure', 'access'}, 'Konto', "Radera mitt konto, men innan dess: vilka uppgifter har ni om mig?"),
    ('request', {'marketing_ban', 'access'}, 'Nyhetsbrev', "Avregistrera mig från nyhetsbrevet – och vilka uppgifter sparar ni om mig?"),
    ('request', {'erasure', 'access'}, 'Konto', "Ta bort mitt konto; men först, vad har ni sparat om mig?"),
    # near-misses: a condition or a question before the break, a general question, our policy quoted
    ('other', set(), 'Warranty', "If I delete my account, will I lose my warranty?"),
    ('other', set(), 'Warranty', "If I delete my account - will I lose my warranty?"),
    ('other', set(), 'Takuu', "Jos poistan tilini, menetänkö takuun?"),
    ('other', set(), 'Takuu', "Jos poistan tilini – menetänkö takuun?"),
    ('other', set(), 'Garanti', "Om jag raderar kontot, förlorar jag garantin?"),
    ('other', set(), 'Garanti', "Om jag raderar kontot: förlorar jag garantin då?"),
    ('other', set(), 'Account', "Should I delete my account, or is it better to wait?"),
    ('other', set(), 'Account', "Should I delete my account - or is it better to wait until the warranty ends?"),
    ('other', set(), 'Data', "Can I ask you to delete my data later?"),
    ('other', set(), 'Data', "Could I ask you in the future to close my account?"),
    ('other', set(), 'Tiedot', "Voinko pyytää teitä poistamaan tietoni myöhemmin?"),
    ('other', set(), 'Uppgifter', "Kan jag be er radera mina uppgifter senare?"),
    ('request', {'erasure'}, 'Data', "Can I ask you to delete my data?"),
    ('request', {'erasure'}, 'Tiedot', "Voinko pyytää teitä poistamaan tietoni?"),
    ('other', set(), 'Tili', "Pitäisikö minun poistaa tilini – vai kannattaako odottaa?"),
    ('other', set(), 'Konto', "Ska jag radera mitt konto – eller är det bättre att vänta?"),
    ('other', set(), 'Policy', 'Your FAQ says "Delete your account - but first, download your invoices". Where do I find the invoices?'),
    ('other', set(), 'Policy', 'Your policy says: "delete your account at any time" - is that true?'),
    ('other', set(), 'Policy', 'Integritetspolicyn säger "radera ditt konto när som helst" – stämmer det?'),
    ('other', set(), 'Question', "I'm unsure: should I delete my account - or wait?"),
]

MARKETING_CONSENT_TAKEN_BACK = [
    # the marketing in the sentence before, the consent named and withdrawn as "it" in the next
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'sms', "Ni skickar erbjudanden per sms. Jag gav mitt samtycke en gång, men nu tar jag tillbaka det."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Reklam', "Ni skickar reklam per sms. Jag gav mitt samtycke en gång, men nu tar jag tillbaka det."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Nyhetsbrev', "Ni skickar nyhetsbrev varje vecka. Jag har gett mitt samtycke en gång, men jag återkallar det nu."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Texts', "You send me marketing texts. I gave my consent once, but now I withdraw it."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Offers', "You send offers by SMS. I gave my consent once, but now I take it back."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Tekstarit', "Lähetätte tarjouksia tekstiviestillä. Annoin suostumukseni kerran, mutta nyt perun sen."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Uutiskirje', "Saan teiltä uutiskirjeen joka viikko. Annoin siihen suostumukseni aikoinaan, mutta nyt peruutan sen."),
    # near-misses: a consent to something that is not marketing (a stored card, analytics cookies)
    ('request', {'consent_withdrawal'}, 'Kort', "Jag beställde ett larm förra veckan. Jag gav mitt samtycke till att ni sparar mitt kort, men nu tar jag tillbaka det."),
    ('request', {'consent_withdrawal'}, 'Cookies', "Your newsletter is fine. I gave my consent to analytics cookies once, but now I withdraw it."),
    ('request', {'consent_withdrawal'}, 'Kortti', "Tilasin hälyttimen viime viikolla. Annoin suostumukseni korttitietojeni tallentamiseen, mutta nyt perun sen."),
]


@pytest.mark.parametrize("kind, intents, subject, body", COMMAND_THEN_QUESTION, ids=[p[3][:40] for p in COMMAND_THEN_QUESTION])
def test_a_command_before_a_question_in_one_sentence(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", MARKETING_CONSENT_TAKEN_BACK,
                         ids=[p[3][:40] for p in MARKETING_CONSENT_TAKEN_BACK])
def test_a_marketing_consent_taken_back_as_it(kind, intents, subject, body):
    check(kind, intents, subject, body)
