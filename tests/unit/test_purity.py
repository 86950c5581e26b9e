"""The core does no I/O and reads no clock (STYLE.md D1). Checked on the source, not by trust.

The import contract (pyproject.toml, `lint-imports`) keeps I/O libraries out of `bot/core`; this
test catches what an import check cannot: a call that reads the clock, the environment, the file
system or chance through a module the core may import (datetime, pathlib, os.path, random).
It walks every module under bot/core, so a new module is checked without being listed.
"""

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"
CORE = sorted(str(p.relative_to(BOT / "core").with_suffix("")) for p in (BOT / "core").rglob("*.py"))

# Called as `anything.NAME(...)`: `datetime.datetime.now()`, `date.today()`, `Path(p).read_text()`,
# `self.folder.glob()`, `os.getenv()`, `time.monotonic()`, `secrets.token_hex()`.
FORBIDDEN_ATTRIBUTE_CALLS = frozenset({
    "now", "utcnow", "today", "fromtimestamp", "time", "monotonic", "perf_counter", "sleep",
    "read_text", "read_bytes", "write_text", "write_bytes", "open", "glob", "rglob", "iterdir", "exists",
    "is_file", "is_dir", "mkdir", "unlink", "rmdir", "touch", "stat", "resolve", "expanduser", "cwd", "home",
    "getenv", "putenv", "system", "popen", "urandom", "token_hex", "token_bytes", "randint", "random", "choice",
})
# Read as `anything.NAME`, called or not: the environment.
FORBIDDEN_ATTRIBUTES = frozenset({"environ"})
# Called by bare name.
FORBIDDEN_NAME_CALLS = frozenset({"open", "input", "print", "exec", "eval", "__import__"})


def problems_in(source: str) -> list[str]:
    """What in `source` reads the clock, the environment, files or chance."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in FORBIDDEN_ATTRIBUTE_CALLS:
                problems.append(f"line {node.lineno}: calls .{func.attr}()")
            elif isinstance(func, ast.Name) and func.id in FORBIDDEN_NAME_CALLS:
                problems.append(f"line {node.lineno}: calls {func.id}()")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            problems.append(f"line {node.lineno}: reads .{node.attr}")
    return problems


def test_the_core_is_found():
    assert {"states", "deadlines", "retention", "planning", "mail/parse", "reading/classify",
            "workflows/format"} <= set(CORE)


@pytest.mark.parametrize("module", CORE)
def test_core_module_is_pure(module):
    problems = problems_in((BOT / "core" / f"{module}.py").read_text(encoding="utf-8"))
    assert not problems, f"bot/core/{module}.py: {', '.join(problems)}"


@pytest.mark.parametrize("line", [
    "import datetime\nx = datetime.datetime.now()",
    "from datetime import date\nx = date.today()",
    "from pathlib import Path\nx = Path('a').read_text()",
    "x = self.folder.glob('*.toml')",
    "import os\nx = os.environ['HOME']",
    "import os\nx = os.getenv('HOME')",
    "with open('f') as f: pass",
    "import time\nx = time.monotonic()",
    "import secrets\nx = secrets.token_hex(4)",
])
def test_the_check_catches_a_call_by_attribute(line):
    assert problems_in(line), line


def test_pure_code_passes():
    assert problems_in("from datetime import date, timedelta\nx = date(2026, 1, 2) + timedelta(days=1)") == []
