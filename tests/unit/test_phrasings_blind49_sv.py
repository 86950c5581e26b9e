"""Phrasing families from blind49a/b and blind50a/b, Swedish (branch t49sv)."""
import pytest

from tests.unit.test_phrasings import test_phrasing as check

SV = [
    # a detail said to be wrong in the shop's own record ("mitt telefonnummer är fel hos er", "står fel i ert system"),
    # or wrong on every parcel ("era paket har kommit med gatunamnet X fast det ska vara Y", "varje gång jag beställer"):
    # the record is corrected, not one order's delivery (blind49b sv-014, blind50a sv-003)
    ('request', {'rectification'}, 'Telefon', "hej mitt telefonnummer är fel hos er, det ska vara 040 111 2233. därför får jag inga sms om paketen"),
    ('request', {'rectification'}, 'Adress', "Hej! Min adress står fel hos er, det ska vara Åsgatan 3 och inte Åsgatan 8, så paketen hamnar hos grannen."),
    ('request', {'rectification'}, 'Namn', "Mitt efternamn är felstavat i ert system, det ska vara Lindqvist. Det syns på paketen varje gång."),
    ('request', {'rectification'}, 'Postnummer', "Alla paket kommer med fel postnummer, det ska vara 65100 och inte 65200."),
    ('request', {'rectification'}, 'Adressen', "Era paket har kommit med gatunamnet Storgatn fast det ska vara Storgatan 12."),
    ('request', {'rectification'}, 'Fel', "Varje gång jag beställer blir adressen fel på paketet, det ska vara Kyrkogatan 4 B."),
    # near-misses: one order's or one parcel's delivery details, a question in general, an error told with no detail of the writer's
    ('other', set(), 'Beställning 4411', "Adressen på min beställning 4411 är fel, det ska vara Storgatan 5. Kan ni ändra den innan paketet skickas?"),
    ('other', set(), 'Paketet', "Paketet kom till fel adress, det ska vara Storgatan 5 och inte 15. Kan ni skicka ett nytt?"),
    ('other', set(), 'Fel hos er?', "Är det fel hos er i systemet? Mitt paket har inte kommit fram."),
    ('other', set(), 'Leverans', "Alla paket i min beställning kom inte, ett saknas. Kan ni kolla?"),
    # an objection in a new clause with its own subject after a negated one, no comma: "Jag tycker inte om att min surfning
    # analyseras och jag motsätter mig den behandlingen" (blind50a sv-013)
    ('request', {'objection'}, 'Analys', "Jag tycker inte om att min surfning analyseras och jag motsätter mig den behandlingen."),
    ('request', {'objection'}, 'Köpbeteende', "Jag gillar inte att ni analyserar mitt köpbeteende och jag invänder mot det."),
    ('request', {'objection'}, 'Surfning', "Jag har inte bett om någon analys av min surfning och jag motsätter mig att den görs."),
    # near-misses: the cue's own negation after "och jag", a right asked about in general, a negated wish before "och jag vill"
    ('other', set(), 'Policy', "Jag har läst er policy och jag motsätter mig inte analysen."),
    ('other', set(), 'Fråga', "Jag vet inte hur det går till och jag undrar om man kan motsätta sig analys av surfning?"),
    ('other', set(), 'Analysen', "Jag motsätter mig inte analysen och jag har inget emot den."),
]


@pytest.mark.parametrize("kind, intents, subject, body", SV, ids=[p[3][:40] for p in SV])
def test_phrasing_blind49_sv(kind, intents, subject, body):
    check(kind, intents, subject, body)
