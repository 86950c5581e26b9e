"""Issue 12, blind44a/b and blind45a/b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# Marketing no longer needed with the receiver before "enää" ("ei tarvitse mulle enää lähettää"), or advertising itself
# refused as a verb ("älkää mainostako minulle", "eikä minulle tarvitse mainostaa").
NO_NEED_TO_ADVERTISE = [
    ('request', {'marketing_ban'}, 'Kuvastot',
     'Niitä paperisia kuvastoja ja tarjouskirjeitä ei tarvitse mulle enää lähettää, ne menee suoraan roskiin.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Mainoskirjeitä ei tarvitse minulle enää postittaa.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Älkää mainostako minulle mitään, kiitos.'),
    ('request', {'marketing_ban'}, 'mainonta', 'elkee mainostako miulle mittään enää'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Ostin teiltä kerran lampun, eikä minulle tarvitse sen takia mainostaa.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Minulle ei tarvitse enää mainostaa mitään.'),
    # near-misses: a product that needs no advertising, a receipt that need not be sent again, our ads talked about
    ('other', set(), 'Tuote', 'Tätä lamppua ei tarvitse mainostaa, se myy itsensä.'),
    ('other', set(), 'Kuitti', 'Kuittia ei tarvitse mulle enää lähettää, löysin sen.'),
    ('other', set(), 'Mainos', 'Mainostatteko tätä kameraa myös lehdessä?'),
]

# What is held about the writer, asked with "minusta on teillä tallessa" in either order, or "mitähän muuta".
WHAT_YOU_KEEP_ON_ME = [
    ('request', {'access'}, 'Tiedot', 'Lähettäkää minulle sähköpostiin mitä kaikkea minusta on teillä tallessa.'),
    ('request', {'access'}, 'Tiedot', 'Mitähän muuta teillä on minusta tallessa? Kiinnostaisi tietää.'),
    ('request', {'access'}, 'tiedot', 'mitähän kaikkee musta on teil tallessa?'),
    ('request', {'access'}, 'Tiedot', 'Kertokaa mitä minusta on teillä tallennettuna.'),
    # near-misses: an order's details, and deleting what is held
    ('other', set(), 'Tilaus', 'Mitä teillä on minusta tilauksesta tietoa? Paketti ei ole tullut.'),
    ('other', set(), 'Tilaus', 'Mitähän teillä on minusta tilauksen kohdalla, kun paketti ei ole tullut?'),
    ('request', {'erasure'}, 'Tiedot', 'Poistakaa kaikki mitä minusta on teillä tallessa.'),
]

# In a reply to our case mail: "poistakaa kaikki" in dialect ("miun tiejot") or as much as can be ("kaikki mitä poistaa
# voi") is a new right; whether the data "has been deleted" yet is a status chase.
DELETE_NOW_IN_REPLY = [
    ('followup', {'erasure'}, 'Vastaus', 'Kiitos listasta. No nyt sitte poistakaa kaikki miun tiejot sieltä.'),
    ('followup', {'erasure'}, 'Vastaus', 'Kiitos tiedoista. Poistakaa sitten kaikki mitä poistaa voi, en tilaa enää.'),
    ('followup', {'erasure'}, 'Vastaus', 'Kiitos. Poistakaa nyt kaikki, mitä vain voitte poistaa.'),
    ('request', {'erasure'}, 'Tiedot', 'Poistakaa mun tiejot teidän rekisteristä.'),
    # near-misses: a status chase, whether deleted yet
    ('followup', set(), 'Vastaus', 'no onko ne tiedot jo poistettu vai ei. kuukausi menny.'),
    ('followup', set(), 'Vastaus', 'Onkohan tietoni jo poistettu? Kuukausi on kulunut.'),
    ('followup', set(), 'Vastaus', 'Ovatko tiedot nyt poistettu kaikista järjestelmistä?'),
]

# An out-of-office of a business ("liike on suljettu ... vastaamme viesteihin maanantaina"), told without its headers.
SHOP_CLOSED = [
    ('auto_reply', set(), 'Poissa', 'Kiitos viestistäsi! Liike on suljettu hiihtolomaviikon ajan. Vastaamme viesteihin maanantaina 2.3.'),
    ('auto_reply', set(), 'Suljettu', 'Myymälämme on suljettu 24.–26.12. Vastaamme sähköposteihin 27.12. alkaen.'),
    ('auto_reply', set(), 'Loma', 'Toimisto on suljettu heinäkuun ajan, vastaamme viesteihin elokuussa.'),
    # near-miss: a customer telling that our shop was closed
    ('other', set(), 'Nouto', 'Liikkeenne oli suljettu kun kävin, voinko noutaa paketin huomenna?'),
]

# A copy or the right of access named first and declined after it ("Kopiota tiedoista en tarvitse", "Tarkastusoikeutta en
# nyt käytä"), or the policy's sentence about "the data subject" quoted: no access asked. A copy of data named in a
# compound ("henkilötiedoista") is asked as one of "tiedoista" is.
COPY_DECLINED = [
    ('request', {'erasure'}, 'Tili', 'Poistakaa tilini ja tietoni. Kopiota tiedoista en tarvitse, riittää kun ne poistetaan.'),
    ('request', {'erasure'}, 'tili', 'poistakaa mun tili. kopioo tiedoista en kyllä tarvii.'),
    ('request', {'objection'}, 'Analytiikka',
     'Tarkastusoikeutta en nyt kuitenkaan käytä. Vastustan sitä, että selaustietojani analysoidaan.'),
    ('request', {'objection'}, 'Analytiikka',
     'Selosteessanne sanotaan, että "rekisteröity voi tarkistaa tallennetut henkilötietonsa". Vastustan kuitenkin profilointia.'),
    ('request', {'access'}, 'Kopio', 'Pyydän kopion kaikista minusta tallennetuista henkilötiedoista.'),
    ('request', {'access'}, 'Kopio', 'Lähettäkää jäljennös asiakastiedoistani.'),
    # near-misses: the copy is asked, only the paper is declined; a product's details
    ('request', {'access'}, 'Kopio', 'Kopion tiedoistani haluan sähköpostilla, en tarvitse paperiversiota.'),
    ('other', set(), 'Tuote', 'Voisitteko lähettää kopion tuotetiedoista ennen kuin tilaan?'),
]

ALL = COPY_DECLINED + NO_NEED_TO_ADVERTISE + WHAT_YOU_KEEP_ON_ME + DELETE_NOW_IN_REPLY + SHOP_CLOSED


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind44_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
