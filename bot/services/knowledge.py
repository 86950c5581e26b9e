"""What the register and the case's record say about a case, looked up once per case and pass.

`look_up` asks the register about the case's customer, reads staff's decisions, computes the
retention holds record by record, and finds the phone numbers a marketing ban must cover. The plan
(`bot.core.planning`) and every letter of the pass (`bot.services.letters`) use the answer; a pass
raises tasks and drafts mail, which change no fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from bot.adapters import store
from bot.core.customers import Customer, CustomerData
from bot.core.errors import AmbiguousCustomer
from bot.core.mail.parse import ParsedMail, parse
from bot.core.phones import normalise_phone, phones_in
from bot.core.reading.classify import customer_words
from bot.core.retention import Hold, expired_holds, holds_for
from bot.core.rights import ABSOLUTE_RIGHTS
from bot.core.workflows import CaseFacts
from bot.services.case_rows import CaseRows, Opened, Stored

# Rights whose work covers the marketing channels: the phone numbers are looked for only then.
MARKETING_RIGHTS = frozenset({"marketing_ban", "consent_withdrawal"})


def customer_for(app, email: str | None):
    """The customer record for an address. A register that cannot answer raises: being down must
    never read as "not a customer" (that would draft an identity request or a no-data letter)."""
    if not email or app.register is None:
        return None
    try:
        return app.register.find_by_email(email)
    except AmbiguousCustomer:
        # Two records for one address: staff must match by hand; the requester counts as unverified.
        return None


@dataclass(frozen=True)
class Knowledge:
    """What the register and the case's record say about a case."""

    customer: Customer | None  # the record for the address on record, else for the requester's address
    data: CustomerData | None  # everything held about that customer
    decisions: dict[str, store.Decision]  # staff's decision on each right decided so far
    facts: dict[str, CaseFacts]  # the workflow facts of each right
    holds: tuple[Hold, ...] = ()  # retention holds still running, record by record
    expired: tuple[Hold, ...] = ()  # holds that have ended: those records are erased with the rest
    phones: tuple[str, ...] = ()  # numbers (E.164) a marketing ban covers: the register's, and the mail's
    verified: bool = False
    channels: tuple[str, ...] = field(default=("email",))  # marketing channels stopped: email, sms, phone

    def on_record(self, case: store.Case) -> CustomerData | None:
        """The data held about the customer at the address on record; None until that address is known."""
        return self.data if case.customer_email else None


_UNKNOWN = object()


def look_up(app, session: Session, case: store.Case, today: date, customer=_UNKNOWN, *,
            rows: CaseRows | None = None) -> Knowledge:
    """Ask the register about the case's customer (unless `customer` was just looked up) and read its decisions
    (none yet on a case opened in this transaction, whose rows are in hand: `rows` is `case_rows.Opened`)."""
    if customer is _UNKNOWN:
        customer = customer_for(app, case.customer_email or case.requester)
    # A From that failed DMARC or reads two ways proves nothing about who wrote: the identity step.
    on_record = customer is not None and customer.email.lower() == case.requester and not case.sender_doubts
    verified = on_record or case.identity_confirmed
    data = app.register.data_for(customer.id) if customer is not None else None
    policy = app.retention
    records = data.retention_records if data is not None else ()
    holds = tuple(holds_for(records, policy.classes, policy.financial_year_end, today))
    expired = tuple(expired_holds(records, policy.classes, policy.financial_year_end, today))
    phones = marketing_phones(app, session, case, customer if verified else None, rows)
    new = isinstance(rows, Opened)
    decisions = {} if new else {d.right: d for d in store.case_decisions(session, case.id)}
    facts = {
        right: CaseFacts(sender_on_record=on_record, identity_confirmed=case.identity_confirmed,
                         holds_data=customer is not None, retention_holds=holds,
                         decision=decisions[right].decision if right in decisions else None,
                         # Art. 21(3) and 7(3): a marketing ban and a consent withdrawal are never refused.
                         marked_repeat=case.marked_repeat and right not in ABSOLUTE_RIGHTS,
                         phone_known=bool(phones))
        for right in case.intents
    }
    channels = ("email", "sms", "phone") if phones else ("email",)
    return Knowledge(customer, data, decisions, facts, holds, expired, phones, verified, channels)


def marketing_phones(app, session: Session, case: store.Case, customer: Customer | None,
                     rows: CaseRows | None = None) -> tuple[str, ...]:
    """The phone numbers a marketing ban on this case covers: the one on record for a verified
    customer, and any the requester wrote in their own mail on the case. An unverified requester's
    ban covers only what they wrote themselves, so the letter reveals nothing from the register."""
    if not MARKETING_RIGHTS & set(case.intents):
        return ()
    found: list[str] = []
    if customer is not None and customer.phone:
        number = normalise_phone(customer.phone)
        if number:
            found.append(number)
    ours = normalise_phone(app.settings.controller_phone)
    for mail in (rows or Stored(session, case.id)).mails():
        if mail.direction != "in" or mail.state != "processed":
            continue
        parsed = parse(mail.raw)
        if isinstance(parsed, ParsedMail):
            found += [n for n in phones_in(customer_words(parsed, app.settings.mail_domain).text) if n != ours]
    return tuple(dict.fromkeys(found))


def hold_row(hold: Hold, language: str = "en") -> dict:
    """A hold as templates and `case show` take it (templates/README.md `holds`), cited in `language`."""
    return {"record_class": hold.record_class, "until": hold.until, "legal_basis": hold.cite(language),
            "ground": hold.ground, "financial_year_end": hold.financial_year_end,
            "records": [{"kind": r.kind, "reference": r.reference, "dated": r.dated, "order_number": r.order_number}
                        for r in hold.records]}
