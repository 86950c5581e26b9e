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
