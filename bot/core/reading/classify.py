"""Classify one parsed mail: kind, rights asked, language, confidence, triage, and why. Pure.

The driver walks the DECISIONS table in order; the first decision that applies wins, and the
evidence of every rule that fired becomes `reasons` (STYLE.md D6). Machine mail is screened
by headers first and text second (bot/core/reading/screening.py); only then are the customer's own words
(bot/core/reading/quoting.py) read for rights (bot/core/reading/lexicon.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from bot.core.reading import lexicon
from bot.core.reading import quoting
from bot.core.reading import screening
from bot.core.reading.language import LanguageGuess, detect
from bot.core.reading.lexicon import Cue, fold
from bot.core.mail.parse import ParsedMail
from bot.core.mail.references import thread_refs

KINDS = ("request", "followup", "auto_reply", "bounce", "spam", "other")
TRIAGE_BELOW = 0.6  # confidence under this goes to a person


@dataclass(frozen=True)
class Classification:
    kind: str  # request | followup | auto_reply | bounce | spam | other
    intents: frozenset[str]
    language: str  # fi | sv | en | other
    confidence: float
    needs_triage: bool
    reasons: tuple[str, ...]
    no_auto_reply: bool
    # Customers whose mail this one forwards (addresses outside our domain, first forward first):
    # when our own staff forward, the first of them is the requester.
    forwarded_from: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "intents": sorted(self.intents),
            "language": self.language,
            "confidence": round(self.confidence, 2),
            "needs_triage": self.needs_triage,
            "reasons": list(self.reasons),
        }


# --- the customer's own words ---------------------------------------------------------


@dataclass(frozen=True)
class Words:
    text: str  # what is read for rights: own words plus forwarded customers' words
    language_text: str  # whose language counts (SCHEMA: a forward takes the forwarded customer's)
    quoted: str
    cut_by: tuple[str, ...]
    forwarded_from: tuple[str, ...] = ()


def _is_own(addr: str, own_domain: str) -> bool:
    addr = (addr or "").lower()
    return addr.endswith("@" + own_domain) or addr.endswith("." + own_domain)


def customer_words(mail: ParsedMail, own_domain: str = "allsec.fi") -> Words:
    parts = quoting.split(mail.text or "", mail.subject or "")
    customers = [f for f in parts.forwarded if not _is_own(f.from_addr, own_domain)]
    outside = [f.text for f in customers if f.text]
    text = "\n\n".join([parts.own, *outside]).strip()
    language_text = parts.own
    if outside:
        # SCHEMA: a forward takes the forwarded customer's language, whoever forwards it (our own
        # staff, a "fyi", or a relative adding a note in another language).
        language_text = "\n\n".join(outside)
    return Words(text, language_text, parts.quoted, parts.cut_by,
                 tuple(dict.fromkeys(f.from_addr for f in customers if f.from_addr)))


def main_text(mail: ParsedMail, own_domain: str = "allsec.fi") -> str:
    """The customer's own words: quotes, our forwarded originals, signatures and footers removed."""
    return customer_words(mail, own_domain).text


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
    return lexicon.CUES  # all languages: mixed mail and misdetected short lines are common


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


# --- decisions ----------------------------------------------------------------------------


@dataclass
class Context:
    mail: ParsedMail
    own_domain: str
    case_thread: bool | None
    thread_finished: bool
    words: Words
    language: LanguageGuess
    reasons: list[str]


@dataclass(frozen=True)
class Decision:
    kind: str
    intents: frozenset[str]
    confidence: float
    triage: bool = False


def _fired(rules, ctx: Context, text: str) -> list[str]:
    return [ev for rule in rules if (ev := rule(ctx.mail, text))]


def _decide_bounce(ctx: Context) -> Decision | None:
    evidence = _fired(screening.BOUNCE_RULES, ctx, ctx.mail.text)
    if not evidence:
        subj = _fired(screening.BOUNCE_TEXT_RULES, ctx, ctx.mail.text)
        body = screening.BOUNCE_TEXT_BODY(ctx.mail, ctx.mail.text)
        if subj and body:
            evidence = subj + [body]
    if not evidence:
        return None
    ctx.reasons.extend(f"bounce: {e}" for e in evidence)
    return Decision("bounce", frozenset(), 0.97 if len(evidence) > 1 else 0.9)


def _decide_auto_headers(ctx: Context) -> Decision | None:
    evidence = _fired(screening.AUTO_HEADER_RULES, ctx, ctx.words.text)
    if not evidence:
        return None
    ctx.reasons.extend(f"auto-reply: {e}" for e in evidence)
    reading = read_rights(ctx.words.text, ctx.language.language)
    text_says_auto = screening.AUTO_TEXT(ctx.mail, ctx.words.text) or screening.AUTO_SUBJECT(ctx.mail, "")
    # An agent's request engine can stamp Auto-Submitted on a real request: a person decides.
    conflict = bool(reading.action_intents()) and not text_says_auto
    if conflict:
        ctx.reasons.append("conflict: automatic headers but the text asks for " + ", ".join(sorted(reading.intents)))
    return Decision("auto_reply", frozenset(), 0.6 if conflict else 0.97, triage=conflict)


def _decide_spam(ctx: Context) -> Decision | None:
    fired = [(rule, ev) for rule in screening.SPAM_RULES if (ev := rule(ctx.mail, ctx.words.text))]
    score = sum(rule.weight for rule, _ in fired)
    if score < screening.SPAM_THRESHOLD:
        return None
    ctx.reasons.extend(f"spam ({rule.name} +{rule.weight}): {ev}" for rule, ev in fired)
    ctx.reasons.append(f"spam score {score:.1f} >= {screening.SPAM_THRESHOLD}")
    reading = read_rights(ctx.words.text, ctx.language.language)
    doubtful = bool(reading.intents) and score < screening.SPAM_THRESHOLD + 2
    if doubtful:
        ctx.reasons.append("conflict: spam signals but the text names rights: " + ", ".join(sorted(reading.intents)))
    return Decision("spam", frozenset(), min(0.95, 0.5 + 0.1 * score), triage=doubtful)


def _decide_bulk(ctx: Context) -> Decision | None:
    # Bulk and list mail is not a DSR source (LAW.md); a person checks it if it names rights.
    evidence = _fired(screening.BULK_RULES, ctx, "")
    if not evidence:
        return None
    ctx.reasons.extend(f"bulk: {e}" for e in evidence)
    reading = read_rights(ctx.words.text, ctx.language.language)
    if reading.intents:
        ctx.reasons.append("conflict: bulk mail that names rights: " + ", ".join(sorted(reading.intents)))
    return Decision("spam", frozenset(), 0.7, triage=bool(reading.intents))


def _decide_auto_text(ctx: Context) -> Decision | None:
    subj = screening.AUTO_SUBJECT(ctx.mail, "")
    body = screening.AUTO_TEXT(ctx.mail, ctx.words.text)
    if not (subj or body):
        return None
    reading = read_rights(ctx.words.text, ctx.language.language)
    if reading.action_intents() and not subj:
        ctx.reasons.append(f"not an auto-reply: {body} appears beside a request")
        return None
    ctx.reasons.extend(f"auto-reply: {e}" for e in (subj, body) if e)
    conflict = bool(reading.action_intents())
    return Decision("auto_reply", frozenset(), 0.85 if (subj and body) else 0.75, triage=conflict)


def _in_case_thread(ctx: Context) -> bool:
    if ctx.case_thread is not None:
        if ctx.case_thread:
            ctx.reasons.append("followup: intake matched the thread to a case")
        return ctx.case_thread
    refs = thread_refs(ctx.mail.in_reply_to, ctx.mail.references, ctx.mail.subject, ctx.own_domain)
    if not refs:
        return False
    ref, how = refs[0]
    ctx.reasons.append(f"followup: case tag {ref} in subject" if how == "subject" else
                       f"followup: replies to our message for {ref}")
    return True


def _note_reading(ctx: Context, reading: Reading) -> None:
    kept = reading.intents
    for h in reading.hits:
        if h.intent in kept:
            ctx.reasons.append(f"{h.intent}: '{h.snippet}'" + (" (reported as asked before)" if h.past else ""))
        else:
            ctx.reasons.append(f"not {h.intent}: asked before, now taken back: '{h.snippet}'")
    for h in reading.negated:
        ctx.reasons.append(f"not {h.intent} (negated): '{h.snippet}'")
    for h in reading.questions:
        ctx.reasons.append(f"not {h.intent} (question or order, not a request): '{h.snippet}'")


def _decide_human(ctx: Context) -> Decision:
    mail = ctx.mail
    if _in_case_thread(ctx):
        if ctx.thread_finished:
            # After a case is finished, a mail in its thread is judged on its own first: a new
            # request gets a new case with its own one-month period (Art. 12(3)).
            said = list(ctx.reasons)
            alone = _decide_new_mail(ctx)
            if alone.kind == "request" and alone.intents:
                ctx.reasons.append("a new request in the thread of a finished case")
                return alone
            ctx.reasons[:] = said
        reading = read_rights(ctx.words.text, ctx.language.language)
        _note_reading(ctx, reading)
        # Rights named in our subject, or named as "my ... request", are the case's own rights.
        named = {h.intent for h in reading.negated + reading.questions if h.ref}  # "you never did my erasure request"
        old = read_rights(mail.subject, ctx.language.language).intents | reading.ref_intents() | named
        new = reading.action_intents() - old
        if old & reading.action_intents():
            ctx.reasons.append("already in the case: " + ", ".join(sorted(old & reading.action_intents())))
        return Decision("followup", frozenset(new), 0.85 if new or not reading.hits else 0.75)
    return _decide_new_mail(ctx)


def _decide_new_mail(ctx: Context) -> Decision:
    """Human mail that is not in a case's thread: a request, or ordinary mail (perhaps for a person)."""
    mail = ctx.mail
    text = ((mail.subject or "") + "\n\n" + ctx.words.text).strip()
    reading = read_rights(text, ctx.language.language)
    _note_reading(ctx, reading)
    intents = frozenset(reading.intents)
    if intents:
        strength = len([h for h in reading.hits if h.intent in intents])
        confidence = min(0.95, 0.7 + 0.08 * strength)
        triage = False
        negated_same = {h.intent for h in reading.negated} & intents
        if negated_same and strength < 2:
            ctx.reasons.append("conflict: the same right is both asked and negated: " + ", ".join(sorted(negated_same)))
            confidence, triage = 0.5, True
        return Decision("request", intents, confidence, triage)
    if not ctx.words.text.strip() and not (mail.subject or "").strip():
        ctx.reasons.append("no readable text")
        return Decision("other", frozenset(), 0.3, triage=True)
    if reading.negated and not reading.questions:
        ctx.reasons.append("only negated rights: nothing asked")
    net = privacy_signal(text)
    if net:
        # Safety net: a missed request misses its legal deadline, so a person reads it.
        ctx.reasons.append(f"safety net: talks about personal data but no right was recognised: '{net}'")
        return Decision("other", frozenset(), 0.55, triage=True)
    return Decision("other", frozenset(), 0.75 if not (reading.negated or reading.questions) else 0.65)


DECISIONS: tuple[tuple[str, Callable[[Context], Decision | None]], ...] = (
    ("bounce", _decide_bounce),
    ("auto-reply by headers", _decide_auto_headers),
    ("spam", _decide_spam),
    ("bulk or list mail", _decide_bulk),
    ("auto-reply by text", _decide_auto_text),
    ("human mail", _decide_human),
)


def _no_auto_reply(mail: ParsedMail) -> list[str]:
    why: list[str] = []
    if mail.header("x-auto-response-suppress") is not None:
        why.append(f"header X-Auto-Response-Suppress: {mail.header('x-auto-response-suppress')}")
    for rule in screening.BULK_RULES:
        if ev := rule(mail, ""):
            why.append(ev)
    if (mail.header("auto-submitted") or "no").strip().lower()[:2] != "no":
        why.append(f"header Auto-Submitted: {mail.header('auto-submitted')}")
    rp = mail.header("return-path")
    if rp is not None and rp.strip() in ("<>", ""):
        why.append("header Return-Path: <>")
    return why


def classify(mail: ParsedMail, *, own_domain: str = "allsec.fi", case_thread: bool | None = None,
             thread_finished: bool = False) -> Classification:
    """Read one mail. `case_thread`: intake found the case it answers (None: judge by its headers alone);
    `thread_finished`: that case is answered or closed, so a new request in it is a new case."""
    try:
        return _classify(mail, own_domain, case_thread, thread_finished)
    except Exception as exc:  # never raise on mail: a person reads what we cannot
        return Classification("other", frozenset(), "other", 0.0, True, (f"classifier error: {type(exc).__name__}",), True)


def _classify(mail: ParsedMail, own_domain: str, case_thread: bool | None, thread_finished: bool) -> Classification:
    words = customer_words(mail, own_domain)
    language = detect(words.language_text, fallback=mail.subject or "")
    reasons: list[str] = []
    if words.cut_by:
        reasons.append("stripped: " + ", ".join(words.cut_by))
    ctx = Context(mail, own_domain, case_thread, thread_finished, words, language, reasons)
    decision: Decision | None = None
    for _name, decide in DECISIONS:
        decision = decide(ctx)
        if decision is not None:
            break
    assert decision is not None
    reasons.append(language.evidence)
    triage = decision.triage or decision.confidence < TRIAGE_BELOW
    if language.language == "other" and decision.kind in ("request", "followup", "other"):
        reasons.append("triage: written in a language we do not cover")
        triage = True
    quiet = _no_auto_reply(mail)
    reasons.extend(f"no auto-reply: {q}" for q in quiet)
    no_auto = bool(quiet) or decision.kind in ("auto_reply", "bounce", "spam")
    return Classification(
        kind=decision.kind,
        intents=decision.intents if decision.kind in ("request", "followup") else frozenset(),
        language=language.language,
        confidence=round(decision.confidence, 3),
        needs_triage=triage,
        reasons=tuple(dict.fromkeys(reasons)),
        no_auto_reply=no_auto,
        forwarded_from=words.forwarded_from,
    )
