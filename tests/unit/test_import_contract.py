"""The import contract in pyproject.toml holds, and it would catch a breach (import-linter).

The breach is made in a copy of the package, so the tree under test is never touched.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(where: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--no-cache"], cwd=where, env={"PYTHONPATH": str(where), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("contract")
    shutil.copytree(ROOT / "bot", where / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", where / "pyproject.toml")
    return where


def test_the_tree_keeps_the_contract(copy):
    result = _lint(copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


@pytest.mark.parametrize("module, line, broken", [
    # The core reaching an adapter: the layers contract.
    ("bot/core/deadlines.py", "from bot.adapters import store  # noqa", "Layers"),
    # The core reaching an I/O library directly.
    ("bot/core/retention.py", "import smtplib  # noqa", "The core does no I/O"),
    # An adapter reaching a service.
    ("bot/adapters/outbox.py", "from bot.services import sending  # noqa", "Layers"),
])
def test_a_forbidden_import_breaks_it(copy, module, line, broken):
    path = copy / module
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\n" + line + "\n", encoding="utf-8")
    try:
        result = _lint(copy)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    assert f"{broken}" in result.stdout and "BROKEN" in result.stdout
