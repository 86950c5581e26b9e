"""Screening: is this mail from a machine (bounce, auto-reply, bulk, spam)? Pure.

Each rule is a small named object: `check(mail, text)` returns its evidence (a short string
for `reasons`) or None. The tables at the bottom decide the order (STYLE.md D6). Headers are
asked first, the text second (LAW.md, "Mail headers: who honours what").

`X-Auto-Response-Suppress` is deliberately not a machine-mail rule: it asks *us* not to
auto-answer (MS-OXCMAIL 2.1.3.2.20) and Outlook sets it on ordinary mail too, so it only
feeds `no_auto_reply` and the body is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from bot.core.mail.parse import ParsedMail
from bot.core.mail.references import ref_in_subject


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    check: Callable[[ParsedMail, str], str | None]
    weight: float = 1.0  # used by the scored spam rules only

    def __call__(self, mail: ParsedMail, text: str) -> str | None:
        try:
            return self.check(mail, text)
        except Exception:  # a rule must never stop intake; a broken header just does not fire
            return None


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


def _regex_rule(pattern: str, *, where: str = "text", limit: int = 3000) -> Callable[[ParsedMail, str], str | None]:
    rx = re.compile(pattern, re.IGNORECASE | re.MULTILINE)

    def check(mail: ParsedMail, text: str) -> str | None:
        hay = mail.subject if where == "subject" else text[:limit]
        found = rx.search(hay or "")
        if found:
            return f"{where} '{' '.join(found.group(0).split())[:70]}'"
        return None

    return check


# --- bounces ---------------------------------------------------------------------------

_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.IGNORECASE)
_DSN_SUBJECT = (
    r"(undeliver(ed|able)|delivery (status notification|failure|has failed)|returned mail|"
    r"mail delivery (failed|failure|subsystem)|failure notice|delivery failed|non[- ]?delivery|"
    r"toimittamaton|toimitus epäonnistui|ei voitu toimittaa|olevererbart|kunde inte levereras|"
    r"unzustellbar|delayed mail|warning: message .* delayed)"
)


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


def _daemon_sender(mail: ParsedMail, _text: str) -> str | None:
    if _DAEMON.match(mail.from_addr or ""):
        return f"sender {mail.from_addr}"
    return None


def _null_path_dsn_subject(mail: ParsedMail, text: str) -> str | None:
    if _h(mail, "return-path") in ("<>", "") and mail.header("return-path") is not None:
        found = re.search(_DSN_SUBJECT, mail.subject or "", re.IGNORECASE)
        if found:
            return f"Return-Path <> and subject '{found.group(0)}'"
    return None


def _failed_recipients(mail: ParsedMail, _text: str) -> str | None:
    value = _h(mail, "x-failed-recipients")
    return f"header X-Failed-Recipients: {value[:60]}" if value else None


def _exchange_ndr(mail: ParsedMail, _text: str) -> str | None:
    return "header X-MS-Exchange-Message-Is-Ndr" if mail.header("x-ms-exchange-message-is-ndr") is not None else None


BOUNCE_RULES: tuple[Rule, ...] = (
    Rule("dsn-report", "RFC 3464/6522 delivery status report", _dsn_report),
    Rule("daemon-sender", "From MAILER-DAEMON or postmaster", _daemon_sender),
    Rule("failed-recipients", "X-Failed-Recipients header (Exim and others)", _failed_recipients),
    Rule("exchange-ndr", "Exchange non-delivery report header", _exchange_ndr),
    Rule("null-path-dsn-subject", "Return-Path <> with a delivery-failure subject", _null_path_dsn_subject),
)

# A bounce without any of the headers above: the text alone, only with a DSN-like subject too.
BOUNCE_TEXT_RULES: tuple[Rule, ...] = (
    Rule("dsn-subject", "delivery-failure wording in the subject", _regex_rule(_DSN_SUBJECT, where="subject")),
)
BOUNCE_TEXT_BODY = Rule(
    "dsn-text",
    "delivery-failure wording in the text",
    _regex_rule(
        r"(could not be delivered|delivery to the following recipient|permanent (fatal )?error|"
        r"user unknown|mailbox (is )?(full|unavailable)|recipient address rejected|"
        r"message (was not|wasn't|could not be) delivered|toimitus .{0,40}epäonnistui|"
        r"kunde inte levereras|\b5\.\d\.\d+\b)"
    ),
)

# --- auto-replies (RFC 3834 and vendor headers) ---------------------------------------

AUTO_HEADER_RULES: tuple[Rule, ...] = (
    Rule("other-report", "read receipt or feedback report (multipart/report)", _other_report),
    Rule("auto-submitted", "RFC 3834 Auto-Submitted other than 'no'",
         _header_rule("auto-submitted", lambda v: not v.startswith("no"))),
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

# Subject prefixes that clients put on automatic replies (Outlook, Exchange, Gmail, others).
AUTO_SUBJECT = Rule(
    "auto-subject",
    "automatic-reply subject prefix (fi/sv/en/de)",
    _regex_rule(
        r"^\s*(automatic reply|auto(matic)?[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|"
        r"automaattinen vastaus|poissaoloviesti|lomavastaaja|poissa toimistolta|"
        r"autosvar|automatiskt svar|frånvaromeddelande|frånvaro|abwesenheitsnotiz|automatische antwort|"
        r"vacation|on vacation|away from|réponse automatique)\b",
        where="subject",
    ),
)

# Out-of-office and autoresponder wording in the text (fi, sv, en, de). Strong phrases only:
# each says the writer is away or that the message itself is automatic.
AUTO_TEXT = Rule(
    "auto-text",
    "out-of-office or autoresponder wording in the text",
    _regex_rule(
        r"(\bout of (the )?office\b|\bi am (currently )?(away|out|on (annual |parental |sick )?leave|on holiday|on vacation)|"
        r"\bi'?m (currently )?(away|out of the office|on (annual |parental )?leave|on holiday|on vacation)|"
        r"\b(this is an? )?automat(ed|ic) (response|reply|message|acknowledg)|"
        r"\bwill (not|be unable to) (be )?(check|read|respond|access)\w* (my )?e-?mails?|limited access to e-?mail|"
        r"\bolen (lomalla|poissa|vuosilomalla|sairauslomalla|matkoilla|koulutuksessa)|poissa toimistolta|"
        r"tämä on automaattinen (viesti|vastaus)|automaattinen (vastaus|kuittaus)|"
        r"(viestejä|sähköposteja) ei välitetä|tähän osoitteeseen lähetettyjä viestejä ei|"
        r"\bjag är (ledig|på semester|bortrest|tjänstledig|föräldraledig|borta|frånvarande)|"
        r"begränsad tillgång till e-post|detta är ett automatiskt|automatiskt svar|"
        r"nicht im büro|abwesend|automatische antwort|bin (bis|vom) .{0,30} nicht|"
        # helpdesk acknowledgements: the message itself says it is a receipt
        r"\b(we have|we've) received your (e-?mail|message|request|enquiry|inquiry|ticket)\b.{0,200}\b(ticket|case|reference) (number|no|id|#)|"
        r"\bolemme vastaanottaneet (viestisi|sähköpostisi|yhteydenottosi)|\bvi har (tagit emot|mottagit) ditt (meddelande|mejl|mail|ärende)|"
        r"\bolen (poissa|lomalla|vapaalla)\b|\bpalaan (töihin|toimistolle|takaisin)\b.{0,40}\b\d|\bjag är tillbaka (på kontoret )?(den |måndag|tisdag|onsdag|torsdag|fredag|\d)|"
        r"\bi (will|'ll) be back (in the office )?on\b|\bback in the office on\b|"
        # retired or unattended mailboxes answer by themselves: "this mailbox is no longer monitored"
        r"\b(this|the) (mailbox|e-?mail address|address|inbox) is (no longer|not) (monitored|in use|read|checked|active)\b|"
        r"\byour (message|e-?mail) (has not been|was not|will not be) (read|forwarded)\b|"
        r"\b(tätä|tämä) (postilaatikkoa|sähköpostiosoitetta|osoitetta) ei (enää )?(seurata|lueta|ole käytössä)|"
        r"\b(denna|den här) (brevlåda|e-postadress|adress)(n)? (bevakas|läses|används) (inte|ej)( längre)?)"
    ),
)

# --- bulk and list mail ----------------------------------------------------------------


def _list_headers(mail: ParsedMail, _text: str) -> str | None:
    for name in ("list-unsubscribe", "list-id", "list-post", "list-help"):
        if mail.header(name) is not None:
            return f"header {mail_header_name(name)}"
    return None


BULK_RULES: tuple[Rule, ...] = (
    Rule("precedence-bulk", "Precedence: bulk, list or junk",
         _header_rule("precedence", lambda v: v.startswith(("bulk", "list", "junk")))),
    Rule("x-precedence-bulk", "X-Precedence: bulk, list or junk",
         _header_rule("x-precedence", lambda v: v.startswith(("bulk", "list", "junk")))),
    Rule("list-headers", "RFC 2369 List-* headers", _list_headers),
)

# --- spam: scored, salmon-style, with a stated threshold ---------------------------------

SPAM_THRESHOLD = 3.0


def _auth_fail(mail: ParsedMail, _text: str) -> str | None:
    value = " ".join(mail.headers.get("authentication-results", ())).lower()
    found = re.search(r"\b(dmarc|dkim|spf)=(fail|softfail|permerror)", value)
    return f"Authentication-Results {found.group(0)}" if found else None


def _bulk_mailer(mail: ParsedMail, _text: str) -> str | None:
    value = _h(mail, "x-mailer").lower()
    found = re.search(r"(mailchimp|phpmailer|sendinblue|brevo|mailjet|sendgrid|campaign|bulk|mass ?mail)", value)
    return f"X-Mailer {found.group(0)}" if found else None


def _bulk_any(mail: ParsedMail, text: str) -> str | None:
    for rule in BULK_RULES:
        evidence = rule(mail, text)
        if evidence:
            return evidence
    return None


# Cold-mail and newsletter footers: a person writing to a shop does not tell the shop how to
# unsubscribe from *their* mail ("Reply STOP", "You are receiving this because ...").
_UNSUBSCRIBE_FOOTER = (
    r"(\b(reply|respond|answer|svara|vastaa|vastaamalla)\W{1,3}(with\W{1,3})?[\"'“”«]?(stop|stopp|remove|unsubscribe|poista|lopeta|pois|nej)\b|"
    r"\b(click|tap) (here )?to unsubscribe|\bto unsubscribe,? (click|reply|visit|send|use|follow)|\bunsubscribe (here|link|below)\b|"
    r"\bmanage (your )?(e-?mail )?(preferences|subscriptions?)|\bupdate your (e-?mail )?preferences|"
    r"\b(you are|you're) receiving this (e-?mail|message|newsletter|mail)|\bthis (e-?mail|message) was sent to \S+@|"
    r"\bif you (no longer )?(wish|want) (not )?to receive (these|our|further|more|any)|"
    r"\bperu(uta)? (tilaus|uutiskirje) (tästä|täältä|klikkaamalla|linkistä)|\bjos et (enää )?halua (enää )?((saada|vastaanottaa) )?(näitä|viestejä|sähköposte(ja)?|meiltä|uutiskirjettä)|"
    r"\bsaat tämän (viestin|sähköpostin|uutiskirjeen),? koska|"
    r"\bavsluta (din )?prenumeration(en)? (här|genom|via)|\bdu får (det här|detta) (mejl|mail|e-post|nyhetsbrev|utskick)\w* (eftersom|för att|då)|"
    r"\bvill du inte (få|ha) fler (mejl|mail|e-post|utskick|meddelanden)( från oss)?)"
)


def _fake_reply(mail: ParsedMail) -> str | None:
    subject = mail.subject or ""
    if re.match(r"^\s*(re|sv|vs|aw|ang)\s*:", subject, re.I) and not (mail.in_reply_to or mail.references):
        if not ref_in_subject(subject):  # our case tag: a real reply whose headers were lost
            return f"subject '{subject[:40]}' without In-Reply-To or References"
    return None


def _payment_demand(mail: ParsedMail, text: str) -> str | None:
    # An invoice with bank details *and* a due date or reference: fake invoices and renewal scams.
    hay = text[:3000]
    account = re.search(r"(\b(tilinumero|iban|bankgiro|plusgiro|account (number|no)|kontonummer)\b|\b[A-Z]{2}\d{2}(\s?\d{4}){3,})", hay, re.I)
    due = re.search(r"\b(eräpäivä\w*|erapaiva\w*|viite(numero)?\b|förfallo\w*|due (date|by)|payment reference|ocr)\b", hay, re.I)
    if account and due:
        return f"payment details '{account.group(0).strip()[:30]}' with '{due.group(0)}'"
    return None


SPAM_RULES: tuple[Rule, ...] = (
    Rule("auth-fail", "sender authentication failed at our MTA", _auth_fail, 1.5),
    Rule("bulk-headers", "sent as bulk or list mail", _bulk_any, 1.5),
    Rule("bulk-mailer", "bulk-mail software in X-Mailer", _bulk_mailer, 1.0),
    Rule("urgent-priority", "X-Priority 1 (highest)", _header_rule("x-priority", lambda v: v.startswith("1")), 0.5),
    # Phishing has two parts, scored apart: a threat with a deadline, and the lure (a link to
    # "verify" or pay). A customer asking us something has neither.
    Rule("phishing-threat", "account, password or payment threat with a deadline",
         _regex_rule(
             r"(password (for .{0,40})?expire|(account|mailbox|konto|tili\w*|postilaatikko\w*) (will be |has been |wurde |on |har )?(suspend|restrict|lock|block|clos|delet|deactivat|suljetaan|poistetaan|jäädytetään|stängs|raderas|spärras)\w*|"
             r"konto .{0,30}(eingeschränkt|gesperrt)|(within|in|after) (24|48|72) (hours|hrs)|"
             r"(suspension|deactivation|closure|deletion|termination|lock(ing)?) of your (account|mailbox|e-?mail)|"
             r"(mailbox|storage|quota|postilaatik\w*|tallennustila\w*|brevlåd\w*|lagringsutrymme\w*)\W+(\w+\W+){0,4}?(exceeded|full|limit|täynnä|ylitt\w*|full|överskri\w*)|"
             r"tullimaksu|customs (fee|duty|charge)|tullavgift|"
             r"(24|48|72) (tunnin|timmar|stunden)|maksa (nyt|toimitusmaksu|uusimismaksu)|toimitusmaksu|"
             r"eräpäivä tänään|vanhenee|final (notice|warning)|viimeinen (muistutus|varoitus)|sista (påminnelsen|varningen))"
         ), 1.5),
    Rule("phishing-lure", "a link or button to verify, log in or pay",
         _regex_rule(
             r"(verify your (identity|account|e-?mail|mailbox)|"
             # parcel scams: "update your delivery details" in the sender's (second-person) voice
             r"(update|confirm|verify) your (delivery|shipping|address) (details|information|address)|"
             r"(päivitä|vahvista|tarkista) (tietosi|toimitustietosi|toimitustiedot|osoitetietosi|maksutietosi)\b|"
             r"(uppdatera|bekräfta) (dina (uppgifter|leveransuppgifter)|leveransuppgifterna|din leveransadress)|confirm your (identity|account|details|payment)|bestätigen sie|"
             r"update your (payment|billing|card) (details|information|method)|secure (document|message|link)|access code|"
             r"click (here|the (link|button))|(button|link) below|"
             r"(kirjaudu|vahvista) (tästä|linkistä|tunnuksesi|tilisi|henkilöllisyytesi)|(logga in|verifiera|bekräfta) (här|ditt konto|din identitet)|"
             # an order to pay, verify or claim followed by someone else's link
             r"\b(pay|maksa|maksakaa|betala|verify|vahvista|kirjaudu|log ?in|logga in|bekräfta|claim|lunasta|upgrade|päivitä)\b[\s\S]{0,120}?https?://(?![\w.-]*\ballsec\.fi\b))"
         ), 1.5),
    # Investment and prize bait: a customer of an alarm shop does not write about returns on crypto.
    Rule("get-rich", "investment, crypto, prize or inheritance bait",
         _regex_rule(
             r"(\b(bitcoin|btc|crypto\s?(currency|currencies|trading|coins?)?|kryptovaluut\w*|kryptovalut\w*|forex|trading (bot|robot|platform|signals?))\b|"
             r"\b\d[\d,. ]*\s?% (return|returns|profit|roi|tuotto\w*|avkastning)|guaranteed (returns?|profits?|income)|passive income|"
             r"\byou('ve| have) (won|been selected)|\b(lottery|sweepstake\w*|inheritance|beneficiary)\b|"
             # advance-fee fraud: a stranger's millions waiting for a "next of kin"
             r"\b(next of kin|dormant (bank )?account|unclaimed (funds?|sums?|deposit)|transfer of (the )?funds|"
             r"(usd|us\$|eur|gbp|\$|€)\s?\d{1,3}([,. ]\d{3}){2,}|\d{1,3}(\.\d+)? million (us )?(dollars|usd|euros?|eur|pounds))|"
             r"\bolet voittanut|\bvoittaja\w* on|\bperintö\w*|\bdu har vunnit\b|\barvtagare)"
         ), 1.5),
    Rule("pressure", "pressure to act now: limited places, offer expiring",
         _regex_rule(
             r"(\b(register|sign up|join|act|claim|apply|invest) (now|today|immediately)\b|\blimited (time|spaces|spots|places|seats)\b|"
             r"\b(spaces|spots|places|seats) are limited\b|\bonly \d+ (spots|places|seats|spaces) left\b|\bdon'?t miss (the|this|out)\b|"
             r"\bbefore the offer expires\b|\brekisteröidy (nyt|heti)\b|\btoimi nyt\b|\bälä missaa\b|\brajoitettu (määrä|aika)\b|"
             r"\bregistrera dig (nu|idag)\b|\bbegränsat antal\b|\bmissa inte\b|\bpassa på\b)"
         ), 1.5),
    # "Re:" on a first message: spam fakes a thread to look familiar. Forwards and case tags are not this.
    Rule("fake-reply", "'Re:' subject but no thread headers", lambda mail, _t: _fake_reply(mail), 1.0),
    Rule("generic-greeting", "greeting to a mailbox address or to 'dear friend' / 'dear customer' (not the formal 'Dear Sir or Madam')",
         _regex_rule(
             r"^\W*(dear|hello|hi|hei|hej|hyvä|bästa|kära)\s+(\S+@\S+|(dear |valued |beloved )?(friend|customer|user|account holder|beneficiary|asiakas|käyttäjä|kund|användare|vän))\b"
         ), 1.0),
    Rule("sales-offer", "unsolicited sales offer",
         _regex_rule(
             r"(\bwe (offer|provide|can (help|bring|offer|get)|help (online|web|e-?commerce|small)? ?(shops|stores|retailers|businesses|companies))|"
             r"would you be interested|100% guarantee|\d+% off\b|"
             r"price list|(our|fixed-price) (services|packages|audit|team of)|\bSEO\b|verified (consumer |b2b )?contacts|"
             r"deliverability|buyers? (list|database)|lead generation|"
             r"\b(tarjoamme|autamme|voimme auttaa|olisitteko kiinnostunut|kiinnostaisiko|kiinnostaako teitä)\b|"
             r"\bvi (erbjuder|hjälper|kan hjälpa)\b|\b(skulle|är) ni (vara )?intresserade|"
             r"\b(double|triple|boost|grow|increase) (your )?(sales|revenue|traffic|conversions)|"
             r"\b(fördubbla|öka|tredubbla) (er |din )?(försäljning|omsättning|trafik)|\b(tuplaa|kasvata|kasvattaa|lisää) (myyntiä|myyntinne|liikevaihto|asiakkaita|kävijöitä))"
         ), 1.5),
    Rule("sales-call-to-action", "sales call to action or cold-mail footer",
         _regex_rule(
             r"(free (audit|trial|sample|consultation|website audit|\d+-minute)|book a (free |short |quick )?(\d+-minute )?(call|demo|meeting)|"
             r"reply .?(yes|no|remove)\b|to opt out,? reply|you received this (e-?mail|message) because your business|"
             r"if you are interested|let me know your (target|budget)|send (you )?(counts|pricing)|"
             r"\bboka (ett|en) (kostnadsfri|kostnadsfritt|gratis|kort|snabb)?\s?(möte|samtal|demo|genomgång|konsultation)|\bkostnadsfri (analys|genomgång|demo|konsultation|granskning)|"
             r"\bvaraa (maksuton|ilmainen|lyhyt)?\s?(tapaaminen|aika|demo|puhelu|palaveri|kartoitus)|\b(maksuton|ilmainen) (kartoitus|auditointi|kokeilu|demo|konsultaatio|analyysi))"
         ), 1.5),
    Rule("unsubscribe-footer", "cold-mail or newsletter opt-out footer ('reply STOP', 'you are receiving this')",
         _regex_rule(_UNSUBSCRIBE_FOOTER), 1.5),
    Rule("cold-opener", "cold-mail opener: the sender has 'looked at your web shop'",
         _regex_rule(
             r"(\bwe (noticed|saw|reviewed|checked|analy[sz]ed|came across|looked at) your (web ?site|web ?shop|site|online (store|shop)|store|shop)|"
             r"\bi (noticed|saw|reviewed|checked|came across|looked at|have looked at|visited) your (web ?site|web ?shop|site|online (store|shop)|store|shop)|"
             r"\bjag har (tittat|kollat|sett) på (er|din) (webbshop|webbplats|sajt|hemsida|nätbutik|e-handel)|\bvi har (tittat|kollat|sett) på (er|din)|"
             r"\b(kävin|kävimme|tutustuin|tutustuimme|katsoin|katsoimme|huomasin|huomasimme)\b.{0,30}\b(verkkokaup|verkkosivu|sivustoanne|sivujanne|kotisivu))"
         ), 1.5),
    Rule("domain-scam", "domain renewal or search-engine registration offer",
         _regex_rule(
             r"((verkkotunnu\w*|domain( name)?|domän\w*)\W+(\w+\W+){0,6}?(uusi\w*|päätty\w*|vanhen\w*|umpeutu\w*|expir\w*|renew\w*|förny\w*|löper ut|går ut)|"
             r"hakukonerekister\w*|search engine (registration|submission)|sökmotorregistrering\w*)"
         ), 1.5),
    # Parcel scams in the carrier's voice: "your parcel" held for a small unpaid fee or sent back.
    # A customer writes "my parcel"; the second person is the sender's.
    Rule("parcel-fee", "'your parcel' held for an unpaid fee or returned unless paid",
         _regex_rule(
             r"\b(lähetyksesi|lähetykseesi|pakettisi|pakettiisi|toimituksesi|your (parcel|package|shipment|delivery)|"
             r"din (försändelse|leverans|paket)|ditt paket)\b[\s\S]{0,200}?"
             r"\b(maksamaton|maksamattoman|unpaid|outstanding|obetald\w*|palautetaan lähettäjälle|returned to (the )?sender|"
             r"returneras till avsändaren|(small |a )?(delivery|shipping|customs|redelivery) (fee|charge))\b"
         ), 1.5),
    Rule("payment-demand", "unsolicited invoice: bank details with a due date or reference", _payment_demand, 1.5),
    # Directory scams bill a listing in a business "register" or "catalogue" the shop never
    # ordered; a customer never writes about our company's entry in a business directory.
    Rule("directory-scam", "business directory or register listing sold or billed",
         _regex_rule(
             r"(företagsregist\w*|företagskatalog\w*|yritysrekister\w*|yrityshakemist\w*|business (directory|register|listing)|"
             r"company (directory|register|listing)|trade (directory|register)|b2b (directory|register))"
         ), 1.5),
    # The sender asks a stranger for personal or bank details: advance-fee fraud and phishing.
    Rule("details-wanted", "asks the recipient for personal or bank details",
         _regex_rule(
             r"\b(reply|respond|send|provide|forward|get back)\b[^.!?\n]{0,25}\b(with )?your (full name|full names|private (phone|telephone|number|e-?mail)|"
             r"bank (details|account)|date of birth|passport|id (card|copy)|home address|telephone number|phone number)"
         ), 1.0),
    Rule("undisclosed-recipients", "sent to undisclosed recipients", _header_rule("to", lambda v: "undisclosed" in v.lower()), 1.0),
    Rule("gdpr-fear", "GDPR compliance selling: fines and audits",
         _regex_rule(
             r"(\bfines? (of )?up to\b|\b(4|four) ?% of (your )?(annual|global)|\b20 (million|miljoonaa|miljoner)|"
             r"\b(gdpr|tietosuoja|dataskydd)\w*[- ](compliance|audit\w*|kartoitu\w*|konsult\w*|training|koulutu\w*|certifi\w*|granskning\w*|utbildning\w*)|"
             r"\b(sakko\w*|seuraamusmaksu\w*) (jopa|enintään)|\b(böter|sanktionsavgift\w*) på upp till)"
         ), 1.5),
)
