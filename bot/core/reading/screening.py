"""Screening: is this mail from a machine (bounce, auto-reply, bulk, spam)? Pure.

Each rule is a small named object: `check(mail, text)` returns its evidence (a short string
for `reasons`) or None. The tables decide the order (STYLE.md D6). Headers are asked first, the
text second (LAW.md, "Mail headers: who honours what"). The words of the text rules come from the
language packs (`bot.core.reading.vocabulary`, SCREENING_KEYS), so the tables are built once per
vocabulary (`screener`); the module-level tables are those of the shipped packs.

A rule that raises is a bug, never a silent "did not fire": the error names the rule and goes up
to `classify`, which sends the mail to a person (and raises in strict mode, as in the tests).

`X-Auto-Response-Suppress` is deliberately not a machine-mail rule: it asks *us* not to
auto-answer (MS-OXCMAIL 2.1.3.2.20) and Outlook sets it on ordinary mail too, so it only
feeds `no_auto_reply` and the body is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from types import MappingProxyType
from typing import Callable, Mapping

from bot.core.mail.parse import ParsedMail
from bot.core.mail.references import ref_in_subject
from bot.core.reading.gate import gated
from bot.core.reading.vocabulary import Vocabulary, default_vocabulary

# Text rules read the first few KB, as a person glancing at a mail does.
TEXT_LIMIT = 3000


class RuleError(Exception):
    """A rule raised: a bug in the rule, named here so the mail's reasons can say which."""

    def __init__(self, rule: str, exc: BaseException):
        super().__init__(f"rule {rule} raised {type(exc).__name__}: {exc}")
        self.rule = rule


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    check: Callable[[ParsedMail, str], str | None]
    weight: float = 1.0  # used by the scored spam rules only

    def __call__(self, mail: ParsedMail, text: str) -> str | None:
        try:
            return self.check(mail, text)
        except Exception as exc:
            raise RuleError(self.name, exc) from exc


def _h(mail: ParsedMail, name: str) -> str:
    return (mail.header(name) or "").strip()


def _header_rule(name: str, pred: Callable[[str], bool]) -> Callable[[ParsedMail, str], str | None]:
    def check(mail: ParsedMail, _text: str) -> str | None:
        value = _h(mail, name)
        if value and pred(value.lower()):
            return f"header {mail_header_name(name)}: {value[:60]}"
        return None

    return check


def mail_header_name(name: str) -> str:
    return "-".join(p.capitalize() for p in name.split("-"))


def _regex_rule(rx: re.Pattern, *, where: str = "text") -> Callable[[ParsedMail, str], str | None]:
    def check(mail: ParsedMail, text: str) -> str | None:
        hay = mail.subject if where == "subject" else text[:TEXT_LIMIT]
        found = rx.search(hay or "")
        if found:
            return f"{where} '{' '.join(found.group(0).split())[:70]}'"
        return None

    return check


# --- header rules: no language in them ----------------------------------------------------------


def _dsn_report(mail: ParsedMail, _text: str) -> str | None:
    if mail.content_type == "multipart/report" and (mail.report_type or "").lower() == "delivery-status":
        return "multipart/report; report-type=delivery-status"
    return None


def _other_report(mail: ParsedMail, _text: str) -> str | None:
    # Read receipts (RFC 8098) and abuse reports (RFC 5965) are machine mail too.
    if mail.content_type == "multipart/report" and (mail.report_type or "").lower() != "delivery-status":
        return f"multipart/report; report-type={mail.report_type or '?'}"
    return None


def _null_return_path(mail: ParsedMail, _text: str) -> str | None:
    # RFC 5321 4.5.5: a null reverse-path is used only by automatic notices.
    if mail.header("return-path") is not None and _h(mail, "return-path") in ("<>", ""):
        return "header Return-Path: <>"
    return None


_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.IGNORECASE)


def _daemon_sender(mail: ParsedMail, _text: str) -> str | None:
    if _DAEMON.match(mail.from_addr or ""):
        return f"sender {mail.from_addr}"
    return None


def _failed_recipients(mail: ParsedMail, _text: str) -> str | None:
    value = _h(mail, "x-failed-recipients")
    return f"header X-Failed-Recipients: {value[:60]}" if value else None


def _exchange_ndr(mail: ParsedMail, _text: str) -> str | None:
    return "header X-MS-Exchange-Message-Is-Ndr" if mail.header("x-ms-exchange-message-is-ndr") is not None else None


_COMMENT = re.compile(r"\([^()]*\)")


def auto_submitted(value: str | None) -> bool:
    """An Auto-Submitted value says a machine sent the mail: any keyword but `no` (RFC 3834 s. 5).

    The registry (auto-generated, auto-replied, auto-notified) may grow and senders use keywords of
    their own; all of them are machine mail. The keyword is case-insensitive and may stand among
    comments and before `;` parameters. An empty header says nothing.
    """
    keyword = _COMMENT.sub(" ", value or "").split(";")[0].strip().lower()
    return bool(keyword) and keyword != "no"


AUTO_HEADER_RULES: tuple[Rule, ...] = (
    Rule("other-report", "read receipt or feedback report (multipart/report)", _other_report),
    Rule("auto-submitted", "RFC 3834 Auto-Submitted other than 'no'", _header_rule("auto-submitted", auto_submitted)),
    Rule("x-autoreply", "X-Autoreply header", _header_rule("x-autoreply", lambda v: v not in ("no", "false", "0"))),
    Rule("x-autorespond", "X-Autorespond header", _header_rule("x-autorespond", lambda v: True)),
    Rule("x-mail-autoreply", "X-Mail-Autoreply header", _header_rule("x-mail-autoreply", lambda v: True)),
    Rule("x-autoreply-from", "X-AutoReply-From header", _header_rule("x-autoreply-from", lambda v: True)),
    Rule("precedence-auto-reply", "Precedence: auto_reply",
         _header_rule("precedence", lambda v: v.replace("-", "_").startswith("auto_reply"))),
    Rule("x-precedence-auto-reply", "X-Precedence: auto_reply",
         _header_rule("x-precedence", lambda v: v.replace("-", "_").startswith("auto_reply"))),
    Rule("inbox-rules-loop", "Exchange out-of-office loop header",
         _header_rule("x-ms-exchange-inbox-rules-loop", lambda v: True)),
    Rule("null-return-path", "Return-Path <> (null sender)", _null_return_path),
)


def _list_headers(mail: ParsedMail, _text: str) -> str | None:
    for name in ("list-unsubscribe", "list-id", "list-post", "list-help"):
        if mail.header(name) is not None:
            return f"header {mail_header_name(name)}"
    return None


# Bulk and list mail is not a DSR source (LAW.md); a person checks it if it names rights.
BULK_RULES: tuple[Rule, ...] = (
    Rule("precedence-bulk", "Precedence: bulk, list or junk",
         _header_rule("precedence", lambda v: v.startswith(("bulk", "list", "junk")))),
    Rule("x-precedence-bulk", "X-Precedence: bulk, list or junk",
         _header_rule("x-precedence", lambda v: v.startswith(("bulk", "list", "junk")))),
    Rule("list-headers", "RFC 2369 List-* headers", _list_headers),
)

_AUTH_FAIL = re.compile(r"\b(dmarc|dkim|spf)=(fail|softfail|permerror)")
_BULK_MAILER = re.compile(r"(mailchimp|phpmailer|sendinblue|brevo|mailjet|sendgrid|campaign|bulk|mass ?mail)")


def _auth_fail(mail: ParsedMail, _text: str) -> str | None:
    found = _AUTH_FAIL.search(" ".join(mail.headers.get("authentication-results", ())).lower())
    return f"Authentication-Results {found.group(0)}" if found else None


def _bulk_mailer(mail: ParsedMail, _text: str) -> str | None:
    found = _BULK_MAILER.search(_h(mail, "x-mailer").lower())
    return f"X-Mailer {found.group(0)}" if found else None


_RISKY_FILE = re.compile(r"\.(zip|rar|7z|gz|tgz|exe|scr|com|js|jar|vbs|bat|cmd|ps1|iso|img|html?|hta|lnk)$", re.IGNORECASE)


def _risky_attachment(mail: ParsedMail, _text: str) -> str | None:
    for name in mail.attachments:
        if _RISKY_FILE.search(name.strip()):
            return f"attachment '{name[:40]}'"
    return None


def _bulk_any(mail: ParsedMail, text: str) -> str | None:
    for rule in BULK_RULES:
        evidence = rule(mail, text)
        if evidence:
            return evidence
    return None


# --- the rules built from a vocabulary -------------------------------------------------------

SPAM_THRESHOLD = 3.0
# Spam rules that say the sender wants something from the shop (a login, a payment, a demo, a sale):
# spam or bulk mail with one of them that names rights is the pitch, not a person's request.
SELLING = frozenset({"phishing-lure", "sales-offer", "sales-call-to-action", "gdpr-fear", "domain-scam",
                     "parcel-fee", "payment-demand", "directory-scam", "get-rich"})
_LINK = re.compile(r"https?://", re.IGNORECASE)
_HOST = re.compile(r"[\w.-]{1,253}")
LINK_TEXT_LIMIT = 20000
_URL = re.compile(r"https?://([^\s<>\"')\]]{1,2000})", re.IGNORECASE)


@dataclass(frozen=True)
class Screener:
    bounce: tuple[Rule, ...]  # headers: any one is a bounce
    bounce_subject: Rule  # a bounce by text needs both of these
    bounce_text: Rule
    auto_subject: Rule
    auto_text: Rule
    spam: tuple[Rule, ...]  # scored: SPAM_THRESHOLD and over is spam
    patterns: Mapping[str, re.Pattern]  # every pattern the text rules use, by name (tests check each is linear)


@lru_cache(maxsize=8)
def screener(vocab: Vocabulary | None = None) -> Screener:
    """The screening tables for a vocabulary (the shipped packs by default), built once."""
    v = vocab or default_vocabulary()
    w = v.screening
    own = v.own_domain.lower()
    reply_prefix = gated(re.compile(rf"^\s*(?:{v.quoting['reply_subject'].pattern})\s*:", re.IGNORECASE))

    # A domain that wears our name but is not ours ("allsec-fi.example.com", "allsec.fi.example.net"):
    # phishing in the voice of our own mail system or IT. Our own subdomains are ours.
    label = own.split(".")[0]
    wears_our_name = re.compile(rf"(?:^|[.-]){re.escape(label)}(?:[.-]|$)") if len(label) >= 4 else None

    def lookalike(mail: ParsedMail) -> str | None:
        domain = (mail.from_addr or "").rsplit("@", 1)[-1].lower() if "@" in (mail.from_addr or "") else ""
        if not domain or wears_our_name is None or domain == own or domain.endswith("." + own):
            return None
        return f"sender domain {domain[:60]} imitates {own}" if wears_our_name.search(domain) else None

    def lookalike_link(_mail: ParsedMail, text: str) -> str | None:
        # A link to a host that wears our name but is not ours ("allsec-fi.domain-verify.example.com"): the lure of a
        # phishing mail; a customer who links to us links to our own domain.
        if wears_our_name is None:
            return None
        hay = text[:TEXT_LIMIT]
        for link in _LINK.finditer(hay):
            found = _HOST.match(hay, link.end())
            host = found.group(0).lower().rstrip(".") if found else ""
            if host and not (host == own or host.endswith("." + own)) and wears_our_name.search(host):
                return f"a link to {host[:60]}, which imitates {own}"
        return None

    # A link made for our mailbox: our own address in the path or query of someone else's link
    # ("...?e=info@allsec.fi"). Phishing and trackers personalise links so; a customer who pastes a link
    # pastes one with their own address, or ours. The mail's whole text is read, quoted parts too: such a
    # link often ends a long mail, below what reads as a signature or a quote.
    # (the domain after "@" is enough: a local part before it, matched too, made a long link cost quadratic time)
    our_address = re.compile(rf"(?:@|%40)(?:[\w-]+\.)*{re.escape(own)}(?![\w.-]*\w)", re.IGNORECASE)

    def our_address_in_link(mail: ParsedMail, _text: str) -> str | None:
        # the links of the text, and those behind the HTML part's buttons, which its text leaves out
        hrefs = (found.group(1) for link in mail.links if (found := _URL.match(link)))
        for target in chain((link.group(1) for link in _URL.finditer((mail.text or "")[:LINK_TEXT_LIMIT])), hrefs):
            host, _, rest = target.partition("/") if "/" in target else target.partition("?")
            host = host.lower().rstrip(".")
            if host and not (host == own or host.endswith("." + own)) and our_address.search(rest):
                return f"a link to {host[:60]} that carries an address of {own}"
        return None

    def daemon_sender(mail: ParsedMail, text: str) -> str | None:
        return None if lookalike(mail) else _daemon_sender(mail, text)

    def null_path_dsn_subject(mail: ParsedMail, _text: str) -> str | None:
        if _h(mail, "return-path") in ("<>", "") and mail.header("return-path") is not None:
            found = w["bounce_subject"].search(mail.subject or "")
            if found:
                return f"Return-Path <> and subject '{found.group(0)}'"
        return None

    def fake_reply(mail: ParsedMail, _text: str) -> str | None:
        # "Re:" on a first message: spam fakes a thread to look familiar. Forwards and case tags are not this.
        subject = mail.subject or ""
        if reply_prefix.match(subject) and not (mail.in_reply_to or mail.references) and not ref_in_subject(subject):
            return f"subject '{subject[:40]}' without In-Reply-To or References"
        return None

    def payment_demand(_mail: ParsedMail, text: str) -> str | None:
        # An invoice with bank details *and* a due date or reference: fake invoices and renewal scams.
        hay = text[:TEXT_LIMIT]
        account, due = w["payment_account"].search(hay), w["payment_due"].search(hay)
        if account and due:
            return f"payment details '{account.group(0).strip()[:30]}' with '{due.group(0)}'"
        return None

    def pay_link(_mail: ParsedMail, text: str) -> str | None:
        # An order to pay, verify or claim followed by someone else's link; our own links are ours.
        hay = text[:TEXT_LIMIT]
        for verb in w["pay_verbs"].finditer(hay):
            for link in _LINK.finditer(hay, verb.end(), verb.end() + 128):
                found = _HOST.match(hay, link.end())
                host = found.group(0).lower().rstrip(".") if found else ""
                if host and not (host == own or host.endswith("." + own)):
                    return f"text '{verb.group(0)}' then a link to {host[:40]}"
        return None

    greeting = gated(re.compile(rf"^\W*(?:{w['greeting'].pattern})\s+(?:[\w.+-]+@[\w.-]+|(?:{w['generic_addressee'].pattern}))\b",
                          re.IGNORECASE | re.MULTILINE))
    parcel = gated(re.compile(rf"(?:{w['your_parcel'].pattern})[\s\S]{{0,200}}?(?:{w['parcel_fee'].pattern})", re.IGNORECASE))

    auto_subject = gated(re.compile(rf"^\s*(?:{w['auto_subject'].pattern})\b", re.IGNORECASE))

    def text_rule(name: str, description: str, key: str, weight: float = 1.5) -> Rule:
        # Cold mail puts its pitch in the subject as often as in the body ("Grattis – du har vunnit!"). The
        # subject of a reply is the replied mail's (often our own newsletter's), so only a first mail's counts.
        rx = w[key]

        def check(mail: ParsedMail, text: str) -> str | None:
            subject = mail.subject or ""
            found = None if reply_prefix.match(subject) else rx.search(subject)
            where = "subject"
            if not found:
                found, where = rx.search(text[:TEXT_LIMIT]), "text"
            return f"{where} '{' '.join(found.group(0).split())[:70]}'" if found else None

        return Rule(name, description, check, weight)

    return Screener(
        bounce=(
            Rule("dsn-report", "RFC 3464/6522 delivery status report", _dsn_report),
            Rule("daemon-sender", "From MAILER-DAEMON or postmaster (not on a lookalike of our domain)", daemon_sender),
            Rule("failed-recipients", "X-Failed-Recipients header (Exim and others)", _failed_recipients),
            Rule("exchange-ndr", "Exchange non-delivery report header", _exchange_ndr),
            Rule("null-path-dsn-subject", "Return-Path <> with a delivery-failure subject", null_path_dsn_subject),
        ),
        bounce_subject=Rule("dsn-subject", "delivery-failure wording in the subject", _regex_rule(w["bounce_subject"], where="subject")),
        bounce_text=Rule("dsn-text", "delivery-failure wording in the text", _regex_rule(w["bounce_text"])),
        # Subject prefixes that clients put on automatic replies (Outlook, Exchange, Gmail, others).
        auto_subject=Rule("auto-subject", "automatic-reply subject prefix",
                          _regex_rule(auto_subject, where="subject")),
        # Strong phrases only: each says the writer is away or that the message itself is automatic.
        auto_text=Rule("auto-text", "out-of-office or autoresponder wording in the text", _regex_rule(w["auto_text"])),
        spam=(
            Rule("auth-fail", "sender authentication failed at our MTA", _auth_fail, 1.5),
            Rule("bulk-headers", "sent as bulk or list mail", _bulk_any, 1.5),
            Rule("bulk-mailer", "bulk-mail software in X-Mailer", _bulk_mailer, 1.0),
            Rule("urgent-priority", "X-Priority 1 (highest)", _header_rule("x-priority", lambda v: v.startswith("1")), 0.5),
            # Phishing has two parts, scored apart: a threat with a deadline, and the lure (a link to
            # "verify" or pay). A customer asking us something has neither.
            text_rule("phishing-threat", "account, password or payment threat with a deadline", "phishing_threat"),
            Rule("phishing-lure", "a link or button to verify, log in or pay",
                 lambda mail, text: _regex_rule(w["phishing_lure"])(mail, text) or pay_link(mail, text), 1.5),
            # Investment and prize bait: a customer of an alarm shop does not write about returns on crypto.
            text_rule("get-rich", "investment, crypto, prize or inheritance bait", "get_rich"),
            text_rule("pressure", "pressure to act now: limited places, offer expiring", "pressure"),
            Rule("fake-reply", "'Re:' subject but no thread headers", fake_reply, 1.0),
            Rule("generic-greeting", "greeting to a mailbox address or to 'dear friend' / 'dear customer'",
                 _regex_rule(greeting), 1.0),
            text_rule("sales-offer", "unsolicited sales offer", "sales_offer"),
            text_rule("sales-call-to-action", "sales call to action or cold-mail footer", "sales_cta"),
            # A person writing to a shop does not tell the shop how to unsubscribe from *their* mail.
            text_rule("unsubscribe-footer", "cold-mail or newsletter opt-out footer ('reply STOP', 'you are receiving this')",
                      "unsubscribe_footer"),
            text_rule("cold-opener", "cold-mail opener: the sender has 'looked at your web shop'", "cold_opener"),
            text_rule("domain-scam", "domain renewal or search-engine registration offer", "domain_scam"),
            # Parcel scams in the carrier's voice: "your parcel" held for a small unpaid fee. A customer writes "my parcel".
            Rule("parcel-fee", "'your parcel' held for an unpaid fee or returned unless paid", _regex_rule(parcel), 1.5),
            Rule("payment-demand", "unsolicited invoice: bank details with a due date or reference", payment_demand, 1.5),
            # Directory scams bill a listing the shop never ordered; a customer never writes about our entry in one.
            text_rule("directory-scam", "business directory or register listing sold or billed, or an offer dressed as an invoice",
                      "directory_scam"),
            # The sender asks a stranger for personal or bank details: advance-fee fraud and phishing.
            text_rule("details-wanted", "asks the recipient for personal or bank details", "details_wanted", 1.0),
            # Malware rides in archives and programs; a customer sends photos and PDFs.
            Rule("risky-attachment", "an archive, a program or a web page attached", _risky_attachment, 1.0),
            Rule("lookalike-sender", "sender's domain imitates the controller's own domain",
                 lambda mail, _text: lookalike(mail), 1.5),
            Rule("lookalike-link", "a link to a host that imitates the controller's own domain", lookalike_link, 1.5),
            # Enough alone: in 3,964 labelled mails only spam had one. Not in SELLING, so spam that also names
            # rights still goes to a person.
            Rule("our-address-in-link", "someone else's link that carries our own address", our_address_in_link,
                 SPAM_THRESHOLD),
            Rule("undisclosed-recipients", "sent to undisclosed recipients",
                 _header_rule("to", lambda v: "undisclosed" in v.lower()), 1.0),
            text_rule("gdpr-fear", "GDPR compliance selling: fines and audits", "gdpr_fear"),
        ),
        patterns=MappingProxyType({**{f"screening.{k}": p for k, p in w.items()}, "reply-prefix": reply_prefix,
                                   "greeting": greeting, "parcel": parcel, "auto-subject": auto_subject,
                                   "screening.our-address": our_address,  # reads raw links, not cut tokens
                                   **({"lookalike-domain": wears_our_name} if wears_our_name is not None else {})}),
    )


# The shipped packs' tables, for readers and tests.
_DEFAULT = screener()
BOUNCE_RULES = _DEFAULT.bounce
AUTO_SUBJECT = _DEFAULT.auto_subject
AUTO_TEXT = _DEFAULT.auto_text
SPAM_RULES = _DEFAULT.spam
