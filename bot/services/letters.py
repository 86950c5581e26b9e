"""Letters: what each workflow step's mail says, and one coherent letter for rights decided together.

A step's mail is drafted from its template with the context that template needs (templates/README.md).
Replies on the substance that are ready while another one of the case still waits for approval are
combined into one letter (`customer/combined-reply`): one greeting, each right's own section, the
complaint routes once if anything is refused (Art. 12(4)), one signature, every attachment. The
acknowledgement, the identity and clarification requests, the extension notice and free-text replies
always go alone. A draft that staff edited is never combined: what they wrote stays as written.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlmodel import Session

from bot.adapters import store
from bot.core.errors import BotError
from bot.core.events import EventName
from bot.core.export import access_export, portability_export
from bot.core.mail.build import Attachment
from bot.core.planning import NO_PERSONAL_DATA_TEMPLATES, Action, recipient
from bot.core.retention import Hold
from bot.core.rights import INTENTS
from bot.core.states import DraftStatus
from bot.core.workflows import CaseFacts
from bot.services.case_rows import CaseRows, Stored
from bot.services.drafts import base_context, create_draft, withdraw
from bot.services.knowledge import Knowledge, hold_row

COMBINED = "customer/combined-reply"
FREE_REPLY = "customer/free-reply"
# Mails that always go alone: they come before the answer, or stand apart from it (EDPB 01/2022
# §157: the extension notice is kept apart from any refusal), or staff wrote them.
ALONE = frozenset({"customer/acknowledgement", "customer/identity-request", "customer/clarification-request",
                   "customer/extension-notice", FREE_REPLY})
# Sections of one template in one letter become one section that names each right.
MERGED_LISTS = {"customer/refusal": "refused", "customer/no-data": "rights"}
# Erased and kept data categories (templates/README.md `erased` and `kept` keys).
ERASED_ALWAYS = ("account", "newsletter", "analytics", "marketing")


@dataclass(frozen=True)
class Part:
    """One workflow step a letter answers."""

    scope: str
    step: str
    template: str
    refuses: bool = False
    attach: str | None = None

    @classmethod
    def of(cls, action: Action) -> Part:
        scope, step = action.key
        return cls(scope, step, action.template, action.refuses, action.attach)


def parts_of(draft: store.Draft) -> list[Part]:
    return [Part(**p) if isinstance(p, dict) else Part(*p) for p in json.loads(draft.parts_json or "[]")] or [
        Part(draft.scope, draft.step, draft.template)]


def erasure_lists(holds: tuple[Hold, ...]) -> tuple[list[str], list[str]]:
    """What an erasure removes and what it keeps (templates/README.md `erased` and `kept` keys).

    Art. 17(3)(b)/(e): what a running hold covers is kept, and listed as kept, never as erased:
    the name and address on the kept records, the orders they show, and, while vouchers are kept,
    the correspondence about the purchases (liiketapahtumia koskeva kirjeenvaihto, KPL 2:10).
    """
    if not holds:
        return list(ERASED_ALWAYS) + ["contact_details", "order_history", "contact_history"], []
    vouchers = any(h.record_class == "vouchers" for h in holds)
    erased = list(ERASED_ALWAYS) + ["contact_details_other", "contact_history_other" if vouchers else "contact_history"]
    kept = ["name_and_address_on_records", "order_history_on_records"] + (["purchase_correspondence"] if vouchers else [])
    return erased, kept


def step_context(app, session: Session, case: store.Case, part: Part, knowledge: Knowledge,
                 rows: CaseRows | None = None):
    """The template variables a step's mail needs beyond the common ones, and its attachments."""
    template, right = part.template, part.scope
    extra: dict = {"refuses": part.refuses}
    # The language the letter will be written in, for the citations it prints.
    language = app.renderer.language_for(template, base_context(app.settings, case)["language"])
    attachments: list[Attachment] = []
    right_facts = knowledge.facts.get(right, CaseFacts())
    decision = knowledge.decisions.get(right)
    if template in ("customer/access-reply", "customer/portability-reply"):
        data = knowledge.on_record(case)
        extra["holds_data"] = data is not None
        if data is not None:
            files = access_export(data) if part.attach != "provided_data" else portability_export(data)
            for name, content in files.items():
                mime = "application/json" if name.endswith(".json") else "text/csv"
                attachments.append(Attachment(f"{case.ref}-{name}", content, mime))
        extra["attachments"] = [a.filename for a in attachments]
        # Art. 15(1)(c), (d) and 15(2): the named recipients, this customer's own retention dates, safeguards.
        extra["retention"] = [hold_row(h, language) for h in knowledge.holds] if data is not None else []
        extra["recipients"] = [r.row() for r in app.recipients]
    elif template in ("customer/erasure-done", "customer/erasure-partial-refusal"):
        holds = right_facts.retention_holds
        extra["erased"], extra["kept"] = erasure_lists(holds)
        extra["holds"] = [hold_row(h, language) for h in holds]
        extra["expired"] = [hold_row(h, language) for h in knowledge.expired]
    elif template == "customer/rectification-done":
        notes = [t.note for t in (rows or Stored(session, case.id)).tasks() if t.task == "correct-register-data"
                 and t.note and any(scope == right for scope, _ in store.task_keys(t))]
        extra["changes"] = list(dict.fromkeys(notes))
    elif template in ("customer/restriction-decision", "customer/objection-decision"):
        extra["granted"] = decision is not None and decision.decision == "granted"
        extra["reasons"] = decision.reasons if decision else ""
    elif template == "customer/refusal":
        extra["refused"] = [right]
        extra["reasons"] = (case.repeat_reason if case.marked_repeat else (decision.reasons if decision else "")) or ""
    elif template == "customer/no-data":
        extra["rights"] = [right]
    elif template in ("customer/marketing-ban-done", "customer/consent-withdrawn"):
        extra["channels"] = list(knowledge.channels)
        # Said only to a verified requester: an unverified one learns nothing about the register.
        extra["customer"] = knowledge.verified and knowledge.data is not None
    return extra, attachments


def draft_step(app, session: Session, case: store.Case, action: Action, now: datetime,
               knowledge: Knowledge, rows: CaseRows | None = None) -> store.Draft:
    """Draft the mail of a step; a reply joins the case's reply still waiting for approval, if any.
    `rows`: the case's rows, in hand for a case opened in this transaction (`case_rows`)."""
    rows = rows or Stored(session, case.id)
    to = recipient(action.template, case.requester, case.customer_email, case.identity_confirmed)
    if to is None:
        # The plan only offers data-bearing mail once the requester is verified; this is a guard.
        raise BotError(f"{case.ref}: no verified address for {action.template}")
    waiting = None if action.template in ALONE else _waiting_reply(rows, to)
    parts = (parts_of(waiting) if waiting else []) + [Part.of(action)]
    draft = compose(app, session, case, parts, to, now, knowledge, auto=action.auto, rows=rows)
    if waiting is not None:
        supersede(session, waiting, draft, "rightsbot", "combined with the reply of rights decided with it", now)
    return draft


def greeting_name(case: store.Case, knowledge: Knowledge) -> str:
    """The name a reply greets: the register's, for a requester verified as that customer; else none.

    The From header's display name is whatever the sender typed (a phishing line, someone else's
    address) and never goes into the controller's mail.
    """
    customer = knowledge.customer
    if knowledge.verified and case.customer_email and customer is not None:
        return " ".join(customer.name.split())[:100]
    return ""


def compose(app, session: Session, case: store.Case, parts: list[Part], to: str, now: datetime,
            knowledge: Knowledge, auto: bool = False, rows: CaseRows | None = None) -> store.Draft:
    """One letter answering `parts`: the step's own mail for one part, else `customer/combined-reply`."""
    parts = sorted(parts, key=lambda p: (INTENTS.index(p.scope) if p.scope in INTENTS else -1, p.step))
    personal = any(p.template not in NO_PERSONAL_DATA_TEMPLATES for p in parts)
    contexts = [step_context(app, session, case, p, knowledge, rows) for p in parts]
    attachments = [a for _, files in contexts for a in files]
    greeting = {"requester": {"name": greeting_name(case, knowledge), "email": case.requester}}
    if len(parts) == 1:
        part, extra = parts[0], contexts[0][0] | greeting
        template, scope, step = part.template, part.scope, part.step
    else:
        language = app.renderer.language_for(COMBINED, base_context(app.settings, case)["language"])
        sections: list[tuple[str, dict]] = []
        for part, (extra, _) in zip(parts, contexts):
            merged = next((c for t, c in sections if t == part.template and part.template in MERGED_LISTS
                           and c.get("reasons") == extra.get("reasons")), None)
            if merged is not None:
                merged[MERGED_LISTS[part.template]] += extra[MERGED_LISTS[part.template]]
            else:
                sections.append((part.template, dict(extra)))
        texts = [app.renderer.render_section(t, app.renderer.language_for(t, language),
                                             base_context(app.settings, case) | {"language": language} | extra
                                             | greeting)
                 for t, extra in sections]
        extra = {"sections": texts, "refuses": any(p.refuses for p in parts)} | greeting
        template, scope, step = COMBINED, "*", "reply"
    draft = create_draft(app, session, case, step=step, scope=scope, template=template, now=now, extra=extra,
                         auto=auto and len(parts) == 1, to=to, personal_data=personal,
                         parts=[asdict(p) for p in parts], rows=rows)
    for item in attachments:
        session.add(store.DraftAttachment(draft_id=draft.id, filename=item.filename, mime_type=item.mime_type,
                                          content=item.content))
    return draft


def _waiting_reply(rows: CaseRows, to: str) -> store.Draft | None:
    """The case's reply still waiting for approval that a new reply may join: pending, not edited by
    staff, to the same address."""
    edited = rows.edited()
    return next((d for d in reversed(rows.drafts())
                 if d.status == DraftStatus.PENDING and d.superseded_by is None and d.template not in ALONE
                 and d.to_addr == to and d.id not in edited), None)


def supersede(session: Session, old: store.Draft, new: store.Draft, by: str, reason: str, now: datetime) -> None:
    """`new` takes `old`'s place: a waiting `old` is withdrawn, and its steps are answered by `new`."""
    if old.status in (DraftStatus.PENDING, DraftStatus.APPROVED, DraftStatus.FAILED):
        withdraw(session, old, by, reason, now)
    old.superseded_by = new.id
    session.add(old)
    store.record_event(session, EventName.DRAFT_SUPERSEDED, by, now, case_id=old.case_id, draft_id=old.id,
                       by_draft=new.id, reason=reason)
