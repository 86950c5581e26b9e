"""Our own labelled mail, written for the tests (tests/data/classify): a regression floor.

`blind/`, `blind2/`, `blind3/` and `blind4/` were written by people who never saw the classifier's code or
the dev corpus; after their clean estimates were recorded all of their mail was used for tuning,
so their figures are no longer clean estimates (the README says which figures are). `blind5/`
was written the same way and has never been tuned on. `blind6/` (160 mails, written for issue 12)
was scored before tuning (76.9%) and then tuned on. `blind9/` (160 mails, written for the lead's estimate
of issue 12 by someone who never saw the code) was scored once on main (84.4% exact) and then tuned on,
so it too is a floor now, not an estimate. `blind11/` (220 mails written for issue 12 by two writers who
never saw the code; files `a-` and `b-` by writer) was scored once on main before tuning: 87.5% exact on
decided mail, 9.1% triage, 2 silent misses; then tuned on. `blind13a/` and `blind13b/` (100 mails each,
written for issue 12 by two more writers who never saw the code) were scored once before tuning (78.4%
and 75.3% exact on decided mail as written) and then tuned on. Their writers tagged our replies'
subjects `[ALLSEC-2026-NNNN]`, a form rightsbot never sends (it sends `[DSR-2026-NNNN]`, and intake
matches a reply's own thread headers against the cases), so the copies here carry the tag rewritten to
our form and nothing else changed (see NOTE.md in each folder). `blind14a/` and `blind14b/` (90 mails
each, by two more such writers, whose brief gave them the same wrong tag, rewritten the same way) were
scored once on main as the estimate (85.3% exact on decided mail, 5.6% triage, 5 silent misses, 1
non-request answered) and then tuned on. `blind16a/` and `blind16b/` (100 mails each, by two more such
writers, told our real tag form) were scored once on main before tuning (89.5% and 89.8% exact on
decided mail) and then tuned on. `blind17a/` and `blind17b/` (80 mails each, the same brief) were scored
once on main as the estimate (93.7% exact on decided mail with the second reader, 90.5% with the rules
alone) and then tuned on. `blind18a/` and `blind18b/` (80 mails each, the same brief) were scored once as
the estimate after that (94.2% exact on decided mail) and tuned on in the next session.
`blind19a/` and `blind19b/` (80 mails each, Finnish, Swedish and English only) were scored once as the
estimate after that (88.1% exact on decided mail, 5.6% triage) and then tuned on (two labels corrected, see
their NOTE.md). `blind20a/` and `blind20b/` (the same brief) were scored once as the estimate after that
(89.0% exact on decided mail, 8.8% triage) and then tuned on; three of their labels add an erasure to a
withdrawn consent to a photo or a stored card, which SCHEMA and six earlier labels do not, so blind20b's
floor is 0.97. `blind21a/` and `blind21b/` (the same brief) were scored once as the estimate after that
(91.7% exact on decided mail, 9.4% triage) and then tuned on (blind21a to 96.2%: three of its misses,
each a family of its own, are left for the next round). `blind22a/` and `blind22b/` (the same brief) were scored once as the estimate after
that (93.9% exact on decided mail, 8.1% triage, 1 silent miss) and then tuned on (blind22b to 96.2%: a
photo named three sentences before "take it down", tracking kept apart from the newsletter, a parcel
phishing read as a bounce, left for the next round). `blind23a/` and `blind23b/` (the same brief) were scored once
as the estimate after that (93.6% exact on decided mail, 12.5% triage, 3 silent misses) and then tuned on (three
helpers: fi, sv, en). `blind24a/` and `blind24b/` (the same brief) were scored once as the estimate after that
(89.5% exact on decided mail, 4.4% triage, 1 silent miss, 0 answered) and then tuned on (stop 23; two helpers,
fi and sv+en: blind24a to 98.8%, blind24b to 96.2% exact; the photo-consent-plus-"take it down" writer conflict
left as it is). `blind25a/` and `blind25b/` (the same brief) were scored once as the estimate after that (94.0%
exact on decided mail, 6.2% triage, 1 silent miss, 1 answered), then tuned on in the same session (two
helpers, fi and sv+en: blind25a to 100%, blind25b to 98.8% exact). `blind26a/` and `blind26b/` (the same brief)
were scored once as the estimate after that (95.2% exact on decided mail, 8.1% triage, 0 silent misses, 1
answered), then tuned on in the same session (two helpers, fi and sv+en: both to 100% exact). `blind27a/` and
`blind27b/` (the same brief) were scored once as the estimate after that (93.4% exact on decided mail, 5.0%
triage, 0 silent misses, 0 answered), then tuned on in the same session (two helpers, fi and sv+en: both to
98.8% exact). `blind28a/` and `blind28b/` (the same brief) were scored once as the estimate after that (88.3%
exact on decided mail, 3.8% triage, 0 silent misses, 2 answered), then tuned on in the next session (two
helpers, fi and sv+en: both to 100% exact). `blind29a/` and `blind29b/` (the same brief) were scored once
as the estimate after that (90.5% exact on decided mail, 7.5% triage, 0 silent misses, 1 answered), then tuned
on in the same session (two helpers, fi and sv+en: to 98.8% and 97.5% exact). `blind30a/` and `blind30b/` (the same brief) were scored
once as the estimate after that (90.6% exact on decided mail, 6.9% triage, 4 silent misses, 0 answered), then
tuned on in the same session (two helpers, fi and sv+en: both to 100% exact). `blind31a/` and `blind31b/` (the same brief) were scored once as
the estimate after that (93.3% exact on decided mail, 6.9% triage, 2 silent misses, 1 answered), then tuned on
in the same session (two helpers, fi and sv+en: to 100% and 98.8% exact). `blind32a/` and `blind32b/` (the same brief) were scored once as
the estimate after that (94.3% exact on decided mail, 11.9% triage, 0 silent misses, 0 answered), then tuned on
in the next session, stop 25 (two helpers, fi and sv+en, then the second reader's new bars and retraining:
to 93.8% and 100% exact). `blind33a/` to `blind34b/` (the same brief, four writers) were scored once, all on the
same commit, as the estimate after that (blind33 98.0% exact on decided mail, 7.5% triage; blind34 94.7%, 5.6%;
both 0 silent misses and 0 answered), then tuned on together in the same session (two helpers, fi and
sv+en, and the second reader retrained: all four halves to 100% exact). `blind35a/` to `blind36b/` (the same brief, four more
writers) were scored once, all on the same commit, as the estimate after that (blind35 92.9% exact on decided mail,
3.1% triage, 2 silent misses; blind36 93.9%, 8.1%, 1 answered, 1 machine mail read as a request), then tuned on
together in the same session (four helpers: fi, sv+en, then sv and en again; the second reader retrained: the halves
to 98.8%, 100%, 98.8% and 100% exact). `blind37a/` to `blind38b/` (the same brief, four more writers) were scored once,
all on the same commit, as the estimate after that (blind37 95.3% exact on decided mail, 6.2% triage, 0 silent
misses, 0 answered; blind38 94.6%, 7.5%, 1 silent miss, 0 answered, 1 machine mail read as a request, sent to a
person), then tuned on together in the same session (three helpers, fi, sv and en, each about 20 minutes; the
second reader retrained: the halves to 96.2%, 96.2%, 90.0% and 93.8% exact, the floors those, rounded down). `blind39a/`
and `blind39b/` (the same brief) were scored once as the estimate after that (97.4% exact on decided mail, 5.6%
triage, 0 silent misses, 1 answered: a phishing mail read as access), then tuned on in the next session (three
helpers, fi, sv and en, about 25 minutes each; the second reader retrained: both halves to 100% exact, the floors
capped at 0.98). `blind40a/` to `blind41b/` (the same brief, four more writers) were scored once, all on the same
commit, as the estimate after that (blind40 95.8% exact on decided mail, 10.0% triage, 0 silent misses, 1 answered:
a spam mail read as an erasure; blind41 94.7%, 6.2%, 2 silent misses, 0 answered), then tuned on in the same
session (four helpers: fi, sv, en, and the shared reading code; the second reader retrained: the halves to 95.0%,
93.8%, 92.5% and 95.0% exact, the floors those). `blind42a/` to `blind43b/` (the same brief, four more writers) were
scored once, all on the same commit, as the estimate after that (blind42 96.0% exact on decided mail, 5.6% triage,
0 silent misses, 0 answered; blind43 94.5%, 8.8%, 0 silent misses, 1 answered: an ordinary Swedish mail read as a
rectification), then tuned on in the same session (fi, sv and en helpers, about 15 minutes each; the second reader
retrained: the halves to 98.8%, 95.0%, 95.0% and 93.8% exact, the floors those, capped at 0.98). `blind44a/` to
`blind45b/` (the same brief, four more writers) were scored once, all on the same commit, as the estimate after that
(blind44 91.9% exact on decided mail, 6.9% triage, 0 silent misses, 1 answered: a Swedish account phishing read as
an erasure, its one family fixed after scoring; blind45 95.5%, 3.8%, 0, 0); their floors were their scores as scored,
then (stop 27) they were tuned on (fi, sv and en helpers; the second reader retrained: the halves to 100%, 97.5%, 96.2%
and 100% exact, the floors those, capped at 0.98).
`blind46a/` to `blind48b/` (the same brief, six more writers) were scored once, all on the same commit, as the
estimate after that (blind46 94.8% exact on decided mail, 4.4% triage; blind47 94.1%, 5.0%, one Swedish account
phishing read as a request and sent to a person; blind48 94.8%, 3.8%; no silent miss and no non-request answered in
the 480), then tuned on in the same session (fi, sv and en helpers, about 30 minutes each; the second reader
retrained: the halves to 97.5%, 92.5%, 97.5%, 92.5%, 95.0% and 96.2% exact, the floors those).
`blind49a/` to `blind50b/` (the same brief, four more writers) were scored once, both on the same commit, as the
estimate after that (blind49 96.1% exact on decided mail, 5.0% triage; blind50 97.3%, 6.2%; no silent miss, no
non-request answered, no machine mail read as a request), then tuned on in the same session (fi, sv and en helpers;
the second reader retrained: the halves to 95.0%, 95.0%, 92.5% and 97.5% exact, the floors those).
`blind51a/` to `blind52b/` (the same brief, four more writers) were scored once, both on the same commit, as the
estimate after that (blind51 95.2% exact on decided mail, 9.4% triage; blind52 97.3%, 6.2%; no silent miss, no
non-request answered, no machine mail read as a request); their floors are their scores as scored.
These floors only stop the classifier from sliding back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import classify

DATA = Path(__file__).resolve().parents[1] / "data" / "classify"
MACHINE = {"auto_reply", "bounce", "spam"}
FLOORS = {"blind": 0.98, "blind2": 0.98, "blind3": 0.98, "blind4": 0.98, "blind5": 0.93, "blind6": 0.98, "blind9": 0.98, "blind11": 0.98, "blind13a": 0.98, "blind13b": 0.98, "blind14a": 0.91, "blind14b": 0.96, "blind16a": 0.98, "blind16b": 0.98, "blind17a": 0.98, "blind17b": 0.98, "blind18a": 0.98, "blind18b": 0.98, "blind19a": 0.98, "blind19b": 0.98, "blind20a": 0.98, "blind20b": 0.97, "blind21a": 0.96, "blind21b": 0.98, "blind22a": 0.98, "blind22b": 0.96, "blind23a": 0.97, "blind23b": 0.98, "blind24a": 0.98, "blind24b": 0.96, "blind25a": 0.98, "blind25b": 0.98, "blind26a": 0.98, "blind26b": 0.98, "blind27a": 0.98, "blind27b": 0.98, "blind28a": 0.98, "blind28b": 0.98, "blind29a": 0.98, "blind29b": 0.97, "blind30a": 0.98, "blind30b": 0.98, "blind31a": 0.98, "blind31b": 0.98, "blind32a": 0.93, "blind32b": 0.98, "blind33a": 0.98, "blind33b": 0.98, "blind34a": 0.98, "blind34b": 0.98, "blind35a": 0.98, "blind35b": 0.98, "blind36a": 0.98, "blind36b": 0.98, "blind37a": 0.96, "blind37b": 0.96, "blind38a": 0.90, "blind38b": 0.93, "blind39a": 0.98, "blind39b": 0.98, "blind40a": 0.95, "blind40b": 0.93, "blind41a": 0.92, "blind41b": 0.95, "blind42a": 0.98, "blind42b": 0.95, "blind43a": 0.95, "blind43b": 0.93, "blind44a": 0.98, "blind44b": 0.97, "blind45a": 0.96, "blind45b": 0.98, "blind46a": 0.97, "blind46b": 0.92, "blind47a": 0.97, "blind47b": 0.92, "blind48a": 0.95, "blind48b": 0.96, "blind49a": 0.95, "blind49b": 0.95, "blind50a": 0.92, "blind50b": 0.97, "blind51a": 0.91, "blind51b": 0.86, "blind52a": 0.92, "blind52b": 0.91, "fresh": 0.90}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_floor(folder):
    labels = json.loads((DATA / folder / "labels.json").read_text(encoding="utf-8"))
    exact, machine_as_request = 0, []
    for label in labels:
        parsed = parse((DATA / folder / label["file"]).read_bytes())
        assert isinstance(parsed, ParsedMail), label["file"]
        got = classify(parsed)
        exact += (got.kind, set(got.intents)) == (label["kind"], set(label["intents"]))
        if label["kind"] in MACHINE and got.kind in ("request", "followup"):
            machine_as_request.append(label["file"])
    assert machine_as_request == []
    assert exact / len(labels) >= FLOORS[folder], f"{folder}: {exact}/{len(labels)}"
