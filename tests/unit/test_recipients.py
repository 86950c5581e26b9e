"""workflows/recipients.toml: checked at start-up, one line naming the file and field (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.datafiles import load_recipients
from bot.core.errors import WorkflowError
from bot.core.recipients import ROLES, parse_recipients

WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"
ALL_ROLES = "".join(f'[[recipients]]\nrole = "{r}"\nname = ""\ncountry = "FI"\n\n' for r in ROLES)


def test_the_shipped_file_lists_every_role_of_the_policy():
    recipients = load_recipients(WORKFLOWS)
    assert {r.role for r in recipients} == set(ROLES)
    assert not any(r.outside_eea for r in recipients)


def test_a_recipient_outside_the_eea_carries_its_safeguard():
    text = ALL_ROLES + '[[recipients]]\nrole = "logistics"\nname = "Swiss Freight AG"\ncountry = "CH"\n' \
                       'safeguard = "adequacy_decision"\n'
    abroad = [r for r in parse_recipients("workflows/recipients.toml", text) if r.outside_eea]
    assert [(r.name, r.row()["safeguard"]) for r in abroad] == [("Swiss Freight AG", "adequacy_decision")]


@pytest.mark.parametrize(("text", "error"), [
    (ALL_ROLES + '[[recipients]]\nrole = "logistics"\nname = "X"\ncountry = "US"\n',
     "recipients[8].safeguard: US is outside the EU/EEA: expected one of adequacy_decision, "
     "standard_contractual_clauses, binding_corporate_rules, contract_performance"),
    (ALL_ROLES + '[[recipients]]\nrole = "logistics"\nname = "X"\ncountry = "SE"\nsafeguard = "adequacy_decision"\n',
     "recipients[8].safeguard: SE is in the EU/EEA: no safeguard is needed, leave it out"),
    (ALL_ROLES + '[[recipients]]\nrole = "shipping"\nname = "X"\ncountry = "FI"\n',
     "recipients[8].role: 'shipping' is not one of " + ", ".join(ROLES)),
    (ALL_ROLES + '[[recipients]]\nrole = "logistics"\nname = "X"\ncountry = "Finland"\n',
     "recipients[8].country: 'Finland' is not a two-letter country code such as 'FI'"),
    (ALL_ROLES + '[[recipients]]\nrole = "logistics"\nnmae = "X"\ncountry = "FI"\n',
     "recipients[8].nmae: unknown key (allowed: name, role, country, safeguard)"),
    (ALL_ROLES.replace('role = "marketing"', 'role = "logistics"'),
     "recipients: no entry for role 'marketing' (the privacy policy names it; an entry with name = \"\" gives "
     "the category only)"),
    ("recipients = []\n", "recipients: at least one [[recipients]] entry is required"),
])
def test_bad_recipients_files(text, error):
    with pytest.raises(WorkflowError) as caught:
        parse_recipients("workflows/recipients.toml", text)
    assert str(caught.value) == f"workflows/recipients.toml: {error}"


def test_missing_recipients_file(tmp_path):
    with pytest.raises(WorkflowError, match="recipients.toml: file not found"):
        load_recipients(tmp_path)
