"""Issue 12, blind33a/b and blind34a/b (Finnish): the families behind their misses, written after seeing them.

Several wordings per family, colloquial and formal, with near-misses that must not fire; checked as
`tests.unit.test_phrasings.PHRASINGS` are.
"""

from __future__ import annotations

import pytest

from bot.core.reading.classify import classify
from tests.unit.test_phrasings import _mail
from tests.unit.test_phrasings import test_phrasing as check

# A permission taken back in speech: "otan sen luvan takasin", "otan suostumuksen takas" (spoken "takaisin").
CONSENT_TAKEN_BACK_SPOKEN = [
    ('request', {'consent_withdrawal'}, 'arvostelu',
     'Kirjotin teille arvostelun ja siinä näkyy mun nimi. Eli otan sen luvan takasin, ottakee se arvostelu pois sieltä.'),
    ('request', {'consent_withdrawal'}, 'lupa', 'Mä otan mun luvan takas, en halua enää olla mukana.'),
    ('request', {'consent_withdrawal'}, 'Suostumus', 'Otan suostumukseni takasin kuvien käyttöön.'),
    ('request', {'consent_withdrawal', 'erasure'}, 'arvostelu',
     'Otan sen luvan takasin, ottakee se arvostelu pois. Ja samalla vois poistaa koko miun asiakastilin.'),
    # near-misses: a product or money taken back
    ('other', set(), 'Palautus', 'Otatteko palovaroittimen takas, jos se on avaamaton?'),
    ('other', set(), 'Rahat', 'Haluan rahat takasin viallisesta kamerasta.'),
]

# Leave to stop the marketing named before, the pronoun first: "Ne voi lopettaa heti", "ne saa loppua".
THEY_MAY_BE_STOPPED = [
    ('request', {'marketing_ban'}, 'Mainokset',
     'Hänelle tulee edelleen teidän mainoksia ja tarjouksia sähköpostiin. Ne voi lopettaa heti.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Teiltä tulee uutiskirjeitä joka viikko. Ne saatte lopettaa.'),
    ('request', {'marketing_ban'}, 'tekstarit', 'Tarjousviestejä tulee monta viikossa, ne saa loppua nyt.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Saan mainoksianne postissa. Ne voitte lopettaa kokonaan.'),
    # near-misses: something else that may stop; an order
    ('other', set(), 'Tilaus', 'Tilasin kaksi kameraa. Ne voi lähettää samassa paketissa.'),
    ('other', set(), 'Hälytin', 'Hälytin piippaa yöllä. Se pitäisi saada loppumaan, miten?'),
]

# A list item of a wish in the passive ("pyydän, että:\n- hänelle ei enää soiteta, lähetetä kirjeitä eikä
# sähköpostimainontaa"), and a compound of "mainonta" ("sähköpostimainonta", "suoramainonta") as a kind of marketing.
LISTED_NO_MORE_MARKETING = [
    ('request', {'erasure', 'marketing_ban'}, 'Isäni tili',
     'Pyydän nyt, että:\n\n- hänen asiakastilinsä ja henkilötietonsa poistetaan rekistereistänne, ja\n'
     '- hänelle ei enää soiteta, lähetetä kirjeitä eikä sähköpostimainontaa missään muodossa.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Toivon, että:\n- minulle ei enää lähetetä suoramainontaa\n- numeroani ei jaeta eteenpäin'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Lopettakaa sähköpostimainonta minulle.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'En halua enää mitään suoramainontaa.'),
    # near-misses: a list of what went wrong; a question why mail stopped
    ('other', set(), 'Tilaus', 'Ongelmat:\n- minulle ei lähetetä tilausvahvistusta\n- paketti ei tullut'),
    ('other', set(), 'Uutiskirje', 'Miksi minulle ei enää lähetetä uutiskirjettä?'),
]

# Texts or mail the writer never agreed to, then "stop them": unsolicited, so marketing.
NEVER_AGREED_STOP_THEM = [
    ('request', {'marketing_ban'}, 'tekstarit', 'en oo ikinä antanu lupaa mihinkään tekstiviesteihin. lopettakaa ne heti tai teen ilmotuksen'),
    ('request', {'marketing_ban'}, 'Viestit', 'En ole koskaan antanut lupaa sähköposteihin. Lopettakaa ne.'),
    ('request', {'marketing_ban'}, 'Viestit', 'En ole hyväksynyt näitä viestejä. Lopettakaa ne heti.'),
    # near-misses: an alarm's texts, the writer's own choice
    ('other', set(), 'Hälytin', 'Hälytin lähettää tekstiviestejä yöllä. Miten ne saa loppumaan?'),
]

# Calls told to stop, the plural "soitot" (of "soitto") and dialect imperatives ("lopetatta").
STOP_THE_CALLS = [
    ('request', {'access', 'marketing_ban'}, 'numero',
     'Teiltä on soitettu mulle kaks kertaa. Kertoosittako mistä ootta saanu mun numeron ja mitä kaikkia tietoja teillä on musta. '
     'Ja ny heti lopetatta ne soitot, ei tartte soittaa enää.'),
    ('request', {'marketing_ban'}, 'Soitot', 'Myyjänne soittaa joka viikko. Lopettakaa nämä soitot.'),
    ('request', {'marketing_ban'}, 'Soitot', 'Soitot saa loppua, en osta mitään puhelimessa.'),
    # near-miss: a call asked for
    ('other', set(), 'Asennus', 'Soitot asentajalta tulevat aina myöhään, voisiko asentaja soittaa aamulla?'),
]

# "Onko mahdollista saada mun ..." asks for the writer's own data, as "voiko mun tilin poistaa" does.
IS_IT_POSSIBLE = [
    ('request', {'portability'}, 'ostohistoria',
     'Onks mahdollista saada mun ostohistoria teiltä jossain tiedostomuodossa (csv/excel/json käy kaikki)? '
     'Haluun siirtää ne tiedot uudelle vakuutusyhtiölle.'),
    ('request', {'access'}, 'Tiedot', 'Olisiko mahdollista saada kopio tiedoistani?'),
    ('request', {'erasure'}, 'Tili', 'Onko mahdollista poistaa asiakastilini kokonaan?'),
    ('request', {'portability'}, 'Tiedot', 'Olisko mahdollista saada mun tilaushistoria csv-tiedostona?'),
    # near-misses: whether it can be done in general; a product in a format
    ('other', set(), 'Tili', 'Onko mahdollista poistaa tili myöhemmin, jos en enää tarvitse sitä?'),
    ('other', set(), 'Käyttöohje', 'Onko mahdollista saada käyttöohje pdf-muodossa?'),
]

# Consents pointed back to in the plural: "Perun nyt nämä molemmat suostumukset" after marketing named.
BOTH_CONSENTS = [
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Suostumuksen peruminen',
     'Annoin aikoinaan suostumuksen uutiskirjeeseen ja tekstiviestitarjouksiin. Perun nyt nämä molemmat suostumukset.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Suostumukset',
     'Olen antanut luvan uutiskirjeeseen ja mainoksiin. Perun ne molemmat luvat.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Suostumus',
     'Olen tilannut uutiskirjeen ja sallinut markkinointiviestit. Peruutan nuo suostumukset.'),
    # near-misses: consents to something else
    ('request', {'consent_withdrawal'}, 'Suostumukset',
     'Annoin suostumuksen analytiikkaevästeisiin ja kuvani käyttöön. Perun nyt nämä molemmat suostumukset.'),
]

# A wrong record of an unpaid invoice: "teillä on minusta virheellinen tieto ... Pyydän korjaamaan sen", and "korjatkaa
# järjestelmäänne, että lasku on maksettu": the record corrected, beside a restriction while it is looked into.
WRONG_PAYMENT_RECORD = [
    ('request', {'rectification', 'restriction'}, 'Perintä',
     'Maksoin laskun ajallaan. Teillä on siis minusta virheellinen tieto maksamattomasta laskusta. Pyydän korjaamaan sen. '
     'Ja niin kauan kun tämä selvitetään, en halua että tietojani käsitellään, eli käsittely pitää rajoittaa kunnes riita on ratkaistu.'),
    ('request', {'rectification'}, 'Lasku', 'Teillä on minusta väärä tieto maksamattomasta laskusta. Korjatkaa se.'),
    ('request', {'rectification', 'restriction'}, 'Perintä',
     'Niin kauan kun tätä selvitetään, en halua että minun tietojani käytetään tai luovutetaan eteenpäin, eli jäädyttäkää asia. '
     'Ja kun asia on selvitetty, korjatkaa teidän järjestelmään että lasku on maksettu ajallaan.'),
    ('request', {'rectification'}, 'Lasku', 'Merkitkää järjestelmäänne, että lasku 4412 on maksettu 3.12.'),
    ('request', {'rectification'}, 'Lasku', 'Voisitteko päivittää asiakastietoihini, että olen maksanut laskun?'),
    # near-misses: an order's thing corrected; a product fixed
    ('other', set(), 'Lasku', 'Lasku on maksettu 3.12., korjatkaa se karhu pois. Mihin numeroon voin soittaa?'),
    ('other', set(), 'Sovellus', 'Korjatkaa sovellukseen, että hälytys toimii myös yöllä.'),
]

ALL = (CONSENT_TAKEN_BACK_SPOKEN + THEY_MAY_BE_STOPPED + LISTED_NO_MORE_MARKETING + NEVER_AGREED_STOP_THEM + STOP_THE_CALLS
       + IS_IT_POSSIBLE + BOTH_CONSENTS + WRONG_PAYMENT_RECORD)


@pytest.mark.parametrize("kind, intents, subject, body", ALL, ids=[p[3][:40] for p in ALL])
def test_phrasing_blind33_fi(kind, intents, subject, body):
    check(kind, intents, subject, body)


# An out-of-office written twice, one line per language with no blank line between: the first language settles it,
# as for paragraphs (SCHEMA). A long mail in one language with a short line of another stays in its own.
LINES_IN_TWO_LANGUAGES = [
    ('auto_reply', 'fi', 'Poissa / Frånvarande',
     'Olen kesälomalla 3.8. asti. Viestisi ei siirry eteenpäin.\nJag har semester till 3.8. Ditt meddelande vidarebefordras inte.\n\nSirpa Pukkila'),
    ('auto_reply', 'fi', 'Poissa / Out of office',
     'Olen lomalla 12.7. asti enkä lue sähköpostia.\nI am on holiday until 12 July and not reading e-mail.'),
    ('auto_reply', 'sv', 'Frånvarande / Poissa',
     'Jag har semester till 3.8. Ditt meddelande vidarebefordras inte.\nOlen kesälomalla 3.8. asti. Viestisi ei siirry eteenpäin.'),
    ('request', 'en', 'My data',
     'Hei, tässä asiakkaan viesti.\n\nHi, I bought a lock from you last summer. Please delete my phone number from your systems '
     'and tell me what other personal information you hold about me.'),
]


@pytest.mark.parametrize("kind, language, subject, body", LINES_IN_TWO_LANGUAGES, ids=[p[2] for p in LINES_IN_TWO_LANGUAGES])
def test_a_text_written_twice_line_by_line_takes_the_first_language(kind, language, subject, body):
    c = classify(_mail(subject, body, False))
    assert (c.kind, c.language) == (kind, language), c.reasons
