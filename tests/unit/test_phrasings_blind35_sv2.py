"""Phrasing families from blind35a/b and blind36a/b, Swedish, second pass (branch tune35sv2)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # the object pronoun put first, the erase verb last: "Det kontot behöver jag int, det kan ni radera helt" (blind35b
    # sv-004), "Dem vill jag att ni raderar" for the old details named before (blind35a sv-018)
    ('request', {'erasure'}, 'Konto', "Jag har ett konto till hos er med min gamla jobbmejl. Det kontot behöver jag int, det kan ni radera helt."),
    ('request', {'erasure'}, 'Konto', "Mitt gamla konto använder jag inte längre. Det får ni gärna ta bort."),
    ('request', {'erasure'}, 'Uppgifter', "Ni har fortfarande mina uppgifter från föreningstiden. Dem vill jag att ni raderar."),
    ('request', {'erasure'}, 'Profil', "Profilen i er app är gammal. Den kan ni radera."),
    ('followup', {'erasure'}, 'Registerutdrag', "Tack för utdraget. Jag ser att ni har mitt gamla telefonnummer kvar i historiken. Det vill jag att ni tar bort."),
    ('request', {'erasure'}, 'Konto', "Jag ser att ni fortfarande har min gamla adress och mitt gamla telefonnummer kvar. Dem vill jag att ni raderar. Resten får vara kvar."),
    # near-misses: an order or a basket item, and the pronoun kept
    ('other', set(), 'Beställning', "Jag har en gammal beställning som aldrig skickades. Den kan ni radera."),
    ('other', set(), 'Varukorg', "Det ligger en kamera kvar i varukorgen. Den kan ni ta bort."),
    ('request', {'access'}, 'Utdrag', "Skicka mig en kopia av mina uppgifter. Dem vill jag inte att ni raderar."),
    # the recordings of the writer's calls, named before, to be erased: "vill jag att ni raderar inspelningarna" (blind35b
    # sv-018), "Radera gärna inspelningen också" (blind36b sv-008)
    ('followup', {'erasure'}, 'Svar', "Jag ringde er kundtjänst två gånger och fick höra att samtalen spelas in, men inga inspelningar finns med. Skicka dem. Och när ni väl har skickat dem vill jag att ni raderar inspelningarna."),
    ('request', {'consent_withdrawal', 'erasure'}, 'Inspelning', "När jag ringde er frågade rösten om jag godkänner att samtalet spelas in. Jag vill återkalla det samtycket. Radera gärna inspelningen också."),
    ('request', {'erasure'}, 'Samtal', "Mitt samtal med er kundtjänst i mars spelades in. Ta bort inspelningarna, tack."),
    ('other', set(), 'Kamera', "Kameran sparar inspelningar i molnet. Hur raderar jag inspelningarna?"),
    ('other', set(), 'Kamera', "Min kamera spelade in hela natten. Radera gärna inspelningen om ni kan se den i er tjänst?"),
    # a wrong detail the shop's letters were addressed to, "kan ni rätta det?" (blind36a sv-008), and a name written wrong
    # on the waybill, "mitt namn står som 'Mikael Granback'", with "Rätt uppgifter:" after (blind35a sv-004)
    ('request', {'rectification'}, 'Adress', "Mamma har fått brev från er adresserade till fel gatunummer, Sibbovägen 21 i stället för Sibbovägen 12. Kan ni rätta det?"),
    ('request', {'rectification'}, 'Adress', "Era fakturor kommer till fel postnummer. Kan ni rätta det?"),
    ('request', {'rectification'}, 'Namn', "På era brev står mitt namn som \"Mikael Granback\". Rätt uppgifter:\nMikael Granbacka\nStoråvägen 12\n64300 Lappfjärd"),
    ('request', {'rectification'}, 'Namn', "Mitt efternamn står som \"Lindqvist\" i era utskick, det ska vara Lindkvist."),
    ('request', {'rectification'}, 'Uppgifter', "Ni skickar fortfarande till min gamla adress. Korrekta uppgifter:\nAnna Berg\nStorgatan 3\n65100 Vasa"),
    ('other', set(), 'Paket', "Paketet kom till fel postnummer. Kan ni kolla det?"),
    ('other', set(), 'Faktura', "På fakturan står mitt namn som beställare, men det var min man som köpte."),
    # "ta bort mig från alltihop" under our own newsletter quoted below, after "vill int ha nå mera såna här brev": off the
    # mailings, not erased (blind36a sv-003); without the newsletter it still erases
    ('request', {'marketing_ban'}, 'SV: Allsec nyhetsbrev | April 2026', "Jag vill int ha nå mera såna här brev. Ta bort mig från alltihop.\n\nFrån: Allsec <nyhetsbrev@news.allsec.fi>\nSkickat: tisdag 7 april 2026 10:00\nÄmne: Allsec nyhetsbrev | April 2026\n\n> Allsec nyhetsbrev | April 2026\n> Hej! Rökdetektor 44,90 EUR.\n> Avsluta prenumerationen: https://news.allsec.fi/u/77be02"),
    ('request', {'marketing_ban'}, 'Reklam', "Ni skickar reklam och sms hela tiden. Ta bort mig från allt."),
    ('request', {'erasure'}, 'Konto', "Jag handlar inte längre hos er. Ta bort mig från alltihop."),
    ('request', {'marketing_ban'}, 'Brev', "Jag vill inte ha fler sådana här brev från er.\n\nFrån: Allsec <nyhetsbrev@news.allsec.fi>\nSkickat: tisdag 7 april 2026 10:00\nÄmne: Allsec nyhetsbrev | April 2026\n\n> Allsec nyhetsbrev | April 2026\n> Hej! Rökdetektor 44,90 EUR."),
    # a profile built for targeted ads refused, the newsletter kept: "Jag vill inte att ni bygger en profil på mig för
    # riktad reklam", "utan att profilera mig" (blind36b sv-004)
    ('request', {'marketing_ban'}, 'Nyhetsbrev', "Jag läser gärna ert nyhetsbrev. Men jag vill inte att ni bygger en profil på mig för riktad reklam eller spårar vad jag öppnar. Skicka gärna brevet, men utan att profilera mig."),
    ('request', {'marketing_ban'}, 'Profil', "Skapa ingen profil om mig för riktad marknadsföring."),
    ('request', {'marketing_ban'}, 'Nyhetsbrev', "Skicka nyhetsbrevet som förut, men utan att profilera mig för reklam."),
    ('other', set(), 'Konto', "Hur bygger jag en profil på mig själv i appen?"),
    # the policy's rights read back as a list with "rätt att ...": named, not asked (blind36b sv-015)
    ('request', {'marketing_ban'}, 'Partner', "Läste er integritetspolicy. Där står att man har rätt till radering, rätt att se sina uppgifter osv. Jag vill inte att ni raderar något. Sluta använda mina uppgifter till marknadsföring."),
    ('request', {'objection'}, 'Policy', "I policyn står att kunden har rätt till rättelse, rätt att få sina uppgifter raderade och rätt att invända. Jag invänder mot att ni använder min köphistorik för statistik."),
    ('request', {'erasure'}, 'Radering', "Man har rätt till radering, rätt att se sina uppgifter och så vidare. Radera mitt konto."),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t35_sv2(kind, intents, subject, body):
    check(kind, intents, subject, body)
