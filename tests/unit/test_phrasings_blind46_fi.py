"""Issue 12, blind46a/b, blind47a/b and blind48a/b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# A negated background clause ("en tarvi mitään tiliä", "mulla ei ole enää asiaa teille") run on without a comma into a
# positive command: a plural imperative ("ni pyyhkikkä", "joten poistakaa") or a first-person wish ("ja haluaisin että")
# starts a new clause the earlier "en"/"ei" does not reach.
COMMAND_AFTER_NEGATED_CLAUSE = [
    ('request', {'erasure'}, 'tili', 'en mä tarvii mitään tiliä teillä ni poistakaa mun tiedot sieltä.'),
    ('request', {'erasure'}, 'tili', 'mää en käytä teiän kauppaa enää nii pyyhkikää mun tiedot pois.'),
    ('request', {'erasure'}, 'Tili', 'En enää tilaa teiltä mitään joten poistakaa tietoni rekisteristänne.'),
    ('request', {'erasure'}, 'Tili', 'Minulla ei ole enää mitään asiaa teille ja haluaisin että tietoni poistetaan kokonaan.'),
    ('request', {'erasure'}, 'tili', 'mulla ei oo mitään käyttöä tolle tilille ja haluun et mun tiedot poistetaan.'),
    ('request', {'erasure'}, 'Tili', 'Emme asioi enää teillä ja pyydämme että tietomme poistetaan.'),
    # near-misses: the command itself negated, a negated wish before it, a prohibition
    ('other', set(), 'Tili', 'En halua että tietoni poistetaan, käytän tiliä vielä.'),
    ('other', set(), 'tili', 'älkää poistako mun tietoja, tarviin tiliä vielä.'),
    ('other', set(), 'Tili', 'Minulla on vielä tilaus kesken ja haluaisin ettei tietojani poisteta ennen toimitusta.'),
]

# Erasure asked as a wish that nothing stays behind: "en halua että minusta jää mitään tietoja teille", "ettei musta jää
# mitään tietoja". A question whether something stays is not asked.
NOTHING_LEFT_OF_ME = [
    ('request', {'erasure'}, 'Tiedot', 'En halua että minusta jää mitään tietoja teidän järjestelmään.'),
    ('request', {'erasure'}, 'tiedot', 'en halua et musta jää mitään tietoja sinne teille kun en enää asioi.'),
    ('request', {'erasure'}, 'Tiedot', 'Toivon, ettei minusta jää teille mitään tietoja.'),
    ('request', {'erasure'}, 'Tiedot', 'Lopetan asiakkuuden ja haluan, ettei minusta jää rekisteriin tietoja.'),
    # near-misses: asked about in general, someone else's data, what stays after the order
    ('other', set(), 'Kysymys', 'Jääkö minusta teille tietoja, jos tilaan vierasasiakkaana?'),
    ('other', set(), 'Tilaus', 'En halua että paketti jää postiin, voitteko toimittaa kotiin?'),
]

# A receipt of an office or registry, told without its headers: "Tämä on automaattinen vastaanottokuittaus. Viestinne on
# vastaanotettu ... Tähän viestiin ei voi vastata."
AUTOMATIC_RECEIPT = [
    ('auto_reply', set(), 'Vastaanottokuittaus', 'Tämä on automaattinen vastaanottokuittaus. Viestinne käsitellään pian.'),
    ('auto_reply', set(), 'Kuittaus', 'Viestinne on vastaanotettu ja se käsitellään mahdollisimman pian.'),
    ('auto_reply', set(), 'Kuittaus', 'Kiitos. Tämä on automaattinen ilmoitus. Tähän viestiin ei voi vastata.'),
    # near-misses: a customer chasing after the receipt, a customer's own receipt quoted as story
    ('followup', set(), 'Re: Tietopyyntö DSR-2026-0101',
     'Sain teiltä vain automaattisen vastaanottokuittauksen, mutta vastausta ei ole tullut. Milloin vastaatte?'),
]

ALL = COMMAND_AFTER_NEGATED_CLAUSE + NOTHING_LEFT_OF_ME + AUTOMATIC_RECEIPT


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind46_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
