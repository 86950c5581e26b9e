"""Issue 12, blind30a/blind30b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# Rights named as not asked "yet" or "at this stage", an adverb between "en" and "pyydä", two of them joined by
# "tai" / "enkä" ("En tässä vaiheessa pyydä tietojen poistamista tai käsittelyn rajoittamista"): neither is asked.
NOT_ASKED_AT_THIS_STAGE = [
    ('request', {'access'}, 'Tietopyyntö',
     'Pyydän jäljennöksen kaikista minusta tallennetuista tiedoista. En tässä vaiheessa pyydä tietojen poistamista tai '
     'käsittelyn rajoittamista, vaan haluan ensin nähdä, mitä tietoja on.'),
    ('request', {'access'}, 'Tiedot',
     'Lähettäkää minulle kopio tiedoistani. En vielä pyydä tietojeni poistamista enkä käsittelyn rajoittamista.'),
    ('request', {'access'}, 'tiedot',
     'lähettäkää mulle kopio mun tiedoista. en nyt pyydä käsittelyn rajoittamista enkä poistamista.'),
    ('request', {'access'}, 'Tiedot',
     'Pyydän saada nähtäväkseni tietoni. En toistaiseksi vaadi tietojen poistamista tai käsittelyn rajoittamista.'),
    # near-misses: the later sentence asks it after all; a plain negation of one, the other asked
    ('request', {'access', 'restriction'}, 'Tiedot',
     'En tässä vaiheessa pyydä tietojen poistamista. Pyydän kopion tiedoistani ja että niiden käsittelyä rajoitetaan.'),
    ('request', {'restriction'}, 'Käsittely',
     'En vielä pyydä tietojeni poistamista, mutta pyydän rajoittamaan tietojeni käsittelyä kunnes asia on selvitetty.'),
]

# "Take me off the list or I complain to the Data Protection Ombudsman": the authority's name
# ("tietosuojavaltuutettu") is no data of the writer's, so the list removal is no erasure.
LIST_OR_THE_OMBUDSMAN = [
    ('request', {'marketing_ban'}, 'EI ENÄÄ MAINOKSIA', 'POISTAKAA MINUT POSTITUSLISTALTA HETI TAI TEEN VALITUKSEN TIETOSUOJAVALTUUTETULLE'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Poistakaa minut uutiskirjeen postituslistalta, muuten teen ilmoituksen tietosuojavaltuutetun toimistoon.'),
    ('request', {'marketing_ban'}, 'mainokset', 'ottakaa mut pois teidän postituslistalta tai valitan tietosuojavaltuutetulle'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Lopettakaa mainosten lähettäminen. Jos ne jatkuvat, otan yhteyttä tietosuojaviranomaiseen.'),
    # near-misses: the writer's data asked deleted beside the threat
    ('request', {'erasure'}, 'Tiedot', 'Poistakaa kaikki tietoni heti tai teen valituksen tietosuojavaltuutetulle.'),
    ('request', {'erasure', 'marketing_ban'}, 'Tili', 'Poistakaa minut postituslistalta ja poistakaa asiakastilini, tai valitan tietosuojavaltuutetulle.'),
]

# "Tiedän, että minulla on oikeus tarkastaa ja poistaa tietoni": a right the writer knows they have, told as the
# background to a question, is not exercised.
I_KNOW_I_HAVE_THE_RIGHT = [
    ('other', set(), 'Kysymys tietosuojasta',
     'Keitä markkinointikumppanit ovat? Tiedän, että minulla on oikeus tarkastaa ja poistaa tietoni jälkikäteen, '
     'mutta haluaisin mieluummin tietää ennen kuin annan niitä.'),
    ('other', set(), 'Kysymys', 'Tiedän että mulla on oikeus saada tietoni poistettua, mutta kertokaa ensin missä kameran kuva säilytetään?'),
    ('other', set(), 'Ennen tilausta', 'Tiedän, että minulla on oikeus pyytää tietojeni poistamista. Miten pitkään säilytätte tilaustiedot?'),
    ('other', set(), 'Kysymys', 'Tiedämme, että meillä on oikeus tarkastaa tietomme. Mihin maahan tiedot tallennetaan?'),
    # near-misses: the right known, then exercised
    ('request', {'erasure'}, 'Poisto', 'Tiedän, että minulla on oikeus saada tietoni poistetuksi. Poistakaa siis kaikki tietoni.'),
    ('request', {'access'}, 'Tiedot', 'Tiedän, että minulla on oikeus tarkastaa tietoni, joten pyydän kopion kaikista minusta tallennetuista tiedoista.'),
    ('request', {'erasure'}, 'Poisto', 'Tiedän että mulla on oikeus tietojen poistoon ja sitä mä nyt haluan, poistakaa mun tiedot.'),
]

# The processing "put on ice" told in the passive or as what is demanded ("vaadin että tietojeni käsittely
# laitetaan jäihin siihen asti"): a restriction.
PUT_ON_ICE = [
    ('request', {'restriction'}, 'Lasku perinnässä',
     'Vaadin että minun tietojeni käsittely tämän laskun osalta laitetaan jäihin siihen asti että asia on selvitetty.'),
    ('request', {'restriction'}, 'Lasku', 'Pyydän, että tietojeni käsittely pannaan jäihin, kunnes reklamaatio on käsitelty.'),
    ('request', {'restriction'}, 'lasku', 'mun tietojen käsittely pitää laittaa jäihin siks aikaa kun tää riita selvitetään'),
    ('request', {'restriction'}, 'Riita', 'Toivon, että tietojani koskeva käsittely pistetään tauolle siihen asti kunnes asia on ratkaistu.'),
    # near-misses: an order or a project on ice
    ('other', set(), 'Tilaus', 'Voiko tilaukseni laittaa jäihin ensi kuuhun asti? Lähden reissuun.'),
    ('other', set(), 'Asennus', 'Hälyttimen asennus laitetaan jäihin siihen asti, että remontti on valmis.'),
]

# A parcel scam in the carrier's voice: "your parcel" (partitive "pakettiasi") held, a redelivery fee and an address
# to "confirm" within hours. A customer writes about their own parcel to the shop.
PARCEL_FEE_SCAM = [
    ('spam', set(), 'Lähetyksesi odottaa: vahvista toimitusosoite',
     'Hyvä asiakas,\n\nPakettiasi (seurantanumero JJFI6549800045127733) ei voitu toimittaa koska osoitetiedot on puutteellinen.\n\n'
     'Uudelleentoimitus maksu on 1,99 €. Ole hyvä ja vahvista toimitusosoite ja maksa maksu 24 tunnin kuluessa, '
     'muuten paketti palautetaan lähettäjälle.\n\nVahvista toimitus\n\n© 2026 Posti Oy. Kaikki oikeudet pidätetään.'),
    ('spam', set(), 'Toimitus keskeytetty',
     'Hyvä asiakas, lähetystäsi ei voitu toimittaa puutteellisen osoitteen vuoksi. Vahvista toimitusosoitteesi ja maksa '
     'uudelleentoimitusmaksu 2,50 € 48 tunnin kuluessa.'),
    ('spam', set(), 'Pakettisi odottaa',
     'Pakettiasi säilytetään terminaalissa. Maksa käsittelymaksu 1,49 € ja vahvista toimitusosoite, muuten lähetys palautetaan lähettäjälle.'),
    # near-misses: the customer's own parcel, our confirmation asked
    ('other', set(), 'Paketti', 'Pakettini ei tullut perille, vaikka seuranta sanoo toimitettu. Voitteko tarkistaa toimitusosoitteen tilaukselta 5512?'),
    ('other', set(), 'Toimitus', 'Voitteko vahvistaa toimitusosoitteen? Muutin viime viikolla ja pelkään että paketti palautetaan lähettäjälle.'),
]

ALL = NOT_ASKED_AT_THIS_STAGE + LIST_OR_THE_OMBUDSMAN + I_KNOW_I_HAVE_THE_RIGHT + PUT_ON_ICE + PARCEL_FEE_SCAM


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind30_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
