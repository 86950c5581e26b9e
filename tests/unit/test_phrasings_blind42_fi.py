"""Issue 12, blind42a/b and blind43a/b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# What the writer lets stay, with "myös / edelleen / silti" before the verb ("asiakastili saa myös jäädä, en halua sitä
# poistaa"), beside another right: not an erasure.
LET_STAY_TOO = [
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Evästeet',
     'Peruutan suostumukseni markkinointievästeisiin. Asiakastili saa myös jäädä, en halua sitä poistaa.'),
    ('request', {'marketing_ban'}, 'Uutiskirje',
     'Lopettakaa uutiskirjeiden lähettäminen minulle. Tili saa edelleen jäädä, en halua sitä poistaa.'),
    ('request', {'marketing_ban'}, 'Tekstiviestit',
     'En halua enää tekstiviestejä tarjouksista. Asiakastili saa silti jäädä, sitä en halua poistettavan.'),
    ('request', {'rectification'}, 'Osoite',
     'Korjatkaa osoitteeni, uusi on Kirkkotie 7 B 4. Tilini saa myös jäädä ennalleen, en halua sitä poistaa.'),
    # near-misses: the account does go, or does not stay
    ('request', {'erasure'}, 'Tili', 'Poistakaa asiakastilini. Tilaushistoria ei saa myöskään jäädä järjestelmään.'),
    ('request', {'erasure'}, 'Tili', 'Asiakastili saa myös lähteä, poistakaa se kokonaan.'),
]

# Marketing named in the sentence before, then let go with "ne saa jäädä pois" (in dialect "jäärä"), or "jättää pois".
LEAVE_THEM_OUT = [
    ('request', {'marketing_ban'}, 'Tekstiviestit',
     'Teiltä tulee tekstiviestejä tarjouksista melkein joka viikko. Ne saa kyllä jäärä pois.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Uutiskirjeitä tulee joka päivä. Ne saa jäädä pois.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Saan teiltä mainospostia kotiin. Ne voitte jättää pois, kiitos.'),
    ('request', {'marketing_ban', 'rectification'}, 'Osoite',
     'Nimeni on väärin, oikea on Raili Kuoppala. Korjatkaa se. Ja tarjousviestejä tulee paljon, ne saa kyllä jäädä pois.'),
    # near-misses: nothing of marketing before, or what is left out is a product
    ('other', set(), 'Tilaus', 'Tilasin kaksi palovaroitinta ja ulkovalon. Ne saa jäädä pois, jos ei ole varastossa.'),
    ('other', set(), 'Palautus', 'Laatikossa oli kuitit ja ohjeet. Ne voi jättää pois seuraavasta lähetyksestä.'),
]

# What is held about the writer asked in dialect, the case ending clipped: "mitä kaikkee teil on must sinne merkattu".
WHAT_YOU_HAVE_ON_ME_CLIPPED = [
    ('request', {'access'}, 'Tiedot',
     'Voisitteks laittaa mul sähköpostil mitä kaikkee teil on must sinne merkattu, ihan mielenkiinnost vaa.'),
    ('request', {'access'}, 'tiedot', 'Laittakaa mulle lista mitä teil on must tallessa.'),
    ('request', {'access'}, 'tiijot', 'Kertokaa mitä kaikkea teillä on miust rekisterissä.'),
    # near-misses: an English loan word, not "about me"
    ('other', set(), 'Tuotteet', 'Mitä teil on nyt tarjolla? Kaikki must-have jutut kiinnostaa.'),
]

# A new detail put into the writer's record, without a verb of correcting: "laittakeehan sinne mun tietoihin uus osote".
NEW_DETAIL_INTO_RECORD = [
    ('request', {'rectification'}, 'Osoite',
     'Muutettiin Kuopiosta Varkauteen. Laittakeehan sinne mun tietoihin uus osote ja numero ni ee tuu samoo sotkuu: Kauppakatu 14 B 9, 78200 Varkaus.'),
    ('request', {'rectification'}, 'Osoite', 'Merkitkää tietoihini uusi osoite: Koulutie 3, 40100 Jyväskylä.'),
    ('request', {'rectification'}, 'Numero', 'Lisätkää uusi puhelinnumero asiakastietoihini, 040 123 4567.'),
    ('request', {'rectification'}, 'Nimi', 'Pankaa tililleni uusi sukunimi Kuoppala, vanha on Hakoluoto.'),
    # near-misses: the order's or parcel's address, a card
    ('other', set(), 'Tilaus', 'Laittakaa tilaukseen 26-05117 uusi osoite: Koulutie 3, 40100 Jyväskylä.'),
    ('other', set(), 'Kortti', 'Lisätkää tililleni uusi maksukortti, en löydä sitä kohtaa sovelluksesta. Miten se tehdään?'),
]

# An e-mail address on the account changed with "it", even when order confirmations were named before: "mun tilil on vanha
# työsähköposti ja sinne menee tilausvahvistukset. Vaihtakaa se tähän icloud-osoitteeseen."
OLD_MAIL_TO_NEW_MAIL = [
    ('request', {'rectification'}, 'Sähköposti',
     'Mun tilil on vanha työsähköposti ja sinne menee tilausvahvistukset, mut mää en oo enää siel töis. Vaihtakaa se tähän icloud-osoitteeseen.'),
    ('request', {'rectification'}, 'Sähköposti',
     'Tililläni on vanha sähköposti, johon tilausvahvistukset menevät. Vaihtakaa se uuteen gmail-osoitteeseen.'),
    ('request', {'rectification'}, 'sposti', 'Mun vanha työsähköposti on tilillä. Vaihtakaa se tähän hotmail-osoitteeseen kiitos.'),
    # near-misses: a parcel's delivery address
    ('other', set(), 'Paketti', 'Paketti meni vanhaan osoitteeseen. Vaihtakaa se uuteen osoitteeseen, jos ehditte.'),
]

ALL = (LET_STAY_TOO + LEAVE_THEM_OUT + WHAT_YOU_HAVE_ON_ME_CLIPPED + NEW_DETAIL_INTO_RECORD + OLD_MAIL_TO_NEW_MAIL)


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind42_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
