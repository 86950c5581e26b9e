"""Issue 12, blind29a/blind29b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# The statutory "right to inspect" in the writer's words, its object a long noun phrase: "pyydän saada tarkastaa
# kaikki minusta rekisteriinne tallennetut henkilötiedot".
INSPECT_MY_DATA = [
    ('request', {'access'}, 'Tarkastus', 'Pyydän saada tarkastaa kaikki minusta rekisteriinne tallennetut henkilötiedot.'),
    ('request', {'access'}, 'Tiedot', 'Haluan tarkastaa kaikki minua koskevat asiakasrekisteriinne kirjatut tiedot.'),
    ('request', {'access'}, 'tiedot', 'haluun tarkistaa kaikki musta teidän järjestelmään tallennetut tiedot'),
    ('request', {'access'}, 'Tiedot', 'Pyydän saada tarkastaa asiakasrekisteriinne minusta kerätyt tiedot, myös selaustiedot.'),
    ('request', {'access', 'objection'}, 'Tarkastus ja vastustus',
     '1. Pyydän saada tarkastaa kaikki minusta rekisteriinne tallennetut henkilötiedot.\n\n'
     '2. Vastustan henkilötietojeni käyttöä analytiikkaan ja tilastointiin.'),
    # near-misses: a product's data, the policy itself
    ('other', set(), 'Kamera', 'Haluan tarkastaa kaikki valvontakameran tekniset tiedot ennen tilausta, missä ne ovat?'),
    ('other', set(), 'Seloste', 'Pitääkö minun tarkastaa tietosuojaseloste ennen kuin rekisteröidyn?'),
]

# The recipients of the writer's data asked, with an aside in parentheses between ("mille kolmansille osapuolille
# (tietosuojaselosteenne kohta 7) tietojani on luovutettu").
WHO_GOT_IT_WITH_AN_ASIDE = [
    ('request', {'access'}, 'Luovutukset', 'Lisäksi pyydän ilmoittamaan, mille kolmansille osapuolille (tietosuojaselosteenne kohta 7) tietojani on luovutettu ja milloin.'),
    ('request', {'access'}, 'Luovutukset', 'Kertokaa, mille yhteistyökumppaneille (esim. markkinointi- tai kuljetusyhtiöille) tietojani on luovutettu.'),
    ('request', {'access'}, 'tiedot', 'keille kaikille (siis muille firmoille) mun tiedot on annettu?'),
    ('request', {'access'}, 'Luovutukset', 'Pyydän tietoa siitä, keille (kolmansille osapuolille tai alihankkijoille) henkilötietojani on luovutettu viimeisen vuoden aikana.'),
    # near-misses: the practice in general, a parcel
    ('other', set(), 'Kysymys', 'Mille kumppaneille (esim. kuljetusyhtiöille) asiakkaiden tietoja yleensä luovutetaan? Kysyn yleisesti.'),
    ('other', set(), 'Paketti', 'Mille noutopisteelle (Prisma vai K-market) paketti on annettu?'),
]

# The writer offers a copy of a document ("voin lähettää kopion siitä, jos tarvitsette"): sent by the writer, no access.
COPY_OFFERED = [
    ('request', {'erasure'}, 'Äitini tili', 'Kirjoitan äitini puolesta. Minulla on hänen edunvalvontavaltuutuksensa, joka on vahvistettu Digi- ja väestötietovirastossa. '
     'Voin lähettää kopion siitä, jos tarvitsette. Pyydän, että äitini asiakastili ja tiedot poistetaan.'),
    ('request', {'erasure'}, 'Isän tili', 'Minulla on valtakirja isäni tietojen hoitoon. Lähetän kopion siitä tarvittaessa. Poistakaa isäni tili.'),
    ('request', {'erasure'}, 'tili', 'mulla on valtakirja äidin tietojen hoitoon, voin laittaa kopion siitä jos tarviitte. poistakaa sen tili'),
    # near-misses: a copy asked for
    ('request', {'access'}, 'Tiedot', 'Teillä on tietoja minusta. Lähettäkää minulle kopio niistä.'),
    ('request', {'access'}, 'tiedot', 'teillä on mun tietoja rekisterissä, saisinko kopion niistä'),
]

# A former detail given to find the account ("Äidin tiedot: Aino Salo, entinen osoite Rantatie 8"): it identifies,
# no correction is asked.
FORMER_DETAIL_IDENTIFIES = [
    ('request', {'erasure'}, 'Tili', 'Pyydän, että äitini asiakastili ja tiedot poistetaan. Äidin tiedot: Aino Salo, entinen osoite Rantatie 8, 33480 Ylöjärvi.'),
    ('request', {'erasure'}, 'Tili', 'Poistakaa tilini. Tietoni: Matti Virtanen, vanha osoite Kuusitie 4, 00100 Helsinki, puh. 040 123 4567.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Lopettakaa mainosten lähettäminen minulle. Tunnistetiedot: Liisa Koski, edellinen osoite Koivukuja 2, Tampere.'),
    # near-misses: an old and a new value, a correction
    ('request', {'rectification'}, 'Osoite', 'Tietoni: Matti Virtanen, vanha osoite Kuusitie 4, uusi osoite on Koivukuja 5.'),
    ('request', {'rectification'}, 'Osoite', 'Teillä on vielä vanha osoite Kuusitie 4. Laittakaa tilalle Koivukuja 5.'),
]

# Nothing else to be done, the newsletter may keep coming ("ei tarvitse poistaa mitään ..., ja uutiskirje saa tulla
# jatkossakin"): no marketing ban.
NEWSLETTER_MAY_STAY = [
    ('request', {'rectification'}, 'Nimi', 'Korjatkaa sukunimeni muotoon Heikkilä-Rautio. Ei tarvitse poistaa mitään eikä muuttaa muuta, ja uutiskirje saa tulla jatkossakin samaan osoitteeseen.'),
    ('request', {'rectification'}, 'Osoite', 'Päivittäkää osoitteeni, uusi on Koivukuja 5. Mitään ei tarvitse poistaa, uutiskirjeet saavat tulla edelleen.'),
    ('request', {'rectification'}, 'nimi', 'korjatkaa mun sukunimi Virtaseksi. ei tarvi poistaa mitään ja uutiskirje saa kyllä tulla'),
    # near-misses: one kind stopped, another let stay
    ('request', {'marketing_ban'}, 'Tekstarit', 'Lopettakaa tekstiviestit, mutta uutiskirje saa tulla.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Poistakaa minut uutiskirjeen postituslistalta.'),
]

# A detail told as it is now in speech ("mun sukunimi on nykyään Ylitalo"), or the current details listed ("nykyiset
# tiedot on siis:"): a correction.
MY_DETAIL_IS_NOW = [
    ('request', {'rectification'}, 'nimi ja osoite muuttunut',
     'Muutettiin syksyllä Vaasaan ja mentiin naimisiin, eli mun sukunimi on nykyään Ylitalo eikä Rinne enää. '
     'Tilausvahvistus tuli vanhalle nimelle. Nykyiset tiedot on siis:\nOona Ylitalo\nKirkkopuistikko 17 A 5\n65100 Vaasa'),
    ('request', {'rectification'}, 'osoite', 'Mun osoite on nykyään Koivukuja 5, 65100 Vaasa, eikä enää Kuusitie 4.'),
    ('request', {'rectification'}, 'nimi', 'Mun sukunimi on nyt Ylitalo, menin naimisiin.'),
    ('request', {'rectification'}, 'Tiedot', 'Nykyiset yhteystietoni ovat: Oona Ylitalo, Kirkkopuistikko 17, 65100 Vaasa.'),
    ('request', {'rectification'}, 'Tiedot', 'Muutin. Uudet tietoni ovat seuraavat: Oona Ylitalo, Kirkkopuistikko 17, 65100 Vaasa.'),
    # near-misses: a name only given, a product's current price
    ('other', set(), 'Hälytin', 'Mun nimi on Oona Ylitalo ja tilasin hälyttimen viime viikolla. Milloin se tulee?'),
    ('other', set(), 'Hinta', 'Nykyiset hinnat ovat: kamera 199 e, hälytin 89 e. Onko tulossa alennuksia?'),
]

# Marketing cookies named as never accepted, beside a withdrawn consent to analytics cookies: consent_withdrawal only.
AD_COOKIES_NEVER_ACCEPTED = [
    ('request', {'consent_withdrawal'}, 'evästeet',
     'moi\nperuutan mun suostumuksen analytiikkaevästeisiin teidän sivuilla en löydä mistään sitä asetusta mistä sen vois muuttaa kun se banneri ei tuu enää näkyviin\n'
     'mainosevästeitä en oo hyväksyny alunperinkään\nniko'),
    ('request', {'consent_withdrawal'}, 'Evästeet', 'Peruutan suostumukseni analytiikkaevästeisiin, mainosevästeitä en ole hyväksynyt alun perinkään.'),
    ('request', {'consent_withdrawal'}, 'Evästeet', 'Peruutan suostumukseni analytiikkaevästeisiin, en ole koskaan hyväksynyt markkinointievästeitä.'),
    ('request', {'consent_withdrawal'}, 'evästeet', 'peruutan mun suostumuksen tilastoevästeisiin, markkinointievästeisiin en oo antanu lupaa ikinä'),
    # near-misses: the marketing cookies are what the consent was to
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Evästeet', 'Peruutan suostumukseni analytiikka- ja mainosevästeisiin.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Evästeet', 'Peruutan suostumukseni mainosevästeisiin, analytiikkaevästeet saavat jäädä.'),
]

# A stop of the marketing named before, with a dialect pronoun ("Lopettakkaa net", "lopettakaa noi").
STOP_THEM_IN_DIALECT = [
    ('request', {'marketing_ban'}, 'Mainokset', 'Nyt tullee melkein joka viikko sähköpostia ja välilä tekstiviestiäki teiltä tarjouksista. Mie en niitä halua ko en mie niitä lue kumminkaan. Lopettakkaa net.'),
    ('request', {'marketing_ban'}, 'tekstarit', 'Teiltä tulee koko ajan tekstiviestejä tarjouksista. Lopettakaa noi.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Mainoksia tullee joka päivä. Lopettakaa net heti.'),
    # near-misses: "net" that is no marketing
    ('other', set(), 'Lamput', 'Tilasin kaksi lamppua, mutta net ei toimi. Mitä teen?'),
    ('other', set(), 'Lukot', 'Asentaja jätti vanhat lukot eteiseen. Viekää net pois.'),
]

# The marketing named before, "no need to send them any more" ("Niitä ei tarvitse enää lähettää"): a stop.
NO_NEED_TO_SEND_THEM = [
    ('request', {'marketing_ban'}, 'Mainokset', 'Teiltä tulee niitä mainossähköposteja melkein joka viikko. En minä niitä tarvitse. Niitä ei tarvitse enää lähettää.'),
    ('request', {'marketing_ban'}, 'Tekstarit', 'Saan teiltä tekstiviestejä tarjouksista. Niitä ei tarvitse lähettää minulle enää.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Uutiskirjettä tulee joka viikko. Sitä ei tarvitse enää lähettää.'),
    ('request', {'marketing_ban'}, 'mainokset', 'mainoksia tulee koko ajan, ei niitä tarvi enää lähettää'),
    # near-misses: no marketing, or sent once more
    ('other', set(), 'Paristot', 'Tilasin kaksi paristoa. Niitä ei tarvitse enää lähettää, sain ne kaupasta.'),
    ('other', set(), 'Kuvasto', 'Lähetitte kuvaston. Sitä ei tarvitse lähettää uudestaan, se tuli perille.'),
]

# "Vastustan" (I object) after a negated wish in unpunctuated text: the Finnish negative has no "-n", so the
# first person "vastustan" is never the negated verb.
I_OBJECT_AFTER_A_NEGATED_WISH = [
    ('request', {'objection'}, 'tilastot',
     'moi luin teiän tietosuojaselosteen ja siinä lukee et käytätte asiakkaiden tietoja tilastointiin ja analytiikkaan ja oman toiminnan kehittämiseen '
     'en halua et mun tietoja käytetään niihin vastustan sitä eli ottakaa mut pois niistä ihan sama vaikka se ois anonyymii en tykkää siitä et mun selailua seurataan\n'
     'tilaukset ym saatte pitää ne on ok\nsanna'),
    ('request', {'objection'}, 'tilastot', 'en halua et mun tietoja käytetään tilastointiin vastustan sitä'),
    ('request', {'objection'}, 'Analytiikka', 'En halua, että ostohistoriaani käytetään analytiikkaan ja vastustan sitä jyrkästi.'),
    ('request', {'objection'}, 'analytiikka', 'luin selosteesta et käytätte tietoja analytiikkaan en tykkää siitä vastustan sitä'),
    # near-misses: objecting negated, asked about, or in the past
    ('other', set(), 'Tilastot', 'En vastusta sitä, että tietojani käytetään tilastointiin, kunhan ne ovat anonyymejä.'),
    ('other', set(), 'Tili', 'En ole vastustanut mitään, miksi tilini suljettiin?'),
]

_DISCLAIMER = (
    'LUOTTAMUKSELLINEN: Tämä sähköpostiviesti liitteineen on tarkoitettu vain sen vastaanottajalle ja saattaa sisältää '
    'luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti ja sen tiedot.\n'
    'CONFIDENTIAL: This e-mail and any attachments are intended solely for the addressee and may contain confidential '
    'information. If you have received this message in error, please notify the sender and delete it.'
)

# A Finnish confidentiality disclaimer under the signature ("LUOTTAMUKSELLINEN: Tämä sähköpostiviesti liitteineen
# on tarkoitettu ..."), often with an English one after it: the sender's boilerplate, its "poista viesti" no erasure.
FINNISH_DISCLAIMER = [
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Suostumus',
     'Hei,\n\nPeruutan täten suostumukseni uutiskirjeeseen.\n\nYstävällisin terveisin\nHeli Rantanen\n\n' + _DISCLAIMER),
    ('request', {'rectification'}, 'Osoite',
     'Hei,\n\nUusi osoitteeni on Koivukuja 5, 00100 Helsinki.\n\nTerveisin\nHeli\n\n'
     'Tämä sähköpostiviesti on tarkoitettu vain vastaanottajalle. Jos olet saanut viestin erehdyksessä, poista se ja sen tiedot.'),
    ('other', set(), 'Tilaus 5512',
     'Hei,\n\nMilloin tilaukseni 5512 lähtee?\n\nTerveisin\nHeli\n\n'
     'Jos olet saanut tämän viestin erehdyksessä, ilmoita lähettäjälle ja poista viesti ja kaikki sen tiedot.'),
    # near-miss: the writer's own words that speak of confidentiality
    ('request', {'erasure'}, 'Tiedot', 'Tämä asia on minulle luottamuksellinen. Poistakaa kaikki tietoni.'),
]

ALL = (INSPECT_MY_DATA + WHO_GOT_IT_WITH_AN_ASIDE + COPY_OFFERED + FORMER_DETAIL_IDENTIFIES + NEWSLETTER_MAY_STAY
       + MY_DETAIL_IS_NOW + AD_COOKIES_NEVER_ACCEPTED + STOP_THEM_IN_DIALECT + NO_NEED_TO_SEND_THEM
       + I_OBJECT_AFTER_A_NEGATED_WISH + FINNISH_DISCLAIMER)


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind29_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
