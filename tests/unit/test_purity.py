"""The core does no I/O and reads no clock (STYLE.md D1). Checked on the source, not by trust."""

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"
CORE = sorted(str(p.relative_to(BOT / "core").with_suffix("")) for p in (BOT / "core").rglob("*.py"))
FORBIDDEN_MODULES = {"smtplib", "imaplib", "socket", "imapclient", "sqlmodel", "sqlalchemy", "apscheduler",
                     "bot.adapters.store", "bot.adapters.mailbox", "bot.adapters.outbox", "bot.adapters.register", "bot.services.casework", "bot.services.intake",
                     "bot.services.drafts", "bot.services.sending", "bot.services.staff", "subprocess", "requests", "urllib.request"}
FORBIDDEN_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time"),
                   ("os", "environ"), ("os", "getenv")}


@pytest.mark.parametrize("module", CORE)
def test_core_module_is_pure(module):
    tree = ast.parse((BOT / "core" / f"{module}.py").read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not _type_checking_only(tree, node):
            names = [node.module or ""]
        else:
            names = []
        for name in names:
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_MODULES):
                problems.append(f"imports {name}")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in FORBIDDEN_CALLS:
                problems.append(f"uses {node.value.id}.{node.attr}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
            problems.append("calls open()")
    assert not problems, f"bot/core/{module}.py: {', '.join(problems)}"


def _type_checking_only(tree, node) -> bool:
    for parent in ast.walk(tree):
        if isinstance(parent, ast.If) and isinstance(parent.test, ast.Name) and parent.test.id == "TYPE_CHECKING":
            if node in ast.walk(parent):
                return True
    return False
