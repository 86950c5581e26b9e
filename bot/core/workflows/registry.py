"""The closed registries the workflow files name: conditions (facts about a case) and staff tasks. Pure.

A workflow refers to these by name; a name that is not here is an error at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.core.retention import Hold

# --- facts and the closed condition registry ------------------------------------------------------


@dataclass(frozen=True)
class CaseFacts:
    """What the lead's drafting code knows about a case when it plans a reply.

    sender_on_record     the mail came from the address on record for a customer
    identity_confirmed   staff confirmed the requester's identity (e.g. a code sent to the known
                         address came back; Art. 12(6), EDPB 01/2022 §65-79)
    holds_data           the register holds personal data about the (verified) requester
    retention_holds      accounting-record holds still running (bot.core.retention.holds_for)
    decision             the staff decision on the request: None while pending
    marked_repeat        staff marked the request manifestly unfounded or excessive, with reasons
                         (Art. 12(5); the controller carries the burden of proof)
    phone_known          a phone number is known that a marketing ban must cover: the register's for a
                         verified requester, or one the requester wrote in their mail
    """

    sender_on_record: bool = False
    identity_confirmed: bool = False
    holds_data: bool = False
    retention_holds: tuple[Hold, ...] = ()
    decision: Literal["granted", "refused"] | None = None
    marked_repeat: bool = False
    phone_known: bool = False

    @property
    def verified(self) -> bool:
        return self.sender_on_record or self.identity_confirmed


@dataclass(frozen=True)
class Condition:
    name: str
    description: str
    check: Callable[[CaseFacts], bool]


_CONDITION_LIST = (
    Condition(
        "requester_not_verified",
        "the sender's address is not the address on record for a customer, and staff have not "
        "confirmed the requester's identity",
        lambda f: not f.verified,
    ),
    Condition(
        "has_retention_hold",
        "accounting records of this customer are still in their retention period (workflows/retention.toml)",
        lambda f: bool(f.retention_holds),
    ),
    Condition(
        "holds_no_data",
        "the requester is verified, but the register holds no data about them",
        # Art. 12(6) and LAW.md B4: "we hold no data" is said only to a verified requester, so
        # an unverified one never learns whether they are a customer.
        lambda f: f.verified and not f.holds_data,
    ),
    Condition(
        "phone_known",
        "a phone number is known for the requester (the register's, once verified, or one in their mail): "
        "marketing by text message and telephone must stop too",
        lambda f: f.phone_known,
    ),
    Condition("decision_refused", "staff decided to refuse the request", lambda f: f.decision == "refused"),
    Condition(
        "is_repeat_request",
        "staff marked the request manifestly unfounded or excessive (GDPR Art. 12(5))",
        lambda f: f.marked_repeat,
    ),
)
CONDITIONS: dict[str, Condition] = {c.name: c for c in _CONDITION_LIST}


def evaluate(condition: str, facts: CaseFacts) -> bool:
    """Whether the named condition holds for `facts`. Unknown names raise KeyError."""
    try:
        return CONDITIONS[condition].check(facts)
    except KeyError:
        raise KeyError(f"unknown condition {condition!r} (known: {', '.join(sorted(CONDITIONS))})") from None


# --- the closed task registry ---------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """A staff to-do raised by a step. `title` is what staff see; `detail` says how and why."""

    id: str
    title: str
    detail: str
    # A task two rights of one case need is raised once. Most stay shared once done (a suppressed
    # address stays suppressed); these are about one change or one moment, so a step that comes
    # after they were done gets its own.
    shared_when_done: bool = True


_TASK_LIST = (
    Task(
        "resolve-bounced-reply",
        "Our reply did not arrive: reach the requester another way",
        "The mail server returned our reply. Check the address on record, or reach the customer by "
        "phone or post; the legal deadline keeps running (raised by the bot, not by a workflow step).",
        shared_when_done=False,
    ),
    Task(
        "verify-identity",
        "Confirm the requester's identity",
        "Ask only for what is needed: the address on record, an order number, or a code sent to the "
        "known address. Do not keep a copy of an ID document (Art. 12(6); EDPB 01/2022 §65-79).",
    ),
    Task(
        "export-customer-data",
        "Export the customer's data",
        "Access: all register data plus the Art. 15(1)(a)-(h) information, third parties redacted "
        "(Art. 15(4)). Portability: only data the customer provided, machine-readable (Art. 20).",
        shared_when_done=False,
    ),
    Task(
        "correct-register-data",
        "Correct or complete the register data",
        "Correct inaccurate data, or add a supplementary statement (Art. 16).",
        shared_when_done=False,
    ),
    Task(
        "decide-erasure",
        "Decide the erasure request",
        "Is there a ground to keep data beyond the accounting hold, e.g. a legal claim under the Consumer "
        "Protection Act (Art. 17(3)(e))? Record granted or refused, with reasons.",
    ),
    Task(
        "erase-customer-account",
        "Erase the customer's data",
        "Erase everything no retention hold covers: account, newsletter, analytics, contact history "
        "that is not accounting correspondence (Art. 17).",
    ),
    Task(
        "restrict-retained-records",
        "Limit the kept accounting records to their legal purpose",
        "Records under a retention hold are kept for the Accounting Act only and used for nothing "
        "else (Art. 17(3)(b), Art. 18(2) logic).",
    ),
    Task(
        "decide-restriction",
        "Decide the restriction request",
        "Which Art. 18(1) ground applies: (a) accuracy contested, (b) unlawful processing, (c) needed "
        "for the customer's legal claims, (d) objection pending? Record the decision with reasons.",
    ),
    Task(
        "restrict-processing",
        "Mark the customer's data restricted",
        "Store only; other processing needs consent or a legal claim (Art. 18(2)). Tell the customer "
        "before lifting the restriction (Art. 18(3)).",
    ),
    Task(
        "decide-objection",
        "Decide the objection",
        "Stop unless there are compelling legitimate grounds that override the customer's interests, "
        "or a legal claim (Art. 21(1)). Record the decision with reasons.",
    ),
    Task(
        "stop-objected-processing",
        "Stop the processing objected to",
        "Stop the processing under Art. 6(1)(e)/(f) that the objection covers (Art. 21(1)).",
    ),
    Task(
        "notify-recipients-art19",
        "Tell the recipients of the data",
        "Tell each recipient of the rectification, erasure or restriction (Art. 19): the recipients of "
        "workflows/recipients.toml, named in the task (privacy policy §7).",
        shared_when_done=False,
    ),
    Task(
        "remove-from-newsletter-register",
        "Remove the address from the newsletter register",
        "The newsletter register is separate from the customer register (privacy policy §2).",
    ),
    Task(
        "remove-from-phone-marketing",
        "Stop marketing by text message and telephone",
        "Remove the phone numbers named in the task from SMS marketing and telemarketing lists, and "
        "withdraw the marketing_sms consent in the register (Art. 21(3); the bot has suppressed them).",
    ),
    Task(
        "remove-from-marketing-partners",
        "Stop the marketing partners using the data",
        "Tell the marketing partners to stop processing for direct marketing (Art. 21(3); policy §7).",
    ),
    Task(
        "add-to-suppression-list",
        "Add the address and phone numbers to the marketing suppression list",
        "So that no list import or partner ever contacts them again (Art. 21(3): absolute, no balancing). "
        "Done by the bot: SHA-256 of the address and of each number in E.164.",
    ),
    Task(
        "stop-consent-based-processing",
        "Stop the processing based on consent",
        "Only consent-based processing stops; contract and legal-obligation processing continue, and "
        "past processing stays lawful (Art. 7(3); policy §5).",
    ),
    Task(
        "check-mail-loop",
        "Check a possible mail loop: automatic replies to this address are stopped",
        "The address answered our automatic mail again and again within an hour, as a machine does "
        "(bot.core.loops). No acknowledgement or identity request goes to it until this task is done. "
        "Handle its requests by hand meanwhile: a tool acting for a person may still make a valid "
        "request, and the legal deadline keeps running (raised by the bot, not by a workflow step).",
    ),
)
TASKS: dict[str, Task] = {t.id: t for t in _TASK_LIST}
