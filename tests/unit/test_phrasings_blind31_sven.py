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
    ('other', set(), 'Order 5512', "The address on order 5512 is wrong in your system, please fix it before it ships."),
    # a stop of calls and offers made sure of, for the writer or a relative (blind31a en-008)
    ('request', {'marketing_ban'}, 'My mother', "I write for my mother, I hold a power of attorney. Please make sure nobody calls her or sends her offers any more, by phone, post or e-mail."),
    ('request', {'marketing_ban'}, 'Calls', "Please make sure no one from your sales team rings me with offers again."),
    ('request', {'marketing_ban'}, 'Marketing', "Kindly ensure that nobody contacts me with marketing in future."),
    ('other', set(), 'Delivery', "Please make sure nobody calls me before 9 about the delivery, I work nights."),
    # a long list of recipients between the sharing and its purpose: "don't share my email or tracking data with Meta, Google
    # or anyone else for ad targeting" (blind31a en-004); "keep my details to yourselves as far as marketing goes" (blind31a en-009)
    ('request', {'marketing_ban'}, 'Ads', "Happy to keep getting the newsletter. Please don't share my email address or any tracking data with Meta, Google or anyone else for ad targeting."),
    ('request', {'marketing_ban'}, 'Partners', "Do not pass my phone number or address on to your partners, resellers or any other company for marketing."),
    ('request', {'marketing_ban'}, 'Partners', "Going forward, please keep my details to yourselves as far as any marketing goes."),
    ('request', {'marketing_ban'}, 'Partners', "Please keep my email address in-house, I don't want it going to anyone for advertising."),
    ('other', set(), 'Order', "Please keep my details on file for the warranty, I'll order again next year."),
    # "whatever you've got on file for me": a copy of the record, asked casually (blind31a en-014)
    ('request', {'access'}, 'A small favour', "Oh, and while you're at it, could you send over whatever you've got on file for me? Curious what a shop actually keeps these days."),
    ('request', {'access'}, 'My file', "Could you send me everything you have on file for me?"),
    ('other', set(), 'Invoice', "Could you send over whatever invoices you've got for order 4411?"),
    # an objection to "my chats and any other data about me being used": the data is the objection's object, no access asked
    # (blind31b en-005)
    ('request', {'objection'}, 'AI', "I object to my chat transcripts and any other data about me being used to train AI models or chatbots."),
    ('request', {'objection'}, 'Analytics', "I object to any data about me being used for your analytics."),
    ('request', {'access'}, 'Data', "Please send me any other data about me that you hold."),
    # the file thanked for beside the answer: "thank you for the response and the JSON export" (blind31b en-016)
    ('followup', set(), 'RE: [DSR-2026-0203] Response', "Thank you for the response and the JSON export, which is well structured. Two things are missing: the chat transcripts and the named recipients. Could you please complete the response?"),
    ('followup', set(), 'Re: your request', "Thanks for the quick answer and the CSV file."),
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
    ('other', set(), 'Leverans', "Jag vill inte bli uppringd om leveransen, mejla mig hellre."),
    ('other', set(), 'Beställning', "Jag blev inte uppringd av budet fast ni lovade det. När kommer paketet?"),
    # "inte längre, mejlet ...": an order number no longer found, the mail deleted - no stop of mailings (blind31b sv-017)
    ('followup', set(), 'Re: Identifiering', "Hej, här kommer en bild på mitt körkort som ni bad om. Ordernumret hittar jag inte längre, mejlet är nog raderat."),
    ('followup', set(), 'Re: Identifiering', "Kvittot har jag inte kvar längre, mejlet med ordern försvann när jag bytte telefon."),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', "Jag vill inte längre ha era nyhetsbrev."),
    # the right to object named as read about, and declined: "men det är inte det jag är ute efter" (blind31a sv-013)
    ('request', {'access'}, 'Inspelning', "Jag har läst att man har rätt att invända mot behandlingen, men det är inte det jag är ute efter. Jag vill få en kopia av inspelningen av samtalet."),
    ('request', {'access'}, 'Kopia', "Jag vet att man har rätt att invända, men jag vill bara få en kopia av mina uppgifter."),
    ('request', {'objection'}, 'Invändning', "Jag invänder mot att ni använder mina uppgifter för analys."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t31_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t31_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


# Found while tuning on blind31: a review or a photo named beside the account in the erasure's object does not make
# the erasure the consent withdrawal's effect; only the erasure's own words naming the review do (SCHEMA).
ACCOUNT_BESIDE_REVIEW = [
    ('request', {'consent_withdrawal', 'erasure'}, 'Account', "I withdraw all my consents. Please delete my account, my reviews and everything else you have on me."),
    ('request', {'consent_withdrawal', 'erasure'}, 'Konto', "Jag återkallar alla mina samtycken. Radera mitt konto, mina recensioner och allt annat ni har om mig."),
    # near-miss: the review alone, shown with her name by consent: the withdrawal only
    ('request', {'consent_withdrawal'}, 'Review', "I withdraw my consent to showing my name with my review. Please remove the review."),
]


@pytest.mark.parametrize("kind, intents, subject, body", ACCOUNT_BESIDE_REVIEW, ids=[p[3][:40] for p in ACCOUNT_BESIDE_REVIEW])
def test_an_account_erased_beside_a_review_stays_erased(kind, intents, subject, body):
    check(kind, intents, subject, body)
