"""Phrasing families from blind32a/b, Swedish and English (branch tune32sven)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # a right named as one the writer is "not exercising" (at this stage): named, declined, the whole list of rights after
    # it (blind32a en-005)
    ('request', {'access'}, 'Request', "Please send me a copy of all personal data you hold about me. For the avoidance of doubt, I am not at this stage exercising my right to erasure, rectification or objection."),
    ('request', {'access'}, 'SAR', "I would like a copy of my data. I'm not exercising my right to erasure or objection at this point."),
    ('request', {'access'}, 'SAR', "Please send me a copy of my personal data. We are not invoking the right to rectification, erasure or restriction."),
    ('request', {'erasure'}, 'Delete', "I am exercising my right to erasure: please delete my account."),
    # "this isn't a request about my own data": a general question, nothing asked (blind32b en-020)
    ('other', set(), 'Thesis', "This isn't a request about my own data, I've never bought anything from you. How many requests do you get per year?"),
    ('other', set(), 'Research', "This is not a request about my personal data. I'm writing a thesis on how shops handle GDPR requests."),
    ('other', set(), 'Question', "It isn't a request for my own data, just a question: how long do you keep invoices?"),
    # a copy of "that recording" when the sentence before says a call was recorded (blind32b en-009)
    ('request', {'access'}, 'Call', "When I called your customer service on 3 March, the message said calls may be recorded. I would like a copy of that recording please."),
    ('request', {'access'}, 'Call', "My call with your support last week was recorded. Could you send me the recording?"),
    # ... and "no future calls with me recorded" withdraws the consent to recording; it stops no marketing
    ('request', {'consent_withdrawal'}, 'Recording', "I accepted that the call was recorded. I do not want any future calls with me recorded, so please take this as my withdrawal of that consent."),
    ('request', {'marketing_ban'}, 'Calls', "I do not want any future calls from your sales team."),
    # near-miss: a camera's recording is the writer's own product question
    ('other', set(), 'Camera', "My doorbell camera stopped saving clips yesterday. How do I get a copy of that recording from the app?"),
    # the chat transcripts asked deleted (blind32a en-010)
    ('request', {'erasure'}, 'Chats', "Please delete the chat transcripts from last October about my alarm panel."),
    ('request', {'erasure'}, 'Chats', "Could you delete the chat logs of my conversations with your support?"),
    # kept from deletion while a claim runs, and kept unused: "do NOT delete anything on my account until the insurance claim
    # is settled ... the records are simply kept as they are and not used for anything else" (blind32b en-022)
    ('request', {'restriction'}, 'Claim', "Please do NOT delete anything on my account until the insurance claim is settled. In the meantime I'd ask that the records are simply kept as they are and not used for anything else."),
    ('request', {'restriction'}, 'Claim', "Don't delete my order history before the dispute with the insurer is resolved."),
    ('request', {'restriction'}, 'Records', "I'd ask that my records are kept and not used for anything else for now."),
    ('other', set(), 'Account', "Please don't delete my account, I still want to shop with you."),
    # a contact detail "I'd rather you didn't have", then "delete it" (blind32b en-023)
    ('request', {'erasure'}, 'Number', "I gave my old UK mobile when I ordered. I'd rather you didn't have a phone number for me at all. Could you delete it from my account?"),
    ('request', {'erasure'}, 'Email', "I'd prefer you not to have my home address, the parcels go to a pick-up point anyway. Please delete it."),
    ('other', set(), 'Order', "I entered a phone number for the courier on order 5512. Can you delete the order?"),
    ('request', {'objection', 'erasure'}, 'AI', "I object to my conversations with your customer service being used to train any AI model. Also, please delete the chat transcripts from last October."),
]

SV = [
    # a right known and declined: "jag vet att jag kan begära radering eller rättelse, men det är inte det jag är ute efter nu"
    # (blind32a sv-010)
    ('request', {'restriction'}, 'Faktura', "Jag har läst er dataskyddsbeskrivning och vet att jag kan begära radering eller rättelse, men det är inte det jag är ute efter nu. Begränsa behandlingen av mina uppgifter tills saken är utredd."),
    ('request', {'access'}, 'Kopia', "Jag vet att jag kan begära radering, men det är inte det jag vill. Skicka mig en kopia av mina uppgifter."),
    ('request', {'access'}, 'Kopia', "Jag vet att jag kan begära rättelse eller radering men det är inte vad jag vill nu. Jag vill ha en kopia av mina uppgifter."),
    ('request', {'erasure'}, 'Radera', "Jag vet att jag kan begära radering, och det är det jag vill. Radera mitt konto."),
    # tracking and profiling turned off ("stänga av spårningen och profileringen") closes no account (blind32a sv-014)
    ('request', {'marketing_ban'}, 'Spårning', "Jag vill inte att ni följer upp vilka brev jag öppnar för att rikta erbjudanden till mig. Kan ni stänga av spårningen och profileringen för min del?"),
    ('request', {'objection'}, 'Profilering', "Jag invänder mot profileringen av mina köp. Stäng av profileringen för mitt konto."),
    ('request', {'erasure'}, 'Profil', "Radera min profil och mitt konto."),
    # a saved card regretted: "jag har ångrat mig och vill att ni tar bort mitt sparade kort" (blind32b sv-002)
    ('request', {'consent_withdrawal'}, 'Kort', "När jag handlade kryssade jag i rutan spara kortet. Jag har ångrat mig och vill att ni tar bort mitt sparade kort."),
    ('request', {'consent_withdrawal'}, 'Kort', "Ta bort mitt sparade kort, jag vill inte att kortuppgifterna finns kvar hos er."),
    ('request', {'consent_withdrawal'}, 'Card', "I ticked save card at checkout but I changed my mind. Please remove my saved card."),
    ('other', set(), 'Kort', "Mitt kort gick ut, hur byter jag kortet i kassan?"),
    ('other', set(), 'Kort', "Ta inte bort mitt sparade kort, jag använder det varje månad. Varför fungerar det inte i kassan?"),
    ('other', set(), 'Card', "Please don't delete my saved card, I use it. Why was it declined at checkout?"),
    ('request', {'consent_withdrawal'}, 'Card', "I don't want you to keep my card details any longer."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t32_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t32_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
