"""Language packs, checked and compiled into one vocabulary. Pure.

A pack (`bot/core/reading/packs/<code>.py`) is literal data: the words of one language for the
rights, negation, questions, quotes and forwards, signatures, machine mail and the safety net.
This module says what a pack may hold (the closed lists below, each key with its meaning), checks
a pack (`check_pack`: one line naming the pack and the field on any mistake) and compiles a set of
packs into a `Vocabulary`, where each kind of word is one pattern over all languages: mail mixes
languages, and a short line is often misdetected, so every pack is read on every mail.

Placeholders inside a pattern: `{{S}}` is one character of the same sentence; `{{name}}` is the
pack's own fragment `name`; `{{controller}}` is the controller's name, taken from its mail domain
(settings), so no client name is written into a pack.

Patterns under `fragments`, `words`, `right_names`, `cues` and the top-level reading keys run on
folded text (`fold`: lower case, ä→a, ö→o, å→a, é→e, ü→u), so a character that folding removes can
never match there; `check_pack` refuses it. `quoting` and `screening` patterns run on the mail's
own text, case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from bot.core.errors import BotError
from bot.core.reading.gate import GateSet, gated
from bot.core.reading.packs import SHIPPED
from bot.core.rights import INTENTS

SAME = r"[^.!?\n]"  # one character of the same sentence

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "’": "'", "‘": "'", "´": "'", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower-case and drop the diacritics people often skip; keeps the length unchanged."""
    low = text.lower()
    if len(low) != len(text):  # a few characters grow under lower(); keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_FOLD)


class PackError(BotError):
    """A language pack is malformed; the message names the pack and the field, in one line."""


# --- what a pack holds ---------------------------------------------------------------------

TOP_KEYS: dict[str, str] = {
    "code": "ISO 639-1 code of the language ('other' for the pack of words no covered language owns)",
    "name": "the language's name, for people",
    "covered": "True when replies are written in this language (its templates exist)",
    "stop_words": "common function words, space-separated: they settle the language of short texts",
    "neighbour_words": "{model code: words} of close languages we do not cover, which keep their mail 'other'",
    "negation": "negation words: a negation earlier in the same clause cancels a right's cue",
    "clause_breaks": "words that end a negation's reach ('but', 'mutta', 'men')",
    "new_clause_and": "an 'and' that starts a new, positive command after a negated one",
    "polite": "question forms that ask for something ('could you', 'voisitteko'): such a question is a request",
    "past_request": "words that report an earlier request ('I asked', 'pyysin')",
    "fragments": "named pieces of patterns, for {{name}} in this pack's other patterns",
    "words": "the kinds of words the reading rules ask about (WORD_CLASSES)",
    "right_names": "{right: pattern} the names of the rights; they only name a request ('my erasure request')",
    "cues": "what each right sounds like: a list of cues (CUE_KEYS)",
    "quoting": "quote, forward and signature lines (QUOTING_KEYS)",
    "screening": "the words of machine mail (SCREENING_KEYS)",
}
REQUIRED = ("code", "name", "covered", "cues")
REQUIRED_IF_COVERED = ("stop_words", "negation")

CUE_KEYS: dict[str, str] = {
    "right": "the right it asks for (bot.core.rights.INTENTS)",
    "name": "unique in its pack; reasons cite it as '<code>:<name>'",
    "pattern": "the words, on folded text",
    "unless": "the cue is void in a sentence that matches this",
    "needs": "a cheap word the sentence must hold first (speed only: same answers)",
    "negatable": "a negation earlier in the clause cancels it (default True); False when the cue carries its own",
    "in_question": "it still counts inside an information question ('what data do you hold about me?')",
    "ref": "it only names a request ('my erasure request'): in a followup that is the case's own right",
    "yields_to": "dropped when this right is found in the same sentence ('my data in CSV' is portability)",
}

WORD_CLASSES: dict[str, str] = {
    # scope of a right
    "order_context": "an order, a delivery: a correction about it is not a rectification of the record",
    "record_context": "the customer record, the account: a correction there is a rectification",
    "article_words": "the word 'article' before or after a GDPR article number",
    # marketing, SCHEMA's conventions
    "marketing": "marketing, newsletters, ads: an objection or a consent about these is about marketing",
    "offers": "offers and promotions, also marketing when named as what a stop or consent is about",
    "non_marketing": "purposes that are not marketing: analytics, fraud scoring, AI, sharing with partners",
    "marketing_purpose": "a purpose stated as marketing ('for marketing purposes')",
    "profiling_methods": "ways of profiling that serve a stated marketing purpose (analysing, segmenting)",
    "marketing_tracking": "tracking of marketing mail (opens, clicks, pixels): marketing profiling",
    "marketing_cookies": "marketing or advertising cookies (a consent to them is a marketing consent)",
    # consents
    "consent_word": "the word for a consent or permission",
    "consent_given": "saying yes to cookies or tracking, or ticking a box at checkout, without the word 'consent'",
    "consent_not_marketing": "consents that are not to marketing even beside a marketing word: cookies",
    "withdraw_pronoun": "withdrawing 'it' (a consent named in the sentence before)",
    "consent_for_mail": "mail or texts named as what a consent was for: a consent to marketing",
    "consent_pointed_back": "'that consent', pointing back to a consent named before",
    "not_this_but": "'instead of', 'rather than': marketing named as what the consent was not for",
    # pronouns and bare commands
    "erase_pronoun": "a delete verb with a pronoun object ('delete it')",
    "data_named": "the writer's data or account named, as the antecedent of 'it'",
    "old_detail": "an old detail of the writer's named ('min gamla adress'): with an erasure of 'them' just after, named to be erased, not corrected",
    "pronoun_not_data": "an order, a basket, a product: 'it' that is not the writer's data",
    "stop_pronoun": "a stop with a pronoun object or alone ('stop it', 'no more')",
    "copy_pronoun": "a copy of 'them' ('send me a copy of it', 'kopio niistä')",
    "off_pronoun": "the writer taken off 'it' ('take me off that', 'I'd like to be taken off it'): what was named just before",
    "survey_contact": "contact for surveys, interviews or a customer panel: not marketing (SCHEMA), a consent taken back",
    "correct_pronoun": "a correction of 'it' ('please correct it', 'rätta den'): the writer's own detail named just before (own_detail)",
    "picture_of_me": "a picture of the writer or their home ('a photo of my house')",
    "take_down_pronoun": "taking 'it' down or away ('take it down', 'poistakaa se')",
    "off_everything": "the writer taken off everything ('remove me from everything', 'ta bort mig från alltihop'): after marketing named or under our own marketing mail, off the mailings, not erased",
    "bare_stop": "a sentence that is only a stop or an unsubscribe ('STOP', 'Lopettakaa.')",
    "attachment_pointer": "the text points to an attachment ('see attached', 'katso liite')",
    # scope: mentioned, conditional, declined, done
    "unnegated_command": "a positive command or first-person wish no earlier negation reaches ('en tarvi tiliä ni poistakaa mun tiedot': the Finnish negative imperative is 'älkää poistako')",
    "negation_after": "a negation right after the verb and its object ('radera dem inte'), read from the verb's end: it cancels the command",
    "request_done": "an earlier request reported as fulfilled ('and you deleted it, thanks'): background, not asked",
    "thanked_for": "thanks for something done ('thanks for deleting my account'): background, not asked",
    "stored_card": "a payment card kept by consent ('my saved card', 'kortuppgifterna'): removing it, with the consent withdrawn, is the withdrawal, not erasure",
    "shown_by_consent": "a review or testimonial shown with the writer's name by consent ('arvosteluni', 'min recension'): removing it, with that consent withdrawn, is the withdrawal, not erasure",
    "other_account": "a second account or address of the writer's ('my other account', 'det kontot'): in a case's thread, erasure of it widens the case's erasure",
    "we_wrote": "the writer reports what our mail told them ('I got an e-mail from you saying ...'): a right named after it in the clause is ours, not asked",
    "condition_clause": "opens a condition ('until', 'kunnes', 'tills'): a right named inside it is mentioned, not asked",
    "declined": "a right the writer could ask but says they will not ('I could ..., but I won't')",
    "form_sender": "the label of our web contact form's sender field ('Email', 'Sähköposti', 'E-post'), matched on the folded label alone: a colleague forwarding the form forwards that customer",
    "declined_next": "a right the writer could ask, declined by the sentence after ('I know I can ask you to delete my data. I don't want that.'): matched on the sentence, ' || ' and the sentences after",
    "threatened": "a right held over the controller under a condition ('if ..., I'll ask you to delete'): not asked; a person reads it",
    "rights_listed": "a list of three or more rights the writer has ('har jag rätt till rättelse, radering, dataportabilitet och ...'): the policy's list, background, not asked",
    "own_act_if": "the writer's own act named in an 'if' clause ('if I delete my account, will I lose ...', 'om jag raderar mitt konto'): its consequence is asked about, the right is not asked",
    "not_only": "'not only ... but' (inte bara, ei vain): no negation of the verb it stands by",
    "question_opening": "the words that open a clause as a question ('how', 'should I', 'voinko', 'ska jag'), read at the clause's start: a command before a question is no such clause",
    "break_after_comma": "a word after a comma that opens a new main clause ('but', 'and also', 'mutta', 'men'), read right after the comma",
    "negated_wish": "a negated wish whose object is the clause after its comma ('en halua, että ...'): it negates that clause's verb",
    # safety net: the topic of privacy without a recognised right
    "first_person": "the writer speaking of themselves (I, me, my; minä, -ni; jag, mig): their own data, not data in general",
    "only_asking": "the writer says nothing is asked ('I'm only asking in general', 'kysyn vain')",
    "privacy_strong": "the vocabulary of the rights themselves (GDPR, personal data): with the writer's own data, enough",
    "privacy_topic": "the writer's data, a register, consent, marketing: needs a verb of doing",
    "about_me": "'about me', 'on me': the writer as the subject of what is kept",
    "privacy_have": "verbs of having and knowing, for 'about me'",
    "privacy_action": "verbs of doing something to data (delete, correct, use, keep, see, stop)",
    "own_detail": "the writer's own contact details, named with a possessive or as old/new",
    "detail_change": "a detail that changed or is wrong",
    "detail_held": "a detail held somewhere of ours (an account, a list, the system)",
    "kept_about_me": "notes, entries and recordings kept about the writer",
    "kept_action": "using, passing on, seeing or getting such notes or recordings",
    "ai_training": "feeding the writer's data to an AI",
    "dont_keep": "'I don't want you to have/keep my ...'",
    "death": "a death in the writer's circle",
    "death_action": "the dead person's account, mail or data, or what is done with them",
    "held_on_someone": "what is held about someone the writer speaks for",
}

QUOTING_KEYS: dict[str, str] = {
    "wrote": "an attribution line 'On <date>, <name> wrote:' (the whole line)",
    "wrote_alone": "the word 'wrote:' alone on a line (a wrapped attribution)",
    "separator": "the words of a '-----Original Message-----' line",
    "forward_words": "words that make a separator a forward",
    "header_from": "the 'From' header of a quoted or forwarded header block",
    "header_other": "the other headers of such a block (Sent, To, Subject)",
    "forward_subject": "subject prefixes of a forward ('Fwd', 'VL')",
    "reply_subject": "subject prefixes of a reply ('Re', 'Vs', 'Sv')",
    "client_footer": "mobile and webmail footers ('Sent from my iPhone'): what follows is the client's",
    "disclaimer": "the first line of a confidentiality disclaimer",
}

SCREENING_KEYS: dict[str, str] = {
    "bounce_subject": "delivery-failure wording in a subject",
    "bounce_text": "delivery-failure wording in a text",
    "auto_subject": "automatic-reply subject prefixes",
    "auto_text": "out-of-office and autoresponder wording",
    "unsubscribe_footer": "a newsletter's or cold mail's opt-out footer ('you are receiving this')",
    "phishing_threat": "an account, password or payment threat with a deadline",
    "phishing_lure": "a link or button to verify, log in or update details",
    "pay_verbs": "an order to pay, verify or claim (scored when someone else's link follows)",
    "get_rich": "investment, crypto, prize or inheritance bait",
    "pressure": "pressure to act now",
    "greeting": "greeting words that open a mail",
    "generic_addressee": "a generic addressee after a greeting ('friend', 'valued customer')",
    "sales_offer": "an unsolicited sales offer",
    "sales_cta": "a sales call to action",
    "cold_opener": "the sender has 'looked at your web shop'",
    "domain_scam": "domain renewal or search-engine registration",
    "your_parcel": "'your parcel' in a carrier's voice",
    "parcel_fee": "a parcel held for a fee or returned unless paid",
    "payment_account": "bank details",
    "payment_due": "a due date or payment reference",
    "invoice_overdue": "an invoice said to be overdue or unpaid, in the sender's voice",
    "directory_scam": "a business directory or register listing",
    "details_wanted": "asks the recipient for personal or bank details",
    "gdpr_fear": "GDPR compliance selling: fines and audits",
}

# Keys of the top level whose value is one pattern on folded text.
_FOLDED_TOP = ("negation", "clause_breaks", "new_clause_and", "polite", "past_request")


@dataclass(frozen=True)
class Cue:
    intent: str
    lang: str
    name: str
    pattern: re.Pattern
    negatable: bool = True
    in_question: bool = False
    ref: bool = False
    yields_to: str | None = None
    unless: re.Pattern | None = None
    needs: re.Pattern | None = None

    @property
    def id(self) -> str:
        return f"{self.lang}:{self.name}"


# --- checking a pack ---------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_ESCAPE = re.compile(r"\\.")
_GROUP_NAME = re.compile(r"\(\?P[<=]\w+>?")
_SEEN_BY_FOLD = frozenset(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÅÉÜäöåéü’‘´–—" if fold(c) != c)


def _expand(pattern: str, fragments: Mapping[str, str], controller: str, where: str, depth: int = 0) -> str:
    if depth > 5:
        raise PackError(f"{where}: fragments refer to each other in a loop")

    def one(m: re.Match) -> str:
        name = m.group(1)
        if name == "S":
            return SAME
        if name == "controller":
            return controller
        if name not in fragments:
            raise PackError(f"{where}: unknown placeholder {{{{{name}}}}} (fragments: {', '.join(sorted(fragments)) or 'none'})")
        return "(?:" + _expand(fragments[name], fragments, controller, where, depth + 1) + ")"

    return _PLACEHOLDER.sub(one, pattern)


def _compiled(pattern: object, where: str, fragments: Mapping[str, str], controller: str, folded: bool,
              flags: int = 0) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern.strip():
        raise PackError(f"{where}: expected a non-empty pattern string")
    if folded:
        bare = _GROUP_NAME.sub("", _PLACEHOLDER.sub("", _ESCAPE.sub("", pattern)))
        unfolded = sorted(set(bare) & _SEEN_BY_FOLD)
        if unfolded:
            # Matching runs on folded text, so these characters never match: a dead branch.
            raise PackError(f"{where}: {''.join(unfolded)!r} cannot match folded text (write it folded: ä→a, lower case)")
    text = _expand(pattern, fragments, controller, where)
    try:
        return re.compile(text, flags)
    except re.error as exc:
        raise PackError(f"{where}: not a valid pattern: {exc}") from None


def _mapping(pack: Mapping, key: str, where: str) -> Mapping:
    value = pack.get(key, {})
    if not isinstance(value, Mapping):
        raise PackError(f"{where}.{key}: expected a table of names to patterns")
    return value


def _known(keys, allowed: Mapping[str, str], where: str) -> None:
    for key in keys:
        if key not in allowed:
            close = [k for k in allowed if k[:4] == str(key)[:4]]
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise PackError(f"{where}: unknown key {key!r}{hint}")


def check_pack(pack: object, controller: str = "controller") -> "_Compiled":
    """Check one pack and compile its patterns; raise PackError naming the pack and field."""
    if not isinstance(pack, Mapping):
        raise PackError("pack: expected a table (a dict literal)")
    code = pack.get("code")
    where = f"packs/{code}" if isinstance(code, str) else "pack"
    _known(pack.keys(), TOP_KEYS, where)
    for key in REQUIRED:
        if key not in pack:
            raise PackError(f"{where}: {key} is required")
    if not (isinstance(code, str) and re.fullmatch(r"[a-z]{2}|other", code)):
        raise PackError(f"{where}.code: expected a two-letter code or 'other', got {code!r}")
    if not isinstance(pack["covered"], bool):
        raise PackError(f"{where}.covered: expected True or False")
    if pack["covered"]:
        for key in REQUIRED_IF_COVERED:
            if key not in pack:
                raise PackError(f"{where}: {key} is required in a covered language")
    fragments = _mapping(pack, "fragments", where)
    for name, value in fragments.items():
        _compiled(value, f"{where}.fragments.{name}", fragments, controller, folded=True)
    out = _Compiled(code=code, covered=pack["covered"])
    stop = pack.get("stop_words", "")
    if not isinstance(stop, str):
        raise PackError(f"{where}.stop_words: expected space-separated words")
    out.stop_words = frozenset(stop.split())
    neighbours = _mapping(pack, "neighbour_words", where)
    out.neighbour_words = {k: frozenset(str(v).split()) for k, v in neighbours.items()}
    for key in _FOLDED_TOP:
        if key in pack:
            out.top[key] = _compiled(pack[key], f"{where}.{key}", fragments, controller, folded=True)
    words = _mapping(pack, "words", where)
    _known(words.keys(), WORD_CLASSES, f"{where}.words")
    for name, value in words.items():
        out.words[name] = _compiled(value, f"{where}.words.{name}", fragments, controller, folded=True)
    for section, allowed, flags in (("quoting", QUOTING_KEYS, re.I), ("screening", SCREENING_KEYS, re.I | re.M)):
        table = _mapping(pack, section, where)
        _known(table.keys(), allowed, f"{where}.{section}")
        for name, value in table.items():
            getattr(out, section)[name] = _compiled(value, f"{where}.{section}.{name}", fragments, controller,
                                                    folded=False, flags=flags)
    names = _mapping(pack, "right_names", where)
    for right, value in names.items():
        if right not in INTENTS:
            raise PackError(f"{where}.right_names: {right!r} is not a right (have: {', '.join(INTENTS)})")
        pattern = _compiled(value, f"{where}.right_names.{right}", fragments, controller, folded=True)
        out.cues.append(Cue(right, code, f"name-of-{right}", pattern, ref=True))
    cues = pack["cues"]
    if not isinstance(cues, (list, tuple)) or not cues:
        raise PackError(f"{where}.cues: expected a non-empty list of cues")
    seen: set[str] = set()
    for i, cue in enumerate(cues):
        out.cues.append(_cue(cue, f"{where}.cues[{i}]", code, fragments, controller, seen))
    return out


def _cue(cue: object, where: str, code: str, fragments: Mapping[str, str], controller: str, seen: set[str]) -> Cue:
    if not isinstance(cue, Mapping):
        raise PackError(f"{where}: expected a table")
    _known(cue.keys(), CUE_KEYS, where)
    for key in ("right", "name", "pattern"):
        if key not in cue:
            raise PackError(f"{where}: {key} is required")
    name = cue["name"]
    if not (isinstance(name, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]*", name)):
        raise PackError(f"{where}.name: expected lower-case words joined by '-', got {name!r}")
    where = f"{where} ({name})"
    if name in seen:
        raise PackError(f"{where}: a second cue with this name")
    seen.add(name)
    for key in ("right", "yields_to"):
        if cue.get(key) is not None and cue[key] not in INTENTS:
            raise PackError(f"{where}.{key}: {cue[key]!r} is not a right (have: {', '.join(INTENTS)})")
    for key in ("negatable", "in_question", "ref"):
        if key in cue and not isinstance(cue[key], bool):
            raise PackError(f"{where}.{key}: expected True or False")

    def optional(key: str) -> re.Pattern | None:
        return _compiled(cue[key], f"{where}.{key}", fragments, controller, folded=True) if cue.get(key) else None

    return Cue(cue["right"], code, name, _compiled(cue["pattern"], f"{where}.pattern", fragments, controller, folded=True),
               negatable=cue.get("negatable", True), in_question=cue.get("in_question", False), ref=cue.get("ref", False),
               yields_to=cue.get("yields_to"), unless=optional("unless"), needs=optional("needs"))


class _Compiled:
    """One pack's compiled patterns (internal)."""

    def __init__(self, code: str, covered: bool):
        self.code, self.covered = code, covered
        self.stop_words: frozenset[str] = frozenset()
        self.neighbour_words: dict[str, frozenset[str]] = {}
        self.top: dict[str, re.Pattern] = {}
        self.words: dict[str, re.Pattern] = {}
        self.quoting: dict[str, re.Pattern] = {}
        self.screening: dict[str, re.Pattern] = {}
        self.cues: list[Cue] = []


# --- the vocabulary of several packs ------------------------------------------------------------

_NEVER = re.compile(r"(?!)")  # a kind of word no pack names matches nothing


def _union(patterns: list[re.Pattern], flags: int = 0) -> re.Pattern:
    """One pattern over every pack's, behind its RE2 gate (`gate`: same answers, a fraction of the time)."""
    if not patterns:
        return _NEVER
    if len(patterns) == 1:
        return gated(patterns[0])
    return gated(re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags))


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: modules cache what they build from one
class Vocabulary:
    codes: tuple[str, ...]  # every pack, in order
    covered: tuple[str, ...]  # languages replies are written in
    own_domain: str
    cues: tuple[Cue, ...]
    cue_gate: GateSet  # which cues may match a sentence, in one pass (positions in `cues`)
    words: Mapping[str, re.Pattern]  # WORD_CLASSES, each over all packs
    negation: Mapping[str, re.Pattern]  # per language; "other" for the rest
    clause_breaks: re.Pattern
    new_clause_and: re.Pattern
    polite: re.Pattern
    past_request: re.Pattern
    article: re.Pattern  # a GDPR article named, in any language: "Art. 15", "17 artikla"
    quoting: Mapping[str, re.Pattern]
    screening: Mapping[str, re.Pattern]
    stop_words: Mapping[str, frozenset[str]]
    neighbour_words: Mapping[str, frozenset[str]]


def controller_name(own_domain: str) -> str:
    """The controller's name as written in mail, from its domain: allsec.fi -> allsec."""
    labels = [x for x in (own_domain or "").lower().split(".") if x]
    if len(labels) >= 3 and len(labels[-2]) <= 3:  # shop.co.uk
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "controller")


def compile_packs(packs: tuple[Mapping, ...], own_domain: str) -> Vocabulary:
    """Check every pack and compile them into one vocabulary for a controller's domain."""
    controller = re.escape(fold(controller_name(own_domain)))
    compiled = [check_pack(p, controller) for p in packs]
    codes = [c.code for c in compiled]
    if len(set(codes)) != len(codes):
        raise PackError(f"packs: a language appears twice ({', '.join(codes)})")
    top = {k: [c.top[k] for c in compiled if k in c.top] for k in _FOLDED_TOP}
    negation = {c.code: c.top["negation"] for c in compiled if "negation" in c.top}
    negation.setdefault("other", _union(top["negation"]))
    words = {k: _union([c.words[k] for c in compiled if k in c.words]) for k in WORD_CLASSES}
    cues = tuple(cue for c in compiled for cue in c.cues)
    return Vocabulary(
        codes=tuple(codes),
        covered=tuple(sorted(c.code for c in compiled if c.covered)),
        own_domain=own_domain,
        cues=cues,
        cue_gate=GateSet([cue.pattern for cue in cues]),
        words=MappingProxyType(words),
        negation=MappingProxyType(negation),
        clause_breaks=_union(top["clause_breaks"]),
        new_clause_and=_union(top["new_clause_and"]),
        polite=_union(top["polite"]),
        past_request=_union(top["past_request"]),
        article=gated(_article(words["article_words"].pattern)),
        quoting=MappingProxyType({k: _union([c.quoting[k] for c in compiled if k in c.quoting], re.I) for k in QUOTING_KEYS}),
        screening=MappingProxyType({k: _union([c.screening[k] for c in compiled if k in c.screening], re.I | re.M)
                                    for k in SCREENING_KEYS}),
        stop_words=MappingProxyType({c.code: c.stop_words for c in compiled if c.stop_words}),
        neighbour_words=MappingProxyType({k: v for c in compiled for k, v in c.neighbour_words.items()}),
    )


def _article(words: str) -> re.Pattern:
    # The number after the word ("Art. 17(1)", "artikel 21.1") or before it ("15 artiklan", "21 artiklan 2 kohta").
    return re.compile(
        rf"\b(?:{words})\s*(?P<num>\d{{1,2}})(?:\s*\(?(?P<sub>\d)\)?)?"
        rf"|\b(?P<num2>\d{{1,2}})(?:\.(?P<sub2>\d))?\s*(?:\.\s*)?(?:{words})\b(?:\s*(?P<sub3>\d)\s*kohd)?"
    )


DEFAULT_DOMAIN = "allsec.fi"  # the classifier's default when no settings are given (`rightsbot classify`)


def default_vocabulary(own_domain: str = DEFAULT_DOMAIN) -> Vocabulary:
    """The shipped packs compiled for a controller's domain (once per domain)."""
    # One cache key however the domain is given: lru_cache keys f() and f("allsec.fi") apart, and the
    # vocabulary (1 s and about 10 MB of compiled patterns) was built twice at every start.
    return _shipped_for(own_domain.lower())


@lru_cache(maxsize=8)
def _shipped_for(own_domain: str) -> Vocabulary:
    return compile_packs(SHIPPED, own_domain)


# The shipped packs are checked when the classifier is imported, at start-up: a malformed pack
# stops rightsbot with one line naming the pack and the field.
default_vocabulary()
