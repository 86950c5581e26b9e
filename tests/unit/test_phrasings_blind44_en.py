"""Phrasing families from blind44a/b and blind45a/b, English (branch t44en)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # a consent to survey contact taken back, the survey calls and mails asked to stop: consent_withdrawal only, SCHEMA's
    # survey convention (blind44a en-013)
    ('request', {'consent_withdrawal'}, 'Surveys', "I agreed to take part in your surveys. I take back that permission - please no more survey calls or survey emails."),
    ('request', {'consent_withdrawal'}, 'Feedback', "I said yes to feedback calls after the install. I withdraw that consent, no more feedback calls please."),
    ('request', {'consent_withdrawal'}, 'Panel', "I withdraw my permission to be contacted for research. Please stop the survey emails."),
    # near-misses: marketing named beside the survey, or the calls alone
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Offers', "I take back my consent, please no more survey emails and no more newsletters."),
    ('request', {'marketing_ban'}, 'Calls', "Please no more sales calls, I am not interested."),
    # Art. 18 said as "processing limited to storing": restriction, beside a "do not delete" (blind44a en-014)
    ('request', {'restriction'}, 'Dispute', "Please do not delete anything. But until the dispute is settled I want the processing of my data limited to just storing it."),
    ('request', {'restriction'}, 'Claim', "While my claim is open, please limit the use of my data to storage only."),
    ('request', {'restriction'}, 'Warranty', "Keep my records, but restrict what you do with them to simply storing them until the warranty case is closed."),
    # near-misses: a policy's limit described, a question about storage
    ('other', set(), 'Policy', "Your policy says that processing is limited to what is needed for deliveries."),
    ('other', set(), 'Storage', "Is my data limited to storage in the EU?"),
    # an account asked deleted with an aside in brackets between the account and the verb (blind45a en-002)
    ('request', {'erasure'}, 'Account', "I would like my customer account (the one under joe.smith@example.com, not the old one) deleted, please."),
    ('request', {'erasure'}, 'Profile', "I want my profile (registered with my work address back in 2019) removed."),
    ('request', {'erasure', 'marketing_ban'}, 'Leaving', "Please have my account (jsmith@example.org) closed and no more newsletters."),
    # near-miss: the account's state, reported
    ('other', set(), 'Login', "My account (jsmith@example.org) was deleted by mistake?? I can't log in."),
    # "I don't agree with my browsing being analysed": an objection to analytics (blind45b en-014)
    ('request', {'objection'}, 'Browsing', "I don't agree with my browsing on your site being analysed and compiled into statistics."),
    ('request', {'objection'}, 'Tracking', "I do not agree with my purchases being profiled for your statistics. Please stop."),
    ('request', {'objection'}, 'Score', "I don't agree with my orders being scored by your fraud system."),
    # near-misses: a disagreement with an opinion or an answer
    ('other', set(), 'Review', "I don't agree with your analysis of my complaint about the delivery."),
    ('other', set(), 'Refund', "I do not agree with the refund being only 50 euros."),
    # the data named by what is held on the writer, asked erased (blind45b en-016)
    ('request', {'erasure'}, 'Score', "I'd like you to erase the risk score and the browsing/analytics data you hold on me."),
    ('request', {'erasure'}, 'Notes', "Please delete the notes and the call history information you keep about me."),
    ('request', {'erasure'}, 'Profile', "Remove the marketing segment and the profile data you have stored about me."),
    # near-misses: asking what is held, a product removed from the cart
    ('request', {'access'}, 'Data', "Please tell me what data you hold on me."),
    ('other', set(), 'Cart', "Please remove the camera and the SD card from my order, I only want the charger."),
    # leftover: an erasure named in "apart from ...", access asked beside it
    ('request', {'access', 'erasure'}, 'Account', "Apart from closing my account I'd also like to see the data."),
    ('request', {'access', 'erasure'}, 'Leaving', "Besides deleting my profile, I would like to see the data you hold first."),
    ('request', {'access', 'erasure'}, 'Account', "As well as closing my account, I want to see the data too."),
    # near-misses: a data sheet, closing the account asked about
    ('other', set(), 'Specs', "I'd like to see the data sheet for the X200 camera."),
    ('other', set(), 'Account', "Apart from closing my account, is there a way to stop the app reminders?"),
    # leftover: "could you tell me if my data is deleted ...": a question about practice
    ('other', set(), 'Retention', "Could you tell me if my data is deleted after 5 years?"),
    ('other', set(), 'Retention', "Can you tell me whether my account is removed automatically after two years without orders?"),
    ('other', set(), 'Retention', "Could you please tell me when my data gets deleted?"),
    # near-misses: a polite command
    ('request', {'erasure'}, 'Account', "Could you delete my account and tell me when it's done?"),
    ('request', {'access'}, 'Data', "Could you tell me what data you hold about me?"),
    ('request', {'erasure'}, 'Account', "Could you tell me if you can delete my account?"),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t44_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


# a helpdesk autoresponder that stamps "Precedence: bulk" and says in its own words that it is a receipt: an auto-reply,
# not bulk mail (blind44a en-022); list mail (List-* headers) and bulk mail without such words stay bulk
BULK_AUTO = [
    ('auto_reply', "[Ticket #4411] We received your message",
     "This is an automatic confirmation that we have received your message and created ticket #4411. Please do not reply.",
     ("Precedence: bulk",)),
    ('auto_reply', "Automatic reply: your enquiry",
     "Thank you for writing. We will answer within two working days.", ("Precedence: bulk",)),
    ('auto_reply', "Re: your message",
     "I am currently out of the office and will be back on Monday.", ("Precedence: junk",)),
    ('auto_reply', "Support request received",
     "Hello,\n\nThis is an automatic confirmation that we have\nreceived your message. One of our agents will reply within 2 working days.",
     ("Precedence: bulk",)),
    # near-misses: a list's mail, and bulk mail with no receipt in it
    ('spam', "Weekly digest", "Out of office this summer? Our new cameras watch your home while you are away.",
     ("Precedence: bulk", "List-Unsubscribe: <mailto:x@example.com>")),
    ('spam', "Summer sale", "Cameras -30% this week only. Visit our shop.", ("Precedence: bulk",)),
    # ... and a customer naming the receipt they got
    ('request', "Still waiting", "I only got an automatic confirmation from you and nothing else. Please delete my account.", ()),
    ('request', "Still waiting", "Your automatic confirmation said two days, it has been two weeks. Delete my account please.", ()),
]


@pytest.mark.parametrize("kind, subject, body, headers", BULK_AUTO, ids=[p[1][:30] for p in BULK_AUTO])
def test_bulk_autoresponder_t44_en(kind, subject, body, headers):
    from bot.core.reading.classify import classify
    from tests.unit.test_classify import mail

    c = classify(mail(body, subject, headers=headers, sender="Support <support@helpdesk.example.com>"))
    assert c.kind == kind, c.reasons
