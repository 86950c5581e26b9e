"""Phrasing families from blind37a/b and blind38a/b, English (branch tune37en)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # the record asked to "reflect" or "show" the writer's new value: a rectification (blind37b en-013)
    ('request', {'rectification'}, 'New surname', "I got married. Could your records reflect my new name from now on?"),
    ('request', {'rectification'}, 'Moved', "Can my account show my new address please? It's Kauppakatu 3 B 12."),
    ('request', {'rectification'}, 'Name', "Please have your system reflect my married surname, Keane."),
    ('request', {'rectification'}, 'Number', "Would you make the customer record reflect my current phone number, 040 123 4567?"),
    # near-misses: a record that already shows it, a page that shows a product
    ('other', set(), 'Thanks', "Thanks, my account now shows my new address, all good."),
    ('other', set(), 'Camera', "Can the app show my camera's battery level?"),
    # the record said to "still have the old one": a rectification, whatever the pronoun asking (blind38a en-003)
    ('request', {'rectification'}, 'Address problem', "My customer details with you still have the old one. It is Mehiläistie 4 now. Could you change these so next delivery comes through?"),
    ('request', {'rectification'}, 'Address', "My account still has the old address, please fix."),
    ('request', {'rectification'}, 'Phone', "Your records still show the old number for me. The new one is 040 555 1212."),
    ('request', {'rectification'}, 'Name', "The profile still lists the previous surname. Please change it to Mäkinen."),
    # near-miss: a person, not the record, still has the old one
    ('other', set(), 'Phone', "My brother still has the old phone I gave him, is the warranty still valid for him?"),
    # marketing offers the writer "doesn't need": a stop (blind37a en-008)
    ('request', {'marketing_ban'}, 'Phone', "And honestly I don't need the SMS offers at all, to new number also not."),
    ('request', {'marketing_ban'}, 'Mail', "I do not need your newsletter any more."),
    ('request', {'marketing_ban'}, 'Texts', "We don't need the promotional texts, thank you."),
    # near-miss: a part the writer does not need
    ('other', set(), 'Order', "I don't need the mounting kit with the camera, can you leave it out?"),
    # the writer's details not to be "uploaded" or "shared" for ad targeting (blind38a en-004)
    ('request', {'marketing_ban'}, 'Re: Order', "I don't want my order or my email uploaded to Facebook for \"custom audiences\" or any ad targeting."),
    ('request', {'marketing_ban'}, 'Pixel', "I do not want my details shared with Google for advertising."),
    ('request', {'marketing_ban'}, 'Ads', "I don't wish my email address to be passed to Meta for targeted ads."),
    # near-miss: the details shared for the delivery
    ('other', set(), 'Delivery', "I don't want my phone number shared with the courier, just leave the parcel at the door."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t37_en(kind, intents, subject, body):
    check(kind, intents, subject, body)
