"""Mail-level phrasings in fi, sv and en, colloquial and formal, written for issue 12 to test that the
classifier generalises beyond the corpora it was tuned on. Each line: the kind and rights a careful
officer reads, the subject, the body. Followups are sent as replies to one of our case mails.
"""

from __future__ import annotations

import pytest

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import classify

# --- issue 12, blind16 (Finnish and other languages): families behind its misses -------------------
# Written for the purpose after seeing the misses, several wordings per family, near-misses included.
BLIND16_FI = [
    # a detail of the writer's as "you have" it ("on teillä"), and "can you correct it" two sentences on
    ('followup', {'rectification'}, 'Vastaus', 'Kiitos tiedoista. Huomasin, että sukunimeni on teillä muodossa Virtane. Oikein on Virtanen. Voitteko korjata sen?'),
    ('request', {'rectification'}, 'Sähköposti', 'Sähköpostiosoitteeni on teillä muodossa maija@exmaple.fi, oikea on maija@example.fi. Voisitteko korjata sen.'),
    ('request', {'rectification'}, 'nimi', 'teil on mun nimi väärin, se on Laine eikä Laina. voisitko korjata sen'),
    # ... also when an order confirmation is where it was seen: the next parcel goes to the held address
    ('request', {'rectification'}, 'Osoite', 'Huomasin tilausvahvistuksesta, että osoitteeni on teillä väärin: siinä lukee Kalevankatu 21, vaikka oikea on Kalevankatu 12. Korjatkaa se, ettei seuraava paketti mene väärään paikkaan.'),
    ('request', {'rectification'}, 'Osoite', 'Laskusta näin, että teillä on osoitteeni väärin. Oikea osoite on Kauppakatu 5.'),
    # near-misses: an order's delivery address, and a program's fault, are no correction of the record
    ('other', set(), 'Tilaus', 'Tilauksen 5512 toimitusosoite on väärin, voitteko korjata sen ennen kuin paketti lähtee?'),
    ('other', set(), 'Sovellus', 'Sovellus näyttää kellonajan väärin. Voitteko korjata sen?'),
    # "should be on the parcel" says where a detail goes, not what it is
    ('other', set(), 'Tilaus', 'Tilaus ei ole tullut. Nimeni pitäisi olla paketissa ja puhelinnumero myös, voisiko vika olla siinä?'),
    ('request', {'rectification'}, 'Nimi', 'Sukunimeni pitäisi olla Virtanen, ei Virtane.'),
    ('request', {'rectification'}, 'Numero', 'Puhelinnumeroni pitäisi olla 040 123 4567, teillä on vanha.'),
    # "en halua, että ...": the wish is negated across the comma Finnish puts before "että"
    ('request', {'marketing_ban'}, 'Markkinointi', 'En halua, että poistatte tiliäni – tilaan jatkossakin. Markkinointisähköpostit saavat kuitenkin loppua.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'En toivo, että tilini poistetaan. Lopettakaa vain mainosviestit.'),
    ('other', set(), 'Salasana', 'En mä halua, et te poistatte mun tiliä. Kysyin vaan miten salasana vaihdetaan.'),
    ('request', {'erasure'}, 'Tili', 'En halua enää asioida kanssanne, joten poistakaa tilini.'),
    ('request', {'marketing_ban'}, 'Markkinointi', 'En halua, että tietojani käytetään markkinointiin.'),
    # "enkä halua niitä": a stop whose object is the marketing named before
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Teiltä tulee uutiskirjeitä, joita en ole tilannut, enkä halua niitä.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Saan teiltä mainoksia joka viikko enkä halua niitä.'),
    ('request', {'marketing_ban'}, 'Tekstarit', 'En ole koskaan tilannut teidän tekstiviestitarjouksia, enkä enää halua näitä.'),
    ('other', set(), 'Palautus', 'Tilasin kaksi palovaroitinta enkä halua niitä enää, miten palautan ne?'),
    # dialect and speech: "elkee soetelko" (Savo), "älkee laettako", "ottoo pois teijän koneelta"
    ('request', {'marketing_ban'}, 'puhelinmyynti', 'Teiltä on soitettu monta kertaa ja yritetty myydä hälytysjärjestelmää. Elkee soetelko enää.'),
    ('request', {'marketing_ban'}, 'mainokset', 'Älkee laettako enää niitä mainoksia.'),
    ('request', {'marketing_ban'}, 'Myyntipuhelut', 'Älkää soitelko mulle enää myyntipuheluita.'),
    ('request', {'erasure'}, 'numero pois', 'Ettäkö työ voesitta ottoo sen puhelinnumeron pois teijän koneelta.'),
    ('request', {'erasure'}, 'Numero', 'Voisitteko ottaa puhelinnumeroni pois teidän koneelta, ei sitä tarvita siellä.'),
    ('request', {'erasure'}, 'osoite', 'Ottakaa mun osoite pois teidän systeemistä.'),
    ('other', set(), 'Tilaus', 'Voisitteko ottaa yhden palovaroittimen pois tilauksesta 4412?'),
    # an out-of-office told without its headers: "olen kesälomalla", "enkä lue sähköpostia"
    ('auto_reply', set(), 'Lomalla', 'Kiitos viestistäsi. Olen kesälomalla 27.7. asti enkä lue sähköpostia. Vastaan kun palaan.'),
    ('auto_reply', set(), 'Poissa', 'Olen talvilomalla viikon 8 ajan. Viestisi ei siirry eteenpäin automaattisesti.'),
    ('other', set(), 'Nouto', 'Olin kesälomalla kun paketti tuli, voiko sen vielä noutaa?'),
]

# A request in a text attachment that the body points to ("ks. liite", "liite", "liitteenä").
BLIND16_FI_ATTACHED = [
    ('Hei, ks. liite.', 'Pyydän kopion tiedoistani. Lisäksi pyydän korjaamaan sukunimeni: rekisterissä se on Mäenpää, nykyinen on Lehto.', {'access', 'rectification'}),
    ('Tietopyyntöni, kts liite.', 'Pyydän saada tarkastaa minusta tallennetut tiedot.', {'access'}),
    ('Pyyntö liitteenä.', 'Poistakaa kaikki tietoni rekisteristänne.', {'erasure'}),
    ('Liite: pyyntö', 'Lopettakaa uutiskirjeen lähettäminen minulle.', {'marketing_ban'}),
]

# Languages we do not answer in go to a person, with the `other` pack's first guess.
BLIND16_OTHER = [
    # a polite question asks ("Könnten Sie ...?", "Pourriez-vous ...?")
    ('followup', {'portability'}, 'Auskunft', 'Vielen Dank für die Auskunft. Könnten Sie mir die Bestelldaten zusätzlich als CSV schicken?'),
    ('request', {'portability'}, 'Données', "Pourriez-vous m'envoyer mes données au format CSV ?"),
    ('other', set(), 'Frage', 'Was ist eigentlich eine CSV-Datei?'),
    # an objection in Italian and Spanish
    ('request', {'objection'}, 'Opposizione', 'Mi oppongo al trattamento dei miei dati per finalità statistiche e di analisi.'),
    ('request', {'objection'}, 'Oposición', 'Me opongo al tratamiento de mis datos de navegación para análisis.'),
    ('other', set(), 'Domanda', 'Non mi oppongo al trattamento, vorrei solo sapere quanto dura la garanzia.'),
    # a detail "no longer correct", to be corrected
    ('request', {'rectification'}, 'Coordonnées', "L'adresse enregistrée dans mon compte n'est plus correcte. Merci de la corriger : 3 rue Haute, Espoo."),
    ('request', {'rectification'}, 'Téléphone', "Mon numéro de téléphone n'est plus à jour, pouvez-vous le modifier ?"),
    ('request', {'rectification'}, 'Adresse', 'Meine Adresse ist nicht mehr aktuell, bitte ändern Sie sie auf Hauptstraße 3.'),
    ('other', set(), 'Livraison', "La date de livraison n'est plus correcte sur le site."),
    # parcel phishing in the carrier's voice, German and French
    ('spam', set(), 'Ihr Paket', 'Sehr geehrter Kunde, Ihr Paket konnte nicht zugestellt werden, da die Zollgebühr (1,99 €) nicht bezahlt wurde. Jetzt bestätigen: https://paket-zustellung.example.com/x'),
    ('spam', set(), 'Votre colis', 'Cher client, votre colis est en attente : des frais de livraison de 2,99 € ne sont pas payés. Payez ici : https://colis-suivi.example.net/p'),
    ('other', set(), 'Paket', 'Mein Paket wurde nicht zugestellt, obwohl ich die Zollgebühr bezahlt habe. Wo ist es?'),
]


def _mail_with_attachment(body: str, attached: str) -> ParsedMail:
    raw = ("From: Customer <customer@example.fi>\r\nTo: info@allsec.fi\r\nSubject: Pyyntö\r\nMessage-ID: <ph2@example.fi>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b16\r\n\r\n--b16\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n--b16\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
           'Content-Disposition: attachment; filename="pyynto.txt"\r\n\r\n' + attached + "\r\n--b16--\r\n")
    parsed = parse(raw.encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


@pytest.mark.parametrize("kind, intents, subject, body", BLIND16_FI, ids=[p[3][:40] for p in BLIND16_FI])
def test_phrasing_blind16_fi(kind, intents, subject, body):
    c = classify(_mail(subject, body, kind == "followup"))
    assert (c.kind, set(c.intents)) == (kind, intents), c.reasons
    assert not c.needs_triage or kind == "other", c.reasons


@pytest.mark.parametrize("body, attached, intents", BLIND16_FI_ATTACHED, ids=[p[0] for p in BLIND16_FI_ATTACHED])
def test_a_request_in_the_attachment_the_body_points_to_blind16(body, attached, intents):
    c = classify(_mail_with_attachment(body, attached))
    assert (c.kind, set(c.intents), c.needs_triage) == ("request", intents, False), c.reasons


def test_relating_to_is_no_attachment_pointer():
    # "tilaukseen liittyen" (about an order) points to no attachment
    c = classify(_mail_with_attachment("Tilaukseen liittyen: milloin paketti tulee?", "Poistakaa kaikki tietoni."))
    assert c.kind == "other", c.reasons


@pytest.mark.parametrize("kind, intents, subject, body", BLIND16_OTHER, ids=[p[3][:40] for p in BLIND16_OTHER])
def test_phrasing_blind16_other_languages(kind, intents, subject, body):
    c = classify(_mail(subject, body, kind == "followup"))
    assert (c.kind, set(c.intents), c.language) == (kind, intents, "other"), c.reasons
    assert c.needs_triage == (kind != "spam"), c.reasons

# issue 12, blind17 (other languages): Estonian told from Finnish, a restriction in French and
# Spanish, a consent to commercial mail withdrawn.
BLIND17_OTHER = [
    ('request', {'marketing_ban'}, 'Uudiskiri', 'Tere. Ma ei ole teie uudiskirja tellinud ja ei soovi seda, palun lõpetage mulle kirjade saatmine.'),
    ('request', {'marketing_ban'}, 'Reklaam', 'Tere, mulle tulevad teilt reklaamid ja ma ei ole neid kunagi tellinud. Palun eemaldage mind nimekirjast.'),
    ('request', {'access', 'restriction'}, 'Fraude', "Merci de me communiquer les données que vous détenez sur moi et de geler le traitement de ces données en attendant la fin de l'enquête."),
    ('request', {'restriction'}, 'Traitement', "Je vous demande de suspendre le traitement de mes données jusqu'à la fin du litige."),
    ('request', {'restriction'}, 'Tratamiento', 'Solicito la limitación del tratamiento de mis datos hasta que se resuelva la reclamación.'),
    ('other', set(), 'Commande', "Pouvez-vous suspendre ma commande jusqu'à lundi ?"),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Baja', 'Retiro mi consentimiento para recibir comunicaciones comerciales, por favor.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Consenso', 'Revoco il consenso a ricevere comunicazioni commerciali via e-mail.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Consentement', 'Je retire mon consentement à recevoir vos offres commerciales par SMS.'),
    ('request', {'consent_withdrawal'}, 'Cookies', 'Retiro mi consentimiento para las cookies de análisis.'),
    ('request', {'marketing_ban'}, 'Baja', 'Por favor, dadme de baja de la newsletter.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND17_OTHER, ids=[p[3][:40] for p in BLIND17_OTHER])
def test_phrasing_blind17_other_languages(kind, intents, subject, body):
    c = classify(_mail(subject, body, kind == "followup"))
    assert (c.kind, set(c.intents), c.language) == (kind, intents, "other"), c.reasons
    assert c.needs_triage == (kind != "spam"), c.reasons


# --- issue 12, blind18 (Finnish and other languages): families behind its misses -------------------
# Written after seeing the misses, several wordings per family, colloquial and formal, near-misses included.
BLIND18_FI = [
    # the data asked to be seen "nähtäväkseni", or named by a relative clause about the writer
    # ("tiedot, joita olette minusta tallentaneet")
    ('request', {'access'}, 'Pyyntö', 'Pyydän saada nähtäväkseni kaikki tiedot, joita olette minusta tallentaneet.'),
    ('request', {'access'}, 'Tiedot', 'Pyydän nähtäväkseni asiakastietoni.'),
    ('request', {'access'}, 'Tiedot', 'Toimittakaa minulle ne tiedot, joita olette minusta keränneet.'),
    ('request', {'access'}, 'tiedot', 'lähettäkää mulle kaikki tiedot mitä te ootte musta tallentanu'),
    ('request', {'access', 'erasure'}, 'Pyyntö', 'Pyydän ensin saada nähtäväkseni tiedot, jotka teillä on minusta. Sen jälkeen pyydän poistamaan ne.'),
    # near-misses: a product's or an order's details, and data needed for something else, are no access
    ('other', set(), 'Kamera', 'Saisinko nähtäväkseni tarkemmat tiedot tuotteesta ennen tilausta?'),
    ('other', set(), 'Kamera', 'Haluaisin nähdä tarkemmat tiedot tuotteesta ennen tilausta.'),
    ('other', set(), 'Takuu', 'Lähettäkää minulle tiedot, joita tarvitsen takuuhakemukseen.'),
    # an unsubscribe the writer reports having done themselves ("peruin uutiskirjeen itse"): done, not asked
    ('other', set(), 'Kamera', 'Peruin uutiskirjeen itse linkin kautta, toimi hyvin. Milloin ovikamera tulee takaisin varastoon?'),
    ('other', set(), 'Takuu', 'Olen jo perunut uutiskirjeen tilauksen verkkosivuillanne. Kuinka pitkä takuu hälyttimellä on?'),
    ('other', set(), 'ovikello', 'lopetin ton uutiskirjeen tilauksen ite, ei siitä sen enempää. mut millon tulee uus ovikello myyntiin?'),
    ('other', set(), 'Lasku', 'Irtisanoin markkinointiviestit jo viime kuussa. Kysyisin vain, milloin lasku erääntyy.'),
    # near-misses: done, but the mail still comes: a stop all the same
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Peruin uutiskirjeen jo kuukausi sitten, mutta niitä tulee edelleen.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Irtisanoin mainosviestit, silti niitä tulee joka viikko.'),
    # a right held as a threat under a condition ("jos tämä toistuu, vaadin tietojeni poistamista"): not asked
    ('other', set(), 'Toimitus', 'Paketti meni taas naapuriin. Jos tämä toistuu vielä kerran, vaadin tietojeni poistamista ja lopetan asioinnin.'),
    ('other', set(), 'Lasku', 'Lasku on taas väärin. Jos ette korjaa sitä tällä viikolla, tulen vaatimaan kaikkien tietojeni poistamista.'),
    ('other', set(), 'toimitus', 'jos tää jatkuu vielä ni mä vaadin et mun tiedot poistetaan teidän rekisteristä.'),
    ('request', {'erasure'}, 'Tili', 'Vaadin tilini sulkemista.'),
    ('other', set(), 'Takuu', 'Saako tilini sulkemisen jälkeen vielä takuuhuoltoa?'),
    ('other', set(), 'Reklamaatio', 'Odotan, että asia hoidetaan kuntoon. Muussa tapauksessa vaadin tilini sulkemista.'),
    ('other', set(), 'Huolto', 'Mikäli vika toistuu, aion pyytää tilini poistamista.'),
    # near-misses: a condition that only says when, or a reason given, and the demand stands
    ('request', {'erasure'}, 'Tili', 'Jos tilini on vielä olemassa, pyydän poistamaan sen.'),
    ('request', {'erasure'}, 'Tiedot', 'Jos tietojani on vielä rekisterissänne, vaadin niiden poistamista.'),
    ('request', {'erasure'}, 'Toimitus', 'Tämä on toistunut jo kolme kertaa, joten vaadin tietojeni poistamista.'),
]

# Languages we do not answer in go to a person, with the `other` pack's first guess.
BLIND18_FI_OTHER = [
    # Estonian: a copy of "isikuandmed" (a compound), and to whom they were passed
    ('request', {'access'}, 'Päring', 'Palun saatke mulle koopia kõigist minu isikuandmetest.'),
    ('request', {'access'}, 'Päring', 'Soovin saada koopiat kliendiandmetest, mida te minu kohta töötlete.'),
    ('request', {'access'}, 'Päring', 'Palun teatage, kellele minu andmeid on edastatud.'),
    ('other', set(), 'Arve', 'Palun saatke mulle arve koopia.'),
    # a detail of the writer's said to be wrong, and "this information" asked corrected
    ('request', {'rectification'}, 'Adresse', 'Mon adresse de livraison dans mon compte client est erronée. Pourriez-vous corriger cette information ?'),
    ('request', {'rectification'}, 'Telefon', 'Meine Telefonnummer in meinem Kundenkonto ist falsch. Bitte korrigieren Sie diese Angabe.'),
    ('request', {'rectification'}, 'Dirección', 'Mi dirección en la cuenta es incorrecta, ¿pueden corregir este dato?'),
    ('other', set(), 'Prix', 'Le prix affiché sur le site est erroné, pouvez-vous corriger cela ?'),
    # the data no longer to be used for advertising
    ('followup', {'marketing_ban'}, 'Auskunft', 'Vielen Dank für die Auskunft, die ich vollständig erhalten habe. Bitte verwenden Sie meine Daten ab sofort nicht mehr für Werbung.'),
    ('request', {'marketing_ban'}, 'Werbung', 'Bitte nutzen Sie meine Adresse nicht mehr für Werbezwecke.'),
    ('request', {'marketing_ban'}, 'Publicité', "N'utilisez plus mes données à des fins publicitaires."),
    ('other', set(), 'Versand', 'Ihre Werbung verspricht kostenlosen Versand, aber ich musste zahlen.'),
    # bank-credential phishing in the bank's voice: a registration or card that "runs out", "update now"
    ('spam', set(), 'Ihre pushTAN-Registrierung läuft ab', 'Sehr geehrter Kunde,\naufgrund der neuen Richtlinie ist eine Aktualisierung Ihrer Registrierung erforderlich.\nJetzt aktualisieren: https://bank-update.example.net/login'),
    ('spam', set(), 'Ihre Karte', 'Sehr geehrte Kundin, ohne Aktualisierung wird Ihre Karte gesperrt. Hier aktualisieren: https://karten-update.example.net/login'),
    ('spam', set(), 'Votre accès', "Cher client, votre accès à la banque en ligne expire. Mettez à jour vos informations : https://banque-maj.example.net/login"),
    ('other', set(), 'App', 'Die App verlangt eine Aktualisierung. Ist das erforderlich? Die Kamera funktioniert sonst nicht.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND18_FI, ids=[p[3][:40] for p in BLIND18_FI])
def test_phrasing_blind18_fi(kind, intents, subject, body):
    c = classify(_mail(subject, body, kind == "followup"))
    assert (c.kind, set(c.intents)) == (kind, intents), c.reasons
    rules_triage = c.needs_triage and not any(r.startswith("second reader:") for r in c.reasons)
    assert not rules_triage or kind == "other", c.reasons


@pytest.mark.parametrize("kind, intents, subject, body", BLIND18_FI_OTHER, ids=[p[3][:40] for p in BLIND18_FI_OTHER])
def test_phrasing_blind18_fi_other_languages(kind, intents, subject, body):
    c = classify(_mail(subject, body, kind == "followup"))
    assert (c.kind, set(c.intents), c.language) == (kind, intents, "other"), c.reasons
    assert c.needs_triage == (kind != "spam"), c.reasons


PHRASINGS = [
    # The data you hold, named as what the erasure acts on, beside another object: no access asked.
    ('request', {'erasure'}, 'Delete my data', 'Please delete my account and all personal data you hold about me.'),
    ('request', {'rectification', 'access'}, 'Address', 'Please update my address to Kuusitie 4, and tell me what data you hold about me.'),
    # --- issue 12, blind17 (Finnish): families behind its misses, written after seeing them -------------
    # a marketing kind refused without a verb of stopping: "ei mitään tarjousviestejä", "mainoksia en halua"
    ('request', {'marketing_ban'}, 'Tarjoukset', 'Ja ei mitään tarjousviestejä tähän numeroon, kiitti.'),
    ('request', {'marketing_ban'}, 'Tekstarit', 'Mitään tekstiviestimainoksia en halua, en vanhaan enkä uuteen numeroon.'),
    ('request', {'marketing_ban'}, 'Markkinointi', 'Markkinointisähköposteja en halua lainkaan.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Ei mitään uutiskirjeitä minulle jatkossa, kiitos.'),
    ('request', {'rectification', 'marketing_ban'}, 'Numero', 'Uusi puhelinnumeroni on 040 765 4321, vaihtakaa se vanhan tilalle. Mainoksia en halua kumpaankaan numeroon.'),
    # near-misses: a price quote refused, and offers never received, are no marketing ban
    ('other', set(), 'Tarjous', 'Tarjousta en halua, hinta on liian korkea.'),
    ('other', set(), 'Alennus', 'Ei mitään tarjousviestejä ole tullut, vaikka lupasitte alennuskoodin.'),
    # the right details listed on lines of their own, then "korjaisitteko nämä?"
    ('request', {'rectification'}, 'Tiedot', 'Huomasin, että osoitteeni on vanha. Oikeat tiedot ovat:\nKoivukuja 3 A 1, 00100 Helsinki\n040 111 2233\n\nKorjaisitteko nämä?'),
    ('followup', {'rectification'}, 'Tiedot', 'Kiitos. Sähköpostiosoitteeni on teillä väärin. Oikeat tiedot:\nmaija.m@example.fi\n\nVoisitteko korjata sen?'),
    ('request', {'rectification'}, 'Yhteystiedot', 'Korjatut yhteystiedot ovat seuraavat: Rantatie 4, 20100 Turku.'),
    ('other', set(), 'Tilaus', 'Oikeat tiedot ovat tilausvahvistuksessa, paketti vain meni väärään automaattiin.'),
    # "voiko mun tilin poistaa?": a question about deleting the writer's own account asks for it
    ('request', {'erasure'}, 'tili', 'moi voiko mun tilin poistaa jotenki? en löydä mistään sitä nappia'),
    ('request', {'erasure'}, 'Tili', 'Voiko tilini poistaa? En löydä asetuksista sellaista kohtaa.'),
    ('request', {'erasure'}, 'tiedot', 'voiks mun tiedot poistaa teidän rekisteristä?'),
    ('other', set(), 'Kysymys', 'Voiko tilin poistaa myöhemmin, jos sitä ei enää tarvitse? Mietin vasta rekisteröitymistä.'),
    # bank-credential phishing: "Arvoisa asiakas", the credentials "vanhenevat", "päivitä tunnukset"
    ('spam', set(), 'Tunnuksesi vanhenevat', 'Arvoisa asiakas,\n\nverkkopankkitunnuksesi vanhenevat 24 tunnin kuluessa. Päivitä tunnukset nyt.\n\nJos et päivitä tietoja, tilisi käyttö rajoitetaan.'),
    ('spam', set(), 'Tärkeä ilmoitus', 'Arvoisa asiakas, sinun tulee päivittää tunnistustietosi, muuten pankkitunnuksesi suljetaan. Vahvista tunnuksesi alla olevasta painikkeesta.'),
    ('other', set(), 'Maksu', 'Verkkopankkitunnukseni vanhenivat, enkä pääse maksamaan laskua. Voinko maksaa jotenkin muuten?'),
    # A use forbidden for anything at all, marketing named as an example of it: a restriction, no ban of its own.
    ('request', {'restriction'}, 'Kiista', 'Älkää käyttäkö tietojani mihinkään muuhun (ei markkinointia, ei mitään) ennen kuin laskukiista on ratkaistu.'),
    ('request', {'restriction'}, 'Kiista', 'Kunnes asia on selvitetty, älkää käyttäkö tietojani mihinkään, ette edes markkinointiin.'),
    ('request', {'marketing_ban'}, 'Markkinointi', 'Älkää käyttäkö tietojani markkinointiin.'),
    ('request', {'marketing_ban'}, 'Newsletter', 'Please stop sending me your newsletter.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'Consent', 'I withdraw my consent to receive marketing emails.'),
    ('request', {'marketing_ban'}, 'Objection', 'I object to the processing of my data for direct marketing purposes.'),
    ('request', {'marketing_ban'}, 'Opt out', 'I want to opt out of all marketing communications.'),
    ('request', {'marketing_ban'}, 'SMS', 'Remove me from your SMS list.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'Suostumus', 'Haluan perua suostumukseni sähköpostimarkkinointiin.'),
    ('request', {'marketing_ban'}, 'Vastustan', 'Vastustan tietojeni käyttöä suoramarkkinointiin.'),
    ('request', {'marketing_ban'}, 'Invändning', 'Jag motsätter mig direktmarknadsföring.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'Samtycke', 'Jag återkallar mitt samtycke till sms-utskick.'),
    ('request', {'marketing_ban'}, 'Texts', 'I never gave you permission to text me offers, stop it.'),
    ('request', {'marketing_ban'}, 'Unsubscribe', 'Unsubscribe'),
    ('request', {'marketing_ban'}, 'List', 'Please remove my email address from your marketing list.'),
    ('request', {'marketing_ban'}, 'Promo', "I don't want to receive any more promotional emails."),
    ('request', {'marketing_ban'}, 'Mainokset', 'Ei enää mainoksia kiitos.'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Inga fler nyhetsbrev tack.'),
    ('followup', set(), 'Status', "Any news on my request? It's been three weeks."),
    ('followup', set(), 'ID', 'Here is a copy of my ID as requested.'),
    ('followup', {'erasure'}, 'Also', 'Also please delete my account.'),
    ('followup', set(), 'Tila', 'Missä vaiheessa pyyntöni on?'),
    ('other', set(), 'Cookies', 'What is your privacy policy on cookies?'),
    ('other', set(), 'Delivery', "I'm unhappy with the delivery time, the parcel took two weeks."),
    ('request', {'erasure'}, 'Ex', 'My ex-husband still uses my account and I want it closed and my data removed.'),
    ('request', {'access'}, 'Notes', 'Your driver wrote notes about me in the delivery app. I want to see what was written about me.'),
    ('request', {'objection', 'access'}, 'Decision', 'Your financing partner rejected my application automatically. I want to know what data the decision was based on, and I object to decisions made by a computer.'),
    ('request', {'erasure'}, 'Rekisteri', 'poistakaa mut teidän rekisteristä'),
    ('request', {'marketing_ban'}, 'Spam', 'sluta spamma mig'),
    ('request', {'erasure'}, 'x', 'delete me'),
    ('request', {'erasure'}, 'x', 'plz remove all my stuff from your systems'),
    ('request', {'erasure'}, 'x', 'close my account asap'),
    ('request', {'access'}, 'x', 'mitä tietoja teillä on musta'),
    ('request', {'access'}, 'x', 'vad har ni sparat om mej'),
    ('request', {'access', 'erasure'}, 'x', 'I want a copy of my data and then delete it all.'),
    ('request', {'rectification', 'access'}, 'x', 'Korjatkaa nimeni ja lähettäkää minulle kopio tiedoistani.'),
    ('request', {'rectification', 'marketing_ban'}, 'x', 'Rätta min adress och sluta skicka reklam.'),
    ('other', set(), 'x', 'Thanks for deleting my account last month, all good now. Can I still track my old order 1234?'),
    ('request', {'erasure'}, 'x', "I asked you to delete my account in March. You still haven't done it."),
    ('request', {'portability'}, 'x', 'Please send my order history as a CSV file so I can move it to another shop.'),
    ('request', {'restriction'}, 'x', 'Please stop using my data while you look into my complaint about the invoice.'),
    ('request', {'access'}, 'x', 'Can you tell me what personal information you have collected about me?'),
    ('request', {'access'}, 'x', 'Jag vill ha ett registerutdrag.'),
    ('request', {'access'}, 'x', 'Pyydän saada kopion henkilötiedoistani.'),
    ('request', {'erasure'}, 'x', 'Jag vill att ni raderar alla mina uppgifter.'),
    ('request', {'erasure'}, 'x', 'Please erase my personal data under Article 17 GDPR.'),
    ('request', {'rectification'}, 'x', 'My last name changed from Korhonen to Laine when I got married, please update your records.'),
    ('request', {'rectification'}, 'x', 'Sukunimeni on vaihtunut, uusi nimeni on Laine.'),
    ('request', {'rectification'}, 'x', 'Jag har bytt efternamn till Berg, vänligen uppdatera.'),
    ('request', {'consent_withdrawal'}, 'x', 'I withdraw my consent for you to record my phone calls.'),
    ('request', {'consent_withdrawal'}, 'x', 'Peruutan suostumukseni evästeisiin.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'x', 'I take back the permission I gave for advertising cookies.'),
    ('request', {'marketing_ban'}, 'x', "Don't use my purchase history to show me targeted ads on Facebook."),
    ('request', {'objection'}, 'x', 'Please stop analysing my browsing behaviour on your website.'),
    ('request', {'marketing_ban'}, 'x', 'Lopettakaa tekstiviestimainokset.'),
    ('request', {'marketing_ban'}, 'x', 'Sluta skicka sms med erbjudanden till mig.'),
    ('request', {'marketing_ban', 'erasure'}, 'x', 'Delete my account and stop all emails.'),
    ('request', {'erasure'}, 'x', 'I no longer want an account with you, please remove it together with my information.'),
    ('request', {'erasure'}, 'x', 'Haluan että tilini suljetaan ja kaikki tietoni hävitetään.'),
    ('request', {'erasure'}, 'x', 'Stäng mitt konto och radera allt ni har om mig.'),
    ('request', {'access'}, 'x', "I'd like to know which of my data you have shared with third parties."),
    ('request', {'restriction'}, 'x', 'Älkää käsitelkö tietojani ennen kuin virheellinen laskuni on selvitetty.'),
    ('request', {'restriction'}, 'x', 'Until my dispute about the bill is resolved, please restrict the processing of my data.'),
    ('other', set(), 'Policy', "Your privacy policy says customers can ask for their data to be erased. How long does that usually take? I'm not planning to, just curious."),
    ('request', {'rectification'}, 'Name', "I don't want my account deleted, I only need you to fix the spelling of my name: it's Mikkonen, not Mikonen."),
    ('other', set(), 'Order', 'Can you change the delivery address for order 55123 to Kauppakatu 5?'),
    ('request', {'marketing_ban'}, 'Text', "Please don't text me about sales anymore."),
    ('request', {'erasure'}, 'Gone', "I'm moving abroad and won't be shopping anymore. Please get rid of my customer account and whatever you store about me."),
    ('request', {'access'}, 'Copy', 'Could I get a copy of all the information you keep on file for me?'),
    ('request', {'access'}, 'Kopia', 'Voisinko saada kaikki minusta tallennetut tiedot sähköpostilla?'),
    ('request', {'access'}, 'Kopia', 'Kan jag få en kopia av all information ni har lagrat om mig?'),
    ('request', {'access', 'erasure'}, 'Both', 'First send me everything you have about me, then erase it.'),
    ('request', {'rectification', 'restriction'}, 'Wrong', "My birth date in your system is wrong. Until it's fixed, please don't use my data for credit checks."),
    ('request', {'marketing_ban'}, 'Profiling', "I'm fine with the newsletter, but stop profiling me for personalised offers."),
    ('request', {'objection'}, 'AI', "I don't want my support chats used to train your AI chatbot."),
    ('request', {'consent_withdrawal'}, 'Review', 'Please remove my name from the review I wrote; I withdraw my permission to publish it with my name.'),
    ('request', {'marketing_ban'}, 'Calls', 'Älkää enää soittako minulle myyntipuheluita.'),
    ('request', {'marketing_ban'}, 'Katalog', 'Sluta skicka er katalog till mig.'),
    ('request', {'erasure'}, 'Konto', 'Ta bort mitt konto, jag använder det inte längre.'),
    ('request', {'erasure'}, 'Tili', 'Tilini voi poistaa, en käytä sitä.'),
    ('request', {'access'}, 'Info', 'What info do you have on me? I bought a lock from you last year.'),
    ('other', set(), 'Return', "Hi, I'd like to return the camera I bought. How do I do it?"),
    ('other', set(), 'Password', 'I forgot my password, can you reset it? My account email is this one.'),
    ('request', {'erasure'}, 'Mother', 'My mother passed away in June. Please close her customer account and delete her information.'),
    ('request', {'marketing_ban'}, 'Mother', 'Äitini kuoli kesällä, mutta hänelle tulee yhä mainoksianne. Lopettakaa ne.'),
    ('request', {'portability'}, 'Move', "I'm switching to another security company. Can you send my customer data to them directly?"),
    ('request', {'portability'}, 'Siirto', 'Haluan siirtää tietoni toiselle palveluntarjoajalle koneluettavassa muodossa.'),
    ('request', {'access'}, 'Where', 'Where did you get my phone number from? I never gave it to you.'),
    ('request', {'access'}, 'Mistä', 'Mistä olette saaneet puhelinnumeroni?'),
    ('request', {'objection', 'marketing_ban'}, 'Both', 'I object to my data being used for fraud analytics, and stop the newsletter too.'),
    ('request', {'erasure'}, 'Photo', 'You posted a photo of my house on your Instagram without asking. Take it down.'),
    ('request', {'erasure'}, 'Kuva', 'Kotini kuva on teidän nettisivuillanne. Poistakaa se heti.'),
    ('request', {'consent_withdrawal'}, 'Recording', "I said yes to call recording last time but I've changed my mind."),
    ('request', {'access'}, 'Recording', 'Can I get the recording of the call I had with your support on Monday?'),
    ('request', {'rectification'}, 'Invoice', 'The invoice for order 8812 went to my old e-mail address. Please correct it in my customer account.'),
    ('request', {'rectification'}, 'Phone', 'My phone number is wrong on my account, the correct one is 040 1234567.'),
    ('request', {'rectification'}, 'Puh', 'Puhelinnumeroni on väärin tililläni, oikea on 040 1234567.'),
    ('request', {'rectification'}, 'Tel', 'Mitt telefonnummer är fel i ert system, rätt nummer är 040 1234567.'),
    ('followup', {'marketing_ban'}, 'Re', 'Thanks for the data. Please also stop sending me offers.'),
    ('followup', set(), 'Re', "I still haven't received anything. When will you answer?"),
    ('followup', set(), 'Re', 'Tässä ajokorttini kopio, kuten pyysitte.'),
    ('followup', set(), 'Re', 'Jag vill dra tillbaka min begäran, det behövs inte längre.'),
    ('request', {'erasure'}, 'Erasure request', 'Hello, this is a request under GDPR. Please confirm once done.'),
    ('other', set(), 'Breach', 'I read about a data breach at another shop. Is my data safe with you?'),
    ('request', {'access'}, 'DSAR', 'Subject access request'),
    ('request', {'erasure'}, 'x', 'forget me'),
    ('request', {'erasure'}, 'x', 'moi, voisitteks poistaa mun tunnukset teiltä, en käytä enää'),
    ('request', {'access'}, 'x', 'hei mitä tietoi teil on musta? tilasin joskus kameran'),
    ('request', {'marketing_ban'}, 'x', 'älkää laittako enää niitä mainosmeilejä'),
    ('request', {'marketing_ban'}, 'x', 'lopettakaa toi spämmi'),
    ('request', {'erasure'}, 'x', 'ja vill att ni tar bort mitt konto o alla mina uppgifter'),
    ('request', {'marketing_ban'}, 'x', 'sluta skicka era reklammejl till mej'),
    ('request', {'access'}, 'x', 'va har ni för uppgifter om mej?'),
    ('request', {'erasure'}, 'x', 'hey can u delete my acc pls, dont use it anymore'),
    ('request', {'access'}, 'x', 'yo what info do u have on me'),
    ('request', {'marketing_ban'}, 'x', 'stop spamming me with ur deals'),
    ('request', {'erasure'}, 'x', 'I would appreciate it if you could remove all records relating to me from your systems.'),
    ('request', {'access'}, 'x', 'Kindly furnish me with a copy of the personal data you process concerning me.'),
    ('request', {'rectification'}, 'x', 'The house number on my account should be 14, not 41.'),
    ('request', {'rectification'}, 'x', 'Osoitteessani on virhe: talon numero on 14 eikä 41.'),
    ('request', {'rectification'}, 'x', 'I mitt konto står det husnummer 41, det ska vara 14.'),
    ('request', {'restriction'}, 'x', "While you check whether the charge was right, don't process my information any further."),
    ('request', {'objection'}, 'x', "I'm not OK with you using my purchase history for your statistics."),
    ('request', {'objection'}, 'x', 'En hyväksy, että ostohistoriaani käytetään tilastointiin.'),
    ('request', {'objection'}, 'x', 'Jag går inte med på att ni använder min köphistorik till statistik.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'x', 'I no longer consent to receiving your newsletter.'),
    ('request', {'consent_withdrawal'}, 'x', 'I withdraw the consent I gave for you to keep my card details.'),
    ('request', {'marketing_ban'}, 'x', "Please don't send me any more catalogues by post."),
    ('request', {'marketing_ban'}, 'x', 'Ei enää postissa tulevia kuvastoja, kiitos.'),
    ('request', {'marketing_ban', 'erasure'}, 'x', 'Poistakaa tilini ja lopettakaa uutiskirjeiden lähettäminen.'),
    ('request', {'access', 'portability'}, 'x', 'Send me a copy of my data, and also in a machine-readable format so I can take it elsewhere.'),
    ('other', set(), 'x', "Do you ship to Åland? I'd like to order a smoke detector."),
    ('other', set(), 'x', 'Milloin tilaukseni 12345 toimitetaan?'),
    ('other', set(), 'x', 'Har ni dörrkameran AS-DB7 i lager?'),
    ('other', set(), 'x', 'My camera stopped recording at night, how do I fix it?'),
    ('other', set(), 'x', 'Can I change my password myself?'),
    ('request', {'erasure'}, 'Account', 'Good afternoon. I opened an account with you in 2022 to buy a door camera. I have since moved to a flat where I cannot use it, and I would prefer that you do not keep my information any longer than necessary. Please close the account and delete whatever is associated with it. Kind regards, John'),
    ('request', {'access'}, 'Kysely', 'Hei! Sain teiltä eilen mainoksen, vaikka en muista antaneeni osoitettani. Haluaisin tietää, mitä tietoja minusta on rekisterissänne ja mistä ne on saatu. Terveisin Liisa'),
    ('request', {'marketing_ban'}, 'Reklam', 'Hej! Jag får era reklamblad i brevlådan varje vecka trots att jag har en "Ingen reklam"-skylt. Var snäll och ta bort min adress från er utskickslista. Mvh Gunnel'),
    ('request', {'rectification'}, 'Nimi', 'Hei, menin naimisiin ja sukunimeni on nyt Virtanen (ennen Lahtinen). Päivittäkää tietonne vastaamaan tätä. Kiitos, Anna'),
    ('request', {'restriction'}, 'Invoice', "Hello, I disputed invoice 4471 last week because I never received the goods. I understand you may need to keep my data, but please don't hand it to a debt collector or use it for anything else until this has been sorted out."),
    ('request', {'objection'}, 'Tracking', 'I noticed your website uses a tracking script that records my mouse movements and clicks. I object to this kind of behavioural analysis of my visits.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'SMS', 'Moi, tilasin aikoinaan tekstiviestitarjoukset, mutta en halua niitä enää. Perun luvan tekstiviestimarkkinointiin.'),
    ('request', {'portability'}, 'Data', "Hi, I'm moving all my smart-home stuff to a new provider. Could you export my account data, including the device list and order history, in a format I can import elsewhere (CSV or JSON)?"),
    ('request', {'marketing_ban', 'erasure'}, 'Delete', 'Delete everything about me and never email me again.'),
    ('request', {'access'}, 'Copy', "Under the GDPR I'm entitled to see the information you have about me. Please provide it within one month."),
    ('request', {'erasure'}, 'Child', 'My son (14) created an account on your site without my permission. As his parent I ask you to remove the account and the data linked to it.'),
    ('other', set(), 'Complaint', 'I am very disappointed. The smoke detector I bought stopped working after two weeks and your support has not answered my emails. I want a refund.'),
    ('other', set(), 'Warranty', 'Hei, ostin teiltä ovikameran viime vuonna ja se on nyt rikki. Kuuluuko tämä takuun piiriin?'),
    ('other', set(), 'Faktura', 'Hej, jag har inte fått någon faktura för min beställning 4412. Kan ni skicka den igen?'),
    ('request', {'erasure'}, 'Fwd', "Hi, forwarding this from my dad who doesn't use email much.\\n\\n---------- Forwarded message ---------\\nFrom: Dad <dad@example.org>\\nDate: Mon, 4 May 2026\\nSubject: shop\\nTo: Me <me@example.com>\\n\\nPlease tell them to delete my account, I don't shop there any more."),
    ('followup', set(), 'x', 'Thank you. I have attached a scan of my passport.'),
    ('followup', set(), 'x', 'It has now been five weeks. The law says one month. Please respond.'),
    ('followup', set(), 'x', 'Your answer did not include my order history. That is incomplete.'),
    ('followup', {'marketing_ban'}, 'x', 'Kiitos vastauksesta. Lopettakaa samalla myös uutiskirjeet.'),
    ('followup', set(), 'x', 'Kiitos, asia on nyt selvä. Voitte sulkea tapauksen.'),
    ('followup', set(), 'x', 'Tack, jag har fått uppgifterna.'),
    ('followup', {'erasure'}, 'x', 'Nu när jag har sett uppgifterna vill jag att ni raderar allt.'),
    ('other', set(), 'x', "Hi, I'm a journalist writing about how web shops handle GDPR requests. Could I interview your data protection officer?"),
    ('other', set(), 'x', 'Kuinka kauan tilaustietoja säilytetään yleisesti ottaen?'),
    ('other', set(), 'x', 'Do you sell my data to third parties? Just want to know before I buy.'),
    ('request', {'erasure'}, 'x', "Please don't send me a confirmation by post. Just delete my account and confirm by email."),
    ('request', {'access'}, 'x', "I'm not asking you to delete anything yet. First I want to know what you have on me."),
    ('request', {'marketing_ban'}, 'x', "I'm happy to stay a customer, but please stop the marketing emails."),
    ('request', {'rectification'}, 'x', 'Please do not delete my account! I only want my email address changed to new@example.com.'),
    ('other', set(), 'x', 'Please delete the duplicate order 1234, I clicked twice.'),
    ('other', set(), 'x', "Remove the smart plug from my cart, I don't want it."),
    ('other', set(), 'x', "I'd like to cancel my cloud recording subscription at the end of the month."),
    ('other', set(), 'x', 'Can you update the firmware on my camera remotely?'),
    ('other', set(), 'x', 'Please change my order 5521 to express delivery.'),
    ('other', set(), 'x', "I can't log in, please fix my account."),
    ('other', set(), 'x', 'My account is locked after too many password attempts. Please unlock it.'),
    ('other', set(), 'x', 'Voitteko poistaa tuplatilauksen 4432?'),
    ('other', set(), 'x', 'Kan ni ta bort den dubbla beställningen 3321?'),
    ('other', set(), 'x', 'The app shows the wrong temperature, please fix it.'),
    ('other', set(), 'x', 'Please update me on the status of my refund.'),
    ('other', set(), 'x', 'Could you send me the user manual as a PDF?'),
    ('other', set(), 'x', 'Please send me a copy of my invoice for order 2231.'),
    ('other', set(), 'x', 'Lähettäkää minulle kopio laskusta, tarvitsen sen kirjanpitoon.'),
    ('other', set(), 'x', 'Skicka mig en kopia av kvittot för min beställning.'),
    ('other', set(), 'x', 'I changed my mind about the order, please cancel it.'),
    ('other', set(), 'x', 'My address is Mannerheimintie 5, please deliver the parcel there.'),
    ('other', set(), 'x', 'Can I pay by invoice? My credit check failed last time.'),
    ('request', {'marketing_ban'}, 'x', 'I never agreed to receive SMS from you, stop them.'),
    ('request', {'consent_withdrawal'}, 'x', 'I withdraw all my consents.'),
    ('request', {'marketing_ban'}, 'x', 'Stop using my data for Facebook custom audiences, but keep sending me the newsletter.'),
    ('request', {'consent_withdrawal'}, 'x', 'I withdraw my consent to analytics cookies.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'x', 'I withdraw my consent for marketing cookies.'),
    ('request', {'objection'}, 'x', 'I object to you sharing my data with partners on the basis of legitimate interest.'),
    ('request', {'objection'}, 'x', "I don't want my product reviews used for AI training."),
    ('request', {'marketing_ban'}, 'x', 'En ole koskaan antanut lupaa tekstiviestimainontaan, lopettakaa ne.'),
    ('request', {'consent_withdrawal'}, 'x', 'Peruutan kaikki antamani suostumukset.'),
    ('request', {'marketing_ban'}, 'x', 'Jag har aldrig godkänt sms-reklam, sluta skicka.'),
    ('request', {'consent_withdrawal'}, 'x', 'Jag återkallar alla mina samtycken.'),
    ('request', {'marketing_ban', 'consent_withdrawal'}, 'x', 'Jag återkallar mitt samtycke till marknadsföringskakor.'),
    ('request', {'consent_withdrawal'}, 'x', 'Jag återkallar mitt samtycke till analyskakor.'),
    ('request', {'objection'}, 'x', 'Jag invänder mot att ni delar mina uppgifter med partner baserat på berättigat intresse.'),
    ('request', {'marketing_ban'}, 'x', 'Please do not profile me for advertising. I still want order confirmations.'),
    ('request', {'access', 'restriction'}, 'x', 'Send me what you have on me, and until I have checked it, do not use it.'),
    ('request', {'rectification', 'restriction'}, 'x', "My address in your records is wrong. Please correct it and don't use the old one for anything while you fix it."),
    ('request', {'access', 'erasure'}, 'x', 'Poistakaa tietoni, mutta lähettäkää ensin kopio niistä minulle.'),
    ('request', {'access', 'portability'}, 'x', 'Skicka mina uppgifter i ett maskinläsbart format och berätta vilka uppgifter ni har.'),
    ('request', {'objection', 'marketing_ban'}, 'x', 'Lopettakaa uutiskirjeet ja älkää myöskään käyttäkö ostohistoriaani tilastoihin.'),
    ('request', {'erasure'}, 'x', 'hej! kan ni radera mej ur systemet, ja handlar int mera hos er'),
    ('request', {'marketing_ban'}, 'x', 'sluta skicka mej reklam, har int bett om nå'),
    ('request', {'access'}, 'x', 'ja vill veta va ni har för uppgifter om mej'),
    ('request', {'erasure'}, 'x', 'moro, poistakaa mun tiedot teiän systeemistä, en oo enää asiakas'),
    ('request', {'marketing_ban'}, 'x', 'älkää enää laittako niitä tarjousviestejä'),
    ('request', {'access'}, 'x', 'mitä kaikkea te ootte musta tallentanu?'),
    ('request', {'erasure'}, 'x', 'pls delte my acount and all my infos'),
    ('request', {'marketing_ban'}, 'x', 'stop sendin me ur newsletters plz'),
    ('request', {'access'}, 'x', 'wat data do u have about me'),
    ('request', {'rectification'}, 'x', 'my emial adress is wrong its anna.k@example.com not anna.j@example.com'),
    ('request', {'erasure'}, 'x', "Plz remove everything you've got on me."),
    ('request', {'erasure'}, 'x', 'Kan ni ta bort allt ni har om mej?'),
    ('request', {'erasure'}, 'x', 'Voitteko poistaa kaiken mitä teillä on minusta?'),
    # --- written for the blind9 tuning (issue 12): families the fresh set showed, each in new words ---
    # spam: offers dressed as renewals, "this is not an invoice"
    ('spam', set(), 'Verkkotunnuksesi vanhenee', 'Verkkotunnuksenne kauppa-esimerkki.fi vanhenee 3.3.2026.\nUusi nyt: https://domainpalvelu-esim.net/uusi\n\nTämä ei ole lasku vaan tarjous.'),
    ('spam', set(), 'Domänförnyelse', 'Er domän butik-exempel.se löper ut om 10 dagar.\nFörnya här: https://domanforny-exempel.net/\n\nDetta är ingen faktura.'),
    # spam: B2B cold sales with a messenger number
    ('spam', set(), 'Wholesale price', 'Dear Sales Manager,\n\nWe are a factory of solar garden lights with 10 years experience. We offer OEM service at factory price.\n\nWhatsApp: +86 135 0000 1111'),
    ('spam', set(), 'Lisää näkyvyyttä', 'Hei yrittäjä!\n\nHaluatko lisää asiakkaita? Tuomme yrityksellesi uusia arvosteluja joka viikko.\n\nLaita viestiä WhatsAppiin +44 7000 111222'),
    # spam: social-media growth and "reply YES"
    ('spam', set(), 'Yhteistyö', 'Moi! Kasvatamme yrityksesi Instagram-tilin seuraajia 5000:lla kuukaudessa. Hinta vain 99 €/kk.\n\nVastaa KYLLÄ niin kerron lisää.'),
    ('spam', set(), 'Fler följare', 'Hej! Vi har hjälpt 300 företag att få fler följare på Instagram. Svara JA så skickar vi ett erbjudande.'),
    # spam: money waiting for you (tax refund) and a request to confirm bank details
    ('spam', set(), 'Palautus', 'Hyvä veronmaksaja,\n\nsinulle on myönnetty veronpalautus 318,20 €. Vahvista tilitietosi pankkitunnuksilla.'),
    ('spam', set(), 'Återbäring', 'Hej skattebetalare,\n\ndu har en skatteåterbäring på 2 140 kr. Bekräfta dina uppgifter här.'),
    ('spam', set(), 'Refund', 'Dear taxpayer,\n\nyou are eligible for a tax refund of 412.60 EUR. Confirm your details to receive it.'),
    # spam: guest posts and link selling; the sender "came across" the shop's domain
    ('spam', set(), 'Guest post', 'Hi there,\n\nI stumbled upon shopexample.com and loved your articles. I would like to write a guest post for your blog in exchange for a do-follow backlink.'),
    ('spam', set(), 'Quick question', 'Hey,\n\nI checked out yourshop.fi and noticed your pages load slowly. We fix SEO and speed for web shops. Do you have 15 minutes for a quick call next week?'),
    ('spam', set(), 'Snabb fråga', 'Hej!\n\nJag besökte butik-exempel.se och såg att sidan är långsam på mobilen. Vi har hjälpt 80 butiker att öka försäljningen. Har du 10 minuter för ett samtal?'),
    # spam: a document "shared" to sign today; a licence that expires unless you log in
    ('spam', set(), 'Document', 'Finance shared a secure document with you. Review and sign the payment file by end of day.'),
    ('spam', set(), 'Licens', 'Hej,\n\ndin Office-licens har gått ut och ditt konto spärras inom 48 timmar. Logga in för att behålla dina filer.'),
    ('spam', set(), 'Subscription expired', 'Your Microsoft 365 subscription has expired and your mailbox will be deactivated. Log in to renew and keep your files.'),
    # spam: crypto riches with pressure; a parcel held for a fee in Swedish
    ('spam', set(), 'Tienaa kotoa', 'Uusi kryptobotti tekee jopa 3000 € viikossa. Rekisteröidy ilmaiseksi heti, paikkoja rajoitetusti!'),
    ('spam', set(), 'Ditt paket', 'Hej,\n\nvi kunde inte leverera ditt paket. Betala en ny leveransavgift på 25 kr och bekräfta din adress.'),
    # spam: privacy compliance sold with fear of sanctions, naming the rights it sells a process for; so
    # many signals that a person need not check it
    ('spam', set(), 'Evästeet kuntoon', 'Hei,\n\nTietosuojavaltuutettu määräsi viime vuonna seuraamusmaksuja verkkokaupoille, jotka eivät käsitelleet tietopyyntöjä ajallaan. Tarjoamme ilmaisen tietosuojakartoituksen.\n\nVaraa aika: https://tsk-esimerkki.fi/varaa'),
    ('spam', set(), 'Cookies', 'Hej!\n\nVi har granskat butik-exempel.se och hittade cookies som sätts utan samtycke, en vanlig orsak till sanktioner. Vårt verktyg sköter registerutdrag och radering åt er. Testa gratis i 14 dagar.\n\nVill du inte ha fler utskick? Svara STOPP.'),
    # a question about what the policy says, asked before ordering, is not a request
    # customers who name the shop's domain, a deadline, a messenger or "understanding" are still customers
    ('request', {'access'}, 'Copy', 'I came across allsec.fi last year and have ordered twice since. Please send me a copy of the personal data you hold about me by end of day.'),
    ('request', {'erasure'}, 'WhatsApp', 'Poistakaa tilini ja kaikki tietoni. Tavoitatte minut myös WhatsAppista +358 40 765 4321.'),
    ('request', {'erasure'}, 'Gammalt konto', 'Jag tittade på allsec.fi och såg att mitt gamla konto finns kvar. Radera mitt konto, tack.'),
    ('request', {'erasure'}, 'Miksi', 'Haluan vain ymmärtää, miksi tilini on yhä olemassa. Voitteko poistaa tilini?'),
    ('request', {'erasure'}, 'Why', 'I just want to understand why my account still exists. Could you delete my account?'),
    # corrections told as "X has changed", "you have my X as A but it is B", "listed incorrectly", "…; it should be"
    ('request', {'rectification'}, 'Telefonnummer', 'Mitt telefonnummer har ändrats till 050 999 8877, vänligen ändra det hos er.'),
    ('request', {'rectification'}, 'Adress', 'Min adress har bytts i samband med flytten, den nya är Skolgatan 2.'),
    ('request', {'rectification'}, 'Wrong surname', 'You have my surname as "Smyth" but it is "Smith". Please fix it.'),
    ('request', {'rectification'}, 'Name', 'Your system shows my first name as Ann, it is Anne.'),
    ('request', {'rectification'}, 'Date of birth', 'My date of birth in your system is 12/03/1990; it should be 03/12/1990.'),
    ('request', {'rectification'}, 'Listed', 'My name is listed incorrectly in my profile as Jon instead of John.'),
    ('request', {'rectification'}, 'Address', 'My street address was entered wrongly when I signed up.'),
    ('request', {'rectification'}, 'Förnamn', 'Ni har skrivit mitt förnamn som Johan, det ska vara Johanna.'),
    ('request', {'rectification'}, 'Flytt', 'I mitt konto står det att jag bor i Esbo, men jag har flyttat till Kyrkslätt.'),
    # access: "lähettää minusta keräämänne tiedot", a copy of "personuppgifter" (compounds)
    ('request', {'access'}, 'Tiedot', 'Voisitteko lähettää minulle kaikki minusta keräämänne tiedot?'),
    ('request', {'access'}, 'Kopia', 'Jag vill få ut en kopia av de personuppgifter ni behandlar om mig.'),
    ('request', {'access'}, 'Kontaktuppgifter', 'Vilka kontaktuppgifter har ni sparat om mig?'),
    # more cold-mail and phishing families, written to probe beyond blind9
    ('spam', set(), 'You have a new voicemail', 'You have received a new voice message (0:42). Listen to the message here: https://voicemail-portal.example.top/listen\nYour mailbox password expires today.'),
    ('spam', set(), 'Posti: lähetys odottaa', 'Lähetyksesi odottaa noutoa. Maksa 2,99 € käsittelymaksu, jotta lähetys voidaan toimittaa: https://posti-seuranta.example.top'),
    ('spam', set(), 'Buyer for your domain', 'Hello, I represent a client interested in buying the domain allsec.fi. Would you be interested in selling it? Our client is ready to offer a good price.'),
    ('spam', set(), 'Copyright infringement notice', 'Your website uses images protected by copyright. Download the evidence here and remove them within 72 hours or we will take legal action.'),
    ('spam', set(), 'Kutsu: Verkkokauppapäivät 2026', 'Hei! Kutsumme teidät näytteilleasettajaksi Verkkokauppapäiville. Varaa osastopaikkasi nyt – paikkoja rajoitetusti!'),
    ('spam', set(), 'Messut', 'Kutsumme yrityksenne mukaan Turvallisuusmessuille. Early bird -hinta on voimassa perjantaihin asti.'),
    ('spam', set(), 'Vi söker återförsäljare', 'Hej! Vi är en tillverkare av smarta lås och söker återförsäljare i Finland. Är ni intresserade av ett samarbete?'),
    ('spam', set(), 'Distributors wanted', 'Hello, we are a leading manufacturer of smart doorbells and we are looking for distributors in Finland. Are you interested in a partnership?'),
    ('spam', set(), 'Increase your Google ranking', 'Hi, your website is not on the first page of Google for "security cameras". We can get you there in 30 days. Reply with your budget and I will send a proposal.'),
    ('spam', set(), 'Yhteistyötarjous', 'Hei! Olemme suomalainen markkinointitoimisto ja autamme verkkokauppoja kasvamaan. Voisimmeko sopia 15 minuutin puhelun ensi viikolle?'),
    ('spam', set(), 'Offert: kontorsmaterial', 'Hej! Vi erbjuder kontorsmaterial till grossistpris. Beställ före fredag och få 20 % rabatt.'),
    ('spam', set(), 'Hae lainaa heti', 'Tarvitsetko rahaa? Myönnämme lainaa jopa 50 000 € ilman vakuuksia. Hae nyt ja saat päätöksen 5 minuutissa!'),
    ('spam', set(), 'Loan offer', 'Need cash fast? We offer loans up to 20,000 EUR without collateral. Apply now and get an answer in minutes.'),
    ('spam', set(), 'Snabblån', 'Behöver du pengar? Lån upp till 100 000 kr utan säkerhet. Ansök nu!'),
    # colloquial Finnish: "älkää soitelko", "kopio puhelusta", "mun nimi on ... väärin", "on vaihtunu, uus on", "tili pois"
    ('request', {'marketing_ban'}, 'Soitot', 'Älkää enää soitelko mulle myyntipuheluita.'),
    ('request', {'marketing_ban'}, 'Viestit', 'älkää tekstatko mulle enää mitään tarjouksia'),
    ('request', {'access'}, 'Puhelu', 'Saisinko kopion puhelusta, jonka kävin asiakaspalvelunne kanssa viime viikolla?'),
    ('request', {'rectification'}, 'Nimi', 'Mun nimi on teidän systeemissä väärin, se on Mikko eikä Miko.'),
    ('request', {'rectification'}, 'Osoite', 'Osoite on tiedoissanne väärin, oikea on Koivukuja 3.'),
    ('request', {'rectification'}, 'Numero', 'Mun puhelinnumero on vaihtunu, uus on 044 123 4567.'),
    ('request', {'rectification'}, 'Sposti', 'mun sähköposti vaihtu, uus on pekka@example.fi'),
    # ... but a detail described as misspelt inside a question about its source only asks the source
    ('request', {'access'}, 'Mistä', 'Mistä saitte nimeni ja osoitteeni, vieläpä väärin kirjoitettuna?'),
    ('request', {'erasure'}, 'Tili pois', 'Tili pois, en käytä enää.'),
    ('request', {'erasure'}, 'Tiedot pois', 'Haluan mun tiedot pois teidän järjestelmästä.'),
    ('request', {'marketing_ban'}, 'Lista', 'Mun nimi pois postituslistalta kiitos.'),
    # out-of-office and retired-address notices in their usual Nordic wordings
    ('auto_reply', set(), 'Ny e-postadress', 'Den här adressen används inte längre. Skicka ditt meddelande till info@nyadress.se i stället.'),
    ('auto_reply', set(), 'Osoite vaihtunut', 'Tämä sähköpostiosoite ei ole enää käytössä. Lähetä viestisi osoitteeseen myynti@example.fi.'),
    ('auto_reply', set(), 'Sjukledig', 'Hej, jag är sjukskriven och kommer inte att läsa min e-post förrän den 10 mars.'),
    ('auto_reply', set(), 'Poissa', 'Hei, en lue sähköpostiani 3.4. saakka. Kiireellisissä asioissa soita vaihteeseen.'),
    # "ei kiitos enää mainoksia", "rekisteriote", a review of the writer's taken down
    ('request', {'marketing_ban'}, 'Mainos', 'Ei kiitos enää mitään mainoksia, kiitos.'),
    ('request', {'access'}, 'Rekisteriote', 'Pyydän rekisteriotteen minusta tallennetuista tiedoista.'),
    ('request', {'erasure'}, 'Review', 'Please take down the review I wrote last year, it has my full name in it.'),
    ('request', {'erasure'}, 'Testimonial', 'Remove my testimonial from your website, I no longer want my name there.'),
    # a third round of cold mail and phishing: webinars, listings, influencers, services, dunning, donations,
    # freelancers, shipping labels, login alerts, locked accounts, 'selected' sellers, invoice links
    ('spam', set(), 'Webinar: GDPR for web shops', 'Join our free webinar on 12 March: "GDPR fines – is your web shop at risk?" Register now, seats are limited!'),
    ('spam', set(), 'Kutsu webinaariin', 'Tervetuloa maksuttomaan webinaariin: Näin kasvatat verkkokauppasi myyntiä. Ilmoittaudu nyt, paikkoja on rajoitetusti.'),
    ('spam', set(), 'Google Business Profile', 'Your Google Business Profile is incomplete and customers cannot find you. Verify your listing now to avoid suspension: call 020 123 4567.'),
    ('spam', set(), 'Influencer collaboration', "Hi! I'm a lifestyle influencer with 85k followers on Instagram. I'd love to promote your products in exchange for free items and a small fee. Let me know if you're interested!"),
    ('spam', set(), 'Käännöspalvelut', 'Hei, tarjoamme edullisia käännöspalveluita verkkokaupoille 20 kielellä. Pyydä ilmainen tarjous vastaamalla tähän viestiin.'),
    ('spam', set(), 'Logotryck', 'Hej! Vi trycker er logotyp på pennor, muggar och t-shirts. Just nu 30 % rabatt på första beställningen. Hör av dig för en offert!'),
    ('spam', set(), 'Unpaid invoice reminder', 'Dear customer, our records show that invoice #20931 remains unpaid. Please pay the outstanding amount of 389 EUR today to avoid collection fees. Payment details in the attached file.'),
    ('spam', set(), 'Lahjoitus', 'Hyvä ystävä, lapset tarvitsevat apuasi. Lahjoita nyt 20 € ja pelasta henki: https://lahjoita-heti.example.top'),
    ('spam', set(), 'Job application', 'Dear Hiring Manager, I am a freelance developer offering web development services at $15/hour. Check my portfolio and hire me today!'),
    ('spam', set(), 'Your shipping label', 'Your DHL shipping label is ready. Download the label and confirm the pickup address to avoid a return of the shipment.'),
    ('spam', set(), 'Säkerhetsvarning', 'Vi har upptäckt en inloggning på ditt konto från ett okänt land. Om det inte var du, klicka här för att säkra ditt konto.'),
    ('spam', set(), 'Tilisi lukitaan', 'Tunnuksesi on lukittu epäilyttävän toiminnan vuoksi. Avaa tili kirjautumalla alla olevasta linkistä.'),
    ('spam', set(), 'New order from Amazon seller', 'Congratulations! Your store was selected for our Amazon seller program. Sign up today and get 3 months free.'),
    ('spam', set(), 'Faktura från Visma', 'Hej, ni har en ny faktura på 4 980 kr från Visma. Öppna fakturan via länken nedan. Förfallodatum: idag.'),
    # customers who use the words of cold mail (a campaign, a webinar, a due date, a login alert) are customers
    ('other', set(), 'Kamera', 'Hei, ostin teiltä kameran ja jos olette kiinnostuneita, voin lähettää kuvia asennuksesta. Klikkaa tästä nähdäksesi videon: https://youtu.be/abc'),
    ('other', set(), 'Offer question', "Hi, I saw your 20% off campaign. Does it apply to door sensors too? If you're interested I could buy 10."),
    ('other', set(), 'Lasku', 'Hei, sain teiltä laskun, jonka eräpäivä on tänään, mutta en ole tilannut mitään. Onko tämä huijaus?'),
    ('other', set(), 'Phishing report', 'I got an email claiming to be from you asking me to verify my account within 24 hours. Is it real?'),
    ('other', set(), 'Varaus', 'Hei, haluaisin varata asennusajan. Sopiiko ensi tiistai? Voisimmeko sopia puhelun huomiselle?'),
    ('other', set(), 'Webinar', 'Hei, olin teidän ilmaisessa webinaarissa eilen, kiitos! Saako diat jostain?'),
    ('other', set(), 'Faktura', 'Hej, jag har fått en faktura från er men förfallodatum är idag och jag hann inte betala. Kan jag få anstånd?'),
    ('other', set(), 'Review', 'Hi, I left a review on Google for you, 5 stars! Keep up the good work.'),
    ('other', set(), 'Reseller', 'Hi, we are a small installer company and would like to become a reseller of your products. What are your terms?'),
    ('request', {'erasure'}, 'Poisto', 'Hei, tilini on lukittu enkä pääse kirjautumaan. Poistakaa koko tili ja tiedot.'),
    ('request', {'access'}, 'Access', 'I got a suspicious login alert from you yesterday. What personal data do you hold about me, and who has accessed it?'),
    ('other', set(), 'Lahjoitus', 'Hei, lahjoitatteko tuotteita hyväntekeväisyyteen? Järjestämme arpajaiset koulun hyväksi.'),
    # Swedish and Finnish cold mail told in other words; a formal erasure naming the data "concerning me"
    ('spam', set(), 'Er hemsida', 'Hej! Er hemsida syns inte på Google. Vi kan ge er fler kunder redan nästa månad. Ska vi ta ett kort samtal?'),
    ('spam', set(), 'Leverantörsregistret', 'Hej, bekräfta era företagsuppgifter för att behålla er registrering. Avgift 4 900 kr per år.'),
    ('spam', set(), 'Grattis!', 'Grattis! Du har valts ut att vinna en iPhone 16. Svara på tre frågor och hämta ditt pris.'),
    ('spam', set(), 'Sijoitusmahdollisuus', 'Hei! Kiinteistörahasto tuottaa 12 % vuodessa ilman riskiä. Varaa maksuton sijoitusneuvonta nyt.'),
    ('spam', set(), 'Yrityshakemisto', 'Yrityksenne tiedot puuttuvat Suomen Yrityshakemistosta. Päivitä tiedot maksutta ennen 31.3.'),
    ('request', {'erasure'}, 'Formal', 'Pursuant to Article 17 GDPR, I hereby request the erasure of all personal data concerning me without undue delay.'),
    # English requests in slang and plain words, and business-mail compromise (changed bank details)
    ('request', {'erasure'}, 'Account', "Hey, can you nuke my account? Don't use the site anymore."),
    ('request', {'access'}, 'DSAR', 'This is a data subject access request. Please provide all personal data you process about me within one month.'),
    ('request', {'marketing_ban'}, 'Texts', 'No more promo texts please.'),
    ('request', {'marketing_ban'}, 'Mail', 'Take me off your mailing list.'),
    ('request', {'erasure', 'marketing_ban'}, 'Both', 'Unsubscribe me and delete my details from your system.'),
    ('request', {'rectification'}, 'Name change', "I changed my name after getting married. It's now Sarah Lindholm, please update your records."),
    ('request', {'restriction'}, 'Hold', "Please put the processing of my data on hold until you've answered my complaint."),
    ('request', {'objection'}, 'Partners', 'Stop sharing my data with your partners.'),
    ('request', {'portability'}, 'Transfer', 'Please transfer my account data directly to HomeSecure Ltd.'),
    ('request', {'access'}, 'Who', 'Who have you shared my details with?'),
    ('other', set(), 'Order status', 'Where is my order 2231? It was supposed to arrive yesterday.'),
    ('other', set(), 'Invoice', 'Could you send a copy of my invoice for order 5512? I need it for my employer.'),
    ('other', set(), 'Data policy question', 'Do you store card numbers? Asking before I pay.'),
    ('spam', set(), 'Partnership', "Hello, I'm reaching out from BrightLeads. We generate qualified B2B leads for security companies. Can I send you some case studies?"),
    ('spam', set(), 'Re: invoice', 'Hi, please see the attached invoice and process payment at your earliest convenience. Bank details have changed, use the new IBAN in the attachment.'),
    ('spam', set(), 'Verify', 'Your Allsec webmail session has expired. Sign in again to continue receiving messages.'),
    ('spam', set(), 'Uusi tilinumero', 'Hei, tilinumeromme on vaihtunut. Maksakaa avoin lasku jatkossa uudelle tilille FI12 3456 7890 1234 56, eräpäivä tänään.'),
    ('spam', set(), 'Nya bankuppgifter', 'Hej, vårt kontonummer har ändrats. Se bifogad faktura och betala idag till det nya kontot.'),
    ('spam', set(), 'Istunto', 'Sähköpostisi istunto on vanhentunut. Kirjaudu uudelleen, jotta viestit eivät katoa 24 tunnin kuluessa.'),
    ('request', {'objection'}, 'Kumppanit', 'Stop sharing my purchase history with other companies.'),
    # another shop's sale, and an expired bank ID, in Swedish and Finnish
    ('spam', set(), 'Lagerrensning', 'Lagerrensning! Upp till 70 % rabatt på alla kameror. Köp nu innan det tar slut.'),
    ('spam', set(), 'Tyhjennysmyynti', 'Tyhjennysmyynti alkoi! Jopa 60 % alennus kaikista valaisimista. Osta nyt, tarjous voimassa sunnuntaihin asti.'),
    ('spam', set(), 'Viktigt meddelande från banken', 'Bästa kund, ditt BankID har gått ut. Förnya det via länken för att undvika att ditt konto spärras.'),
    ('other', set(), 'Rabatt', 'Hej, gäller er kampanj med 20 % rabatt även på dörrsensorer? Jag funderar på att köpa två.'),
    # Finnish cold mail and phishing of other kinds (a redesign at a fixed price, bank codes, vehicle tax, job bait,
    # business credit cards, benefits), and Finnish requests in everyday words
    ('spam', set(), 'Tarjous verkkokaupallesi', 'Hei! Teemme verkkokaupallesi uuden ilmeen kiinteään hintaan 990 €. Ota yhteyttä, niin kerromme lisää!'),
    ('spam', set(), 'OP: Tärkeä tiedote', 'Hyvä asiakas, verkkopankkitunnuksesi vanhenevat. Uusi tunnuksesi klikkaamalla alla olevaa linkkiä.'),
    ('spam', set(), 'Traficom: ajoneuvovero', 'Ajoneuvoverosi on maksamatta. Maksa 14,90 € viimeistään tänään välttääksesi lisämaksut.'),
    ('spam', set(), 'Työtarjous', 'Hei! Etsimme etätyöntekijöitä, palkka jopa 300 € päivässä. Ei kokemusta vaadita. Vastaa tähän viestiin.'),
    ('spam', set(), 'Yritysluottokortti', 'Hei yrittäjä! Hae yrityksellesi luottokortti ilman vakuuksia. Hakemus vie vain 2 minuuttia.'),
    ('spam', set(), 'Kela', 'Sinulle on myönnetty Kelan tuki 350 €. Vahvista henkilöllisyytesi pankkitunnuksilla saadaksesi maksun.'),
    ('request', {'erasure'}, 'Poistakaa minut', 'poistakaa mut kaikista teidän järjestelmistä'),
    ('request', {'access'}, 'Tiedot', 'Mitä kaikkea teillä on musta tallessa? Haluun nähdä ne.'),
    ('request', {'marketing_ban'}, 'Puhelut', 'Älkää soittako mulle enää mainospuheluita, numeroni on salainen.'),
    ('request', {'rectification'}, 'Osoite', 'Muutin, uusi osoite on Rantakatu 2 A 5, 90100 Oulu. Päivittäkää tietoihin.'),
    ('request', {'consent_withdrawal'}, 'Evästeet', 'Peruutan suostumukseni analytiikkaevästeisiin.'),
    ('request', {'objection'}, 'Analyysi', 'En halua, että ostohistoriaani analysoidaan.'),
    ('other', set(), 'Takuu', 'Hei, kamerani hajosi takuuaikana. Miten saan sen korjattua?'),
    ('other', set(), 'Kiitos', 'Kiitos hyvästä palvelusta, olen tyytyväinen asiakas.'),
    # cold mail whose pitch is partly in the subject; audits, partnerships, directory invoices, sales, domain buyers, bumps
    ('spam', set(), 'Viimeinen muistutus: verkkotunnuksesi vanhenee', 'Hei, verkkotunnuksesi rekisteröinti päättyy pian. Uusi se tästä: https://domain-palvelut.example.top'),
    ('spam', set(), 'Grattis – du har vunnit!', 'Hej, du är en av våra utvalda kunder. Klicka för att hämta din belöning.'),
    ('spam', set(), 'Free SEO audit for allsec.fi', 'Hi, I ran a quick audit of your site and found 37 issues hurting your rankings. Want me to send the full report?'),
    ('spam', set(), 'Kumppanuusehdotus', 'Hei, olemme kiinnostuneita yhteistyöstä kanssanne. Tarjoamme provisiopohjaista myyntiä.'),
    ('spam', set(), 'Your account will be suspended', 'Dear user, we could not verify your billing information. Update your payment method to keep using our services.'),
    ('spam', set(), 'Faktura 2026-441', 'Hej! Bifogat finner ni fakturan för annonsering i Företagsguiden 2026. Betala senast 15.3.'),
    ('spam', set(), 'Save 50% on security cameras!', 'Black Friday deals: up to 50% off on all cameras. Shop now, offer ends tonight!'),
    ('spam', set(), 'Tilaa nyt – vain tänään!', 'Kaikki tuotteet -40 %. Tarjous voimassa vain tänään. Tilaa nyt verkkokaupastamme!'),
    ('spam', set(), 'Vi vill köpa er domän', 'Hej, vi är intresserade av att köpa domänen allsec.fi. Vad skulle ni vilja ha för den?'),
    ('spam', set(), 'Webinaari: tekoäly asiakaspalvelussa', 'Tervetuloa maksuttomaan webinaariin 12.3. klo 14. Ilmoittaudu tästä: https://webinaari.example.fi'),
    ('spam', set(), 'Re: Yhteistyö', 'Hei, palaan vielä aiempaan viestiini. Olisiko teillä kiinnostusta kuulla lisää palvelustamme?'),
    ('spam', set(), 'Your parcel is on hold', 'Your package could not be delivered due to an incomplete address. Please confirm your details and pay the redelivery fee of 1.99 EUR.'),
    # a marketing list named in a compound is a list, not the writer's data
    ('request', {'marketing_ban'}, 'Mainokset', 'Poistakaa sähköpostiosoitteeni markkinointilistalta.'),
    ('request', {'marketing_ban'}, 'Tekstiviestit', 'Poistakaa numeroni tekstiviestilistalta, kiitos.'),
    # Swedish corrections in the passive ("att X rättas") and a wrong date of birth
    ('request', {'rectification'}, 'Adress', 'Jag ber att min adress korrigeras till Storgatan 5.'),
    ('request', {'rectification'}, 'Telefon', 'Jag vill att mitt telefonnummer uppdateras i ert system, det gamla används inte.'),
    ('request', {'rectification'}, 'Födelsedatum', 'Ni har registrerat fel födelsedatum på mig.'),
    # Finnish: what data is attached to or recorded on something of mine
    ('request', {'access'}, 'Tiedot', 'Kertokaa, mitä henkilötietoja asiakastiliini on liitetty.'),
    ('request', {'access'}, 'Merkinnät', 'Pyydän selvityksen siitä, mitä tietoja minusta on kirjattu.'),
    # Finnish: ad targeting refused with "en kuitenkaan halua" and "kieltäydyn"
    ('request', {'marketing_ban'}, 'Mainonta', 'En kuitenkaan halua, että puhelinnumeroani siirretään mainosverkostoille kohdennettua mainontaa varten.'),
    ('request', {'marketing_ban'}, 'Puhelinmyynti', 'Numeroani ei saa käyttää puhelinmyyntiin.'),
    ('request', {'marketing_ban'}, 'Kohdentaminen', 'Älkää käyttäkö sähköpostiosoitettani mainosten kohdentamiseen.'),
    ('request', {'marketing_ban'}, 'Soitot', 'Toivon, ettei minulle enää soiteta myyntitarkoituksessa.'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Jag vet att jag kunde be er radera allt, men det behövs inte, jag vill bara att nyhetsbreven upphör.'),
    ('request', {'access'}, 'Later', 'I know I have the right to have my data erased and I might still do that at some point, but for now I just want a copy of my data.'),
    ('request', {'rectification'}, 'Syntymäaika', 'Laskulla syntymäaikani on 12.3.1961. Oikea syntymäaika on 21.3.1961.'),
    ('request', {'restriction'}, 'Osoite', 'Niin kauan kuin osoiteasia on riidan alla, älkää lähettäkö mitään vanhaan osoitteeseen älkääkä käyttäkö sitä mihinkään.'),
    ('request', {'consent_withdrawal'}, 'Checkout', 'Two things I agreed to at checkout I would now like to take back: the stored card and the surveys. Please remove the card and don\'t send me any more surveys.'),
    ('followup', {'restriction'}, 'Address', 'You say the old address must be verified first. Can you restrict it until this is checked?'),
    ('request', {'marketing_ban'}, 'SMS', 'You still have me down for SMS offers, I want those stopped.'),
    ('request', {'erasure'}, 'Numero', 'Ottakaa sähköpostiosoitteeni pois teidän asiakasrekisteristä kokonaan.'),
    ('request', {'marketing_ban'}, 'Yleisöt', 'Olette ladanneet osoitteeni Metalle. Älkää käyttäkö sitä mainosten kohdentamiseen, poistakaa osoitteeni niistä yleisöistä.'),
    ('request', {'erasure', 'rectification'}, 'Uppgifter', 'Min adress är fel, rätt adress är Storgatan 5. Radera mitt gamla telefonnummer, jag vill inte att det finns kvar.'),
    ('other', set(), 'Before ordering', 'I am outside the EU and would like to order a lock. Do you make automated decisions about customers?'),
    ('request', {'marketing_ban'}, 'Profilointi', 'Saan uutiskirjeenne mielelläni, mutta kieltäydyn profiloinnista mainontaa varten.'),
    # Finnish: "lopetatte niiden lähettämisen", the pronoun for the marketing named before
    ('request', {'marketing_ban'}, 'Tarjoukset', 'Saan teiltä tarjousviestejä joka päivä. Pyydän, että lopetatte niiden lähettämisen.'),
    # Finnish: "X on ..., oikea on Y"
    ('request', {'rectification'}, 'Syntymäaika', 'Tiedoissanne syntymäaikani on 1.2.1970, oikea on 2.1.1970.'),
    # Swedish compound accounts ("kundkonto") of the writer or a relative
    ('request', {'erasure'}, 'Konto', 'Radera mitt kundkonto.'),
    ('request', {'erasure'}, 'Mamma', 'Min mamma har gått bort. Jag ber att ni raderar hennes kundkonto.'),
    # English: the correction placed in the customer account, even when an order is named
    ('request', {'rectification'}, 'Phone', 'The phone number on my order 5521 is wrong, the right one is 040 123 4567. Please update it in my customer profile.'),
    # issue 12, blind11: cold mail about rights sent to the shop (a DSR tool on trial, a fake request
    # portal that wants a login or a fee, a fake authority's fine) is spam, decided without a person.
    ('spam', set(), 'Erasure requests piling up?', 'Hi team,\n\nWe help online shops with privacy: our platform answers every delete-my-data and access request for you. Try it free for 14 days, no card needed.\n\nhttps://dsr-autopilot-example.io/signup'),
    ('spam', set(), 'Pending privacy request on your shop', 'A shopper has asked for deletion of personal data through the merchant privacy centre.\n\nDeadline: 48 hours. Failure to act may lead to suspension of your store.\n\nLog in to approve the request: https://merchant-privacy-example.net/login'),
    ('spam', set(), 'Tietosuojatarkastus', 'Hyvä vastaanottaja,\n\nverkkokauppanne ei täytä tietosuoja-asetuksen vaatimuksia. Välttääksenne seuraamusmaksun rekisteröikää yrityksenne ohjelmaamme.\n\nhttps://tietosuojaohjelma-esim.eu/liity'),
    ('spam', set(), 'Radera dig från nätet', 'Hej!\n\nVi skickar begäran om radering till hundratals sajter åt dig. Prova gratis en vecka!\n\nhttps://raderamig-exempel.se/start\n\nVill du inte ha fler mejl från oss? Avregistrera dig här.'),
    # issue 12, blind11: colloquial Finnish "et" (= että) after a wish is no negation; "ennenkuin" in one word
    ('request', {'erasure'}, 'asiakkuus', 'Moi, toivon et poistatte mun asiakkuuden kokonaan, en oo tilannu mitään vuosiin.'),
    ('request', {'restriction'}, 'reklamaatio', 'Älkää luovuttako tietojani eteenpäin ennenkuin reklamaatio on käsitelty.'),
    # the mail itself told to end, and an account closed in the passive
    ('request', {'erasure', 'marketing_ban'}, 'tili', 'Haluan että tilini suljetaan ja että sähköpostit loppuu.'),
    ('request', {'marketing_ban'}, 'mainokset', 'Pyydän ettei meille enää tule mainoksia.'),
    ('request', {'marketing_ban'}, 'utskick', 'Jag vill att det inte kommer fler utskick till mig.'),
    # English loanwords and the formal name of a correction in Finnish
    ('request', {'erasure'}, 'account', 'Voitteko poistaa mun accountin?'),
    ('request', {'rectification'}, 'oikaisu', 'Tämä on oikaisuvaatimus: syntymäaikani on rekisterissänne väärä.'),
    # Finland-Swedish "int" and "mera"
    ('request', {'marketing_ban'}, 'reklam', 'Ja vill int ha mera reklam från er.'),
    # access asked as a summary, as everything kept, as who was given it; indirect questions in English
    ('request', {'access'}, 'uppgifter', 'Kan ni skicka en sammanställning av mina uppgifter?'),
    ('request', {'access'}, 'lagrat', 'Visa mig allt ni har lagrat om mig.'),
    ('request', {'access'}, 'sålt', 'Jag vill veta vilka ni har sålt mina uppgifter till.'),
    ('request', {'access'}, 'kept', 'Could you let me know what you have kept about me?'),
    ('request', {'access'}, 'passed on', "I'd like to know what you've passed on about me to other companies."),
    # a detail changed to its right value: "byt X till Y"
    ('request', {'rectification'}, 'namn', 'Byt efternamnet till Lind i mitt konto.'),
    # a consent named earlier in the same sentence, withdrawn by a pronoun
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'samtycke', 'Jag gav mitt samtycke till sms-erbjudanden förra året, men nu tar jag tillbaka det.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'consent', 'I gave my consent to your promotional texts at checkout, but now I withdraw it.'),
    # someone else's details on the writer's account, to be replaced by the writer's own
    ('request', {'rectification'}, 'account', "Our shared account still has my ex's phone number and address. Please make the account mine again: my name is Mia Koski, phone 040 123 4567."),
    ('request', {'rectification'}, 'konto', 'Kontot står fortfarande på min före detta. Byt ut hans namn och telefonnummer mot mina.'),
    ('request', {'rectification'}, 'tili', 'Tilillä on yhä entisen mieheni osoite. Vaihtakaa hänen osoitteensa minun osoitteekseni.'),
    # a right named only to say the mail is not that request
    ('request', {'objection'}, 'tilastot', 'Tämä ei ole poistopyyntö eikä tarkastuspyyntö: vastustan tietojeni käyttöä tilastointiin.'),
    ('request', {'objection'}, 'statistik', 'Jag motsätter mig att ni använder mina uppgifter för statistik. Detta är ingen begäran om radering.'),
    ('request', {'objection'}, 'analytics', 'I object to my data being used for analytics. This is not an erasure request.'),
    # the data named, then wanted gone by a pronoun
    ('request', {'access', 'erasure'}, 'gone', 'Tell me what you hold about me. After that I want it all gone.'),
    ('request', {'access', 'erasure'}, 'borta', 'Skicka mig vad ni har sparat om mig. Sen vill jag ha det borta.'),
    ('request', {'access', 'erasure'}, 'pois', 'Mitä tietoja teillä on minusta? Sen jälkeen haluan ne kaikki pois.'),
    # the data as a file, to take to another shop
    ('request', {'portability'}, 'tiedosto', 'Lähettäkää tilaushistoriani minulle tiedostona, vaihdan toiseen verkkokauppaan.'),
    ('request', {'portability'}, 'fil', 'Skicka mina uppgifter som en fil, jag byter till en annan butik.'),
    ('request', {'portability'}, 'file', 'Please send my order history as a file, I am moving to another shop.'),
    # a right named in what our own mail told the writer is ours, not asked; the writer's own wish after it is
    ('request', {'rectification'}, 'surname', "I got an email from you saying my account will be deleted unless I log in. Please don't delete it, but correct my surname, it is Smith."),
    ('request', {'rectification'}, 'adress', 'Jag fick ett mejl från er där det stod att jag kan radera mitt konto om uppgifterna är fel. Uppdatera min adress i stället.'),
    ('request', {'rectification'}, 'sukunimi', 'Sain teiltä viestin että tilini poistetaan, jos en kirjaudu. En halua sitä, mutta korjatkaa sukunimeni.'),
    ('request', {'erasure'}, 'account', 'I got an email from you and I want my account deleted.'),
    ('request', {'erasure'}, 'konto', 'Jag fick ett mejl från er och jag vill att ni raderar mitt konto.'),
    ('request', {'erasure'}, 'tili', 'Sain teiltä viestin ja haluan että tilini poistetaan.'),
    # contact for surveys is not marketing: a withdrawn consent to it is consent_withdrawal only
    ('request', {'consent_withdrawal'}, 'surveys', 'I agreed to survey invitations when I signed up. I withdraw that consent, please do not contact me about surveys again.'),
    ('request', {'consent_withdrawal'}, 'enkäter', 'Jag vill inte längre vara med i era kundundersökningar, jag återkallar mitt samtycke till det. Sluta skicka enkäter till mig.'),
    # in a case's thread, erasure of a second account of the writer's widens the case: no new right
    ('followup', set(), 'second account', 'I also have a second account under my work address, j.doe@work.example. Please delete that account as well.'),
    ('followup', set(), 'toinen tili', 'Minulla on myös toinen tili vanhalla sähköpostiosoitteella, poistakaa sekin.'),
    ('followup', set(), 'annat konto', 'Jag har ett annat konto med min gamla mejladress. Radera det kontot också.'),
    # investment bait: the bait and the push for a small stake now
    ('spam', set(), 'Make your savings work', 'Hi friend,\n\nMy crypto trading robot doubled my savings this summer. Begin with only 200 EUR and watch your money grow.\n\nhttps://coinrobot-example.io/start'),
    ('spam', set(), 'Tuottoa', 'Hei ystävä,\n\nkryptobottini tuotti minulle 30 000 € viime vuonna. Aloita vain 250 eurolla ja katso kun rahasi kasvavat.\n\nhttps://kryptobotti-esim.io/'),
    ('spam', set(), 'Avkastning', 'Hej vän,\n\nmin kryptorobot gav mig 40 000 euro förra året. Börja med bara 250 euro och se pengarna växa.\n\nhttps://kryptorobot-exempel.io/'),
    # a right's noun that points to another part of the letter refers to it, it does not ask a second right
    ('request', {'erasure', 'marketing_ban'}, 'Formal', 'Point 1: erase all personal data about me, given the objection below.\n\nPoint 2: I object to the processing of my data for direct marketing.'),
    ('request', {'erasure', 'marketing_ban'}, 'Formell', 'Punkt 1: radera alla mina personuppgifter med hänvisning till invändningen nedan.\n\nPunkt 2: jag motsätter mig direktmarknadsföring.'),
    ('request', {'erasure', 'marketing_ban'}, 'Muodollinen', 'Kohta 1: poistakaa kaikki tietoni, perusteena vastustus alla.\n\nKohta 2: vastustan tietojeni käyttöä suoramarkkinointiin.'),
    # a stored payment card, its consent withdrawn and the card asked removed: consent_withdrawal only (SCHEMA)
    ('request', {'consent_withdrawal'}, 'card', 'My card was saved at checkout without me noticing. I withdraw my consent to keeping my saved card. Please remove the card details.'),
    ('request', {'consent_withdrawal', 'erasure'}, 'card', 'I withdraw my consent to keeping my saved card. Also delete my account.'),
    ('request', {'consent_withdrawal'}, 'kortti', 'Maksukorttini tallentui kassalla. Peruutan suostumukseni kortin tallentamiseen, poistakaa korttitiedot.'),
    ('request', {'consent_withdrawal'}, 'kort', 'Mitt kort sparades i kassan. Jag återkallar samtycket till att spara kortet. Ta bort kortuppgifterna.'),
    # issue 12, blind13: a consent given by ticking a box and taken back by a pronoun (a stored card:
    # removing the card is the withdrawal, SCHEMA)
    ('request', {'consent_withdrawal'}, 'card', 'At checkout I ticked the box to keep my card on file. I want to withdraw that, so please remove the stored card.'),
    # issue 12, blind13: a right the writer says they could ask but will not, or not now, is not asked
    ('other', set(), 'banner', "Your cookie banner hides the reject button. I know I could withdraw consent or object, and I'm not doing that here. Just some feedback."),
    ('other', set(), 'leverans', 'Paketet kom fram blött. Jag skulle kunna be er ta bort mig ur registret, men det tänker jag inte göra. Se bara till att budet skärper sig.'),
    ('request', {'access'}, 'uppgifter', 'Jag vet att jag kunde be er radera allt, men det vill jag inte. Jag vill bara veta vad ni har sparat om mig.'),
    ('request', {'rectification'}, 'e-post', 'Jag kunde begära radering eller avsluta nyhetsbrevet, men inget av det är aktuellt. Rätta min e-postadress till anna@example.com i kundregistret.'),
    ('request', {'access'}, 'SAR', 'This letter is not, for now, a request for erasure or restriction of processing. Please send me a copy of my personal data.'),
    ('request', {'access'}, 'bedrägeri', 'Jag vill veta vilka uppgifter om mig ni har registrerat. Radera dem inte ännu. Senare vill jag nog att allt raderas, men inte nu.'),
    ('request', {'portability'}, 'CSV', "I'm not asking you to delete anything and I don't want to unsubscribe. Please send my order history in a machine-readable format."),
    # issue 12, blind13: a general question about how long customers' data is kept asks for no one's data
    ('other', set(), 'säilytys', 'Haluaisin tietää, kuinka kauan säilytätte asiakkaiden tietoja tilin sulkemisen jälkeen?'),
    # a customer's data in the singular is still customers' data in general (blind14)
    ('other', set(), 'säilytys', 'Kuinka kauan säilytätte asiakkaan tiedot, jos tilaa vain kerran eikä luo tiliä?'),
    # issue 12, blind13: a Swedish word that looks like another language's delete verb ("borras upp": drilled open)
    ('other', set(), 'kassaskåp', 'Låset gick sönder och skåpet måste borras upp av en låssmed. Jag vill ha ersättning för kostnaden.'),
    # issue 12, blind13: the second right of a two-right mail, in the words people use for it
    ('request', {'marketing_ban'}, 'kuvasto', 'Paperikuvastoa ei tarvitse enää lähettää minulle.'),
    ('request', {'rectification', 'marketing_ban'}, 'osoite', 'Osoitteeni on muuttunut, uusi on Kauppakatu 3, Lahti. Uutiskirjeitä ei tarvitse enää lähettää.'),
    ('request', {'erasure', 'marketing_ban'}, 'tiedot', 'Haluan että tietoni poistetaan. Eikä enää niitä mainosviestejä, kiitos.'),
    ('request', {'consent_withdrawal'}, 'nauhoitus', 'Puhelu nauhoitettiin ja annoin siihen luvan. Sen luvan perun nyt.'),
    ('request', {'rectification'}, 'adress', 'Min adress har förresten ändrats, den nya är Storgatan 1, Borgå. Rätta den gärna.'),
    ('request', {'erasure', 'marketing_ban'}, 'pappa', 'Min pappa får fortfarande era erbjudanden per post. Vi vill att det upphör och att hans konto tas bort.'),
    ('request', {'erasure', 'marketing_ban'}, 'late father', "Please close my late father's account and take him off all your mailing lists."),
    ('request', {'rectification'}, 'birth', 'Your records show my year of birth as 1975; it is 1957. Please correct it.'),
    ('request', {'erasure'}, 'duplicate', 'I have two accounts with you. Please remove the older one entirely.'),
    ('request', {'consent_withdrawal', 'erasure'}, 'call', 'I agreed to the call being recorded, but I withdraw that consent now. Please delete the recording of this call.'),
    ('request', {'rectification'}, 'boxadress', 'Jag begär också att ni ersätter min hemadress i kundregistret med min boxadress: Box 12, Uppsala.'),
    ('request', {'marketing_ban'}, 'sms', 'Jag får sms med erbjudanden varje vecka. Ta bort mitt nummer från den listan.'),
    ('request', {'erasure', 'marketing_ban'}, 'allt', 'Radera allt om mig. Jag vill också att ni aldrig mer skickar något till mig.'),
    ('request', {'marketing_ban'}, 'spårning', 'Jag vill inte att min e-postadress laddas upp till Facebook för riktad annonsering.'),
    ('request', {'restriction'}, 'dispute', "Keep the records, but don't use them for anything else (marketing, analytics) until the dispute is settled."),
    # --- issue 12, blind17 (sv, en): the families behind its misses, in other words ---
    # Someone else's detail on the writer's account, the writer's own to be put there instead.
    ('request', {'rectification'}, 'Number', "My old flatmate's phone number is still on my account. Please put my own number 040 111 2222 on it instead."),
    ('request', {'rectification'}, 'email', 'pls put my new email on the account instead of his, its sara.k@example.com'),
    ('request', {'rectification'}, 'Address', 'Could you set my current address on my profile instead: Hämeenkatu 3, Tampere.'),
    ('request', {'rectification'}, 'Nummer', 'Min sambos nummer står fortfarande på mitt konto. Sätt in mitt eget nummer 040 222 3333 i stället.'),
    ('other', set(), 'Parcel', 'Please put my work address on the parcel instead, order 2026-771.'),
    ('other', set(), 'Order', 'Can you put the blue model in my order instead of the white one?'),
    # A right our policy states, reported by the writer in its words or in quotation marks, is not asked.
    ('other', set(), 'Cameras', 'Your privacy notice says "customers may ask to see the data stored about them" and that I can object to direct marketing. Good to know. Does the doorbell camera work offline?'),
    ('other', set(), 'Retention', 'Your policy states "the data subject may request the erasure of personal data that is no longer needed". Out of interest, how long do you keep invoices?'),
    ('other', set(), 'Kamera', 'I er integritetspolicy står det "du har rätt att få dina uppgifter raderade". Bra att veta. Fungerar kameran utan molntjänst?'),
    ('request', {'access'}, 'Copy', 'Your policy says I can ask for a copy of my data, so please send me a copy of everything you hold on me.'),
    ('request', {'erasure'}, 'Konto', 'Er integritetspolicy säger att jag kan få mina uppgifter raderade. Radera därför mitt konto.'),
    ('request', {'marketing_ban'}, 'Objection', 'Your privacy policy says I can object to direct marketing. I do: no more marketing e-mails to me.'),
    ('request', {'erasure'}, 'Erase', 'Your terms say "you may ask us to erase your data at any time". Please erase mine.'),
    # "reklamation", "reklamera" (a complaint about goods) are no advertising
    ('request', {'consent_withdrawal'}, 'Inspelning', 'Jag ringde om en reklamation och sa ja till att samtalet spelades in. Jag återkallar det samtycket nu.'),
    ('request', {'consent_withdrawal'}, 'Samtycke', 'I samband med min reklamation gav jag samtycke till att ni sparar bilderna på den trasiga varan. Det samtycket tar jag tillbaka.'),
    ('other', set(), 'Reklamation', 'Jag vill reklamera brandvarnaren, den slutade fungera efter en vecka. Hur skickar jag tillbaka den?'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Reklam', 'Jag återkallar mitt samtycke till reklam per sms.'),
    # a stop in the passive that an order or a payment met is no stop of marketing
    ('other', set(), 'Order', 'Min beställning stoppades och jag fick ett mejl om att betalningen inte gick igenom. Varför?'),
    ('other', set(), 'Order', 'My order was stopped and I got an e-mail saying the payment failed. What happened?'),
    ('request', {'marketing_ban'}, 'Mejl', 'Stoppa era mejl med erbjudanden till mig.'),
    # a right held as a threat, with "också" or "då" in its verb phrase
    ('other', set(), 'Leverans', 'Om paketet inte kommer i veckan häver jag köpet, och då kommer jag också att kräva att ni raderar mitt konto.'),
    ('other', set(), 'Delivery', 'If the parcel is not here by Friday I will cancel, and then I will also demand that you delete my account.'),
    ('request', {'erasure'}, 'Konto', 'Paketet kom aldrig, så jag kräver att ni raderar mitt konto.'),
    # a marketing ban for someone the writer speaks for, in the third person: "hon ska inte få några fler ..."
    ('request', {'marketing_ban'}, 'Mamma', 'Jag skriver för min mamma. Hon ska inte få några fler säljsamtal eller sms från er.'),
    ('request', {'marketing_ban'}, 'Pappa', 'Min pappa vill inte få mer reklam från er, varken per post eller sms.'),
    ('request', {'marketing_ban'}, 'Reklam', 'Jag ska inte få någon mer reklam från er, tack.'),
    ('other', set(), 'Faktura', 'Hon ska inte få några fler fakturor för den returnerade varan, eller hur?'),
    # the writer's own unsubscribe reported as done ("avslutade prenumerationen ... det fungerade fint") is background
    ('other', set(), 'Brandvarnare', 'Jag avslutade prenumerationen på nyhetsbrevet själv förra veckan och det fungerade fint. Men brandvarnaren piper, vad gör jag?'),
    ('other', set(), 'Lager', 'Jag sade upp nyhetsbrevet via länken och det gick bra. Finns dörrlarmet i lager?'),
    ('request', {'marketing_ban'}, 'Fortfarande', 'Jag avslutade prenumerationen i maj men får fortfarande nyhetsbrevet. Sluta skicka det.'),
    # a street number closing a sentence ("21 B 7.") ends it: its "inte" does not negate the next sentence's command
    ('request', {'rectification'}, 'Adress', 'Gatuadressen är Storgatan 12 B 7, inte 21 B 7. Kan ni rätta det i mitt kundkonto?'),
    ('request', {'rectification'}, 'Address', 'My flat is 12 B 7, not 21 B 7. Please correct it in my account.'),
    # --- issue 12, blind16 (sv, en): the families behind its misses, in other words ---
    # Verification phishing: access "restricted" until the shop confirms its details on someone's link.
    ('spam', set(), 'Corporate card programme paused', 'Hello,\n\nOur compliance team has paused your corporate card programme. Please validate your business information on the secure page to restore your access:\nhttps://corp-cards-example.net/review\n\nUnconfirmed programmes are closed within 72 hours.'),
    ('spam', set(), 'Action required on your merchant profile', 'Hello,\n\nWe were unable to verify your merchant profile. Please complete the verification of your business information to restore access:\nhttps://merchant-check-example.com/verify\n\nYour account will be suspended within 72 hours.'),
    ('spam', set(), 'Er tjänst är pausad', 'Hej,\n\nVi saknar uppgifter om era firmatecknare. Bekräfta bolagets uppgifter via länken nedan för att återställa tillgången till tjänsten:\nhttps://foretagskonto-example.net/check\n\nTjänsten stängs inom 72 timmar utan svar.'),
    ('other', set(), 'Locked out', "Hi, I can't log in to my account in your web shop, it says access is temporarily restricted. Could you help me get back in? I have an order on the way."),
    # A correction told as the record to be made right ("make sure my account has the right address"),
    # or as a purchase history that is not the writer's.
    ('request', {'rectification'}, 'Phone', 'Please make sure your records have my correct phone number: 040 123 4567.'),
    ('request', {'rectification'}, 'Email', 'Can you see to it that my profile has the right e-mail from now on, anna.berg@example.com? The old one should not be on there any more.'),
    ('request', {'rectification'}, 'addy', 'hey can u make sure ur system has my current address now, moved to tampere in june (hämeenkatu 3)'),
    ('request', {'rectification'}, 'History', "Your records say I bought a drill in May. I never did, someone else's purchase ended up on my account; please fix my purchase history."),
    ('request', {'rectification'}, 'Adress', 'Se till att mitt konto har rätt adress: Storgatan 1, Vasa. Den gamla ska inte finnas kvar där.'),
    ('request', {'rectification'}, 'Nummer', 'Kan ni se till att ni har rätt telefonnummer till mig i kundregistret? Det är 040 765 4321.'),
    ('other', set(), 'Parcel', 'Please make sure the parcel goes to the right address this time, order 2026-555.'),
    ('other', set(), 'Register', 'When I register next week I will make sure you have my correct details.'),
    # The second right of a two-right mail: access asked beside a correction, and "nothing else is out of date"
    # said as the reason, which neither asks nor negates a correction.
    ('request', {'rectification', 'access'}, 'Address', 'Please update my address to Kauppakatu 5 and also tell me what personal information you hold about me.'),
    ('request', {'rectification', 'access'}, 'Mother', 'I look after my father\'s affairs. Please change his address to Kirkkotie 2 and tell me what information you keep about him; I want to be sure nothing else is out of date.'),
    ('request', {'rectification'}, 'Surname', 'Please fix my surname, it is Laine. Nothing else is wrong.'),
    ('request', {'rectification'}, 'Adress', 'Rätta min adress till Storgatan 9, inget annat är fel.'),
    ('request', {'rectification', 'access'}, 'Adress', 'Uppdatera min adress till Storgatan 5 och berätta också vilka uppgifter ni har om mig.'),
    ('request', {'erasure'}, 'Delete', 'Please delete all the data you hold about me.'),
    ('request', {'rectification'}, 'Name', 'Please correct the information you hold about me: my name is Anna, not Anne.'),
    # Not asked yet: a right held over the shop as a threat, under a condition.
    ('other', set(), 'Refund', 'Unless I get my money back by the end of the month, we are going to request the erasure of our whole customer record.'),
    ('other', set(), 'Refund', "Unless the money arrives this week I'll demand that you erase my account. Please sort the refund out."),
    ('other', set(), 'Återbetalning', 'Om pengarna inte finns på mitt konto på fredag kommer jag att begära att ni raderar alla mina uppgifter. Ordna återbetalningen.'),
    ('other', set(), 'Name', 'If you cannot correct my name, I will ask you to delete my account.'),
    ('request', {'erasure'}, 'Account', 'If it is possible, please delete my account.'),
    ('request', {'erasure'}, 'Refund', 'My refund never came, so I am asking you to delete all my data now.'),
    # Refusing to be put on a list is a marketing ban.
    ('request', {'marketing_ban'}, 'Order', "Got the confirmation, thanks. Don't add my e-mail to your mailing list, please."),
    ('request', {'marketing_ban'}, 'Signup', 'Do not sign me up for your newsletter.'),
    ('request', {'marketing_ban'}, 'list', 'pls dont put me on ur email list'),
    ('request', {'marketing_ban'}, 'Lista', 'Lägg inte till mig på någon e-postlista.'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Jag vill inte bli tillagd på ert nyhetsbrev, rutan var förkryssad.'),
    ('other', set(), 'Newsletter', 'Please add me to your newsletter, I would love to hear about new alarms.'),
    ('other', set(), 'Gift wrap', "Please don't add gift wrap to my order."),
    # A right the writer already used themselves and reports as working is background, not asked.
    ('other', set(), 'Shipping', 'I have already unsubscribed from your offers myself, that worked. Do you sell spare batteries for the X2 alarm?'),
    ('other', set(), 'Stock', 'Just so you know, I opted out of the SMS offers through the link and that went through. Is the drill back in stock?'),
    ('other', set(), 'Leverans', 'Jag har redan avanmält mig från era utskick själv och det gick bra. Finns brandvarnaren i lager igen?'),
    ('request', {'marketing_ban'}, 'Still', 'I unsubscribed last week but you still keep sending me the newsletter.'),
    ('request', {'marketing_ban'}, 'Fortfarande', 'Jag avregistrerade mig för en månad sedan men får fortfarande nyhetsbrev. Sluta skicka dem.'),
    # Taking back a consent in the infinitive ("ta tillbaka det samtycket"), and a call recording erased.
    ('request', {'consent_withdrawal', 'erasure'}, 'Inspelning', 'Jag sa ja till att mitt samtal med er support fick spelas in. Nu vill jag ta tillbaka det samtycket, och jag vill att inspelningen av samtalet raderas.'),
    ('request', {'consent_withdrawal'}, 'Samtycke', 'Jag vill ta tillbaka mitt samtycke till att mina samtal spelas in.'),
    ('request', {'erasure'}, 'Samtal', 'Radera inspelningen av mitt samtal med er kundtjänst.'),
    ('other', set(), 'Retur', 'Kan jag ta tillbaka varan om den inte passar?'),
    # In a case's thread, one more account of the writer's to erase widens the case (SCHEMA: no new right).
    ('followup', set(), 'Konto', 'Tack för beskedet. Jag har visst ett konto till hos er, från när jag bodde i Åbo. Ta bort det också.'),
    ('followup', set(), 'Konto', 'Det finns ytterligare ett konto i mitt namn hos er. Ta bort det också, samma sak gäller.'),
    ('followup', set(), 'Account', 'I just remembered I have one more account with you under my work e-mail. Please delete that one too.'),
    ('followup', {'access'}, 'Konto', 'Jag har ett konto till hos er. Skicka mig också en kopia av mina uppgifter.'),
    # Our policy quoted inline by the writer, then asked for by pointing at it ("I'd like to check mine").
    ('request', {'access'}, 'Policy', "From your terms:\n\n> 7. Every customer may view the personal data held on them.\n\nGood, then I want to view mine."),
    ('request', {'access'}, 'Policy', 'Your website says:\n\n> Customers may ask for a copy of their personal data at any time.\n\nI am asking for mine.'),
    ('request', {'access'}, 'Policy', 'I er integritetspolicy står det:\n\n> Du har rätt att få se de personuppgifter vi har sparat om dig.\n\nJag vill gärna se mina.'),
    ('other', set(), 'Shipping', 'Your site says:\n\n> Orders ship within two days.\n\nWhere is mine? I ordered last week.'),
    ('other', set(), 'Policy', 'Your policy says:\n\n> We may delete inactive accounts after three years.\n\nHow do you decide which accounts are inactive?'),
    # issue 12, blind13: mailbox-password phishing ("confirm your current password to keep it") and fake
    # invoices that threaten a returned shipment
    ('spam', set(), 'Your mailbox password expires today', 'Dear user,\n\nThe password of your mailbox expires today. Confirm your current password below to keep using it.\n\nhttps://mail-keep-example.net/confirm'),
    ('spam', set(), 'Unpaid customs invoice', 'Hello,\n\nPlease find your outstanding invoice for import charges. Payment is due at once to avoid your parcel being returned.\n\nDownload invoice: https://express-charges-example.net/INV-1.zip'),
    # issue 12, blind13: a review shown with the writer's name, its consent withdrawn: removing the review
    # is the withdrawal (SCHEMA: a review with one's name is consent_withdrawal only), an account erasure is not
    ('request', {'consent_withdrawal'}, 'arvostelu', 'Annoin aikanaan luvan julkaista arvosteluni koko nimelläni, mutta peruutan sen nyt. Arvostelun voi poistaa.'),
    ('request', {'consent_withdrawal'}, 'review', 'I agreed that my review could be shown with my full name. I withdraw that consent, so please take the review down.'),
    ('request', {'consent_withdrawal', 'erasure'}, 'recension', 'Jag återkallar mitt samtycke till att min recension visas med mitt namn. Radera också mitt kundkonto.'),
    # issue 12, blind13: "I don't want my data used for that" after a purpose that is not marketing
    ('request', {'objection'}, 'AI', 'Jag vill inte att mina uppgifter används för att träna AI.'),
    ('request', {'objection'}, 'AI', 'Ni använder kunduppgifter för att lära upp AI. Jag vill inte att mina uppgifter används till något sådant.'),
    ('request', {'marketing_ban'}, 'reklam', 'Ni använder kunduppgifter för riktad reklam. Jag vill inte att mina uppgifter används till det.'),
    # issue 12, blind13, the other side of its rules: "fix it" after a self-introduction is no correction;
    # "inte senare än" is a deadline, not a negation; "till my complaint" is a condition
    ('other', set(), 'app', 'My name is John Smith. The camera app keeps crashing on my phone, please fix it.'),
    ('request', {'erasure'}, 'konto', 'Radera mitt konto inte senare än den sista mars.'),
    ('request', {'restriction'}, 'complaint', "Keep my data, but don't use it for anything till my complaint is resolved."),
    ('request', {'erasure'}, 'account', 'Please delete my account. I might order again later, but not now.'),
    ('request', {'access'}, 'later', 'Please send me a copy of my data. I will probably want it all deleted later, but not now.'),
    ('request', {'access'}, 'myöhemmin', 'Lähettäkää kopio tiedoistani. Myöhemmin haluan ehkä tiedot poistettavaksi, mutta en vielä.'),
    # a right declined only in its own clause: the right asked beside it still counts
    ('request', {'access'}, 'not erasure', 'This e-mail is not a request for erasure but for a copy of my data.'),
    ('request', {'access'}, 'not erasure', 'This letter is not a request for erasure; I only want a copy of my personal data.'),
    # a newsletter no longer needed at the old address but wanted at the new one is a correction
    ('request', {'rectification'}, 'osoite', 'Uutiskirjettä ei tarvitse enää lähettää vanhaan osoitteeseeni, vaan uuteen: maija@example.fi. Päivittäkää osoitteeni.'),
    # issue 12, blind14: a wish told without the words of rights
    ('request', {'marketing_ban'}, 'Calls', "I'm not interested, please don't ring me with sales offers again."),
    ('request', {'access'}, 'File', 'I would like to see my file, on paper if possible.'),
    ('request', {'rectification'}, 'Birth', 'Your staff said you have me down as born in 1972. It was 1927, please put that right.'),
    ('request', {'rectification'}, 'E-mail', 'You have my e-mail down as ann.smyth@example.com, it is ann.smith@example.com.'),
    ('request', {'marketing_ban'}, 'Tekstarit', 'Teiltä tulee joka viikko tekstiviestejä tarjouksista. Olisin kiitollinen, jos ne viestit loppuisivat.'),
    ('request', {'rectification'}, 'Nimi', 'Laskussa luki nimeni väärin: Virtanen eikä Virtane.'),
    ('request', {'marketing_ban'}, 'Profilointi', 'Uutiskirje saa tulla. En halua, että lukemisestani tehdään profiilia markkinoinnin kohdentamiseen.'),
]


def _mail(subject: str, body: str, followup: bool) -> ParsedMail:
    head = ["From: Customer <customer@example.fi>", "To: info@allsec.fi",
            f"Subject: {'Re: [DSR-2026-0009] ' + subject if followup else subject}", "Message-ID: <ph1@example.fi>",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if followup:
        head.append("In-Reply-To: <dsr-2026-0009.2.c64e1916@allsec.fi>")
    parsed = parse(("\r\n".join(head) + "\r\n\r\n" + body.replace("\\n", "\n")).encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


@pytest.mark.parametrize("kind, intents, subject, body", PHRASINGS, ids=[p[3][:40] for p in PHRASINGS])
def test_phrasing(kind, intents, subject, body):
    c = classify(_mail(subject, body, kind == "followup"))
    assert (c.kind, set(c.intents)) == (kind, intents), c.reasons
    # a request is decided without a person; ordinary mail may go to one only when it is about the writer's data.
    # The second reader may still ask for a person: these lines pin the rules, the sets measure how often it asks.
    rules_triage = c.needs_triage and not any(r.startswith("second reader:") for r in c.reasons)
    assert not rules_triage or kind == "other", c.reasons


# --- issue 12, blind18 (sv, en): the families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as PHRASINGS are.
BLIND18_SVEN = [
    # someone else (an ex, a relative, a number's new owner) who has the writer's old number: no record to correct
    ('request', {'marketing_ban'}, 'Texts', 'My ex still has my old number and keeps getting your promo texts addressed to me. Please stop sending SMS offers to it.'),
    ('request', {'marketing_ban'}, 'SMS', 'My son uses my old phone now, so he still has my old number. Stop the SMS offers to it, please.'),
    ('request', {'marketing_ban'}, 'Texts', 'someone else has got my old number now and they get your offers in my name. pls stop texting it'),
    ('request', {'rectification'}, 'Number', 'Your system still has my old number, please update it to 040 123 4567.'),
    ('request', {'rectification'}, 'Address', 'My account still shows my old address. I moved to Kuusitie 4.'),
    # the detail, then its right value "X not Y" on a wrapped line, then "can u fix it": the "not" is the value's
    ('request', {'rectification'}, 'typo', 'my email on the account has a typo its anna.k not ana.k can u fix it pls, i dont get the order mails'),
    ('request', {'rectification'}, 'name', 'my surname on my account is spelt wrong its Lee not Li could you fix it'),
    ('request', {'rectification'}, 'Address', 'The address on my customer account is wrong, it is Main Street 5 not Main Street 3, please correct it.'),
    ('other', set(), 'Name', 'My name on the account is Lee, not Li, and that is right. Please do not change it.'),
    # the data you hold, named beside an account of several words as what the erasure acts on: no access
    ('request', {'erasure'}, 'Deletion', 'Please delete my customer account and all personal data you hold about me, apart from what the law requires.'),
    ('request', {'erasure'}, 'Erase', 'Please erase my old loyalty club account and all the information you hold about me.'),
    ('request', {'access', 'erasure'}, 'Data', 'Please delete my customer account and tell me what personal data you hold about me.'),
    # the writer's own act in an "if" clause, asked about for its consequence: nothing asked
    ('other', set(), 'Warranty', 'If I delete my account, will I lose the warranty on my safe?'),
    ('other', set(), 'Points', 'would i lose my order history if i deleted my account?'),
    ('other', set(), 'Newsletter', 'If I unsubscribe from the newsletter, will I still get the order confirmations?'),
    ('other', set(), 'Garanti', 'Om jag raderar mitt konto, förlorar jag garantin då?'),
    ('other', set(), 'Konto', 'Försvinner mina bonuspoäng om jag avslutar mitt konto?'),
    ('request', {'erasure'}, 'Account', 'If I lose the warranty, so be it: please delete my account.'),
    ('request', {'access'}, 'Copy', 'I wonder if I could get a copy of my personal data.'),
    ('request', {'access'}, 'Kopia', 'Jag undrar om jag kan få en kopia av mina personuppgifter.'),
    # the writer says it is not a request, only feedback: a right only named is talked about
    ('other', set(), 'Policy', 'Not a request, just feedback. Your privacy policy mixes up withdrawal and erasure, they are two different things.'),
    ('other', set(), 'Policy', 'This is not a request, just some feedback: the section on the right to erasure points to a form that does not exist.'),
    ('other', set(), 'Policy', 'Ingen begäran, bara feedback: i er integritetspolicy blandas återkallelse och radering ihop.'),
    ('request', {'erasure'}, 'Account', 'Not a complaint, just a request: please delete my account.'),
    ('request', {'erasure'}, 'Radering', 'Det här är ingen reklamation utan en begäran om radering av mina uppgifter.'),
    # a parcel left at the wrong address is the delivery's error, not the record's
    ('other', set(), 'Paket', 'Enligt spårningen lämnades paketet till fel adress i Esbo, och jag bor i Kyrkslätt. Var är det nu?'),
    ('other', set(), 'Paket', 'Budet lämnade paketet på fel adress. Kan ni ta reda på var det är?'),
    ('other', set(), 'Parcel', 'The courier left my parcel at the wrong address. Where is it now?'),
    ('request', {'rectification'}, 'Adress', 'Ni har fel adress på mig i kundregistret, rätt adress är Storgatan 5.'),
    # an unsubscribe the writer did themselves and reports working: done, nothing asked
    ('other', set(), 'Brandfiltar', 'Jag avregistrerade mig från nyhetsbrevet via länken förra veckan och det har funkat fint. Säljer ni brandfiltar?'),
    ('other', set(), 'Fråga', 'Jag sa upp nyhetsbrevet i höstas och det funkar bra, inga fler utskick. Har ni rökdetektorer i lager?'),
    ('other', set(), 'Question', 'I unsubscribed from the newsletter last week and it worked fine. Do you deliver to Mariehamn?'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Jag avregistrerade mig från nyhetsbrevet förra veckan men det har inte funkat, jag får fortfarande mejl. Sluta skicka dem.'),
    # BankID and bank-login phishing in Swedish: a credential said to expire, a threat, a link to renew
    ('spam', set(), 'Ditt BankID upphör', 'Bästa kund, ditt BankID upphör att gälla den 20 december. För att undvika att dina betalningar stoppas måste du förnya ditt BankID via länken nedan: https://bankid-fornya.example.com/x'),
    ('spam', set(), 'Viktigt meddelande', 'Bästa kund, ditt BankID går ut i morgon. Förnya ditt BankID via länken nedan så att ditt konto inte spärras: https://bank-id-sakerhet.example.net/f'),
    ('spam', set(), 'Säkerhet', 'Hej kund, dina betalningar kommer att stoppas. Logga in här och bekräfta din identitet: https://nordbank-verify.example.org/'),
    ('other', set(), 'Inloggning', 'Mitt BankID går ut nästa vecka, kan jag logga in i webbshoppen på något annat sätt?'),
    # the data you have about me, asked to be sent, also beside something else sent
    ('request', {'access'}, 'Uppgifter', 'Skicka mig de uppgifter ni har om mig.'),
    ('request', {'access'}, 'Inspelning', 'Samtalet spelades in. Så skicka mig gärna en kopia av den inspelningen och av de övriga uppgifter ni har om mig.'),
    ('request', {'access'}, 'Kvitto', 'Kan ni mejla mig kvittot och all information ni har om mig?'),
    ('request', {'erasure'}, 'Radera', 'Radera mitt konto och alla uppgifter ni har om mig.'),
    ('other', set(), 'Kvitto', 'Skicka mig kvittot för order 5521, tack.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND18_SVEN, ids=[p[3][:40] for p in BLIND18_SVEN])
def test_phrasing_blind18_sven(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind19 (sv, en): the families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as PHRASINGS are.
BLIND19_SVEN = [
    # mailbox-password phishing: "keep your current password", "confirm it below" on someone else's link
    ('spam', set(), 'Action required: password expires today', 'Microsoft 365\n\nThe password for your mailbox info@allsec.fi expires today.\n\nTo keep using your current password, confirm it below:\n\nKeep current password: https://m365-keep.example.net/keep'),
    ('spam', set(), 'Password expiry notice', 'Your e-mail password expires in 24 hours. Click below to keep your existing password: https://owa-portal.example.org/k'),
    ('other', set(), 'Login', 'My password for the web shop expired and I cannot keep my current password, the form says it is too short. Can you help?'),
    # Swedish bank phishing: cards said blocked, "verify your details with BankID" within a deadline, a link
    ('spam', set(), 'Ditt konto har spärrats', 'Bästa kund,\n\nvi har upptäckt ovanlig aktivitet och tillfälligt spärrat dina kort. För att häva spärren måste du verifiera dina uppgifter med BankID inom 24 timmar:\nhttps://bank-sakerhet.example.net/verifiera'),
    ('spam', set(), 'Viktigt', 'Hej kund, ditt kort har spärrats. Verifiera dig med BankID här: https://kort-hjalp.example.org/v'),
    ('other', set(), 'BankID', 'Jag kan inte verifiera mig med BankID i kassan. Går det att betala med faktura i stället?'),
    # a right held as a threat in the progressive ("I'll be asking you to delete ...") is not asked
    ('request', {'marketing_ban'}, 'Ads', 'Please stop the retargeting ads. If it keeps happening after this I\'ll be asking you to delete my account, but for now I\'d just like the ads to stop.'),
    ('other', set(), 'Delivery', 'The parcel went to the wrong pickup point again. If this happens once more I\'ll be asking you to delete all my data.'),
    ('other', set(), 'Refund', 'if the refund isnt here by friday im going to be requesting that you erase everything you have on me'),
    ('request', {'erasure'}, 'Account', 'I\'m asking you to delete my account.'),
    # "I'm not asking you to ...": a right declined, also with "either", and what is asked after it still counts
    ('request', {'objection'}, 'Analytics', 'I\'m not asking you to delete my account. I\'m not asking you to stop the newsletter either. I object to my usage data being used for analytics.'),
    ('request', {'access'}, 'Data', 'I am not asking you to stop sending the newsletter, I only want a copy of my personal data.'),
    ('request', {'erasure'}, 'Account', 'I am not asking you to keep anything. Please delete my account.'),
    # our policy read and reported ("I read in your policy that one can ask for erasure"): the right is ours, not asked
    ('request', {'rectification'}, 'Namnbyte', 'Jag gifte mig och heter nu Forsman. Jag läste i er integritetspolicy att man kan begära radering av sina uppgifter, men det vill jag inte. Rätta mitt efternamn i kundregistret.'),
    ('other', set(), 'Fråga', 'Jag såg i er integritetspolicy att man kan begära radering. Hur länge sparar ni beställningarna?'),
    ('request', {'rectification'}, 'Name', 'I read in your privacy policy that I can ask for erasure, but I do not want that. Please correct my surname to Forsman.'),
    ('request', {'erasure'}, 'Radering', 'Jag läste i er integritetspolicy om rätten till radering. Radera mitt konto.'),
    # the surname corrected "i kundregistret", beside a parcel collected: the record is named, so no order's correction
    ('request', {'rectification'}, 'Efternamn', 'Jag har gift mig. Däremot vill jag att ni rättar mitt efternamn i kundregistret så att det stämmer med mitt id-kort när jag hämtar ut paket.'),
    # a right known to exist but declined "men det vill jag inte"
    ('other', set(), 'Konto', 'Jag vet att jag kan begära radering av mitt konto, men det vill jag inte. Hur byter jag lösenord?'),
    # sales calls refused: "ring mig aldrig mer i försäljningssyfte", "no more sales calls"
    ('request', {'marketing_ban'}, 'Samtal', 'Ring mig aldrig mer i försäljningssyfte, varken på jobbet eller privat.'),
    ('request', {'marketing_ban'}, 'Säljsamtal', 'Ni får inte ringa mig i säljsyfte igen.'),
    ('request', {'marketing_ban'}, 'Calls', 'Never call me again for sales purposes.'),
    ('other', set(), 'Reklamation', 'Ring mig gärna när reservdelen har kommit, så hämtar jag den.'),
    # "upphör med all marknadsföring till honom": a stop of marketing, also for someone the writer speaks for
    ('request', {'marketing_ban'}, 'Reklam', 'Jag ber att ni upphör med all marknadsföring till mig.'),
    ('request', {'marketing_ban'}, 'Min far', 'Jag är god man för min far. Upphör med all marknadsföring till honom, både e-post och papper.'),
    ('request', {'marketing_ban'}, 'Reklam', 'upphör med reklamen till mig tack'),
    ('other', set(), 'Garanti', 'Garantin upphör efter två år, gäller den även batteriet?'),
    # what is held "from me", in learners' English: access
    ('request', {'access'}, 'my data', 'I want to know what data you have from me, all what is saved.'),
    ('request', {'access'}, 'data', 'please tell me which informations you have saved from me'),
    ('other', set(), 'Order', 'I want to know what information you need from me to process the return.'),
    # an unsubscribe the writer did by mistake, asking back in: the stop is done, the re-subscription is no right
    ('other', set(), 'Re: Black Week', 'Hej, jag råkade avregistrera mig från nyhetsbrevet när jag skulle klicka på rabattkoden. Kan ni lägga till mig igen?'),
    ('other', set(), 'Newsletter', 'I accidentally unsubscribed from your newsletter. Could you add me back?'),
    ('other', set(), 'Nyhetsbrev', 'Jag avregistrerade mig av misstag från nyhetsbrevet, hur prenumererar jag igen?'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Avregistrera mig från nyhetsbrevet.'),
    ('request', {'marketing_ban'}, 'SMS', 'I accidentally unsubscribed from the newsletter, which is fine, but I still get your SMS offers. Stop those too.'),
    # "unsubscribe" from a paid plan or service: cancelling a contract, no marketing
    ('other', set(), 'Cloud plan', 'Hi, how do I unsubscribe from the Cloud Plus plan? It charges my card every month and I don\'t use it.'),
    ('other', set(), 'Subscription', 'Please unsubscribe me from the monthly monitoring plan, we sold the house.'),
    ('request', {'marketing_ban'}, 'Newsletter', 'How do I unsubscribe from the newsletter? Please just take me off it.'),
    ('other', set(), 'how to unsubscribe from cloud plan', 'Hi, how do I unsubscribe from the Cloud Plus plan? It is charging my card every month and I don\'t use it anymore.'),
    # a detail reported as now right in a reply: done, not asked (what is new in the reply still is)
    ('followup', {'marketing_ban'}, 'Your request', 'Thank you, I can see my name is now spelled correctly. One more thing: please don\'t send me marketing e-mails anymore.'),
    ('followup', set(), 'Your request', 'Thanks, my address is now correct in the account.'),
    ('request', {'rectification'}, 'Name', 'My name is now Forsman, please update it.'),
    # a correction asked in the passive subjunctive: "we request that the marker be corrected"
    ('request', {'rectification', 'restriction'}, 'Our client', 'On our client\'s behalf we request that the inaccurate marker on his account be corrected, and that while you verify the accuracy of that data its processing be restricted.'),
    ('request', {'rectification'}, 'Address', 'I ask that my address on the account be corrected to Kuusitie 4.'),
    ('other', set(), 'Invoice', 'I request that the invoice be corrected, it charges shipping twice.'),
    ('request', {'rectification', 'restriction'}, 'Our client', 'On our client\'s behalf we request that:\n\n(a) the inaccurate marker on his account be corrected so that it no longer records a chargeback; and\n\n(b) while you verify the accuracy of that data, its processing be restricted.'),
    ('request', {'rectification'}, 'Requests', 'I request the following:\n1. my surname in your customer register be corrected to Forsman.'),
    ('other', set(), 'Account', 'The address on my account will be updated automatically when I move, right?'),
    ('other', set(), 'Invoice', 'We request that:\n(a) the invoice be corrected to show the discount.'),
    # a general question about the right, by the impersonal "man" or "one", with nothing asked ("rent allmänt", "jag ska inte begära något")
    ('other', set(), 'Fråga om rättigheter', 'Hej,\n\nrent allmänt: om man har handlat hos er, har man då rätt att få se vilka uppgifter ni har sparat, och kostar det något? Och hur lång tid brukar det ta?\n\nJag ska inte begära något just nu, jag skriver en uppsats om e-handel och dataskydd.'),
    ('other', set(), 'Fråga', 'Har man rätt att få se vilka uppgifter ni har sparat om en? Jag frågar bara i allmänhet.'),
    ('other', set(), 'Question', 'Generally speaking, does a customer have the right to see what data you hold, and does it cost anything? I am not going to request anything, I am writing a thesis.'),
    ('request', {'access'}, 'Uppgifter', 'Vilka uppgifter har ni sparat om mig?'),
    ('request', {'access'}, 'Question', 'What data do you hold about me?'),
    ('request', {'access'}, 'Uppgifter', 'Har jag rätt att få se vilka uppgifter ni har om mig? I så fall vill jag se dem.'),
    ('request', {'access'}, 'Uppgifter', 'Kan man få se vilka uppgifter ni har om mig?'),
    ('other', set(), 'Question', 'Can one see what data you hold about customers, and is it free? Just curious.'),
    # the writer's own closing of the account reported, our confirmation quoted, and the deletion held off: no erasure
    ('request', {'restriction'}, 'Please don\'t purge my data yet', 'I closed my account last month and the confirmation said my data would be purged after 30 days. Please do NOT delete it yet. I need the order records as evidence.\n\nKeep them, but don\'t use them for anything else until the board has made its decision.'),
    ('request', {'erasure'}, 'Account', 'I closed my account last month. Please also delete all my personal data.'),
    ('other', set(), 'Order', 'The confirmation said my order would be delivered on Friday. Where is it?'),
    # personalised recommendations from the writer's purchases, refused (the newsletter itself kept): profiling for marketing
    ('request', {'marketing_ban'}, 'Newsletter', 'Your newsletter keeps recommending products based on my purchases. The plain newsletter is fine, just no personalised recommendations please.'),
    ('request', {'marketing_ban'}, 'Recommendations', 'Please stop the personalized product recommendations in your e-mails.'),
    ('request', {'marketing_ban'}, 'Profiling', "I'd rather you didn't profile my orders for your newsletter."),
    ('other', set(), 'Camera', 'Can you give me a personalised recommendation for a camera for my summer cottage?'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND19_SVEN, ids=[p[3][:40] for p in BLIND19_SVEN])
def test_phrasing_blind19_sven(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind20 (sv, en): the families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as PHRASINGS are.
BLIND20_SVEN = [
    # bank phishing: payments or an account "suspended" or "restricted", a deadline in any number of hours, a link to verify
    ('spam', set(), 'Action required: outgoing payments suspended', 'Dear customer,\n\nDue to a failed security verification, outgoing payments from your business account have been temporarily suspended.\n\nTo restore full access, please confirm your identity within 12 hours:\nhttps://bank-secure.example.net/verify\n\nFailure to verify will result in permanent restriction of your account.'),
    ('spam', set(), 'Your account is on hold', 'Dear customer, your card payments have been suspended. Please confirm your identity within 6 hours here: https://pay-check.example.org/id'),
    ('spam', set(), 'Notice', 'Dear client,\n\nyour online banking has been restricted. Failure to verify will result in permanent suspension of your account: https://secure-bank.example.com/v'),
    ('other', set(), 'Payment', 'My card payment in your shop was suspended by my bank, can I pay by invoice instead?'),
    ('request', {'restriction'}, 'Restriction', 'Please restrict the processing of my account data until my complaint has been handled.'),
    # Swedish phishing in the bank's voice, the lure as "om du inte bekräftar": the block comes unless the reader follows
    ('spam', set(), 'Ditt BankID spärras inom 24 timmar', 'Bästa kund,\n\nVi har upptäckt ovanlig aktivitet kopplad till ditt BankID. Av säkerhetsskäl kommer ditt BankID att spärras inom 24 timmar om du inte bekräftar dina uppgifter.\n\nBekräfta mina uppgifter\n\nMed vänliga hälsningar\nBankID Kundsäkerhet'),
    ('spam', set(), 'Ditt konto stängs', 'Hej kund, ditt konto stängs om du inte verifierar din identitet idag.'),
    ('other', set(), 'BankID', 'Hej, mitt BankID har spärrats av banken så jag kan inte logga in hos er. Kan jag beställa ändå?'),
    # a domain-renewal offer dressed as an invoice: "om betalning inte inkommit inom 3 dagar", "och inte en faktura", "betala nu"
    ('spam', set(), 'Faktura: Förnyelse av domännamnet allsec.fi', 'FÖRNYELSEMEDDELANDE\n\nDomän: allsec.fi\nBelopp: 389,00 EUR\n\nRegistreringen av er domän löper ut inom kort. Om betalning inte inkommit inom 3 dagar kan domänen släppas fritt.\n\nBetala nu med kort\n\nDetta är ett erbjudande om sökmotorregistrering och inte en faktura.'),
    ('spam', set(), 'Förnyelse', 'Er domän går ut snart. Betala nu så behåller ni den. Detta är ett erbjudande och inte en faktura.'),
    ('other', set(), 'Faktura', 'Hej, jag har inte fått någon faktura för min beställning. Kan jag betala nu med kort i stället?'),
    # a wrong note, marking or flag on the writer's account, to be corrected ("please correct this note", "remove or correct this marking")
    ('request', {'rectification', 'restriction'}, 'wrong marking on my account', 'Your customer service told me my account is marked for "suspicious returns". This is not correct.\n\nPlease remove or correct this marking. And until you have checked it, I ask that you don\'t use this information about me for anything.'),
    ('request', {'rectification'}, 'Wrong note', 'My account has a note saying I returned a damaged lock. That is not true. Please correct this note.'),
    ('request', {'rectification'}, 'flag', 'there is a fraud flag on my customer account which is wrong, pls fix that flag'),
    ('request', {'rectification'}, 'Anteckning', 'På mitt kundkonto finns en anteckning om att jag returnerat en trasig kamera. Det stämmer inte. Rätta anteckningen, tack.'),
    ('request', {'rectification'}, 'Markering', 'Mitt konto har en felaktig markering om obetalda fakturor. Korrigera markeringen.'),
    ('other', set(), 'Delivery note', 'The delivery note in the parcel lists the wrong product. Please correct the delivery note and send the right lens.'),
    ('other', set(), 'Credit note', 'Please correct this credit note, the amount should be 49 euros.'),
    # what the writer (or the one they speak for) ordered, as a list of the record: access; a product or invoice list is no access
    ('request', {'access', 'erasure'}, 'My late husband\'s account', 'My husband passed away in August. I would like his account to be closed and his information removed. Before that, though, could you please send me a list of what he ordered from you and when? I need it for the insurance.'),
    ('request', {'access'}, 'Orders', 'Please send me a list of everything I have ordered from you over the years.'),
    ('request', {'access'}, 'purchases', 'can u send me a list of all what i bought from you, i need it for my insurance'),
    ('other', set(), 'Stock', 'Could you send me a list of what you have in stock in the outdoor camera range?'),
    ('other', set(), 'Invoice', 'Please send me the invoice for what I ordered last week.'),
    # a learner's plural "informations" for the data held
    ('request', {'access'}, 'information about me', 'I am customer of you since 2024. I want to know all informations which you are keeping about me, and also from where you have received them.'),
    ('request', {'access'}, 'informations', 'Please send me all informations you have about me.'),
    ('other', set(), 'informations', 'I want more informations about the outdoor camera before I buy it.'),
    # the notes made of the writer's own calls, asked for as a copy: access; a right named and declined "to be clear"
    ('request', {'access'}, 'Copy of call notes', 'I know that under GDPR I could ask you to wipe everything you hold on me, and to be clear I\'m NOT asking for that - I still need my warranty.\n\nWhat I want is a copy of the notes your staff made during my three phone calls in September.'),
    ('request', {'access'}, 'Notes', 'Please send me a copy of the notes your customer service wrote about my calls.'),
    ('request', {'rectification'}, 'Name', 'I could ask you to delete my account, but to be honest I\'m not asking for that. Please correct my surname to Lee.'),
    ('other', set(), 'Manual', 'Could you send me a copy of the installation notes for the alarm panel?'),
    # a prospective buyer asking where data from a product would go: a question about practice, no access
    ('other', set(), 'Outdoor camera - where is the video stored?', 'Hi,\n\nbefore buying the outdoor camera I\'d like to know where my data goes. Are the recordings stored in a cloud in the EU, or only on the SD card?'),
    ('other', set(), 'Doorbell', 'Before I order the doorbell I want to know where my data would be stored and who can see it.'),
    ('request', {'access'}, 'My data', 'I have been your customer for years. I want to know where my data has gone and who you have shared it with.'),
    # "unsubscribe" from a paid plan named by its tier ("Cloud Plus", "Premium") in the subject: a contract cancelled
    ('other', set(), 'How do I unsubscribe from Cloud Plus?', 'Hi,\n\nhow do I unsubscribe from the Cloud Plus plan? I\'m being charged 4.90 a month for video storage I never use. I want to cancel the subscription and stop the payments.'),
    ('other', set(), 'Unsubscribe from Premium', 'I want to stop paying for the premium monitoring. How do I cancel?'),
    ('request', {'marketing_ban'}, 'Unsubscribe from Pro tips', 'Please unsubscribe me from the Pro tips newsletter.'),
    # "dem vill jag inte ha (alls)": a stop whose object is the marketing named just before
    ('request', {'marketing_ban', 'rectification'}, 'Fel telefonnummer', 'Hej, ert sms om leveransen gick till mitt gamla nummer. Nytt nummer är 073-554 21 09, kan ni ändra det i mitt kundkonto?\n\nP.S. Det är nog samma nummer som era sms-erbjudanden går till – dem vill jag inte ha alls.'),
    ('request', {'marketing_ban'}, 'Reklam', 'Ni skickar mig reklam varje vecka. Den vill jag inte ha.'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Era nyhetsbrev vill jag inte ha längre.'),
    ('other', set(), 'Retur', 'Ni skickade två larm fast jag beställde ett. Det andra vill jag inte ha, hur returnerar jag det?'),
    # "sluta använda min e-post ... för riktade annonser": profiling for ads stopped, the newsletter kept
    ('request', {'marketing_ban'}, 'Riktad annonsering', 'Nyhetsbrevet vill jag gärna fortsätta få. Men sluta använda min e-post och mitt köpbeteende för riktade annonser i sociala medier.'),
    ('request', {'marketing_ban'}, 'Annonser', 'Sluta genast att använda mina uppgifter och min köphistorik till riktad reklam på Facebook.'),
    ('other', set(), 'Annonser', 'Jag såg er annons på Facebook. Kan jag använda min e-post som användarnamn i appen?'),
    # a correction of a detail of the one the writer speaks for ("ändra hans adress i ert register")
    ('request', {'rectification', 'access'}, 'Min pappas kunduppgifter', 'Jag är intressebevakare för min pappa. Han har flyttat till ett servicehus. Kan ni ändra hans adress i ert register till:\n\nSolbackavägen 2\n66900 Nykarleby\n\nJag skulle också vilja få en kopia av de uppgifter ni har om honom.'),
    ('request', {'rectification'}, 'Adress', 'Min mamma har flyttat. Ändra hennes adress till Storgatan 5, tack.'),
    ('other', set(), 'Beställning', 'Kan ni ändra hans beställning till två kameror i stället för en?'),
    # a permission ("lovet", "tillåtelsen") taken back: a withdrawn consent to a photo (removing it is the withdrawal's effect)
    ('request', {'consent_withdrawal'}, 'Bilden på vårt hus', 'I våras skickade min man in en bild på vårt hus till er tävling och kryssade i att ni fick använda bilden. Vi tar tillbaka lovet att använda bilden.'),
    ('request', {'consent_withdrawal'}, 'Bild', 'Jag återkallar tillåtelsen att visa mitt foto på er webbplats.'),
    ('request', {'consent_withdrawal'}, 'Bilden', 'Vi tar tillbaka lovet att använda bilden. Ta bort den från galleriet, tack.'),
    ('other', set(), 'Retur', 'Har jag lov att skicka tillbaka kameran fast kartongen är öppnad?'),
    # a restriction asked in the passive, its object long: "att behandlingen av de omtvistade uppgifterna begränsas"
    ('request', {'access', 'restriction'}, 'Begäran enligt artiklarna 15 och 18', 'På vår klients vägnar begär vi\n\n1. en kopia av samtliga personuppgifter som ni behandlar om vår klient, samt\n\n2. att behandlingen av de omtvistade uppgifterna begränsas till dess att frågan om deras riktighet har utretts.'),
    ('request', {'restriction'}, 'Begränsning', 'Jag begär att behandlingen av mina personuppgifter i kundregistret begränsas tills reklamationen är klar.'),
    # a right the writer had meant to ask and now holds off ("jag hade tänkt be er radera allt, men gör inte det ännu")
    ('request', {'restriction'}, 'Spara men använd inte', 'Hej,\n\njag hade egentligen tänkt be er radera allt om mig, men gör inte det ännu. Jag har en tvist med tillverkaren.\n\nSå: behåll uppgifterna, men använd dem inte till något annat än att förvara dem tills tvisten är klar.'),
    ('other', set(), 'Konto', 'Jag hade tänkt be er ta bort mitt konto, men vänta med det. Hur byter jag lösenord?'),
    ('other', set(), 'Account', 'I was going to ask you to delete my account, but please don\'t do that yet. How do I change my password?'),
    ('request', {'erasure'}, 'Konto', 'Jag har tänkt på saken länge. Radera mitt konto.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND20_SVEN, ids=[p[3][:40] for p in BLIND20_SVEN])
def test_phrasing_blind20_sven(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# A reply in a case's thread that widens its erasure to another account of the writer's, told as
# "I also made an account with my old work address ... delete that one as well": no new right.
BLIND20_SVEN_WIDENING = [
    ('Your request', 'Hello,\n\njust remembered I also made an account years ago with my old work address, hannah@work.example.fi. Please delete that one as well as part of the same request.'),
    ('Din begäran', 'Hej, jag kom på att jag också skapade ett konto med min gamla jobbadress för några år sedan. Radera det också.'),
    ('Your request', 'I also have an account under my old email anna@old.example.com, please delete that too.'),
]


@pytest.mark.parametrize("subject, body", BLIND20_SVEN_WIDENING, ids=[p[1][:40] for p in BLIND20_SVEN_WIDENING])
def test_widening_an_erasure_in_its_thread_blind20(subject, body):
    c = classify(_mail(subject, body, True))
    assert (c.kind, set(c.intents)) == ("followup", set()), c.reasons


# --- issue 12, blind21 (sv, en): the families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as PHRASINGS are.
BLIND21_SVEN = [
    # a confidentiality disclaimer that "may contain" confidential information ("kan innehålla konfidentiell
    # information"), or opens with "if you received this in error": its "delete it" is the sender's boilerplate
    ('request', {'objection'}, 'AI', 'I object to my chat transcripts being used to train any AI model.\n\nBest regards,\nVille\nThis e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.'),
    ('request', {'access'}, 'Copy', 'Please send me a copy of my personal data.\n\nJohn Smith\nThis message may contain privileged or confidential information; if you received it in error, delete it.'),
    ('request', {'access'}, 'Copy', 'Please send me a copy of my personal data.\n\nJohn Smith\nIf you have received this email in error, please notify the sender and delete it.'),
    ('request', {'access'}, 'Kopia', 'Jag begär en kopia av mina personuppgifter.\n\nFredrik\nDetta meddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du av misstag har mottagit meddelandet, vänligen meddela avsändaren och radera det.'),
    ('request', {'access'}, 'Kopia', 'Skicka mig en kopia av mina uppgifter.\n\nMaria\nOm du har fått detta meddelande av misstag, meddela avsändaren och radera det.'),
    ('request', {'erasure'}, 'Radera', 'Jag fick ett meddelande av misstag från er. Radera mina uppgifter ur ert register.'),
    # an erasure taken back in the case's thread: "glöm min begäran om att radera kontot", "låt bli att radera"
    ('followup', set(), 'Din begäran', 'Hej igen,\n\nglöm min begäran om att radera kontot. Jag vill ha kvar kontot ändå, så ni kan stänga ärendet.'),
    ('followup', set(), 'Din begäran', 'Hej igen, jag har tänkt om. Låt bli att radera mitt konto, jag har en garanti kvar. Ni kan stänga ärendet.'),
    ('followup', set(), 'Din begäran', 'strunta i att radera mina uppgifter, jag ångrade mig'),
    ('followup', set(), 'Din begäran', 'Glöm det där med raderingen av mitt konto, jag stannar kvar.'),
    ('followup', {'erasure'}, 'Din begäran', 'Glöm inte att radera mitt konto också.'),
    ('request', {'erasure'}, 'Konto', 'Jag har tänkt om och vill att ni raderar mitt konto.'),
    # a right the writer knows they have and declines ("jag vet att jag har rätt att ..., men det vill jag inte")
    ('request', {'rectification'}, 'Nytt telefonnummer', 'Jag vet att jag enligt er dataskyddspolicy har rätt att få mina uppgifter raderade, men det vill jag inte.\n\nDet enda jag vill är att ni uppdaterar mitt telefonnummer till 050 478 6611.'),
    ('request', {'access'}, 'Kopia', 'Jag har rätt att få mitt konto raderat, men det vill jag inte. Skicka mig en kopia av mina uppgifter.'),
    ('request', {'erasure'}, 'Radering', 'Jag vet att jag har rätt att få mina uppgifter raderade. Radera dem.'),
    # a general question about a right, nothing asked ("jag behöver inget just nu", "blev nyfiken")
    ('other', set(), 'Fråga om dataportabilitet', 'Hej, en allmän fråga: har man som kund rätt att få sina uppgifter överförda till en annan butik? Jag läste om dataportabilitet i tidningen.\n\nJag behöver inget just nu, jag är nöjd kund, men blev nyfiken på hur det fungerar hos er.'),
    ('other', set(), 'Radering', 'Har man rätt till radering av sina uppgifter hos er? Jag behöver inget nu, blev bara nyfiken.'),
    ('other', set(), 'Data portability', 'Do customers have a right to data portability with you? I don\'t need anything right now, I was just curious.'),
    ('request', {'portability'}, 'Dataportabilitet', 'Jag begär dataportabilitet: skicka mina uppgifter i maskinläsbar form.'),
    # "so" starts the writer's own clause: "I don't want that anymore so I'm withdrawing my permission"
    ('request', {'consent_withdrawal'}, 'saved card', 'I ticked the box to save my card. I don\'t want that anymore so I\'m withdrawing my permission for you to keep my card details.'),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'consent', 'I don\'t like your newsletter changes so I withdraw my consent to the newsletter.'),
    ('other', set(), 'consent', 'I am not withdrawing my consent, so please keep sending the newsletter.'),
    # a learner's plural "informations" as the object of an erasure: no access
    ('request', {'erasure'}, 'Delete account', 'I am request to delete my account from Allsec webshop and all the personal informations you are having about me.'),
    ('request', {'erasure'}, 'Delete', 'Please remove my profile and all informations you have about me.'),
    ('request', {'access'}, 'informations', 'Please send me all informations you have about me.'),
    # sharing with "marketing partners" under an objection to direct marketing is the marketing itself
    ('request', {'marketing_ban'}, 'Art. 21(2)', 'Art. 21(2) - I object to the processing of my personal data for direct marketing, including segmentation and any sharing with your "marketing partners".'),
    ('request', {'marketing_ban'}, 'Marketing', 'I object to my data being used for direct marketing, including passing it to your marketing partners.'),
    ('request', {'objection'}, 'Partners', 'I object to you sharing my data with your partners for credit checks.'),
    # data kept but not used "while" an investigation runs: a restriction, not an objection
    ('request', {'restriction'}, 'Fraud', 'Please do not delete anything connected to that order. But I don\'t want that data used for anything else while the investigation is ongoing.'),
    ('request', {'restriction'}, 'Dispute', 'I don\'t want my data used for anything while the dispute is open, just keep it.'),
    ('request', {'objection'}, 'Profiling', 'I don\'t want my data used for profiling.'),
    # money moved "by bank transfer from my account": a payment, no portability
    ('other', set(), 'Reminder', 'I paid this invoice on 12 October by bank transfer from my German account, the money has left my account. Please cancel the reminder.'),
    ('other', set(), 'Payment', 'I made the transfer from my bank account yesterday, please check your payments.'),
    ('request', {'portability'}, 'Transfer', 'Please transfer my account data to my new provider.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND21_SVEN, ids=[p[3][:40] for p in BLIND21_SVEN])
def test_phrasing_blind21_sven(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind22 (sv, en): the families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as PHRASINGS are.
BLIND22_SVEN = [
    # "I want the lot wiped": the data named before ("whatever you've got") wiped as a whole
    ('request', {'access', 'erasure'}, 'Leaving', 'First I want to know what you have on me. Just send me whatever you\'ve got.\n\nOnce I\'ve had a look at it, I want the lot wiped.'),
    ('request', {'erasure'}, 'Account', 'You have my account, my addresses and my phone number. I want the whole lot deleted.'),
    ('other', set(), 'Order', 'My order came with three cameras and a doorbell. I want the lot returned, how do I do that?'),
    # a published picture that "is my house" / "shows my house", taken down by pronoun
    ('request', {'erasure'}, 'Photo', 'The fourth picture on your installations page is my house in Kerava. Take it down and delete any copies you have of it.'),
    ('request', {'erasure'}, 'Photo', 'One of the photos on your website shows my home with the cameras visible. Please take it down.'),
    ('other', set(), 'Photo', 'The fourth picture on your page is a nice house. Can you tell me which camera model is in it?'),
    # thanks for what we sent ("thanks for the copy of my data"): nothing asked by it
    ('followup', {'rectification'}, 'Re: your request', 'Thanks for the copy of my data, that was quick. My date of birth is wrong, it should be 3 December 1985. Please correct it.'),
    ('followup', set(), 'Re: your request', 'Thank you for the copy of my data, everything looks right.'),
    ('followup', {'access'}, 'Re: your request', 'Thanks for the quick answer. Please send me a copy of my data as well.'),
    ('followup', set(), 'Sv: din begäran', 'Tack för kopian av mina uppgifter, allt ser rätt ut.'),
    # a done erasure reported by its confirmation ("fick bekräftelsen på att mitt konto är raderat")
    ('other', set(), 'Tack!', 'Ville bara tacka för snabb hantering. Jag fick igår bekräftelsen på att mitt konto och mina uppgifter är raderade. Smidigt!'),
    ('other', set(), 'Tack', 'Jag har fått en bekräftelse på att mina uppgifter är raderade, tack.'),
    ('other', set(), 'Thanks', 'Just wanted to say thanks, I got the confirmation that my account and data were deleted.'),
    ('request', {'erasure'}, 'Radera', 'Jag vill ha en bekräftelse på att ni raderar mina uppgifter. Radera mitt konto.'),
    # the recording of the writer's call, pointed at: "jag vill att den inspelningen tas bort"
    ('request', {'erasure'}, 'Inspelat samtal', 'Jag ringde er förra veckan och samtalet spelades in. Jag vill att den inspelningen tas bort.'),
    ('request', {'erasure'}, 'Samtal', 'Mitt samtal till er kundtjänst spelades in utan att jag märkte det. Radera inspelningen.'),
    ('request', {'erasure'}, 'Call', 'I called you last week and the call was recorded. I want that recording deleted.'),
    ('other', set(), 'Kamera', 'Min kamera spelade in hela natten. Hur tar jag bort inspelningen i appen?'),
    # "stäng av det" / "turn it off" for targeted ads and tracking named just before
    ('request', {'marketing_ban'}, 'Spårning', 'Jag vill inte att ni använder min e-post för riktade annonser på Facebook. Kan ni stänga av det för mig?'),
    ('request', {'marketing_ban'}, 'Ads', 'I don\'t want my email used for targeted ads on Facebook. Can you turn that off for me?'),
    ('other', set(), 'Larm', 'Larmet piper varje natt. Kan ni stänga av det?'),
    ('other', set(), 'Alarm', 'The alarm beeps every night. Can you turn it off remotely?'),
    # a right named and not (yet) asked, its name put first: "Radering ber jag inte om ännu"
    ('request', {'restriction'}, 'Bedrägeri', 'Jag ber att ni begränsar behandlingen av mina uppgifter tills polisen har utrett saken. Radering ber jag inte om ännu.'),
    ('request', {'access'}, 'Kopia', 'Skicka mig en kopia av mina uppgifter. Radering begär jag inte.'),
    ('request', {'erasure'}, 'Radering', 'Radering ber jag om, inget annat.'),
    # the rights the policy lists ("har jag rätt till rättelse, radering, dataportabilitet och ..."): background
    ('request', {'erasure'}, 'Telefonnummer', 'Enligt punkt 5 i er dataskyddsbeskrivning har jag rätt till rättelse, radering, dataportabilitet och att invända mot behandling. Just nu behöver jag bara en sak: ta bort mitt telefonnummer från mitt konto.'),
    ('request', {'access'}, 'Copy', 'Your privacy policy says I have the right to rectification, erasure, portability and to object. For now I only want a copy of my data.'),
    # "can you ..." after a sentence adverb ("in the meantime can you stop the marketing emails?")
    ('request', {'marketing_ban'}, 'Emails', 'Oh and in the meantime can you stop the marketing emails?'),
    ('request', {'marketing_ban'}, 'Emails', 'Meanwhile could you stop the newsletter?'),
    ('other', set(), 'Emails', 'In the meantime, do you still send the newsletter on Fridays?'),
    # a card consent given by a (pre-ticked) "yes", withdrawn by pronoun ("Please withdraw that")
    ('request', {'consent_withdrawal'}, 'Saved card', 'I no longer want you to keep my card details on file. I only said yes to "save card for faster checkout" because it was pre-ticked. Please withdraw that.'),
    ('request', {'consent_withdrawal'}, 'Card', 'The save-my-card box was pre-ticked when I ordered. I withdraw that.'),
    ('other', set(), 'Order', 'I said yes to the express delivery by mistake. Can I still change it to normal?'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND22_SVEN, ids=[p[3][:40] for p in BLIND22_SVEN])
def test_phrasing_blind22_sven(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind23 (sv): the families behind its misses, written after seeing them -------------------
# Several wordings per family, colloquial and formal, near-misses included; checked as PHRASINGS are.
BLIND23_SV = [
    # a published picture taken down, the wish in the present tense after "att ni" or in the passive
    ('request', {'erasure'}, 'Bild', 'På er hemsida finns en bild där mitt hus syns. Jag vill att ni tar bort bilden.'),
    ('request', {'erasure'}, 'Foto', 'Ni har lagt upp ett foto på min bil med registreringsskylten synlig. Jag begär att fotot tas bort.'),
    ('request', {'erasure'}, 'bilden', 'snälla att ni raderar bilden på mitt hus från er sida'),
    ('other', set(), 'Kamera', 'Min kamera tog en bild i natt. Hur tar jag bort bilden i appen?'),
    # the recipients of the writer's data, asked from their side ("vilka företag som har fått mina uppgifter")
    ('request', {'access'}, 'Mottagare', 'Jag vill veta vilka företag som har fått mina uppgifter.'),
    ('request', {'access'}, 'Mottagare', 'Vilka samarbetspartner har fått min e-postadress av er?'),
    ('request', {'access'}, 'Delning', 'Berätta vem som har tagit emot mina personuppgifter från er.'),
    ('other', set(), 'Paket', 'Vem har fått mitt paket? Det står levererat men jag har inget fått.'),
    # a right held as a threat in a verb-first condition ("Händer det igen kommer jag att kräva ...")
    ('other', set(), 'Leverans', 'Paketet lämnades ute i regnet igen. Händer det en gång till kommer jag att kräva att ni tar bort mitt konto.'),
    ('other', set(), 'Reklam', 'Fortsätter ni ringa mig kommer jag att begära att ni raderar mina uppgifter.'),
    ('request', {'erasure'}, 'Konto', 'Det har hänt en gång för mycket. Ta bort mitt konto.'),
    # taken off a mailing, the present tense after "att ni": "räcker det att ni tar bort mitt nummer från era sms-utskick"
    ('request', {'marketing_ban'}, 'SMS', 'Just nu räcker det att ni tar bort mitt nummer från era sms-utskick.'),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', 'Jag vill att ni tar bort min e-post från ert nyhetsbrev.'),
    ('request', {'marketing_ban'}, 'Reklam', 'Jag ber att ni stryker mig från era utskick.'),
    ('other', set(), 'Nyhetsbrev', 'Hur tar jag bort en mottagare från mitt eget nyhetsbrev i ert verktyg?'),
    # "(jag ber er) ... att ni inte skickar henne någon reklam": nothing more sent, wished
    ('request', {'erasure', 'marketing_ban'}, 'Min mor', 'Jag ber er att ta bort min mors kundkonto, och att ni inte skickar henne någon reklam i fortsättningen.'),
    ('request', {'marketing_ban'}, 'Reklam', 'Jag vill att ni inte skickar mig fler erbjudanden.'),
    ('other', set(), 'Katalog', 'Jag märkte att ni inte skickar katalogen längre. Kommer den tillbaka i vår?'),
    # consent taken back with an adverb between verb and particle ("jag tar alltså tillbaka mitt godkännande")
    ('request', {'consent_withdrawal'}, 'Inspelning', 'Jag tar alltså tillbaka mitt godkännande till att samtalet spelas in.'),
    ('request', {'consent_withdrawal'}, 'Samtycke', 'Jag drar härmed tillbaka mitt samtycke till att ni spelar in mina samtal.'),
    ('other', set(), 'Retur', 'Jag tar alltså tillbaka min beställning och skickar den i retur.'),
    # a detail seen to being changed ("kan du se till att mitt namn ändras"), "du" as polite as "ni"
    ('request', {'rectification'}, 'Nytt namn', 'Jag har gift mig. Kan du se till att mitt namn ändras i era kunduppgifter?'),
    ('request', {'rectification'}, 'E-post', 'Kan ni ordna så att min e-postadress byts till den här?'),
    ('request', {'rectification'}, 'Adress', 'Se till att min adress uppdateras i kundregistret, tack.'),
    ('other', set(), 'Namn', 'Jag ska se till att mitt namn ändras hos Skatteverket först.'),
    ('other', set(), 'Leverans', 'Kan du se till att mitt paket skickas till ombudet i stället?'),
    ('request', {'erasure'}, 'Radera', 'Kan du se till att mina kunduppgifter raderas?'),
    # "kan jag också få ..." asks as "kan jag få" does
    ('followup', {'portability'}, 'Din begäran', 'Tack, PDF:en kom fram. Kan jag också få samma uppgifter i ett maskinläsbart format?'),
    ('followup', {'access'}, 'Din begäran', 'Tack för svaret. Kan jag dessutom få en kopia av mina uppgifter?'),
    ('followup', set(), 'Din begäran', 'Tack för svaret. Kan jag också få ett kvitto på min senaste order?'),
    # curious about what else may be wrong is no "only asking": the request beside it stands
    ('request', {'rectification'}, 'Namn', 'Mitt namn stavas fel. Kan ni rätta det i ert kundregister?\n\nJag är nyfiken på vad mer som kan vara fel.'),
    ('other', set(), 'Fråga', 'Har man rätt att få sina uppgifter rättade? Jag blev bara nyfiken.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND23_SV, ids=[p[3][:40] for p in BLIND23_SV])
def test_phrasing_blind23_sv(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind19 (Finnish): families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as BLIND18_FI is.
BLIND19_FI = [
    # the writer's own act in an "if" clause ("jos poistan tilini, menetänkö takuun?"): its consequence is
    # asked about, the right is not asked (the own_act_if word class en and sv have)
    ('other', set(), 'Tilin poistaminen ja takuu', 'Mietin asiakastilini poistamista. Jos poistan tilini, menetänkö takuun tai voinko vielä palauttaa viallisen laitteen?'),
    ('other', set(), 'Takuu', 'Jos poistan tilini, menetänkö takuun?'),
    ('other', set(), 'Bonus', 'Menetänkö bonuspisteet, jos suljen asiakastilini?'),
    ('other', set(), 'tili', 'jos mä poistan mun tilin ni häviääkö tilaushistoria?'),
    ('other', set(), 'Uutiskirje', 'Jos peruutan uutiskirjeen tilauksen, saanko silti tilausvahvistukset sähköpostiin?'),
    ('other', set(), 'Tili', 'Jos poistaisin tilini, voisinko myöhemmin luoda uuden samalla sähköpostilla?'),
    # near-misses: the consequence accepted, and the right asked
    ('request', {'erasure'}, 'Tili', 'Jos menetän takuun, olkoon niin. Poistakaa tilini.'),
    ('request', {'erasure'}, 'Tili', 'Poistakaa tilini, vaikka menettäisin takuun.'),
    # a right held as a threat under a long condition ("jos tää sotku jatkuu ja ..., niin sit vaadin")
    ('request', {'rectification'}, 'numero', 'Oikea numero on 050 987 2211, laittakaa se tilalle. Jos tää sotku jatkuu ja joku vieras saa taas mun tilaustiedot niin sit kyllä vaadin että koko tili poistetaan.'),
    ('other', set(), 'Laskut', 'Jos virheelliset laskut jatkuvat ja joudun taas soittamaan asiakaspalveluunne monta kertaa, vaadin tietojeni poistamista.'),
    ('other', set(), 'Toimitus', 'Jos toimitukset myöhästyvät vielä kerran ja paketti menee taas väärään paikkaan, tulen kyllä vaatimaan tilini poistamista.'),
    ('request', {'erasure'}, 'Tili', 'Sotku on jatkunut jo kuukausia, joten vaadin että koko tili poistetaan.'),
    # a question whether data goes somewhere, asked before buying, "nyt vain kysyn": no access asked
    ('other', set(), 'Älylukko', 'Harkitsen älylukon ostamista. Haluan tietää: siirretäänkö sovelluksen käyttötiedot EU:n ulkopuolelle? Nyt siis vain kysyn.'),
    ('other', set(), 'Kamera', 'Haluaisin tietää, tallennetaanko kameran videotiedot Suomessa vai ulkomailla?'),
    ('other', set(), 'hälytin', 'haluun tietää kulkeeko hälyttimen käyttötiedot jonkun kolmannen osapuolen kautta?'),
    ('request', {'access'}, 'Tiedot', 'Haluan tietää, onko teillä minusta tietoja.'),
    ('request', {'access'}, 'Tiedot', 'Haluan tietää, mitä tietoja teillä on minusta.'),
    # thanks for, or a confirmation of, something done: nothing asked
    ('other', set(), 'Kiitos', 'Halusin vain kiittää. Sain eilen vahvistuksen, että tietoni on poistettu ja uutiskirjeet lopetettu.'),
    ('other', set(), 'kiitos!', 'kiitos kun hoiditte tilini poiston niin nopeasti!'),
    ('other', set(), 'Kiitos', 'Kiitos, että hoiditte osoitteenmuutoksen niin joustavasti.'),
    ('other', set(), 'Kiitos', 'Sain teiltä viestin, että tilini on suljettu. Kiitos sujuvasta palvelusta.'),
    # near-misses: done, then a new command
    ('request', {'erasure'}, 'Tili', 'Kiitos kun hoiditte tilauksen nopeasti. Poistakaa nyt vielä tilini.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'Sain vahvistuksen, että tilini on poistettu, mutta uutiskirjeitä tulee yhä. Lopettakaa uutiskirje.'),
    # "poistakaa ne / kaikki" after the data named as a list of details (name, address, number)
    ('request', {'access', 'erasure'}, 'tietoja', 'haluisin tietää mitä kaikkee tietoja teillä on musta tallessa?? nimi osote puhnro ostot yms\n\nja kun oon ne nähny niin poistakaa kaikki pliis'),
    ('request', {'erasure'}, 'Tiedot', 'Teillä on yhä nimeni, osoitteeni ja puhelinnumeroni. Poistakaa ne.'),
    ('request', {'erasure'}, 'Tiedot', 'Rekisterissänne on nimi, osoite ja puhelinnumero. Poistakaa kaikki.'),
    ('other', set(), 'Ostoskori', 'Ostoskorissa on kaksi kameraa. Poistakaa ne.'),
    # a right named after "en pyydä" / "en vaadi" is declined, not asked
    ('request', {'objection'}, 'Analytiikka', 'Vastustan tietojeni käyttöä analytiikkaan. Selvyyden vuoksi: en pyydä uutiskirjeen lopettamista enkä tilini poistamista.'),
    ('request', {'objection'}, 'Profilointi', 'Vastustan profilointia. En vaadi markkinoinnin lopettamista, uutiskirje saa tulla.'),
    ('request', {'erasure'}, 'Tiedot', 'En pyydä muuta kuin että poistatte tietoni.'),
    ('request', {'marketing_ban'}, 'Uutiskirje', 'En pyydä tilini poistamista, mutta lopettakaa uutiskirje.'),
    # the writer's data left out of ad targeting (SCHEMA: targeting is a marketing ban), newsletter kept
    ('request', {'marketing_ban'}, 'Mainokset', 'Jättäkää mun tiedot pois mainonnan kohdentamisesta. Uutiskirjeen saa kyllä edelleen lähettää.'),
    ('request', {'marketing_ban'}, 'Mainonta', 'Pyydän, että jätätte minut pois kohdennetusta mainonnasta.'),
    ('request', {'marketing_ban'}, 'Facebook', 'Älkää käyttäkö sähköpostiosoitettani mainonnan kohdentamiseen Facebookissa.'),
    ('request', {'erasure'}, 'Tili', 'Mun tiedot pois teidän rekisteristä.'),
]

# A colleague's mail to the privacy inbox with a customer's mail quoted below it (a reply turned into a
# forward: "VS:", "-----Alkuperäinen viesti-----"): the customer's mail is read, in the customer's language.
BLIND19_FI_STAFF_FORWARD = [
    ('VS: mainokset', 'Tää tuli mun omaan osoitteeseen, laitan eteenpäin tietosuojajonoon.\n-Laura',
     'Hei Laura, jättäkää mun tiedot pois mainonnan kohdentamisesta. Uutiskirjeen saa kyllä lähettää.', {'marketing_ban'}),
    ('VS: tili', 'Välitän tämän teille.',
     'Hei, poistakaa tilini ja kaikki tietoni.', {'erasure'}),
    ('RE: address', 'Sending this on to the privacy team.',
     'Hi, please correct my address on my account: it is Main Street 5, not 3.', {'rectification'}),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND19_FI, ids=[p[3][:40] for p in BLIND19_FI])
def test_phrasing_blind19_fi(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


def _staff_reply_quoting(subject: str, note: str, customer: str) -> ParsedMail:
    head = ["From: Laura Saarinen <laura.saarinen@allsec.fi>", "To: info@allsec.fi", f"Subject: {subject}",
            "Message-ID: <st1@allsec.fi>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit"]
    quote = ["-----Alkuperäinen viesti-----", "Lähettäjä: Eija Manninen <eija.manninen@example.com>",
             "Lähetetty: maanantai 16. marraskuuta 2026 21.40", "Vastaanottaja: Laura Saarinen <laura.saarinen@allsec.fi>",
             f"Aihe: {subject.split(':', 1)[1].strip()}", ""]
    body = note + "\n\nLaura Saarinen\nAsiakaspalvelu | Allsec Oy\n\n" + "\n".join(quote) + customer
    parsed = parse(("\r\n".join(head) + "\r\n\r\n" + body).encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


@pytest.mark.parametrize("subject, note, customer, intents", BLIND19_FI_STAFF_FORWARD, ids=[p[0] for p in BLIND19_FI_STAFF_FORWARD])
def test_a_colleague_quoting_a_customer_is_a_forward_blind19(subject, note, customer, intents):
    c = classify(_staff_reply_quoting(subject, note, customer))
    assert (c.kind, set(c.intents)) == ("request", intents), c.reasons


# The writer says in as many words that a question about our policy is only a question: no person needed.
ONLY_ASKING = [
    ('Partner', 'I er policy står det att uppgifter delas med partner. Vilka är de, och säljer ni mina uppgifter? Jag vill bara förstå innan jag beställer.'),
    ('Kumppanit', 'Selosteessanne mainitaan kumppanit. Myyttekö tietojani heille? Haluan vain ymmärtää ennen kuin tilaan.'),
    ('Partners', 'Your policy says data goes to partners. Do you sell my data to them? I just want to understand before I order.'),
    # issue 12, blind13: the writer says the right is not being asked now ("en ole sitä nyt pyytämässä", "någon sådan begäran framställs inte")
    ('Poisto', 'Tiedän että voisin pyytää tietojeni poistamista, mutta en ole sitä nyt pyytämässä. Keitä ovat ne kumppanit, joille asiakkaiden tietoja luovutetaan?'),
    ('Reklamation', 'Min klient förbehåller sig rätten att senare begära ut sina personuppgifter. Någon sådan begäran framställs inte i detta brev.'),
]


@pytest.mark.parametrize("subject, body", ONLY_ASKING, ids=[p[0] for p in ONLY_ASKING])
def test_a_question_said_to_be_only_a_question_needs_no_person(subject, body):
    c = classify(_mail(subject, body, False))
    assert (c.kind, set(c.intents), c.needs_triage) == ("other", set(), False), c.reasons


# --- issue 12, blind20 (Finnish): families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as BLIND19_FI is.
BLIND20_FI = [
    # the writer weighing their own act ("mietin, olisiko järkevää poistaa tilini", "olen miettinyt, että
    # poistaisin tilini") or naming it in a passive condition ("jos tili poistetaan, menetänkö takuun?"):
    # considered, not asked (the own_act_if word class)
    ('other', set(), 'Tilin poisto ja takuu?', 'Mietin olisiko järkevää poistaa asiakastilini, kun en juuri tilaa enää mitään. Häviääkö silloin takuu?'),
    ('other', set(), 'Kysymys tilin poistamisesta', 'Olen miettinyt, että poistaisin asiakastilini, koska en enää tilaa verkosta. Menetänkö silloin takuun?'),
    ('other', set(), 'tili', 'mietin et sulkisin mun tilin kun en käytä sitä, mut saanko sit vielä kuitit jostain?'),
    ('other', set(), 'Tili', 'Harkitsen tilini poistamista. Säilyykö ostohistoria jossain, jos tarvitsen kuittia myöhemmin?'),
    ('other', set(), 'Takuu', 'Jos tili poistetaan, menetänkö keväällä ostamani älylukon takuun?'),
    ('other', set(), 'Bonus', 'Häviävätkö bonuspisteet, jos asiakastilini suljetaan?'),
    ('other', set(), 'Kysymys tilin poistamisesta ja takuusta', 'En vielä halua poistaa mitään, mutta haluaisin ensin tietää: jos tili poistetaan, menetänkö älylukon takuun?'),
    ('other', set(), 'Tili', 'Haluaisin tietää, jos mun tili suljetaan, niin säilyykö tilaushistoria jossain?'),
    # near-misses: weighed, then decided and asked; "mietin, voisitteko" asks us
    ('request', {'erasure'}, 'Tili', 'Olen miettinyt asiaa pitkään. Poistakaa asiakastilini.'),
    ('request', {'erasure'}, 'Tili', 'Mietin, voisitteko poistaa asiakastilini.'),
    ('request', {'erasure'}, 'Tili', 'Jos takuu säilyy, poistakaa tilini.'),
    # thanks for a request already carried out, said with "kiittää" / "kiitän" / "kiitokset": nothing asked
    ('other', set(), 'kiitos', 'Halusin vain kiittää, että hoiditte tietojeni poiston ja markkinointikiellon niin ripeästi viime viikolla.'),
    ('other', set(), 'Kiitos', 'Kiitän teitä siitä, että poistitte tilini niin nopeasti.'),
    ('other', set(), 'kiitti', 'kiitokset kun korjasitte mun osoitteen!'),
    ('other', set(), 'Kiitos', 'Kiitos tietojeni poistosta.'),
    # near-misses: thanks in advance for what is asked now, and a new command after the thanks
    ('request', {'erasure'}, 'Tili', 'Kiitän jo etukäteen, kun poistatte tilini.'),
    ('request', {'marketing_ban'}, 'Kiitos', 'Haluan kiittää, että hoiditte tilini poiston. Lopettakaa vielä uutiskirje.'),
    # a call recording asked to be heard, or a copy of it: access
    ('request', {'access'}, 'Puhelu', 'Soitin asiakaspalveluunne viime viikolla ja puhelu nauhoitettiin. Haluaisin kuulla tuon nauhoitteen.'),
    ('request', {'access'}, 'nauhoite', 'mun puhelu teidän asiakaspalveluun nauhotettiin. voinko kuunnella sen tallenteen?'),
    ('request', {'consent_withdrawal', 'access'}, 'Puhelun nauhoitus', 'En halua, että puheluitani nauhoitetaan, joten perun sen luvan. Lisäksi haluaisin kuulla puhelun nauhoitteen.'),
    # near-misses: a question about the practice, and hearing something said on the call
    ('other', set(), 'Puhelut', 'Haluaisin kuulla, nauhoitetaanko kaikki asiakaspalvelun puhelut?'),
    ('other', set(), 'Puhelu', 'Soitin eilen asiakaspalveluun. Haluaisin kuulla, milloin paketti lähtee.'),
    # a sound recording (äänite) or a recording in the passive, to be destroyed: erasure
    ('request', {'erasure'}, 'Puhelun äänitys', 'Soitin asiakaspalveluunne ja puhelu äänitettiin kysymättä. Vaadin, että kyseinen äänite hävitetään.'),
    ('request', {'erasure'}, 'Tallenne', 'Puheluni tallennettiin ilman lupaa. Pyydän, että tallenne tuhotaan.'),
    ('request', {'erasure'}, 'äänite', 'se äänite mun puhelusta pitää hävittää, en halua et se on teillä'),
    # near-misses: asked about, and said to be done automatically
    ('other', set(), 'Äänitteet', 'Hävitetäänkö puheluiden äänitteet automaattisesti jonkin ajan kuluttua?'),
    # "et" as the spoken "että" after a verb of knowing, before a question word: no negation
    ('request', {'access'}, 'tiedot', 'mä haluisin tietää et mitä kaikkee tietoja teil on musta tallessa??'),
    ('request', {'access'}, 'tiedot', 'haluun tietää et mitä tietoja te ootte musta keränny'),
    ('request', {'access'}, 'Tiedot', 'Laittakaa mulle kaikki mitä teillä on mun nimellä.'),
    # near-miss: the negation verb "et" still negates
    ('other', set(), 'Sovellus', 'Jos et voi kirjautua sovellukseen, mitä tietoja tarvitset? Kysyn kaverin puolesta.'),
    # the writer's own detail in the spoken possessive ("mun puhelinnumero"), deleted from the systems
    ('request', {'erasure'}, 'puhelinnumero', 'Voitko poistaa mun puhelinnumeron kokonaan teidän järjestelmistä.'),
    ('request', {'erasure'}, 'numero', 'poistakaa minun puhelinnumero teidän rekisteristä'),
    # near-misses: off a mailing list is a marketing ban; the old number replaced is a correction
    ('request', {'marketing_ban'}, 'numero', 'Poistakaa mun numero teidän tekstiviestilistalta.'),
    # a picture of the writer's house, taken down with the pronoun after the verb ("ottakaa se pois")
    ('request', {'erasure'}, 'Kuva', 'Teidän sivuilla on kuva meidän talon etuovesta, enkä ole antanut siihen lupaa. Ottakaa se pois sivuilta.'),
    ('other', set(), 'Tilaus', 'Tilauksessa tuli väärä kamera. Ottakaa se pois laskulta.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND20_FI, ids=[p[3][:40] for p in BLIND20_FI])
def test_phrasing_blind20_fi(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# A text written twice, one paragraph in each language, takes the language that comes first (SCHEMA), also
# where the whole reads confidently as the second; a short note above a long text in another language does not.
BLIND20_FI_BILINGUAL = [
    ('auto_reply', 'fi', 'Lomalla / På semester', 'Kiitos viestistäsi. Olen vuosilomalla 14.12.2026 asti enkä lue sähköpostia. Työmaata koskevissa asioissa soita työnjohtaja Jaana Peltolalle, 040 551 2208.\n\nTack för ditt meddelande. Jag har semester till och med 14.12.2026 och läser inte e-post. I ärenden som gäller byggarbetsplatsen kan du ringa arbetsledare Jaana Peltola, 040 551 2208.\n\nHarri Lindroos'),
    ('auto_reply', 'fi', 'Lomavastaaja / Out of office', 'Olen talvilomalla 9.–15.3.2026. Kiireellisissä asioissa: toimisto@example.fi.\n\nI am on leave 9–15 March 2026. For urgent matters please contact toimisto@example.fi.\n\nAntti'),
    ('auto_reply', 'sv', 'Semester / Loma', 'Jag har semester till och med 3.1.2027 och läser inte e-post. I brådskande ärenden, ring växeln.\n\nOlen lomalla 3.1.2027 asti enkä lue sähköpostia. Kiireellisissä asioissa soita vaihteeseen.'),
    ('request', 'en', 'My data', 'Hei, tässä asiakkaan viesti.\n\nHi, I bought a bike lock from you last summer and I keep getting calls from numbers I do not know. Please delete my phone number from your systems, I do not want it stored anywhere, and tell me what other personal information you hold about me.'),
]


@pytest.mark.parametrize("kind, language, subject, body", BLIND20_FI_BILINGUAL, ids=[p[2] for p in BLIND20_FI_BILINGUAL])
def test_a_text_written_twice_takes_the_first_language_blind20(kind, language, subject, body):
    c = classify(_mail(subject, body, False))
    assert (c.kind, c.language) == (kind, language), c.reasons


# --- issue 12, blind21 (Finnish): families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as BLIND20_FI is.
BLIND21_FI = [
    # "älkää" and its verb of sending with a word between ("myöskään", "koskaan", "mulle"): a stop, as without it
    ('request', {'erasure', 'marketing_ban'}, 'Tili', 'Pyydän, että asiakastilini suljetaan. Älkää myöskään lähettäkö minulle enää mainoksia postitse.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Älkää koskaan enää lähettäkö minulle uutiskirjeitä.'),
    ('request', {'marketing_ban'}, 'tarjoukset', 'älkää mulle enää lähettäkö mitään tarjouksia'),
    ('request', {'marketing_ban'}, 'Puhelut', 'Älkää myöskään soittako minulle myyntipuheluita.'),
    # near-miss: the address is wrong, not the mail unwanted
    ('request', {'rectification'}, 'Osoite', 'Osoitteeni on muuttunut. Älkää myöskään lähettäkö mitään vanhaan osoitteeseen.'),
    # "en tiedä mistä/miksi ..." opens an embedded question: it does not negate the wrong detail after it
    ('request', {'rectification'}, 'väärä osote', 'En tiiä mistä se väärä numero tulee, mun osote on Kivikkotie 14. Laittakaa se nyt kuntoon.'),
    ('request', {'rectification'}, 'Nimi', 'En tiedä miksi nimi on teillä väärin, oikea nimi on Virtanen.'),
    # "laittakaa / pistäkää se kuntoon järjestelmään": a colloquial correction of what is held
    ('request', {'rectification'}, 'osoite', 'Paketit menee väärään paikkaan. Laittakaa se kuntoon sinne teidän järjestelmään.'),
    ('request', {'rectification'}, 'Numero', 'Puhelinnumeroni on teillä vanha. Pistäkää se kuntoon rekisteriin.'),
    # near-misses: whether it is wrong is not known (still negated), and an order put right is no correction of data
    ('other', set(), 'Osoite', 'En tiedä, onko osoitteeni teillä väärin. Miten sen voi tarkistaa verkkokaupasta?'),
    ('other', set(), 'Tilaus 4411', 'Paketti on vieläkin kateissa. Laittakaa se tilaus kuntoon.'),
    # the data held said wrong with a word between ("ovat siis virheelliset"): rectification
    ('request', {'rectification'}, 'Lasku', 'Maksoin laskun jo. Teidän tietonne maksusta ovat siis virheelliset.'),
    ('request', {'rectification'}, 'tiedot', 'mun osoitetiedot on teillä nyt väärin, oikea osoite on Kuusitie 3.'),
    # near-miss: a product said faulty
    ('other', set(), 'Laturi', 'Laturi on siis virheellinen, haluan palauttaa sen.'),
    # a use refused until a dispute is settled: the restriction's scope, not an objection of its own
    ('request', {'restriction'}, 'Perintä', 'Siihen asti kun asia on selvitetty, en hyväksy että tietojani käytetään perinnässä.'),
    ('request', {'restriction'}, 'Reklamaatio', 'En salli, että tietojani käytetään luottopäätöksissä, kunnes reklamaatio on käsitelty.'),
    # near-miss: refused for good, an objection
    ('request', {'objection'}, 'Tekoäly', 'En hyväksy, että viestejäni käytetään tekoälyn kouluttamiseen.'),
    # a published picture, taken down without a verb: "kuva pois sivuilta"
    ('request', {'erasure'}, 'Talomme kuva', 'Teidän sivuilla on kuva meidän talosta. Kuva pois sivuilta ja arkistoista heti.'),
    ('request', {'erasure'}, 'kuva', 'se kuva pois teidän nettisivuilta, kiitos'),
    ('request', {'erasure'}, 'Valokuvat', 'Valokuvat pois Facebook-sivultanne, en ole antanut lupaa julkaisuun.'),
    # near-miss: a product picture missing
    ('other', set(), 'Tuotesivu', 'Tuotteen kuva jäi pois tuotesivulta, lisäisittekö sen?'),
    # a copy of the recording of the writer's call, the call named in the sentence before ("siitä nauhoitteesta")
    ('request', {'access'}, 'Puhelu', 'Soitin teille 4.11. ja puhelun alussa kerrottiin, että puhelut tallennetaan. Haluaisin saada kopion siitä nauhoitteesta, jotta näen mitä sovittiin.'),
    ('request', {'access'}, 'nauhoite', 'Haluaisin saada kopion siitä nauhoitteesta.'),
    # near-miss: a recording of the writer's own camera
    ('other', set(), 'Ovikamera', 'Saisinko kopion ovikameran nauhoitteesta? Sovellus ei lataa sitä.'),
    # a request reported as sent before ("lähetin pyynnön", "tein pyynnön", "jätin tietopyynnön"): in a reply, not new
    ('followup', set(), 'vastaus puuttuu', 'Lähetin 2. lokakuuta pyynnön saada tiedot siitä, mitä minusta on tallennettu. Nyt on marraskuu enkä ole saanut mitään.'),
    ('followup', set(), 'Pyyntö', 'Tein kuukausi sitten pyynnön tietojeni poistamisesta, eikä mitään ole kuulunut.'),
    ('followup', set(), 'Tietopyyntö', 'Jätin syyskuussa pyynnön saada kopio tiedoistani. Milloin saan vastauksen?'),
    # near-miss: a new right in the same reply
    ('followup', {'erasure'}, 'Pyyntö', 'Lähetin aiemmin pyynnön saada tiedot siitä, mitä minusta on tallennettu. Poistakaa lisäksi asiakastilini.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND21_FI, ids=[p[3][:40] for p in BLIND21_FI])
def test_phrasing_blind21_fi(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind22 (Finnish): families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as BLIND21_FI is.
BLIND22_FI = [
    # a detail "stored wrong" ("on tallentunut väärin", spoken "tallentunu"), then "laittakaa se kuntoon": rectification
    ('request', {'rectification'}, 'paketit', 'Paketit menee naapuriin. Osoite on tallentunu väärin mun asiakastiliin. Laittakaa se kuntoon.'),
    ('request', {'rectification'}, 'Osoite', 'Osoitteeni on tallentunut väärin järjestelmäänne, oikea on Koivukuja 4.'),
    ('request', {'rectification'}, 'paketit', 'Joku teidän järjestelmässä vaihtaa sen tai sit se on tallentunu väärin mun asiakastiliin. Laittakaa se kuntoon ennen ku tilaan taas.'),
    ('request', {'rectification'}, 'Nimi', 'Nimeni on ilmeisesti tallentunut teille väärin, korjatkaa se.'),
    # near-misses: a file or a photo stored wrong in the app is no detail of the writer
    ('other', set(), 'Sovellus', 'Video tallentui väärin päin sovelluksessa, miten sen saa käännettyä?'),
    # a wrong entry in the record ("väärä merkintä", "virheellinen merkintä"), asked corrected in the passive
    ('request', {'rectification'}, 'Lasku', 'Asiakastiedoissani on väärä merkintä maksamattomasta laskusta, ja vaadin että se korjataan.'),
    ('request', {'rectification'}, 'merkintä', 'mun tiedoissa on joku väärä merkintä, maksoin sen jo. korjatkaa pliis'),
    ('request', {'rectification'}, 'Luottotieto', 'Tililläni on virheellinen merkintä maksuhäiriöstä, vaikka lasku on maksettu.'),
    # near-miss: a wrong product in the parcel
    ('other', set(), 'Tilaus 5512', 'Paketissa oli väärä tuote, miten palautan sen?'),
    # consent withdrawn with "emme enää anna lupaa" (the plural, as "en enää anna lupaa" already is)
    ('request', {'consent_withdrawal'}, 'Kuva talostamme', 'Annoimme luvan kuvata talomme. Emme enää anna lupaa kuvan käyttämiseen – ottakaa se pois nettisivuilta.'),
    ('request', {'consent_withdrawal'}, 'Lupa', 'Emme anna enää lupaa käyttää lastemme kuvia verkkosivuillanne.'),
    ('request', {'consent_withdrawal'}, 'kuva', 'enkä anna enää lupaa sen kuvan käyttöön, se pitää ottaa pois'),
    # near-miss: permission never given, for a thing not done yet
    ('other', set(), 'Asennus', 'Emme anna lupaa asentajalle tulla ennen kello yhdeksää, sopiiko myöhemmin?'),
    # "eikä hänelle lähetetä enää markkinointia" coordinated after a wish ("pyydän, että ..."): a stop of marketing
    ('request', {'erasure', 'marketing_ban'}, 'Isäni tili', 'Isäni kuoli. Pyydän, että suljette hänen tilinsä ja poistatte hänen tietonsa, eikä hänelle lähetetä enää mitään markkinointia.'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Toivon, että tämä hoidetaan, eikä minulle lähetetä jatkossa mainoksia.'),
    ('request', {'marketing_ban'}, 'puhelut', 'haluun et tää hoidetaan eikä mulle soiteta enää myyntipuheluita'),
    # near-miss: reported as already so, nothing wished
    ('other', set(), 'Kiitos', 'Tilasin lukon viime viikolla, eikä minulle ole lähetetty mainoksia. Hyvä niin.'),
    # a marketing kind named, then "saisko ne pois?": a stop of the marketing pointed back to
    ('request', {'marketing_ban'}, 'tekstiviestit', 'Mulle on alkanu tulla teiltä tarjoustekstareita, vaikka en oo mihinkään ruksia laittanut. Saisko ne pois?'),
    ('request', {'marketing_ban'}, 'Mainokset', 'Saan teiltä joka viikko mainossähköposteja. Voisitteko ottaa ne pois?'),
    ('request', {'marketing_ban'}, 'uutiskirje', 'Uutiskirjeitä tulee edelleen. Ottakaa ne pois.'),
    # near-miss: a thing taken away is no marketing
    ('other', set(), 'Lukot', 'Asentaja jätti vanhat lukot eteiseen. Saisko ne pois?'),
    # the stop word after a clause break ("tarjousviesti, mutta luin et kielto ...") does not stop the offer before it
    ('other', set(), 'viestit', 'Eilen tuli vielä yks tarjousviesti, mutta luin et kielto voi tulla voimaan viiveellä, joten ok.'),
    ('other', set(), 'Mainos', 'Sain mainoksen, mutta tiedän että lopetus kestää muutaman päivän.'),
    # a right held over us if the mail keeps coming ("jos niitä tulee vielä ..., sitten vaadin ..."): not asked
    ('other', set(), 'tekstari', 'Jos niitä kuitenkin tulee vielä joulukuussa, niin sitten vaadin et mun numero poistetaan kokonaan.'),
    ('other', set(), 'Viestit', 'Jos viestejä tulee edelleen, vaadin tietojeni poistamista.'),
    # near-miss: the condition only says when, and asks now
    ('request', {'erasure'}, 'Tili', 'Jos tilini on vielä olemassa, poistakaa se ja kaikki tietoni.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND22_FI, ids=[p[3][:40] for p in BLIND22_FI])
def test_phrasing_blind22_fi(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind23 (Finnish): families behind its misses, written after seeing them -------------
# Several wordings per family, colloquial and formal, near-misses included; checked as BLIND22_FI is.
BLIND23_FI = [
    # a call recording asked to be heard or copied: "saada kuunneltavaksi tai kopiona", the spoken noun "nauhote"
    ('request', {'access'}, 'Puhelu', 'Soitin asiakaspalveluunne ja puhelu nauhoitettiin. Pyydän saada kuunneltavaksi tai kopiona sen puhelun tallenteen.'),
    ('request', {'access'}, 'Puhelu', 'Puhelu asiakaspalveluun nauhoitettiin. Pyydän saada kuunneltavakseni puhelun tallenteen.'),
    ('request', {'access'}, 'puhelu', 'Soitin teille eilen ja se puhelu on nauhotettu. Haluun kuulla sen nauhotteen.'),
    ('request', {'access'}, 'puhelu', 'soitin asiakaspalveluun, voisinko saada siitä puhelun nauhotteesta kopion'),
    # ... and the spoken recording asked deleted
    ('request', {'erasure'}, 'puhelu', 'Soitin asiakaspalveluun ja puhelu nauhotettiin. Haluun että se nauhote poistetaan.'),
    ('request', {'access', 'erasure'}, 'puhelun nauhoitus', 'Soitin asiakaspalveluun ja myyjä sano että puhelu on nauhotettu. Haluun kuulla sen nauhotteen tai saada siitä kopion, ja sen jälkeen haluun että se nauhote poistetaan.'),
    # near-misses: whether calls are recorded; a recording by a camera
    ('other', set(), 'Puhelut', 'Nauhotetaanko teidän asiakaspalvelun puhelut?'),
    ('other', set(), 'Kamera', 'Kamera ei tallenna, miten saan kuunneltavaksi videon äänen?'),
    # erasure refused with words between "en" and "halua": "En siis missään nimessä halua, että tietojani poistetaan"
    ('request', {'restriction'}, 'Riita', 'En siis missään nimessä halua, että tietojani poistetaan. Pyydän, että niiden käsittely rajoitetaan pelkkään säilyttämiseen.'),
    ('other', set(), 'Tili', 'En todellakaan halua, että tilini poistetaan, vaikka en ole käyttänyt sitä.'),
    ('other', set(), 'Tili', 'en kyllä yhtään halua et mun tili poistetaan'),
    # ... or kept: "asiakastili saa jäädä ennalleen, sitä en pyydä poistamaan"
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Suostumus', 'Peruutan suostumukseni uutiskirjeeseen. Tilaushistoria ja asiakastili saavat jäädä ennalleen, niitä en pyydä poistamaan.'),
    ('other', set(), 'Tili', 'Asiakastilini saa jäädä ennalleen, en pyydä sen poistamista.'),
    ('other', set(), 'Tili', 'Mun tiedot saa jäädä teille, niitä en pyydä poistamaan.'),
    # near-miss: what stays is not the data asked deleted
    ('request', {'erasure'}, 'Tili', 'Tilaushistoria saa jäädä kirjanpitoon, mutta poistakaa asiakastilini.'),
    # an earlier request reported as confirmed ("pyysin ... ja sain vahvistuksen"): done, nothing asked
    ('other', set(), 'Kiitos', 'Halusin vain kiittää. Pyysin viime kuussa tietojeni poistamista ja sain vahvistuksen jo parissa päivässä.'),
    ('other', set(), 'Kiitos', 'Pyysin tilini poistoa ja sain siitä kuittauksen heti. Kiitos!'),
    ('other', set(), 'kiitti', 'pyysin et mun tiedot poistetaan ja sain vahvistuksen seuraavana päivänä, hyvin toimi'),
    # near-miss: the request still waits for its confirmation
    ('followup', set(), 'Poisto', 'Pyysin viime kuussa tietojeni poistamista, mutta en ole saanut vahvistusta. Milloin se tehdään?'),
    # a right the writer may want some day, asked about in a condition ("jos joskus haluan tietää ..."): not asked
    ('other', set(), 'tietosuoja-asia', 'Ihan yleisellä tasolla kysyisin: jos joskus haluan tietää mitä tietoja verkkokauppa minusta kerää, onko minulla oikeus saada ne nähtäväksi?'),
    ('other', set(), 'Kysymys', 'Jos myöhemmin haluan nähdä mitä tietoja minusta on tallennettu, maksaako se jotain?'),
    ('other', set(), 'kysymys', 'jos joskus haluun poistaa mun tiedot teiltä, miten se onnistuu?'),
    # near-miss: the condition is no hypothetical, the right is asked now
    ('request', {'access'}, 'Tiedot', 'Haluan tietää mitä tietoja minusta on tallennettu.'),
    # a wrong entry asked "corrected or deleted": deletion is the correction's alternative, not a second right
    ('request', {'rectification'}, 'Merkintä', 'Asiakastiedoissani on virheellinen merkintä. Vaadin, että tuo merkintä oikaistaan tai poistetaan asiakastiedoistani.'),
    ('request', {'rectification'}, 'Merkintä', 'Tiedoissani on väärä merkintä maksuhäiriöstä, korjatkaa tai poistakaa se.'),
    ('request', {'rectification'}, 'merkintä', 'mun tiedoissa on väärä merkintä, se pitää korjata tai poistaa'),
    # near-miss: deletion asked beside the correction, not instead of it
    ('request', {'rectification', 'erasure'}, 'Tiedot', 'Korjatkaa osoitteeni ja poistakaa puhelinnumeroni asiakastiedoistani.'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND23_FI, ids=[p[3][:40] for p in BLIND23_FI])
def test_phrasing_blind23_fi(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)


# --- issue 12, blind23 (English): families behind its misses, written after seeing them -----------------
# Several wordings per family, colloquial and formal, near-misses included; checked as PHRASINGS are.
BLIND23_EN = [
    # an automatic reply that says so with a word between "automatic" and "reply" ("automatic vacation reply"),
    # or a writer "travelling until" a date: a machine's answer, also in a case's thread
    ('auto_reply', set(), 'Re: [DSR-2026-0174] Your request', "Hi! This is an automatic vacation reply. I'm travelling until 4 January and checking mail only occasionally."),
    ('auto_reply', set(), 'Re: Your request', 'This is an automated out-of-office reply. I will answer when I am back.'),
    ('auto_reply', set(), 'Re: Order 1234', 'This is an automatic holiday response: I am back on Monday 7 January.'),
    ('auto_reply', set(), 'Re: Order 1234', "Thanks for your mail. I'm travelling until 12 August with limited access to my inbox."),
    ('other', set(), 'Your replies', 'I only got an automatic vacation reply from your support when I asked about my doorbell. Is anyone there?'),
    ('other', set(), 'Trip', "I'm travelling to Spain in June. Does the camera app work abroad?"),
    ('request', {'erasure'}, 'Account', "I'm travelling until 4 January, but please delete my account before then."),
    # a consent given by a tick or a yes, withdrawn as "my OK", "my yes", "my go-ahead"
    ('request', {'consent_withdrawal'}, 'RE: Order confirmation', 'Hi, I ticked "save card for future purchases" by accident at checkout. I\'m withdrawing my OK for that, I don\'t want my card kept on file.'),
    ('request', {'consent_withdrawal'}, 'Saved card', 'I said yes to saving my card last time. I take back my yes, please.'),
    ('request', {'consent_withdrawal'}, 'Card on file', 'I hereby revoke my go-ahead to store my payment card for future orders.'),
    ('other', set(), 'Order', 'I ticked express delivery by mistake. Is it OK to change it to normal?'),
    ('other', set(), 'Order', 'I cancelled my order yesterday, ok? Just checking it went through.'),
    # a detail held wrong that shows "every time I order": the record behind all orders, not one order's details
    ('request', {'rectification'}, 'Number', 'hey, your system still has my old phone number and every time i order something the pickup code text goes there. my number is 045 118 6024 now, could you put that in instead?'),
    ('request', {'rectification'}, 'Address', 'You still have my old address, so whenever I order from you the parcel goes there. My address is Kuusitie 4 now, please correct it.'),
    ('request', {'rectification'}, 'Email', 'Your system still has my old email and each time I buy something the order confirmation goes there. Please update it to anna@example.com.'),
    ('other', set(), 'Order 5512', 'The delivery address on order 5512 is wrong, it should be Kuusitie 4. Can you change it before it ships?'),
    # "my order was put on hold": what happened to an order, told in the passive; no restriction asked
    ('request', {'objection'}, 'Objection', 'My order was put on hold by your fraud check. I object to this risk scoring of my orders.'),
    ('request', {'objection'}, 'Fraud check', 'my last two orders got put on hold because of your automatic risk score. i object to being scored like that.'),
    ('other', set(), 'Order', 'My order has been put on hold for a week now. When will it ship?'),
    ('request', {'restriction'}, 'Dispute', 'My address is disputed. Please put the processing of my data on hold until this is sorted out.'),
    # the rights a policy "lists" or "sets out" ("lists the right of access, rectification, ... and withdrawal of consent"): named, not asked
    ('request', {'marketing_ban'}, 'Partners', 'Your privacy policy lists the right of access, rectification, objection, erasure and withdrawal of consent. I only want one thing: stop giving my details to marketing partners.'),
    ('request', {'access'}, 'Copy', 'Section 5 of your policy sets out the rights of access, rectification, erasure and withdrawal of consent. Please send me a copy of my data.'),
    ('request', {'rectification'}, 'Name', 'Your site mentions the rights to rectification, erasure and portability. My surname is misspelt on my account, it is Lee not Li, please correct it.'),
    # a guardian or relative writing for the data subject: "her address should be corrected to ...", as "correct her address"
    ('request', {'access', 'rectification'}, 'My mother', 'I am the guardian of my mother. Could you please send me a copy of all the information you hold on her account? Also, her address should be corrected to Huhtiniementie 8, 40950 Muurame.'),
    ('request', {'rectification'}, 'My son', 'I write for my son, who is 15. His surname should be Mäkinen, not Makinen.'),
    ('other', set(), 'Delivery', 'My mother moved last month. Her new address should be fine for the delivery, right?'),
]


@pytest.mark.parametrize("kind, intents, subject, body", BLIND23_EN, ids=[p[3][:40] for p in BLIND23_EN])
def test_phrasing_blind23_en(kind, intents, subject, body):
    test_phrasing(kind, intents, subject, body)
