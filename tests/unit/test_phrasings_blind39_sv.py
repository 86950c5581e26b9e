"""Phrasing families from blind39a/b, Swedish (branch t39sv)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # Ostrobothnian "mä" for "mig" (folded "ma"), as "mej" is: what is held on the writer, the writer taken off
    # (blind39a sv-001, sv-012)
    ('request', {'access'}, 'uppgifter', "Hej. Va ha ni sparat om mä? Ja ha köpt ett larm åv er för nain år sedan."),
    ('request', {'access'}, 'kopia', "Ja vill ha en kopia på va ni ha om mä, tack."),
    ('request', {'erasure'}, 'register', "Ta bort mä ur ert kundregister, ja behöver int era tjänster mer."),
    ('request', {'marketing_ban'}, 'samtal', "Ring int mä mer å erbjud larmpaket, ja ha redan ett."),
    # near-misses: "må" (folded "ma" too) is no "me", and a call asked about a parcel is no marketing stop
    ('other', set(), 'paket', "Hej! Hoppas ni mår bra. Ja ha int fått paketet än, kan ni kolla va som hänt me he?"),
    ('other', set(), 'larm', "Larmet piper hela natten. Ring mä gärna i morgon så vi kan fixa he."),
    # "vill jag ha bort": the wish to have it gone, the subject after the verb (blind39a sv-001)
    ('request', {'erasure'}, 'ta bort', "Ja ha int handlat hos er på länge, å nu vill ja ha bort allt ni ha om mä."),
    ('request', {'erasure'}, 'Konto', "Jag har flyttat utomlands. Därför vill jag ha bort mitt konto hos er."),
    ('request', {'erasure'}, 'Uppgifter', "Vi har slutat med firman, så nu vill vi ha bort alla våra uppgifter från ert system."),
    ('other', set(), 'Beställning', "Nu vill jag ha bort en av brandvarnarna från beställningen, jag behöver bara två."),
    # the one the writer speaks for, asked after in the inverted question "Vad har ni för uppgifter om henne?"
    # (blind39a sv-006)
    ('request', {'access'}, 'Min mamma', "Min mamma är 86 och får samtal från er hela tiden. Jag har fullmakt. Vad har ni för uppgifter om henne?"),
    ('request', {'access'}, 'Min pappa', "Jag sköter min pappas ärenden. Vilka uppgifter har ni om honom, och varifrån har ni fått dem?"),
    ('request', {'access'}, 'Min mamma', "Jag har fullmakt för min mamma. Vad har ni sparat för information om henne?"),
    ('other', set(), 'Leverans', "Vad har ni för uppgifter om leveranstiden för rökdetektorerna?"),
    ('other', set(), 'Kamera', "Vad har ni för information om den nya kameran, klarar den kyla?"),
    # "tar ja tillbaka": Finland-Swedish "ja" for "jag" in the withdrawal, "de" for "det" pointing back to a consent
    # given to marketing (blind39b sv-010)
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'sms', "Ni skickar sms om rabatter hela tiden. Ja kryssa i nån ruta när ja handla men nu tar ja tillbaka de samtycket."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Nyhetsbrev', "Härmed drar ja tillbaka mitt samtycke till era nyhetsbrev."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Reklam', "Nu tar vi tillbaka vårt samtycke till reklamutskicken."),
    ('request', {'consent_withdrawal', 'marketing_ban'}, 'Erbjudanden', "Ja gav nog mitt samtycke till era erbjudanden per sms en gång. Nu tar ja tillbaka de."),
    ('other', set(), 'Beställning', "Nu tar ja tillbaka beställningen, ja hitta ett billigare larm."),
    # our policy quoted in a compound word ("er dataskyddspolicy", "er sekretesspolicy"): its rights are ours,
    # the writer's own wish after it still counts (blind39b sv-012)
    ('request', {'access'}, 'Kontakthistorik', 'Hej, i er dataskyddspolicy står det att den registrerade "kan invända mot behandlingen". Jag gör ingen sådan invändning. Men jag vill ha en kopia av mina uppgifter.'),
    ('request', {'access'}, 'Uppgifter', "I er sekretesspolicy står det att man kan invända mot profilering. Det gäller inte mig, jag vill bara veta vilka uppgifter ni har om mig."),
    ('request', {'objection'}, 'Invändning', "I er dataskyddspolicy står det att man kan invända mot behandlingen. Jag invänder härmed mot all profilering av mig."),
    # the notes and recordings of the writer's contacts with customer service, "min kontakthistorik" (blind39b sv-012)
    ('request', {'access'}, 'Samtal', "Jag ringde er kundtjänst i januari. Jag vill gärna få en kopia av de anteckningar och eventuella inspelningar ni har från samtalet."),
    ('request', {'access'}, 'Historik', "Skicka mig min kontakthistorik hos er, alltså alla samtal och mejl."),
    ('request', {'access'}, 'Anteckningar', "Kan jag få se anteckningarna som er kundtjänst gjorde om mig under samtalet?"),
    ('other', set(), 'Manual', "Kan ni skicka en kopia av bruksanvisningen till larmet?"),
    ('other', set(), 'Installation', "Montören gjorde anteckningar om var larmet sitter. Kan ni skicka dem till min son?"),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_t39_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
