"""Phrasing families from blind42a/b and blind43a/b, English (branch t42en)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # a copy asked "of what's on file / on record": access, the data named by where it is kept (blind42a en-001)
    ('request', {'access'}, 'Copy', "Could you send me a copy of what's on file?"),
    ('request', {'access'}, 'Records', "Please email me a copy of whatever is on record for me."),
    ('request', {'access'}, 'Data', "I'd like a copy of everything that's on file, orders and receipts included."),
    ('request', {'access'}, 'Account', "Can I get a copy of what is currently on file for my account please?"),
    # near-misses: a copy of a thing, not of the record
    ('other', set(), 'Invoice', "Please send me a copy of what's on the invoice, I lost it."),
    ('other', set(), 'Box', "Could you send me a copy of what's in the box, the manual I mean?"),
    # a polite request after a dash is a request, not a question (blind42a en-001)
    ('request', {'access', 'erasure'}, 'Closing', "Can you wipe my account? Oh, before you do that - could you send me a copy of what's on file?"),
    ('request', {'access', 'erasure'}, 'Account', "Please delete my account. But first - could you send me a copy of my data?"),
    ('request', {'access', 'erasure'}, 'Leaving', "Please close my account. One thing - can you send me a copy of my personal data before that?"),
    # near-miss: a plain question after a dash
    ('other', set(), 'Invoice', "Quick question - can I get a copy of the invoice for order 5512?"),
    # data "tied/linked to my account", then asked to be seen: access (blind43b en-003)
    ('request', {'access'}, 'Cookies', "If you've got any analytics or profile data tied to my account I'd like to see that as well."),
    ('request', {'access'}, 'Profile', "If you have any information linked to my account I want to see it."),
    ('request', {'access'}, 'Data', "Any data connected to my email address, I would like to see it."),
    ('request', {'access', 'portability'}, 'Export', "Could you export my order history as CSV? And if you hold any other data linked to my account, I'd like to see that too."),
    # near-misses: the data asked deleted, a product asked to be seen
    ('request', {'erasure'}, 'Analytics', "If you have any analytics data connected to my account please delete it."),
    ('other', set(), 'Charger', "If you have the charger in stock I'd like to see it."),
    ('other', set(), 'App', "Is the battery info linked to my account in the app? I'd like to see it there."),
    # a consent to use a photo, a name or a review withdrawn, with messages spoken of beside it: consent_withdrawal only,
    # SCHEMA's photo convention (blind42b en-006)
    ('request', {'consent_withdrawal'}, 'Photo', "People recognised me from that post and keep sending messages, so I withdraw my permission for you to use the photo and my name."),
    ('request', {'consent_withdrawal'}, 'Picture', "Strangers send me messages now, so I withdraw my consent for you to show the picture."),
    ('request', {'consent_withdrawal'}, 'Review', "I got odd messages after it went up, so I revoke my consent to publishing my review."),
    # near-misses: a consent to the messages themselves
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Offers', "I withdraw my consent to receive messages and offers from you."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'SMS', "I withdraw my permission for you to send me text messages."),
    # an unsubscribe the writer says is done and needs nothing more: no marketing_ban (blind43b en-009)
    ('request', {'erasure'}, 'Account', "Delete my account. No need to keep the newsletter thing either, I've already unsubscribed."),
    ('request', {'erasure'}, 'Account', "Please delete my account. I've already unsubscribed, so no need to do anything about the newsletter."),
    ('other', set(), 'Newsletter', "No need to worry about the newsletter, I have already unsubscribed."),
    # near-miss: unsubscribed and still sent to
    ('request', {'marketing_ban'}, 'Newsletter', "I've already unsubscribed but you still send me the newsletter."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t42_en(kind, intents, subject, body):
    check(kind, intents, subject, body)
