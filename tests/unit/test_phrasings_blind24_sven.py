"""Issue 12, blind24a/blind24b (Swedish and English): the families behind their misses, written after
seeing them ("stop 23"). Several wordings per family, colloquial and formal, near-misses included;
checked as tests/unit/test_phrasings.py checks its PHRASINGS."""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

BLIND24_SV = [
    # a right held over the shop for "if something like this happens again": announced, not asked
    ('request', {'access'}, 'Uppgifter', 'Jag vill se vilka uppgifter ni har sparat om mig. Händer något liknande igen kommer jag att kräva att ni raderar allt om mig.'),
    ('request', {'marketing_ban'}, 'Reklam', 'Sluta skicka reklam till mig. Sker något sådant en gång till kommer jag att begära att ni raderar mitt konto.'),
    ('request', {'marketing_ban'}, 'sms', 'sluta skicka sms-reklam. händer nåt sånt igen så kräver ja att ni raderar mitt konto'),
    ('request', {'erasure'}, 'Konto', 'Något liknande har hänt förut. Jag kräver att ni raderar mitt konto.'),
    # a detail pointed at ("den uppgiften") to be corrected, frozen "så länge ni utreder saken"
    ('request', {'rectification', 'restriction'}, 'Felaktiga uppgifter', 'Jag är markerad för betalningsproblem i ert system. Det stämmer inte. Jag vill att ni rättar den uppgiften. Och så länge ni utreder saken vill jag inte att uppgiften används till något.'),
    ('request', {'rectification'}, 'Fel', 'Ni har registrerat fel födelsedatum på mig. Korrigera den felaktiga uppgiften, tack.'),
    ('request', {'restriction'}, 'Tvist', 'Medan ni utreder ärendet får mina uppgifter inte användas eller lämnas ut.'),
    ('other', set(), 'Faktura', 'Jag rättade den uppgiften själv på fakturan, tack för hjälpen.'),
    # "radera ingenting": the erasure refused by its object
    ('request', {'restriction'}, 'Begränsning', 'Tills ärendet är avgjort vill jag att ni begränsar behandlingen av mina uppgifter. Observera: radera ingenting, jag behöver uppgifterna som bevis.'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Sluta skicka nyhetsbrevet. Ta inte bort något från mitt konto, jag vill ha kvar köphistoriken.'),
    ('request', {'erasure'}, 'Konto', 'Radera mitt konto. Spara ingenting.'),
    # the marketing put first, and "måste upphöra" / "ska sluta"
    ('request', {'marketing_ban'}, 'SMS-erbjudanden', 'Jag vill INTE att ni raderar mitt konto. Men sms:en med erbjudanden måste upphöra. Jag har aldrig bett om dem.'),
    ('request', {'marketing_ban'}, 'Reklam', 'Reklamutskicken till min e-post ska upphöra omedelbart.'),
    ('request', {'marketing_ban'}, 'Samtal', 'Era säljsamtal måste sluta nu.'),
    ('other', set(), 'Kampanj', 'Gäller erbjudandet fortfarande eller har det upphört?'),
    # parcel phishing in the carrier's voice: "betala en avgift" for a new delivery
    ('spam', set(), 'Ditt paket kunde inte levereras', 'Hej, vi försökte leverera ditt paket men adressen var ofullständig. För ny utdelning behöver du bekräfta din adress och betala en avgift på 19 kr. Bekräfta adress: https://paket-leverans.example.net/b'),
    ('spam', set(), 'Ditt paket väntar', 'Ditt paket väntar på utdelning. Betala en avgift på 2,99 € för att få det levererat: https://leverans-se.example.com/p'),
    ('other', set(), 'Paket', 'Mitt paket kom aldrig fram. Måste jag betala en avgift för ny utdelning?'),
]

BLIND24_EN = [
    # "if ..., I will complain to X and demand ...": the threat carries a first consequence before the right
    ('request', {'marketing_ban'}, 'SMS', 'I never agreed to SMS marketing. Stop sending them. If they keep coming, I will complain to the Data Protection Ombudsman and demand that you erase everything you have on me.'),
    ('request', {'marketing_ban'}, 'Emails', "Stop emailing me offers. If this continues I'll report you to the regulator and ask you to delete my account."),
    ('request', {'access'}, 'Data', 'Please send me a copy of my data within a month. Otherwise I will go to the ombudsman and then demand that you delete everything.'),
    ('request', {'marketing_ban', 'erasure'}, 'SMS', 'Stop the SMS offers. I will complain to the ombudsman too, and I demand that you erase everything you have on me.'),
    # "who passed away": a death told, not a recipient asked about
    ('request', {'erasure'}, 'My late mother', 'My mother, who passed away in October, still has an account with you. Please remove her account and the personal details you hold on her.'),
    ('request', {'erasure'}, 'Late father', 'I am writing about my father who passed away last month. Please delete his customer account.'),
    ('request', {'access'}, 'Partners', 'Please tell me who you passed my details on to.'),
    # "delete all of it" after "what you collected from her"
    ('request', {'access', 'erasure'}, 'Giveaway', "My daughter entered your giveaway. As her parent I'd like to know exactly what you collected from her and who you shared it with. After that, please delete all of it."),
    ('request', {'access', 'erasure'}, 'Form', 'Tell me what you gathered about me through that form. Then erase it.'),
    ('other', set(), 'Cart', 'I added two cameras to my cart by mistake. Please delete all of it.'),
    # a detail "should be X instead of Y" with the places it shows named in between
    ('request', {'access', 'rectification'}, 'Copy + name change', "Could you send me a copy of the personal information you keep on me?\n\nOn a separate note, I got married in August, so my surname on the account and on any future deliveries should be Salo instead of Turner."),
    ('request', {'rectification'}, 'Address', 'My address on the customer account and on all invoices should be Kuusitie 4, not Kuusitie 14.'),
    ('other', set(), 'Delivery', 'The delivery date on the order confirmation and on the tracking page should be fine, right?'),
    # "while we sort this out": the disputed detail held back meanwhile
    ('request', {'access', 'restriction'}, 'Collection letter', 'I want to know what information about me you have and what you gave to the collection agency.\n\nP.S. While we sort this out, please don\'t send or use my details for collection any further.'),
    ('request', {'restriction'}, 'Dispute', 'The debt is disputed. While you are sorting it out, do not pass my data to anyone.'),
    ('other', set(), 'Return', 'While we sort out the return, can you tell me when the refund arrives?'),
    # a call recording agreed to on the phone, taken back; the "automated message" is part of the story
    ('request', {'consent_withdrawal'}, 'Call recordings', "When I rang your helpline last week, the automated message asked whether I agreed to the call being recorded and I pressed 1 without thinking much.\n\nI'd like to take that back. I don't agree to any of my calls being recorded from now on."),
    ('request', {'consent_withdrawal'}, 'Recording', 'On the phone I said yes to my call being recorded. I take it back.'),
    ('auto_reply', set(), 'Re: Order', 'This is an automated message: I am out of the office until Monday.'),
    ('other', set(), 'Support', 'I only got the automated message from your phone line and nobody answered. When do you open?'),
    # the recipients asked by kind: "which companies have received my personal data"
    ('request', {'access'}, 'Recipients', 'I would like to know exactly which companies have received my personal data and what data they received.'),
    ('request', {'access'}, 'Partners', 'Please tell me which third parties got my details from you.'),
    ('request', {'access'}, 'Sharing', 'What partners have been given access to my information?'),
    ('other', set(), 'Couriers', 'Which companies do you use for delivery to Åland?'),
]

# a polite question opened by a connective ("Additionally could you ...", "Furthermore, could you ..."): asked
BLIND24_EN_FOLLOWUP = [
    ('followup', {'portability'}, 'Your request', 'Thank you for the PDF. Additionally could you give me same data as CSV or other machine readable file? I want to import my order history to my inventory program.'),
    ('followup', {'portability'}, 'Your request', 'Thanks for the copy. Furthermore, could you send the same data in a machine-readable format?'),
    ('followup', {'portability'}, 'Your request', 'Got the letter, thanks. In addition could you export my order history as CSV?'),
    ('followup', set(), 'Your request', 'Thanks for the PDF. Additionally, what is a CSV file anyway?'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND24_EN_FOLLOWUP, ids=[p[3][:40] for p in BLIND24_EN_FOLLOWUP])
def test_phrasing_blind24_en_followup(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", BLIND24_SV, ids=[p[3][:40] for p in BLIND24_SV])
def test_phrasing_blind24_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", BLIND24_EN, ids=[p[3][:40] for p in BLIND24_EN])
def test_phrasing_blind24_en(kind, intents, subject, body):
    check(kind, intents, subject, body)
