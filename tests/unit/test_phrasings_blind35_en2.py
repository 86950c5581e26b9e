"""Phrasing families from blind35a/b and blind36a/b, English, second pass (branch tune35en2)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # a detail fixed "in your system so the next delivery goes correctly": the record, for deliveries to come, not one
    # order's label (blind35a en-003)
    ('request', {'rectification'}, 'Parcel', "I think when I registered the form changed the order of my names. Surname is Menon Pillai. Can you please fix this in your system so the next delivery goes correctly?"),
    ('request', {'rectification'}, 'Address', "My flat letter is missing on the labels. Please correct it in your system so future deliveries reach me."),
    ('request', {'rectification'}, 'Name', "Could you update that in your records so my next order arrives with the right name?"),
    # near-misses: one order's delivery details, fixed for that parcel
    ('other', set(), 'Order 5512', "The delivery address on order 5512 is wrong. Can you fix it in your system before the parcel leaves?"),
    ('other', set(), 'Delivery', "Can you fix this order so the delivery goes to the pickup point instead?"),
    # the writer's address taken out of advertising audiences, in a reply to our newsletter or not: a marketing ban,
    # not an erasure (blind36a en-003)
    ('request', {'marketing_ban'}, 'Ads', "I like the newsletter, keep sending it. But please stop using my data for ad targeting and remove my address from any advertising audiences."),
    ('request', {'marketing_ban'}, 'Instagram', "Please remove my email address from your custom audiences on Facebook and Instagram."),
    ('request', {'marketing_ban'}, 'Ads', "Take my e-mail out of your advertising audiences, thanks."),
    ('request', {'marketing_ban'}, 'Ads', "Please delete my email address from your marketing database."),
    # near-miss: the address itself erased
    ('request', {'erasure'}, 'Address', "Please remove my address from your customer records."),
    # a third person who "doesn't want" the offer texts: the stop in the third person (blind36a en-009)
    ('request', {'marketing_ban', 'rectification'}, 'for my partner', "Her phone number on your system is an old one. The right number is +358 40 778 2214. And honestly while you're at it, she doesn't want the offer texts at all, to either number."),
    ('request', {'marketing_ban'}, 'My father', "My father doesn't want any more marketing emails from you."),
    ('request', {'marketing_ban'}, 'Mum', "Mum does not want your newsletter any more, please."),
    ('request', {'marketing_ban'}, 'Husband', "My husband doesn't wish to receive promotional texts."),
    # near-misses: what someone does not want that is no marketing
    ('other', set(), 'Camera', "My husband doesn't want the camera after all, can we return it?"),
    ('other', set(), 'Delivery', "She doesn't want the delivery texts to go to my number, can the parcel notice go to hers?"),
]

EN_FOLLOWUP = [
    # our automated acknowledgement, named by the writer chasing the case: no autoresponder (blind35b en-016)
    ('followup', set(), 'We have received your request', "This is now well over a month since my request. I have had nothing but this automated acknowledgement. If I don't hear from you by Friday I'll be taking it up with the Ombudsman."),
    ('followup', set(), 'We have received your request', "Three weeks and all I got was this automatic reply. When will you answer?"),
    ('followup', set(), 'We have received your request', "Apart from this automated response I have heard nothing from you. What is going on?"),
    ('followup', set(), 'We have received your request', "I have received nothing other than that automated message. Please reply properly."),
    # near-miss: a real autoresponder answering our case mail
    ('auto_reply', set(), 'We have received your request', "This is an automated response. I am out of the office until Monday 12 May and will reply when I'm back."),
    ('auto_reply', set(), 'We have received your request', "Thank you for your message. Please do not reply to this automatic message. I am on holiday until 3 August."),
]

EN_SPAM = [
    # the search-engine pitch: the site "checked out", "not ranking on page 1 of Google", "3x their organic traffic",
    # "open to a quick 15-minute call" (blind36a en-025)
    ('spam', set(), 'Quick question about allsec.fi', "Hi there,\n\nI was checking out allsec.fi and noticed it isn't ranking on page 1 of Google for \"home security cameras Finland\". Your competitors are getting that traffic instead.\n\nWe've helped 200+ ecommerce stores 3x their organic traffic in 90 days. Would you be open to a quick 15-minute call this week? I can send over a free audit video for your site.\n\nBest,\nRyan"),
    ('spam', set(), 'allsec.fi on Google', "Hello,\n\nI was looking at your website and it's not ranking on the first page of Google for your main keywords. We have helped 150 online stores double their organic traffic. Would you be open to a short call on Thursday?\n\nCheers,\nMark"),
    ('spam', set(), 'Your rankings', "Hi,\n\nI was browsing allsec.fi and noticed you aren't ranking on page one for \"smart locks\". Our agency gets stores to 5x their organic traffic. Are you open to a quick chat this week?"),
    # near-miss: a customer who did not find the shop on Google
    ('other', set(), 'Website', "Hi, I was checking out allsec.fi but could not find the camera I saw last week. Is it sold out?"),
]

EN_RECORD = [
    # a name seen spelt wrong and a flat number missing on the order confirmation, fixed "before my next order": the
    # record (blind36b en-003)
    ('request', {'access', 'rectification'}, 'camera + a question', "I noticed on the last order confirmation and on the parcel my name is spelled \"Liam Tremblya\" and the flat number is missing (it's Valtakatu 22 C 31, not just Valtakatu 22 C). The mailman figured it out but please fix it before my next order, the parcel lockers are picky.\n\nAlso, could you send me whatever info you have on file for me?"),
    ('request', {'rectification'}, 'Name', "On the invoice my surname is spelled \"Virtanan\". Please fix it for my future orders."),
    ('request', {'rectification'}, 'Address', "The house number is missing from my address on the parcel label. Please correct it before my next order."),
    # near-miss: one order, fixed for itself
    ('other', set(), 'Order', "The flat number is missing on the parcel of order 4471. Can you fix it before it ships?"),
    # a detail taken off the writer's relative's account and theirs put in: "put hers instead" (blind36b en-006)
    ('request', {'marketing_ban', 'rectification'}, 'Texts', "I never signed up for anything with your company. Please stop sending marketing texts to my number, and please take my number off Chloe's account and put hers instead: +358 44 981 2207."),
    ('request', {'rectification'}, 'Number', "My son used my phone number on his account. Please take it off and put his own number there instead: 040 123 4567."),
    ('request', {'rectification'}, 'Email', "Please take my email address off my daughter's profile and put hers in instead."),
    # near-miss: something other than a detail "instead"
    ('other', set(), 'Order', "Please take the grey camera off my order and put the white one instead."),
]

ALL = EN + EN_FOLLOWUP + EN_SPAM + EN_RECORD


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_t35_en2(kind, intents, subject, body):
    check(kind, intents, subject, body)
