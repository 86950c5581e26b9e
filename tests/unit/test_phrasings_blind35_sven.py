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
]


@pytest.mark.parametrize("kind, intents, subject, body", EN, ids=[p[3][:40] for p in EN])
def test_phrasing_t35_en(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t35_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
