"""Phrasing families from blind49a/b and blind50a/b, English (branch t49en)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # access asked as an indirect question, "I want to know what details (of his) you have (saved)", the data named after
    # "what" with other words between, the holder after it (blind49b en-010, en-014)
    ('request', {'access'}, 'Info', "I want to see what address and other informations you have saved about me."),
    ('request', {'access'}, 'Dad', "I'm his guardian. I'd like to know what details of his you have and where they came from."),
    ('request', {'access'}, 'Data', "Could you let me know what personal data you keep?"),
    ('request', {'access'}, 'Data', "Please tell me what contact and payment details you have stored for me."),
    ('request', {'access'}, 'Mum', "We would like to find out what information of hers you still hold."),
    # near-misses: details needed for a delivery, a question about practice, the writer knowing already
    ('other', set(), 'Delivery', "Please tell me what details you have to have for the delivery to the pickup point."),
    ('other', set(), 'Policy', "Do you let customers know what data you keep when they register?"),
    ('other', set(), 'Product', "I want to know what information you have about the camera's battery life."),
    ('other', set(), 'Rights', "Is it true that a customer has the right to know what details you keep?"),
    # the recipients asked by kind with a word before the kind, "which marketing partners you have shared my e-mail with"
    # (blind49a en-008)
    ('request', {'access'}, 'Ads', "Please tell me which marketing partners you have shared my e-mail with."),
    ('request', {'access'}, 'Ads', "I'd like to know what advertising companies you've given my details to."),
    ('request', {'access'}, 'Partners', "Which third parties have you sold my phone number to?"),
    # near-misses: a question about practice, the partners of a parcel
    ('other', set(), 'Partners', "Which delivery partners do you use for parcels to Åland?"),
    # another right's noun "requested for", the data its object: no access (blind49a en-002)
    ('request', {'erasure'}, 'Request for deletion of my personal data', "Please delete my account, I am moving abroad."),
    ('request', {'erasure'}, 'Account', "I am requesting for the erasure of my personal data held by your shop."),
    ('request', {'rectification'}, 'Address', "This is a request for correction of my personal data: my address is now Kauppakatu 4, Turku."),
    # near-miss: the data itself requested
    ('request', {'access'}, 'GDPR', "I request for a copy of all my personal data."),
    # the data held named as what is contested, a restriction asked for it: no access (blind50a en-016)
    ('request', {'restriction'}, 'Art 18', "As I contest the accuracy of the data you hold about me, please restrict processing of my data until this is checked."),
    ('request', {'restriction'}, 'Dispute', "I dispute the accuracy of the information you keep on me, so please restrict its processing for now."),
    # near-miss: the data held asked for in a clause of its own
    ('request', {'access', 'restriction'}, 'Art 18', "Please restrict processing of my data. Also send me all the data you hold about me."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t49_en(kind, intents, subject, body):
    check(kind, intents, subject, body)
