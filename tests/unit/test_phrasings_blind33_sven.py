"""Phrasing families from blind33a/b and blind34a/b, Swedish and English (branch tune33sven)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # the recipients of the writer's data asked as an indirect question, the data first: "tell me what personal data of
    # mine you have shared with your marketing partners" (blind33a en-010)
    ('request', {'access', 'marketing_ban'}, 'Ads', "Please stop using my data for ad targeting, and please tell me what personal data of mine you have shared with your marketing partners and who they are."),
    ('request', {'access'}, 'Partners', "Please tell me what data of mine you have passed on to third parties."),
    ('request', {'access'}, 'Partners', "I'd like to know which details you've shared with other companies."),
    ('other', set(), 'Photo', "Which photos have you shared on your Instagram this week? I'd like to buy the camera in them."),
    # the source asked without the auxiliary: "I'd like to know where you got my mobile number from" (blind34a en-011)
    ('request', {'access', 'marketing_ban'}, 'SMS', "Stop sending me SMS. And I'd like to know where you got my mobile number from."),
    ('request', {'access'}, 'Number', "Tell me where you got my phone number."),
    ('request', {'access'}, 'Address', "I want to know how you got hold of my address."),
    ('other', set(), 'Parcel', "Where did you leave my parcel? The tracking says delivered."),
    # a list of what is held on the one the writer speaks for (blind34a en-004)
    ('request', {'access'}, 'Father', "Could you please send me a list of what information you have for him, including his orders?"),
    ('request', {'access'}, 'Mother', "Please send me an overview of all the information you hold for my mother."),
    ('other', set(), 'Price', "Could you send me a list of what alarm models you have in stock?"),
    # the data you hold about her, "to be deleted": the erasure's object, not access (blind33a en-009)
    ('request', {'erasure'}, 'Grandmother', "She would like the account and all the personal data you hold about her to be deleted."),
    ('request', {'erasure'}, 'Data', "I want all the information you have about me to be erased."),
    ('request', {'erasure'}, 'Data', "I'd like any data you keep on me removed."),
    # a polite request after a product question that was "just curious if you have tips": the curiosity is the lock's,
    # the request still asks (blind33a en-013)
    ('request', {'erasure'}, 'Lock', "The battery of my smart lock died in the cold. No complaint really, just curious if you have tips. Oh and while I'm writing: could you delete that old account completely?"),
    ('request', {'erasure'}, 'Lock', "Just wondering if you have any advice on batteries for the cold. Also, could you delete my old account?"),
    ('other', set(), 'Question', "I'm just curious: could I delete my account myself in the app?"),
    # a right declined "for now I am only exercising the first one" after the policy's list of rights (blind33b en-012)
    ('request', {'access'}, 'SAR', "Your privacy policy lists the following rights: right of access, right to rectification, right to object, direct marketing ban, right of erasure, withdrawal of consent. For now I am only exercising the first one. Please send me a copy of all personal data you hold about me."),
    ('request', {'access'}, 'SAR', "Your privacy notice lists these rights: access, rectification, erasure and objection. I'm only using the first. Send me a copy of my data."),
    # an away message told as a trip: "with no signal until 10 August. I'll reply when I'm back" (blind33a en-022)
    ('auto_reply', set(), 'Away until 10 August', "Hi! I'm hiking in Lapland with no signal until 10 August. I'll reply when I'm back."),
    ('auto_reply', set(), 'Away', "I'm sailing with no internet until Monday 3 June. I will reply when I'm back."),
    ('other', set(), 'Alarm', "My alarm has no signal in the basement. I'll reply to your survey when I'm back home."),
    # an account's detail changed to the new one, in a reply to our order confirmation: "Could you update my account to:"
    # and the address below (blind33b en-004); "the phone number on his account should now be mine ... Please change it"
    # (blind34a en-004)
    ('request', {'rectification'}, 'RE: Order confirmation', "The billing name and address on my customer account are still the old ones. Could you update my account to:\n\nRuth Kemp\nJänkätie 6\n96300 Rovaniemi"),
    ('request', {'rectification'}, 'Phone', "Also, the phone number on his account should now be mine, +44 7700 900 418, as he no longer answers his own phone. Please change it."),
    ('request', {'rectification'}, 'Email', "The email on my account should now be jane@example.org. Please change it."),
    ('other', set(), 'Order', "Could you update my order to two sensors instead of one?"),
]

SV = [
    # the recipients asked with a longer noun: "vilka marknadsföringspartner ni har lämnat ut min e-postadress till"
    # (blind34b sv-013)
    ('request', {'access', 'marketing_ban'}, 'Spårning', "Jag vill inte att ni använder mina uppgifter för riktad reklam. Jag vill också veta vilka marknadsföringspartner ni har lämnat ut min e-postadress till."),
    ('request', {'access'}, 'Partner', "Jag vill veta vilka samarbetspartner och andra företag ni har gett mina uppgifter till."),
    # what is kept on the one the writer speaks for: "Pappa undrar vad ni egentligen har sparat om honom" (blind33a sv-008)
    ('request', {'access'}, 'Pappa', "Pappa undrar också vad ni egentligen har sparat om honom. Skicka gärna en sammanställning per post."),
    ('request', {'access'}, 'Mamma', "Vi vill veta vad ni har lagrat om henne."),
    ('other', set(), 'Montör', "Vad tyckte ni om honom, montören som kom i tisdags?"),
    # "ni kan avsluta ärendet, allt är i sin ordning": the case closed, nothing erased (blind34a sv-017)
    ('followup', set(), 'Re: [DSR-2026-0141] Beställning', "Det var min svåger som beställt. Ni kan avsluta ärendet, allt är i sin ordning."),
    ('followup', set(), 'Re: [DSR-2026-0141] Beställning', "Ni får avsluta ärendet, allt är redan utrett."),
    ('request', {'erasure'}, 'Konto', "Avsluta mitt konto och radera allt."),
    # an erasure asked under a condition of fact, the main clause after the "om"-clause: "Om det visar sig att hon inte
    # är kund på riktigt vill vi att ni raderar allt om henne" (blind34b sv-006)
    ('request', {'access', 'erasure'}, 'Mamma', "Vi vill först veta vilka uppgifter ni har om henne. Om det visar sig att hon inte är kund på riktigt vill vi att ni raderar allt om henne."),
    ('request', {'erasure'}, 'Konto', "Om jag inte har några öppna beställningar vill jag att ni raderar mitt konto."),
    ('other', set(), 'Konto', "Jag vill inte att ni raderar mitt konto, jag använder det."),
    # the marketing escaped: "skulle jag helst slippa pappersreklamen" (blind34b sv-003)
    ('request', {'marketing_ban', 'rectification'}, 'Adress', "Min adress hos er ska vara Norra Esplanadgatan 12 B, 22100 Mariehamn. Och när ni ändå håller på, så skulle jag helst slippa pappersreklamen överhuvudtaget."),
    ('request', {'marketing_ban'}, 'Reklam', "Jag vill slippa era nyhetsbrev."),
    ('request', {'marketing_ban'}, 'Katalog', "Jag skulle vilja slippa katalogen i fortsättningen."),
    ('other', set(), 'Frakt', "Kan jag slippa fraktavgiften om jag hämtar paketet själv?"),
    # no sharing with marketing partners from now on (blind34a sv-014)
    ('request', {'access', 'marketing_ban'}, 'Partner', "Ja vill veta vilka ni har gett mina uppgifter åt. Och åt nå marknadsföringspartner ska ni int ge dem i fortsättningen heller."),
    ('request', {'marketing_ban'}, 'Partner', "Ge inte mina uppgifter till era marknadsföringspartner i fortsättningen."),
    ('request', {'marketing_ban'}, 'Partner', "Ni får inte lämna ut mina uppgifter till marknadsföringspartner."),
    # a use held off "innan det här är utrett", "sätt det på paus" (blind33a sv-004)
    ('request', {'restriction'}, 'Faktura', "Jag vill att ni inte skickar mina uppgifter till något inkassobolag och inte behandlar dem för indrivning alls innan det här är utrett. Sätt det på paus helt enkelt."),
    ('request', {'restriction'}, 'Faktura', "Använd inte mina uppgifter för indrivning innan det här är utrett."),
    ('request', {'restriction'}, 'Faktura', "Pausa behandlingen av mina uppgifter tills reklamationen är klar."),
    ('other', set(), 'Prenumeration', "Kan ni sätta min prenumeration på paus under sommaren?"),
    # ... with a bill "som är fel" in the subject: the dispute about the bill, no wrong detail in the record
    ('request', {'restriction'}, 'Faktura som är fel', "Använd inte mina uppgifter för indrivning innan det här är utrett."),
    ('request', {'rectification'}, 'Faktura', "Fakturan är rätt, men min adress är fel i ert kundregister."),
    # a right known and "inte aktuellt nu" (blind33a sv-002)
    ('request', {'access'}, 'Registerutdrag', "Jag begär att få ta del av de personuppgifter som ni behandlar om mig. Jag är medveten om att jag även har rätt till dataportabilitet, men det är inte aktuellt nu."),
    ('request', {'access'}, 'Kopia', "Jag vet att jag kan begära radering, men det är inte aktuellt. Skicka en kopia av mina uppgifter."),
    # colloquial "e" for "är": "sen e adressen fel ... fixa de" (blind33b sv-011)
    ('request', {'access', 'rectification'}, 'hej', "hej vad har ni för uppgifter om mej? vill se allt. sen e adressen fel, ni skickar ännu till gamla stället i tenala, nu bor ja på skogsbyvägen 12 10600 ekenäs. fixa de tack"),
    ('request', {'rectification'}, 'adress', "adressen e fel hos er, nu bor ja på Storgatan 3. fixa de."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t33_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t33_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
