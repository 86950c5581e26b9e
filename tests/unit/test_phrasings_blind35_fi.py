"""Issue 12, blind35a/b and blind36a/b (Finnish): the families behind their misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# Marketing named, then turned down in speech: "niitä tulee viikoittain ..., ei kiitos enää".
NO_THANKS_ANY_MORE = [
    ('request', {'erasure', 'marketing_ban'}, 'tili pois',
     'Eli voitteko hävittää sen tilin ja mun tiedot sieltä kokonaan. Ja sama koskee noita teidän mainospostia, niitä tulee '
     'sähköpostiin varmaan kerran viikossa ja välillä tekstarina, ei kiitos enää.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Uutiskirjeitä tulee joka viikko, ei kiitos enää.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Teidän tarjousviestejä tulee monta päivässä. Ei kiitos enää.'),
    ('request', {'marketing_ban'}, 'tekstarit', 'mainostekstarit saa jäädä pois, ei kiitos enää'),
    ('request', {'marketing_ban'}, 'Tarjoukset', 'Tarjousviestejä en tarvitse enää.'),
    # near-misses: a product turned down; thanks for a quote
    ('other', set(), 'Tarjous', 'Kiitos tarjouksesta, mietin vielä. Ei kiirettä.'),
    ('other', set(), 'Lisävaruste', 'Tarjositte lisävakuutusta kameraan. Ei kiitos, en tarvitse sitä.'),
]

# "en pyydä X enkä halua, että Y": the second wish is negated too ("enkä" is "ja en").
NOR_DO_I_WANT = [
    ('request', {'portability'}, 'Ostohistoria',
     'Pyydän, että toimitatte minulle antamani tiedot koneluettavassa muodossa (CSV). Selvyyden vuoksi: en pyydä tietojeni '
     'poistamista enkä halua, että asiakastiliäni suljetaan.'),
    ('request', {'access'}, 'Tiedot', 'Lähettäkää kopio tiedoistani. En halua poistaa mitään enkä halua, että tiliäni suljetaan.'),
    ('request', {'rectification'}, 'Osoite', 'Korjatkaa osoitteeni Kuusitie 4:ksi. Tili saa jäädä, enkä halua, että tietojani poistetaan.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Lopettakaa uutiskirje. Emme pyydä muuta emmekä halua, että tilimme suljetaan.'),
    # near-miss: a positive wish after "enkä": still asked
    ('request', {'erasure'}, 'Tili', 'En tarvitse tiliä enkä aio tilata, joten haluan, että tilini suljetaan.'),
]

# The sending of marketing named just before, asked to stop with a pronoun: "toivoisin, että niiden lähettäminen loppuu".
THEIR_SENDING_STOPS = [
    ('request', {'erasure', 'marketing_ban'}, 'Isäni tiedot',
     'Pyytäisin, että isän asiakastili ja tiedot poistetaan. Äidille on myös alkanut tulla isän nimellä osoitettuja '
     'mainoskirjeitä ja alennuskoodeja. Toivoisin, että niiden lähettäminen loppuu heti.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Saan teiltä mainoksia. Pyydän, että niiden lähettäminen lopetetaan.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Teiltä tulee uutiskirjeitä joka viikko. Niiden tulo saa loppua.'),
    ('request', {'marketing_ban'}, 'tekstarit', 'tarjoustekstareita tulee. niitten lähettäminen pitää lopettaa'),
    # near-misses: an order's parcels, no marketing before
    ('other', set(), 'Tilaus', 'Tilasin kaksi kameraa. Toivoisin, että niiden lähettäminen tapahtuu heti.'),
    ('other', set(), 'Laskut', 'Saan laskut paperilla. Milloin niiden lähettäminen loppuu, kun vaihdoin e-laskuun?'),
]

# Spoken "et" (= "että") in a refusal of marketing use: "en halua et mun tietoja käytetään mihinkään markkinointiin".
SPOKEN_ET_NO_MARKETING = [
    ('followup', {'marketing_ban'}, 'Vastaus',
     'kiitti listasta. siinä tapauksessa en halua et mun tietoja käytetään enää mihinkään markkinointiin teillä tai niillä, '
     'ei mainoksia ei viestejä'),
    ('request', {'marketing_ban'}, 'Mainonta', 'en halua et mun numeroa käytetään mihinkään mainontaan'),
    ('request', {'marketing_ban'}, 'Mainonta', 'emme halua et meidän tietoja jaetaan mihinkään markkinointiin'),
    ('request', {'marketing_ban'}, 'Kohdennus', 'en tahdo et mun sähköpostia ladataan mihinkään mainosten kohdentamiseen'),
    # near-miss: marketing use allowed
    ('other', set(), 'Kysymys', 'käytättekö mun tietoja mihinkään markkinointiin? ihan vaan kysyn'),
]

# No transfer or use until a dispute is settled ("ette siirrä ... ennen kuin ..."), and processing to be stopped
# ("käsittely pitää pysäyttää siihen asti").
NO_TRANSFER_UNTIL_SETTLED = [
    ('request', {'restriction'}, 'Perintä',
     'Vaadin, että ette siirrä minun tietojani enää perintäyhtiölle tai käytä niitä mihinkään muuhun ennen kuin tämä asia on '
     'selvitetty. Tiedot saa pitää, en pyydä niiden poistamista, koska tarvitsen ne itsekin todisteeksi, mutta niiden '
     'käsittely pitää pysäyttää siihen asti.'),
    ('request', {'restriction'}, 'Perintä', 'Vaadin, että ette siirrä tietojani perintätoimistolle ennen kuin reklamaatio on käsitelty.'),
    ('request', {'restriction'}, 'Lasku', 'Ette siirrä tietojani eteenpäin kunnes asia on selvitetty.'),
    ('request', {'restriction'}, 'Riita', 'Tietojeni käsittely pitää pysäyttää, kunnes riita on ratkaistu.'),
    ('request', {'restriction'}, 'Riita', 'Pysäyttäkää tietojeni käsittely siksi aikaa, kun asiaa selvitetään.'),
    ('request', {'restriction'}, 'Riita', 'Tiedot saa pitää, mutta niiden käsittely pitää keskeyttää siihen asti, kun asia on selvä.'),
    # near-misses: an order held, a parcel not sent on
    ('other', set(), 'Tilaus', 'Tilauksen käsittely pitää pysäyttää, kunnes saan palkan.'),
    ('other', set(), 'Paketti', 'Ette siirrä pakettia toiseen noutopisteeseen ennen kuin soitan?'),
    ('other', set(), 'Paketti', 'Te ette siirrä pakettia toiseen noutopisteeseen ennen kuin maksan, sanoi asiakaspalvelu.'),
    ('request', {'restriction'}, 'Numero', 'Ette siirrä numeroani eteenpäin kunnes asia on selvitetty.'),
]

# "Kiellän" misspelled "kieltän": a ban all the same.
I_FORBID_MISSPELT = [
    ('request', {'marketing_ban'}, 'Facebook-mainokset',
     'Huomasin, että olette ladanneet sähköpostiosoitteeni mainoskohdennusta varten. Kieltän tietojeni käytön mainosten '
     'kohdentamiseen somessa ja muualla. Uutiskirje saa tulla edelleen.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Kieltän tietojeni käytön mainontaan.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Me kieltämme osoitteemme käytön suoramarkkinointiin.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Kiellän numeroni käytön puhelinmyyntiin.'),
    # near-miss: what the law forbids
    ('other', set(), 'Kysymys', 'Eikö laki kieltää mainosten lähettämisen ilman lupaa? Mietin vain yleisesti.'),
]

# A detail recorded "as" a value, the year of birth too ("syntymävuodeksi on merkitty 1986, oikea on 1968"), then
# "korjatkaa nämä".
YEAR_OF_BIRTH_RECORDED = [
    ('followup', {'rectification'}, 'Rekisteriote',
     'Kiitos otteesta, tuli selväksi.\n\nHuomasin että syntymävuodeksi on merkitty 1986, oikea on 1968. Myös sukunimi on '
     'yhdessä osoitteessa muodossa "Lindros". Korjatkaa nämä.'),
    ('request', {'rectification'}, 'Tiedot', 'Teillä on syntymävuodekseni merkitty 1975. Oikea on 1957. Korjatkaa se.'),
    ('request', {'rectification'}, 'Tiedot', 'Syntymävuodeksi on kirjattu 1990, vaikka olen syntynyt 1980. Voisitteko korjata sen?'),
    # near-miss: a product's year
    ('other', set(), 'Kamera', 'Kameran valmistusvuodeksi on merkitty 2019, oikea on 2021. Onko takuu voimassa?'),
]

# How data is handled, asked before buying by someone with no account: a question about practice, not access.
HOW_DATA_IS_HANDLED = [
    ('other', set(), 'kysymys tietosuojasta',
     'Hei, ihan yleisellä tasolla kysyn: kauanko säilytätte tilaustiedot, ja tallentuuko kameroiden kuva teidän palvelimille? '
     'Harkitsen ostamista kotiin mutta haluan ensin tietää miten tiedot käsitellään. Minulla ei ole vielä tiliä teillä.'),
    ('other', set(), 'Tietosuoja', 'Haluaisin tietää, miten tiedot säilytetään, ennen kuin ostan hälyttimen.'),
    ('other', set(), 'Tietosuoja', 'Haluan tietää, kuinka tiedot suojataan, jos otan sovelluksen käyttöön.'),
    # near-miss: the writer's own data
    ('request', {'access'}, 'Tietoni', 'Haluan tietää, miten minun tietojani käsitellään ja mitä tietoja teillä on minusta.'),
]

ALL = (NO_THANKS_ANY_MORE + NOR_DO_I_WANT + THEIR_SENDING_STOPS + SPOKEN_ET_NO_MARKETING + NO_TRANSFER_UNTIL_SETTLED
       + I_FORBID_MISSPELT + YEAR_OF_BIRTH_RECORDED + HOW_DATA_IS_HANDLED)


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind35_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
