"""Phrasing families from blind44a/b and blind45a/b, Swedish (branch t44sv)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # the account and the data to be locked until a police or other case is cleared, said with a modal ("ska låsas tills
    # polisen har utrett saken"): a restriction (blind44a sv-007)
    ('request', {'restriction'}, 'Bedrägeri', "Någon har beställt i mitt namn. Tills polisen har utrett saken ska kontot och uppgifterna låsas, inga nya beställningar."),
    ('request', {'restriction'}, 'Konto', "Mitt konto och mina uppgifter måste spärras tills utredningen är klar."),
    ('request', {'restriction'}, 'Bestridande', "Uppgifterna om mig bör frysas medan ärendet reds ut."),
    ('request', {'access', 'restriction'}, 'Pappas konto', "Vi vill veta vilka uppgifter ni har om honom. Och tills saken är utredd ska hans konto låsas."),
    # near-misses: an account locked by a wrong password, a lock on the door, a question
    ('other', set(), 'Inloggning', "Mitt konto låstes när jag skrev fel lösenord tre gånger. Hur låser jag upp det?"),
    ('other', set(), 'Dörrlås', "Ska dörren låsas med koden tills larmet är på, eller hur fungerar det?"),
    # an erasure asked before, called off in the thread ("ni kan låta bli att radera kontot trots allt"): nothing new (blind44a sv-016)
    ('followup', set(), 'Min begäran', "Hej igen, ni kan låta bli att radera kontot trots allt, jag vill fortsätta handla."),
    ('followup', set(), 'Min begäran', "Ni får gärna låta bli att radera mina uppgifter, jag ändrade mig."),
    ('followup', set(), 'Min begäran', "Låt bli att ta bort kontot ändå, vi behöver det för nya beställningar."),
    ('followup', set(), 'Min begäran', "Ni behöver inte radera kontot längre, jag har ändrat mig."),
    # near-miss: a new erasure in the thread is still asked
    ('followup', {'erasure'}, 'Min begäran', "Tack för kopian. Nu vill jag att ni raderar mitt konto också."),
    # a newsletter kept ("jag har inget emot nyhetsbrevet") beside an objection to analytics: no marketing ban (blind44b sv-017)
    ('request', {'objection'}, 'Invändning', "Jag vill inte radera mitt konto och jag har inget emot nyhetsbrevet. Däremot motsätter jag mig att ni använder mina uppgifter för statistik och analys."),
    ('request', {'objection'}, 'Statistik', "Nyhetsbrevet har jag inget emot. Men jag motsätter mig att ni analyserar hur jag surfar i webbutiken."),
    ('request', {'objection'}, 'Analys', "Jag vill behålla mitt konto och har inget emot era utskick, men jag motsätter mig att mina köp används för statistik."),
    # near-miss: the newsletter stopped as well is still a ban
    ('request', {'marketing_ban', 'objection'}, 'Invändning', "Sluta skicka nyhetsbrevet. Jag motsätter mig också att ni använder mina uppgifter för statistik och analys."),
    # Ostrobothnian "meir" for "mer": "skicka int na meir brev eller reklam" (blind44b sv-018)
    ('request', {'marketing_ban'}, 'reklam', "Å skicka int na meir reklam heller."),
    ('request', {'marketing_ban'}, 'reklam', "Ja vill int ha na meir reklam från er."),
    ('request', {'marketing_ban'}, 'brev', "Inga meir nyhetsbrev, tack."),
    ('request', {'erasure', 'marketing_ban'}, 'flyttar', "Vi flyttar bort. Ni kan ta bort allt om mej ur era register. Å skicka int meir brev eller reklam."),
    # near-misses: no more questions, no more parcels to the old place
    ('other', set(), 'tack', "Tack för hjälpen, ja har int na meir frågor."),
    # all direct marketing forbidden ("Jag förbjuder också all direktmarknadsföring till mig") (blind45a sv-013)
    ('request', {'marketing_ban'}, 'Förbud', "Jag förbjuder all direktmarknadsföring till mig."),
    ('request', {'marketing_ban'}, 'Reklam', "Härmed förbjuder jag er att skicka mig reklam, både per e-post och sms."),
    ('request', {'erasure', 'marketing_ban'}, 'Begäran', "Radera alla mina personuppgifter ur ert kundregister. Jag förbjuder också all marknadsföring till mig, även från era partner."),
    # near-misses: the law asked about, a past ban reported and kept
    ('other', set(), 'Fråga', "Förbjuder lagen er att skicka reklam utan samtycke? Jag undrar bara rent allmänt."),
    # calls about a customer survey refused with the consent to them taken back: the withdrawal only (blind45a sv-014)
    ('request', {'consent_withdrawal'}, 'Sluta ringa mig', "Någon från er har ringt mig om en kundnöjdhetsenkät. Jag samtyckte nog till det, men nu återkallar jag det samtycket, ni får inte kontakta mig för enkäter."),
    ('request', {'consent_withdrawal'}, 'Sluta ringa', "Ni ringer om kundundersökningar. Jag återkallar mitt samtycke till att bli kontaktad för undersökningar."),
    ('request', {'consent_withdrawal'}, 'Samtycke', "Jag deltog i er kundpanel. Jag återkallar mitt samtycke till det, sluta ringa mig."),
    # near-misses: sales calls are marketing, also beside a consent taken back
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Sluta ringa mig', "Ni ringer hela tiden och erbjuder nya larm. Jag återkallar mitt samtycke."),
    ('request', {'marketing_ban'}, 'Sluta ringa mig', "Sluta ringa mig och erbjuda nya larm."),
    # an old address held, then what is true, and "kan ni rätta till det" (blind45b sv-003)
    ('request', {'rectification'}, 'Adress', "I ert kundregister står vår adress fortfarande som Storgatan 12, men vi flyttade till Skolvägen 3 redan 2024. Kan ni rätta till det?"),
    ('request', {'rectification'}, 'Nummer', "Mitt telefonnummer slutar på 48, inte 84. Kan ni rätta till det?"),
    ('request', {'rectification'}, 'Adress', "Hos er står min adress fortfarande som Kyrkvägen 5, men jag har flyttat till Vasa."),
    ('request', {'rectification'}, 'Namn', "Mitt efternamn stavas med två n. Rätta till det i kundregistret, tack."),
    # near-misses: a parcel's detail, the writer's own slip
    ('other', set(), 'Paket', "Paketet kom till fel dörr men grannen gav det till oss. Inget att rätta till, allt är bra."),
    # portability in a numbered list after "begär att:" (blind45b sv-013)
    ('request', {'erasure', 'portability'}, 'Begäran', "Jag begär att:\n\n1) ni överför de personuppgifter jag själv har lämnat i ett strukturerat, maskinläsbart format till mig per e-post, och\n2) ni därefter raderar mitt kundkonto och mina personuppgifter, i den mån ni inte är skyldiga att spara dem enligt bokföringslagen."),
    ('request', {'portability'}, 'Dataportabilitet', "Jag begär att ni skickar mina uppgifter i ett maskinläsbart format, i den mån det är möjligt."),
    # last round's leftovers: another person's detail struck from the register is erasure; a product name misspelt on the
    # site is no correction of the record
    ('request', {'erasure'}, 'Pappa', "Min pappa har avlidit. Jag vill att ni tar bort hans telefonnummer ur ert register."),
    ('request', {'erasure'}, 'Mamma', "Ta bort hennes e-postadress ur ert kundregister, tack."),
    ('request', {'rectification'}, 'Konto', "Ta bort hans nummer från mitt konto, det är mitt konto."),
    ('other', set(), 'Stavfel', "Produktnamnet på er sida är fel stavat, det ska vara Rörelsedetektor."),
    ('other', set(), 'Stavfel', "Hej, namnet på kameran är felstavat i er webbutik."),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t44_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)


def _attached_without_charset(body: str, attached: str) -> bytes:
    """A cover note and a text file attached as plain "text/plain", no charset named, its UTF-8 in base64."""
    import base64
    encoded = base64.encodebytes(attached.encode("utf-8")).decode("ascii")
    return ("From: Kund <kund@example.fi>\r\nTo: info@allsec.fi\r\nSubject: Begäran (se bilaga)\r\nMessage-ID: <t44sv@example.fi>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b44\r\n\r\n--b44\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n--b44\r\n"
            "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n"
            'Content-Disposition: attachment; filename="begaran.txt"\r\n\r\n' + encoded + "\r\n--b44--\r\n").encode("utf-8")


# a request in a text file attached with no charset named: its UTF-8 read as UTF-8, not as US-ASCII with every "ä" lost
# ("maskinläsbart", "förbjuder") (blind45a sv-013, blind45b sv-013)
ATTACHED = [
    ("Se bifogad fil.", "Jag begär att ni överför mina uppgifter i ett strukturerat, maskinläsbart format och därefter raderar mitt kundkonto.", {"erasure", "portability"}),
    ("Hej, se bilagan.", "Jag förbjuder all direktmarknadsföring till mig.", {"marketing_ban"}),
    ("Se bifogad fil.", "Jag vill få en kopia av alla personuppgifter ni har om mig.", {"access"}),
]


@pytest.mark.parametrize("body, attached, intents", ATTACHED, ids=[p[1][:40] for p in ATTACHED])
def test_attached_text_without_charset_t44_sv(body, attached, intents):
    from bot.core.mail.parse import ParsedMail, parse
    from bot.core.reading.classify import classify
    parsed = parse(_attached_without_charset(body, attached))
    assert isinstance(parsed, ParsedMail)
    c = classify(parsed)
    assert (c.kind, set(c.intents), c.needs_triage) == ("request", intents, False), c.reasons


def test_attached_latin1_without_charset_is_still_read():
    # not UTF-8: read as Windows-1252, the likeliest legacy charset in Nordic mail
    from bot.core.mail.parse import parse
    raw = _attached_without_charset("Se bifogad fil.", "x").replace(
        b"eA==", __import__("base64").encodebytes("Radera mitt konto, tack. Hälsningar".encode("cp1252")).strip())
    parsed = parse(raw)
    assert any("Hälsningar" in text for _, text in parsed.attached_texts), parsed.attached_texts
