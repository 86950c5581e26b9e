"""Which rights a text asks for, read sentence by sentence as a careful officer reads it. Pure.

`read_rights` finds the cues of `bot.core.reading.cues` in each sentence and keeps apart what is
asked, what is negated ("don't delete it"), what is only asked about ("how does erasure work?")
and what reports an earlier request. `privacy_signal` is the safety net: a sentence about the
writer's own data that names no right still sends the mail to a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.reading import lexicon
from bot.core.reading.cues import CUES
from bot.core.reading.lexicon import Cue, fold

# --- sentences --------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[-*•]|\(?[a-h]\))\s")
_SENT_END = re.compile(r"(?<=[.!?])\s+")
_ABBREV_END = re.compile(r"(\b(art|nr|no|esim|ex|eg|e\.g|i\.e|t\.ex|mm|ym|jne|puh|p|klo|kl|tel|st|lit|abs|ca|vrt|ks|dr|mr|mrs|ms|s)|\d)\.$", re.I)


def sentences(text: str) -> list[str]:
    """Split into sentences; wrapped lines are joined, list items and short lines stand alone."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text or ""):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        chunks: list[str] = []
        for line in lines:
            if chunks and not _LIST_ITEM.match(line) and len(chunks[-1]) >= 50 and not chunks[-1].endswith((".", "!", "?", ":")):
                chunks[-1] += " " + line
            else:
                chunks.append(line)
        for chunk in chunks:
            pieces = _SENT_END.split(chunk)
            merged: list[str] = []
            for piece in pieces:
                if merged and _ABBREV_END.search(merged[-1]):
                    merged[-1] += " " + piece
                else:
                    merged.append(piece)
            out.extend(p for p in merged if p.strip())
    return out


# --- rights in the text ------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    intent: str
    rule: str
    snippet: str
    ref: bool = False
    past: bool = False  # in a sentence that reports an earlier request


@dataclass
class Reading:
    hits: list[Hit] = field(default_factory=list)
    negated: list[Hit] = field(default_factory=list)
    questions: list[Hit] = field(default_factory=list)

    @property
    def intents(self) -> set[str]:
        # An earlier request the writer now takes back ("I asked you to delete it; don't") is not asked.
        revoked = {h.intent for h in self.negated}
        return {h.intent for h in self.hits if not (h.past and h.intent in revoked and self._only_past(h.intent))}

    def _only_past(self, intent: str) -> bool:
        return all(h.past for h in self.hits if h.intent == intent)

    def action_intents(self) -> set[str]:
        return {h.intent for h in self.hits if not (h.ref or h.past)} & self.intents

    def ref_intents(self) -> set[str]:
        return {h.intent for h in self.hits if h.ref or h.past}


def _cues_for(language: str) -> tuple[Cue, ...]:
    return CUES  # all languages: mixed mail and misdetected short lines are common


def _is_info_question(sentence_folded: str) -> bool:
    if "?" not in sentence_folded:
        return False
    return not lexicon.POLITE.search(sentence_folded)


def _negated(folded: str, start: int, end_of_verb: int, language: str) -> bool:
    neg = lexicon.NEGATION_RE.get(language, lexicon.NEGATION_RE["other"])
    prefix = folded[max(0, start - 70) : start]
    breaks = list(lexicon.CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    if lexicon.NEW_CLAUSE_AND.search(prefix):
        # "don't send me emails and delete my account": the "and" starts a new, positive command
        return bool(neg.search(folded[start:end_of_verb]))
    span = folded[start:end_of_verb]
    return bool(neg.search(prefix) or neg.search(span))


def _about_marketing(folded: str, previous: str, following: str = "") -> tuple[bool, bool]:
    """(marketing, other purpose) for an objection, read in its sentence.

    Tracking of marketing mail and ad targeting are marketing, so their spans are left out of the
    "other purpose" test. A sentence that names no purpose at all ("stop that profiling, then")
    points back at the one before it; the first sentence (often the subject line: "Stop
    profiling me") has none before it, so it points ahead to the next ones, where the writer
    says what the profiling is for.
    """
    def judge(text: str) -> tuple[bool, bool]:
        mkt = bool(lexicon.MARKETING_WORDS.search(text) or lexicon.MARKETING_TRACKING.search(text))
        rest = lexicon.MARKETING_TRACKING.sub(" ", text)
        if lexicon.MARKETING_PURPOSE.search(text):
            rest = lexicon.PROFILING_METHODS.sub(" ", rest)  # the stated purpose is marketing
        other = bool(lexicon.NON_MARKETING_WORDS.search(rest))
        return mkt, other

    mkt, other = judge(folded)
    if not (mkt or other) and previous:
        mkt, other = judge(previous)
    if not (mkt or other) and not previous and following:
        mkt, other = judge(following)
    return mkt, other


def _consent_named_before(folded: str, previous: str) -> bool:
    # "I gave consent to e-mail marketing. I withdraw it herewith." - the pronoun is the consent;
    # "I said yes to the cookies by mistake. I take it back." - a consent without the word.
    named = lexicon.CONSENT_WORD.search(previous) or lexicon.CONSENT_GIVEN.search(previous)
    return bool(named and lexicon.WITHDRAW_PRONOUN.search(folded))


def _consent_to_marketing(folded: str, before: list[str]) -> bool:
    """A withdrawn consent that was a consent to marketing.

    Marketing named in the sentence ("I withdraw my consent to the newsletter"), mail named as what
    the consent was for ("pulling my consent for all of these emails"), or the consent pointed
    back to ("that consent", "det godkännandet", "tuon suostumukseni") with marketing named in
    the two sentences before. Cookies are not marketing consents.
    """
    if "cookie" in folded.replace("evaste", "cookie") or lexicon.CONSENT_NOT_MARKETING.search(folded):
        return False
    if lexicon.MARKETING_WORDS.search(folded) or lexicon.CONSENT_FOR_MAIL.search(folded):
        return True
    if lexicon.CONSENT_POINTED_BACK.search(folded):
        context = " ".join(before)
        # "a consent for the website instead of an ad campaign": marketing named as what it was not
        return bool(lexicon.MARKETING_NAMED.search(context)) and not (
            lexicon.CONSENT_NOT_MARKETING.search(context) or lexicon.NOT_THIS_BUT.search(context))
    return False


def _pronoun_hits(folded: str, previous: str, past: bool) -> list[tuple[Hit, int, int]]:
    """Commands whose object is a pronoun for what was named just before (same or previous sentence).

    "Send me a copy of what you hold on me, then wipe it" is erasure of the data; "I never agreed
    to ad texts, but the offers come weekly. Stop it." is a marketing ban. Without the antecedent
    ("remove it from my basket") nothing is read.
    """
    hits: list[tuple[Hit, int, int]] = []
    context = previous + " " + folded
    m = lexicon.ERASE_PRONOUN.search(folded)
    before = context[: len(previous) + 1 + m.start()] if m else ""
    if m and lexicon.DATA_NAMED.search(before) and not lexicon.PRONOUN_NOT_DATA.search(before):
        hits.append((Hit("erasure", "data named before the pronoun", m.group(0), past=past), m.start(), m.end()))
    m = lexicon.STOP_PRONOUN.search(folded)
    if m and lexicon.MARKETING_NAMED.search(context[: len(previous) + 1 + m.start()]):
        hits.append((Hit("marketing_ban", "marketing named before the pronoun", m.group(0), past=past), m.start(), m.end()))
    return hits


def read_rights(text: str, language: str) -> Reading:
    reading = Reading()
    previous = ""
    split = sentences(text)
    folded_all = [fold(s) for s in split]
    for i, sentence in enumerate(split):
        folded = folded_all[i]
        prev, previous = previous, folded
        info_q = _is_info_question(folded)
        past = bool(lexicon.PAST_REQUEST.search(folded))
        found: list[tuple[Cue | None, Hit]] = []
        for cue in _cues_for(language):
            if cue.needs is not None and not cue.needs.search(folded):
                continue
            m = cue.pattern.search(folded)
            if not m or (cue.unless is not None and cue.unless.search(folded)):
                continue
            snippet = sentence[m.start() : m.end()] if len(folded) == len(sentence) else folded[m.start() : m.end()]
            hit = Hit(cue.intent, f"{cue.lang}:{cue.name}", " ".join(snippet.split())[:80], cue.ref, past)
            if info_q and not cue.in_question:
                reading.questions.append(hit)
                continue
            if cue.negatable and _negated(folded, m.start(), min(m.end(), m.start() + 25), language):
                reading.negated.append(hit)
                continue
            found.append((cue, hit))
        for m in lexicon.ARTICLE.finditer(folded):
            num = int(m.group(1) or m.group(3))
            sub = m.group(2) or m.group(4) or m.group(5)
            intent = lexicon.ARTICLE_INTENTS.get(num)
            if num == 7 and sub != "3":
                intent = None
            if num == 21 and sub in ("2", "3"):
                intent = "marketing_ban"
            if intent and not info_q:
                found.append((None, Hit(intent, "article", m.group(0).strip(), ref=True, past=past)))
        if not info_q and _consent_named_before(folded, prev) and not any(h.intent == "consent_withdrawal" for _, h in found):
            m = lexicon.WITHDRAW_PRONOUN.search(folded)
            found.append((None, Hit("consent_withdrawal", "consent named in the sentence before", m.group(0), past=past)))
            context = prev + " " + folded
            if lexicon.MARKETING_WORDS.search(context) and not lexicon.CONSENT_NOT_MARKETING.search(context):
                found.append((None, Hit("marketing_ban", "consent named before ->marketing", m.group(0), past=past)))
        if not info_q:
            for hit, start, end in _pronoun_hits(folded, prev, past):
                if any(h.intent == hit.intent for _, h in found):
                    continue
                if hit.intent == "erasure" and _negated(folded, start, end, language):
                    reading.negated.append(hit)  # "don't delete it"; a stop carries its own negation
                    continue
                found.append((None, hit))
        present = {h.intent for _, h in found}
        for cue, hit in found:
            if cue is not None and cue.yields_to and cue.yields_to in present:
                continue
            if hit.intent == "objection":
                # Art. 21(2): an objection to marketing is a marketing ban; 21(1) otherwise.
                mkt, other = _about_marketing(folded, prev, " ".join(folded_all[i + 1 : i + 3]))
                if mkt:
                    reading.hits.append(Hit("marketing_ban", hit.rule + "->marketing", hit.snippet, hit.ref, hit.past))
                if mkt and not other:
                    continue
            if hit.intent == "consent_withdrawal" and _consent_to_marketing(folded, folded_all[max(0, i - 2) : i]):
                reading.hits.append(Hit("marketing_ban", hit.rule + "->marketing", hit.snippet, hit.ref, hit.past))
            if hit.intent == "consent_withdrawal" and re.search(r"(marketing|advertising|mainos|markkinointi|reklam)\w*[- ]?(cookie|evaste|kaka)", folded):
                reading.hits.append(Hit("marketing_ban", hit.rule + "->marketing cookies", hit.snippet, hit.ref, hit.past))
            if hit.intent == "rectification" and lexicon.ORDER_CONTEXT.search(folded) and not lexicon.RECORD_CONTEXT.search(folded):
                reading.questions.append(Hit(hit.intent, hit.rule + " (about an order)", hit.snippet, hit.ref))
                continue
            reading.hits.append(hit)
    return reading


def privacy_signal(text: str) -> str | None:
    """The first sentence that talks about the writer's personal data, or None.

    A strong topic word (GDPR, "personal data", henkilötiedot, personuppgifter) is enough; a
    weaker one (my data, the register, consent, the newsletter) needs a verb of doing something
    to it (delete, correct, use, keep, see, stop) in the same sentence; "about me" / "on me"
    also takes a verb of having or knowing ("what have you got on me?").
    """
    for sentence in sentences(text):
        folded = fold(sentence)
        strong = lexicon.PRIVACY_STRONG.search(folded)
        if strong:
            return " ".join(sentence.split())[:80]
        topic = lexicon.PRIVACY_TOPIC.search(folded)
        about_me = lexicon.ABOUT_ME.search(folded)
        if (topic or about_me) and lexicon.PRIVACY_ACTION.search(folded):
            return " ".join(sentence.split())[:80]
        if about_me and lexicon.PRIVACY_HAVE.search(folded):
            return " ".join(sentence.split())[:80]
        if _story_signal(folded):
            return " ".join(sentence.split())[:80]
    return None


def _story_signal(folded: str) -> bool:
    """A request told as a story about the writer's own details, without the vocabulary of rights.

    - an own contact detail that changed or is wrong, held in an account, list or system
      ("my number changed, put the new one on my account", "you still have my old address");
    - a note, recording or chat kept about the writer, and something done with it
      ("don't pass that note on", "can I get the call recording", "don't use my chats");
    - feeding the writer's data to an AI; "I don't want you to have/keep my ..."; a death and
      the dead person's account or mail; "what information do you hold on her".
    """
    if lexicon.AI_TRAINING.search(folded) or lexicon.DONT_KEEP.search(folded) or lexicon.HELD_ON_SOMEONE.search(folded):
        return True
    if lexicon.OWN_DETAIL.search(folded) and lexicon.DETAIL_CHANGE.search(folded) and lexicon.DETAIL_HELD.search(folded):
        return True
    if lexicon.KEPT_ABOUT_ME.search(folded) and lexicon.KEPT_ACTION.search(folded):
        return True
    return bool(lexicon.DEATH.search(folded) and lexicon.DEATH_ACTION.search(folded))
