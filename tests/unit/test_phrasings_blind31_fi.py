"""Issue 12, blind31a/blind31b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# The scam in an authority's voice: "your company's data protection registration has expired, update the details
# within 48 hours: <link>", a fee to pay. Told to the company in the plural imperative ("päivittäkää", "vahvistakaa")
# with someone else's link; the expired registration or notice is no detail of a customer's record.
REGISTRATION_SCAM = [
    ('spam', set(), 'Yrityksenne tietosuojarekisteröinti on vanhentunut',
     'TÄRKEÄ ILMOITUS\n\nYrityksenne henkilötietojen käsittelyilmoitus on vanhentunut. Päivittäkää tiedot 48 tunnin kuluessa: '
     'http://gdpr-rekisteri.example.top/yritys\n\nTietosuojarekisterikeskus'),
    ('spam', set(), 'Rekisteröinti vanhentunut',
     'Arvoisa yrittäjä,\n\nyrityksenne rekisteröinti tietosuojarekisteriin on vanhentunut. Vahvistakaa yrityksen tiedot '
     'tästä: https://tietosuoja-rekisteri.example.com/vahvista\nRekisteröintimaksu 389 € + alv.'),
    ('spam', set(), 'Viimeinen muistutus',
     'Yrityksenne GDPR-ilmoitus on vanhentunut. Päivittäkää rekisteröinti heti osoitteessa https://gdpr-ilmoitus.example.net '
     'välttääksenne seuraamusmaksun.'),
    ('spam', set(), 'Tietosuojailmoitus',
     'Yrityksenne tietosuojailmoitus on vanhentunut 31.1. Kirjautukaa ja päivittäkää tiedot: https://rekisteri-portal.example.top'),
    # near-misses: a customer's own details told out of date, a customer linking to our own page
    ('request', {'rectification'}, 'Osoite', 'Osoitteeni asiakastiedoissanne on vanhentunut, uusi osoite on Kuusitie 4, 00100 Helsinki.'),
    ('request', {'rectification'}, 'Tiedot', 'Tietoni ovat vanhentuneet. Päivittäkää puhelinnumeroni 040 123 4567 tililleni.'),
]

# A former address given beside another identifier so the account can be found ("Isän sähköposti on x@y.fi ja vanha
# osoite Launeenkatu 18"): no new or right value, so nothing to correct.
OLD_ADDRESS_AS_IDENTIFIER = [
    ('request', {'erasure'}, 'Äidin tili',
     'Pyydän poistamaan äitini asiakastilin. Äidin sähköposti on aino.salo@example.fi ja vanha osoite Rantatie 8, 15610 Lahti.'),
    ('request', {'erasure'}, 'Tili',
     'Poistakaa asiakastilini. Tunnistamista varten: puhelinnumero 040 123 4567 ja vanha osoite Koulukatu 3 A 2, Tampere.'),
    ('request', {'access'}, 'Tiedot',
     'Pyydän kopion tiedoistani. Tilin sähköposti on matti@example.fi, ja entinen osoite Kirkkokatu 5, Oulu.'),
    # near-misses: the new value beside the old one
    ('request', {'rectification'}, 'Osoite', 'Vanha osoite oli Kuitinmäentie 8, Espoo. Uusi osoite on Ounasvaarantie 22, Rovaniemi.'),
    ('request', {'rectification'}, 'Osoite', 'Sähköpostini on anna@example.fi ja vanha osoite Koulukatu 3, uusi osoite on Kuusitie 4.'),
]

# Marketing refused on someone's behalf as a clause of "pyydän, että ... ette lähetä hänelle enää mitään markkinointia".
NO_MORE_MARKETING_TO_HIM = [
    ('request', {'marketing_ban'}, 'Isän puolesta',
     'Pyydän isäni puolesta, että ette lähetä hänelle enää mitään markkinointia, ei sähköpostia eikä kirjeitä.'),
    ('request', {'marketing_ban'}, 'Äiti', 'Pyydän, että ette enää lähetä äidilleni markkinointia.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Toivon, ettette lähetä hänelle enää mainoksia tai uutiskirjeitä.'),
    ('request', {'marketing_ban'}, 'mainokset', 'älkää lähettäkö hänelle enää mitään markkinointia'),
    # near-miss: a past fact, no ask
    ('other', set(), 'Tilaus', 'Ette lähettäneet hänelle tilausvahvistusta. Missä tilaus on?'),
]

# "seuraavat" (the next ones) is no tracking: "kunhan seuraavat paketit tulee oikeaan paikkaan".
NEXT_IS_NO_TRACKING = [
    ('request', {'rectification'}, 'Osoite muuttunut',
     'Uusi osoite on Ounasvaarantie 22, Rovaniemi. En halua että tiliä poistetaan tai mitään, kunhan seuraavat paketit tulee oikeaan paikkaan.'),
    ('request', {'rectification'}, 'Osoite',
     'Osoitteeni on muuttunut, uusi osoite on Kuusitie 4. En halua, että seuraava tilaus menee taas väärään paikkaan.'),
    # near-misses: tracking refused
    ('request', {'objection'}, 'Seuranta', 'En halua että minua seurataan verkkosivuillanne.'),
    ('request', {'objection'}, 'Seuranta', 'Lopettakaa käyttäytymiseni seuraaminen ja analysointi.'),
]

# Leave given to delete, spoken: "ko net on katottu niin net saa sitte poistaa", "sen jälkeen tiedot saa poistaa".
MAY_BE_DELETED = [
    ('request', {'access', 'erasure'}, 'tietoja',
     'haluaisin tietää mitä tietoja teillä on minusta tallessa. ja ko net on katottu niin net saa sitte poistaa.'),
    ('request', {'access', 'erasure'}, 'Tiedot',
     'Haluaisin nähdä, mitä tietoja teillä on minusta. Sen jälkeen tiedot saa poistaa.'),
    ('request', {'access', 'erasure'}, 'tiedot',
     'kertokaa mitä tietoja teillä on musta, ja sitten ne saatte poistaa kokonaan.'),
    ('request', {'erasure'}, 'Tili', 'Tili on turha, sen saa poistaa tietoineen.'),
    # near-misses: leave not to delete, a product's thing
    ('other', set(), 'Tili', 'Tiliä ei saa poistaa, käytän sitä edelleen. Milloin tilaukseni tulee?'),
    ('other', set(), 'Tilaus', 'Tilaus saa tulla vasta ensi viikolla, kiitos.'),
]

ALL = REGISTRATION_SCAM + OLD_ADDRESS_AS_IDENTIFIER + NO_MORE_MARKETING_TO_HIM + NEXT_IS_NO_TRACKING + MAY_BE_DELETED


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind31_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
