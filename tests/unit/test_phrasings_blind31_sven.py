"""Phrasing families from blind31a/b, Swedish and English (branch t31sven)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # a detail the writer typed wrong when signing up, now wrong "in your system": the record's, even when an order
    # confirmation is what showed it (blind31b en-007)
    ('request', {'rectification'}, 'wrong apartment number', "my package goes to the wrong door again. I checked the order confirmation and it says B 12 so i guess its wrong in your system, i must have typed it wrong when i registered. can you fix it to B 21 please"),
    ('request', {'rectification'}, 'Address', "The delivery note for my order shows the wrong street number. I think I entered it wrong when I signed up. Could you correct it in your system to 14?"),
    ('request', {'rectification'}, 'Postcode', "The order confirmation has my old postcode, so your records show the wrong one. I must have typed it wrong when I created my account. Please fix it in your records to 00530."),
    ('request', {'rectification'}, 'Name', "My name is misspelled on every order confirmation. Your system has the wrong spelling since I registered. Please correct it in your system to Virtanen."),
    # near-misses: one order's delivery detail, nothing of the record
    ('other', set(), 'Order 5512', "Could you change the address on order 5512 to my office? Please update it in the system before the parcel ships."),
    ('other', set(), 'Delivery', "The delivery for my order went to the wrong door. Can you ask the courier to fix it this time?"),
]

SV = [
    # not wanting to be phoned (or contacted) with offers, said in the passive: "jag vill inte bli uppringd med
    # erbjudanden mera" (blind31a sv-010)
    ('request', {'marketing_ban'}, 'Samtal', "God dag. Någon från er firma har ringt mig två gånger den här månaden och erbjudit ett larmpaket. Jag vill inte bli uppringd med erbjudanden mera, varken från er eller från era samarbetspartner."),
    ('request', {'marketing_ban'}, 'Telefonförsäljning', "Jag önskar inte bli kontaktad i säljsyfte av er längre."),
    ('request', {'marketing_ban'}, 'Samtal', "Ja vill int bli uppringd av era säljare mer, tack."),
    ('request', {'marketing_ban'}, 'Erbjudanden', "Jag vill slippa bli uppringd med era erbjudanden."),
    ('request', {'marketing_ban'}, 'Sms', "Jag vill inte längre bli kontaktad med reklam via sms."),
    # near-misses: a call wished for, or a call about an order, or not minding
    ('other', set(), 'Installation', "Jag vill bli uppringd av installatören innan han kommer, så jag hinner vara hemma."),
    ('other', set(), 'Beställning', "Jag blev inte uppringd av budet fast ni lovade det. När kommer paketet?"),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t31_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t31_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
