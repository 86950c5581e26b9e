"""What to do next on a case: walk each right's workflow with the case's facts. Pure.

The rules of the walk (workflows/README.md explains them to the privacy officer):
- Steps run in file order. A step whose `when`/`unless` conditions do not hold is passed over.
- A step is done when its draft (if any) was sent or skipped, its tasks (if any) are done and, for
  a `decision = true` step, staff recorded a decision for that right.
- The first step of a right that is not done stops that right's walk: later steps wait. The
  acknowledgement is the exception; it never holds anything up.
- `acknowledge` and `ask_identity` are shared by all the rights of a case: one mail, not one per right.
- A case is complete when every right's walk reaches its end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, Mapping

from bot.core.states import DraftStatus
from bot.core.workflows import CaseFacts, Workflow, step_refuses, template_for

ACK_TEMPLATE = "customer/acknowledgement"
SHARED_STEPS = frozenset({"acknowledge", "ask_identity"})
NON_BLOCKING_TEMPLATES = frozenset({ACK_TEMPLATE})
# Mails that carry no personal data and say nothing of whether the sender is a customer; they may
# go to the address a request came from. Everything else goes only to the address on record.
NO_PERSONAL_DATA_TEMPLATES = frozenset({
    ACK_TEMPLATE, "customer/identity-request", "customer/clarification-request", "customer/extension-notice",
    "customer/marketing-ban-done", "customer/consent-withdrawn",
})

Key = tuple[str, str]  # (scope, step id); scope is a right, or "*" for a shared step


def auto_replied(template: str, auto: bool) -> bool:
    """Whether a reply carries `Auto-Submitted: auto-replied` (RFC 3834 s. 5) rather than `no`.

    The acknowledgement answers the arrival of a mail with the same words every time, whether the
    workflow sends it itself or a person lets it go: it is what RFC 3834 calls an automatic
    response, so the requester's own responders leave it unanswered. Any step a workflow marks
    `send = "auto"` is one too. Every other reply is written for this case and goes out because a
    member of staff read it and approved it: it is the controller's answer under Art. 12, sent on
    behalf of a person, and marking it automatic would invite filters to treat it as machine mail.
    """
    return auto or template == ACK_TEMPLATE


def step_key(right: str, step_id: str) -> Key:
    return ("*", step_id) if step_id in SHARED_STEPS else (right, step_id)


@dataclass(frozen=True)
class StepProgress:
    """What the store knows about one step of one case."""

    draft: str | None = None  # status of the step's latest draft, or "skipped"
    tasks: tuple[bool, ...] = ()  # done flags of the tasks the step raised; empty: none raised yet


@dataclass(frozen=True)
class Action:
    kind: Literal["draft", "tasks", "decision", "approval", "tasks_open", "blocked"]
    right: str
    step: str
    template: str | None = None
    tasks: tuple[str, ...] = ()
    auto: bool = False
    attach: str | None = None
    detail: str = ""
    refuses: bool = False  # the mail refuses, wholly or partly: it carries the complaint routes (Art. 12(4))

    @property
    def key(self) -> Key:
        return step_key(self.right, self.step)


@dataclass(frozen=True)
class Plan:
    todo: list[Action] = field(default_factory=list)  # drafts to create and tasks to raise now
    waiting: list[Action] = field(default_factory=list)  # what a person must do before the case moves
    complete: bool = False


def plan(workflows: Mapping[str, Workflow], intents: list[str], facts: Mapping[str, CaseFacts],
         progress: Mapping[Key, StepProgress]) -> Plan:
    """The next actions of a case with these rights, facts (per right) and progress so far."""
    result = Plan()
    seen: dict[Key, bool] = {}  # shared steps already walked in this plan: key -> done
    complete = bool(intents)
    for right in intents:
        workflow = workflows[right]
        right_facts = facts[right]
        for step in workflow.steps:
            if not step.applies(right_facts):
                continue
            key = step_key(right, step.id)
            template = template_for(step, right_facts)
            if key in seen:
                done = seen[key]
            else:
                done = _walk_step(result, right, step, template, right_facts, progress.get(key, StepProgress()))
                seen[key] = done
            if not done and template not in NON_BLOCKING_TEMPLATES:
                complete = False
                break
    return Plan(todo=result.todo, waiting=result.waiting, complete=complete and not result.todo)


def _walk_step(result: Plan, right: str, step, template: str | None, facts: CaseFacts,
               progress: StepProgress) -> bool:
    done = True
    if step.decision and facts.decision is None:
        result.waiting.append(Action("decision", right, step.id, tasks=step.tasks,
                                     detail=f"staff decide on {right}"))
        return False
    if step.tasks and not step.decision:
        if not progress.tasks:
            result.todo.append(Action("tasks", right, step.id, tasks=step.tasks))
            done = False
        elif not all(progress.tasks):
            result.waiting.append(Action("tasks_open", right, step.id, tasks=step.tasks,
                                         detail=f"{progress.tasks.count(False)} task(s) open"))
            done = False
    if template:
        if progress.draft is None:
            result.todo.append(Action("draft", right, step.id, template=template, auto=step.send == "auto",
                                      attach=step.attach, refuses=step_refuses(step, facts)))
            done = False
        elif progress.draft in (DraftStatus.PENDING, DraftStatus.APPROVED):
            result.waiting.append(Action("approval", right, step.id, template=template,
                                         detail=f"draft {progress.draft}"))
            done = False
        elif progress.draft in (DraftStatus.REJECTED, DraftStatus.FAILED):
            result.waiting.append(Action("blocked", right, step.id, template=template,
                                         detail=f"draft {progress.draft}: staff redraft or close"))
            done = False
    return done


def recipient(template: str, requester: str, customer_email: str | None, identity_confirmed: bool) -> str | None:
    """Where a mail from `template` may go: personal data only to the address on record (Art. 12(6)).

    A requester whom staff identified but matched to no customer record has nothing held about
    them, so their own address is the only one there is.
    """
    if template in NO_PERSONAL_DATA_TEMPLATES:
        return requester
    if customer_email:
        return customer_email
    return requester if identity_confirmed else None


@dataclass(frozen=True)
class AckFacts:
    triage: bool  # a person must read the mail first
    recent: bool  # received within ACK_MAX_AGE_DAYS
    no_auto_reply: bool  # the mail's headers ask not to be auto-answered


def is_recent(received_at: datetime, now: datetime, max_age_days: int) -> bool:
    return now - received_at <= timedelta(days=max_age_days)


def ack_skip_reason(facts: AckFacts) -> str | None:
    """Why a new case gets no acknowledgement, or None when it gets one."""
    if facts.triage:
        return "triage"
    if not facts.recent:
        # A first run over an old inbox must not greet people about mail from weeks ago.
        return "too-old"
    if facts.no_auto_reply:
        return "suppressed-by-headers"
    return None


INFO_ONLY_TEMPLATES = frozenset({ACK_TEMPLATE, "customer/identity-request", "customer/clarification-request",
                                 "customer/extension-notice"})
GRANTING_TEMPLATES = frozenset({"customer/access-reply", "customer/portability-reply", "customer/rectification-done",
                                "customer/erasure-done", "customer/erasure-partial-refusal",
                                "customer/marketing-ban-done", "customer/consent-withdrawn"})


def outcome(sent_templates: list[str], decisions: Mapping[str, str]) -> str:
    """How a finished case ended, from the replies it got (status and outcome are kept apart)."""
    answers = [t for t in sent_templates if t not in INFO_ONLY_TEMPLATES]
    if answers and all(t == "customer/no-data" for t in answers):
        return "no_data"
    refused = "customer/refusal" in answers or "refused" in decisions.values()
    granted = "granted" in decisions.values() or any(t in GRANTING_TEMPLATES for t in answers)
    if refused:
        return "partially_refused" if granted else "refused"
    if "customer/erasure-partial-refusal" in answers:
        return "partially_refused"
    return "granted"
