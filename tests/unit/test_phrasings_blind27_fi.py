"""Issue 12, blind27a/blind27b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# A right declined with "myöskään / kuitenkaan / edes" between the negation and the verb: "En myöskään pyydä
# käsittelyn rajoittamista" names the right, it does not ask it.
DECLINED_ALSO = [
    ('request', {'objection'}, 'Vastustan', 'Vastustan tietojeni käyttöä analytiikkaan. En pyydä tietojeni poistamista. En myöskään pyydä käsittelyn rajoittamista.'),
    ('request', {'objection'}, 'Vastustan', 'Käytän vastustamisoikeuttani selaustietojen analysoinnin osalta. En kuitenkaan pyydä käsittelyn rajoittamista.'),
    ('request', {'objection'}, 'Vastustan', 'Vastustamme profilointia. Emme myöskään vaadi käsittelyn rajoittamista emmekä tietojen poistamista.'),
    ('request', {'objection'}, 'Vastustan', 'Vastustan tietojeni käyttöä tilastointiin. En edes pyydä käsittelyn rajoittamista.'),
    # near-miss: "myös" asked, not declined
    ('request', {'objection', 'restriction'}, 'Vastustan', 'Vastustan tietojeni käyttöä analytiikkaan. Pyydän myös käsittelyn rajoittamista siihen asti.'),
]

# "En halua, että sähköpostiosoitettani tai ostotietojani käytetään mainosten kohdentamiseen": the use for marketing
# refused, with two or three of the writer's details listed between "että" and the verb.
NO_USE_FOR_ADS_LONG_OBJECT = [
    ('request', {'marketing_ban'}, 'Mainokset', 'En halua, että sähköpostiosoitettani tai ostotietojani käytetään mainosten kohdentamiseen somessa.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'En halua, että puhelinnumeroani, sähköpostiosoitettani tai ostohistoriaani käytetään kohdennettuun mainontaan.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'En hyväksy, että nimeäni ja sähköpostiosoitettani ja ostotietojani jaetaan Facebookille markkinointia varten.'),
    # near-miss: marketing named, the use refused for something else
    ('other', set(), 'Tilaus', 'En halua, että sähköpostiosoitettani tai ostotietojani käytetään väärin. Miten ne suojataan?'),
]

# Erasure in the passive with the data as a pronoun before it: "Sen jälkeen ne poistetaan.", after an access
# request that named the data.
PRONOUN_THEN_ERASED = [
    ('request', {'access', 'erasure'}, 'Tiedot', 'Haluan nähdä kaikki tiedot mitä teillä on minusta. Sen jälkeen ne poistetaan.'),
    ('request', {'access', 'erasure'}, 'Tiedot', 'Lähettäkää kopio tiedoistani. Sitten ne poistetaan kokonaan.'),
    ('request', {'access', 'erasure'}, 'Tiedot', 'haluun tietää mitä tietoja teil on musta. ja sit ne poistetaan heti.'),
    # near-miss: asked how it goes, or a condition
    ('request', {'access'}, 'Tiedot', 'Haluan nähdä kaikki tiedot mitä teillä on minusta. Milloin ne poistetaan?'),
]

# Being on a list ("listalta", "listalla"), e.g. the advertisers' list in an ad platform's settings, is a place,
# not a copy asked for.
ON_A_LIST_NOT_A_COPY = [
    ('request', {'marketing_ban'}, 'Meta', 'Allsec löytyy listalta "Mainostajat, jotka ovat ladanneet tietojasi sisältävän listan". Kiellän tietojeni käytön mainonnan kohdentamiseen.'),
    ('request', {'marketing_ban'}, 'Meta', 'Näin olevani listalla, jonka kautta tietojani käytetään mainoksiin. Kiellän tietojeni käytön mainonnan kohdentamiseen.'),
    # near-miss: a list of the data asked for
    ('request', {'access'}, 'Tiedot', 'Lähettäkää minulle lista tiedoista, joita minusta on tallennettu.'),
]

# An automatic acknowledgement told as what the writer got ("teiltä tuli automaattinen kuittaus"), in a chaser:
# the writer's own words, not an autoresponder.
GOT_AN_AUTO_ACK = [
    ('followup', set(), 'Re: [DSR-2026-0088] Pyyntösi on vastaanotettu', 'Pyysin 2.2. että tiedot poistetaan ja teiltä tuli automaattinen kuittaus ja sen jälkeen ei mitään. Nyt on mennyt yli kuukausi.'),
    ('followup', set(), 'Re: [DSR-2026-0088] Pyyntösi on vastaanotettu', 'Sain vain automaattisen vastauksen kuukausi sitten. Milloin pyyntöni käsitellään?'),
    ('followup', set(), 'Re: [DSR-2026-0088] Pyyntösi on vastaanotettu', 'Teiltä tuli pelkkä automaattinen vastaus, eikä sen jälkeen mitään. Missä vaiheessa pyyntöni on?'),
    # near-miss: the autoresponder itself
    ('auto_reply', set(), 'Re: Tilaus', 'Tämä on automaattinen kuittaus. Käsittelemme viestisi mahdollisimman pian.'),
]

ALL = DECLINED_ALSO + NO_USE_FOR_ADS_LONG_OBJECT + PRONOUN_THEN_ERASED + ON_A_LIST_NOT_A_COPY + GOT_AN_AUTO_ACK


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind27_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)


# The writer's own name, phone or e-mail seen wrong in an order confirmation, receipt or invoice ("huomasin
# tilausvahvistuksesta, että puhelinnumeroni on väärin"): the document shows the record, the detail is corrected
# there; a delivery address on one order stays that order's detail.
SEEN_WRONG_IN_A_CONFIRMATION = [
    ('request', {'rectification'}, 'Re: Tilausvahvistus #20455', 'Paketti tuli jo, kiitos! Huomasin tilausvahvistuksesta, että puhelinnumeroni on väärin, oikea on 050 4471 209. Korjaisitteko sen?'),
    ('request', {'rectification'}, 'Re: Kuitti', 'Näin kuitista, että sähköpostiosoitteeni on väärin, siinä on anna@exmaple.fi. Oikea on anna@example.fi.'),
    ('request', {'rectification'}, 'Lasku', 'Huomasin laskusta että nimeni on kirjoitettu väärin, se on Mäkinen eikä Makinen. Korjatkaa se.'),
    # near-misses: the delivery address of an order still to ship, and a number on one order
    ('other', set(), 'Re: Tilausvahvistus #20455', 'Huomasin tilausvahvistuksesta, että toimitusosoitteeni on väärin. Voitteko muuttaa sen ennen lähetystä?'),
    ('other', set(), 'Tilaus 5512', 'Tilauksessa 5512 puhelinnumero on väärin, laittakaa oikea 050 123 4567 ennen toimitusta.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", SEEN_WRONG_IN_A_CONFIRMATION, ids=[p[3][:40] for p in SEEN_WRONG_IN_A_CONFIRMATION])
def test_phrasing_blind27_fi_confirmation(kind, intents, subject, body):
    check(kind, intents, subject, body)
