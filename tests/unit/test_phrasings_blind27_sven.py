"""Phrasing families from blind27a/b, Swedish and English (branch t27sven)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # a negated statement, then "och vill att ni ...": the "och" starts a new, positive wish (blind27b sv-010)
    ('request', {'erasure'}, 'Radering', 'Jag har inte handlat hos er på flera år och vill att ni raderar mitt kundkonto.'),
    ('request', {'erasure'}, 'Konto', 'Jag använder inte appen längre och önskar att ni tar bort mitt konto och mina uppgifter.'),
    ('request', {'erasure'}, 'Konto', 'Vi bor inte kvar i huset och ber att ni raderar mitt konto.'),
    ('other', set(), 'Konto', 'Jag har flyttat men vill inte att ni raderar mitt konto.'),
    # "se vad som finns sparat": what is held, asked to be seen (blind27b sv-011)
    ('request', {'access'}, 'Samtal', 'Jag vill gärna se vad som faktiskt finns sparat från mina samtal med er.'),
    ('request', {'access'}, 'Uppgifter', 'Kan jag få veta vad som finns lagrat om mig hos er?'),
    ('request', {'access'}, 'Chatt', 'Jag vill se vad som finns registrerat om mig i ert kundregister.'),
    ('other', set(), 'Kamera', 'Hur kan jag se vad som finns sparat på kamerans minneskort?'),
    # a detail replaced, the detail named by a pronoun and its new value: "kan ni byta den till den här adressen" (blind27b sv-015)
    ('request', {'rectification'}, 'E-post', 'Min e-postadress hos er är den gamla. Kan ni byta den till den här gmail-adressen?'),
    ('request', {'rectification'}, 'Nummer', 'Ni har mitt gamla nummer. Vänligen ändra det till 040 123 4567.'),
    ('request', {'rectification'}, 'Adress', 'Adressen på mitt konto är gammal, kan ni uppdatera den till Storgatan 5?'),
    ('other', set(), 'Larm', 'Sirenen är för svag. Kan ni byta den till en större modell?'),
    # a detail held wrong, told in Ostrobothnian "e" for "är" (blind27a sv-003)
    ('request', {'rectification'}, 'Adress', 'Min adress e fel i ert register, posten kommer inte fram till mig.'),
    ('request', {'rectification'}, 'Namn', 'Namnet på mitt konto e fel stavat, he e Sundqvist med q.'),
    ('other', set(), 'Larm', 'Larmet piper och mamma tror att nåt e fel med det.'),
    # ... and the verb first (V2 after an adverb): "Sen e hennes adress fel i ert kundregister", "Dessutom är mitt efternamn fel"
    ('request', {'rectification'}, 'Adress', 'Sen e hennes adress fel i ert kundregister, de ska vara Västervägen 12.'),
    ('request', {'rectification'}, 'Namn', 'Dessutom är mitt efternamn fel på fakturorna, det är Sundqvist.'),
    ('request', {'rectification'}, 'Nummer', 'Nu står mitt telefonnummer fel i kontot.'),
    ('other', set(), 'Adress', 'Sen är min adress fel på paketet jag skickade till er, men det kom fram ändå.'),
]

EN = [
    # a stop asked politely in the past tense: "I'd be grateful if you stopped the text offers" (blind27b en-011)
    ('request', {'marketing_ban'}, 'Offers', "I'd be grateful if you stopped the text message offers."),
    ('request', {'marketing_ban'}, 'Offers', 'I would appreciate it if you stopped sending me the newsletter.'),
    ('request', {'marketing_ban'}, 'Offers', "It would be nice if you could stop the promotional emails."),
    ('other', set(), 'Offers', 'You stopped the text message offers last year, which was a shame, I liked them.'),
    # a consent given by a click, withdrawn as "consider it withdrawn" (blind27b en-010)
    ('request', {'consent_withdrawal'}, 'consents', 'Whatever I clicked "I agree" on when I made the account, consider it withdrawn. All of it.'),
    ('request', {'consent_withdrawal'}, 'Consent', 'Please consider my consent withdrawn as of today.'),
    ('request', {'consent_withdrawal'}, 'Consent', 'Everything I agreed to at sign-up: treat it as withdrawn.'),
    ('other', set(), 'Order', 'I clicked buy on the wrong camera, please consider the order cancelled.'),
    # a detail "spelt X. It's Y": held wrong, the right value given (blind27a en-014)
    ('request', {'rectification'}, 'Name', 'My name on my account is spelt "Siobahn". It\'s Siobhan, with the h before the a.'),
    ('request', {'rectification'}, 'Name', 'My surname is spelled Mckay on my profile; it should be McKay.'),
    ('request', {'rectification'}, 'Name', 'The surname on my invoices is written as "Whitlok". It is Whitlock, with a c-k.'),
    ('request', {'rectification'}, 'Street', 'On my account my street is shown as "Kuusitie 4". The right one is Kuusikuja 4.'),
    ('other', set(), 'Engraving', 'My name is spelt "Siobhan". Can the engraving on the doorbell plate use the fada?'),
    ('other', set(), 'Name', 'My name is spelt with an h, just so you know when you phone me back about the camera.'),
    # mailbox re-confirmation phishing in IT's voice: "mailboxes that are not confirmed will be deleted" (blind27a en-017)
    ('spam', set(), 'Action Required: Mailbox Update', 'All mailbox accounts on the domain must re-confirm ownership before October 8. Mailboxes that are not confirmed will have their stored data permanently deleted.\n\nClick here to confirm your mailbox: https://portal.example.com/login\n\nThis is an automated message from the IT administrator.'),
    ('spam', set(), 'Mailbox verification', 'Accounts that are not verified within the week will be deactivated. Click here to verify your mailbox.'),
    ('request', {'erasure'}, 'Old account', "I can't confirm ownership of my old account because that mailbox is gone. Please delete the account."),
    # the new details listed under  "update the account as follows" (blind27a en-021)
    ('request', {'rectification'}, 'Account', 'So could you please update the account as follows:\n\n- e-mail: orders@example.fi\n- phone: 03 214 8890'),
    ('request', {'rectification'}, 'Details', 'Please amend my details like this: new address Kuusitie 4, 00100 Helsinki.'),
    ('other', set(), 'App', 'Could you update the app as follows: a dark mode and bigger buttons?'),
    # contact details "used for" the account: where the shop writes, no objection (blind27a en-021)
    ('request', {'rectification'}, 'Account', "The account can stay in my name, I just don't want my own contact details being used for it. Please change the e-mail to orders@example.fi."),
    ('request', {'objection'}, 'Profiling', "I don't want my purchase history being used for profiling."),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t27_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t27_en(kind, intents, subject, body):
    check(kind, intents, subject, body)
