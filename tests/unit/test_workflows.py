"""bot.core.workflows: the real workflows/ folder loads; every bad file gives its exact one-line error."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.adapters.datafiles import load_workflows
from bot.core.errors import WorkflowError
from bot.core.retention import Hold
from bot.core.rights import INTENTS
from bot.core.workflows import (
    COMPLAINT_RIGHTS,
    CONDITIONS,
    CUSTOMER_TEMPLATES,
    TASKS,
    CaseFacts,
    Deadline,
    Reminders,
    StaffActions,
    Step,
    Workflow,
    applicable_steps,
    evaluate,
    parse_workflow,
    template_for,
)

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / "workflows"
BAD = ROOT / "tests" / "data" / "workflows-bad"

# Small fakes for the renderer: every agreed customer template exists in en/fi/sv, and the four
# that can refuse include the complaint-rights partial.
REFUSING = {
    "customer/erasure-partial-refusal",
    "customer/restriction-decision",
    "customer/objection-decision",
    "customer/refusal",
    "customer/no-data",
}


def exists(name: str, lang: str) -> bool:
    return name in CUSTOMER_TEMPLATES and lang in ("en", "fi", "sv")


def includes(name: str, lang: str) -> set[str]:
    return {"_base/signature.txt", COMPLAINT_RIGHTS} if name in REFUSING else {"_base/signature.txt"}


def load(folder: Path = WORKFLOWS, **fakes) -> dict[str, Workflow]:
    return load_workflows(
        folder, template_exists=fakes.get("exists", exists), template_includes=fakes.get("includes", includes)
    )


@pytest.fixture(scope="module")
def workflows() -> dict[str, Workflow]:
    return load()


HOLD = Hold("ledgers", date(2036, 12, 31), "KPL 1336/1997 2:10 §")
UNVERIFIED = CaseFacts()
VERIFIED = CaseFacts(sender_on_record=True, holds_data=True)
CONFIRMED = CaseFacts(identity_confirmed=True, holds_data=True)
NO_DATA = CaseFacts(sender_on_record=True)
WITH_HOLD = CaseFacts(sender_on_record=True, holds_data=True, retention_holds=(HOLD,))
REFUSED = CaseFacts(sender_on_record=True, holds_data=True, decision="refused")
REFUSED_WITH_HOLD = CaseFacts(sender_on_record=True, holds_data=True, retention_holds=(HOLD,), decision="refused")
GRANTED = CaseFacts(sender_on_record=True, holds_data=True, decision="granted")
REPEAT = CaseFacts(sender_on_record=True, holds_data=True, marked_repeat=True)
UNVERIFIED_REPEAT = CaseFacts(marked_repeat=True)


# ----------------------------------------------------------------------------- the real folder


def test_every_right_has_a_workflow(workflows: dict[str, Workflow]) -> None:
    assert list(workflows) == list(INTENTS)
    assert all(wf.right == right for right, wf in workflows.items())


def test_only_the_acknowledgement_is_sent_automatically(workflows: dict[str, Workflow]) -> None:
    for wf in workflows.values():
        # Allsec ships every step as after_approval; only the acknowledgement could be auto.
        auto = [s for s in wf.steps if s.send == "auto"]
        assert all(s.template == "customer/acknowledgement" for s in auto), wf.right


@pytest.mark.parametrize("right", ["marketing_ban", "consent_withdrawal"])
def test_always_granted_rights_have_no_decision_and_suppress(workflows: dict[str, Workflow], right: str) -> None:
    wf = workflows[right]
    assert not any(s.decision for s in wf.steps)
    assert any("add-to-suppression-list" in s.tasks for s in wf.steps)
    # The substance of the reply never depends on a condition: the right is absolute. Only the work
    # may: a known phone number adds the SMS and telephone task.
    assert all(not s.template_if and not s.unless for s in wf.steps)
    assert all(s.when in ((), ("phone_known",)) and (not s.when or not s.template) for s in wf.steps)


@pytest.mark.parametrize("right", ["marketing_ban", "consent_withdrawal"])
@pytest.mark.parametrize("step", [
    '[[steps]]\nid = "decide"\ndecision = true\ntasks = ["decide-objection"]\n',
    '[[steps]]\nid = "refuse_repeat"\nwhen = "is_repeat_request"\ntemplate = "customer/refusal"\n',
    '[[steps]]\nid = "nothing"\nwhen = "holds_no_data"\ntemplate = "customer/no-data"\n',
])
def test_an_absolute_right_cannot_be_given_a_refusing_step(copy: Path, right: str, step: str) -> None:
    """Issue 9: Art. 21(3) and 7(3) are absolute; a workflow that could refuse them does not start."""
    path = copy / f"{right}.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[[steps]]\nid = \"reply\"", step + "\n[[steps]]\nid = \"reply\""),
                    encoding="utf-8")
    with pytest.raises(WorkflowError, match=f"{right} is absolute"):
        load(copy)


@pytest.mark.parametrize("right", ["erasure", "restriction", "objection"])
def test_rights_that_can_be_refused_have_a_decision_step(workflows: dict[str, Workflow], right: str) -> None:
    assert any(s.decision for s in workflows[right].steps)


@pytest.mark.parametrize(("right", "attach"), [("access", "customer_data"), ("portability", "provided_data")])
def test_access_and_portability_attach_the_data(workflows: dict[str, Workflow], right: str, attach: str) -> None:
    reply = workflows[right].step("reply")
    assert reply.attach == attach
    assert [s.attach for s in workflows[right].steps if s.attach] == [attach]


@pytest.mark.parametrize("right", ["rectification", "erasure", "restriction"])
def test_art19_recipients_are_notified(workflows: dict[str, Workflow], right: str) -> None:
    assert any("notify-recipients-art19" in s.tasks for s in workflows[right].steps)


def test_extension_settings(workflows: dict[str, Workflow]) -> None:
    for wf in workflows.values():
        assert wf.deadline.months == 1
        if wf.deadline.extension_months:
            assert wf.staff_actions.extend == "customer/extension-notice"
        # Issue 8: staff are reminded 7, 3 and 1 working days before the due date.
        assert wf.reminders.working_days_before_due == (7, 3, 1)


def test_every_agreed_template_is_used_somewhere(workflows: dict[str, Workflow]) -> None:
    used = {name for wf in workflows.values() for name in wf.templates}
    assert used == set(CUSTOMER_TEMPLATES)


def test_step_lookup(workflows: dict[str, Workflow]) -> None:
    assert workflows["erasure"].step("reply").template == "customer/erasure-done"
    with pytest.raises(KeyError, match="erasure: no step 'nope' \\(have: acknowledge, ask_identity"):
        workflows["erasure"].step("nope")


def test_workflows_are_frozen(workflows: dict[str, Workflow]) -> None:
    with pytest.raises(Exception, match="frozen"):
        workflows["access"].right = "erasure"  # type: ignore[misc]


# ----------------------------------------------------------------------------- conditions


@pytest.mark.parametrize(
    ("facts", "true"),
    [
        (UNVERIFIED, {"requester_not_verified"}),
        (VERIFIED, set()),
        (CONFIRMED, set()),
        (CaseFacts(identity_confirmed=True), {"holds_no_data"}),
        (NO_DATA, {"holds_no_data"}),
        (WITH_HOLD, {"has_retention_hold"}),
        (REFUSED, {"decision_refused"}),
        (GRANTED, set()),
        (REPEAT, {"is_repeat_request"}),
        # Art. 12(6): an unverified requester is never told that we hold nothing.
        (CaseFacts(holds_data=False), {"requester_not_verified"}),
    ],
)
def test_evaluate(facts: CaseFacts, true: set[str]) -> None:
    assert {name for name in CONDITIONS if evaluate(name, facts)} == true


def test_evaluate_unknown_condition() -> None:
    with pytest.raises(KeyError, match="unknown condition 'is_customer'"):
        evaluate("is_customer", VERIFIED)


# ----------------------------------------------------------------------------- planning helpers


@pytest.mark.parametrize(
    ("right", "facts", "steps"),
    [
        ("erasure", UNVERIFIED, ["acknowledge", "ask_identity"]),
        ("erasure", UNVERIFIED_REPEAT, ["acknowledge", "ask_identity"]),
        ("erasure", VERIFIED, ["acknowledge", "decide", "erase", "reply"]),
        ("erasure", WITH_HOLD, ["acknowledge", "decide", "erase", "restrict_held_records", "reply"]),
        ("erasure", REFUSED, ["acknowledge", "decide", "reply"]),
        ("erasure", NO_DATA, ["acknowledge", "reply_no_data"]),
        ("erasure", REPEAT, ["acknowledge", "refuse_repeat"]),
        ("access", VERIFIED, ["acknowledge", "export", "reply"]),
        ("access", CONFIRMED, ["acknowledge", "export", "reply"]),
        ("access", NO_DATA, ["acknowledge", "reply_no_data"]),
        ("access", UNVERIFIED, ["acknowledge", "ask_identity"]),
        ("portability", VERIFIED, ["acknowledge", "export", "reply"]),
        ("rectification", VERIFIED, ["acknowledge", "correct", "reply"]),
        ("restriction", GRANTED, ["acknowledge", "decide", "restrict", "reply"]),
        ("restriction", REFUSED, ["acknowledge", "decide", "reply"]),
        ("objection", GRANTED, ["acknowledge", "decide", "stop", "reply"]),
        ("objection", REFUSED, ["acknowledge", "decide", "reply"]),
        ("marketing_ban", UNVERIFIED, ["acknowledge", "apply_ban", "reply"]),
        ("consent_withdrawal", UNVERIFIED, ["acknowledge", "withdraw", "reply"]),
    ],
)
def test_applicable_steps(workflows: dict[str, Workflow], right: str, facts: CaseFacts, steps: list[str]) -> None:
    assert [s.id for s in applicable_steps(workflows[right], facts)] == steps


@pytest.mark.parametrize(
    ("right", "step", "facts", "template"),
    [
        ("erasure", "reply", VERIFIED, "customer/erasure-done"),
        ("erasure", "reply", WITH_HOLD, "customer/erasure-partial-refusal"),
        ("erasure", "reply", REFUSED, "customer/refusal"),
        # The first matching condition wins.
        ("erasure", "reply", REFUSED_WITH_HOLD, "customer/refusal"),
        ("erasure", "decide", VERIFIED, None),
        ("access", "reply", VERIFIED, "customer/access-reply"),
        ("objection", "reply", REFUSED, "customer/objection-decision"),
    ],
)
def test_template_for(workflows: dict[str, Workflow], right: str, step: str, facts: CaseFacts, template: str | None) -> None:
    assert template_for(workflows[right].step(step), facts) == template


def test_template_if_order_is_the_file_order() -> None:
    step = Step(
        id="reply",
        template="customer/erasure-done",
        template_if={"has_retention_hold": "customer/erasure-partial-refusal", "decision_refused": "customer/refusal"},
    )
    assert template_for(step, REFUSED_WITH_HOLD) == "customer/erasure-partial-refusal"


def test_when_accepts_one_name_or_a_list() -> None:
    assert Step(id="a", when="holds_no_data", tasks=["verify-identity"]).when == ("holds_no_data",)
    assert Step(id="a", when=["holds_no_data", "is_repeat_request"], tasks=[]).when == (
        "holds_no_data",
        "is_repeat_request",
    )


# ----------------------------------------------------------------------------- bad files

AS = "workflows/erasure.toml"
CONDITION_LIST = ("decision_refused, has_retention_hold, holds_no_data, is_repeat_request, phone_known, "
                  "requester_not_verified")
STEP_KEYS = "id, when, unless, template, template_if, tasks, send, decision, attach"
COMPLAINT = "does not include _base/complaint_rights.txt (GDPR Art. 12(4): reasons, complaint, judicial remedy)"


@pytest.mark.parametrize(
    ("bad_file", "error"),
    [
        ("unknown_key.toml", f"steps[1].templat: unknown key (allowed: {STEP_KEYS})"),
        ("unknown_table.toml",
         "deadlines: unknown key (allowed: right, legal_basis, deadline, steps, staff_actions, reminders)"),
        ("missing_right.toml", "right: required key missing"),
        ("bad_template.toml", "steps[3].template: 'customer/erasure-don' not found (have: customer/erasure-done, ...)"),
        ("staff_template.toml", "steps[1].template: 'staff/reminder' is not a customer template (names start with customer/)"),
        ("unknown_condition.toml", f"steps[1].when: unknown condition 'requester_not_in_register' (known: {CONDITION_LIST})"),
        ("condition_expression.toml",
         f"steps[1].unless[1]: unknown condition 'holds_no_data or is_repeat_request' (known: {CONDITION_LIST})"),
        ("unknown_task.toml", "steps[1].tasks[1]: unknown task 'notify-recipients' (did you mean 'notify-recipients-art19'?)"),
        ("duplicate_step.toml", "steps[2].id: duplicate step id 'reply' (first at steps[1])"),
        ("right_mismatch.toml", "right: 'access' does not match the file name (expected 'erasure')"),
        ("unknown_right.toml",
         "right: 'deletion' is not one of the eight rights (access, rectification, erasure, restriction, "
         "portability, objection, marketing_ban, consent_withdrawal)"),
        ("auto_reply.toml",
         "steps[1].send: 'auto' is allowed only for customer/acknowledgement "
         "(this step sends customer/erasure-done); use 'after_approval'"),
        ("bad_send_value.toml", "steps[1].send: Input should be 'auto' or 'after_approval' (got 'now')"),
        ("no_complaint_rights.toml", f"steps[1].template_if.has_retention_hold: 'customer/erasure-done' (en) can refuse but {COMPLAINT}"),
        ("decision_without_complaint_rights.toml", f"steps[1].template: 'customer/erasure-done' (en) can refuse but {COMPLAINT}"),
        ("months_too_long.toml", "deadline.months: Input should be less than or equal to 1 (got 2)"),
        ("extension_without_notice.toml",
         "staff_actions.extend: required when deadline.extension_months > 0: the customer must be told of an "
         "extension within the first month (GDPR Art. 12(3))"),
        ("toml_syntax.toml", "TOML syntax error: Illegal character '\\n' (at line 2, column 17)"),
    ],
)
def test_bad_file_gives_one_exact_line(bad_file: str, error: str) -> None:
    with pytest.raises(WorkflowError) as caught:
        parse_workflow(AS, (BAD / bad_file).read_text(), template_exists=exists, template_includes=includes)
    message = str(caught.value)
    assert message == f"{AS}: {error}"
    assert "\n" not in message


def test_every_bad_file_is_in_the_table() -> None:
    table = test_bad_file_gives_one_exact_line.pytestmark[0].args[1]  # type: ignore[attr-defined]
    assert sorted(p.name for p in BAD.glob("*.toml")) == sorted(name for name, _ in table)


# ----------------------------------------------------------------------------- folder-level checks


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "workflows"
    shutil.copytree(WORKFLOWS, folder)
    return folder


def test_missing_right_file(copy: Path) -> None:
    (copy / "restriction.toml").unlink()
    with pytest.raises(WorkflowError) as caught:
        load(copy)
    assert str(caught.value) == "workflows: no file for right 'restriction' (expected workflows/restriction.toml)"


def test_stray_file(copy: Path) -> None:
    (copy / "deletion.toml").write_text('right = "deletion"\n')
    with pytest.raises(WorkflowError) as caught:
        load(copy)
    assert str(caught.value) == (
        "workflows/deletion.toml: not a workflow file: the name must be one of access, rectification, erasure, "
        "restriction, portability, objection, marketing_ban, consent_withdrawal (or retention.toml, recipients.toml)"
    )


def test_error_names_the_real_file(copy: Path) -> None:
    text = (copy / "objection.toml").read_text().replace('tasks = ["decide-objection"]', 'tasks = ["decide"]')
    (copy / "objection.toml").write_text(text)
    with pytest.raises(WorkflowError, match=r"^workflows/objection\.toml: steps\[4\]\.tasks\[0\]: unknown task 'decide' \(known: "):
        load(copy)


def test_template_missing_in_one_language() -> None:
    def no_swedish_refusal(name: str, lang: str) -> bool:
        return exists(name, lang) and not (name == "customer/refusal" and lang == "sv")

    with pytest.raises(WorkflowError) as caught:
        load(exists=no_swedish_refusal)
    assert str(caught.value) == "workflows/access.toml: steps[2].template: 'customer/refusal' has no sv version (have: en, fi)"


def test_refusal_template_missing_complaint_rights_in_one_language() -> None:
    def finnish_objection_without(name: str, lang: str) -> set[str]:
        found = includes(name, lang)
        return found - {COMPLAINT_RIGHTS} if (name, lang) == ("customer/objection-decision", "fi") else found

    with pytest.raises(WorkflowError) as caught:
        load(includes=finnish_objection_without)
    assert str(caught.value) == f"workflows/objection.toml: steps[6].template_if.decision_refused: 'customer/objection-decision' (fi) can refuse but {COMPLAINT}"


def test_not_utf8(copy: Path) -> None:
    (copy / "access.toml").write_bytes(b'right = "acc\xe4ss"\n')
    with pytest.raises(WorkflowError, match=r"^workflows/access\.toml: not UTF-8 text \(byte 12\)$"):
        load(copy)


GOOD = """right = "erasure"
legal_basis = ["GDPR Art. 17"]

[deadline]
extension_months = 0

[[steps]]
id = "acknowledge"
template = "customer/acknowledgement"
send = "auto"

[[steps]]
id = "reply"
template = "customer/erasure-done"

"""


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ("[reminders]\nworking_days_before_due = [2, 2]\n", "reminders.working_days_before_due: repeated value in [2, 2]"),
        ("[reminders]\nworking_days_before_due = [-1]\n",
         "reminders.working_days_before_due[0]: Input should be greater than or equal to 0 (got -1)"),
        ("[[steps]]\nid = \"empty\"\n", "steps[2]: a step needs a template, template_if, tasks or decision = true"),
        ("[[steps]]\nid = \"x\"\ntasks = [\"verify-identity\"]\nattach = \"customer_data\"\n",
         "steps[2].attach: attach needs a template to attach the data to"),
        ("[[steps]]\nid = \"x\"\ndecision = \"yes\"\n", "steps[2].decision: Input should be a valid boolean (got 'yes')"),
        ("[[steps]]\nid = \"Reply\"\ntasks = [\"verify-identity\"]\n",
         "steps[2].id: String should match pattern '^[a-z][a-z0-9_]*$' (got 'Reply')"),
        ("[[steps]]\nid = \"x\"\ntemplate = \"customer/acknowledgement\"\nsend = \"auto\"\ndecision = true\n",
         "steps[2].send: 'auto' is not allowed on a step with template_if, decision or attach"),
        ("[staff_actions]\nextend = \"customer/extension-notice\"\n",
         "staff_actions.extend: set, but deadline.extension_months is 0"),
    ],
)
def test_more_bad_files(extra: str, error: str) -> None:
    with pytest.raises(WorkflowError) as caught:
        parse_workflow(AS, GOOD + extra, template_exists=exists, template_includes=includes)
    assert str(caught.value) == f"{AS}: {error}"


def test_the_good_skeleton_parses() -> None:
    wf = parse_workflow(AS, GOOD, template_exists=exists, template_includes=includes)
    assert [s.id for s in wf.steps] == ["acknowledge", "reply"]
    assert wf.steps[1].send == "after_approval"


# ----------------------------------------------------------------------------- the README stays honest


def test_readme_documents_every_name() -> None:
    readme = (WORKFLOWS / "README.md").read_text()
    documented = set(re.findall(r"`\[*([a-z_\-/0-9]+)\]*`", readme))
    keys = (
        set(Workflow.model_fields) | set(Step.model_fields) | set(Deadline.model_fields)
        | set(Reminders.model_fields) | set(StaffActions.model_fields)
    )
    missing = (set(CONDITIONS) | set(TASKS) | keys | set(CUSTOMER_TEMPLATES)) - documented
    assert not missing, f"workflows/README.md does not mention: {sorted(missing)}"
