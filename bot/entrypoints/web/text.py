"""The console's words in English and Finnish (STAFF_LANGUAGE; sv shows English for now).

One table, key -> (English, Finnish), so a missing translation is a gap in a row anyone can see;
tests/unit/test_console_text.py checks that every key the templates use has both, and that every
status, right and mail state has a name. Placeholders are str.format fields.
"""

from __future__ import annotations

from datetime import date

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TEXT: dict[str, tuple[str, str]] = {
    # Navigation and page titles.
    "nav.queue": ("Queue", "Jono"),
    "nav.triage": ("Triage", "Luokittelu"),
    "nav.statistics": ("Statistics", "Tilastot"),
    "nav.signout": ("Sign out", "Kirjaudu ulos"),
    "error.refused": ("Not done:", "Ei tehty:"),
    "refused.title": ("Not allowed. Sign in first.", "Ei sallittu. Kirjaudu ensin sisään."),
    "refused.missing": ("Not found", "Ei löytynyt"),
    "refused.back": ("Back to the queue", "Takaisin jonoon"),
    # Sign-in.
    "signin.title": ("Sign in to rightsbot", "Kirjaudu rightsbotiin"),
    "signin.email": ("Your work e-mail address", "Työsähköpostiosoitteesi"),
    "signin.send": ("Mail me a sign-in link", "Lähetä kirjautumislinkki"),
    "signin.hint": ("The link works once, for 15 minutes. Only addresses in STAFF_EMAILS get one.",
                    "Linkki toimii kerran, 15 minuutin ajan. Vain STAFF_EMAILS-osoitteet saavat linkin."),
    "signin.sent": ("If that address belongs to staff, a sign-in link is on its way. Check your mail.",
                    "Jos osoite kuuluu henkilökunnalle, kirjautumislinkki on matkalla. Katso sähköpostisi."),
    "signin.limited": ("Too many attempts. Wait a quarter of an hour and try again.",
                       "Liian monta yritystä. Odota vartti ja yritä uudelleen."),
    "signin.refused": ("This sign-in link has been used or has expired.",
                       "Tämä kirjautumislinkki on jo käytetty tai vanhentunut."),
    "signin.again": ("Ask for a new link", "Pyydä uusi linkki"),
    "signin.as": ("Sign in as {email}", "Kirjaudu käyttäjänä {email}"),
    # What was just done.
    "done.signed_out": ("You are signed out.", "Olet kirjautunut ulos."),
    "done.verified": ("Identity confirmed.", "Henkilöllisyys vahvistettu."),
    "done.decided": ("Decision recorded.", "Päätös kirjattu."),
    "done.tasks_done": ("Tasks marked done.", "Tehtävät merkitty tehdyiksi."),
    "done.extended": ("Deadline extended; the notice waits for approval.",
                      "Määräaikaa jatkettu; ilmoitus odottaa hyväksyntää."),
    "done.marked_repeat": ("Marked manifestly unfounded or excessive.", "Merkitty ilmeisen perusteettomaksi tai kohtuuttomaksi."),
    "done.triaged": ("Rights set; the workflow has started.", "Oikeudet asetettu; käsittely alkoi."),
    "done.closed": ("Case closed.", "Tapaus suljettu."),
    "done.resolved": ("Mail marked as dealt with.", "Viesti merkitty käsitellyksi."),
    "done.retried": ("Mail handled again.", "Viesti käsitelty uudelleen."),
    "done.saved": ("Draft saved. It still needs approval.", "Luonnos tallennettu. Se odottaa yhä hyväksyntää."),
    "done.approved": ("Draft approved. It goes out with the next send.", "Luonnos hyväksytty. Se lähtee seuraavassa lähetyksessä."),
    "done.approved_many": ("{n} draft(s) approved.", "{n} luonnosta hyväksytty."),
    "done.attachment_saved": ("Attachment saved.", "Liite tallennettu."),
    "done.rejected": ("Draft rejected.", "Luonnos hylätty."),
    "done.redrafted": ("Drafted again from the template.", "Luonnos laadittu uudelleen pohjasta."),
    "done.sent": ("Sent {sent}, deferred {deferred}, failed {failed}.",
                  "Lähetetty {sent}, lykätty {deferred}, epäonnistui {failed}."),
    # The queue.
    "queue.title": ("Queue", "Jono"),
    "queue.today": ("today {day}", "tänään {day}"),
    "queue.cases": ("Open cases by due date", "Avoimet tapaukset määräpäivän mukaan"),
    "queue.no_cases": ("No open cases.", "Ei avoimia tapauksia."),
    # Under the column "Working days": how many are left, or how many have passed since the due date.
    "queue.days_left": ("left: {n}", "jäljellä: {n}"),
    "queue.overdue_by": ("overdue: {n}", "myöhässä: {n}"),
    "queue.drafts": ("Drafts waiting for approval", "Hyväksyntää odottavat luonnokset"),
    "queue.no_drafts": ("No drafts waiting.", "Ei odottavia luonnoksia."),
    "queue.select_draft": ("Select draft {id}", "Valitse luonnos {id}"),
    "queue.approve_selected": ("Approve selected", "Hyväksy valitut"),
    "queue.approve_hint": ("All or none: a draft that cannot be approved stops the lot.",
                           "Kaikki tai ei mitään: yksikin hyväksymiskelvoton luonnos pysäyttää kaikki."),
    "queue.failed": ("Failed to send", "Lähetys epäonnistui"),
    "queue.approved_waiting": ("Approved, waiting to be sent: {n}", "Hyväksytty, odottaa lähetystä: {n}"),
    "queue.send_now": ("Send approved replies now", "Lähetä hyväksytyt vastaukset nyt"),
    "queue.triage": ("To triage", "Luokiteltavat"),
    "queue.no_triage": ("Nothing to triage.", "Ei luokiteltavaa."),
    "queue.to_triage": ("Open the triage page", "Avaa luokittelusivu"),
    "queue.mail": ("Mail #{id}", "Viesti #{id}"),
    "queue.flagged": ("Flagged mail", "Merkityt viestit"),
    "queue.no_flagged": ("No flagged mail.", "Ei merkittyjä viestejä."),
    # A case.
    "case.ref": ("Case", "Tapaus"),
    "case.due": ("Due", "Määräpäivä"),
    "case.days": ("Working days", "Arkipäiviä"),
    "case.status": ("Status", "Tila"),
    "case.language": ("Language", "Kieli"),
    "case.rights": ("Rights", "Oikeudet"),
    "case.waits_for": ("Waits for", "Odottaa"),
    "case.requester": ("Requester", "Pyytäjä"),
    "case.received": ("Received", "Saapunut"),
    "case.legal": ("(legal, Art. 12(3))", "(lakisääteinen, 12 art. 3 kohta)"),
    "case.extended": ("(extended)", "(jatkettu)"),
    "case.suspended": ("(with the identity wait)", "(henkilöllisyyden odotus lisätty)"),
    "case.owed_by": ("Answer owed by", "Vastattava viimeistään"),
    "case.overdue": ("overdue", "myöhässä"),
    "case.reminders": ("Reminders", "Muistutukset"),
    "case.identity": ("Identity", "Henkilöllisyys"),
    "case.holds": ("Retention holds", "Säilytysvelvoitteet"),
    "case.nothing_next": ("Nothing: the case is answered or closed.", "Ei mitään: tapaus on vastattu tai suljettu."),
    "case.mail": ("The customer's mail", "Asiakkaan viestit"),
    "case.drafts": ("Drafts", "Luonnokset"),
    "case.tasks": ("Tasks", "Tehtävät"),
    "case.decisions": ("Decisions", "Päätökset"),
    "case.deadline": ("Deadline", "Määräaika"),
    "case.events": ("Event history", "Tapahtumahistoria"),
    "case.actions": ("Staff actions", "Toimenpiteet"),
    "identity.title": ("Confirm the requester's identity", "Vahvista pyytäjän henkilöllisyys"),
    "identity.confirmed": ("confirmed by staff", "henkilökunnan vahvistama"),
    "identity.on_record": ("the address on record", "rekisterissä oleva osoite"),
    "identity.not_verified": ("not verified", "ei vahvistettu"),
    "identity.sender_doubts": ("the From address does not count:", "lähettäjän osoite ei riitä:"),
    "case.sender": ("Sender check (SPF, DKIM, DMARC)", "Lähettäjän tarkistus (SPF, DKIM, DMARC)"),
    "identity.data_to": ("data go to", "tiedot lähetetään osoitteeseen"),
    "identity.by_customer": ("Customer's address on record", "Asiakkaan osoite rekisterissä"),
    "identity.by_order": ("Order number", "Tilausnumero"),
    "identity.name": ("name given", "annettu nimi"),
    "identity.no_customer": ("Confirmed, no customer record", "Vahvistettu, ei asiakastietoja"),
    "identity.submit": ("Confirm identity", "Vahvista henkilöllisyys"),
    "hold.until": ("until {day}", "{day} asti"),
    "hold.vouchers": ("vouchers", "tositteet"),
    "hold.ledgers": ("ledgers", "kirjanpito"),
    "hold.consumer_claims": ("consumer claims", "kuluttajan vaatimukset"),
    "task.note": ("what was done (needed for a correction)", "mitä tehtiin (pakollinen oikaisussa)"),
    "task.done": ("Mark ticked tasks done", "Merkitse rastitut tehdyiksi"),
    "decision.right": ("Right", "Oikeus"),
    "decision.granted": ("grant", "hyväksy"),
    "decision.refused": ("refuse", "hylkää"),
    "decision.reasons": ("Reasons (required to refuse; in the customer's language)",
                         "Perustelut (pakolliset hylätessä; asiakkaan kielellä)"),
    "decision.submit": ("Record decision", "Kirjaa päätös"),
    "extend.reason": ("Reasons for the extension (in the customer's language)", "Jatkamisen syyt (asiakkaan kielellä)"),
    "extend.submit": ("Extend by two months", "Jatka kahdella kuukaudella"),
    "extend.hint": ("Only within the first month, until {day} (Art. 12(3)).",
                    "Vain ensimmäisen kuukauden aikana, {day} asti (12 art. 3 kohta)."),
    "extend.already": ("Extended to {day}.", "Jatkettu {day} asti."),
    "repeat.title": ("Manifestly unfounded or excessive (Art. 12(5))", "Ilmeisen perusteeton tai kohtuuton (12 art. 5 kohta)"),
    "repeat.reason": ("Reasons (in the customer's language)", "Perustelut (asiakkaan kielellä)"),
    "repeat.submit": ("Mark", "Merkitse"),
    "close.title": ("Close the case", "Sulje tapaus"),
    "close.reason": ("Reason", "Syy"),
    "close.outcome": ("Outcome", "Lopputulos"),
    "close.submit": ("Close", "Sulje"),
    "event.at": ("When", "Milloin"),
    "event.what": ("What", "Mitä"),
    "event.who": ("Who", "Kuka"),
    "event.details": ("Details", "Tiedot"),
    # Mail.
    "mail.from": ("from", "lähettäjä"),
    "mail.received": ("Received", "Saapunut"),
    "mail.no_subject": ("(no subject)", "(ei aihetta)"),
    "mail.why": ("Why", "Syy"),
    "mail.unreadable": ("The mail cannot be read as text.", "Viestiä ei voi lukea tekstinä."),
    "mail.classified": ("Read as {kind} ({confidence} % sure)", "Luettu: {kind} ({confidence} % varma)"),
    "mail.unsure": ("a person must read it", "ihmisen on luettava"),
    "mail.resolve_note": ("What was done", "Mitä tehtiin"),
    "mail.resolve": ("Mark as dealt with", "Merkitse käsitellyksi"),
    "mail.retry": ("Handle again", "Käsittele uudelleen"),
    # Draft review.
    "draft.title": ("Draft #{id}", "Luonnos #{id}"),
    "draft.status": ("Status", "Tila"),
    "draft.subject": ("Subject", "Aihe"),
    "draft.template": ("Template", "Pohja"),
    "draft.to": ("To", "Vastaanottaja"),
    "draft.sent": ("Sent", "Lähetetty"),
    "draft.customer_mail": ("The customer wrote", "Asiakas kirjoitti"),
    "draft.reply": ("Our reply", "Vastauksemme"),
    "draft.save": ("Save text", "Tallenna teksti"),
    "draft.save_approve": ("Save and approve", "Tallenna ja hyväksy"),
    "draft.attachments": ("Attachments", "Liitteet"),
    "draft.bytes": ("{n} bytes", "{n} tavua"),
    "draft.save_attachment": ("Save attachment", "Tallenna liite"),
    "draft.redact_hint": ("Remove other people's data before approving (Art. 15(4)).",
                          "Poista muiden henkilöiden tiedot ennen hyväksymistä (15 art. 4 kohta)."),
    "draft.binary": ("Not text; cannot be shown.", "Ei tekstiä; ei voi näyttää."),
    "draft.reject_reason": ("Reason for rejecting", "Hylkäyksen syy"),
    "draft.reject": ("Reject", "Hylkää"),
    "draft.redraft": ("Draft again from the template", "Laadi uudelleen pohjasta"),
    "draft.redraft_hint": ("From the templates and today's facts; this draft stays on record.",
                           "Pohjista ja tämän päivän tiedoista; tämä luonnos jää talteen."),
    "draft.rejected": ("Rejected:", "Hylätty:"),
    "draft.superseded": ("Replaced by draft", "Korvattu luonnoksella"),
    "draft.answers": ("Answers", "Vastaa"),
    # Triage.
    "triage.title": ("Triage: what does the mail ask?", "Luokittelu: mitä viestissä pyydetään?"),
    "triage.intro": ("Read each mail, then say whether it is a request and which rights it asks for. The deadline "
                     "counts from when the mail arrived, not from now.",
                     "Lue viesti ja kerro, onko se pyyntö ja mitä oikeuksia siinä pyydetään. Määräaika lasketaan "
                     "viestin saapumisesta, ei tästä hetkestä."),
    "triage.kind": ("Kind", "Laji"),
    "triage.is_request": ("a request", "pyyntö"),
    "triage.not_request": ("not a request", "ei pyyntö"),
    "triage.rights": ("Rights asked for", "Pyydetyt oikeudet"),
    "triage.note": ("Note (required if not a request)", "Huomautus (pakollinen, jos ei pyyntö)"),
    "triage.submit": ("Save", "Tallenna"),
    "triage.hint": ("A request starts its workflow now; otherwise the note is kept in the log.",
                    "Pyynnön käsittely alkaa heti; muuten huomautus jää lokiin."),
    "triage.received": ("received {when}, due {day}", "saapunut {when}, määräpäivä {day}"),
    "triage.no_case": ("received {when}, no case yet", "saapunut {when}, ei vielä tapausta"),
    # Statistics.
    "stats.title": ("Statistics", "Tilastot"),
    "stats.requests": ("requests in all", "pyyntöä yhteensä"),
    "stats.on_time": ("answered on time (of {n} answered)", "vastattu ajallaan ({n} vastatusta)"),
    "stats.median_days": ("median days to answer", "vastausajan mediaani, päivää"),
    "stats.overdue": ("overdue now (of {open} open)", "myöhässä nyt ({open} avoimesta)"),
    "stats.per_month": ("Requests per month by right", "Pyynnöt kuukausittain oikeuksittain"),
    "stats.month": ("Month", "Kuukausi"),
    "stats.none": ("No requests yet.", "Ei vielä pyyntöjä."),
    # Names of values.
    "status.triage": ("triage", "luokittelu"),
    "status.open": ("open", "avoin"),
    "status.awaiting_requester": ("awaiting requester", "odottaa pyytäjää"),
    "status.answered": ("answered", "vastattu"),
    "status.closed": ("closed", "suljettu"),
    "draftstatus.pending": ("pending", "odottaa"),
    "draftstatus.approved": ("approved", "hyväksytty"),
    "draftstatus.sending": ("sending", "lähtemässä"),
    "draftstatus.rejected": ("rejected", "hylätty"),
    "draftstatus.sent": ("sent", "lähetetty"),
    "draftstatus.failed": ("failed", "epäonnistui"),
    "mailstate.processed": ("processed", "käsitelty"),
    "mailstate.quarantined": ("quarantined", "eristetty"),
    "mailstate.duplicate": ("duplicate", "kaksoiskappale"),
    "mailstate.flagged": ("flagged", "merkitty"),
    "mailstate.ignored": ("ignored", "ohitettu"),
    "mailstate.resolved": ("dealt with", "käsitelty"),
    "flag.needs-triage": ("the classifier is unsure", "luokittelija on epävarma"),
    "flag.sender-is-not-requester": ("someone other than the requester wrote", "joku muu kuin pyytäjä kirjoitti"),
    "flag.our-reply-bounced": ("our reply bounced", "vastauksemme palautui"),
    "kind.request": ("a request", "pyyntö"),
    "kind.followup": ("a followup", "jatkoviesti"),
    "kind.auto_reply": ("an automatic reply", "automaattivastaus"),
    "kind.bounce": ("a bounce", "palautusviesti"),
    "kind.spam": ("spam", "roskapostia"),
    "kind.other": ("other mail", "muu viesti"),
    "kind.malformed": ("unreadable", "lukukelvoton"),
    "wait.triage": ("triage", "luokittelu"),
    "wait.draft": ("a draft", "luonnos"),
    "wait.tasks": ("tasks", "tehtävät"),
    "wait.tasks_open": ("tasks", "tehtävät"),
    "wait.decision": ("a decision", "päätös"),
    "wait.approval": ("approval", "hyväksyntä"),
    "wait.blocked": ("a redraft", "uusi luonnos"),
    "wait.requester": ("the requester", "pyytäjä"),
    "wait.sending": ("sending", "lähetys"),
    "wait.failed": ("a failed send", "epäonnistunut lähetys"),
    "wait.task": ("a task", "tehtävä"),
    "outcome.granted": ("granted", "hyväksytty"),
    "outcome.partially_refused": ("partially refused", "osittain hylätty"),
    "outcome.refused": ("refused", "hylätty"),
    "outcome.no_data": ("no data held", "ei tietoja"),
    "outcome.withdrawn": ("withdrawn", "peruttu"),
    "right.access": ("access", "pääsy tietoihin"),
    "right.rectification": ("rectification", "oikaisu"),
    "right.erasure": ("erasure", "poisto"),
    "right.restriction": ("restriction", "rajoittaminen"),
    "right.portability": ("portability", "siirto"),
    "right.objection": ("objection", "vastustaminen"),
    "right.marketing_ban": ("marketing ban", "suoramarkkinointikielto"),
    "right.consent_withdrawal": ("consent withdrawal", "suostumuksen peruutus"),
}

LANGUAGES = ("en", "fi")


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "?"


class Text:
    """`text("queue.days_left", n=3)`: the words for a key in one language."""

    def __init__(self, language: str):
        self.language = language if language in LANGUAGES else "en"
        self._column = LANGUAGES.index(self.language)

    @classmethod
    def for_language(cls, staff_language: str) -> Text:
        return cls(staff_language)

    def __call__(self, key: str, **values) -> str:
        row = TEXT.get(key)
        if row is None:
            # A value the table does not name yet (a new mail state, say) shows as itself, not as an error page.
            return key.rsplit(".", 1)[-1]
        # A placeholder with no value (a hand-made ?done= address) shows as "?" rather than failing.
        return row[self._column].format_map(_Values(values))

    def date(self, d: date) -> str:
        if self.language == "fi":
            return f"{d.day}.{d.month}.{d.year}"
        return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"
