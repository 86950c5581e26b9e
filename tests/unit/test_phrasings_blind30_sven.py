"""Phrasing families from blind30a/b, Swedish and English (branch t30sven)."""
import pytest

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import classify
from tests.unit.test_phrasings import _mail
from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # "I'm not asking you to delete anything": one right declined, not the whole mail only asking; the polite question
    # before it still asks (blind30b en-001)
    ('request', {'rectification'}, 'Billing details on my account', "I've moved to Porvoo. Could you update the billing address on my account and add the company name, so future invoices come out right?\n\nJust to be clear, I'm not asking you to delete anything or close the account."),
    ('request', {'rectification'}, 'Address', "Could you change the address on my account to Kauppakatu 4? I'm not asking you to remove my old orders."),
    ('request', {'access'}, 'My data', "Can you send me a copy of the personal data you hold about me? I am not asking you to delete anything."),
    ('request', {'erasure'}, 'Account', "Could you please delete my account? I'm not asking you to refund anything."),
    ('other', set(), 'Question', "I'm not asking for anything, just curious: could you delete an account if someone asked?"),
    # what is registered under the writer's name, or tied to their address, or held about the one they write for
    # (blind30a en-004, blind30b en-013, en-009)
    ('request', {'access', 'erasure'}, 'Account', "Please close the account and remove my name and email address from your systems. I would also like to know what exactly is registered under my name and email."),
    ('request', {'access'}, 'Email', "Someone used my email address for an order. Can you tell me what information you have connected to my email address?"),
    ('request', {'access'}, 'Phone', "I'd like to know what data you have linked to my phone number."),
    ('request', {'access'}, 'My details', "Please tell me what is stored under my name in your customer register."),
    ('request', {'access'}, 'My father', "I hold a power of attorney for my father. I'd like to see what you hold about him: his account details and full order history."),
    ('request', {'access'}, 'My mother', "I write for my mother, who cannot use email. Could you tell me what you have on file about her?"),
    ('other', set(), 'Gift', "What do you have for him? My son wants a camera for his birthday."),
    ('other', set(), 'Order', "Can you tell me what is registered as the delivery date for order 5512?"),
    # the writer's own mails and chats, not to be used for AI training: an objection, no stop of marketing (blind30b en-010)
    ('request', {'objection'}, 'AI assistant', "I don't want my past chats and emails with your customer service used to train it. I object to that being fed into an AI."),
    ('request', {'objection'}, 'AI', "I do not want my emails to your support team used for training your chatbot. I object to it."),
    ('request', {'marketing_ban'}, 'Emails', "I don't want any more emails from you."),
    # a file received, thanked for beside something else: "thanks for getting back to me so fast and for the CSV" (blind30a en-015)
    ('followup', set(), 'Your request', "Hi, thanks for getting back to me so fast and for the CSV, the accountant's happy."),
    ('followup', set(), 'Your request', "Thank you for the quick reply and for the JSON file, everything was there."),
    ('followup', {'portability'}, 'Your request', "Thanks for the quick reply. Could you also send my order history as a CSV file?"),
    # a consent to survey or interview contact taken back: "I said yes at the time ... could you take me off that?"
    # (SCHEMA: survey contact is consent_withdrawal only) (blind30b en-014)
    ('request', {'consent_withdrawal'}, 'Surveys', "Someone from your company phoned and asked if I'd take part in customer experience interviews now and then. I said yes at the time. Since then I've had two calls and a long online survey.\n\nCould you take me off that, please? I still want the normal order and delivery emails."),
    ('request', {'consent_withdrawal'}, 'Surveys', "Please take me off your customer survey list. I agreed to it last year but I don't have time any more."),
    ('request', {'consent_withdrawal'}, 'Feedback calls', "I agreed to be contacted for customer feedback interviews, but please remove me from that panel now."),
    ('request', {'consent_withdrawal'}, 'Research', "I signed up for your customer research panel. I'd like to be taken off it."),
    # "taken off it": what was named before says what - a newsletter is a stop, the data an erasure
    ('request', {'marketing_ban'}, 'Newsletter', "I signed up for your newsletter. I'd like to be taken off it."),
    ('request', {'erasure'}, 'Database', "You have my details in your customer database. I want to be taken off it."),
    ('other', set(), 'Survey', "I filled in your customer survey yesterday, the link at the end did not work. Can you take a look?"),
    ('other', set(), 'Order', "Could you take the second camera off my order, please? I only need one."),
]

SV = [
    # a copy of "what you have on me", also in Ostrobothnian speech ("va ni ha om mej"), or of "all info" (blind30b sv-012,
    # blind30a sv-002)
    ('request', {'access'}, 'Larm + en fråga', "Å en sak till, dottren sa att man ha rätt å få veta va företagen ha för uppgifter om en. Kan ni skicka en kopia på va ni ha om mej i era register? Ja ha int nå problem me er men ja vill gärna se va he e."),
    ('request', {'access'}, 'Kopia', "Hej, kan ni skicka mig en kopia på all info ni har om mig?"),
    ('request', {'access'}, 'Uppgifter', "Skicka mej en kopia av det ni har om mej, tack."),
    ('request', {'access'}, 'Register', "Jag vill ha en kopia av vad ni har sparat om mig i ert kundregister."),
    ('request', {'access'}, 'Info', "Kan ja få en kopia på all information ni ha om mej?"),
    # what is held about the one the writer speaks for (blind30a sv-009)
    ('request', {'access'}, 'Pappa', "Jag skriver för min pappas räkning. Jag skulle också vilja veta vad ni har för uppgifter om honom överhuvudtaget."),
    ('request', {'access'}, 'Mamma', "Jag har fullmakt för min mamma. Vilka uppgifter har ni sparat om henne?"),
    ('other', set(), 'Present', "Vad har ni för kameror som passar honom? Han fyller 70."),
    # the correction asked in the passive at the end: "att de felaktiga uppgifterna ... rättas" (blind30b sv-011)
    ('request', {'rectification', 'restriction'}, 'Begäran', "Jag bestrider att uppgifterna är korrekta. Jag begär\n\n- att behandlingen av mina personuppgifter begränsas så länge ni utreder saken, och\n\n- att de felaktiga uppgifterna som kopplats till mitt namn (adressen i Lovisa och beställningen) rättas."),
    ('request', {'rectification'}, 'Adress', "Jag begär att den felaktiga adressen i mitt kundkonto rättas."),
    ('request', {'rectification'}, 'Namn', "Mitt efternamn är felstavat i era register och jag vill att det korrigeras."),
    ('other', set(), 'Faktura', "Felet i fakturan rättas väl automatiskt när ni skickar en ny?"),
    # the newsletter put first, the refusal after: "Nyhetsbrevet vill jag inte ha alls längre" (blind30b sv-010)
    ('request', {'marketing_ban', 'rectification'}, 'Fel e-postadress', "Ändra e-postadressen i mitt kundkonto till den här gmail-adressen. Nyhetsbrevet vill jag för övrigt inte ha alls längre, så det kan ni låta bli att skicka till den nya adressen."),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', "Era sms-erbjudanden vill jag inte ha längre."),
    ('request', {'marketing_ban'}, 'Reklam', "Reklamen vill ja int ha mera."),
    ('other', set(), 'Kamera', "Den gamla kameran vill jag inte ha längre, kan jag lämna den på återvinning hos er?"),
    # what a restriction means, told as "varken ändras, raderas eller lämnas ut": no erasure (blind30b sv-005)
    ('request', {'restriction'}, 'Begränsning', "Vi begär att behandlingen av uppgifterna begränsas tills tvisten är avgjord, så att uppgifterna varken ändras, raderas eller lämnas ut till tredje part."),
    ('request', {'restriction'}, 'Begränsning', "Begränsa behandlingen av mina uppgifter så att de varken raderas eller används förrän saken är utredd."),
    # the policy's list of rights read back in a clause ("där det står att man har rätt till insyn, rättelse, radering"): background
    # (blind30a sv-011)
    ('request', {'marketing_ban'}, 'Rekommendationer', "Jag läste er integritetspolicy där det står att man har rätt till insyn, rättelse, radering, att göra invändningar och att förbjuda direktmarknadsföring.\n\nJag vill inte att ni raderar mitt konto, men jag förbjuder att mina köpuppgifter används för direktmarknadsföring till mig."),
    ('request', {'marketing_ban'}, 'Reklam', "Jag förbjuder att mina köp- och surfuppgifter används för direktmarknadsföring till mig."),
    ('other', set(), 'Policy', "I er policy står det att kunden har rätt till insyn, rättelse och radering. Gäller det också företagskunder?"),
    ('request', {'access'}, 'Register', "Va ha ni om mej i era register?"),
    ('request', {'access'}, 'Register', "Kan ni ge mig en kopia av det som finns i ert register om mig?"),
    ('other', set(), 'Kvitto', "Kan ni skicka en kopia på kvittot för min beställning?"),
    ('other', set(), 'Kamera', "Ha ni nå kamera som går på 4G? Å va kostar he i månan?"),
]


def _forwarded_form(note: str, message: str, sender: str = "lukas.becker@posteo.de", label: str = "Email") -> ParsedMail:
    raw = ("From: Tomi <tomi@allsec.fi>\r\nTo: info@allsec.fi\r\nSubject: Fwd: Contact form: Data processing\r\n"
           "Message-ID: <fw30@allsec.fi>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n" + note + "\r\n\r\n---------- Forwarded message ---------\r\n"
           "From: Allsec webshop <noreply@allsec.fi>\r\nDate: Mon, 4 May 2026 at 22:18\r\nSubject: Contact form: Data processing\r\n"
           "To: <asiakaspalvelu@allsec.fi>\r\n\r\nName: A Customer\r\n" + label + ": " + sender + "\r\nPhone:\r\nOrder number:\r\nMessage:\r\n"
           + message + "\r\n")
    parsed = parse(raw.encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


MACHINE = [
    # a search-engine consultant's cold pitch: "besökte allsec.fi i dag och märkte att ni inte syns på första sidan",
    # a free analysis offered (blind30b sv-026)
    ('spam', set(), 'Fråga om allsec.fi', 'Hej!\n\nJag heter Elin och jobbar som digital marknadsföringskonsult. Jag besökte allsec.fi i dag och märkte att ni inte syns på första sidan på Google när man söker på "hemlarm".\n\nVi har hjälpt över 300 nordiska företag att nå topp 3 på Google inom 90 dagar – garanterat. Jag skulle gärna skicka en GRATIS analys av er webbplats.\n\nÄr det ok om jag skickar den?'),
    ('spam', set(), 'Er webbplats', 'Hej, jag såg er webbshop igår och märkte att ni inte rankar på Google för "övervakningskamera". Vi kan hjälpa er. Vill ni ha en gratis SEO-analys?'),
    # the mailbox full "at 99%", messages to be rejected unless the storage is upgraded (blind30a sv-026)
    ('spam', set(), 'Varning: Din e-postlåda är nästan full (99%)', 'Hej info,\nDin e-postlåda info@allsec.fi har nått 99% av sin lagringskvot (49.6 GB / 50 GB). Inkommande meddelanden kommer att avvisas och äldre meddelanden raderas automatiskt efter 24 timmar.\nUppgradera gratis din lagring och behåll dina meddelanden:\nÖka lagringen nu\nTack,IT-support'),
    ('spam', set(), 'Lagringskvot', 'Din inkorg har överskridit sin lagringskvot. Nya meddelanden kommer att avvisas. Uppgradera din lagring här för att behålla dina meddelanden.'),
    # near-misses: a customer whose own mailbox is full, a customer who saw our site
    ('other', set(), 'Kvitto', 'Min e-postlåda var full så kvittot kom aldrig fram. Kan ni skicka det igen?'),
    ('other', set(), 'Kamera', 'Jag besökte er butik i Vasa i dag och märkte att ni inte har kameran i lager. När kommer den?'),
]

# our own contact form, forwarded by a colleague: the form's message is the customer's words, in the customer's
# language (blind30a en-006)
FORWARDED_FORM = [
    ('Hei, tämä tuli lomakkeen kautta englanniksi. Kuuluu tietosuojalle?', "Hello, I would like to formally object to the processing of my personal data for analytics and statistics. Please confirm when this has been implemented.", 'request', {'objection'}, 'en'),
    ('FYI, tuli lomakkeelta.', "Please delete my account and all my personal data.", 'request', {'erasure'}, 'en'),
    ('Tämä tuli lomakkeelta.', "Hej, kan ni skicka mig en kopia av mina personuppgifter?", 'request', {'access'}, 'sv'),
    ('Hoitaako joku?', "Hello, when will my order 2231 arrive? It has been two weeks.", 'other', set(), 'en'),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t30_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t30_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", MACHINE, ids=[p[3][:40] for p in MACHINE])
def test_phrasing_t30_machine(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("note, message, kind, intents, language", FORWARDED_FORM, ids=[p[1][:40] for p in FORWARDED_FORM])
def test_a_forwarded_contact_form_is_the_customers_words(note, message, kind, intents, language):
    c = classify(_forwarded_form(note, message))
    assert (c.kind, set(c.intents), c.language) == (kind, intents, language), c.reasons


# Where no right can be read, a person's mail about their own data goes to a person (the safety net), ordinary mail does not.
SAFETY_NET = [
    ("Interviews", "Someone from your team keeps calling me about interviews and my details seem to be on some list of yours. Not sure what to do.", True),
    ("Register", "Ja undrar bara va ni ha om mej i era register nuförtiden, dottren sa nåt om he.", True),
    ("Kamera", "Ha ni nå kamera som går på 4G-sticko? Å va kostar he i månan?", False),
    ("Order", "Could you update the delivery address on order 4411? It should go to my office.", False),
]


@pytest.mark.parametrize("subject, body, triage", SAFETY_NET, ids=[p[1][:40] for p in SAFETY_NET])
def test_own_data_unread_goes_to_a_person(subject, body, triage):
    c = classify(_mail(subject, body, False))
    if triage:
        assert c.kind == "request" or c.needs_triage, c.reasons
    else:
        assert (c.kind, c.needs_triage) == ("other", False), c.reasons


# The sender field's label is the language pack's (`form_sender`), in the form's language or two at once.
@pytest.mark.parametrize("label", ["Sähköposti", "Sähköposti / Email", "E-post", "E-mail address"])
def test_the_form_sender_field_is_read_in_each_language(label):
    c = classify(_forwarded_form("Tämä tuli lomakkeelta.", "Please delete my account and all my personal data.", label=label))
    assert (c.kind, set(c.intents), c.needs_triage) == ("request", {"erasure"}, False), c.reasons
