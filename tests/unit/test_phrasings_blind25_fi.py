"""Issue 12, blind25a/blind25b (Finnish): the families behind its misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_phrasings import test_phrasing as check

# "kesäkuun loppuun asti", "vuoden loppuun saakka": the end of a period, not a verb of stopping. An out-of-office
# that says it does not read mail until then is a machine's answer, not "lopettakaa viestit".
UNTIL_THE_END = [
    ('auto_reply', set(), 'Vs: Kevään tarjoukset', 'Kiitos viestistäsi. Olen isyysvapaalla kesäkuun loppuun asti enkä lue sähköpostia säännöllisesti. Tämä on automaattinen vastaus.'),
    ('auto_reply', set(), 'Vs: Uutiskirje', 'Olen vuorotteluvapaalla vuoden loppuun saakka enkä lue sähköpostiviestejä. Kiireellisissä asioissa soita vaihteeseen.'),
    ('auto_reply', set(), 'Vs: Tarjous', 'Olen lomalla kuun loppuun asti enkä seuraa viestejä. Palaan töihin 3.8.'),
    ('auto_reply', set(), 'Re: Tilaus', 'Olen vanhempainvapaalla elokuun loppuun. Viestejä ei välitetä eteenpäin.'),
    # near-misses: the stop is asked; "loppuun" with the mail as what is to end still stops it
    ('request', {'marketing_ban'}, 'Viestit', 'Lopettakaa viestien lähettäminen minulle, en halua niitä.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Lopettakaa uutiskirjeen lähettäminen kuun loppuun mennessä.'),
    ('request', {'marketing_ban'}, 'Viestit', 'Haluan että nämä sähköpostit loppuvat heti.'),
]

# A record about the writer told wrong ("järjestelmässänne minut on merkitty maksamattomaksi"), then "pyydän
# korjaamaan tiedon": in Finnish the bare noun ("tiedon", "merkinnän") points back at the record, as "it" does.
CORRECT_THE_RECORD_TOLD = [
    ('request', {'rectification'}, 'Lasku', 'Teidän järjestelmässä minut on merkitty maksamattomaksi, vaikka asia ei ole niin. Pyydän korjaamaan tiedon.'),
    ('request', {'rectification'}, 'Virhe', 'Rekisterissänne minusta on kirjattu, että asun Ruotsissa, mikä ei pidä paikkaansa. Korjatkaa tämä tieto.'),
    ('request', {'rectification'}, 'Merkintä', 'Asiakastiedoissani minut on merkitty yritysasiakkaaksi, vaikka olen yksityishenkilö. Voisitteko korjata tiedon?'),
    ('request', {'rectification'}, 'Tiedot', 'teidän systeemissä mut on merkitty kuolleeksi vaikka oon ihan elossa. korjatkaa se tieto'),
    ('request', {'rectification', 'restriction'}, 'Perintä', 'Järjestelmässänne minut on merkitty maksamattomaksi, vaikka maksoin laskun ajallaan. Pyydän korjaamaan tiedon. Ja kunnes tämä on selvitetty, en halua että minun tietoja käytetään mihinkään.'),
    ('request', {'rectification', 'restriction'}, 'Perintä', 'Teillä minut on kirjattu maksuhäiriöiseksi, mikä ei pidä paikkaansa. Pyydän oikaisemaan tiedon, ja siihen asti kun asia on selvitetty, tietojani ei saa luovuttaa perintään.'),
    # near-misses: a product's, an order's or a page's information told wrong is no record of the writer
    ('other', set(), 'Hinta', 'Tuotesivulla ovikellon hinta on merkitty väärin. Pyydän korjaamaan tiedon.'),
    ('other', set(), 'Tilaus', 'Tilauksen 5512 toimitusaika on merkitty väärin. Korjatkaa tieto, kiitos.'),
]

# A wish in the passive with the receiver between "että" and "ei": "(pyydän) että äidilleni ei lähetetä enää
# markkinointia": the negation is the request, as "ettei hänelle lähetetä" is.
RECEIVER_BETWEEN = [
    ('request', {'marketing_ban'}, 'Äiti', 'Toimin äitini edunvalvojana. Pyydän, että äidilleni ei lähetetä enää mitään markkinointia sähköpostilla tai tekstiviestillä.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Toivon, että minulle ei enää lähetetä mainoksia.'),
    ('request', {'marketing_ban'}, 'Isä', 'Pyydän että isälleni ei soiteta myyntipuheluita.'),
    ('request', {'access', 'marketing_ban'}, 'Edunvalvonta', 'Pyydän edunvalvojana:\n1. kopion kaikista äitiäni koskevista tiedoista, joita teillä on\n2. että äidilleni ei lähetetä enää mitään markkinointia sähköpostilla, tekstiviestillä tai kirjeellä.'),
    ('request', {'marketing_ban'}, 'tarjoukset', 'haluun et mulle ei lähetetä enää noita tarjousviestejä'),
    # near-misses: what was not sent is a complaint or a wish for more, not a ban
    ('other', set(), 'Koodi', 'Ihmettelen, että minulle ei ole lähetetty luvattua tarjouskoodia.'),
    ('other', set(), 'Tilaus', 'Huomasin, että minulle ei lähetetä tilausvahvistusta ollenkaan. Onko vika minun päässä?'),
]

# An earlier request reported as asked with "kysyin" (I asked) or "tiedustelin": in a case's thread, a chase.
ASKED_BEFORE = [
    ('followup', set(), 'Pyyntönne on vastaanotettu', 'Kysyin 2.3. mitä tietoja teillä on ja nyt on huhtikuun puoliväli eikä mitään kuulu. Laki sanoo kuukausi.'),
    ('followup', set(), 'Pyyntö', 'Tiedustelin jo maaliskuussa, mitä tietoja minusta on tallennettu. Milloin saan vastauksen?'),
    ('followup', set(), 'Pyyntö', 'olen kysyny jo kaks kertaa mitä tietoja teillä on musta, eikä mitään oo kuulunu'),
    # near-miss: a new right asked in the reply still counts
    ('followup', {'erasure'}, 'Pyyntö', 'Kysyin 2.3. mitä tietoja teillä on, eikä mitään kuulu. Poistakaa nyt vain kaikki tietoni.'),
]

# A right the writer knows they would have ("mulla olisi oikeus tarkastaa omat tiedot"), then why it is not asked:
# named, not asked.
RIGHT_KNOWN_NOT_ASKED = [
    ('other', set(), 'kysymys kameroista', 'Luin tietosuojaselosteen. Tiedän että mulla olisi oikeus tarkastaa omat tiedot jne, mutta en ole vielä asiakas, haluan vain tietää tämän ennen ostopäätöstä.'),
    ('other', set(), 'Kysymys', 'Minulla olisi kai oikeus pyytää tietojeni poistamista, mutta en halua sitä nyt. Kysyn vain, miten kamera tallentaa kuvaa.'),
    ('other', set(), 'Kysymys', 'Tiedän, että minulla on oikeus saada kopio tiedoistani, mutta en pyydä sitä nyt. Kysyn vain toimitusajoista.'),
    # near-misses: a right known and used, or a chase of it, is asked
    ('request', {'access'}, 'Tiedot', 'Tiedän että minulla on oikeus tarkastaa tietoni. Lähettäkää minulle kopio kaikista tiedoistani.'),
    ('request', {'access'}, 'Tiedot', 'Minulla on oikeus saada kopio tiedoistani, joten pyydän sen nyt.'),
]


@pytest.mark.parametrize("kind, intents, subject, body",
                         UNTIL_THE_END + CORRECT_THE_RECORD_TOLD + RECEIVER_BETWEEN + ASKED_BEFORE + RIGHT_KNOWN_NOT_ASKED,
                         ids=[p[3][:40] for p in UNTIL_THE_END + CORRECT_THE_RECORD_TOLD + RECEIVER_BETWEEN + ASKED_BEFORE + RIGHT_KNOWN_NOT_ASKED])
def test_phrasing_blind25_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)
