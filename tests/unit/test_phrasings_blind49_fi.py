"""Issue 12, blind49a/b and blind50a/b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# A spoken particle between "älkää" and its verb: "älkää sit lähettäkö", "älkää nyt enää soittako", "älkää kyl
# lähettäkö". The prohibition stands as it does with "sitten".
PARTICLE_IN_PROHIBITION = [
    ('request', {'marketing_ban'}, 'mainokset', 'ja älkää sit lähettäkö enää mitään mainoksia kiitos'),
    ('request', {'marketing_ban'}, 'uutiskirje', 'älkää nyt enää lähettäkö niitä uutiskirjeitä mulle.'),
    ('request', {'marketing_ban'}, 'puhelut', 'älkää sitte soittako mulle enää mitään myyntipuheluita'),
    ('request', {'marketing_ban'}, 'tekstarit', 'älkää kyl lähettäkö tekstareita tähän numeroon enää'),
    ('request', {'erasure', 'marketing_ban'}, 'tili', 'poistakaa mun tili ja älkää sit laittako mitään tarjouksia.'),
    # near-misses: the mail sent to the old address is what is wrong, a question about the newsletter
    ('other', set(), 'paketti', 'älkää sit lähettäkö sitä pakettia vanhaan osoitteeseen, mä muutin.'),
    ('other', set(), 'uutiskirje', 'tuleeko se uutiskirje sit joka viikko vai kerran kuussa?'),
]

# Messages refused without a verb, the mail named as messages, mails or calls: "eli ei enää niitä viestejä tähän
# numeroon kiitos", "ei enää sähköposteja". A report that none came any more is no refusal.
NO_MORE_MESSAGES = [
    ('request', {'marketing_ban'}, 'viestit',
     'teiltä tulee koko ajan tarjousviestejä vaikka en oo mihinkään ruksinu. eli ei enää niitä viestejä tähän numeroon kiitos.'),
    ('request', {'marketing_ban'}, 'meilit', 'en oo tilannu teiltä mitään vuosiin, joten ei enää sähköposteja tähän osoitteeseen.'),
    ('request', {'marketing_ban'}, 'soitot', 'Myyjänne soitti taas eilen. Ei kiitos enää soittoja tähän numeroon.'),
    ('request', {'marketing_ban'}, 'tekstarit', 'ei enää mitään tekstareita mulle kiitos'),
    # near-misses: a report that the messages stopped, a wish to change where they go
    ('other', set(), 'viestit', 'peruin tilauksen ja sen jälkeen ei enää viestejä ole tullut, kiitos siitä.'),
    ('other', set(), 'Tilaus 5521', 'Tilauksesta ei enää tullut viestejä, onko se lähtenyt?'),
]

# A new or right address in speech, "osote": "uus osote on Kermanrannantie 22", "oikea osote on ...", and a number told
# as the current one against the old ("puhelinnumero on nykyään 045 ... eikä se vanha").
SPOKEN_NEW_ADDRESS = [
    ('request', {'rectification'}, 'osote', 'muutin syksyllä. uus osote on Kermanrannantie 22, 73300 Nilsiä.'),
    ('request', {'rectification'}, 'osote', 'teillä on vieläkin vanha tieto tilillä, mun uus osote on Koulukatu 4 B 12.'),
    ('request', {'rectification'}, 'osote', 'tilillä on väärin, oikea osote on Rantatie 8, 15880 Hollola'),
    ('request', {'rectification'}, 'numero', 'puhelinnumero on nykyään 045 212 8830 eikä se vanha 050 alkunen.'),
    ('request', {'rectification'}, 'numero', 'Sähköposti on nykyisin maija.k@example.fi eikä se entinen.'),
    # near-misses: the shop's address asked, a phone number given to be called back on
    ('other', set(), 'palautus', 'mikä teidän osote on? haluun palauttaa paketin.'),
    ('other', set(), 'tilaus', 'Puhelinnumero on nykyään paras tapa tavoittaa minut, soittakaa kun paketti lähtee.'),
]

# A wrong detail seen in an order, told to be stored in the writer's record too: "Sama virhe on ilmeisesti tallentunut mun
# asiakastietoihin", "väärä osoite on jäänyt tilille": the record is what is wrong, no order's delivery detail only.
WRONG_DETAIL_STORED_IN_RECORD = [
    ('request', {'rectification'}, 'Re: Tilausvahvistus',
     'Tilausvahvistuksessa on väärä osoite, talon numero on 18 eikä 81. Sama virhe on ilmeisesti tallentunut mun asiakastietoihin. Korjatkaa se.'),
    ('request', {'rectification'}, 'Tilaus 4411',
     'Tilauksessa oli väärä sukunimi. Sama virhe on myös tallentunut asiakastietoihini, korjatkaa se sinne pysyvästi.'),
    ('request', {'rectification'}, 'osote', 'tilauksessa näky vanha osote. se väärä osote on jääny mun tilille, korjatkaa se.'),
    ('request', {'rectification'}, 'Tilaus', 'Toimitusosoite tilauksessa oli väärä. Virhe on tallentunut tietoihini, pyydän korjaamaan sen.'),
    # near-misses: the error not stored, a payment error, a question about the order only
    ('other', set(), 'Tilaus 4411', 'Tilauksessa oli väärä osoite. Virhe ei onneksi ole tallentunut asiakastietoihini, paketti tuli perille.'),
    ('other', set(), 'Lasku', 'Maksussa oli virhe ja se on tallentunut laskulle kahdesti, voitteko tarkistaa laskun?'),
]

ALL = PARTICLE_IN_PROHIBITION + NO_MORE_MESSAGES + SPOKEN_NEW_ADDRESS + WRONG_DETAIL_STORED_IN_RECORD


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind49_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
