"""Phrasing family from blind39b (scored once as stop 25's last estimate, then this one family fixed), English."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # a penalty for not following the sender, beside a lure: phishing dressed as a legal notice (blind39b en-026)
    ('spam', set(), 'New Data Subject Access Request document shared with you',
     "Hello info@allsec.fi,\n\nA Data Subject Access Request (GDPR Art. 15) has been submitted to your organisation and "
     "shared with you through our secure document center. Failure to respond within the statutory period may result "
     "in penalties.\n\nVIEW DOCUMENT"),
    ('spam', set(), 'Pending legal notice',
     "A legal notice about a customer complaint is waiting in your secure message inbox. Failure to review it within "
     "48 hours will result in the suspension of your business listing. Click here to verify your account."),
    ('spam', set(), 'Action required: data protection request',
     "Dear customer, a data erasure request was filed against your store. Failure to comply before Friday may result "
     "in administrative fines. Log in to review the request."),
    # near-misses: a customer's own deadline threat beside a real request, without a lure
    ('request', {'erasure'}, 'Delete my data',
     "Please delete my account and all my data. Failure to respond within one month may result in a complaint to the "
     "Data Protection Ombudsman."),
    ('request', {'access'}, 'My data',
     "I want a copy of all personal data you hold about me. Failure to reply within the legal time limit may result in "
     "penalties for your company, as I understand the GDPR."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t39_en(kind, intents, subject, body):
    check(kind, intents, subject, body)

# --- t39en: families behind blind39's English misses (written after seeing them; several wordings, near-misses) ---
EN_T39 = [
    # a held detail with the right value after a bare "correct is" / "the correct is" / "right is" (blind39a en-003)
    ('request', {'rectification'}, 'wrong name',
     'Also my name in your system is "Ma Christina" but correct is Ma. Cristina (no h). Please fix all.'),
    ('request', {'rectification'}, 'email',
     'My email in your system is anna.k@example.com but correct is anna.kk@example.com.'),
    ('request', {'rectification'}, 'Name',
     'The name in your register is Jon, the correct is John.'),
    ('request', {'rectification'}, 'Address',
     'My address on the account is Kauppakatu 5 but correct is Kauppakatu 15.'),
    ('request', {'rectification'}, 'name',
     'My name in your records is Mari Virtanen but right is Marja Virtanen.'),
    # ... and "fix all" / "update everything" for the detail said wrong just before
    ('request', {'rectification'}, 'details',
     'My surname is spelled wrong on my account and the street too. Please fix all.'),
    ('request', {'rectification'}, 'details',
     'You still have my old address in your system. Can you update everything?'),
    # near-misses: a price or a product's detail, and "fix all" of a product, are no record of the writer's
    ('other', set(), 'Price',
     'The price in your shop is 20 euro but correct is 25 euro, I think.'),
    ('other', set(), 'Lamp',
     'The lamp is not working and the remote is broken. Please fix all.'),
    ('other', set(), 'Order',
     'My order 5521 has the wrong colour and a missing cable. Please fix everything.'),

    # "that permission" points back to the consent named just before (a card saved), not to an SMS named further
    # back (blind39a en-013)
    ('request', {'rectification', 'consent_withdrawal'}, 'changes',
     'My number changed, please correct it in my account because the delivery SMS go to the old number. And last '
     'time I allowed you to save my card in your shop. I want to cancel that permission now.'),
    ('request', {'consent_withdrawal'}, 'card',
     'Your texts with offers are fine. Last time I allowed you to save my card for next time. I want to cancel that '
     'permission now.'),
    ('request', {'consent_withdrawal'}, 'card',
     'I get your newsletter and like it. At checkout I also let you keep my card details. Please take that consent '
     'as withdrawn.'),
    # near-misses: the consent pointed back to is the marketing one named just before
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'SMS',
     'I signed up for your SMS offers last year. I want to cancel that permission now.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Newsletter',
     'I saved my card with you ages ago, that is fine. But I also agreed to the newsletter. I withdraw that consent.'),

    # not to be contacted for marketing, said in the passive (blind39b en-014)
    ('request', {'marketing_ban'}, 'Marketing',
     'P.S. Whatever those partners have, I do not want to be contacted by them, or by you, for marketing from now on.'),
    ('request', {'marketing_ban'}, 'Marketing',
     'I do not wish to be contacted for marketing purposes.'),
    ('request', {'marketing_ban'}, 'Offers',
     'I no longer want to be contacted by your company with offers or marketing.'),
    ('request', {'marketing_ban'}, 'Sales',
     'Please note I do not want to be approached for sales or marketing in the future.'),
    ('request', {'access', 'marketing_ban'}, 'My data',
     'Please send me a copy of the personal data you hold about me. Also, I do not want to be contacted for marketing '
     'any more.'),
    # near-misses: contact about an order or a survey is no marketing; being contacted by phone is a preference
    ('other', set(), 'Delivery',
     'I do not want to be contacted by phone about the delivery, e-mail is fine.'),
    ('other', set(), 'Order',
     'Please do not contact me about this order again, it arrived already.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN_T39, ids=[p[3][:40] for p in EN_T39])
def test_phrasing_t39en(kind, intents, subject, body):
    check(kind, intents, subject, body)
