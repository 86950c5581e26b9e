"""How one right read in a sentence maps onto the rights asked: SCHEMA.md's conventions, written once as data.

A cue finds what a sentence sounds like ("I object to ..."); the controller's privacy policy and
SCHEMA.md's labelling conventions say which rights that is. Each mapping names the right it applies
to, a condition from the closed list in `bot.core.reading.rights_asked.CONDITIONS` (never an
expression), and its effect: another right also asked (`adds`), or the right not asked at all
(`drops`, unless the `unless` condition holds). Its firing is recorded in `reasons` by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.rights import INTENTS


@dataclass(frozen=True)
class Mapping:
    name: str
    right: str  # the right a cue found
    when: str  # a condition name
    adds: str | None = None  # a right also asked
    drops: bool = False  # the found right is not asked
    unless: str | None = None  # a condition that keeps the found right after all
    source: str = ""  # where the rule comes from


MAPPINGS: tuple[Mapping, ...] = (
    Mapping("objection-to-marketing", "objection", when="about_marketing", adds="marketing_ban",
            source="GDPR Art. 21(2)-(3); SCHEMA: an objection to direct marketing or to profiling for it is marketing_ban"),
    Mapping("objection-only-to-marketing", "objection", when="about_marketing", drops=True, unless="about_another_purpose",
            source="SCHEMA: analytics, fraud scoring, AI training and legitimate-interest sharing are objection (Art. 21(1))"),
    Mapping("marketing-consent-withdrawn", "consent_withdrawal", when="consent_to_marketing", adds="marketing_ban",
            source="SCHEMA: withdrawing a consent to marketing is consent_withdrawal + marketing_ban"),
    Mapping("marketing-cookies-consent-withdrawn", "consent_withdrawal", when="consent_to_marketing_cookies", adds="marketing_ban",
            source="SCHEMA: withdrawn consent to marketing or advertising cookies is consent_withdrawal + marketing_ban"),
    Mapping("off-everything-under-marketing", "erasure", when="off_everything_under_marketing", adds="marketing_ban",
            source="SCHEMA: marketing_ban is stopping direct marketing; 'remove me from everything' said of the mailings named before, or under our own newsletter, is off them"),
    Mapping("off-everything-is-the-mailings", "erasure", when="off_everything_under_marketing", drops=True,
            source="... and no erasure: the 'everything' is the mailings, not the data"),
    Mapping("survey-contact-is-no-marketing", "marketing_ban", when="consent_to_survey_contact", drops=True,
            source="SCHEMA: contact for surveys is not marketing; a consent to it taken back is consent_withdrawal only"),
    Mapping("correction-of-an-order", "rectification", when="about_an_order", drops=True, unless="about_the_record",
            source="GDPR Art. 16 corrects the data held about the writer, not one order's delivery details"),
)


def check(mappings: tuple[Mapping, ...], conditions) -> None:
    """Every mapping names known rights and conditions; raises ValueError at import otherwise."""
    names = set()
    for m in mappings:
        if m.name in names:
            raise ValueError(f"mapping {m.name}: named twice")
        names.add(m.name)
        for right in (m.right, m.adds):
            if right is not None and right not in INTENTS:
                raise ValueError(f"mapping {m.name}: {right!r} is not a right")
        for cond in (m.when, m.unless):
            if cond is not None and cond not in conditions:
                raise ValueError(f"mapping {m.name}: unknown condition {cond!r} (have: {', '.join(sorted(conditions))})")
        if (m.adds is None) == (not m.drops):
            raise ValueError(f"mapping {m.name}: give either adds or drops")
