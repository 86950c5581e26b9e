"""Phrasing families from blind35a/b and blind36a/b, Swedish and English (branch tune35sven)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

EN = [
    # storage phishing in the mail provider's voice: the reader's saved data "will be deleted automatically within 24
    # hours unless you upgrade" is a threat, not an erasure asked (blind36a sv-027, in English)
    ('spam', set(), 'Warning: your data will be deleted', "Hello info@allsec.fi,\n\nYour email storage has reached its limit. Incoming messages and your saved data will be deleted automatically within 24 hours unless you upgrade.\n\nKeep my data\n\nMicrosoft 365 team"),
    ('spam', set(), 'Storage full', "Your cloud storage is full. All your files and data will be permanently removed unless you upgrade your plan today."),
    ('spam', set(), 'Final notice', "Your mailbox has reached its storage limit. Your stored data will be erased in 48 hours. Click below to keep your data."),
    # near-misses: a customer's own deadline and condition on an erasure
    ('request', {'erasure'}, 'Deletion', "Please make sure my data is deleted within 30 days unless the law requires you to keep it."),
    ('request', {'erasure'}, 'Account', "You wrote that my account will be deleted automatically unless I log in. Please delete it now instead, with all my data."),
]

SV = [
    # storage phishing in the mail provider's voice: "dina sparade data kommer att raderas automatiskt inom 24 timmar om
    # du inte uppgraderar" threatens, it asks no erasure (blind36a sv-027)
    ('spam', set(), 'Varning: Dina data kommer att raderas', "Hej info@allsec.fi,\n\nDin e-postlagring har nått sin gräns. Inkommande meddelanden och dina sparade data kommer att raderas automatiskt inom 24 timmar om du inte uppgraderar.\n\nBehåll mina data\n\nMicrosoft 365-teamet"),
    ('spam', set(), 'Ditt konto', "Ditt lagringsutrymme har nått sin gräns. Alla dina filer och meddelanden raderas permanent om du inte uppgraderar din plan före fredag.\n\nIT-avdelningen"),
    ('spam', set(), 'Sista varningen', "Dina sparade e-postmeddelanden och data tas bort inom 48 timmar. Klicka nedan för att behålla dina data."),
    ('spam', set(), 'Din molnlagring är full', "Din molnlagring är full. Dina foton, dokument och data kommer att raderas den 30 april om du inte förnyar ditt abonnemang."),
    # near-misses: a customer's own deadline on an erasure, and a storage question, are no phishing
    ('request', {'erasure'}, 'Radera', "Jag vill att mina data raderas inom 24 timmar, annars anmäler jag er till IMY."),
    ('request', {'erasure'}, 'Konto', "Ni skrev att mitt konto raderas automatiskt om jag inte loggar in. Radera det nu i stället, och alla mina uppgifter."),
    ('request', {'erasure'}, 'Appen', "Lagringen i appen är full, men jag vill ändå inte ha kvar kontot. Radera det och allt ni har om mig."),
    ('other', set(), 'Kamera', "Kamerans lagring är full. Raderas de gamla klippen automatiskt eller måste jag göra det själv?"),
    # everything held, asked "to be seen": "jag skulle vilja få se allt ni har om mig" (blind35a sv-013), and "vad har ni
    # egentligen för uppgifter om mej?" with an adverb after "har ni" (blind35b sv-012)
    ('request', {'access'}, 'Fråga', "Så jag skulle vilja få se allt ni har om mig, också samtalsanteckningarna."),
    ('request', {'access'}, 'Uppgifter', "Kan jag få se allt ni har sparat om mig?"),
    ('request', {'access'}, 'Uppgifter', "Jag vill få ta del av allt ni har registrerat om mig."),
    ('request', {'access'}, 'Fråga', "Men det väckte en tanke: vad har ni egentligen för uppgifter om mej? Jag skulle gärna få se dem."),
    ('request', {'access'}, 'Fråga', "Vad har ni nu för information om mig?"),
    ('other', set(), 'Katalog', "Kan jag få se allt ni har i lager av rökdetektorer?"),
    ('other', set(), 'Larm', "Vad har ni egentligen för larm för sommarstugor?"),
    # the account "wanted gone" in dialect: "ja vill ha bort kontot å allt ni ha om mej. Int nå mera mejl heller" (blind35a sv-002)
    ('request', {'erasure', 'marketing_ban'}, 'konto', "He behövs int meir, ja vill ha bort kontot å allt ni ha om mej. Int nå mera mejl heller."),
    ('request', {'erasure'}, 'Konto', "Jag vill ha bort mitt konto och mina uppgifter."),
    ('request', {'marketing_ban'}, 'mejl', "Int nå mer reklam, tack."),
    ('other', set(), 'Dekal', "Jag vill ha bort dekalen från kameran, hur gör man?"),
    # "avregistrera mig" alone, as "unsubscribe me" (blind35a sv-011)
    ('request', {'marketing_ban'}, 'avregistrera', "avregistrera mig"),
    ('request', {'marketing_ban'}, 'Utskick', "Vänligen avregistrera mig från alla utskick."),
    ('request', {'erasure'}, 'Register', "Avregistrera mig ur ert kundregister."),
    ('other', set(), 'Kurs', "Hur avregistrerar jag mig från kursen i appen?"),
    # the mailing lists as "era listor": "kan ni ta bort mej från era listor och radera kontot också" (blind35b sv-011)
    ('request', {'erasure', 'marketing_ban'}, 'konto', "hej kan ni ta bort mej från era listor och radera kontot också. har int handlat nåt på flera år."),
    ('request', {'marketing_ban'}, 'Listor', "Ta bort mig från alla era utskickslistor."),
    ('other', set(), 'Prislista', "Kan ni skicka era prislistor för kameror?"),
    # "direktmarknadsföring" is marketing: "ta bort mig från all direktmarknadsföring" (blind36b sv-019)
    ('followup', {'marketing_ban'}, 'Re: [DSR-2026-0160] Ditt registerutdrag', "Tack för utdraget. Ni har tydligen mig i en målgrupp för riktad marknadsföring. Det vill jag inte vara med i, ta bort mig från all direktmarknadsföring."),
    ('request', {'marketing_ban'}, 'Direktreklam', "Jag vill inte ha någon direktmarknadsföring från er."),
    # the mailings named, then refused for the one spoken for: "Sådant vill vi inte att hon får alls" (blind36b sv-014)
    ('request', {'marketing_ban'}, 'Mamma', "Hon har dessutom fått en del reklambrev och telefonförsäljning från er på sistone, det förvirrar henne. Sådant vill vi inte att hon får alls."),
    ('request', {'marketing_ban'}, 'Reklam', "Ni skickar reklambrev varje vecka. Sådant vill jag inte ha."),
    ('other', set(), 'Paket', "Paketet kom sönder. Sådant vill vi inte att det händer igen."),
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t35_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t35_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
