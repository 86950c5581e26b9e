"""Phrasing families from blind40a/b and blind41a/b, Swedish (branch t40sv)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # the data to be erased named with a relative clause about what was collected ("de analysuppgifter som ni redan har
    # samlat om mig raderas"), the passive verb after it (blind40a sv-014)
    ('request', {'objection', 'erasure'}, 'Invändning', "Jag motsätter mig att mina uppgifter behandlas för analys och statistik. Jag vill också att de analysuppgifter som ni redan har samlat om mig raderas."),
    ('request', {'erasure'}, 'Radering', "Jag vill att de uppgifter som ni har samlat in om mig under åren raderas."),
    ('request', {'erasure'}, 'Radering', "Jag begär att all information som ni har lagrat om mej tas bort."),
    ('request', {'erasure'}, 'Historik', "Jag vill att min surfhistorik och sökhistorik som ni har sparat raderas. Kontot får vara kvar."),
    # near-misses: data said to be collected, deletion only told of or asked about
    ('other', set(), 'Fråga', "Hur länge sparas de uppgifter som ni har samlat om kunderna innan de raderas?"),
    ('request', {'access'}, 'Uppgifter', "Skicka mig de uppgifter som ni har samlat om mig. Inget ska raderas."),
    # a recording (or data) pointed back to with "den"/"det" and asked erased in the passive: "vill att den raderas"
    # (blind41a sv-006); SCHEMA: the withdrawal of a consent to a recording is consent_withdrawal only, its deletion asked
    # beside it is erasure too (blind28, blind29, blind35 lines)
    ('request', {'consent_withdrawal', 'erasure'}, 'Inspelning av samtal', "Ni sa att samtalet spelas in och jag sa ja. Jag återkallar mitt samtycke till inspelningen och vill att den raderas."),
    ('request', {'consent_withdrawal', 'erasure'}, 'Inspelning', "Jag tar tillbaka mitt samtycke till att samtalet spelades in och begär att det raderas."),
    ('request', {'erasure'}, 'Samtal', "Mitt samtal med er kundtjänst spelades in i går. Jag vill att den raderas."),
    ('request', {'consent_withdrawal'}, 'Inspelning', "Jag återkallar mitt samtycke till inspelningen av samtalet."),
    ('other', set(), 'Beställning', "Jag gjorde en beställning i går men ångrar mig. Jag vill att den makuleras."),
    # the main clause after a fronted "innan ..." clause, verb first: "Innan ni raderar något vill jag ha en kopia av allt ni
    # har om mig" asks the copy; the erasure stays in the condition (blind40b sv-018)
    ('followup', {'access'}, 'Din begäran om radering', "Innan ni raderar något vill jag ha en kopia av allt ni har om mig. Raderingen kan göras efter att jag har fått kopian."),
    ('followup', {'access'}, 'Radering', "Innan ni tar bort kontot vill jag få en kopia av mina uppgifter."),
    ('request', {'access', 'erasure'}, 'Radering', "Radera mitt konto. Innan ni raderar det vill jag ha en kopia av mina uppgifter."),
    ('followup', set(), 'Radering', "Innan ni raderar något vill jag bara veta hur lång tid det tar."),
    ('request', {'restriction'}, 'Tvist', "Tills tvisten är avgjord vill jag att ni inte använder mina uppgifter."),
    # the writer's data refused to sellers and marketers ("sälj int mina uppgifter åt sådana där försäljare mera"):
    # a marketing ban (blind41a sv-011)
    ('request', {'access', 'marketing_ban'}, 'fråga', "Nu vill jag veta vad ni har om mej och vem ni har gett det åt.\n\nOch sälj int mina uppgifter åt sådana där försäljare mera."),
    ('request', {'marketing_ban'}, 'Uppgifter', "Sälj inte mina uppgifter till telefonförsäljare."),
    ('request', {'marketing_ban'}, 'Uppgifter', "Ni får inte lämna ut mina uppgifter till försäljningsbolag eller marknadsförare."),
    ('request', {'marketing_ban'}, 'Uppgifter', "Ge aldrig mer ut mitt nummer till säljare."),
    ('other', set(), 'Försäljare', "Er försäljare var mycket trevlig när jag köpte larmet. Tack!"),
    ('other', set(), 'Återförsäljare', "Säljer ni inte larmet via återförsäljare i Vasa?"),
    # the data kept by law asked locked: "kräver jag att de uppgifter som blir kvar låses" (blind41b sv-008)
    ('followup', {'restriction'}, 'Svar på din begäran om radering', "Jag förstår att ni måste spara fakturorna i tio år. Men då kräver jag att de uppgifter som blir kvar låses och används enbart för bokföringen."),
    ('followup', {'restriction'}, 'Radering', "Okej, men då vill jag att resten av mina uppgifter spärras så att de inte används till något annat."),
    ('request', {'restriction'}, 'Uppgifter', "Jag begär att mina uppgifter låses tills reklamationen är utredd."),
    ('other', set(), 'Konto', "Mitt konto har låsts och jag kan inte logga in. Vad ska jag göra?"),
    ('other', set(), 'Lås', "Dörren låses inte när jag trycker på knappen i appen."),
    ('request', {'erasure'}, 'Radering', "Radera mitt konto och mina uppgifter. Det ni enligt lag måste spara för bokföringen får ni inte använda till något annat."),
    # a prospective customer who knows the rights in general and would rather first know how things work: "Jag vet att man
    # har rätt att begära radering och sådant i efterhand, men jag vill hellre veta hur det fungerar innan jag blir kund"
    # (blind40b sv-022)
    ('other', set(), 'Fråga om era marknadsföringspartner', "Jag funderar på att beställa en kamera av er. Vilka är era marknadsföringspartner? Jag vet att man har rätt att begära radering och sådant i efterhand, men jag vill hellre veta hur det fungerar innan jag blir kund."),
    ('other', set(), 'Fråga', "Jag vet att jag kan begära radering senare, men jag vill först förstå hur ni hanterar uppgifterna."),
    ('other', set(), 'Fråga', "Jag vet att man har rätt till radering, men jag vill bara veta hur länge ni sparar kunduppgifter."),
    ('request', {'erasure'}, 'Radering', "Jag vet att jag har rätt att begära radering, men jag vill hellre att ni raderar mitt konto direkt utan krångel."),
    ('request', {'erasure'}, 'Radering', "Jag vet att jag har rätt till radering. Radera mitt konto."),
    # account phishing: the account "kommer att stängas", the data deleted unless verified (blind40b sv-027)
    ('spam', set(), 'Ditt konto kommer att stängas – GDPR-verifiering krävs', "Ditt konto kommer att stängas\n\nBästa kund,\nPå grund av nya GDPR regler måste alla kontoinnehavare verifiera sina personuppgifter innan 28.05.2026. Om verifieringen inte görs kommer ditt konto och all lagrad data att raderas permanent.\n\nVerifiera nu: http://gdpr-verifiering.example-kontocenter.ru/sv/?id=x\n\nDataskyddsteamet"),
    # a fake collection notice: the invoice to "see and dispute" on someone else's link (blind40a sv-026)
    ('spam', set(), 'SISTA PÅMINNELSE: Obetald faktura', "Bästa kund,\n\nEnligt våra register har ert företag en obetald faktura på 2 480,00 EUR. Om betalningen inte är gjord inom 48 timmar kommer era personuppgifter att överlämnas till inkasso.\n\nSe fakturan och bestrid den här:\nhttp://faktura-arkiv.inkasso-example.com/view?id=1\n\nMed vänlig hälsning\nInkassoavdelningen"),
    # near-misses: a customer worried about the account or disputing our invoice
    ('other', set(), 'Konto', "Hej, jag fick ett mejl om att mitt konto kommer att stängas. Stämmer det? Jag har inte fått något från er förut."),
    ('other', set(), 'Faktura', "Hej, jag bestrider fakturan 1130, larmet levererades aldrig. Se bilden här: https://imgur.com/abc"),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t40_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
