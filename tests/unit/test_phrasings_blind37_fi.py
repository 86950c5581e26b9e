"""Issue 12, blind37a/b and blind38a/b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# Marketing refused as a verbless noun phrase, "ei (mitään) mainoksia enää", in speech with the dialect's doubled
# "mittään" / clipped "mitää", or with "enää" before the noun.
NO_ADS_ANY_MORE = [
    ('request', {'marketing_ban'}, 'mainokset', 'ja ei mittään mainoksia enää sähköpostiin eikä tekstarina kiitos'),
    ('request', {'marketing_ban'}, 'mainokset', 'ei mitää tarjouksia enää mulle, niitä tulee liikaa'),
    ('request', {'marketing_ban'}, 'Uutiskirjeet', 'Ei mainoksia enää, kiitos. Niitä tulee joka päivä.'),
    ('request', {'marketing_ban'}, 'viestit', 'ei enää mittään tekstiviestejä tarjouksista'),
    ('request', {'marketing_ban'}, 'Markkinointi', 'Ei enää uutiskirjeitä eikä muuta markkinointia minulle.'),
    # near-misses: none come, none seen
    ('other', set(), 'Tarjous', 'Ei mittään tarjouksia ole tullut, vaikka lupasitte. Missä ne on?'),
    ('other', set(), 'Kampanja', 'Ei mainoksia näkynyt missään, milloin kampanja alkaa?'),
]

# Data given to marketing partners refused, without a verb: "ei minun tietojani kenellekään markkinointiin".
NO_DATA_TO_MARKETING = [
    ('request', {'marketing_ban'}, 'Seloste',
     'Selosteessa lukee että tietoja annetaan markkinointikumppaneille. Sitä en hyväksy, ei minun tietojani kenellekään markkinointiin.'),
    ('request', {'marketing_ban'}, 'tiedot', 'ei mun tietoja mihinkään markkinointiin kiitos'),
    ('request', {'marketing_ban'}, 'Numero', 'Ei puhelinnumeroani kenellekään mainontaan.'),
    ('request', {'marketing_ban'}, 'Tiedot', 'Ei tietojani markkinointikumppaneille, kiitos.'),
    # near-misses: a question about partners, a fact
    ('other', set(), 'Seloste', 'Annetaanko tietoja markkinointikumppaneille? Keitä ne ovat?'),
]

# What is kept about the writer, asked with "säilyttää": "halusin vaan nähä mitä työ oikein minusta säilytätte".
WHAT_YOU_KEEP_OF_ME = [
    ('request', {'access'}, 'tiijot',
     'halusin vaan nähä mitä työ oikein minusta säilytätte. lähettäkää semmonen lista tai mikä se nyt on.'),
    ('request', {'access'}, 'Tiedot', 'Haluan tietää, mitä kaikkea te säilytätte minusta.'),
    ('request', {'access'}, 'tiedot', 'kertokaa mitä te musta säilytätte'),
    ('request', {'access'}, 'Kysymys', 'Mitä minusta on säilytetty järjestelmissänne?'),
    # near-misses: how long customers' data is kept, a product kept
    ('other', set(), 'Säilytys', 'Kuinka kauan säilytätte asiakkaiden tilaushistoriaa?'),
    ('other', set(), 'Kamera', 'Mitä kameraa säilytätte varastossa, onko sitä saatavilla?'),
]

# A new order given in a follow-up beside an earlier request named "vaikka pyysin ..." (although I asked ...): the
# subordinate clause reports the old ask as background, the imperative is asked now.
ALTHOUGH_I_ASKED = [
    ('followup', {'marketing_ban'}, 'Re: pyyntö',
     'samalla kun käsittelette tota niin lopettakaa ne uutiskirjeet, niitä tulee edelleen joka viikko vaikka pyysin tietoja.'),
    ('followup', {'marketing_ban'}, 'Re: pyyntö',
     'Lopettakaa samalla mainosten lähettäminen, niitä tulee yhä vaikka pyysin tietojani.'),
    ('followup', {'erasure'}, 'Re: pyyntö', 'Poistakaa nyt myös tilini, vaikka pyysin sitä jo aiemmin.'),
    # near-miss: only the earlier request reported, nothing ordered now
    ('followup', set(), 'Re: pyyntö', 'Mitään ei ole kuulunut, vaikka pyysin jo kuukausi sitten tietojeni poistamista.'),
]

# The right to see one's data talked about, not used: "selosteessa puhutaan oikeudesta tarkastaa ja poistaa tiedot,
# miten se käytännössä tehdään?" (asked before becoming a customer).
THE_RIGHT_TALKED_ABOUT = [
    ('other', set(), 'Kysymys',
     'Kun selosteessa puhutaan oikeudesta tarkastaa ja poistaa tiedot, miten se käytännössä tehdään? En ole vielä asiakas.'),
    ('other', set(), 'Kysymys', 'Kertokaa lisää oikeudesta nähdä tiedot, pitääkö lähettää henkkarit?'),
    ('other', set(), 'Seloste', 'Selosteessa mainitaan oikeudesta tarkistaa tiedot. Miten se toimii käytännössä?'),
    # near-misses: the right used
    ('request', {'access'}, 'Tiedot', 'Käytän oikeuttani tarkastaa tietoni. Lähettäkää ne minulle.'),
    ('request', {'access'}, 'Tiedot', 'Haluan nähdä tietoni, joita teillä on minusta.'),
]

ALL = THE_RIGHT_TALKED_ABOUT + NO_ADS_ANY_MORE + NO_DATA_TO_MARKETING + WHAT_YOU_KEEP_OF_ME + ALTHOUGH_I_ASKED


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind37_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
