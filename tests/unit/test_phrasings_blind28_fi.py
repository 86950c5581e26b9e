"""Issue 12, blind28a/blind28b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# Erasure of "everything you are not obliged to keep": the object is a relative clause about retention ("kaiken
# sen, mitä ei lain mukaan ole pakko säilyttää"), not a data noun. Also as a permission ("saatte poistaa").
ALL_YOU_NEED_NOT_KEEP = [
    ('request', {'erasure'}, 'Tiedot', 'Saatte poistaa kaiken sen mitä ei lain mukaan ole pakko säilyttää.'),
    ('request', {'erasure'}, 'Poisto', 'Pyydän, että poistatte kaiken sen, mitä teidän ei lain mukaan ole pakko säilyttää.'),
    ('request', {'erasure'}, 'Poisto', 'Poistakaa kaikki, mitä ette ole lain mukaan velvollisia säilyttämään.'),
    ('request', {'erasure'}, 'poisto', 'poistakaa kaikki mitä ei oo pakko pitää'),
    ('request', {'erasure'}, 'Poisto', 'Voitteko poistaa kaiken, mitä teidän ei tarvitse säilyttää kirjanpitoa varten?'),
    ('followup', {'erasure'}, 'Vastaus', 'Kiitos kopiosta. Nyt pyydän, että poistatte kaiken sen, mitä ei ole pakko säilyttää. Kuitit saavat jäädä.'),
    ('request', {'access', 'erasure'}, 'Tiedot', 'Kertokaa mitä tietoja teillä on minusta. Sen jälkeen saatte poistaa kaiken mitä ei tarvitse säilyttää.'),
    # near-misses: the same words declined, asked about, or about a basket
    ('other', set(), 'Poisto', 'En halua, että poistatte kaiken sen mitä ei ole pakko säilyttää, haluan pitää tilin.'),
    ('other', set(), 'Ostoskori', 'Voitteko poistaa kaikki tuotteet ostoskorista, joita en enää tarvitse?'),
]

# Marketing forbidden in the impersonal "ei saa": "mitään markkinointia ei saa enää lähettää hänelle", "minulle ei
# saa soittaa myyntipuheluita".
MARKETING_MUST_NOT_BE_SENT = [
    ('request', {'marketing_ban'}, 'Isäni', 'Isälleni tulee jatkuvasti mainoksia. Mitään markkinointia ei saa enää lähettää hänelle missään muodossa.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Mainoksia ei saa lähettää minulle.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Minulle ei saa enää lähettää mainoksia eikä uutiskirjeitä.'),
    ('request', {'marketing_ban'}, 'Puhelut', 'mulle ei saa soittaa mitään myyntipuheluita'),
    ('request', {'marketing_ban'}, 'Markkinointi', 'Markkinointiviestejä ei tule lähettää tähän osoitteeseen jatkossa.'),
    # near-misses: not marketing, or asked about
    ('other', set(), 'Lasku', 'Laskua ei saa lähettää vanhaan osoitteeseen, se pitää lähettää uuteen.'),
    ('other', set(), 'Paketti', 'Pakettia ei saa lähettää ennen maanantaita, olen mökillä.'),
]

# The writer's own details put back on an account someone else's details have taken over ("laittaa tilille
# takaisin minun tiedot", "palauttakaa omat yhteystietoni"): a correction.
PUT_MY_DETAILS_BACK = [
    ('request', {'rectification'}, 'Tili', 'Tilillä on poikani osoite ja numero. Voisitteko laittaa tilille takaisin minun tiedot: Kirsti Huotari, Kiehimäntie 9, 88300 Paltamo.'),
    ('request', {'rectification'}, 'Tili', 'Joku muutti tilini tiedot. Palauttakaa tililleni minun omat yhteystietoni.'),
    ('request', {'rectification'}, 'tili', 'laittakaa mun osoite takaisin tilille, veli vaihtoi siihen omansa'),
    ('request', {'rectification'}, 'Tili', 'Mieheni vaihtoi tililleni oman numeronsa. Vaihtakaa se takaisin minun numerooni 040 123 4567.'),
    # near-misses: money, a product, the writer's own act
    ('other', set(), 'Palautus', 'Voisitteko palauttaa rahat takaisin tililleni? Palautin kameran viime viikolla.'),
    ('other', set(), 'Ostoskori', 'Voisitteko laittaa tuotteen takaisin ostoskoriin, se katosi.'),
]

# A wrong entry to be corrected, in the passive after a demand: "Vaadin, että järjestelmissänne oleva tieto
# maksamattomasta laskusta korjataan".
ENTRY_TO_BE_CORRECTED = [
    ('request', {'rectification'}, 'Perintä', 'Vaadin, että teidän järjestelmissänne oleva tieto maksamattomasta laskusta korjataan, koska se on väärä.'),
    ('request', {'rectification'}, 'Tiedot', 'Haluan, että asiakastietoni korjataan.'),
    ('request', {'rectification'}, 'Merkintä', 'Pyydän, että merkintä maksamattomasta laskusta oikaistaan heti.'),
    ('request', {'rectification'}, 'tiedot', 'haluun et mun tiedot päivitetään oikeiks'),
    ('request', {'rectification', 'restriction'}, 'Perintä', 'Vaadin, että tieto avoimesta laskusta korjataan. Kunnes asia on selvitetty, en halua että tietojani käytetään perintään.'),
    # near-misses: a fault, a product page, a question
    ('other', set(), 'Takuu', 'Haluan, että vika korjataan takuussa ja kamera palautetaan minulle.'),
    ('other', set(), 'Tuote', 'Toivon, että tuotetiedot korjataan sivulle, siellä lukee väärä koko.'),
]

# Access to the recipients of the writer's data: "mille markkinointikumppaneille minun tietojani on luovutettu",
# "onko tietojani annettu jollekin muulle yritykselle".
WHO_GOT_MY_DATA = [
    ('request', {'access'}, 'Luovutukset', 'Pyydän tiedon siitä, mille markkinointikumppaneille minun tietojani on luovutettu, milloin ja mitä tietoja.'),
    ('request', {'access'}, 'Luovutukset', 'Mille yrityksille olette luovuttaneet tietojani?'),
    ('request', {'access'}, 'Tiedot', 'Haluan tietää, onko tietojani annettu jollekin muulle yritykselle.'),
    ('request', {'access'}, 'tiedot', 'keille kaikille mun tiedot on myyty?'),
    # near-misses: the practice in general, a parcel
    ('other', set(), 'Kysymys', 'Mille kumppaneille asiakkaiden tietoja yleensä luovutetaan? Kysyn yleisesti ennen tilausta.'),
    ('other', set(), 'Paketti', 'Mille noutopisteelle paketti on annettu?'),
]

# An old and a new detail told, then "change it": "tilillä on vielä vanha puhelinnumero X, uusi on Y. Voisitteko
# vaihtaa sen?"
OLD_AND_NEW_THEN_CHANGE_IT = [
    ('request', {'rectification'}, 'Numero', 'Tilillä on vielä vanha puhelinnumero 045 219 8830, uusi on 045 771 2003. Voisitteko vaihtaa sen?'),
    ('request', {'rectification'}, 'Numero', 'Ja kun nyt kirjoittelen, niin tilillä on vielä vanha puhelinnumero 045 219 8830, uusi on 045 771 2003. Voisitteko vaihtaa sen?'),
    ('request', {'rectification'}, 'Sähköposti', 'Profiilissa on vanha sähköpostiosoite anna@vanha.fi, uusi on anna@uusi.fi. Vaihtakaa se.'),
    ('request', {'rectification'}, 'numero', 'teil on mun vanha puhelinnumero, uus on 040 555 1234. voitteko vaihtaa sen'),
    # the nearest antecedent wins: a review or an order named further back does not take "it" from the detail
    ('request', {'consent_withdrawal', 'rectification'}, 'Pari asiaa', 'Annoin luvan näyttää nimeni arvostelussa. Perun sen luvan, arvostelu saa jäädä ilman nimeä. Tilillä on vielä vanha puhelinnumero 045 219 8830, uusi on 045 771 2003. Voisitteko vaihtaa sen?'),
    ('request', {'rectification'}, 'Sähköposti', 'Tilaus tuli perille, kiitos. Profiilissa on vielä vanha puhelinnumero 040 111 2222, uusi on 040 333 4444. Vaihtakaa se.'),
    # near-misses: an old product swapped, and a product named just before "it"
    ('other', set(), 'Vaihto', 'Tilillä on vielä vanha puhelinnumero, mutta se toimii yhä. Tilauksen palovaroitin tuli kuitenkin rikki. Voitteko vaihtaa sen?'),
    ('other', set(), 'Vaihto', 'Minulla on vanha palovaroitin, uusi on jo tilattu. Voisitteko vaihtaa sen takuussa?'),
]

# Another person's details taken off the writer's own account ("ex-miehen tiedot pois minun tililtä", "ottaa sen toisen
# nimen ja numeron pois"): the account stays and is put right, a correction, not an erasure.
SOMEONE_ELSES_DETAILS_OFF_MY_ACCOUNT = [
    ('request', {'rectification'}, 'Ex-miehen tiedot pois minun tililtä', 'Tilillä on ex-mieheni nimi ja numero toisena yhteyshenkilönä. Ottakaa ne pois, tilillä pitää olla vain minun tiedot.'),
    ('request', {'rectification'}, 'Tili', 'Poistakaa entisen puolisoni sähköpostiosoite ja puhelinnumero tililtäni, ne eivät kuulu sinne.'),
    ('request', {'rectification'}, 'tili', 'voisitteko ottaa veljen numeron pois mun tililtä, tilauksista menee viestit hänelle'),
    ('request', {'rectification'}, 'Hänen tiedot pois minun tililtä', 'Yhteisellä tilillämme on edelleen entisen mieheni tiedot. Tilillä pitää olla vain minun tiedot.'),
    ('request', {'rectification'}, 'Tili', 'Poistakaa tyttäreni puhelinnumero tililtäni, hän on jo muuttanut omilleen.'),
    # near-misses: the writer's own data, the account, or a relative's data from the relative's own account, erased
    ('request', {'erasure'}, 'Isäni tili', 'Kirjoitan isäni puolesta. Poistakaa isäni tiedot hänen tililtään.'),
    ('request', {'erasure'}, 'Tiedot pois', 'Minun tiedot pois teidän järjestelmästä.'),
    ('request', {'erasure'}, 'Tili', 'Exäni käyttää edelleen tiliäni. Poistakaa tilini ja tietoni kokonaan.'),
]

# Privacy asked about as a subject ("haluaisin tietää pari asiaa tietosuojasta") is no data of the writer's.
ABOUT_PRIVACY_NOT_MY_DATA = [
    ('other', set(), 'Kamera', 'Harkitsen kameran ostoa, mutta haluaisin ensin tietää pari asiaa tietosuojasta: tallentaako kamera kuvat pilveen? En ole vielä asiakas.'),
    ('other', set(), 'Kysymys', 'Haluaisin tietää enemmän tietosuojakäytännöistänne ennen kuin tilaan.'),
    ('other', set(), 'Seloste', 'Haluan tarkistaa tietosuojaselosteenne ennen rekisteröitymistä, missä se on?'),
    # near-misses: the writer's own data asked to be seen
    ('request', {'access'}, 'Tiedot', 'Haluan tietää, mitä tietoja teillä on minusta tallessa.'),
    ('request', {'access'}, 'Tiedot', 'Haluan tarkistaa tietosuojalain nojalla tietoni.'),
]

# What the writer did themselves ("päivitin itse uuden osoitteen asiakastilille"): told, not asked.
UPDATED_IT_MYSELF = [
    ('other', set(), 'Paketti', 'Päivitin itse uuden osoitteen asiakastilille heti muuton jälkeen, silti paketti meni vanhaan osoitteeseen. Lähettäkää se uudestaan.'),
    ('other', set(), 'Kiitos', 'Korjasin jo itse nimeni tililläni, kiitos neuvoista.'),
    ('other', set(), 'Tilaus', 'Olen päivittänyt osoitteeni verkkokaupassa, mutta tilaus lähti silti vanhaan osoitteeseen. Hyvittäkää toimituskulut.'),
    ('other', set(), 'Profiili', 'vaihdoin numeroni profiiliin itse, nyt toimii'),
    # near-misses: done but not taken, asked again
    ('request', {'rectification'}, 'Osoite', 'Päivitin osoitteeni tilille, mutta se ei tallentunut. Voisitteko päivittää osoitteeni?'),
    ('request', {'rectification'}, 'Osoite', 'Päivitin itse osoitteen, mutta tilillä näkyy vielä vanha osoite. Korjatkaa osoitteeni.'),
]

ALL = (ALL_YOU_NEED_NOT_KEEP + MARKETING_MUST_NOT_BE_SENT + PUT_MY_DETAILS_BACK + ENTRY_TO_BE_CORRECTED + WHO_GOT_MY_DATA
       + OLD_AND_NEW_THEN_CHANGE_IT + SOMEONE_ELSES_DETAILS_OFF_MY_ACCOUNT + ABOUT_PRIVACY_NOT_MY_DATA + UPDATED_IT_MYSELF)


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind28_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
