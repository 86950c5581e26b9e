"""Workflows: one TOML file per right in `workflows/`, validated at start-up. Pure: `bot.adapters.datafiles`
reads the folder and hands the texts to `parse_workflows` and `parse_retention`.

A workflow says, for one right, which steps a case goes through: which customer mail each step
drafts (`template`, or a `template_if` alternative chosen by a named condition), which staff
tasks it raises, whether staff must decide first, and whether its mail may go out unapproved.
The format is documented key by key in `workflows/README.md`.

Names, not code: conditions (`CONDITIONS`) and tasks (`TASKS`) are closed registries defined
here; the TOML refers to them by name. A name that is not in a registry is an error at start-up,
as is every unknown key (pydantic `extra="forbid"`), a template missing in any of en/fi/sv, a
duplicate step id, a file whose `right` is not its name, an automatic send of anything but the
acknowledgement, and a template that can refuse without the complaint-rights partial
(GDPR Art. 12(4)). Every error is one line naming the file and the field:

    workflows/erasure.toml: steps[3].template: 'customer/erasure-don' not found (have: customer/erasure-done, ...)

Step indexes in errors count from 0, as pydantic's `loc` does.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationError, field_validator

from bot.core.errors import WorkflowError
from bot.core.reminders import DEFAULT_POINTS
from bot.core.retention import RetentionClass, RetentionPolicy, check_month_day
from bot.core.rights import ABSOLUTE_RIGHTS, INTENTS, LANGUAGES
from bot.core.workflows.registry import CONDITIONS, TASKS, CaseFacts, evaluate

TemplateExists = Callable[[str, str], bool]
TemplateIncludes = Callable[[str, str], set[str]]

# Files in workflows/ that hold other data, not a right.
RETENTION_FILE = "retention.toml"
COMPLAINT_RIGHTS = "_base/complaint_rights.txt"

# The customer templates agreed with the templates' author. Only used to suggest names in errors:
# a template is accepted when template_exists says so in every language.
CUSTOMER_TEMPLATES: tuple[str, ...] = (
    "customer/acknowledgement",
    "customer/identity-request",
    "customer/clarification-request",
    "customer/access-reply",
    "customer/portability-reply",
    "customer/rectification-done",
    "customer/erasure-done",
    "customer/erasure-partial-refusal",
    "customer/restriction-decision",
    "customer/objection-decision",
    "customer/marketing-ban-done",
    "customer/consent-withdrawn",
    "customer/extension-notice",
    "customer/refusal",
    "customer/no-data",
)
# Only a receipt may go out without a person reading it first (LAW.md header table: an
# acknowledgement is an auto-reply; every answer on the substance is approved by staff).
AUTO_SEND_TEMPLATES: frozenset[str] = frozenset({"customer/acknowledgement"})
# GDPR Art. 12(4): a mail chosen under these conditions may refuse (fully or partly) and must
# give reasons and the complaint and court routes.
REFUSAL_CONDITIONS: frozenset[str] = frozenset({"has_retention_hold", "decision_refused", "is_repeat_request"})
REFUSAL_TEMPLATES: frozenset[str] = frozenset({"customer/refusal", "customer/no-data"})


# --- the file format ------------------------------------------------------------------------------

StepId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
Attach = Literal["customer_data", "provided_data"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Deadline(_Model):
    # GDPR Art. 12(3): one month is the upper limit; nothing longer may be configured.
    months: Annotated[StrictInt, Field(ge=1, le=1)] = 1
    # GDPR Art. 12(3): "by two further months where necessary"; 0 turns the extension off.
    extension_months: Annotated[StrictInt, Field(ge=0, le=2)] = 2


class Reminders(_Model):
    working_days_before_due: tuple[Annotated[StrictInt, Field(ge=0, le=20)], ...] = DEFAULT_POINTS


class StaffActions(_Model):
    """Mails staff send when they choose to, outside the step sequence."""

    # GDPR Art. 12(3): the extension notice, with reasons, within the first month.
    extend: str | None = None
    # Recital 63: ask the requester to specify a large request.
    clarify: str | None = None


class Step(_Model):
    id: StepId
    when: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    template: str | None = None
    template_if: dict[str, str] = Field(default_factory=dict)
    tasks: tuple[str, ...] = ()
    send: Literal["auto", "after_approval"] = "after_approval"
    decision: StrictBool = False
    attach: Attach | None = None

    @field_validator("when", "unless", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        # `when = "x"` and `when = ["x", "y"]` both work.
        return (value,) if isinstance(value, str) else value

    def applies(self, facts: CaseFacts) -> bool:
        """All `when` conditions hold and no `unless` condition does."""
        return all(evaluate(c, facts) for c in self.when) and not any(evaluate(c, facts) for c in self.unless)

    @property
    def templates(self) -> tuple[str, ...]:
        names = ([self.template] if self.template else []) + list(self.template_if.values())
        return tuple(dict.fromkeys(names))


class Workflow(_Model):
    right: str
    legal_basis: tuple[str, ...] = Field(min_length=1)
    deadline: Deadline = Deadline()
    steps: tuple[Step, ...] = Field(min_length=1)
    staff_actions: StaffActions = StaffActions()
    reminders: Reminders = Reminders()

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"{self.right}: no step {step_id!r} (have: {', '.join(s.id for s in self.steps)})")

    @property
    def templates(self) -> tuple[str, ...]:
        """Every customer template this workflow can send, in file order."""
        names = [n for s in self.steps for n in s.templates]
        names += [n for n in (self.staff_actions.extend, self.staff_actions.clarify) if n]
        return tuple(dict.fromkeys(names))


def template_for(step: Step, facts: CaseFacts) -> str | None:
    """The template a step sends: the first `template_if` whose condition holds, else `template`."""
    for condition, template in step.template_if.items():
        if evaluate(condition, facts):
            return template
    return step.template


def step_refuses(step: Step, facts: CaseFacts) -> bool:
    """Whether the mail this step sends for these facts refuses, wholly or partly (GDPR Art. 12(4)):
    a refusal template, a template chosen under a refusing condition, or a step that applies only
    under one. Such a mail gives the reasons and the complaint and court routes."""
    template = template_for(step, facts)
    if template is None:
        return False
    if template in REFUSAL_TEMPLATES or any(c in REFUSAL_CONDITIONS for c in step.when):
        return True
    chosen = next((c for c in step.template_if if evaluate(c, facts)), None)
    return chosen in REFUSAL_CONDITIONS


def applicable_steps(workflow: Workflow, facts: CaseFacts) -> list[Step]:
    """The steps whose `when` holds and whose `unless` does not, in file order."""
    return [step for step in workflow.steps if step.applies(facts)]


# --- parsing and cross-checks ---------------------------------------------------------------------

Loc = tuple[str | int, ...]

_MODELS_BY_FIELD: dict[str, type[BaseModel]] = {
    "steps": Step,
    "deadline": Deadline,
    "reminders": Reminders,
    "staff_actions": StaffActions,
}


def _loc(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _Fail(Exception):
    def __init__(self, loc: Loc, message: str):
        super().__init__(message)
        self.loc = loc
        self.message = message


def _line(filename: str, loc: Loc, message: str) -> str:
    where = _loc(loc)
    text = f"{filename}: {where}: {message}" if where else f"{filename}: {message}"
    # One line, always: a value quoted from the file cannot break it.
    return " ".join(text.split())


def _pydantic_message(error: Mapping[str, Any], root: type[BaseModel]) -> str:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        parents = [p for p in loc[:-1] if isinstance(p, str)]
        model = _MODELS_BY_FIELD.get(parents[-1], root) if parents else root
        return f"unknown key (allowed: {', '.join(model.model_fields)})"
    if kind == "missing":
        return "required key missing"
    return f"{error['msg']} (got {error['input']!r})"


def _read_toml(filename: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorkflowError(_line(filename, (), f"TOML syntax error: {exc}")) from None


def _validate(filename: str, model: type[BaseModel], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        # A misspelt key shows up twice: as an unknown key and as the missing one it was meant to
        # be. The unknown key is the one that explains the mistake.
        first = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        raise WorkflowError(_line(filename, tuple(first["loc"]), _pydantic_message(first, model))) from None


def parse_workflow(
    filename: str,
    text: str,
    *,
    template_exists: TemplateExists,
    template_includes: TemplateIncludes,
) -> Workflow:
    """Parse and check one workflow file. `filename` is used for the right's name and in errors."""
    workflow: Workflow = _validate(filename, Workflow, _read_toml(filename, text))
    try:
        _check(filename.rsplit("/", 1)[-1].removesuffix(".toml"), workflow, template_exists, template_includes)
    except _Fail as fail:
        raise WorkflowError(_line(filename, fail.loc, fail.message)) from None
    return workflow


def _check(stem: str, wf: Workflow, exists: TemplateExists, includes: TemplateIncludes) -> None:
    if wf.right not in INTENTS:
        raise _Fail(("right",), f"{wf.right!r} is not one of the eight rights ({', '.join(INTENTS)})")
    if wf.right != stem:
        raise _Fail(("right",), f"{wf.right!r} does not match the file name (expected {stem!r})")

    seen: dict[str, int] = {}
    for i, step in enumerate(wf.steps):
        if step.id in seen:
            raise _Fail(("steps", i, "id"), f"duplicate step id {step.id!r} (first at steps[{seen[step.id]}])")
        seen[step.id] = i

    for i, step in enumerate(wf.steps):
        _check_step(("steps", i), step, exists, includes)

    if wf.right in ABSOLUTE_RIGHTS:
        # GDPR Art. 21(3) and 7(3): never weighed, never refused, never called excessive.
        for i, step in enumerate(wf.steps):
            refusing = sorted(set(step.when) & (REFUSAL_CONDITIONS | {"holds_no_data"}))
            if step.decision or refusing or set(step.templates) & REFUSAL_TEMPLATES:
                what = "decision = true" if step.decision else (refusing[0] if refusing else "a refusal template")
                raise _Fail(("steps", i), f"{what}: {wf.right} is absolute (GDPR Art. 21(3), Art. 7(3)); it is never "
                            "refused")

    _check_staff_actions(wf, exists)

    days = wf.reminders.working_days_before_due
    if len(set(days)) != len(days):
        raise _Fail(("reminders", "working_days_before_due"), f"repeated value in {list(days)}")


def _check_conditions(loc: Loc, names: tuple[str, ...]) -> None:
    for j, name in enumerate(names):
        if name not in CONDITIONS:
            # `when = "x"` is shown as `when`, `when = ["x", "y"]` as `when[1]`.
            where = loc if len(names) == 1 else loc + (j,)
            raise _Fail(where, f"unknown condition {name!r} (known: {', '.join(sorted(CONDITIONS))})")


def _check_step(loc: Loc, step: Step, exists: TemplateExists, includes: TemplateIncludes) -> None:
    _check_conditions(loc + ("when",), step.when)
    _check_conditions(loc + ("unless",), step.unless)
    for condition in step.template_if:
        if condition not in CONDITIONS:
            raise _Fail(
                loc + ("template_if", condition),
                f"unknown condition {condition!r} (known: {', '.join(sorted(CONDITIONS))})",
            )
    for j, task in enumerate(step.tasks):
        if task not in TASKS:
            close = difflib.get_close_matches(task, list(TASKS), n=1, cutoff=0.7)
            hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(TASKS))}"
            raise _Fail(loc + ("tasks", j), f"unknown task {task!r} ({hint})")
    if len(set(step.tasks)) != len(step.tasks):
        raise _Fail(loc + ("tasks",), f"repeated task in {list(step.tasks)}")

    if not (step.template or step.template_if or step.tasks or step.decision):
        raise _Fail(loc, "a step needs a template, template_if, tasks or decision = true")
    if step.attach and not step.template:
        raise _Fail(loc + ("attach",), "attach needs a template to attach the data to")

    placed: list[tuple[Loc, str]] = []
    if step.template:
        placed.append((loc + ("template",), step.template))
    placed += [(loc + ("template_if", c), t) for c, t in step.template_if.items()]
    for where, name in placed:
        _check_template(where, name, exists)

    if step.send == "auto":
        if step.template not in AUTO_SEND_TEMPLATES:
            sends = f"this step sends {step.template}" if step.template else "this step sends no mail"
            raise _Fail(
                loc + ("send",),
                f"'auto' is allowed only for {', '.join(sorted(AUTO_SEND_TEMPLATES))} ({sends}); "
                "use 'after_approval'",
            )
        if step.template_if or step.decision or step.attach:
            raise _Fail(loc + ("send",), "'auto' is not allowed on a step with template_if, decision or attach")

    # GDPR Art. 12(4): a mail that may refuse, fully or partly, gives the reasons, the right to
    # complain to the Data Protection Ombudsman and the right to go to court.
    step_refuses = step.decision or any(c in REFUSAL_CONDITIONS for c in step.when)
    for where, name in placed:
        under = where[-1] if where[-2] == "template_if" else None
        if step_refuses or under in REFUSAL_CONDITIONS or name in REFUSAL_TEMPLATES:
            for lang in LANGUAGES:
                if COMPLAINT_RIGHTS not in includes(name, lang):
                    raise _Fail(
                        where,
                        f"{name!r} ({lang}) can refuse but does not include {COMPLAINT_RIGHTS} "
                        "(GDPR Art. 12(4): reasons, complaint, judicial remedy)",
                    )


def _check_template(loc: Loc, name: str, exists: TemplateExists) -> None:
    if not name.startswith("customer/"):
        raise _Fail(loc, f"{name!r} is not a customer template (names start with customer/)")
    present = [lang for lang in LANGUAGES if exists(name, lang)]
    if not present:
        raise _Fail(loc, f"{name!r} not found (have: {_suggest(name, exists)})")
    missing = [lang for lang in LANGUAGES if lang not in present]
    if missing:
        raise _Fail(loc, f"{name!r} has no {'/'.join(missing)} version (have: {', '.join(present)})")


def _suggest(name: str, exists: TemplateExists) -> str:
    """Up to two existing names close to `name` (else the first two), then '...' if there are more."""
    have = sorted(t for t in CUSTOMER_TEMPLATES if all(exists(t, lang) for lang in LANGUAGES))
    if not have:
        return "none"
    # Compare without the shared "customer/" prefix, or every name looks close.
    tail = {t.partition("/")[2]: t for t in have}
    close = difflib.get_close_matches(name.partition("/")[2], list(tail), n=2, cutoff=0.6)
    shown = [tail[t] for t in close] or have[:2]
    return ", ".join(shown) + (", ..." if len(have) > len(shown) else "")


def _check_staff_actions(wf: Workflow, exists: TemplateExists) -> None:
    actions = wf.staff_actions
    for field in ("extend", "clarify"):
        name = getattr(actions, field)
        if name:
            _check_template(("staff_actions", field), name, exists)
    if wf.deadline.extension_months and not actions.extend:
        raise _Fail(
            ("staff_actions", "extend"),
            "required when deadline.extension_months > 0: the customer must be told of an extension "
            "within the first month (GDPR Art. 12(3))",
        )
    if not wf.deadline.extension_months and actions.extend:
        raise _Fail(("staff_actions", "extend"), "set, but deadline.extension_months is 0")



def parse_workflows(
    folder: str,
    texts: Mapping[str, str],
    *,
    template_exists: TemplateExists,
    template_includes: TemplateIncludes,
) -> dict[str, Workflow]:
    """Parse and check the workflow files of a folder, given as {file name: text}.

    Every right must have its file; any other *.toml except retention.toml is an error.
    Returns the workflows keyed by right, in INTENTS order. `folder` names the folder in errors.
    """
    found: dict[str, Workflow] = {}
    for name in sorted(texts):
        shown = f"{folder}/{name}"
        stem = name.removesuffix(".toml")
        if name in (RETENTION_FILE, "recipients.toml"):
            continue
        if stem not in INTENTS:
            raise WorkflowError(
                f"{shown}: not a workflow file: the name must be one of {', '.join(INTENTS)} (or {RETENTION_FILE}, recipients.toml)"
            )
        found[stem] = parse_workflow(shown, texts[name], template_exists=template_exists,
                                     template_includes=template_includes)
    for right in INTENTS:
        if right not in found:
            raise WorkflowError(f"{folder}: no file for right {right!r} (expected {folder}/{right}.toml)")
    return {right: found[right] for right in INTENTS}


# --- retention classes (workflows/retention.toml) -------------------------------------------------


class _RetentionClassModel(_Model):
    key: StepId
    basis: Literal["from_financial_year_end", "from_end_of_calendar_year_of_fy_end", "from_record_date"]
    years: Annotated[StrictInt, Field(ge=1, le=50)]
    legal_basis: str | dict[str, str]  # one citation for every language, or one per language
    description: str
    ground: Literal["legal_obligation", "legal_claims"] = "legal_obligation"
    applies_to: Literal["accounting_records", "orders"] = "accounting_records"


class _RetentionFile(_Model):
    financial_year_end: Annotated[str, Field(pattern=r"^\d{2}-\d{2}$")]
    classes: tuple[_RetentionClassModel, ...] = Field(min_length=1)


_MODELS_BY_FIELD["classes"] = _RetentionClassModel


def parse_retention(filename: str, text: str) -> RetentionPolicy:
    """Parse workflows/retention.toml into the financial-year end and the RetentionClass list."""
    data: _RetentionFile = _validate(filename, _RetentionFile, _read_toml(filename, text))
    month, day = (int(p) for p in data.financial_year_end.split("-"))
    try:
        check_month_day((month, day))
    except ValueError:
        raise WorkflowError(
            _line(filename, ("financial_year_end",), f"{data.financial_year_end!r} is not a valid MM-DD date")
        ) from None
    seen: dict[str, int] = {}
    for i, cls in enumerate(data.classes):
        if cls.key in seen:
            raise WorkflowError(
                _line(filename, ("classes", i, "key"), f"duplicate key {cls.key!r} (first at classes[{seen[cls.key]}])")
            )
        seen[cls.key] = i
    classes = []
    for i, c in enumerate(data.classes):
        legal_basis, citations = _citation(filename, i, c.legal_basis)
        classes.append(RetentionClass(c.key, c.basis, c.years, legal_basis, c.description, c.ground, c.applies_to,
                                      citations))
    return RetentionPolicy(financial_year_end=(month, day), classes=tuple(classes))


def _citation(filename: str, i: int, given: str | dict[str, str]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`legal_basis` as (the citation, the per-language ones): a letter in a language the table does
    not name cites the English one."""
    if isinstance(given, str):
        return given, ()
    where = ("classes", i, "legal_basis")
    for language in given:
        if not re.fullmatch(r"[a-z]{2}", language):
            raise WorkflowError(_line(filename, where, f"{language!r} is not a language code (two lowercase letters, "
                                                       "e.g. fi, sv, en)"))
    if "en" not in given:
        raise WorkflowError(_line(filename, where, "a citation per language needs `en`, used for a letter in a "
                                                   "language it does not name"))
    for language, text in given.items():
        if not text.strip():
            raise WorkflowError(_line(filename, where, f"the `{language}` citation is empty"))
    return given["en"], tuple(sorted(given.items()))
