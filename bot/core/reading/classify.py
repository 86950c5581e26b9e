"""Classify one parsed mail: kind, rights asked, language, confidence, triage, and why. Pure.

The driver walks the DECISIONS table in order; the first decision that applies wins, and the
evidence of every rule that fired becomes `reasons` (STYLE.md D6). Machine mail is screened
by headers first and text second (bot/core/reading/screening.py); only then are the customer's own words
(bot/core/reading/quoting.py) read for rights (bot/core/reading/lexicon.py).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Mapping

from bot.core.mail.parse import ParsedMail
from bot.core.mail.references import thread_refs
from bot.core.reading import quoting, screening, second_reader
from bot.core.reading.language import LanguageGuess, detect
from bot.core.reading.rights_asked import Reading, privacy_signal, read_rights
from bot.core.reading.screening import Screener
from bot.core.reading.second_reader import SecondReader
from bot.core.reading.vocabulary import DEFAULT_DOMAIN, Vocabulary, compile_packs, default_vocabulary, fold

KINDS = ("request", "followup", "auto_reply", "bounce", "spam", "other")
TRIAGE_BELOW = 0.6  # confidence under this goes to a person

# Strict mode: a rule that raises is raised, not turned into a mail for a person. The tests turn
# it on (tests/conftest.py), so a broken rule fails a test instead of passing as "did not fire".
STRICT: ContextVar[bool] = ContextVar("strict_rules", default=False)


@dataclass(frozen=True, eq=False)
class Reader:
    """What the classifier reads with: a vocabulary (language packs, controller's domain) and its screening tables."""

    vocab: Vocabulary
    screen: Screener
    second: SecondReader | None = None  # the shipped packs' statistical reader; none for packs of one's own

    @classmethod
    def build(cls, packs: tuple[Mapping, ...], own_domain: str = DEFAULT_DOMAIN) -> "Reader":
        vocab = compile_packs(packs, own_domain)
        return cls(vocab, screening.screener(vocab))


def reader_for(own_domain: str = DEFAULT_DOMAIN) -> Reader:
    """The shipped packs for a controller's domain, built once per domain."""
    return _reader(own_domain.lower())


# The second reader of the shipped packs: installed by the entry points (its model is a file, read by
# an adapter); None until then, and the rules read alone.
_second: SecondReader | None = None


def use_second_reader(model: SecondReader | None) -> None:
    """Read beside the rules with `model` from now on (None: the rules alone)."""
    global _second
    _second = model
    _reader.cache_clear()


@lru_cache(maxsize=8)
def _reader(own_domain: str) -> Reader:
    vocab = default_vocabulary(own_domain)
    return Reader(vocab, screening.screener(vocab), _second)


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
    text: str  # what is read for rights: own words, forwarded customers' words, attachments pointed to
    language_text: str  # whose language counts (SCHEMA: a forward takes the forwarded customer's)
    quoted: str
    cut_by: tuple[str, ...]
    forwarded_from: tuple[str, ...] = ()
    replied: str = ""  # folded words of our own marketing mail quoted below, what "STOP" points at
    read: tuple[str, ...] = ()  # what besides the body was read, for `reasons`
    in_context: str = ""  # `text` with a passage the writer quoted between their words kept, marked '>' (quoting.Split)


def _is_own(addr: str, own_domain: str) -> bool:
    addr = (addr or "").lower()
    return addr.endswith("@" + own_domain) or addr.endswith("." + own_domain)


# A person reads the first few KB of the customer's own words; so does every rule.
READ_CHARS = 8000
COVER_NOTE_WORDS = 40
_MSGID_DOMAIN = re.compile(r"@([\w.-]+)>?$")


def customer_words(mail: ParsedMail, own_domain: str = DEFAULT_DOMAIN, vocab: Vocabulary | None = None) -> Words:
    """What the customer wrote, wherever it is: the body's own words, forwarded originals (inline or
    attached), and the text attachments the body points to. Our own mail is never the customer's."""
    vocab = vocab or default_vocabulary(own_domain)
    parts = quoting.split(mail.text or "", mail.subject or "", vocab, sent_by_us=_is_own(mail.from_addr, own_domain))
    forwarded = list(parts.forwarded)
    cut_by, read = list(parts.cut_by), []
    for inner in mail.attached_messages:
        # An attached message is read as a forward, subject and all, as a person opens it.
        inner_parts = quoting.split(inner.text or "", inner.subject or "", vocab)
        forwarded.append(quoting.Forwarded(inner.from_addr, "\n\n".join(x for x in (inner.subject, inner_parts.own) if x)))
        forwarded.extend(inner_parts.forwarded)
        read.append("attached message" + ("" if _is_own(inner.from_addr, own_domain) else f" from {_masked(inner.from_addr)}"))
    # Our own web form relays a customer: forwarded by a colleague, its message is the customer's words.
    forwarded = [_form_customer(f, own_domain, vocab) for f in forwarded]
    customers = [f for f in forwarded if not _is_own(f.from_addr, own_domain)]
    outside = [quoting.bounded(f.text, READ_CHARS) for f in customers if f.text]
    own = quoting.bounded(parts.own, READ_CHARS)
    attached = []
    pointer = vocab.words["attachment_pointer"].search(fold(own + "\n" + (mail.subject or "")))
    if mail.attached_texts and (not own.strip() or (pointer and len(own.split()) <= COVER_NOTE_WORDS)):
        # "See the attached letter": when the body is only a cover note, the attachment it points to is
        # the message. A longer body is the message itself, and what it attaches (a log, a receipt) is not.
        attached = [quoting.bounded(text, READ_CHARS) for _name, text in mail.attached_texts]
        # Counted, not named: a file name can carry a person's name, and reasons are logged.
        read.append(f"{len(attached)} attached text" + ("s" if len(attached) > 1 else ""))
    text = "\n\n".join([own, *attached, *outside]).strip()[:READ_CHARS]
    language_text = "\n\n".join([own, *attached]).strip()[:READ_CHARS]
    if outside:
        # SCHEMA: a forward takes the forwarded customer's language, whoever forwards it (our own
        # staff, a "fyi", or a relative adding a note in another language).
        language_text = "\n\n".join(outside)[:READ_CHARS]
    in_context = quoting.bounded(parts.in_context, READ_CHARS) if parts.in_context and not (attached or outside) else ""
    return Words(text, language_text, parts.quoted, tuple(dict.fromkeys(cut_by)),
                 tuple(dict.fromkeys(f.from_addr for f in customers if f.from_addr)),
                 _replied_marketing(mail, parts.quoted, own_domain, vocab), tuple(read), in_context)


# A form field "Label: address" on a line of its own; the packs' `form_sender` says which labels are the sender's.
_FORM_FIELD = re.compile(r"^[ \t]*([^:\n]{1,40}?)[ \t]*:[ \t]*<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?[ \t]*$", re.M)


def _form_customer(f: quoting.Forwarded, own_domain: str, vocab: Vocabulary) -> quoting.Forwarded:
    """A forwarded original from our own domain that is our contact form's relay of a customer's message
    takes the customer's address (the form's sender field, "Sähköposti / Email: x@y"); anything else of ours
    stays ours."""
    if not _is_own(f.from_addr, own_domain):
        return f
    for m in _FORM_FIELD.finditer(f.text or ""):
        if any(vocab.words["form_sender"].search(label.strip()) for label in fold(m.group(1)).split("/")):
            address = m.group(2).lower()
            return f if _is_own(address, own_domain) else quoting.Forwarded(address, f.text)
    return f


def _masked(addr: str) -> str:
    # Reasons are logged: an address is shown by its domain only.
    return "*@" + addr.rsplit("@", 1)[-1] if "@" in (addr or "") else "?"


def _replied_marketing(mail: ParsedMail, quoted: str, own_domain: str, vocab: Vocabulary) -> str:
    """Our own marketing mail quoted below the reply (a newsletter, an offer), folded; else "".

    A reply above it asks about that mail: "STOP", "Lopettakaa.", "I withdraw my consent" mean this
    newsletter. Ours: the quote's header or attribution names our domain, or the mail answers one
    of our Message-IDs. Marketing: its words or its opt-out footer say so.
    """
    if not quoted:
        return ""
    head = "\n".join(quoted.split("\n", 8)[:8]).lower()
    replied_to = _MSGID_DOMAIN.search(mail.in_reply_to or "")
    ours = ("@" + own_domain) in head or ("." + own_domain) in head or bool(
        replied_to and _is_own("x@" + replied_to.group(1).lower(), own_domain))
    if not ours:
        return ""
    sample = quoted[:3000]
    folded = fold(sample)
    if vocab.words["marketing"].search(folded) or vocab.screening["unsubscribe_footer"].search(sample):
        return " ".join(folded.split())[:600]
    return ""


def main_text(mail: ParsedMail, own_domain: str = DEFAULT_DOMAIN) -> str:
    """The customer's own words: quotes, our forwarded originals, signatures and footers removed."""
    return customer_words(mail, own_domain).text


# --- decisions ----------------------------------------------------------------------------


@dataclass
class Context:
    mail: ParsedMail
    reader: Reader
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
    second_read: bool = True  # False where the writer said in as many words what the mail is not


def _fired(rules, ctx: Context, text: str) -> list[str]:
    """The evidence of every rule that fires, each with the rule's name (STYLE.md D6)."""
    return [f"[{rule.name}] {ev}" for rule in rules if (ev := rule(ctx.mail, text))]


def _read(ctx: Context, text: str, replied: str = "") -> Reading:
    return read_rights(text, ctx.language.language, ctx.reader.vocab, replied=replied)


def _decide_bounce(ctx: Context) -> Decision | None:
    sc = ctx.reader.screen
    evidence = _fired(sc.bounce, ctx, ctx.mail.text)
    if not evidence:
        subj = _fired((sc.bounce_subject,), ctx, ctx.mail.text)
        body = _fired((sc.bounce_text,), ctx, ctx.mail.text)
        if subj and body:
            evidence = subj + body
    if not evidence:
        return None
    ctx.reasons.extend(f"bounce: {e}" for e in evidence)
    return Decision("bounce", frozenset(), 0.97 if len(evidence) > 1 else 0.9)


def _decide_auto_headers(ctx: Context) -> Decision | None:
    evidence = _fired(screening.AUTO_HEADER_RULES, ctx, ctx.words.text)
    if not evidence:
        return None
    ctx.reasons.extend(f"auto-reply: {e}" for e in evidence)
    reading = _read(ctx, ctx.words.text)
    text_says_auto = ctx.reader.screen.auto_text(ctx.mail, ctx.words.text) or ctx.reader.screen.auto_subject(ctx.mail, "")
    # An agent's request engine can stamp Auto-Submitted on a real request: a person decides.
    conflict = bool(reading.action_intents()) and not text_says_auto
    if conflict:
        ctx.reasons.append("conflict: automatic headers but the text asks for " + ", ".join(sorted(reading.intents)))
    return Decision("auto_reply", frozenset(), 0.6 if conflict else 0.97, triage=conflict)


def _decide_spam(ctx: Context) -> Decision | None:
    fired = [(rule, ev) for rule in ctx.reader.screen.spam if (ev := rule(ctx.mail, ctx.words.text))]
    score = sum(rule.weight for rule, _ in fired)
    if score < screening.SPAM_THRESHOLD:
        return None
    ctx.reasons.extend(f"spam [{rule.name}] +{rule.weight}: {ev}" for rule, ev in fired)
    ctx.reasons.append(f"spam score {score:.1f} >= {screening.SPAM_THRESHOLD}")
    reading = _read(ctx, ctx.words.text)
    # Rights named in cold mail that sells to the shop or wants it to log in, pay or book ("we send
    # erasure requests for you", "a customer filed a deletion request: log in to approve it") are the
    # pitch, not a person's request: a customer asking for a right links to no one's login or demo.
    selling = any(rule.name in screening.SELLING for rule, _ in fired)
    doubtful = bool(reading.intents) and score < screening.SPAM_THRESHOLD + 2 and not selling
    if doubtful:
        ctx.reasons.append("conflict: spam signals but the text names rights: " + ", ".join(sorted(reading.intents)))
    return Decision("spam", frozenset(), min(0.95, 0.5 + 0.1 * score), triage=doubtful)


def _decide_bulk(ctx: Context) -> Decision | None:
    # Bulk and list mail is not a DSR source (LAW.md); a person checks it if it names rights.
    evidence = _fired(screening.BULK_RULES, ctx, "")
    if not evidence:
        return None
    # An autoresponder that stamps Precedence: bulk ("we have received your message, ticket #55812") and says so in its
    # own words is an auto-reply: with no List-* header it is no list mail (the auto-reply-by-text step decides)
    list_mail = any(rule.name == "list-headers" and rule(ctx.mail, "") for rule in screening.BULK_RULES)
    if not list_mail and (ctx.reader.screen.auto_text(ctx.mail, ctx.words.text) or ctx.reader.screen.auto_subject(ctx.mail, "")):
        return None
    ctx.reasons.extend(f"bulk: {e}" for e in evidence)
    reading = _read(ctx, ctx.words.text)
    selling = any(rule.name in screening.SELLING and rule(ctx.mail, ctx.words.text) for rule in ctx.reader.screen.spam)
    doubtful = bool(reading.intents) and not selling
    if doubtful:
        ctx.reasons.append("conflict: bulk mail that names rights: " + ", ".join(sorted(reading.intents)))
    return Decision("spam", frozenset(), 0.7, triage=doubtful)


def _decide_auto_text(ctx: Context) -> Decision | None:
    subj = "".join(_fired((ctx.reader.screen.auto_subject,), ctx, ""))
    body = "".join(_fired((ctx.reader.screen.auto_text,), ctx, ctx.words.text))
    if not (subj or body):
        return None
    reading = _read(ctx, ctx.words.text)
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
                ctx.reasons.append(f"{h.intent} [{h.rule}]: '{h.snippet}'" + (" (reported as asked before)" if h.past else ""))
        else:
            ctx.reasons.append(f"not {h.intent} [{h.rule}]: asked before, now taken back: '{h.snippet}'")
    for h in reading.negated:
        ctx.reasons.append(f"not {h.intent} [{h.rule}] (negated): '{h.snippet}'")
    for h in reading.questions:
        ctx.reasons.append(f"not {h.intent} [{h.rule}] (question or order, not a request): '{h.snippet}'")
    for h in reading.dropped:
        ctx.reasons.append(f"not {h.intent} [{h.rule}]: '{h.snippet}'")


def _decide_human(ctx: Context) -> Decision:
    mail = ctx.mail
    if _in_case_thread(ctx):
        if ctx.thread_finished:
            # After a case is finished, a mail in its thread is judged on its own first: a new
            # request gets a new case with its own one-month period (Art. 12(3)).
            said = list(ctx.reasons)
            # The subject of a reply in a case's thread is ours ("Re: Your objection to direct marketing
            # has been recorded"): only the customer's own words can ask for something new.
            alone = _decide_new_mail(ctx, read_subject=False)
            if alone.kind == "request" and alone.intents:
                ctx.reasons.append("a new request in the thread of a finished case")
                return alone
            ctx.reasons[:] = said
        reading = _read(ctx, ctx.words.text)
        _note_reading(ctx, reading)
        # Rights named in our subject, or named as "my ... request", are the case's own rights.
        named = {h.intent for h in reading.negated + reading.questions if h.ref}  # "you never did my erasure request"
        old = _read(ctx, mail.subject).intents | reading.ref_intents() | named
        new = reading.action_intents() - old
        if "erasure" in new and ctx.reader.vocab.words["other_account"].search(fold(ctx.words.text)):
            # SCHEMA: widening an erasure to a second account of the writer's is no new right
            ctx.reasons.append("followup: erasure of another account of the writer's widens the case, no new right")
            new = new - {"erasure"}
        if old & reading.action_intents():
            ctx.reasons.append("already in the case: " + ", ".join(sorted(old & reading.action_intents())))
        return Decision("followup", frozenset(new), 0.85 if new or not reading.hits else 0.75)
    return _decide_new_mail(ctx)


def _decide_new_mail(ctx: Context, read_subject: bool = True) -> Decision:
    """Human mail that is not in a case's thread: a request, or ordinary mail (perhaps for a person)."""
    mail = ctx.mail
    subject = (mail.subject or "") if read_subject else ""
    text = (subject + "\n\n" + ctx.words.text).strip()
    if ctx.words.replied:
        ctx.reasons.append("replies to our own marketing mail, quoted below it")
    # A passage the writer quotes between their words is read as what a pronoun points at, never as asked.
    in_context = (subject + "\n\n" + ctx.words.in_context).strip() if ctx.words.in_context else text
    reading = _read(ctx, in_context, ctx.words.replied)
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
    threat = ctx.reader.vocab.words["threatened"].search(fold(in_context))
    if threat and reading.negated:
        # "If the refund isn't here by Friday, I'll ask you to delete my data": nothing is asked yet, but
        # it may be a fallback request, and the complaint is a person's to answer.
        ctx.reasons.append(f"a right held as a threat under a condition, not asked: '{' '.join(threat.group(0).split())[:80]}'")
        return Decision("other", frozenset(), 0.55, triage=True)
    if reading.negated and not reading.questions:
        ctx.reasons.append("only negated rights: nothing asked")
    net = privacy_signal(text, ctx.reader.vocab)
    plain = 0.75 if not (reading.negated or reading.questions) else 0.65
    if net and ctx.reader.vocab.words["only_asking"].search(fold(text)):
        # "I'm only asking in general, not requesting anything": the writer says so in as many words.
        ctx.reasons.append(f"talks about personal data ('{net}'), but says nothing is asked")
        return Decision("other", frozenset(), plain, second_read=False)
    if not net and reading.negated and ctx.reader.vocab.words["declined"].search(fold(text)):
        # "I could ask you to delete it, but I won't": the writer says so in as many words; no second reading.
        return Decision("other", frozenset(), plain, second_read=False)
    if net:
        # Safety net: a missed request misses its legal deadline, so a person reads it.
        ctx.reasons.append(f"safety net: talks about personal data but no right was recognised: '{net}'")
        return Decision("other", frozenset(), 0.55, triage=True)
    return Decision("other", frozenset(), plain)


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
    if screening.auto_submitted(mail.header("auto-submitted")):
        why.append(f"header Auto-Submitted: {mail.header('auto-submitted')}")
    rp = mail.header("return-path")
    if rp is not None and rp.strip() in ("<>", ""):
        why.append("header Return-Path: <>")
    return why


# Headers a mailbox rule adds to what it forwards, which mark it as machine mail.
RULE_MARKS = frozenset({"auto-submitted", "x-auto-response-suppress", "x-ms-exchange-generated-message-source",
                        "x-ms-exchange-inbox-rules-loop", "precedence", "x-autoreply", "x-autorespond"})


def classify(mail: ParsedMail, *, own_domain: str | None = None, case_thread: bool | None = None,
             thread_finished: bool = False, from_staff: bool = False, reader: Reader | None = None,
             strict: bool | None = None) -> Classification:
    """Read one mail. `own_domain`: the controller's mail domain (settings); `case_thread`: intake found
    the case it answers (None: judge by its headers alone); `thread_finished`: that case is answered or
    closed, so a new request in it is a new case; `from_staff`: the sender is one of our staff
    (STAFF_EMAILS), so a customer's mail it forwards is read even when a forwarding rule marked it as
    machine mail. `reader`: other language packs (the shipped ones by default); `strict`: raise what a
    rule raises (default: the STRICT context variable)."""
    if reader is None:
        reader = reader_for(own_domain or DEFAULT_DOMAIN)
    elif own_domain is not None and own_domain != reader.vocab.own_domain:
        raise ValueError(f"own_domain {own_domain!r} differs from the reader's {reader.vocab.own_domain!r}")
    try:
        return _classify(mail, reader, case_thread, thread_finished, from_staff)
    except Exception as exc:  # never raise on mail: a person reads what we cannot
        if strict or (strict is None and STRICT.get()):
            raise
        return Classification("other", frozenset(), "other", 0.0, True, (f"classifier error: {str(exc)[:160] or type(exc).__name__}",), True)


def _classify(mail: ParsedMail, reader: Reader, case_thread: bool | None, thread_finished: bool,
              from_staff: bool) -> Classification:
    own_domain = reader.vocab.own_domain
    words = customer_words(mail, own_domain, reader.vocab)
    language = detect(words.language_text, fallback=mail.subject or "", vocab=reader.vocab)
    reasons: list[str] = []
    if from_staff and words.forwarded_from and any(name in RULE_MARKS for name in mail.headers):
        # A colleague's mailbox rule forwarded a customer's mail and marked it as machine mail
        # (Auto-Submitted, Exchange's rule headers): the marks are the rule's, the words the customer's.
        mail = replace(mail, headers={k: v for k, v in mail.headers.items() if k not in RULE_MARKS})
        reasons.append("staff forward: the forwarding rule's machine-mail headers set aside")
    if words.cut_by:
        reasons.append("stripped: " + ", ".join(words.cut_by))
    if words.read:
        reasons.append("read: " + ", ".join(words.read))
    ctx = Context(mail, reader, own_domain, case_thread, thread_finished, words, language, reasons)
    decision: Decision | None = None
    for _name, decide in DECISIONS:
        decision = decide(ctx)
        if decision is not None:
            break
    assert decision is not None
    reasons.append(language.evidence)
    triage = decision.triage or decision.confidence < TRIAGE_BELOW
    if (not triage and decision.second_read and reader.second is not None and decision.kind in ("request", "other")
            and language.language != "other"):
        said = reader.second.disagreements(second_reader.reader_text(mail.subject or "", words.text),
                                           decision.kind, decision.intents)
        if said:
            # Two readers that disagree where one is sure: a person decides; the rules' reading stands.
            reasons.extend(f"second reader: {s}" for s in said)
            triage = True
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
