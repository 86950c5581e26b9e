"""Issue 12, blind39a/b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial, dialect and formal, with near-misses that must not change; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# Marketing refused as a verbless noun phrase with "enää" before it and words between: "Eikä sitte enää niitä
# mainoksia sähköpostiin", "ei sitten enää näitä uutiskirjeitä", beside an erasure or alone.
NO_MORE_OF_THOSE_ADS = [
    ('request', {'erasure', 'marketing_ban'}, 'tiedot pois',
     'Poistakaa kaikki mun tiedot rekisteristä. Eikä sitten enää niitä mainoksia sähköpostiin, niitä tulee joka viikko.'),
    ('request', {'marketing_ban'}, 'mainokset', 'eikä enää niitä tarjousviestejä kiitos'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Ei sitten enää näitä uutiskirjeitä minulle.'),
    ('request', {'marketing_ban'}, 'tekstarit', 'ja ei kyllä enää noita tekstiviestejä, ne tulee aina yöllä'),
    ('request', {'marketing_ban'}, 'mainokset', 'Ei enää mainoksia sähköpostiin, kiitos.'),
    ('request', {'erasure', 'marketing_ban'}, 'tieot', 'Poestakee mun tiedot rekisteristä. Eikä sitte ennää niitä mainoksia.'),
    # near-misses: none come any more, none seen, a wish to get them
    ('other', set(), 'Mainokset', 'Eikä enää niitä mainoksia ole tullut, onko kampanja ohi?'),
    ('other', set(), 'Tarjoukset', 'Ei sitten enää niitä tarjouksia näy sivulla, missä ne on?'),
    ('other', set(), 'Uutiskirje', 'Ei enää uutiskirjeitä tule, vaikka tilasin ne. Voisitteko tarkistaa tilauksen?'),
]

# What staff wrote down about the writer, asked with "kirjoittaa" (write), in speech and dialect: "mää haluasin
# tiettä mitä te olett kirjottanu ylös must", "mitä minusta on kirjoitettu asiakastietoihin".
WHAT_YOU_WROTE_ABOUT_ME = [
    ('request', {'access'}, 'puhelut',
     'Soitin teille kaksi kertaa. Haluaisin tietää mitä te olette niistä puheluista kirjoittaneet ylös minusta.'),
    ('request', {'access'}, 'merkinnät', 'mää haluasin tiettä mitä te olett kirjottanu ylös must. lähettäkää ne mulle.'),
    ('request', {'access'}, 'muistiinpanot', 'Kertokaa mitä minusta on kirjoitettu asiakastietoihin.'),
    ('request', {'access'}, 'tiedot', 'mitä te ootte musta kirjotellu sinne järjestelmään? lähettäkää ne mulle'),
    ('request', {'access'}, 'Merkinnät', 'Mitä asiakaspalvelu on kirjoittanut minusta muistiin? Haluan nähdä ne.'),
    # near-misses: a product page, a newspaper, an order confirmation
    ('other', set(), 'Tuotesivu', 'Mitä te olette kirjoittaneet tuotesivulle tästä kamerasta? En löydä sitä.'),
    ('other', set(), 'Lehti', 'Luin mitä lehdessä kirjoitettiin teistä. Onko uusi kamera tulossa myyntiin?'),
    ('other', set(), 'Tilaus', 'Mitä kirjoititte tilausvahvistukseen toimitusajasta? En ymmärrä sitä.'),
]

# A wrong name or address told in speech or dialect: "se pitäs olla Leppänen", "mun nimi o väärin", "korjatkka se".
WRONG_DETAIL_IN_DIALECT = [
    ('request', {'rectification'}, 'nimi',
     'Teidän laskuissa mun nimi on Lepänen yhdellä p:llä, vaikka sen pitäs olla Leppänen. Korjatkaa se.'),
    ('request', {'rectification'}, 'nimi', 'kaikis papereis mun nimi o väärin. korjatkka se.'),
    ('request', {'rectification'}, 'osoite', 'Mun osoite o teijän systeemis väärin, se pitäis olla Kauppakatu 3.'),
    ('request', {'rectification'}, 'numero', 'Puhelinnumero teillä pitäs olla 040 123 4567 eikä 040 123 4576. Korjatkee se.'),
    ('request', {'rectification'}, 'sukunimi', 'Mun sukunimi on teillä Lepänen. Oikea on Leppänen. Korjatkee se.'),
    ('request', {'access', 'rectification'}, 'nimest ja puheluist',
     'Teijä laskuis mun nimi o Lepänen, ko se pitäs olla Leppänen. Korjatkka se.\n\n'
     'Ja mää haluasin tiettä mitä te olett niist puheluist kirjottanu ylös must. Lähettäkä ne mul kans.'),
    # near-misses: a product that should work, an order that came wrong, a name that is right
    ('other', set(), 'Kamera', 'Kameran akku pitäs kestää kaks päivää, mutta se loppuu tunnissa. Korjatkaa se.'),
    ('other', set(), 'Nimi', 'Mun nimi on Leppänen ja se on laskussa oikein. Summa vaan pitäs olla pienempi, tarkistakaa se.'),
]

# A word that ends in "-ni" without being a possessive ("meni", "pieni") after a device's update or repair: no
# detail of the writer's named, so no correction of the record ("se keskusyksikkö toimii kun päivitys meni läpi").
AN_UPDATE_THAT_WENT_THROUGH = [
    ('other', set(), 'kiitos', 'Kiitos avusta, laite toimii nyt hyvin kun päivitys meni läpi.'),
    ('other', set(), 'Korjaus', 'Korjaus meni nopeasti ja kamera toimii taas. Kiitos!'),
    ('other', set(), 'Päivitys', 'Päivitys oli pieni, mutta nyt sovellus toimii.'),
    ('other', set(), 'Päivitys', 'Päivitys meni hyvin ja puhelimeni toimii taas.'),
    ('request', {'marketing_ban'}, 'kiitos + yks juttu',
     'Kiitos avusta, keskusyksikkö toimii kun päivitys meni läpi. Mulle tulee teiltä tekstiviestejä tarjouksista vaikka '
     'en oo antanut lupaa. Lopettakaa ne.'),
    # near-misses: the writer's own detail still corrected
    ('request', {'rectification'}, 'Osoite', 'Päivittäkää osoitteeni, muutin Tampereelle.'),
    ('request', {'rectification'}, 'Nimi', 'Korjatkaa nimeni, se meni väärin tilillä.'),
    ('request', {'rectification'}, 'Numero', 'Päivittäkää puhelinnumeroni, vanha meni pois käytöstä.'),
    ('request', {'rectification'}, 'Nimi', 'Korjaus nimeeni, kiitos: Leppänen eikä Lepänen.'),
]

ALL = NO_MORE_OF_THOSE_ADS + WHAT_YOU_WROTE_ABOUT_ME + WRONG_DETAIL_IN_DIALECT + AN_UPDATE_THAT_WENT_THROUGH


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind39_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
