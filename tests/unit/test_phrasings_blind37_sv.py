"""Phrasing families from blind37a/b and blind38a/b, Swedish (branch tune37sv)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # account phishing that wears the GDPR: "På grund av nya EU-regler (GDPR) måste alla användare verifiera sina
    # personuppgifter före ...", the threat with the verb put first ("Annars spärras ditt konto"), the button in the
    # reader's voice ("Verifiera mina uppgifter"); its "spärras ... raderas" is the threat, never a request (blind38b sv-026)
    ('spam', set(), 'Ditt konto har spärrats – verifiera dina uppgifter', "Viktigt meddelande om ditt konto\n\nBästa kund,\n\nPå grund av nya EU-regler (GDPR) måste alla användare verifiera sina personuppgifter före 30.4.2026. Annars spärras ditt konto och dina uppgifter raderas permanent.\n\nVerifiera mina uppgifter\n\nMed vänliga hälsningar\nSäkerhetsavdelningen"),
    ('spam', set(), 'Viktigt om ditt konto', "Hej,\n\nEnligt den nya dataskyddsförordningen ska samtliga kunder bekräfta sina uppgifter senast 15.5. Annars stängs ditt konto och all data raderas.\n\nBekräfta mina uppgifter\n\nKundtjänst"),
    ('spam', set(), 'Åtgärd krävs', "Bästa användare,\n\nNya GDPR-regler kräver att alla kontoinnehavare uppdaterar sina personuppgifter. Gör det inom 48 timmar, annars inaktiveras ert konto.\n\nUppdatera mina uppgifter\n\nSupport"),
    ('spam', set(), 'GDPR – verifiering', "Kära kund! På grund av den nya GDPR-lagen behöver alla kunder verifiera sitt konto före den 30 april. Om ni inte gör det låses ditt konto och dina uppgifter tas bort.\n\nVerifiera mitt konto"),
    # near-misses: a customer who asks why the account is blocked, or wants the data erased because of the GDPR
    ('other', set(), 'Konto', "Hej! Varför har mitt konto spärrats? Jag kan inte logga in längre."),
    ('request', {'erasure'}, 'GDPR', "På grund av GDPR vill jag att ni raderar mitt konto och mina uppgifter permanent."),
    ('request', {'access'}, 'Mina uppgifter', "Hej, jag vill veta vilka personuppgifter ni har om mig. Ni kan verifiera mina uppgifter med BankID om det behövs."),
    # a consent said as "ok" or "ja", taken back: "jag tar tillbaka mitt ok att ni använder bilden" (blind38b sv-010)
    ('request', {'consent_withdrawal'}, 'bilden på insta!!', "heeej!! jag skickade in en bild till er tävling och ni la upp den på er insta. men man ser mitt ansikte... jag tar tillbaka mitt ok att ni använder bilden, kan ni ta bort den??"),
    ('request', {'consent_withdrawal'}, 'Bild', "Jag drar tillbaka mitt ja till att ni visar min bild på er sida."),
    ('request', {'consent_withdrawal'}, 'Video', "Vi tar tillbaka vårt okej till att ni använder filmen med vårt hus på er sida."),
    ('other', set(), 'Beställning', "Jag tar tillbaka min beställning, kan ni makulera den?"),
    ('other', set(), 'Offert', "Tar tillbaka mitt ok, jag hittade en billigare offert."),
    # sales calls refused in capitals and with the infinitive cut: "SLUTA RING MIG", "vill inte ha några
    # försäljningssamtal" (blind37b sv-014)
    ('request', {'marketing_ban'}, 'SLUTA RING', "NI HAR RINGT MIG TRE GÅNGER DENNA VECKA OM ETT LARMAVTAL. JAG VILL INTE HA NÅGRA FÖRSÄLJNINGSSAMTAL. SLUTA RING MIG!!!\n\nBENGT"),
    ('request', {'marketing_ban'}, 'Samtal', "sluta ring hit och sälj larm, jag är inte intresserad"),
    ('request', {'marketing_ban'}, 'Försäljning', "Jag undanber mig alla försäljningssamtal från er."),
    ('other', set(), 'Larm', "Larmet piper hela natten, hur får jag det att sluta?"),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t37_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
