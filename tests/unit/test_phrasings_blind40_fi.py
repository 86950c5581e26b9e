"""Issue 12, blind40a/b and blind41a/b (Finnish): the families behind their misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not change; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# A detail of a compound name ("postinumero", "kotiosoite") told wrong against what it should be ("postinumero on 57130
# vaikka pitäis olla 57170"), then "korjatkaa nuo" with no detail named after the verb.
COMPOUND_DETAIL_SHOULD_BE = [
    ('request', {'rectification'}, 'korjaus',
     'Huomasin että tilillä postinumero on 57130 vaikka pitäis olla 57170. Voisitteko korjata nuo.'),
    ('request', {'rectification'}, 'Postinumero', 'Postinumeroni pitäisi olla 00550 eikä 00500, korjatkaa se.'),
    ('request', {'rectification'}, 'osoite', 'Mun kotiosoite teillä on Kauppakatu 3 mut sen pitäs olla Kauppakatu 5.'),
    ('request', {'rectification'}, 'numero', 'Asiakastiedoissa mun postinumero on väärä, sen kuuluis olla 33100.'),
    # near-misses: a parcel's tracking number, a product's serial number
    ('other', set(), 'Paketti', 'Seurantanumero on 123 vaikka pitäis olla jo toimitettu, missä paketti on?'),
    ('other', set(), 'Kamera', 'Sarjanumero on tarrassa, pitääkö se olla rekisteröity ennen takuuta?'),
]

# A detail taken out of the shop's system as a whole, named bare ("poistakaa koko numero teidän järjestelmästä"),
# beside a marketing ban or alone.
DETAIL_OUT_OF_YOUR_SYSTEM = [
    ('request', {'erasure', 'marketing_ban'}, 'soitot',
     'LOPETTAKAA HETI SOITOT TÄHÄN NUMEROON JA POISTAKAA KOKO NUMERO TEIÄN JÄRJESTELMÄSTÄ'),
    ('request', {'erasure'}, 'numero', 'Poistakaa tämä puhelinnumero järjestelmästänne.'),
    ('request', {'erasure'}, 'sähköposti', 'poistakaa se sähköpostiosoite kokonaan teidän rekisteristä'),
    ('request', {'erasure'}, 'osoite', 'Poistakaa osoite teidän systeemistä, en asu siellä enää enkä halua olla asiakas.'),
    # near-misses: a product out of the basket, an order line
    ('other', set(), 'Ostoskori', 'Poistakaa tuote ostoskorista, se jäi järjestelmään vaikka tilaus peruttiin.'),
    ('other', set(), 'Tilaus', 'Miten poistan tuotteen tilauksesta järjestelmässä?'),
]

# Marketing to the writer refused with the verb itself ("en halua, että minulle markkinoi kukaan"), or the writer's
# data kept from any use for it ("ettei niitä tietoja käytetä mihinkään markkinointiin", "ette saa laittaa mun
# sähköpostia mihinkään mainoskohdennukseen").
NO_MARKETING_TO_ME = [
    ('request', {'access', 'marketing_ban'}, 'kumppanit',
     'Mitä tietoja minusta on mennyt kumppaneille? Haluan tietää.\n\n'
     'En myöskään halua että minulle markkinoi kukaan minun tietojen perusteella, ei te eikä mitkään kumppanit.'),
    ('request', {'marketing_ban'}, 'markkinointi', 'En halua, että minulle markkinoidaan mitään.'),
    ('request', {'marketing_ban'}, 'mainonta', 'en halua et mulle mainostetaan enää mitään'),
    ('followup', {'marketing_ban'}, 'Poistopyyntö',
     'Ok, ymmärrän että laskut säilytetään. Mutta sitten haluan ainakin sen, ettei niitä säilytettäviä tietoja käytetä '
     'mihinkään markkinointiin.'),
    ('request', {'marketing_ban'}, 'tiedot', 'Pyydän, ettei tietojani käytetä markkinointiin.'),
    ('request', {'access', 'marketing_ban'}, 'Facebook',
     'Ette saa laittaa mun sähköpostia tai puhelinnumeroa mihinkään Facebookin mainoskohdennukseen.\n\n'
     'Ja haluisin tietää mitä tietoja ootte antaneet markkinointikumppaneille.'),
    ('request', {'marketing_ban'}, 'Facebook', 'Ette saa antaa mun puhelinnumeroa mihinkään mainontaan.'),
    # near-misses: marketing of a product, a use restricted to anything else, no marketing word at all
    ('other', set(), 'Kamera', 'En halua että markkinoitte tätä kameraa väärin tiedoin, sen kantama ei ole 50 m.'),
    ('other', set(), 'Mainos', 'Näin mainoksenne lehdessä. Markkinoitteko tätä kameraa myös mökkeihin?'),
]

# Marketing the writer says they do not forbid ("en kiellä markkinointia", "uutiskirje saa tulla edelleen, en kiellä"),
# beside what they do ask: no marketing ban. "Kiellän" (I forbid) stays one.
NOT_FORBIDDEN = [
    ('request', {'erasure'}, 'tiedot',
     'Uutiskirje saa tulla edelleen, en kiellä markkinointia, mutta poistakaa ostohistoriani tiedot.'),
    ('request', {'erasure'}, 'tiedot', 'En kiellä uutiskirjeitä, mutta poistakaa kaikki vanhat tietoni.'),
    ('request', {'erasure'}, 'tili', 'Poistakaa tilini. Emme kiellä markkinointia muuten, kunhan tili lähtee.'),
    # near-misses: the ban itself
    ('request', {'marketing_ban'}, 'Kielto', 'Kiellän markkinoinnin.'),
    ('request', {'marketing_ban'}, 'Kielto', 'Kiellän kaiken suoramarkkinoinnin minulle.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Uutiskirjeen lähettäminen minulle on kielletty, kiellän sen.'),
]

CASES = COMPOUND_DETAIL_SHOULD_BE + DETAIL_OUT_OF_YOUR_SYSTEM + NO_MARKETING_TO_ME + NOT_FORBIDDEN


@pytest.mark.parametrize("kind, intents, subject, body", CASES, ids=[c[3][:40] for c in CASES])
def test_phrasing_blind40_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
