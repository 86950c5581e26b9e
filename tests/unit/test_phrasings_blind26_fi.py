"""Issue 12, blind26a/blind26b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# An out-of-office told as a trip ("olen lomamatkalla / työmatkalla / ulkomailla ... asti") and "luen postia
# satunnaisesti", "vastaan kun palaan": the mailbox answering for an absent writer, also inside a case's thread.
AWAY_ON_A_TRIP = [
    ('auto_reply', set(), 'Re: Tilaus', 'Kiitos viestistäsi! Olen lomamatkalla Espanjassa 2.4. asti. Vastaan kun palaan.'),
    ('auto_reply', set(), 'Re: Tarjous', 'Olen työmatkalla Saksassa 14.3. saakka ja luen sähköpostia vain satunnaisesti.'),
    ('auto_reply', set(), 'Re: Uutiskirje', 'Hei, olen ulkomailla toukokuun ajan ja luen viestejä rajoitetusti.'),
    ('auto_reply', set(), 'Re: Tilaus', 'Olen reissussa kuun loppuun ja luen postia harvakseltaan. Vastaan kun palaan.'),
    # near-misses: a trip told in the past, and a request made before the trip
    ('other', set(), 'Nouto', 'Olin lomamatkalla kun paketti tuli, voiko sen vielä noutaa?'),
    ('request', {'erasure'}, 'Tili', 'Olen lomamatkalla 2.4. asti, mutta poistakaa tilini jo ennen sitä.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Luen postia satunnaisesti, joten lopettakaa uutiskirjeen lähettäminen.'),
]

# The spoken plural genitive of the demonstratives ("näitten", "noitten", "niitten") as what is no longer to
# be sent: "lopettakaa näitten lähettäminen", as "näiden".
SPOKEN_GENITIVE = [
    ('request', {'marketing_ban'}, 'Re: Kevätkampanja', 'lopettakaa näitten lähettäminen kiitos. se linkki ei toimi puhelimella'),
    ('request', {'marketing_ban'}, 'Viestit', 'Voisitteko lopettaa niitten lähettämisen minulle?'),
    ('request', {'marketing_ban'}, 'Mainokset', 'lopettakaa jo noitten lähettäminen mulle'),
    ('request', {'marketing_ban'}, 'Viestit', 'Lopettakaa heti näiden lähettäminen.'),
    # near-miss: the sending of an order's parcels is no mail to stop
    ('other', set(), 'Paketit', 'Näitten pakettien lähettäminen kestää liian kauan, milloin tilaus tulee?'),
]

# A stop with its object left out ("lopettakaa heti"), the marketing named in the sentences before, and then
# the writer's number or address to stop it at: "lopettakaa heti, numero 0400 562 118".
STOP_THEN_THE_NUMBER = [
    ('request', {'marketing_ban'}, 'tekstarit', 'en oo ikinä antanu lupaa lähettää mulle mitään tekstareita. nyt tulee joka viikko kampanjaviestejä. lopettakaa heti, numero 0400 562 118'),
    ('request', {'marketing_ban'}, 'Tarjoukset', 'Saan tarjousviestejä joka viikko, vaikka en ole niitä tilannut. Lopettakaa, osoite on maija@example.fi.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Uutiskirjettä tulee edelleen. Lopettakaa nyt, sähköpostini on pekka@example.fi.'),
    ('request', {'marketing_ban'}, 'SMS', 'Tekstiviestimainoksia tulee koko ajan. Lopettakaa heti, puhelinnumeroni on 040 1234567.'),
    # near-misses: what is told to stop is no marketing
    ('other', set(), 'Laskut', 'Laskutus toimii väärin. Lopettakaa heti, asiakasnumero 12345.'),
    ('other', set(), 'Hälytin', 'Hälytin piippaa joka yö. Lopettakaa se, numero 040 1234567 on meidän.'),
]

# A right the writer would have, declined with its object put first: "mutta sitä en tässä vaiheessa pyydä",
# "mutta sitä en nyt vaadi": named, not asked.
DECLINED_OBJECT_FIRST = [
    ('request', {'access'}, 'Henkilötiedot', 'Pyydän saada tietää, mitä henkilötietoja minusta on tallennettu. Tiedän, että minulla olisi myös oikeus pyytää tietojen poistamista, mutta sitä en tässä vaiheessa pyydä.'),
    ('request', {'access'}, 'Tiedot', 'Haluan kopion tiedoistani. Minulla olisi oikeus vaatia tilini sulkemista, mutta sitä en nyt vaadi.'),
    ('request', {'access'}, 'Tiedot', 'Lähettäkää minulle kopio tiedoistani. Tiedän, että minulla on oikeus tietojen poistamiseen, mutta sitä en kuitenkaan pyydä.'),
    ('request', {'access'}, 'tiedot', 'mulla ois oikeus pyytää tietojen poistoa mut sitä en halua vielä. lähettäkää vaan kopio mun tiedoista'),
    # near-miss: the right known, and asked
    ('request', {'erasure'}, 'Tiedot', 'Tiedän, että minulla on oikeus tietojen poistamiseen, ja sitä pyydän nyt: poistakaa tietoni.'),
]

# A correction asked with the place first, then the record's bare noun: "(pyydän että) korjaatte
# rekisteriinne tiedon, että lasku on maksamatta", "korjatkaa järjestelmäänne merkintä".
CORRECT_IN_THE_REGISTER = [
    ('request', {'rectification'}, 'Lasku', 'Lasku on maksettu ajallaan. Pyydän että korjaatte rekisteriinne tiedon, että lasku on maksamatta.'),
    ('request', {'rectification'}, 'Merkintä', 'Korjatkaa järjestelmäänne merkintä maksamattomasta laskusta, lasku on maksettu.'),
    ('request', {'rectification'}, 'Lasku', 'korjatkaa teidän systeemiin se merkintä, lasku on maksettu jo'),
    ('request', {'rectification', 'restriction'}, 'Perintä', 'Pyydän että\n1) ette luovuta tietojani perintätoimistolle ennen kuin asia on selvitetty, ja\n2) korjaatte rekisteriinne tiedon, että lasku on maksamatta.'),
    # near-miss: a page of ours corrected is no record of the writer
    ('other', set(), 'Aukioloajat', 'Korjatkaa verkkosivuillenne tieto aukioloajoista.'),
]

# A detail recorded "as" a value, in the translative ("teillä on syntymäajaksi merkitty 14.11.1979",
# "osoitteekseni on kirjattu"): the writer's record told, then "korjaisitteko sen?".
RECORDED_AS = [
    ('followup', {'rectification'}, 'Tietosi', 'Kiitos, sain tiedostot. Teillä on syntymäajaksi merkitty 14.11.1979, vaikka oikea on 11.4.1979. Korjaisitteko sen?'),
    ('request', {'rectification'}, 'Osoite', 'Huomasin, että osoitteekseni on kirjattu Kuusitie 14, vaikka asun Kuusitie 4:ssä. Voisitteko korjata sen?'),
    ('request', {'rectification'}, 'Nimi', 'Teillä on sukunimekseni tallennettu Virtane. Korjatkaa se, oikein on Virtanen.'),
    ('request', {'rectification'}, 'Numero', 'Asiakastiedoissa on puhelinnumeroksi merkitty 040 111 2222, se ei ole minun. Voisitteko korjata sen?'),
    # near-misses: a parcel's and a product's details are not the writer's record
    ('other', set(), 'Toimitus', 'Paketin toimitusosoitteeksi on merkitty Kuusitie 14. Voitteko korjata sen ennen lähetystä?'),
    ('other', set(), 'Tuote', 'Tuotteen nimeksi on merkitty väärä malli verkkokaupassa. Korjatkaa se.'),
]

# Savo dialect: "ai", "oi" spoken "ae", "oe" ("poestakee", "laettakee", "kaekki"), "mitä" as "mittee", and a new
# value put in place of the old by the spoken passive ("pannaan se tilalle"): the rights' verbs all the same.
SAVO = [
    ('request', {'erasure'}, 'tiedot', 'Teillä on minusta osote ja puhelinnumero siellä koneella. Poestakee ne sieltä pois ihan kokonaan, minun nimi ja kaikki.'),
    ('request', {'erasure'}, 'tiedot', 'Poestakee minun tiedot teijän koneelta.'),
    ('request', {'access'}, 'tietoja', 'Niin mittee tietoja teillä on minusta, laettakee ne tänne sähköpostiin niin minä kahon.'),
    ('request', {'access'}, 'tietoja', 'Mittee kaekkee teillä on minusta tallessa?'),
    ('request', {'rectification'}, 'numero', 'Se puhelinnumero mikä teillä on on vanha, se on lopetettu. Uus on 050 4411 928, pannaan se tilalle.'),
    ('request', {'rectification'}, 'osote', 'Minun osote on teillä vanha. Uus on Kuopionkatu 3, laettakee se tilalle.'),
    # near-misses: a price asked, and an order taken away, in the same dialect
    ('other', set(), 'kamera', 'Mittee se ovikellokamera maksaa nykyään?'),
    ('other', set(), 'patteri', 'Palovaroittimen patteri loppu. Laettakee uus patteri tilalle kun tuutte.'),
]

# "Delete them" with the data named two sentences back, the sentence between going on about them ("Ei niitä
# tarvihe enää olla siellä"): the antecedent reaches as far as for "correct it".
ANTECEDENT_TWO_BACK = [
    ('request', {'erasure'}, 'asiakastiedot', 'Tyttären poeka sano että teillä on minusta ne tiedot siellä koneella. Ei niitä tarvihe enää olla siellä kun en oo mittään tilaamassa. Poestakee ne sieltä pois ihan kokonaan.'),
    ('request', {'erasure'}, 'Tiedot', 'Teillä on minusta osoite ja puhelinnumero asiakasrekisterissä. En asioi enää kanssanne. Poistakaa ne.'),
    ('request', {'erasure'}, 'Data', 'You still keep my details on file. I have moved abroad and will not shop with you again. Please delete them.'),
    # near-miss: an order between, and "them" is its items
    ('other', set(), 'Tilaus', 'Teillä on minun tiedot tallessa. Tilauksessa on kaksi kameraa liikaa. Poistakaa ne.'),
]

FAMILIES = ANTECEDENT_TWO_BACK + AWAY_ON_A_TRIP + SPOKEN_GENITIVE + STOP_THEN_THE_NUMBER + DECLINED_OBJECT_FIRST + CORRECT_IN_THE_REGISTER + RECORDED_AS + SAVO


@pytest.mark.parametrize("kind, intents, subject, body", FAMILIES, ids=[p[3][:40] for p in FAMILIES])
def test_phrasing_blind26_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
