"""t40en: families behind blind40's and blind41's English misses (written after seeing them; several wordings,
near-misses that must not change), English."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN_SPAM = [
    # a platform's "security team" to the store's owner: a sign-in or a data rule, a deadline, the store suspended and
    # its data deleted, and a bare button to verify (blind40a en-025)
    ('spam', set(), 'Unusual sign-in detected - verify your account data within 24h',
     "Dear Store Owner,\n\nWe detected an unusual sign-in to the admin account of your store from Singapore. To comply "
     "with new data protection regulations, the personal data of the account holder must be re-verified. Failure to "
     "verify within 24 hours will result in suspension of your store and deletion of customer data.\n\nVerify account\n\n"
     "This is an automated security message. Please do not reply."),
    ('spam', set(), 'Action required',
     "Dear Merchant,\n\nYour shop will be deactivated within 48 hours because the account holder's details are "
     "incomplete. All customer data will be deleted.\n\nConfirm now\n\nThank you,\nMerchant Support"),
    ('spam', set(), 'Your payouts are on hold',
     "Hello Shop Owner,\n\nPayments to your store have been suspended after suspicious activity. Under the GDPR we "
     "must remove the customer records of unverified stores.\n\nVerify identity\n"),
    ('spam', set(), 'Store locked',
     "Dear store owner,\n\nyour online store has been locked. To restore access and avoid the erasure of your "
     "customer data, please complete the review within 24 hours.\n\nRestore access\n"),
    # near-misses: a customer who reports such a mail, or who writes to the owner, still asks for the right
    ('request', {'erasure'}, 'Is this from you?',
     "Hi, I got a mail saying my account will be suspended within 24 hours unless I verify it. I did not click it. "
     "Please delete my account and all my data."),
    ('request', {'erasure'}, 'Delete',
     "Dear store owner,\n\nplease delete my account and all data you hold about me.\n\nThanks, Pete"),
    ('request', {'access'}, 'My data',
     "Dear Merchant,\n\nI would like a copy of the personal data you hold about me.\n\nVerify account\n\nis what your "
     "shop's page says, but I cannot log in."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN_SPAM, ids=[p[3][:40] for p in EN_SPAM])
def test_phrasing_t40_en_spam(kind, intents, subject, body):
    check(kind, intents, subject, body)


EN_OWN_VOICE = [
    # a customer's own words, not a threat or a pitch: "I don't want my account closed" (first person) beside the
    # shop's policy quoted ("to improve our services") (blind41a en-013)
    ('request', {'objection'}, 'AI training',
     'When I chatted with your support, the chat window said that conversations "may be used to improve our services, '
     'including AI models".\n\nI object to my chat transcripts and any other personal data of mine being used to train '
     "or improve AI models. I'm not withdrawing anything else and I don't want my account closed, just this."),
    ('request', {'objection'}, 'Profiling',
     'Your cookie banner says you analyse visits "to provide our services". I object to my data being used for '
     "profiling. I do not want my account closed or deleted, only this stopped."),
    ('request', {'access'}, 'My data',
     'Your privacy policy says data is used "to improve our services". I do not want my account deactivated. '
     'Please send me a copy of the personal data you hold about me.'),
    # near-misses: the threat in the sender's voice and a pitch of "our services" stay spam
    ('spam', set(), 'Notice',
     'Dear customer, your account will be closed within 24 hours. Verify your account to keep it.'),
    ('spam', set(), 'Grow your shop',
     'Hi, we help online shops double their sales. Our services start at 99 EUR a month. Book a free call with us.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN_OWN_VOICE, ids=[p[3][:40] for p in EN_OWN_VOICE])
def test_phrasing_t40_en_own_voice(kind, intents, subject, body):
    check(kind, intents, subject, body)


EN_NOT_UNSUBSCRIBING = [
    # the unsubscribe declined in a clipped "Not unsubscribing" / "I'm not unsubscribing" / "no need to unsubscribe me"
    # beside the right asked (blind41a en-006)
    ('request', {'access'}, 'Re: deals',
     "Not unsubscribing, I actually like the deals :) Could you send me a copy of the personal data you hold about me?"),
    ('request', {'access'}, 'newsletter',
     "I'm not unsubscribing, but what information do you have about me?"),
    ('request', {'erasure'}, 'account',
     "No need to unsubscribe me from the newsletter. Please delete my customer account and its order data though."),
    # near-misses: an unsubscribe asked, also beside "not"
    ('request', {'marketing_ban'}, 'newsletter',
     "Please unsubscribe me, I'm not interested any more."),
    ('request', {'marketing_ban'}, 'Stop',
     "I tried the link but it did not unsubscribe me. Please unsubscribe me from the newsletter."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN_NOT_UNSUBSCRIBING, ids=[p[3][:40] for p in EN_NOT_UNSUBSCRIBING])
def test_phrasing_t40_en_not_unsubscribing(kind, intents, subject, body):
    check(kind, intents, subject, body)
