"""Issue 12, blind26a/blind26b (Swedish and English): the families behind their misses, written after
seeing them. Several wordings per family, colloquial and formal, near-misses included; checked as
tests/unit/test_phrasings.py checks its PHRASINGS."""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

BLIND26_SV = [
    # calls refused together with what they sell: "ring mig inte mera och erbjud nya produkter", "för att sälja"
    ('request', {'marketing_ban'}, 'Hej', 'Och en sak till: ring mig inte mera och erbjud nya produkter, det har hänt två gånger i våras.'),
    ('request', {'marketing_ban'}, 'Samtal', 'Ring mig inte och erbjud saker, jag vill inte ha något mer.'),
    ('request', {'marketing_ban'}, 'Samtal', 'Ring inte mig för att sälja nya larm.'),
    ('request', {'marketing_ban'}, 'samtal', 'ring int mej mera för att erbjuda nåt'),
    # near-misses: when or how to call, no ban on selling
    ('other', set(), 'Leverans', 'Ring mig inte före nio, jag jobbar natt.'),
    ('other', set(), 'Leverans', 'Ring mig inte, skicka hellre ett sms när paketet kommer.'),
    # a stop on using the data "innan ni har rett ut det här": Art. 18 while a dispute is sorted out
    ('request', {'restriction'}, 'Inkasso', 'Jag vill att ni omedelbart slutar använda mina uppgifter för indrivning och inte skickar något mer till inkassobolaget innan ni har rett ut det här.'),
    ('request', {'restriction'}, 'Faktura', 'Sluta använda mina uppgifter för fakturering innan ni har utrett saken.'),
    ('request', {'restriction'}, 'Tvist', 'Använd inte mina uppgifter till något innan ni har löst tvisten om returen.'),
    ('other', set(), 'App', 'Jag slutar använda appen innan ni har rett ut felet med larmet.'),
    ('other', set(), 'Paket', 'Skicka inte paketet innan ni har kollat adressen.'),
    # a right reserved for later ("förbehåller mig rätten att senare återkomma med ...", "kan komma att begära"): not asked now
    ('request', {'access'}, 'Begäran', 'Jag begär att få del av samtliga personuppgifter ni behandlar om mig. Jag förbehåller mig rätten att senare, när jag tagit del av uppgifterna, återkomma med en eventuell begäran om rättelse eller radering. Någon sådan begäran framställs inte i detta skede.'),
    ('request', {'access'}, 'Kopia', 'Jag vill ha en kopia av mina uppgifter. Jag förbehåller mig rätten att senare begära radering.'),
    ('request', {'access'}, 'Kopia', 'Skicka en kopia av mina uppgifter. Jag kan komma att begära rättelse senare.'),
    # near-miss: the reservation, then a request made now
    ('request', {'access', 'erasure'}, 'Kopia', 'Skicka en kopia av mina uppgifter. Radera sedan mitt konto.'),
]

BLIND26_EN = [
    # a right the writer "could ask" but is "explicitly NOT asking": declined, with an adverb before the refusal
    ('request', {'restriction'}, 'Complaint', 'I am aware I could ask you to delete my data, but I am explicitly NOT asking that. Just keep it frozen until the complaint is decided.'),
    ('request', {'restriction'}, 'Complaint', "I know I can ask for my account to be deleted, but I'm definitely not asking for that. Please put the processing of my data on hold until this is resolved."),
    ('request', {'access'}, 'Copy', 'We could ask you to erase everything, but we are expressly not asking that. Please send us a copy of our data.'),
    ('request', {'erasure'}, 'Account', "I know I could just unsubscribe, but I'm not doing that: please delete my account."),
    # ... or reserved for later ("I reserve the right to request ... at a later stage")
    ('request', {'access'}, 'Copy', 'I want a copy of my data. I reserve the right to request rectification or erasure at a later stage.'),
    ('request', {'access', 'erasure'}, 'Copy', 'I reserve the right to complain to the ombudsman. Please send me a copy of my data and then delete my account.'),
    # what data was collected (past: the writer's own), and who it was given to: access (Art. 15(1)(c))
    ('request', {'access'}, 'chat', 'what data did u even collect and who did u give it to?? i started getting weird calls after buying from u'),
    ('request', {'access'}, 'Calls', 'Who did you give my details to? A stranger called me about my camera.'),
    ('request', {'access'}, 'Data', 'What information have you gathered, and who have you passed my number on to?'),
    ('request', {'access', 'erasure'}, 'chat', 'hey can u pls delete everything u have about me. also what data did u even collect and who did u give it to??'),
    ('other', set(), 'App', 'What data do you collect when I use the app? Just curious before I buy.'),
    ('other', set(), 'Parcel', 'Who did you give my parcel to? It was not at the door.'),
    # rights named as examples of requests in general ("data subject requests (access, erasure, etc.)"): no request
    ('other', set(), 'Thesis interview', "I'm a master's student writing my thesis on how small shops handle data subject requests (access, erasure, etc.). Would someone be available for a 30-minute interview?"),
    ('other', set(), 'Survey', 'We are researching how companies handle GDPR requests such as access, erasure and portability. Could you answer five questions?'),
    ('request', {'erasure'}, 'Request', 'I have read about data subject requests (access, erasure, etc.). Please delete my account.'),
    # a file received and thanked for in a case's thread: not asked again
    ('followup', {'erasure'}, 'Your data export', "Got the CSV, thanks - it imported fine. Having seen how much you keep, I'd now like you to delete my account."),
    ('followup', set(), 'Your data export', 'I received the JSON file, thank you. It opened fine.'),
    ('followup', {'portability'}, 'Your data export', 'I got the PDF, but could you send it as CSV instead?'),
    # a consent withdrawn "to:" a list of what it was for: the list is its object
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'withdrawing consent', 'Please treat this as withdrawal of my consent to:\n- your newsletter and promotional e-mails\n- advertising / marketing cookies on your site'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Consent', 'I withdraw my consent to the following:\n- SMS offers\n- the weekly newsletter'),
    ('request', {'consent_withdrawal'}, 'Consent', 'I withdraw my consent to:\n- analytics cookies\n- session recording'),
    # when to call is no ban on marketing; calls again "with offers" still are
    ('other', set(), 'Delivery', "Please don't call me before 9."),
    ('other', set(), 'Delivery', "Don't call me after 8 pm, I go to bed early. Text me when the parcel arrives."),
    ('other', set(), 'Delivery', 'Please do not call me during working hours, I cannot answer.'),
    ('request', {'marketing_ban'}, 'Calls', "Don't call me again with offers."),
    ('request', {'marketing_ban'}, 'Calls', 'Do not call me. I never asked for your sales calls.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND26_SV, ids=[p[3][:40] for p in BLIND26_SV])
def test_phrasing_blind26_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", BLIND26_EN, ids=[p[3][:40] for p in BLIND26_EN])
def test_phrasing_blind26_en(kind, intents, subject, body):
    check(kind, intents, subject, body)
