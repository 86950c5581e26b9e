"""Issue 12, blind25a/blind25b (Swedish and English): the families behind their misses, written after
seeing them. Several wordings per family, colloquial and formal, near-misses included; checked as
tests/unit/test_phrasings.py checks its PHRASINGS."""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

BLIND25_SV = [
    # the verb put before its subject after a lead-in (Swedish V2): "så motsätter jag mig", "därför motsätter vi oss"
    ('request', {'objection'}, 'AI', 'Om ni använder kundernas mejl för att träna AI så motsätter jag mig att mina uppgifter används för det.'),
    ('request', {'objection'}, 'Analys', 'Ni analyserar mina köp för statistik. Därför motsätter jag mig den behandlingen.'),
    ('request', {'objection'}, 'Profilering', 'Härmed motsätter vi oss att våra uppgifter används för kreditbedömning.'),
    ('request', {'objection'}, 'ai', 'om ni gör så med mina mejl så motsätter ja mej det'),
    ('other', set(), 'Fråga', 'Jag motsätter mig inte att ni sparar min beställning, jag undrar bara när paketet kommer.'),
    # the shop told to stop recording opens and clicks of its mail: marketing profiling (SCHEMA)
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Jag vill att ni slutar registrera om jag öppnar breven från er och vad jag klickar på.'),
    ('request', {'marketing_ban'}, 'Spårning', 'Sluta spåra vilka länkar jag klickar på i era mejl.'),
    ('request', {'marketing_ban'}, 'Utskick', 'Kan ni sluta mäta när jag öppnar breven från er?'),
    ('other', set(), 'Dörrsensor', 'Min dörrsensor slutar registrera när jag öppnar dörren. Är den trasig?'),
    ('other', set(), 'Larm', 'Kan larmet sluta registrera när jag öppnar ytterdörren på morgonen?'),
    # a consent given by a tick or a yes at checkout, regretted: the consent withdrawn ("int" for "inte" too)
    ('request', {'consent_withdrawal'}, 'Sparat kort', 'Jag kryssade nog i det men ångrar mig, jag vill int att ni sparar mitt kortnummer. Kan ni ta bort det?'),
    ('request', {'consent_withdrawal'}, 'Kort', 'Jag bockade i rutan för att spara kortet, men jag har ändrat mig. Ta bort kortet.'),
    ('request', {'consent_withdrawal'}, 'Kort', 'Jag sa ja till att ni sparar mitt betalkort, men nu ångrar jag det.'),
    ('other', set(), 'Retur', 'Jag beställde rörelsedetektorn men ångrar mig, kan jag returnera den?'),
    ('other', set(), 'Storlek', 'Jag kryssade i fel färg, kan ni ändra till vit?'),
    # an account named by its old detail ("det med min gamla e-post"), the other to "vara kvar": no correction
    ('request', {'erasure'}, 'Konton', 'Kan ni radera mitt gamla konto, det finns två, ett med min gamla e-post som jag inte har längre. Det nya med den här adressen ska vara kvar.'),
    ('request', {'erasure'}, 'Konto', 'Ta bort kontot med mitt gamla nummer. Det andra kontot ska vara kvar som det är.'),
    ('request', {'rectification'}, 'Adress', 'Min adress ska vara Storgatan 5, inte Storgatan 3.'),
    ('request', {'rectification'}, 'Adress', 'Ni har fortfarande min gamla adress i kontot. Den nya är Åsvägen 2.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND25_SV, ids=[p[3][:40] for p in BLIND25_SV])
def test_phrasing_blind25_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


BLIND25_EN = [
    # details someone else changed, to be put back to the writer's own ("put back to mine", "change them back")
    ('request', {'rectification', 'restriction'}, 'Account changed', "My ex has changed the delivery address on my account to his flat. I need the name, address and phone on the account put back to mine: Anna Lee, Kuusitie 4, 040 123 4567. Until this is sorted out, please don't process anything on the account."),
    ('request', {'rectification'}, 'Details', 'Someone changed the details on my profile. Please change them back to mine.'),
    ('request', {'rectification'}, 'Details', 'My brother used my login and put his address on my account. Can you set the address back to my own?'),
    ('request', {'rectification'}, 'Account', 'please restore my original details on the account, somebody edited them'),
    ('other', set(), 'Order', 'Please put the order back to standard delivery.'),
    ('other', set(), 'Language', 'Can you change the language of the app back to English?'),
    # contact verbs in a pair ("don't call or mail me with offers", "don't text or email me again")
    ('request', {'marketing_ban'}, 'Offers', "Don't call or mail me with offers."),
    ('request', {'marketing_ban'}, 'Texts', 'Please do not text or email me again.'),
    ('request', {'marketing_ban'}, 'Calls', 'never call or text me about your deals again'),
    ('other', set(), 'Delivery', 'Please don\'t call or text me before 9, just leave the parcel at the door.'),
    # the writer's details given out to others for sales: a marketing ban
    ('request', {'access', 'marketing_ban'}, 'Partners', 'I want to know exactly what you have about me. And whoever that partner is, stop giving my details out for sales calls.'),
    ('request', {'marketing_ban'}, 'Partners', 'Do not hand my phone number to partners for telemarketing.'),
    ('request', {'marketing_ban'}, 'Partners', 'Stop passing my details on for sales purposes.'),
    ('other', set(), 'Complaint', 'Please pass my complaint to your sales team.'),
    # a consent given by a tick, regretted
    ('request', {'consent_withdrawal'}, 'Saved card', 'I ticked "save card" at checkout but I regret it, I don\'t want you to keep my card number. Can you remove it?'),
    ('request', {'consent_withdrawal'}, 'Card', 'I said yes to saving my card and now I regret that. Please remove it.'),
    ('other', set(), 'Return', 'I ordered the doorbell but I regret it. Can I return it?'),
    # "all of it" after "what you hold": the data named by what is held
    ('followup', {'erasure'}, 'Copy of your personal data', "Thank you, I received the file. Now that I've seen what you hold, please erase all of it except what you are legally required to keep."),
    ('request', {'erasure'}, 'Data', "Now that I have seen what you keep on file, delete it all."),
    ('other', set(), 'Basket', "I saw what you hold in stock and added two cameras. Please remove them from my basket."),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND25_EN, ids=[p[3][:40] for p in BLIND25_EN])
def test_phrasing_blind25_en(kind, intents, subject, body):
    check(kind, intents, subject, body)
