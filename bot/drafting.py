"""What to draft when something happens on a case. Pure: facts in, planned drafts out."""

from __future__ import annotations

from dataclasses import dataclass, field

ACK_TEMPLATE = "customer/acknowledgement"


@dataclass(frozen=True)
class PlannedDraft:
    step: str
    template: str
    auto: bool = False
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class OpeningFacts:
    triage: bool  # a person must read the mail first
    recent: bool  # received within ACK_MAX_AGE_DAYS
    no_auto_reply: bool  # the mail's headers ask not to be auto-answered


@dataclass(frozen=True)
class Skip:
    step: str
    reason: str  # short, logged as an event: "too-old", "suppressed-by-headers", "triage"


def plan_opening(facts: OpeningFacts) -> tuple[list[PlannedDraft], list[Skip]]:
    """Drafts for a newly opened case: the acknowledgement, unless a reason says not to."""
    if facts.triage:
        return [], [Skip("acknowledge", "triage")]
    if not facts.recent:
        # A first run over an old inbox must not greet people about mail from weeks ago.
        return [], [Skip("acknowledge", "too-old")]
    if facts.no_auto_reply:
        return [], [Skip("acknowledge", "suppressed-by-headers")]
    return [PlannedDraft("acknowledge", ACK_TEMPLATE)], []
