"""Phrasing families from blind46a/b, blind47a/b and blind48a/b, Swedish (branch t46sv)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # account phishing in a bank's voice: the account already blocked, "logga in inom 48 timmar för att undvika att dina
    # uppgifter raderas", new rules as the reason "we must update your details", the lure a bare button line ("Verifiera
    # nu") whose link is only in the HTML (blind47a sv-026)
    ('spam', set(), 'Ditt konto har låsts – bekräfta dina uppgifter', "Bästa kund,\n\nPå grund av nya säkerhetsregler måste vi uppdatera dina personuppgifter. Ditt konto har tillfälligt låsts. Logga in inom 24 timmar för att undvika att kontot raderas.\n\nLogga in nu\n"),
    ('spam', set(), 'Viktigt meddelande om ditt konto', "Hej kund,\n\nEnligt nya EU-regler måste vi verifiera dina personuppgifter. Ditt kort har spärrats tills vidare. Logga in inom 72 timmar för att undvika att dina uppgifter raderas permanent.\n\nBekräfta nu\n"),
    ('spam', set(), 'Säkerhetsmeddelande', "Vi har upptäckt misstänkt aktivitet på ditt konto. Logga in inom 48 timmar för att undvika att det stängs.\n\nBekräfta nu\n"),
    ('spam', set(), 'Uppdatering krävs', "Bästa kund,\nPå grund av den nya dataskyddslagen måste vi validera dina kontouppgifter. Ditt konto har spärrats.\nUppdatera nu\n"),
    # near-misses: a customer whose account is locked, one who asks whether such a mail is ours and asks for erasure,
    # one who tells of new rules in their own words
    ('other', set(), 'Spärrat konto', "Hej, mitt konto har spärrats och jag har försökt logga in i 48 timmar utan att lyckas. Kan ni hjälpa mig?"),
    ('request', {'erasure'}, 'Radera mitt konto', "Hej, jag vill att ni raderar mitt konto och alla mina uppgifter. Jag har inte handlat på länge.\n\nVänliga hälsningar\nEva"),
    ('request', {'erasure'}, 'Konstigt mejl', "Hej! Jag fick ett mejl i ert namn där det stod att mitt konto har spärrats och att jag ska logga in inom 48 timmar för att undvika att uppgifterna raderas. Är det äkta? Oavsett vill jag att ni raderar mitt konto."),
    ('other', set(), 'Bluffmejl?', "Jag fick ett mejl om att mitt konto har spärrats och en knapp där det stod Verifiera nu. Är det från er?"),
    # a block told as done ("kontot har spärrats", "Spärrat konto") asks for no restriction; "spärra", "spärrar" do
    ('other', set(), 'Betalning', "Mitt kort spärrades av banken, så betalningen gick inte igenom. Kan jag betala mitt konto med faktura i stället?"),
    ('other', set(), 'Spärrade uppgifter?', "Varför står det att mina uppgifter är spärrade när jag loggar in? Jag har inte bett om något sådant."),
    ('request', {'restriction'}, 'Uppgifter', "Jag vill att ni spärrar mina uppgifter tills tvisten om fakturan är löst."),
    ('other', set(), 'Inloggning', "Jag kan inte logga in. Står bara att kontot är spärrat, vad gör jag?"),
    ('request', {'restriction'}, 'Spärra', "Spärra mitt konto och mina uppgifter tills reklamationen är utredd."),
    ('other', set(), 'Nya regler', "Hej, på grund av nya regler på jobbet måste vi uppdatera våra larmkoder. Hur gör man det i appen?"),
    # marketing refused in a verbless "ingen (mer) reklam" sentence, for the writer or someone they speak for: "Ingen mer
    # reklam åt honom tack", "Ingen reklam från dem heller" (blind46a sv-011, blind47b sv-014)
    ('request', {'marketing_ban'}, 'Mamma', "Jag skriver för min mamma som är 90. Ingen mer reklam åt henne, tack."),
    ('request', {'marketing_ban'}, 'Reklam', "Ingen mera reklam till oss!"),
    ('request', {'erasure', 'marketing_ban'}, 'Flytt', "Vi flyttar till Vasa. Radera mina uppgifter. Inga kataloger och ingen reklam heller."),
    ('request', {'marketing_ban'}, 'Utskick', "Vi har inget larm längre. Ingen mer reklampost från er tack, och inga nyhetsbrev."),
    ('request', {'marketing_ban'}, 'Partner', "Jag vill inte ha något från era partner. Ingen reklam från dem, tack."),
    # near-misses: no marketing reported, or no more of something else
    ('other', set(), 'Tack', "Ingen reklam har kommit sedan i våras, tack för det."),
    ('other', set(), 'Beställning', "Jag fick ingen mer information efter beställningen. När kommer paketet?"),
    ('other', set(), 'Fråga', "Skickar ni ingen reklam alls till kunder som inte har ett konto?"),
    # the same lure as a bare button line with two orders, "Logga in och betala", and a parcel held for a sum in euros or
    # crowns ("Bekräfta dina uppgifter och betala 1,99 EUR") (blind47b sv-027, blind48a sv-026)
    ('spam', set(), 'Påminnelse: faktura 4471 – ditt konto stängs', "Hej,\n\nVi har inte fått betalt för faktura 4471. Ditt konto stängs om betalningen inte kommer in inom 72 timmar.\n\nLogga in och betala\n"),
    ('spam', set(), 'Sista påminnelsen', "Ditt abonnemang har förfallit och tjänsten spärras i morgon.\n\nLogga in och förnya nu\n"),
    ('spam', set(), 'Leveransen har stoppats', "Hej,\nDin leverans väntar på terminalen. Betala 2,49 EUR för att få den: http://leverans-status.example.net/se\n"),
    ('spam', set(), 'Ditt paket', "Bästa kund, ditt paket kunde inte delas ut. Uppdatera adressen och betala 19 kr här: http://paket-hjalp.example.org\n"),
    # near-misses: a customer who logs in to pay, one who paid for their own parcel
    ('other', set(), 'Faktura', "Hej, jag försökte logga in och betala fakturan men sidan visar fel. Kan ni skicka den på papper?"),
    ('other', set(), 'Paket', "Mitt paket kom fram men jag fick betala 5 EUR i tull. Stämmer det?"),
    # a name as it is spelt, quoted, then what it should be, far apart: 'Mitt efternamn är stavat "Grönros" i era utskick och
    # på fakturan, det ska vara Grönroos' (blind47a sv-004)
    ('request', {'rectification'}, 'Namn', 'Mitt efternamn är stavat "Lindqvis" på fakturan och i era mejl, det ska vara Lindqvist.'),
    ('request', {'rectification'}, 'Förnamn', 'Ni har stavat mitt förnamn "Jonna" i alla utskick sedan i våras, det ska vara Johanna. Kan ni fixa det?'),
    ('request', {'rectification'}, 'Stavning', 'Min mammas namn stavas "Ingegerd Holmberg" i kundregistret hos er, men det ska vara Ingegärd Holmberg.'),
    # near-misses: a product's name, a question about spelling
    ('other', set(), 'Fel på sidan', 'Produktnamnet är stavat "Rökdetektr" på er sida, det ska vara Rökdetektor.'),
    ('other', set(), 'Fråga', 'Hur stavas appens namn egentligen, ska det vara med bindestreck?'),
    # the mailing kept, its stop negated: "inte heller vill avsluta nyhetsbrevet, det är bra" (blind46b sv-015)
    ('request', {'access'}, 'Kopia', "Jag vill inte avsluta nyhetsbrevet, det är bra. Skicka mig en kopia av mina uppgifter."),
    ('request', {'access'}, 'Kopia', "Jag begär inte radering och vill inte heller avsluta prenumerationen. Jag vill bara få ett registerutdrag."),
    ('request', {'access'}, 'Utdrag', "Nyhetsbrevet tänker jag inte avsluta. Men vilka uppgifter har ni om mig?"),
    # near-misses: the stop asked beside something kept
    ('request', {'marketing_ban'}, 'Reklam', "Jag vill inte avsluta mitt konto. Men avsluta nyhetsbrevet, tack."),
    ('request', {'marketing_ban'}, 'Sms', "Avsluta sms-utskicken, jag vill inte ha dem."),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t46_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
