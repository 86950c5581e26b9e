"""Phrasing families from blind29a/b, Swedish and English (branch t29sven)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

MACHINE = [
    # phishing in an authority's voice: a "complaint" against the shop, a sanction if no answer within days, and the case
    # file behind a login with the company's own mail address and password (blind29a sv-027)
    ('spam', set(), 'Klagomål mot er webbutik – ärende TSV/2026/114 – svar krävs inom 7 dagar', 'Bästa personuppgiftsansvarig,\n\nDataombudsmannens byrå har mottagit ett klagomål som gäller er behandling av kunders personuppgifter (artikel 15 och 17 i dataskyddsförordningen).\n\nNi ska lämna en skriftlig utredning inom 7 dagar. Om ingen utredning inkommer kan en administrativ sanktionsavgift påföras.\n\nKlagomålet finns i vår säkra dokumenttjänst. Inloggning sker med företagets e-postadress och lösenord.'),
    ('spam', set(), 'Tillsynsärende', 'Integritetsskyddsmyndigheten har inlett ett tillsynsärende mot ert företag efter ett klagomål om radering. Logga in med er e-postadress och ert lösenord för att ta del av handlingarna. Yttrande ska lämnas inom 5 dagar, annars påförs en sanktionsavgift.'),
    ('spam', set(), 'Complaint against your web shop – case 2026/8813', 'Dear data controller,\n\nThe Data Protection Ombudsman has received a complaint concerning your processing of personal data (Articles 15 and 17 GDPR). You must submit a written statement within 7 days. Failure to respond may result in an administrative fine.\n\nThe complaint is available in our secure document portal. Sign in with your company email address and password.'),
    ('spam', set(), 'Regulatory notice', 'A complaint about your handling of an erasure request has been filed with the supervisory authority. To view the case file, log in using your e-mail address and password. An administrative fine may be imposed if we receive no reply within 5 days.'),
    # a registrar's "GDPR verification": the domain's data to be re-verified by a date, on a host that wears our name
    # (blind29b en-007)
    ('spam', set(), 'URGENT: GDPR data verification required', 'Dear Domain Owner, the WHOIS and ownership data for allsec.fi must be re-verified before 23 January 2026. Verify: https://allsec-fi.domain-verify.example.com/login?ref=GDPR-1'),
    ('spam', set(), 'Domain ownership verification', 'Dear domain holder,\n\nUnder new EU rules the registrant details of your domain must be confirmed by 15 March, or the domain will be suspended. Confirm here: https://eu-domain-registry.example.net/confirm'),
    ('spam', set(), 'Action required', 'The registration data of allsec.fi has to be re-validated within 5 days. Complete the check at https://allsec.fi.registry-update.example.com/ to keep your domain active.'),
    ('spam', set(), 'Verifiering av domän', 'Bästa domäninnehavare, ägaruppgifterna för allsec.fi måste verifieras före den 23 januari. Verifiera: https://allsec-fi.doman-verifiering.example.com/login'),
    # near-misses: customers who log in, complain to the authority, or quote our own link
    ('other', set(), 'Inloggning', 'Jag kan inte logga in med min e-postadress och mitt lösenord på er webbshop. Vad är fel?'),
    ('other', set(), 'Login', "I can't sign in with my email address and password on your site, it says the password is wrong."),
    ('other', set(), 'Verify', 'Your link https://allsec.fi/account/verify says my e-mail must be verified before I can order, but the page does not open.'),
    ('request', {'erasure'}, 'Anmälan', 'Jag har anmält er till Integritetsskyddsmyndigheten, svar krävs inom en månad. Radera mitt konto nu.'),
    ('request', {'erasure'}, 'Complaint', 'I have complained to the Data Protection Ombudsman about your silence. Delete my account now, I log in with my email and password and it still works.'),
]

EN = [
    # a copy known and declined: "I know I could ask for a copy of the data first, but I don't need it" (blind29a en-014)
    ('request', {'erasure'}, 'Please delete my account', 'Please delete my account and all my data. I know I could ask for a copy of the data first, but I don\'t need it.'),
    ('request', {'erasure'}, 'Account', 'Delete my account please. I could ask for a copy of my data first but I have no need for it.'),
    ('request', {'erasure'}, 'Erasure', 'Please erase everything you hold about me. I realise I can request a copy beforehand, but I do not need one.'),
    ('request', {'access', 'erasure'}, 'Account', 'Please send me a copy of my data first, I need it for my records. Then delete my account.'),
    # a copy named in someone's advice, then "could you send me that first?" (blind29b en-003)
    ('request', {'access', 'erasure'}, 'Closing my account', "Could you please delete my account and all my details? My dad says I should always ask for a copy of what a company has on me before they delete it, so could you send me that first?"),
    ('request', {'access', 'erasure'}, 'Account', 'Please close my account. A friend told me to ask for a copy of my data before you delete it, so can you send me that first?'),
    ('request', {'access', 'erasure'}, 'Delete', 'Delete my profile please. I read that you should get a copy of your personal data before deletion, could you email me that beforehand?'),
    ('other', set(), 'Receipt', 'My dad says I should always ask for a receipt, so could you send me that for order 4411?'),
    # disputing a legal ground is no objection, and the data held about the writer as the object of a restriction is
    # no access (blind29a en-008)
    ('request', {'restriction'}, 'Restriction of processing pending complaint', "You told me you must keep my order data for ten years under the Accounting Act.\n\nI don't accept that the support chat transcripts and the browsing profile fall under the Accounting Act, and I have filed a complaint with the Data Protection Ombudsman.\n\nUntil the Ombudsman has decided, I ask you to restrict the processing of all personal data you still hold about me: keep it stored, but do not otherwise use it."),
    ('request', {'restriction'}, 'Complaint', 'Please restrict the processing of all the data you hold about me until the ombudsman has decided.'),
    ('request', {'restriction'}, 'Dispute', 'Freeze all the personal data you have on me while my complaint is pending.'),
    ('request', {'access', 'restriction'}, 'Data', 'Send me a copy of all data you hold about me, and restrict its processing until my complaint is decided.'),
    ('request', {'objection'}, 'Analytics', "I don't accept that you use my browsing profile for analytics. I object to it."),
    # "don't use the disputed address for anything" while it is checked: a restriction (blind29b en-014)
    ('followup', {'restriction'}, 'Your request to correct your details', "Thanks.\n\nWhile you're checking which address is right, please don't use the Vantaa address for anything - don't ship to it, and don't pass it on to the courier or the invoicing company."),
    ('followup', {'restriction'}, 'Your request to correct your details', 'While you check which address is correct, please do not use the old address for anything.'),
    ('request', {'restriction'}, 'Phone number', "Until you've checked which phone number is correct, don't use either of them for anything."),
    ('other', set(), 'Order 5521', "Don't use the old address for this order, ship it to my office instead."),
]

SV = [
    # a right named as the writer's, then declined in the next sentence: "Det vill jag inte" (blind29a sv-010)
    ('request', {'marketing_ban'}, 'sms-erbjudanden', 'Jag har läst er dataskyddsbeskrivning och ser att jag har rätt att begära att ni raderar mina uppgifter. Det vill jag inte, jag är nöjd med grejerna. Men sluta skicka sms-erbjudanden till mig.'),
    ('request', {'marketing_ban'}, 'Reklam', 'Jag vet att jag kan be er radera mitt konto. Det tänker jag inte göra, jag handlar gärna igen. Sluta bara skicka reklam på kvällarna.'),
    ('request', {'marketing_ban'}, 'SMS offers', "I know I have the right to ask you to delete my data. I don't want that, I like your products. But stop sending me SMS offers at night."),
    ('request', {'marketing_ban'}, 'Texts', "I can see I could have my account deleted. I'm not going to do that. Please just stop the text message offers."),
    ('request', {'erasure'}, 'Konto', 'Radera mitt konto. Jag vill inte ha det kvar.'),
    ('request', {'marketing_ban'}, 'SMS', "Stop sending me SMS offers at night. I don't want that."),
    ('request', {'erasure'}, 'Erasure', 'I know I have the right to have my data deleted. Please do that now.'),
    # a copy declined in Swedish too
    ('request', {'erasure'}, 'Radering', 'Radera mitt konto och alla mina uppgifter. Jag vet att jag kan begära en kopia först, men den behöver jag inte.'),
    # what we sent, described in a complaint about the answer: no new right (blind29a sv-017)
    ('followup', set(), 'Dina personuppgifter', 'Tack, men det ni skickade var bara en lista över mina beställningar. Jag bad om alla uppgifter. Vänligen komplettera svaret.'),
    ('followup', set(), 'Dina personuppgifter', 'Det ni skickade mig var bara en kopia av mina fakturor. Var är resten?'),
    ('followup', set(), 'Your personal data', 'Thanks, but what you sent was only a list of my orders. I asked for all my data. Please complete your answer.'),
    ('followup', {'access'}, 'Radering', 'Skicka mig också en lista över mina beställningar som ni sparar för bokföringen.'),
    # the object put first, the verb last: "den inspelning som redan finns ... vill jag att ni raderar" (blind29a sv-013)
    ('request', {'consent_withdrawal', 'erasure'}, 'Inspelning', 'Jag godkände att samtalet spelades in. Jag återkallar det samtycket.\n\nOch den inspelning som redan finns av mitt samtal den 22 januari vill jag att ni raderar.'),
    ('request', {'erasure'}, 'Inspelning', 'Inspelningen av mitt samtal den 3 mars vill jag att ni raderar.'),
    ('request', {'erasure'}, 'Konto', 'Mitt konto och alla mina uppgifter vill jag att ni tar bort.'),
    ('other', set(), 'Varukorg', 'Varorna i varukorgen vill jag att ni tar bort, jag beställer senare.'),
    # a detail on the account that is not the writer's, to be taken off: rectification (blind29a sv-006)
    ('request', {'rectification', 'restriction'}, 'Frys kontot', 'Någon har använt mitt konto. Frys kontot tills ni har utrett det.\n\nSedan vill jag att den främmande adressen tas bort från mitt konto, den är inte min och ska inte stå där.'),
    ('request', {'rectification'}, 'Adress', 'Det står en adress i Tammerfors på mitt konto som inte är min. Ta bort den.'),
    ('request', {'rectification'}, 'Nummer', 'Telefonnumret på mitt konto är inte mitt, det ska inte stå där.'),
    ('other', set(), 'Paket', 'Paketet är inte mitt, någon annan har beställt det. Hur returnerar jag det?'),
    # near-miss: details used in a fraudulent order that are "inte mitt", with no record of the writer's named
    ('other', set(), 'Bedrägeri', 'Någon har beställt i mitt namn, men med en e-postadress och ett telefonnummer som inte är mitt. Jag har gjort en polisanmälan.'),
    ('request', {'restriction'}, 'Adress', 'Medan ni kontrollerar vilken adress som är rätt, använd inte den gamla adressen till något.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", MACHINE, ids=[p[3][:40] for p in MACHINE])
def test_phrasing_t29_machine(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t29_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t29_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
