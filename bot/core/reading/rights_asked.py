"""Which rights a text asks for, read sentence by sentence as a careful officer reads it. Pure.

`read_rights` finds the cues of the language packs (`bot.core.reading.vocabulary`) in each sentence
and keeps apart what is asked, what is negated ("don't delete it"), what is only asked about ("how
does erasure work?") and what reports an earlier request. Besides the cues, a few named rules read
what a sentence points at (`RULES`: a GDPR article, "it" for data or marketing named just before,
a bare "STOP" under our own newsletter), and the mappings of `bot.core.reading.mapping` turn what
was found into the rights SCHEMA.md says it is. `privacy_signal` is the safety net: a sentence
about the writer's own data that names no right still sends the mail to a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from bot.core.reading import mapping
from bot.core.reading.vocabulary import Cue, Vocabulary, default_vocabulary, fold

# --- sentences --------------------------------------------------------------------------

_PARAGRAPH = re.compile(r"\n\s*\n")
_LIST_ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[-*•]|\(?[a-h]\))\s")
_SENT_END = re.compile(r"(?<=[.!?])\s+")
_ABBREV_END = re.compile(r"(\b(art|nr|no|esim|ex|eg|e\.g|i\.e|t\.ex|mm|ym|jne|puh|p|klo|kl|tel|st|lit|abs|ca|vrt|ks|dr|mr|mrs|ms|s)|\d)\.$", re.I)


def sentences(text: str) -> list[str]:
    """Split into sentences; wrapped lines are joined, list items and short lines stand alone."""
    out: list[str] = []
    for para in _PARAGRAPH.split(text or ""):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        chunks: list[str] = []
        for line in lines:
            if (chunks and not _LIST_ITEM.match(line) and len(chunks[-1]) >= 50 and not chunks[-1].endswith((".", "!", "?", ":"))
                    and _is_quoted(line) == _is_quoted(chunks[-1])):
                chunks[-1] += " " + line
            else:
                chunks.append(line)
        for chunk in chunks:
            merged: list[str] = []
            for piece in _SENT_END.split(chunk):
                # "... inte 21 B 7. Kan ni rätta det?": a number closing a sentence before a capital ends it (an
                # ordinal such as "5. joulukuuta" is followed by lower case)
                if merged and _ABBREV_END.search(merged[-1][-12:]) and not (merged[-1][-2:-1].isdigit() and piece[:1].isupper()):
                    merged[-1] += " " + piece
                else:
                    merged.append(piece)
            # Each sentence of a quoted line keeps its mark: it is context, never read as asked (read_rights).
            out.extend(p if p.startswith(">") or not _is_quoted(chunk) else "> " + p for p in merged if p.strip())
    return out


def _is_quoted(line: str) -> bool:
    return line.startswith(">")


# --- what was found -----------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    intent: str
    rule: str  # a cue's id ("en:delete-me"), a rule's name, or a mapping's name
    snippet: str
    ref: bool = False
    past: bool = False  # in a sentence that reports an earlier request
    done: bool = False  # ... and says it was fulfilled: background, never asked


@dataclass
class Reading:
    hits: list[Hit] = field(default_factory=list)
    negated: list[Hit] = field(default_factory=list)
    questions: list[Hit] = field(default_factory=list)
    dropped: list[Hit] = field(default_factory=list)  # read as another right by a mapping (bot.core.reading.mapping)

    @property
    def intents(self) -> set[str]:
        # An earlier request the writer now takes back ("I asked you to delete it; don't") is not asked.
        revoked = {h.intent for h in self.negated}
        return {h.intent for h in self.hits
                if not h.done and not (h.past and h.intent in revoked and self._only_past(h.intent))}

    def _only_past(self, intent: str) -> bool:
        return all(h.past for h in self.hits if h.intent == intent)

    def action_intents(self) -> set[str]:
        return {h.intent for h in self.hits if not (h.ref or h.past)} & self.intents

    def ref_intents(self) -> set[str]:
        return {h.intent for h in self.hits if h.ref or h.past}


@dataclass(frozen=True)
class Sentence:
    """One sentence in folded form, with what surrounds it (for pronouns and purposes)."""

    text: str
    folded: str
    previous: str  # the sentence before
    before: tuple[str, ...]  # up to two sentences before
    following: str  # the two sentences after
    replied: str  # our own marketing mail the whole mail answers (folded), or ""
    vocab: Vocabulary


# --- judging a sentence ----------------------------------------------------------------------

_CLAUSE_PUNCT = re.compile(r"[,;:()]|\s-\s")


def _is_info_question(s: Sentence, only_asking: bool) -> bool:
    # "Could I later ask for erasure? I'm only asking in general": the writer says its questions are questions.
    return "?" in s.folded and (only_asking or not s.vocab.polite.search(s.folded))


# Where a sentence breaks into clauses that stand alone: a dash, a semicolon, a colon (a comma only before a word
# that opens a new main clause, `break_after_comma`).
_STRONG_BREAK = re.compile(r"\s-\s|;|:(?!//)|,\s*")
_QUOTE_MARKS = re.compile(r'["\u201c\u201d]')


def _question_from(s: Sentence) -> int:
    """Where the question of a sentence with a "?" begins: after a command that stands before it as a clause of
    its own ("Delete my account - but before that, what data do you have on me?", "Radera mitt konto, men innan
    dess: vilka uppgifter har ni om mig?"), else 0, the whole sentence.

    The command ends at the last strong break before the first "?", and no clause before that break opens as a
    question (`question_opening`: "Should I delete my account - or wait?", "Jos poistan tilini – menetänkö ...")
    or quotes anything (our FAQ quoted)."""
    w = s.vocab.words
    first_q = s.folded.find("?")
    breaks = [m for m in _STRONG_BREAK.finditer(s.folded, 0, max(first_q, 0))
              if not m.group(0).startswith(",") or w["break_after_comma"].match(s.folded, m.end())]
    if not breaks:
        return 0
    cut = breaks[-1]
    if _QUOTE_MARKS.search(s.folded, 0, cut.start()):
        return 0  # what the head quotes ('your FAQ says "delete your account ..." - is that so?') is not the writer's command
    for start, end in zip([0] + [b.end() for b in breaks[:-1]], [b.start() for b in breaks]):
        clause = s.folded[start:end].strip(" -,;:'\u201c\u201d\"")
        if not clause or w["question_opening"].match(clause):
            return 0
    return cut.end()


_WORD_REST = re.compile(r"\w{0,40}")


def _negated(s: Sentence, start: int, end_of_verb: int, language: str) -> bool:
    v = s.vocab
    neg = v.negation.get(language, v.negation["other"])
    folded = v.words["not_only"].sub(lambda m: " " * len(m.group(0)), s.folded)  # "not only X but Y" negates neither
    prefix = folded[max(0, start - 70) : start]
    cut = max([m.end() for m in _CLAUSE_PUNCT.finditer(prefix)] + [m.end() for m in v.clause_breaks.finditer(prefix)], default=0)
    # a positive command or wish at or before the cue ("... tiliä ni pyyhkikää mun tiedot") starts a clause of its own
    # ... or inside the cue, in its clause ("tiliä teillä ni poistakaa"); not one after a break ("poistaa, mutta haluaisin")
    commands = [m.start() for m in v.words["unnegated_command"].finditer(folded, max(0, start - 70), end_of_verb + 40)
                if m.start() <= start or (m.start() < end_of_verb and not (_CLAUSE_PUNCT.search(folded, start, m.start())
                                                                           or v.clause_breaks.search(folded, start, m.start())))]
    cut = max([cut] + [c - max(0, start - 70) for c in commands])
    prefix = prefix[cut:]
    # the span ends at a word's end: a cue cut at 25 characters must not read "not" in "the notes"
    word_end = _WORD_REST.match(folded, end_of_verb)
    span = folded[start : word_end.end() if word_end else end_of_verb]
    if v.words["negation_after"].match(folded, end_of_verb):
        return True  # "radera dem inte"
    for wish in v.words["negated_wish"].finditer(folded, max(0, start - 70), start):
        # "En halua, että poistatte tilini": the comma before "että" is inside the negated wish, not a new clause.
        between = folded[wish.end() : start]
        if not (_CLAUSE_PUNCT.search(between) or v.clause_breaks.search(between) or any(c >= wish.end() for c in commands)):
            return True
    if v.new_clause_and.search(prefix):
        # "don't send me emails and delete my account": the "and" starts a new, positive command
        return bool(neg.search(span))
    return bool(neg.search(prefix) or neg.search(span))


def _judge_marketing(v: Vocabulary, text: str) -> tuple[bool, bool]:
    w = v.words
    mkt = bool(w["marketing"].search(text) or w["marketing_tracking"].search(text))
    rest = w["marketing_tracking"].sub(" ", text)
    if w["marketing_purpose"].search(text):
        rest = w["profiling_methods"].sub(" ", rest)  # the stated purpose is marketing
    return mkt, bool(w["non_marketing"].search(rest))


def _purposes(s: Sentence) -> tuple[bool, bool]:
    """(marketing, another purpose) for an objection, read in its sentence.

    Tracking of marketing mail and ad targeting are marketing, so their spans are left out of the
    "other purpose" test. A sentence that names no purpose at all ("stop that profiling, then")
    points back at the one before it; the first sentence (often the subject line: "Stop profiling
    me") has none before it, so it points ahead to the next ones, where the writer says what for.
    """
    mkt, other = _judge_marketing(s.vocab, s.folded)
    if not (mkt or other) and s.previous:
        mkt, other = _judge_marketing(s.vocab, s.previous)
    if not (mkt or other) and not s.previous and s.following:
        mkt, other = _judge_marketing(s.vocab, s.following)
    if not (mkt or other) and s.replied:
        mkt = True  # "I object to this" under our newsletter
    return mkt, other


def _about_marketing(s: Sentence, hit: Hit) -> bool:
    return _purposes(s)[0]


def _about_another_purpose(s: Sentence, hit: Hit) -> bool:
    return _purposes(s)[1]


def _consent_to_marketing(s: Sentence, hit: Hit) -> bool:
    """A withdrawn consent that was a consent to marketing.

    Marketing named in the sentence ("I withdraw my consent to the newsletter"), mail named as what
    the consent was for ("pulling my consent for all of these emails"), the consent pointed back to
    ("that consent", "tuon suostumukseni") with marketing named in the two sentences before, "it"
    for a marketing consent named just before, or a consent that names no other purpose in a reply
    to our own newsletter ("Peruutan suostumukseni" above it). Cookies are not marketing consents.
    """
    w = s.vocab.words
    if w["consent_not_marketing"].search(s.folded):
        return False
    if w["marketing"].search(s.folded) or w["consent_for_mail"].search(s.folded):
        return True
    # "withdrawal of my consent to:" and a list after it: the items are what the consent was for
    if _list_follows(s) and (w["marketing"].search(s.following) or w["consent_for_mail"].search(s.following)):
        return True
    if s.replied and not w["non_marketing"].search(s.folded):
        return True
    # "Ni skickar erbjudanden per sms. Jag gav mitt samtycke en gång, men nu tar jag tillbaka det.": a cue may read
    # the consent and its "it" in one sentence before the rule does; either way the marketing may be named just before
    # ("Perun tämän luvan": "that consent" is read below, nearest antecedent first)
    if hit.rule == "consent-named-before" or (not w["consent_pointed_back"].search(s.folded) and _rule_consent_named_before(s, hit.past)):
        context = s.previous + " " + s.folded
        return _marketing_named(s.vocab, context) and not w["consent_not_marketing"].search(context)
    if w["consent_pointed_back"].search(s.folded):
        # The nearest antecedent wins: "Please fix my number, the delivery SMS go to the old one. Last time I let you
        # save my card. I cancel that permission." - a consent to a card, a review, a photo or survey contact named
        # just before (and no marketing there) is what "that permission" is, whatever was named further back.
        if _names_consented_item(w, s.previous) and not _marketing_named(s.vocab, s.previous):
            return False
        context = " ".join(s.before)
        # "a consent for the website instead of an ad campaign": marketing named as what it was not
        return bool(_marketing_named(s.vocab, context)) and not (
            w["consent_not_marketing"].search(context) or w["not_this_but"].search(context))
    return False


_CONSENTED_ITEMS = ("consent_not_marketing", "stored_card", "shown_by_consent", "picture_of_me", "survey_contact")


def _names_consented_item(w, text: str) -> bool:
    """`text` names something kept by a consent that is not marketing: cookies, a saved card, a review with one's
    name, a picture of one, contact for surveys (SCHEMA: withdrawing such a consent is consent_withdrawal only)."""
    return any(w[key].search(text) for key in _CONSENTED_ITEMS)


def _consent_to_marketing_cookies(s: Sentence, hit: Hit) -> bool:
    cookies = s.vocab.words["marketing_cookies"]
    return bool(cookies.search(s.folded) or (_list_follows(s) and cookies.search(s.following)))


def _list_follows(s: Sentence) -> bool:
    """The sentence ends in a colon: what follows (list items, read as sentences of their own) is its object."""
    return s.folded.rstrip().endswith(":")


def _off_everything_under_marketing(s: Sentence, hit: Hit) -> bool:
    """"You send ads and texts all the time. Remove me from everything." - the writer taken off "everything"
    (the hit's own words, not "delete my account" beside it) with marketing named in the two sentences
    before, earlier in its own, or in our own marketing mail quoted below: the mailings are the everything."""
    m = s.vocab.words["off_everything"].search(s.folded)
    if not m or fold(hit.snippet) not in m.group(0):
        return False
    return _marketing_named(s.vocab, " ".join((s.replied, *s.before, s.folded[: m.start()])))


def _consent_to_survey_contact(s: Sentence, hit: Hit) -> bool:
    """"Sluta ringa mig" (the subject) over "you call me about a customer survey; I withdraw that consent": the contact
    stopped is the survey contact whose consent is taken back, no marketing. The stop's sentence with the one before it
    (or the two after it when it is the first, the subject line) names a consent and survey contact, and no marketing."""
    w = s.vocab.words
    context = s.previous + " " + s.folded if s.previous else s.folded + " " + s.following
    return bool(w["survey_contact"].search(context) and w["consent_word"].search(context)) and not _marketing_named(s.vocab, context)


def _about_an_order(s: Sentence, hit: Hit) -> bool:
    return bool(s.vocab.words["order_context"].search(s.folded))


def _about_the_record(s: Sentence, hit: Hit) -> bool:
    return bool(s.vocab.words["record_context"].search(s.folded))


# The closed list of conditions the mappings may name.
CONDITIONS: dict[str, Callable[[Sentence, Hit], bool]] = {
    "about_marketing": _about_marketing,
    "about_another_purpose": _about_another_purpose,
    "consent_to_marketing": _consent_to_marketing,
    "consent_to_marketing_cookies": _consent_to_marketing_cookies,
    "off_everything_under_marketing": _off_everything_under_marketing,
    "consent_to_survey_contact": _consent_to_survey_contact,
    "about_an_order": _about_an_order,
    "about_the_record": _about_the_record,
}
mapping.check(mapping.MAPPINGS, CONDITIONS)


def _marketing_named(v: Vocabulary, text: str) -> bool:
    return bool(v.words["marketing"].search(text) or v.words["offers"].search(text))


# --- rules besides the cues ------------------------------------------------------------------

_ARTICLE_INTENTS = {7: "consent_withdrawal", 15: "access", 16: "rectification", 17: "erasure", 18: "restriction",
                    20: "portability", 21: "objection"}


def _rule_article(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """A GDPR article named: it only names the right (ref), as "my erasure request" does."""
    out = []
    for m in s.vocab.article.finditer(s.folded):
        num = int(m.group("num") or m.group("num2"))
        sub = m.group("sub") or m.group("sub2") or m.group("sub3")
        intent = _ARTICLE_INTENTS.get(num)
        if num == 7 and sub != "3":
            intent = None
        if num == 21 and sub in ("2", "3"):
            intent = "marketing_ban"
        if intent:
            out.append((Hit(intent, "article", m.group(0).strip(), ref=True, past=past), m.start(), m.end()))
    return out


def _one_back(s: Sentence, at: int) -> str:
    """Where a pronoun at `at` looks for what it stands for: the sentence before and this one up to it."""
    return s.previous + " " + s.folded[:at]


def _two_back(s: Sentence, at: int) -> str:
    """The same, up to two sentences back."""
    return " ".join((*s.before, s.folded[:at]))


def _rule_consent_named_before(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """"I gave consent to e-mail marketing. I withdraw it herewith." - the pronoun is the consent;
    "I said yes to the cookies by mistake. I take it back." - a consent without the word. The consent
    may be named earlier in the same sentence: "I agreed to the newsletter then, but now I withdraw it"."""
    w = s.vocab.words
    m = w["withdraw_pronoun"].search(s.folded)
    before = _one_back(s, m.start()) if m else ""
    if m and (w["consent_word"].search(before) or w["consent_given"].search(before)):
        return [(Hit("consent_withdrawal", "consent-named-before", m.group(0), past=past), m.start(), m.end())]
    return []


def _rule_erase_pronoun(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """"Send me a copy of what you hold on me, then wipe it": "it" is the data named just before.
    Without the antecedent, or when it is an order or a basket item, nothing is read."""
    w = s.vocab.words
    m = w["erase_pronoun"].search(s.folded)
    if not m:
        return []
    # The same sentence first ("I withdraw my consent to the recording and ask you to delete it": an order told of
    # before is not what "it" is), then the sentence before, else up to two back, as for "correct it": "You have my
    # address and number there. They need not be there any more. Delete them."
    for before in (s.folded[: m.start()], _one_back(s, m.start()), _two_back(s, m.start())):
        if w["data_named"].search(before) and not w["pronoun_not_data"].search(before):
            return [(Hit("erasure", "erase-pronoun", m.group(0), past=past), m.start(), m.end())]
    return []


def _rule_correct_pronoun(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """"Your records show my year of birth as 1975; it is 1957. Please correct it." - "it" is the
    writer's own detail named in the two sentences before (a name, an address, a number), said to be
    changed or wrong or named as held in our records. A detail only given ("My name is John. The app
    crashes, please fix it.") is no antecedent, nor is an order or a product named there."""
    w = s.vocab.words
    m = w["correct_pronoun"].search(s.folded)
    if not m:
        return []
    # The sentence before, else up to two back: "My surname is X with you. The right one is Y. Can you correct it?"
    # The nearest antecedent wins: a review or an order named further back does not take "it" from the detail just named.
    # "On the parcel my name is spelled X. Please fix it before my next order": a fix for the record (the orders to
    # come, the account) makes the order or parcel named before where the detail was seen, not what "it" is.
    for_the_record = bool(w["record_context"].search(s.folded[m.end():]))
    for before in (_one_back(s, m.start()), _two_back(s, m.start())):
        if (w["own_detail"].search(before) and (w["detail_change"].search(before) or w["detail_held"].search(before))
                and (for_the_record or not w["pronoun_not_data"].search(before))):
            return [(Hit("rectification", "correct-pronoun", m.group(0), past=past), m.start(), m.end())]
    return []


def _rule_copy_pronoun(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """"Delete my data, but first send me a copy of it": "it" is the data named just before."""
    w = s.vocab.words
    m = w["copy_pronoun"].search(s.folded)
    if not m:
        return []
    before = _two_back(s, m.start())
    if w["data_named"].search(before) and not w["pronoun_not_data"].search(before):
        return [(Hit("access", "copy-pronoun", m.group(0), past=past), m.start(), m.end())]
    return []


def _rule_off_survey_pronoun(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """"They asked me to take part in customer interviews and I said yes. Could you take me off that?" -
    "that" is the survey or interview contact named in the two sentences before: a consent taken back
    (SCHEMA: survey contact is not marketing). Off anything else (a list of offers, an order) nothing is read."""
    w = s.vocab.words
    m = w["off_pronoun"].search(s.folded)
    if m and w["survey_contact"].search(_two_back(s, m.start())) and not _marketing_named(s.vocab, s.previous):
        return [(Hit("consent_withdrawal", "off-survey-pronoun", m.group(0), past=past), m.start(), m.end())]
    return []


def _rule_picture_pronoun(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """"You posted a photo of my house without asking. Take it down." - "it" is the picture named
    just before; taking it down is erasure (unless it comes with a withdrawn consent to it)."""
    w = s.vocab.words
    m = w["take_down_pronoun"].search(s.folded)
    if m and w["picture_of_me"].search(_two_back(s, m.start())):
        return [(Hit("erasure", "picture-pronoun", m.group(0), past=past), m.start(), m.end())]
    return []


def _rule_stop_pronoun(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """"I never agreed to ad texts, but the offers come weekly. Stop it." - a stop whose object is
    the marketing named in the two sentences before, or the newsletter of ours the mail replies to."""
    m = s.vocab.words["stop_pronoun"].search(s.folded)
    if m and _marketing_named(s.vocab, " ".join((s.replied, *s.before, s.folded[: m.start()]))):
        return [(Hit("marketing_ban", "stop-pronoun", m.group(0), past=past), m.start(), m.end())]
    return []


def _rule_bare_stop(s: Sentence, past: bool) -> list[tuple[Hit, int, int]]:
    """A sentence that is only "STOP", "Lopettakaa." or "Avregistrera mig" asks to stop what it
    answers: the marketing named in the sentence before, or our newsletter quoted below it."""
    m = s.vocab.words["bare_stop"].search(s.folded)
    if m and _marketing_named(s.vocab, " ".join((s.replied, *s.before))):
        return [(Hit("marketing_ban", "bare-stop-under-our-marketing", m.group(0).strip(), past=past), m.start(), m.end())]
    return []


# Named reading rules, in order; each returns (hit, start, end) for what it found.
RULES: tuple[tuple[str, Callable[[Sentence, bool], list[tuple[Hit, int, int]]]], ...] = (
    ("article", _rule_article),
    ("consent-named-before", _rule_consent_named_before),
    ("erase-pronoun", _rule_erase_pronoun),
    ("copy-pronoun", _rule_copy_pronoun),
    ("correct-pronoun", _rule_correct_pronoun),
    ("picture-pronoun", _rule_picture_pronoun),
    ("off-survey-pronoun", _rule_off_survey_pronoun),
    ("stop-pronoun", _rule_stop_pronoun),
    ("bare-stop-under-our-marketing", _rule_bare_stop),
)
# A picture taken down because its consent is withdrawn is the withdrawal's effect, not another right.
_RULE_YIELDS = {"picture-pronoun": "consent_withdrawal"}
# Rules read even beside a cue of the same right (an article only names it), and rules that are no
# commands of their own (never negated).
_BESIDE_CUES = frozenset({"article"})
_NOT_NEGATABLE = frozenset({"article", "consent-named-before", "stop-pronoun", "bare-stop-under-our-marketing"})


# --- reading ---------------------------------------------------------------------------------


def _in_condition(s: Sentence, start: int) -> bool:
    """The words before `start`, in the same clause, open a condition: "until you have corrected my
    birth date, don't use my data" mentions the correction and asks the restriction."""
    prefix = s.folded[max(0, start - 40) : start]
    opened = [m.end() for m in s.vocab.words["condition_clause"].finditer(prefix)]
    return bool(opened) and not _CLAUSE_PUNCT.search(prefix[opened[-1] :])


_QUOTED_SPAN = re.compile(r'["\u201c\u201d][^"\u201c\u201d]*(["\u201c\u201d]|$)')


def _we_wrote_it(s: Sentence, start: int) -> bool:
    """A right named in what our own mail told the writer ("I got a message from you that my account
    will be deleted unless I log in"; "ni skrev att jag kan radera mitt konto"): ours, background, not
    asked. Only in the same clause: a "but" after the report starts the writer's own words."""
    said = s.vocab.words["we_wrote"].search(s.folded, 0, start)
    if not said:
        return False
    # what our text says in quotation marks is ours, however long ('your policy says "..." and that I can ...')
    between = _QUOTED_SPAN.sub('""', s.folded[said.end() : start])
    # a comma, a "but", or the writer's own wish ("... and I want it deleted") starts the writer's words
    return len(between) <= 40 and not (_CLAUSE_PUNCT.search(between) or s.vocab.clause_breaks.search(between)
                                       or s.vocab.polite.search(between))


def _declined_spans(s: Sentence) -> list[tuple[int, int]]:
    """Where the writer declines a right ("I could ask you to delete it, but I won't", "men det vill jag
    inte", "later, but not now"), holds it as a threat ("if ..., I'll ask you to delete it"), or names its
    own act in a condition ("if I delete my account, will I lose the warranty?"): a cue inside such a span
    is named, not asked. The span ends with the declining clause, so a new command after it ("..., so
    please delete it for me") still counts."""
    spans = [(m.start(), m.end()) for key in ("declined", "threatened", "own_act_if") for m in s.vocab.words[key].finditer(s.folded)]
    if s.following:
        # "Jag vet att jag kan be er radera mitt konto. Det tänker jag inte göra.": declined by the next sentence
        spans += [(m.start(), min(m.end(), len(s.folded)))
                  for m in s.vocab.words["declined_next"].finditer(s.folded + " || " + s.following) if m.start() < len(s.folded)]
    return spans


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def _cue_hits(s: Sentence, cues: tuple[Cue, ...], past: bool, done: bool, info_q: bool, language: str, reading: Reading,
              q_from: int, declined: list[tuple[int, int]]):
    """The cues `s` asks, named or declined ones set aside in `reading`; `declined`: `_declined_spans(s)`."""
    found: list[tuple[Cue | None, Hit]] = []
    same_length = len(s.folded) == len(s.text)
    # a list of the rights the writer has (the policy's list, read back): background, like what our mail said
    listed = [(m.start(), m.end()) for m in s.vocab.words["rights_listed"].finditer(s.folded)]
    maybe = s.vocab.cue_gate.candidates(s.folded)
    for cue in (cues[i] for i in sorted(maybe)):
        if cue.needs is not None and not cue.needs.search(s.folded):
            continue
        m = cue.pattern.search(s.folded)
        if not m or (cue.unless is not None and cue.unless.search(s.folded)):
            continue
        snippet = (s.text if same_length else s.folded)[m.start() : m.end()]
        ref = cue.ref or _in_condition(s, m.start())
        hit = Hit(cue.intent, cue.id, " ".join(snippet.split())[:80], ref, past,
                  done or _we_wrote_it(s, m.start()) or _within(listed, m.start()))
        if info_q and m.start() >= q_from and not cue.in_question:
            reading.questions.append(hit)
            continue
        # a right the writer says they could ask but will not, or not now, is declined whatever its cue
        if _within(declined, m.start()) or (cue.negatable and _negated(s, m.start(), min(m.end(), m.start() + 25), language)):
            reading.negated.append(hit)
            continue
        found.append((cue, hit))
    return found


def _apply_mappings(s: Sentence, hit: Hit, reading: Reading) -> bool:
    """Add the rights the mappings say `hit` also asks; False when a mapping drops the hit itself."""
    keep = True
    for m in mapping.MAPPINGS:
        if m.right != hit.intent or not CONDITIONS[m.when](s, hit):
            continue
        if m.adds:
            # what a right found as background also asks is background too
            reading.hits.append(Hit(m.adds, f"{hit.rule} -> {m.name}", hit.snippet, hit.ref, hit.past, hit.done))
        elif m.drops and not (m.unless and CONDITIONS[m.unless](s, hit)):
            keep = False
            reading.dropped.append(_dropped_by(hit, m.name))
    return keep


def read_rights(text: str, language: str, vocab: Vocabulary | None = None, *, replied: str = "") -> Reading:
    """The rights `text` asks for. `replied`: folded words of our own marketing mail that the text
    answers (quoted below it), which a pronoun, a bare "STOP" or a bare "my consent" points at."""
    v = vocab or default_vocabulary()
    reading = Reading()
    card_erasures: list[Hit] = []
    old_details: list[tuple[int, Hit]] = []  # rectifications read from an old detail named, by sentence
    erased_at: list[int] = []  # sentences with an erasure of "them" (erase-pronoun)
    split = sentences(text)
    folded_all = [fold(x) for x in split]
    only_asking = any(v.words["only_asking"].search(f) for f in folded_all)
    for i, sentence in enumerate(split):
        if _is_quoted(sentence):
            continue  # a passage the writer quotes: what a pronoun after it points at, not what is asked
        s = Sentence(sentence, folded_all[i], folded_all[i - 1] if i else "", tuple(folded_all[max(0, i - 2) : i]),
                     " ".join(folded_all[i + 1 : i + 3]), replied, v)
        info_q = _is_info_question(s, only_asking)
        past = bool(v.past_request.search(s.folded))
        done = (past and bool(v.words["request_done"].search(s.folded))) or bool(v.words["thanked_for"].search(s.folded))
        # a command before the question, in a clause of its own, is still asked
        q_from = _question_from(s) if info_q else 0
        declined = _declined_spans(s)
        found = _cue_hits(s, v.cues, past, done, info_q, language, reading, q_from, declined)
        for name, rule in RULES:
            if info_q and not q_from:
                continue
            for hit, start, end in rule(s, past):
                if info_q and start >= q_from:
                    continue
                if name not in _BESIDE_CUES and any(h.intent == hit.intent for _, h in found):
                    continue
                if _within(declined, start) or (name not in _NOT_NEGATABLE and _negated(s, start, end, language)):
                    reading.negated.append(hit)  # "don't delete it"; a stop carries its own negation
                    continue
                found.append((None, hit))
        present = {h.intent for _, h in found}
        for cue, hit in found:
            yields_to = cue.yields_to if cue is not None else _RULE_YIELDS.get(hit.rule)
            if yields_to and yields_to in present:
                continue
            if _apply_mappings(s, hit, reading):
                reading.hits.append(hit)
                if hit.intent == "rectification" and v.words["old_detail"].search(fold(hit.snippet)):
                    old_details.append((i, hit))
                if hit.rule == "erase-pronoun":
                    erased_at.append(i)
                # "I no longer consent to you storing my card details. Please remove it.": the pronoun's card is in the sentence before
                pronoun = hit.rule == "erase-pronoun"
                about = s.folded + (" " + s.previous if pronoun else "")
                # a review or photo named beside an erasure whose own words name the account or the data is not its item
                # ("delete my account, my reviews and everything else" still erases)
                own_data = not pronoun and v.words["data_named"].search(fold(hit.snippet))
                if hit.intent == "erasure" and (v.words["stored_card"].search(about)
                                                or (v.words["shown_by_consent"].search(about) and not own_data)):
                    card_erasures.append(hit)
    _drop_card_erasure(reading, card_erasures)
    _drop_old_detail_erased(reading, old_details, erased_at)
    _drop_talked_about(reading, only_asking)
    return reading


def _dropped_by(hit: Hit, why: str) -> Hit:
    """The hit as set aside, its rule naming what set it aside (shown in the reasons)."""
    return replace(hit, rule=f"{hit.rule} -> {why}")


def _drop_old_detail_erased(reading: Reading, old_details: list[tuple[int, Hit]], erased_at: list[int]) -> None:
    """"You still have my old address and number in the history. I want you to delete them.": the old
    details are named to be erased, not corrected. A rectification read only from an old detail named
    ("min gamla adress") in the sentence of an erasure of "them", or in one of the two before it, is dropped."""
    gone = [h for i, h in old_details if any(0 <= j - i <= 2 for j in erased_at)]
    if not gone:
        return
    reading.hits = [h for h in reading.hits if not any(h is g for g in gone)]
    reading.dropped.extend(_dropped_by(h, "old-detail-erased") for h in gone)


def _drop_card_erasure(reading: Reading, card_erasures: list[Hit]) -> None:
    """SCHEMA: withdrawing a consent to a stored payment card, or to a review shown with one's name, is
    consent_withdrawal only. "I withdraw that consent. Remove the card details." - removing the card
    (or the review) is what the withdrawal asks; an erasure read elsewhere in the mail (the account,
    all my data) still counts."""
    erasures = [h for h in reading.hits if h.intent == "erasure"]
    if not card_erasures or len(card_erasures) != len(erasures) or "consent_withdrawal" not in reading.intents:
        return
    reading.hits = [h for h in reading.hits if h.intent != "erasure"]
    reading.dropped.extend(_dropped_by(h, "consented-item-withdrawn") for h in card_erasures)


def _drop_talked_about(reading: Reading, only_asking: bool = False) -> None:
    """A right only named ("Fråga om radering", "my erasure request") that the text itself asks
    about or declines ("would I lose the warranty if I deleted my account? I don't want to yet"),
    or that the writer names in a mail they say asks nothing ("Not a request, just feedback: your
    policy mixes up withdrawal and erasure"), is talked about, not asked."""
    talked = {h.intent for h in reading.negated + reading.questions}
    if only_asking:
        talked |= {h.intent for h in reading.hits}
    for intent in talked:
        named = [h for h in reading.hits if h.intent == intent]
        if named and all(h.ref for h in named):
            reading.hits = [h for h in reading.hits if h.intent != intent]
            reading.questions.extend(Hit(h.intent, h.rule + " (named, but asked about or declined)", h.snippet, True, h.past)
                                     for h in named)


# --- the safety net ---------------------------------------------------------------------------


def privacy_signal(text: str, vocab: Vocabulary | None = None) -> str | None:
    """The first sentence that talks about the writer's personal data, or None.

    A strong topic word (GDPR, "personal data", henkilötiedot, personuppgifter) is enough when the
    writer speaks of themselves in the sentence (the policy quoted in general is not their data); a
    weaker one (my data, the register, consent, the newsletter) needs a verb of doing something
    to it (delete, correct, use, keep, see, stop) in the same sentence; "about me" / "on me"
    also takes a verb of having or knowing ("what have you got on me?"). A right the writer
    declines, and an earlier request reported as done, are not signals.
    """
    v = vocab or default_vocabulary()
    w = v.words
    for sentence in sentences(text):
        if _is_quoted(sentence):
            continue  # quoted, not the writer's own words
        folded = fold(sentence)
        if (w["declined"].search(folded) or w["thanked_for"].search(folded)
                or (v.past_request.search(folded) and w["request_done"].search(folded))
                or v.screening["unsubscribe_footer"].search(sentence)):
            continue  # a right the writer will not ask, one done long ago, or a sender's opt-out footer
        if ((w["privacy_strong"].search(folded) and (w["first_person"].search(folded) or w["about_me"].search(folded)))
                or ((w["privacy_topic"].search(folded) or w["about_me"].search(folded)) and w["privacy_action"].search(folded))
                or (w["about_me"].search(folded) and w["privacy_have"].search(folded))
                or _story_signal(w, folded)):
            return " ".join(sentence.split())[:80]
    return None


def _story_signal(w, folded: str) -> bool:
    """A request told as a story about the writer's own details, without the vocabulary of rights.

    - an own contact detail that changed or is wrong, held in an account, list or system
      ("my number changed, put the new one on my account", "you still have my old address");
    - a note, recording or chat kept about the writer, and something done with it
      ("don't pass that note on", "can I get the call recording", "don't use my chats");
    - feeding the writer's data to an AI; "I don't want you to have/keep my ..."; a death and
      the dead person's account or mail; "what information do you hold on her".
    """
    if w["ai_training"].search(folded) or w["dont_keep"].search(folded) or w["held_on_someone"].search(folded):
        return True
    if w["own_detail"].search(folded) and w["detail_change"].search(folded) and w["detail_held"].search(folded):
        return True
    if w["kept_about_me"].search(folded) and w["kept_action"].search(folded):
        return True
    return bool(w["death"].search(folded) and w["death_action"].search(folded))
