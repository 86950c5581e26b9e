"""Phrasing families from blind28a/b, Swedish and English (branch t28sven)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # another person's detail taken off the writer's account and the writer's own put in: the account's
    # details corrected, no erasure of the writer's data (blind28a sv-001)
    ('request', {'rectification'}, 'Konto', 'Min exman står kvar som kontaktperson. Ta bort hans telefonnummer från mitt konto och lägg in mitt eget nummer 040 123 4567 i stället.'),
    ('request', {'rectification'}, 'Kontaktuppgifter', 'Vi har separerat. Kan ni ta bort hennes e-postadress från vårt kundkonto och sätta in min egen som enda kontaktadress?'),
    ('request', {'rectification'}, 'nummer', 'ta bort min pappas nummer från mitt konto, han har inget med det att göra. lägg in mitt nummer istället: 050 111 2233'),
    ('request', {'rectification'}, 'Konto', 'Min exfru står fortfarande som andra kontaktperson på vårt konto. Radera hennes nummer och e-post från kontot.'),
    # near-misses: the writer's own detail, or the account itself, deleted
    ('request', {'erasure'}, 'Nummer', 'Ta bort mitt telefonnummer från mitt konto, ni behöver det inte.'),
    ('request', {'erasure'}, 'Konto', 'Kunde ni ta bort mitt konto och alla mina uppgifter?'),
    # sales calls told as a story ("det ringer någon från er och erbjuder ..."), then refused with a pronoun (blind28a sv-013)
    ('request', {'marketing_ban'}, 'Samtal', 'Det ringer ibland någon från er och erbjuder nya kameror och sådant. Det vill jag int ha mera.'),
    ('request', {'marketing_ban'}, 'Samtal', 'Någon från er ringer varannan vecka och försöker sälja nya larmpaket. Det vill jag inte ha mer.'),
    ('request', {'marketing_ban'}, 'Telefon', 'Era säljare ringer mig och erbjuder uppgraderingar hela tiden. Sluta med det.'),
    ('request', {'marketing_ban'}, 'Samtal', 'ni ringer mej och säljer abonnemang fast jag redan har ett. de vill jag inte ha längre'),
    # near-misses: an offer of a time, or a warranty offered, is no sales call
    ('other', set(), 'Installation', 'Er montör ringde och erbjöd en tid på fredag. Den vill jag inte ha, går det med måndag?'),
    ('other', set(), 'Garanti', 'Ni erbjuder två års garanti på larmet. Gäller det också batteriet?'),
    # a recording, or an application, asked deleted beside the consent withdrawn to it (blind28a sv-014, blind28b sv-014)
    ('request', {'consent_withdrawal', 'erasure'}, 'Inspelat samtal', 'Ni frågade om samtalet fick spelas in och jag sa ja. Jag återkallar mitt samtycke till inspelningen och ber att ni raderar den.'),
    ('request', {'erasure'}, 'Inspelning', 'Samtalet med er kundtjänst fick spelas in. Nu vill jag att ni raderar den.'),
    ('request', {'consent_withdrawal', 'erasure'}, 'Ansökan', 'Jag gav samtycke till att ni sparar min ansökan för framtida rekryteringar. Det samtycket tar jag tillbaka, och radera gärna ansökan och CV:t.'),
    ('request', {'erasure'}, 'Ansökan', 'Jag har fått ett annat jobb. Ta bort min ansökan och mitt CV ur ert rekryteringssystem.'),
    ('request', {'erasure'}, 'CV', 'radera mitt cv och betygen jag laddade upp, tack'),
    # near-misses: an application sent, a camera's recording
    ('other', set(), 'Ansökan', 'Jag skickade in min ansökan i går. Har ni fått CV:t och betygen?'),
    ('other', set(), 'Kamera', 'Kameran spelade in inbrottet. Hur raderar jag inspelningen från minneskortet?'),
    # the log of the writer's account asked out: "få ut inloggningshistoriken för mitt konto" (blind28b sv-007)
    ('request', {'access'}, 'Konto', 'Jag vill få ut inloggningshistoriken för mitt konto de senaste tre månaderna.'),
    ('request', {'access'}, 'Inloggningar', 'Kan ni skicka mig en lista över alla inloggningar på mitt konto, med tider och IP-adresser?'),
    ('request', {'access'}, 'Logg', 'skicka mej inloggningsloggen för mitt konto, tack'),
    ('request', {'access', 'restriction'}, 'Obehörig beställning', 'Tills det här är utrett vill jag att ni begränsar behandlingen av uppgifterna om beställningen. Jag vill också få ut inloggningshistoriken för mitt konto.'),
    # near-misses: where the history is shown, a device's log
    ('other', set(), 'App', 'Var i appen ser jag inloggningshistoriken?'),
    ('other', set(), 'Larm', 'Hur får jag ut larmhistoriken från centralen till en USB-sticka?'),
]

EN = [
    # a call recording or an application asked deleted beside the consent withdrawn to it (blind28b en-008)
    ('request', {'consent_withdrawal', 'erasure'}, 'Call recording', 'I pressed 1 to consent to the recording being used for training. I withdraw that consent, and please delete that recording altogether.'),
    ('request', {'erasure'}, 'Call', 'My call to your support last week was recorded. Please erase that recording.'),
    ('request', {'consent_withdrawal', 'erasure'}, 'Application', 'I consented to you keeping my application for future vacancies. I withdraw that consent; please delete my application, CV and references.'),
    ('request', {'erasure'}, 'Application', 'I have accepted another job. Please delete my CV and cover letter from your recruitment system.'),
    ('other', set(), 'Camera', 'The camera saved a recording of the break-in. How do I delete that recording from the SD card?'),
    ('other', set(), 'Application', 'I sent my application and CV yesterday. Did you receive them?'),
    ('other', set(), 'App', 'I deleted the application from my phone and reinstalled it, but it still crashes.'),
    ('other', set(), 'App', 'How do I remove the application from my tablet?'),
    # a stored card's consent withdrawn, then "remove it": the removal is the withdrawal's effect (blind28b en-004)
    ('request', {'consent_withdrawal'}, 'Card', 'I no longer consent to you storing my card details. Please remove it.'),
    ('request', {'consent_withdrawal'}, 'Card', 'You have my payment card on file. I withdraw my consent to that, please delete it.'),
    ('request', {'consent_withdrawal', 'erasure'}, 'Card', 'I withdraw my consent to storing my card details. Please remove it, and delete my account as well.'),
    # a right known and put off: "I may also ask for my data to be deleted ... later, but at this stage I am only requesting access" (blind28b en-011)
    ('request', {'access'}, 'SAR', 'Please send me a copy of my personal data. I understand that I may also ask for my data to be deleted, and I may do so later, but at this stage I am only requesting access.'),
    ('request', {'access'}, 'SAR', 'Please send me a copy of the data you hold about me. I know I can also ask you to erase it, but for now I am only asking for a copy.'),
    ('request', {'access'}, 'Data', "Send me what you have on me. I might want my account deleted later on, but right now I'm only asking to see my data."),
    ('request', {'access', 'erasure'}, 'SAR', 'Please send me a copy of my personal data. After that, please delete my account.'),
    # data kept from deletion for the writer's legal claims, "locked and unused until the dispute is resolved" (blind28b en-014)
    ('request', {'access', 'restriction'}, 'Dismissal', 'Please send me a copy of all personal data you hold about me. Also, do not delete the CCTV footage from 14 April, because I need it to establish my legal claims.'),
    ('request', {'restriction'}, 'Footage', 'Please keep the recordings locked and unused until the dispute is resolved.'),
    ('request', {'restriction'}, 'Report', "Don't erase the incident report even if your retention period runs out; I need it to defend a legal claim."),
    ('request', {'restriction'}, 'Records', 'Please keep my records frozen until my complaint has been decided.'),
    ('other', set(), 'Footage', 'How long do you keep CCTV footage before it is deleted?'),
    ('other', set(), 'Account', "Please don't delete my account, I still use it."),
    # the account's login history asked for (the family of blind28b sv-007, in English)
    ('request', {'access'}, 'Login history', 'Please send me the login history of my account (times, IP addresses, devices) for the last three months.'),
    ('request', {'access'}, 'Account', 'I would like a list of all logins to my account, with the IP addresses.'),
    ('other', set(), 'App', 'Where in the app can I see the login history?'),
    # someone else's detail said wrong by a writer who is not that person and asks nothing (blind28b en-018)
    ('other', set(), 'Wrong invoice', "I've received an invoice for a Mr Peter Wardh. I'm not him and I've never shopped with you. I think his e-mail address has been typed wrong somewhere. Just letting you know."),
    ('other', set(), 'Wrong person', "Your order confirmation for a Ms Laine came to my inbox. I'm not her, so her email must be entered wrong in your system."),
    ('request', {'rectification'}, 'My son', 'I write for my son, who is 15. His surname is spelled wrong on his account.'),
    ('request', {'rectification'}, 'Email', 'My e-mail address has been typed wrong on my account, it is helen.ward@example.com.'),
]

SV_MORE = [
    # the same families in Swedish where they met English mail
    ('request', {'consent_withdrawal'}, 'Kort', 'Jag samtycker inte längre till att ni sparar mina kortuppgifter. Ta bort dem.'),
    ('request', {'access'}, 'Registerutdrag', 'Skicka mig en kopia av mina personuppgifter. Jag vet att jag också kan begära radering, och det kan jag göra senare, men just nu begär jag bara tillgång.'),
    ('request', {'restriction'}, 'Tvist', 'Radera inte inspelningarna från den 14 april, jag behöver dem för att kunna göra gällande mina rättsliga anspråk.'),
    ('request', {'restriction'}, 'Tvist', 'Håll uppgifterna låsta och oanvända tills tvisten är löst.'),
    ('other', set(), 'Fel mottagare', 'Jag har fått en faktura från er till en Peter Wardh. Det är inte jag och jag har aldrig handlat hos er. Hans e-postadress är nog fel någonstans.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV + SV_MORE, ids=[p[3][:40] for p in SV + SV_MORE])
def test_phrasing_t28_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t28_en(kind, intents, subject, body):
    check(kind, intents, subject, body)

LEGAL_REMAINDER = [
    # what the shop must keep by law after an erasure, "don't use it for anything else": the erasure's remainder, no
    # restriction (blind28a en-002)
    ('request', {'erasure'}, 'Erasure', "Please delete my account and data. If you must keep something for accounting purposes, don't use it for anything else."),
    ('request', {'erasure'}, 'Erasure', 'Erase all my personal data. Whatever you are legally obliged to keep, do not use it for any other purpose.'),
    ('request', {'erasure'}, 'Delete', "delete my account pls. the receipts you have to keep for tax reasons, fine, just don't use them for anything else"),
    ('request', {'erasure'}, 'Radering', 'Radera mitt konto och mina uppgifter. Det ni enligt lag måste spara för bokföringen får ni inte använda till något annat.'),
    # near-misses: data kept while something is disputed, not used meanwhile
    ('request', {'restriction'}, 'Dispute', "Keep my data, but don't use it for anything else while my complaint is open."),
    ('request', {'restriction'}, 'Tvist', 'Behåll uppgifterna men använd dem inte till något annat medan reklamationen utreds.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", LEGAL_REMAINDER, ids=[p[3][:40] for p in LEGAL_REMAINDER])
def test_phrasing_t28_legal_remainder(kind, intents, subject, body):
    check(kind, intents, subject, body)
