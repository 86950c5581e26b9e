"""Issue 12, blind32a/blind32b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# A detail that is not the writer's, asked taken off the writer's record ("poistatte sen kokkolalaisen osoitteen minun
# tiedoistani, se ei ole minun osoite"): the record is put right, nothing of the writer's is erased.
NOT_MY_DETAIL_OFF_MY_RECORD = [
    ('request', {'rectification'}, 'Osoite',
     'Poistakaa tiedoistani osoite Mariankatu 5 Kokkola, se ei ole minun osoitteeni, en ole koskaan asunut siellä.'),
    ('request', {'rectification'}, 'Sähköposti',
     'Poistakaa asiakastiedoistani sähköpostiosoite matti.v@example.com, se ei ole minun.'),
    ('request', {'rectification'}, 'numero', 'poistakaa se numero mun tiedoista, ei oo mun numero'),
    ('request', {'rectification'}, 'Puhelinnumero',
     'Tililläni on puhelinnumero, joka ei ole minun, ja pyydän poistamaan sen.'),
    ('request', {'rectification', 'restriction'}, 'Lasku',
     'Pyydän että:\n- ette käytä tietojani tämän laskun perimiseen ennen kuin asia on selvitetty\n'
     '- korjaatte tietoihini, että tilaus 108214 ei ole minun, ja poistatte sen kokkolalaisen osoitteen minun tiedoistani, '
     'se ei ole minun osoite'),
    # near-misses: the writer's own data, asked erased
    ('request', {'erasure'}, 'Tili', 'Poistakaa tilini ja osoitteeni tiedoistanne, en ole enää asiakkaanne.'),
    ('request', {'erasure'}, 'Tili', 'Poistakaa asiakastilini. Se ei ole ollut minun käytössäni vuosiin.'),
]

# A bare "lopettakaa (heti)" after the marketing is named, with a threat tied on by "tai" ("LOPETTAKAA HETI TAI TEEN
# ILMOITUKSEN KULUTTAJAVIRASTOON"): a stop all the same.
STOP_OR_ELSE = [
    ('request', {'marketing_ban'}, 'Mainokset',
     'Mainoksia tulee edelleen joka viikko. Lopettakaa heti tai teen valituksen kuluttajavirastoon.'),
    ('request', {'marketing_ban'}, 'Uutiskirje',
     'Peruin uutiskirjeen, mutta sitä tulee silti. Lopettakaa tai teen ilmoituksen.'),
    ('request', {'marketing_ban'}, 'tekstarit', 'tekstiviestimainoksia tulee joka päivä. lopettakaa nyt tai valitan kuluttajavirastoon'),
    ('request', {'erasure', 'marketing_ban'}, 'LOPETTAKAA',
     'OLEN JO KOLME KERTAA PAINANUT SITÄ "PERUUTA TILAUS" NAPPIA JA SILTI TULEE JOKA VIIKKO TEIDÄN MAINOKSIA SÄHKÖPOSTIIN!!!\n\n'
     'LOPETTAKAA HETI TAI TEEN ILMOITUKSEN KULUTTAJAVIRASTOON.\n\nJA POISTAKAA SAMALLA KOKO MINUN TILI.'),
    # near-miss: no marketing named, the stop is of something else
    ('other', set(), 'Lasku', 'Laskutus on mennyt väärin kolme kertaa. Lopettakaa heti tai teen valituksen.'),
]

# Where the writer got a thing ("naapuri kyseli mistä olen sen hankkinut") is no question of where we got their data.
WHERE_I_GOT_IT = [
    ('request', {'rectification'}, 'Nimenmuutos',
     'Kamera on toiminut hyvin ja naapurikin kävi kyselemässä mistä olen sen hankkinut. Sukunimeni on nyt Laine, '
     'voisitteko päivittää sen asiakastietoihini?'),
    ('other', set(), 'Kamera', 'Kaveri kyseli mistä olen saanut niin hyvän kameran, kerroin teistä. Milloin tulee uusia malleja?'),
    ('other', set(), 'Hälytin', 'Moni on kysynyt, mistä olemme hankkineet hälyttimen. Onko teillä suosittelukoodia?'),
    # near-misses: where you got the writer's data
    ('request', {'access'}, 'Numero', 'Mistä olette saaneet puhelinnumeroni?'),
    ('request', {'access'}, 'Osoite', 'Mistä yrityksenne on saanut osoitteeni? En ole koskaan asioinut kanssanne.'),
]

# A chaser that tells of the automatic acknowledgement it got ("tuli tämä automaattinen kuittaus"): a person writing.
TOLD_OF_THE_ACKNOWLEDGEMENT = [
    ('followup', set(), 'Pyyntösi on vastaanotettu',
     'Pyysin tietojani 2.2. ja saman päivän aikana tuli tämä automaattinen kuittaus. Nyt on 9.3. eikä mitään muuta ole kuulunut.'),
    ('followup', set(), 'Pyyntösi on vastaanotettu', 'Teiltä tuli tää automaattinen vastaus mutta ei muuta. Milloin vastaatte?'),
    ('followup', set(), 'Pyyntösi on vastaanotettu', 'Ainoa mitä olen saanut on se automaattinen kuittaus. Milloin asia etenee?'),
    # near-misses: a machine's acknowledgement and an out-of-office
    ('auto_reply', set(), 'Viestisi', 'Tämä on automaattinen kuittaus. Olemme vastaanottaneet viestisi ja vastaamme kahden arkipäivän kuluessa.'),
    ('auto_reply', set(), 'Poissa', 'Automaattinen vastaus: olen lomalla 5.8. asti.'),
    ('auto_reply', set(), 'Poissa', 'Kiitos viestistäsi. Tämä automaattinen vastaus kertoo, että olen poissa toimistolta 12.8. asti.'),
]

# A file we sent, told back as arrived or opened ("CSV-tiedosto tuli hyvin perille ja aukesi"): nothing asked of it.
THE_FILE_ARRIVED = [
    ('followup', {'erasure'}, 'Vastaus tietopyyntöösi',
     'Kiitos liitteistä. Analytiikkatiedot saa poistaa. Ostohistoria saa jäädä. CSV-tiedosto tuli hyvin perille ja aukesi.'),
    ('followup', set(), 'Vastaus tietopyyntöösi', 'Sain tiedot, Excel-tiedosto aukesi ongelmitta.'),
    ('followup', set(), 'Vastaus tietopyyntöösi', 'Liitteet tulivat perille, myös JSON-tiedosto avautui hyvin.'),
    ('followup', set(), 'Vastaus tietopyyntöösi', 'csv tuli perille ja aukes excelissä ihan hyvin, kiitti'),
    # near-misses: the format asked for
    ('followup', {'portability'}, 'Vastaus tietopyyntöösi',
     'PDF tuli perille, mutta voisitteko lähettää samat tiedot vielä CSV-tiedostona?'),
    ('followup', {'portability'}, 'Vastaus tietopyyntöösi', 'Tiedosto ei auennut. Lähettäkää tiedot uudestaan CSV-muodossa.'),
    ('followup', {'portability'}, 'Vastaus tietopyyntöösi', 'PDF tuli perille, lähettäkää vielä ostohistoria CSV-tiedostona.'),
]

# Phishing in an authority's voice: a complaint "filed", a fine of a share of turnover, "log in with your company's
# e-mail credentials to see the documents", signed off as an automatic message. Spam, not an auto-reply.
AUTHORITY_LOGIN_SCAM = [
    ('spam', set(), 'Ilmoitus tietosuojarikkomuksesta',
     'Tietosuojavaltuutetun toimistoon on vastaanotettu kantelu koskien yrityksenne henkilötietojen käsittelyä. Antakaa selvitys '
     '48 tunnin kuluessa, muuten asia siirretään seuraamusmaksun käsittelyyn (enintään 4 % vuotuisesta liikevaihdosta). '
     'Kirjaudu sisään yrityksesi sähköpostin tunnuksilla nähdäksesi asiakirjat.\n\nTämä on automaattinen viesti, älä vastaa tähän.'),
    ('spam', set(), 'Kantelu', 'Yrityksenne on saanut kantelun. Kirjaudu sisään sähköpostitunnuksillasi 24 tunnin kuluessa '
     'nähdäksesi asiakirjan. Tämä on automaattinen viesti.'),
    ('spam', set(), 'Tietosuojailmoitus', 'Teille on jätetty tietosuojailmoitus. Kirjautukaa sisään yrityksen tunnuksilla '
     'nähdäksenne asiakirjat. Seuraamusmaksu voi olla jopa 4 % liikevaihdosta.'),
    # near-misses: a customer who cannot log in, an auto-reply, a customer's threat to complain
    ('other', set(), 'Kirjautuminen', 'Kirjaudun sisään tunnuksillani, mutta tilaushistoria ei näy. Voitteko auttaa?'),
    ('auto_reply', set(), 'Kiitos viestistäsi', 'Tämä on automaattinen viesti. Olemme vastaanottaneet viestisi ja vastaamme pian.'),
    ('request', {'erasure'}, 'Valitus', 'Poistakaa tietoni. Jos ette tee sitä, valitan tietosuojavaltuutetulle, ja seuraamusmaksu voi olla '
     'jopa 4 % liikevaihdosta.'),
]

# Use for statistics or analytics refused: "en halua että minun tietoja käytetään mihinkään tilastoihin eikä
# analytiikkoihin. Kieltäydyn siitä." An objection (Art. 21), in plain words.
NO_STATISTICS = [
    ('request', {'objection'}, 'seurantaa',
     'Luin tietosuojaselosteenne. Ostan teiltä jatkossakin, mutta en halua että minun tietoja käytetään mihinkään tilastoihin '
     'eikä analytiikkoihin. Kieltäydyn siitä.'),
    ('request', {'objection'}, 'Analytiikka', 'En halua, että tietojani käytetään tilastointiin tai analytiikkaan.'),
    ('request', {'objection'}, 'Tilastot', 'En hyväksy, että ostohistoriaani hyödynnetään analytiikassa.'),
    ('request', {'objection'}, 'Analyysi', 'Kieltäydyn siitä, että ostohistoriaani analysoidaan.'),
    ('request', {'objection'}, 'tilastot', 'en halua et mun tietoja käytetään teidän tilastoihin'),
    # near-misses: marketing refused; a question; use stopped only until a dispute is settled
    ('request', {'marketing_ban'}, 'Markkinointi', 'En halua, että tietojani käytetään markkinointiin.'),
    ('request', {'restriction'}, 'Riita', 'En halua, että tietojani käytetään mihinkään ennen kuin asia on selvitetty.'),
    ('request', {'restriction'}, 'Riita', 'En halua, että tietojani käytetään tilastointiin ennen kuin asia on selvitetty.'),
    ('other', set(), 'Tilastot', 'Tilastojen mukaan hälyttimet vähentävät murtoja. Onko teillä tästä lisätietoa?'),
]

# Data asked for on someone else's behalf, named by whose name it is in ("kaikki tiedot mitä teillä on äitini
# nimissä", "mitä teillä on hänen nimissään"): access.
HELD_IN_ANOTHERS_NAME = [
    ('request', {'access'}, 'Äitini tiedot',
     'Olen äitini edunvalvontavaltuutettu. Pyydän että toimitatte minulle kaikki tiedot mitä teillä on äitini nimissä.'),
    ('request', {'access'}, 'Isän tiedot', 'Olen isäni edunvalvoja. Lähettäkää minulle kaikki, mitä teillä on hänen nimissään.'),
    ('request', {'access'}, 'Vaimoni', 'Kertokaa mitä teillä on vaimoni nimellä rekisterissänne.'),
    ('request', {'access'}, 'Äiti', 'Haluaisin tietää, mitä tietoja teillä on äidistäni.'),
    # near-misses: erasure of what is held in that name; what is on offer
    ('request', {'erasure'}, 'Äiti', 'Olen äitini edunvalvoja. Poistakaa kaikki mitä teillä on äitini nimissä.'),
    ('other', set(), 'Lahja', 'Mitä teillä on tarjolla äitienpäiväksi?'),
]

ALL = (NOT_MY_DETAIL_OFF_MY_RECORD + STOP_OR_ELSE + WHERE_I_GOT_IT + TOLD_OF_THE_ACKNOWLEDGEMENT + THE_FILE_ARRIVED
       + AUTHORITY_LOGIN_SCAM + NO_STATISTICS + HELD_IN_ANOTHERS_NAME)


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind32_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
