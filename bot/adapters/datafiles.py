"""Reading the privacy officer's data files: `workflows/*.toml`, `retention.toml` and `recipients.toml`.

The only I/O of the workflow format; parsing and every check are in `bot.core.workflows`.
"""

from __future__ import annotations

from pathlib import Path

from bot.core.errors import WorkflowError
from bot.core.recipients import RECIPIENTS_FILE, Recipient, parse_recipients
from bot.core.retention import RetentionPolicy
from bot.core.workflows import (
    RETENTION_FILE,
    TemplateExists,
    TemplateIncludes,
    Workflow,
    parse_retention,
    parse_workflows,
)


def load_workflows(folder: Path, *, template_exists: TemplateExists,
                   template_includes: TemplateIncludes) -> dict[str, Workflow]:
    """Read and check every workflow in `folder` (see `parse_workflows`)."""
    texts = {path.name: _read_text(f"{folder.name}/{path.name}", path)
             for path in sorted(folder.glob("*.toml")) if path.name not in (RETENTION_FILE, RECIPIENTS_FILE)}
    return parse_workflows(folder.name, texts, template_exists=template_exists, template_includes=template_includes)


def load_retention(folder: Path) -> RetentionPolicy:
    """Read `folder`/retention.toml."""
    path = folder / RETENTION_FILE
    shown = f"{folder.name}/{RETENTION_FILE}"
    if not path.is_file():
        raise WorkflowError(f"{shown}: file not found")
    return parse_retention(shown, _read_text(shown, path))


def load_recipients(folder: Path) -> tuple[Recipient, ...]:
    """Read `folder`/recipients.toml."""
    path = folder / RECIPIENTS_FILE
    shown = f"{folder.name}/{RECIPIENTS_FILE}"
    if not path.is_file():
        raise WorkflowError(f"{shown}: file not found")
    return parse_recipients(shown, _read_text(shown, path))


def _read_text(shown: str, path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise WorkflowError(f"{shown}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise WorkflowError(f"{shown}: cannot read: {exc.strerror}") from None
