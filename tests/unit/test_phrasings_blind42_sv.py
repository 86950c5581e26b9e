"""Phrasing families from blind42a/b and blind43a/b, Swedish (branch t42sv)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # an order, invoice or serial number given with a hedge ("Ordernumret ska vara AS-2026-10402"): a reference to
    # the order, never a detail of the record to correct (blind43b sv-020)
    ('other', set(), 'Rörelsedetektor fungerar int', "Hej!\n\nRörelsedetektorn som ja köpte i februari har slutat fungera. Kan ja skicka tillbaka den på garantin? Ordernumret ska vara AS-2026-10402.\n\nStig"),
    ('other', set(), 'Reklamation', "Hej, kameran har gått sönder. Beställningsnumret ska vara 55123, om jag minns rätt."),
    ('other', set(), 'Faktura', "Hej, jag betalade fakturan i går. Fakturanumret skulle vara 2026-118, men jag hittar inte pappret."),
    ('other', set(), 'Garanti', "Larmet fungerar inte. Serienumret ska vara SN-44821 enligt lådan."),
    # near-misses: a detail of the record stated wrong with its right value is still a correction
    ('request', {'rectification'}, 'Adress', "I mitt konto står det husnummer 41, det ska vara 14."),
    ('request', {'rectification'}, 'Nummer', "Telefonnumret i ert kundregister ska vara 040 123 4567, inte det gamla."),
    # an account told apart by the old detail it was registered on: no correction (blind43b sv-013)
    ('request', {'erasure'}, 'Radera gammalt konto', "Hej,\n\nJag har av misstag två kundkonton hos er. Det ena är registrerat på min gamla e-postadress, som jag inte längre använder. Jag vill att det kontot raderas helt.\n\nMärta"),
    ('request', {'erasure'}, 'Dubbelkonto', "Jag har ett konto som är kopplat till mitt gamla telefonnummer. Radera det kontot, tack."),
    ('request', {'erasure'}, 'Konto', "Det andra kontot skapades med min tidigare e-postadress. Jag vill att det kontot raderas."),
    # near-miss: the old detail still on the record is a correction
    ('request', {'rectification'}, 'Adress', "Ni skickar fortfarande till min gamla adress. Min nya adress är Storgatan 1, 65100 Vasa."),
    # a misspelt name said as "fel stavat" and corrected by pronoun (blind43b sv-005)
    ('request', {'rectification'}, 'Namn', "Ni har hennes namn fel stavat på adresslappen. Det ska vara Ingegerd med e. Kan ni rätta det?"),
    ('request', {'rectification'}, 'Namn', "Mitt efternamn är fel stavat i ert register, kan ni rätta det."),
    ('request', {'rectification'}, 'Namn', "Ni har mitt namn fel stavat i kundregistret."),
    ('other', set(), 'Förlåt', "Jag stavade fel i förra mejlet, förlåt. Paketet ska till Vasa."),
    # the new detail told in the Ostrobothnian "e" for "är" (blind42a sv-001)
    ('request', {'rectification'}, 'adress', "Ja ha flytta ti Vasa. Nya adressen e Handelsesplanaden 9 B 14, 65100 Vasa. Kan ni byta he i systeme?"),
    ('request', {'rectification'}, 'nummer', "Mitt nya nummer e 040 555 1234, ändra he i kundregistret."),
    ('request', {'marketing_ban', 'rectification'}, 'adress', "Nya adressen e Skolgatan 3 i Jakobstad. Å ja vill int ha era reklamblad mera."),
    ('other', set(), 'Leverans', "Ja undrar när paketet kommer, e he på väg?"),
    # everything tied to a fraudulent order erased once it is cleared (blind42a sv-006)
    ('request', {'erasure', 'restriction'}, 'Bedrägeri', "Någon har beställt i mitt namn. Tills det är utrett vill jag att ni begränsar behandlingen av mina uppgifter. När utredningen är klar vill jag att allt som hör ihop med den här beställningen raderas hos er."),
    ('request', {'erasure'}, 'Bedrägeri', "Beställningen är inte gjord av mig. Jag vill att allt som rör den beställningen raderas."),
    ('other', set(), 'Beställning', "Jag vill att allt som hör ihop med beställningen skickas i samma paket."),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t42_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
