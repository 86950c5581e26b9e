"""The workflow walk, on values: the real workflows/ files, facts and progress made up per case."""

from datetime import date
from pathlib import Path

import pytest

from bot.adapters.datafiles import load_workflows
from bot.core.planning import (
    AckFacts,
    Action,
    StepProgress,
    ack_skip_reason,
    is_recent,
    outcome,
    plan,
    recipient,
    step_key,
)
from bot.core.retention import Hold
from bot.core.workflows import COMPLAINT_RIGHTS, CUSTOMER_TEMPLATES, CaseFacts

WORKFLOWS = load_workflows(
    Path(__file__).resolve().parents[2] / "workflows",
    template_exists=lambda name, lang: name in CUSTOMER_TEMPLATES,
    template_includes=lambda name, lang: {COMPLAINT_RIGHTS},
)
ON_RECORD = CaseFacts(sender_on_record=True, holds_data=True)
STRANGER = CaseFacts()
HOLD = (Hold("vouchers", date(2032, 12, 31), "KPL 2:10 §"),)


def todo(p):
    return [(a.kind, a.right, a.step, a.template) for a in p.todo]


def waiting(p):
    return [(a.kind, a.step) for a in p.waiting]


def test_a_new_case_from_the_address_on_record_gets_the_acknowledgement_and_the_first_work():
    p = plan(WORKFLOWS, ["access"], {"access": ON_RECORD}, {})
    assert todo(p) == [("draft", "access", "acknowledge", "customer/acknowledgement"),
                       ("tasks", "access", "export", None)]
    assert not p.complete


def test_an_unverified_requester_gets_only_the_identity_request_and_nothing_personal():
    p = plan(WORKFLOWS, ["access", "erasure"], {"access": STRANGER, "erasure": STRANGER}, {})
    assert todo(p) == [("draft", "access", "acknowledge", "customer/acknowledgement"),
                       ("tasks", "access", "ask_identity", None),
                       ("draft", "access", "ask_identity", "customer/identity-request")]


def test_shared_steps_are_one_mail_for_all_rights():
    p = plan(WORKFLOWS, ["access", "erasure"], {"access": STRANGER, "erasure": STRANGER}, {})
    assert [a.key for a in p.todo].count(("*", "acknowledge")) == 1
    assert step_key("erasure", "acknowledge") == ("*", "acknowledge")
    assert step_key("erasure", "reply") == ("erasure", "reply")


def test_the_acknowledgement_holds_nothing_up_but_other_steps_wait_in_order():
    progress = {("*", "acknowledge"): StepProgress(draft="pending")}
    p = plan(WORKFLOWS, ["erasure"], {"erasure": ON_RECORD}, progress)
    assert todo(p) == []
    assert waiting(p) == [("approval", "acknowledge"), ("decision", "decide")]


def test_erasure_with_a_hold_ends_in_the_partial_refusal_after_the_work():
    facts = {"erasure": CaseFacts(sender_on_record=True, holds_data=True, retention_holds=HOLD, decision="granted")}
    progress = {("*", "acknowledge"): StepProgress(draft="sent"),
                ("erasure", "erase"): StepProgress(tasks=(True, True, True, True))}
    p = plan(WORKFLOWS, ["erasure"], facts, progress)
    assert todo(p) == [("tasks", "erasure", "restrict_held_records", None)]
    progress[("erasure", "restrict_held_records")] = StepProgress(tasks=(True,))
    p = plan(WORKFLOWS, ["erasure"], facts, progress)
    assert todo(p) == [("draft", "erasure", "reply", "customer/erasure-partial-refusal")]
    progress[("erasure", "reply")] = StepProgress(draft="sent")
    assert plan(WORKFLOWS, ["erasure"], facts, progress).complete


def test_a_refused_decision_skips_the_work_and_refuses():
    facts = {"erasure": CaseFacts(sender_on_record=True, holds_data=True, decision="refused")}
    progress = {("*", "acknowledge"): StepProgress(draft="sent")}
    assert todo(plan(WORKFLOWS, ["erasure"], facts, progress)) == [("draft", "erasure", "reply", "customer/refusal")]


def test_open_tasks_and_rejected_drafts_block():
    progress = {("*", "acknowledge"): StepProgress(draft="sent"), ("access", "export"): StepProgress(tasks=(False,))}
    p = plan(WORKFLOWS, ["access"], {"access": ON_RECORD}, progress)
    assert todo(p) == [] and waiting(p) == [("tasks_open", "export")]
    progress[("access", "export")] = StepProgress(tasks=(True,))
    progress[("access", "reply")] = StepProgress(draft="rejected")
    p = plan(WORKFLOWS, ["access"], {"access": ON_RECORD}, progress)
    assert waiting(p) == [("blocked", "reply")] and not p.complete


def test_a_skipped_acknowledgement_counts_as_done():
    progress = {("*", "acknowledge"): StepProgress(draft="skipped")}
    p = plan(WORKFLOWS, ["marketing_ban"], {"marketing_ban": STRANGER}, progress)
    assert todo(p) == [("tasks", "marketing_ban", "apply_ban", None)]


def test_marketing_ban_needs_no_identity():
    p = plan(WORKFLOWS, ["marketing_ban"], {"marketing_ban": STRANGER}, {})
    assert "ask_identity" not in [a.step for a in p.todo]


def test_nothing_held_about_a_verified_requester():
    facts = {"access": CaseFacts(identity_confirmed=True, holds_data=False)}
    p = plan(WORKFLOWS, ["access"], facts, {("*", "acknowledge"): StepProgress(draft="sent")})
    assert todo(p) == [("draft", "access", "reply_no_data", "customer/no-data")]


def test_repeat_request_is_refused():
    facts = {"access": CaseFacts(sender_on_record=True, holds_data=True, marked_repeat=True)}
    p = plan(WORKFLOWS, ["access"], facts, {("*", "acknowledge"): StepProgress(draft="sent")})
    assert todo(p) == [("draft", "access", "refuse_repeat", "customer/refusal")]


def test_no_rights_is_never_complete():
    assert not plan(WORKFLOWS, [], {}, {}).complete


@pytest.mark.parametrize("template, customer_email, confirmed, expected", [
    ("customer/acknowledgement", None, False, "from@example.com"),
    ("customer/identity-request", "rec@example.com", False, "from@example.com"),
    ("customer/access-reply", "rec@example.com", False, "rec@example.com"),
    ("customer/access-reply", "rec@example.com", True, "rec@example.com"),
    ("customer/access-reply", None, False, None),
    ("customer/no-data", None, True, "from@example.com"),
])
def test_recipient(template, customer_email, confirmed, expected):
    assert recipient(template, "from@example.com", customer_email, confirmed) == expected


@pytest.mark.parametrize("facts, reason", [
    (AckFacts(triage=True, recent=True, no_auto_reply=False), "triage"),
    (AckFacts(triage=False, recent=False, no_auto_reply=False), "too-old"),
    (AckFacts(triage=False, recent=True, no_auto_reply=True), "suppressed-by-headers"),
    (AckFacts(triage=False, recent=True, no_auto_reply=False), None),
])
def test_acknowledgement_skip_reasons(facts, reason):
    assert ack_skip_reason(facts) == reason


@pytest.mark.parametrize("sent, decisions, expected", [
    (["customer/acknowledgement", "customer/access-reply"], {}, "granted"),
    (["customer/acknowledgement", "customer/erasure-partial-refusal"], {"erasure": "granted"}, "partially_refused"),
    (["customer/refusal"], {"erasure": "refused"}, "refused"),
    (["customer/objection-decision"], {"objection": "refused"}, "refused"),
    (["customer/objection-decision", "customer/marketing-ban-done"], {"objection": "refused"}, "partially_refused"),
    (["customer/acknowledgement", "customer/no-data"], {}, "no_data"),
])
def test_outcome(sent, decisions, expected):
    assert outcome(sent, decisions) == expected


def test_retry_delay_backs_off_and_is_capped():
    from datetime import timedelta

    from bot.services.sending import retry_delay

    assert [retry_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=5), timedelta(minutes=10), timedelta(minutes=20)]
    assert retry_delay(30) == timedelta(hours=6)


@pytest.mark.parametrize("template, auto, expected", [
    ("customer/acknowledgement", False, True),  # approved by a person, still an automatic response
    ("customer/acknowledgement", True, True),
    ("customer/access-reply", False, False),  # written for the case, approved by a person
    ("customer/marketing-ban-done", True, True),  # a privacy officer let the workflow send it alone
])
def test_which_replies_are_auto_replied(template, auto, expected):
    from bot.core.planning import auto_replied

    assert auto_replied(template, auto) is expected


def test_a_mail_that_refuses_is_marked_so_and_one_that_grants_is_not():
    """Issue 9: the letter frame adds the complaint routes exactly when a mail refuses (Art. 12(4))."""
    sent = {("*", "acknowledge"): StepProgress(draft="sent"),
            ("erasure", "erase"): StepProgress(tasks=(True,) * 4),
            ("erasure", "restrict_held_records"): StepProgress(tasks=(True,))}
    held = CaseFacts(sender_on_record=True, holds_data=True, retention_holds=HOLD, decision="granted")
    free = CaseFacts(sender_on_record=True, holds_data=True, decision="granted")
    refused = CaseFacts(sender_on_record=True, holds_data=True, decision="refused")
    for facts, template, refuses in ((held, "customer/erasure-partial-refusal", True),
                                     (free, "customer/erasure-done", False), (refused, "customer/refusal", True)):
        [action] = plan(WORKFLOWS, ["erasure"], {"erasure": facts}, sent).todo
        assert (action.template, action.refuses) == (template, refuses)


# --- Pinned by `make mutate` (README "Mutation testing"): whole actions, every field written out.


def test_each_kind_of_action_carries_its_right_step_template_tasks_and_detail():
    facts = {"access": ON_RECORD}
    sent_ack = {("*", "acknowledge"): StepProgress(draft="sent")}
    first = plan(WORKFLOWS, ["access"], facts, {})
    assert first.todo == [
        Action("draft", "access", "acknowledge", template="customer/acknowledgement", auto=False, attach=None),
        Action("tasks", "access", "export", tasks=("export-customer-data",)),
    ] and first.waiting == [] and first.complete is False
    open_tasks = plan(WORKFLOWS, ["access"], facts, sent_ack | {("access", "export"): StepProgress(tasks=(False, True, False))})
    assert open_tasks.waiting == [Action("tasks_open", "access", "export", tasks=("export-customer-data",),
                                         detail="2 task(s) open")]
    done = sent_ack | {("access", "export"): StepProgress(tasks=(True,))}
    reply = plan(WORKFLOWS, ["access"], facts, done)
    assert reply.todo == [Action("draft", "access", "reply", template="customer/access-reply", auto=False,
                                 attach="customer_data")]
    for status, kind, detail in [("pending", "approval", "draft pending"), ("approved", "approval", "draft approved"),
                                 ("rejected", "blocked", "draft rejected: staff redraft or close"),
                                 ("failed", "blocked", "draft failed: staff redraft or close")]:
        p = plan(WORKFLOWS, ["access"], facts, done | {("access", "reply"): StepProgress(draft=status)})
        assert p.waiting == [Action(kind, "access", "reply", template="customer/access-reply", detail=detail)]
        assert p.todo == [] and p.complete is False
    decide = plan(WORKFLOWS, ["restriction"], {"restriction": ON_RECORD}, sent_ack)
    assert decide.waiting == [Action("decision", "restriction", "decide", tasks=("decide-restriction",),
                                     detail="staff decide on restriction")]


def test_a_step_sent_without_approval_is_marked_auto():
    access = WORKFLOWS["access"]
    steps = [s.model_copy(update={"send": "auto"}) if s.id == "acknowledge" else s for s in access.steps]
    workflows = {"access": access.model_copy(update={"steps": steps})}
    [ack, _tasks] = plan(workflows, ["access"], {"access": ON_RECORD}, {}).todo
    assert ack.auto is True


def test_a_shared_step_done_for_one_right_is_done_for_the_next():
    stranger = {"access": STRANGER, "erasure": STRANGER}
    progress = {("*", "acknowledge"): StepProgress(draft="sent"),
                ("*", "ask_identity"): StepProgress(draft="sent", tasks=(True,))}
    p = plan(WORKFLOWS, ["access", "erasure"], stranger, progress)
    assert (p.todo, p.waiting, p.complete) == ([], [], True)


@pytest.mark.parametrize("sent, decisions, expected", [
    (["customer/refusal"], {}, "refused"),  # refused by the letter alone
    (["customer/refusal"], {"erasure": "granted"}, "partially_refused"),  # granted by the decision alone
])
def test_outcome_reads_the_refusal_letter_and_the_granted_decision_each_alone(sent, decisions, expected):
    assert outcome(sent, decisions) == expected


def test_recent_means_within_the_days_counted_back_from_now():
    from datetime import datetime, timedelta, timezone

    now = datetime(2026, 11, 24, 10, tzinfo=timezone.utc)
    assert is_recent(now - timedelta(days=3), now, 3) is True  # exactly three days: still recent
    assert is_recent(now - timedelta(days=3, seconds=1), now, 3) is False
    assert is_recent(now, now, 0) is True


def test_a_draft_still_to_write_holds_up_the_steps_after_it():
    access = WORKFLOWS["access"]
    by_id = {s.id: s for s in access.steps}
    workflows = {"access": access.model_copy(update={"steps": [by_id["acknowledge"], by_id["reply"], by_id["export"]]})}
    p = plan(workflows, ["access"], {"access": ON_RECORD}, {("*", "acknowledge"): StepProgress(draft="sent")})
    assert todo(p) == [("draft", "access", "reply", "customer/access-reply")]  # the export waits for it
