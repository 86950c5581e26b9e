"""The README stays honest: every command and every setting is documented (sqlite-utils style)."""

import re
from pathlib import Path

import pytest

from bot.entrypoints.cli import _parser

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = (ROOT / "config.example.env").read_text(encoding="utf-8")


def _commands():
    sub = next(a for a in _parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command):
    assert f"rightsbot {command}" in README


def _settings():
    return sorted(set(re.findall(r"^([A-Z][A-Z0-9_]+)=", EXAMPLE, re.MULTILINE)))


@pytest.mark.parametrize("name", _settings())
def test_every_setting_is_documented(name):
    assert name in README
    # config.example.env: a comment above every key.
    lines = EXAMPLE.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{name}="))
    above = lines[index - 1]
    assert above.startswith("#") or lines[index - 1].startswith(tuple(f"{n}=" for n in _settings())), name


def test_every_setting_read_by_config_is_in_the_example():
    source = (ROOT / "bot" / "entrypoints" / "config.py").read_text()
    read = set(re.findall(r'r\.\w+\("([A-Z][A-Z0-9_]+)"', source))
    assert read <= set(_settings()), read - set(_settings())


def test_quick_start_has_the_two_commands():
    assert "make demo" in README and "make test" in README
