"""Issue 12, blind24a/blind24b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# An order the writer never made, shown "in my name": correcting the record so that it is not the writer's is a
# rectification of the record, not a correction of one order's details.
DISPUTED_ORDER = [
    ('request', {'rectification'}, 'Tilaus', 'Ostohistoriassani on tilaus, jota en ole tehnyt. Korjatkaa tietoni niin, ettei se tilaus ole minun nimissäni.'),
    ('request', {'rectification'}, 'Virhe', 'Pyydän että korjaatte tietoni niin, ettei tilaus 5123 ole enää nimissäni.'),
    ('request', {'rectification'}, 'tilaus', 'mun tilillä näkyy tilaus jota en oo tehny. korjatkaa mun tiedot niin ettei se tilaus oo mun nimissä'),
    ('request', {'rectification'}, 'Tilaus', 'Tililleni on kirjattu tilaus 7781, jota en ole tilannut. Korjatkaa tilaus pois tiedoistani.'),
    ('request', {'rectification', 'restriction'}, 'Tilaus', 'Korjatkaa tietoni niin, ettei tilaus 40917 ole nimissäni. Siihen asti kun asia on selvitetty, älkää käyttäkö näitä tietoja mihinkään.'),
    # near-misses: one order's own details, or an order to be put in the writer's name, are no correction of the record
    ('other', set(), 'Tilaus 5512', 'Tilauksen 5512 toimitusosoite on väärin, korjatkaa se ennen kuin paketti lähtee.'),
    ('other', set(), 'Tilaus', 'Voitteko muuttaa tilauksen 3310 minun nimiini? Tilasin sen vaimon tunnuksilla.'),
    ('other', set(), 'Tilaus', 'Korjatkaa tilaukseni 4410 toimitusosoite, en asu enää siellä.'),
]

# Automated scoring or an automated decision refused in a subordinate clause: "(sanon suoraan) etten hyväksy, että
# minua pisteytetään", "enkä hyväksy riskiluokitusta": an objection (Art. 21(1)/22), not a question.
SCORING_REFUSED = [
    ('request', {'objection'}, 'Osamaksu', 'Sanon suoraan etten hyväksy, että minua pisteytetään jollain automaattisella riskiluokituksella.'),
    ('request', {'objection'}, 'Pisteytys', 'Ilmoitan, etten hyväksy asiakkaiden automaattista pisteyttämistä minun kohdallani. Lopettakaa se.'),
    ('request', {'objection'}, 'Luokitus', 'Osamaksuni hylättiin sekunnissa, enkä hyväksy että minut laitetaan koneen riskiluokitukseen. Lopettakaa se minun osalta.'),
    ('request', {'objection'}, 'Päätös', 'En hyväksy, että hakemuksestani tehdään automaattinen päätös ilman ihmistä.'),
    ('request', {'access', 'objection'}, 'Osamaksu', 'Haluan tietää mitä tietoja minusta käytettiin päätökseen. Ja sanon suoraan, etten salli että minua pisteytetään automaattisesti.'),
    # near-misses: asked about, or not understood, is no objection
    ('other', set(), 'Osamaksu', 'Osamaksuni hylättiin heti. Miten teidän riskiluokitus toimii ja voinko hakea uudestaan?'),
    ('other', set(), 'Luottoluokitus', 'En ymmärrä, miksi osamaksua ei myönnetty. Onko vika luottoluokituksessa?'),
]

# A recording of the writer's call asked for as "äänite" (a sound recording), and what has been "written down" about
# the writer ("mitä olette minusta kirjanneet"): access.
RECORDING_AND_NOTES = [
    ('request', {'access'}, 'Puhelu', 'Soitin asiakaspalveluun viime viikolla. Lähettäkää minulle kopio puhelun äänitteestä.'),
    ('request', {'access'}, 'Nauhoitus', 'Puheluni kuulemma nauhoitettiin. Toimittakaa minulle se äänite.'),
    ('request', {'access'}, 'Äänite', 'Saisinko äänitteen puhelustani 3.5. asiakaspalveluunne?'),
    ('request', {'access'}, 'Tiedot', 'Kertokaa mitä muuta olette minusta kirjanneet.'),
    ('request', {'access'}, 'tiedot', 'mitä te ootte musta kirjannu ylös kun soitin?'),
    ('request', {'access', 'marketing_ban'}, 'Puhelun nauhoitus', 'Soitin teille 6.10. Lähettäkää minulle kopio siitä äänitteestä ja kertokaa mitä muuta olette minusta kirjanneet.\n\nPS. Älkää soittako minulle enää myyntipuheluita.'),
    # near-misses: whether calls are recorded, an order's entry, a copy of an invoice
    ('other', set(), 'Puhelut', 'Äänitetäänkö asiakaspalvelupuhelunne?'),
    ('other', set(), 'Tilaus', 'Mitä olette kirjanneet tilaukseen 4410 toimitusosoitteeksi?'),
    ('other', set(), 'Lasku', 'Lähettäkää minulle kopio laskusta, se on hukassa.'),
]

# Finnish cold sales mail: a free first analysis or trial, "varataanko 15 min puhelu?", and the opt-out footer
# "jos et halua enempää viestejä, vastaa EI". One cue alone is a customer's; two are a pitch.
COLD_SALES = [
    ('spam', set(), 'Näkyvyys', 'Hei! Huomasin, että yrityksenne ei näy Googlen etusivulla. Ensimmäinen analyysi ilmaiseksi! Varataanko 15 min puhelu ensi viikolle?'),
    ('spam', set(), 'Hakutulokset', 'Moi, nostamme yritykset hakutulosten kärkeen. Sovitaanko lyhyt puhelu tiistaille?\n\nJos et halua enempää viestejä, vastaa EI.'),
    ('spam', set(), 'Hakukoneoptimointi', 'Hakukoneoptimointi kiinteään kuukausihintaan. Kartoitus veloituksetta, varataanko 20 minuutin palaveri?'),
    ('spam', set(), 'Automaatio', 'Tarjoamme markkinointiautomaatiota verkkokaupoille. Demo maksutta!\n\nJos ette halua lisää viestejä meiltä, vastatkaa EI.'),
    # near-misses: a customer asking for a call, or not finding a product by search
    ('other', set(), 'Asennus', 'Sovitaanko puhelu huomiseksi? Haluaisin kysyä hälyttimen asennuksesta.'),
    ('other', set(), 'Haku', 'Kävin teidän verkkosivuilla, mutta en löytänyt hakusanalla "älylukko" mitään. Myyttekö niitä?'),
    ('other', set(), 'Kokeilu', 'Saako sovelluksen kokeilu ilmaiseksi vai pitääkö ostaa lisenssi heti?'),
]


@pytest.mark.parametrize("kind, intents, subject, body", DISPUTED_ORDER, ids=[p[3][:40] for p in DISPUTED_ORDER])
def test_disputed_order_in_my_name(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", SCORING_REFUSED, ids=[p[3][:40] for p in SCORING_REFUSED])
def test_automated_scoring_refused(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", RECORDING_AND_NOTES, ids=[p[3][:40] for p in RECORDING_AND_NOTES])
def test_recording_and_notes_asked(kind, intents, subject, body):
    check(kind, intents, subject, body)


@pytest.mark.parametrize("kind, intents, subject, body", COLD_SALES, ids=[p[3][:40] for p in COLD_SALES])
def test_finnish_cold_sales_mail(kind, intents, subject, body):
    check(kind, intents, subject, body)
