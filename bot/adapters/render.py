"""Render a mail from its folder of templates into a `RenderedMail` value (STYLE.md D8).

Sending is somebody else's job (`outbox`); this module only turns a template name, a language
and an explicit context dict into text.

Layout (Warehouse style, one folder per mail, one subfolder per language):

    templates/customer/acknowledgement/fi/subject.txt
    templates/customer/acknowledgement/fi/body.txt
    templates/customer/acknowledgement/fi/body.html     (optional)
    templates/_base/fi/complaint_rights.txt             (shared partials)

Language-neutral names. Every name a template or a caller uses leaves the language out; the
loader puts it back in as the folder just above the file. So with language "sv":

    "customer/acknowledgement/body.txt"  ->  customer/acknowledgement/sv/body.txt
    "_base/complaint_rights.txt"         ->  _base/sv/complaint_rights.txt

A template therefore writes `{% include "_base/complaint_rights.txt" %}` and gets the partial
in its own language. There is one Jinja environment per language, each with its own loader and
its own `date` and `right` filters, so a Finnish mail can never pull in a Swedish partial or
print an English date. A partial missing in a language is an error, never a silent fallback:
one mail is written in one language.

Language fallback (documented, as Mailman documents its search order in
`utilities/i18n.py`): `language_for(name, language)` returns `language` when the mail exists in
it, else "en". Nothing else falls back. The caller decides the language once, before rendering.

Filters:
    date   fi: 24.11.2026; sv: 24.11.2026 (the day.month.year form used in Finland, also by
           Finland-Swedish authorities such as tietosuoja.fi/sv; the ISO 2026-11-24 is Sweden's
           habit); en: 24 November 2026. Takes a `date`; a `datetime` is refused, because the
           caller must first decide the day in Europe/Helsinki.
    right  intent key -> the right's name in the template's language (LAW.md B9), lower case
           for use inside a sentence or list: "oikeus tietojen poistamiseen".

Safety: a SandboxedEnvironment; StrictUndefined, so a missing variable is an error; a printed
None is an error too (no "None" in a letter); autoescape only for .html templates. Customer
text enters only as a variable, never as a template.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from bot.core.errors import TemplateError
from bot.core.rights import INTENTS

FALLBACK_LANGUAGE = "en"

_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*$")

# LAW.md B9: the official FI/SV headings of the GDPR (EUR-Lex), lower-cased for running text.
# The marketing ban is the policy's own term (suoramarkkinointikielto, §5 "Direct marketing ban").
RIGHT_NAMES: Mapping[str, Mapping[str, str]] = {
    "fi": {
        "access": "oikeus saada pääsy tietoihin",
        "rectification": "oikeus tietojen oikaisemiseen",
        "erasure": "oikeus tietojen poistamiseen",
        "restriction": "oikeus käsittelyn rajoittamiseen",
        "portability": "oikeus siirtää tiedot järjestelmästä toiseen",
        "objection": "oikeus vastustaa tietojen käsittelyä",
        "marketing_ban": "suoramarkkinointikielto",
        "consent_withdrawal": "suostumuksen peruuttaminen",
    },
    "sv": {
        "access": "rätt till tillgång",
        "rectification": "rätt till rättelse",
        "erasure": "rätt till radering",
        "restriction": "rätt till begränsning av behandling",
        "portability": "rätt till dataportabilitet",
        "objection": "rätt att göra invändningar",
        "marketing_ban": "förbud mot direktmarknadsföring",
        "consent_withdrawal": "återkallelse av samtycke",
    },
    "en": {
        "access": "right of access",
        "rectification": "right to rectification",
        "erasure": "right to erasure",
        "restriction": "right to restriction of processing",
        "portability": "right to data portability",
        "objection": "right to object",
        "marketing_ban": "objection to direct marketing",
        "consent_withdrawal": "withdrawal of consent",
    },
}

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@dataclass(frozen=True)
class RenderedMail:
    subject: str  # one line: newlines removed
    text: str
    html: str | None


def format_date(value: Any, language: str) -> str:
    """A date as a reader in `language` expects it in Finland; see the module docstring."""
    _raise_if_undefined(value)
    # A datetime is a date subclass; refuse it so a UTC instant never prints as the wrong day.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise jinja2.TemplateRuntimeError(
            f"date filter expects a date, got {type(value).__name__} {value!r}"
        )
    if language == "en":
        return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day}.{value.month}.{value.year}"


def right_name(key: Any, language: str) -> str:
    _raise_if_undefined(key)
    names = RIGHT_NAMES.get(language)
    if names is None:
        # No silent English inside a mail in another language: add the names to RIGHT_NAMES.
        raise jinja2.TemplateRuntimeError(f"right filter: no right names for language {language!r}")
    try:
        return names[key]
    except (KeyError, TypeError):
        raise jinja2.TemplateRuntimeError(
            f"right filter: unknown intent {key!r} (have: {', '.join(INTENTS)})"
        ) from None


def _raise_if_undefined(value: Any) -> None:
    # A filter receives a missing variable as an Undefined; str() on a StrictUndefined raises
    # the usual "'x' is undefined" error, which names the variable.
    if isinstance(value, jinja2.Undefined):
        str(value)


def _refuse_none(value: Any) -> Any:
    # StrictUndefined catches missing variables but not None; a letter must never say "None".
    if value is None:
        raise jinja2.TemplateRuntimeError("a variable printed None")
    return value


def _fail(message: str) -> None:
    """`{{ fail("...") }}`: lets a template refuse a context that would make the letter false,
    e.g. "the copy is attached" with no attachment."""
    raise jinja2.TemplateRuntimeError(f"refused by template: {message}")


class _LanguageLoader(jinja2.BaseLoader):
    """Maps a language-neutral name to the file in `language`: the language folder sits just
    above the file ("a/b/file.txt" -> "a/b/<language>/file.txt")."""

    def __init__(self, root: Path, language: str):
        self.language = language
        self._files = jinja2.FileSystemLoader(str(root), encoding="utf-8")

    def physical(self, template: str) -> str:
        pieces = split_template_path(template)  # refuses ".." and friends
        if len(pieces) < 2:
            raise jinja2.TemplateNotFound(template, f"{template}: expected <folder>/<file>")
        return "/".join([*pieces[:-1], self.language, pieces[-1]])

    def get_source(self, environment, template):
        physical = self.physical(template)
        try:
            return self._files.get_source(environment, physical)
        except jinja2.TemplateNotFound:
            raise jinja2.TemplateNotFound(template, f"template not found: {physical}") from None


class Renderer:
    """Renders templates/<name>/<language>/{subject.txt, body.txt[, body.html]}."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._envs: dict[str, SandboxedEnvironment] = {}

    # -- environments -----------------------------------------------------------------------

    def _env(self, language: str) -> SandboxedEnvironment:
        if not isinstance(language, str) or not _LANGUAGE_RE.match(language):
            raise TemplateError(f"language {language!r}: expected a language code such as 'fi'")
        env = self._envs.get(language)
        if env is None:
            env = SandboxedEnvironment(
                loader=_LanguageLoader(self.folder, language),
                undefined=jinja2.StrictUndefined,
                autoescape=jinja2.select_autoescape(
                    enabled_extensions=("html",), disabled_extensions=(),
                    default_for_string=False, default=False,
                ),
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=True,
                finalize=_refuse_none,
            )
            env.filters["date"] = lambda value: format_date(value, language)
            env.filters["right"] = lambda key: right_name(key, language)
            env.globals["fail"] = _fail
            self._envs[language] = env
        return env

    @staticmethod
    def _check_name(name: str) -> None:
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise TemplateError(f"template name {name!r}: expected e.g. 'customer/acknowledgement'")

    # -- queries ----------------------------------------------------------------------------

    def exists(self, name: str, language: str) -> bool:
        """True when `name` has both subject.txt and body.txt in `language`."""
        if not (isinstance(name, str) and _NAME_RE.match(name)):
            return False
        if not (isinstance(language, str) and _LANGUAGE_RE.match(language)):
            return False
        folder = self.folder / name / language
        return (folder / "subject.txt").is_file() and (folder / "body.txt").is_file()

    def names(self) -> set[str]:
        """Every mail with at least one language. Folders starting with "_" hold partials."""
        found: set[str] = set()
        for subject in self.folder.rglob("subject.txt"):
            lang_dir = subject.parent
            rel = lang_dir.parent.relative_to(self.folder).as_posix()
            if rel == "." or any(part.startswith("_") for part in rel.split("/")):
                continue
            if _LANGUAGE_RE.match(lang_dir.name) and self.exists(rel, lang_dir.name):
                found.add(rel)
        return found

    def language_for(self, name: str, language: str) -> str:
        """The language to write `name` in: `language` if the mail exists in it, else "en".

        Raises TemplateError when the mail exists in neither.
        """
        if self.exists(name, language):
            return language
        if self.exists(name, FALLBACK_LANGUAGE):
            return FALLBACK_LANGUAGE
        raise TemplateError(f"{name}: exists in neither {language!r} nor {FALLBACK_LANGUAGE!r}")

    def includes(self, name: str, language: str) -> set[str]:
        """The templates body.txt includes, followed recursively, as written (language-neutral),
        e.g. {"_base/complaint_rights.txt", "_base/signature.txt"}."""
        self._check_name(name)
        env = self._env(language)
        found: set[str] = set()
        pending = [f"{name}/body.txt"]
        seen: set[str] = set()
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            try:
                source, _, _ = env.loader.get_source(env, current)
                referenced = list(meta.find_referenced_templates(env.parse(source)))
            except jinja2.TemplateError as exc:
                raise TemplateError(_one_line(name, language, exc, self.folder)) from exc
            for ref in referenced:
                if ref is None:
                    raise TemplateError(
                        f"{name} [{language}]: {current} has an include whose name is computed;"
                        " write template names as literal strings"
                    )
                found.add(ref)
                pending.append(ref)
        return found

    # -- rendering --------------------------------------------------------------------------

    def render(self, name: str, language: str, context: Mapping) -> RenderedMail:
        """Render the mail; raise TemplateError (one line: template, language, cause) on any
        template problem, including a missing variable."""
        self._check_name(name)
        env = self._env(language)
        ctx = dict(context)
        try:
            subject = env.get_template(f"{name}/subject.txt").render(ctx)
            text = env.get_template(f"{name}/body.txt").render(ctx)
            html = None
            if (self.folder / name / language / "body.html").is_file():
                html = env.get_template(f"{name}/body.html").render(ctx)
        except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
            raise TemplateError(_one_line(name, language, exc, self.folder)) from exc
        # Warehouse services.py:42: a subject is one line, whatever the template did.
        subject = " ".join(part.strip() for part in subject.splitlines() if part.strip())
        return RenderedMail(subject=subject, text=text, html=html)

    def render_section(self, name: str, language: str, context: Mapping) -> str:
        """The mail's own content (its `content` block, without greeting, closing or signature), for a
        letter that answers several rights at once (`customer/combined-reply`)."""
        self._check_name(name)
        env = self._env(language)
        try:
            return _section_of(env, name, dict(context)).strip("\n")
        except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
            raise TemplateError(_one_line(name, language, exc, self.folder)) from exc


def _section_of(env, name: str, context: dict) -> str:
    template = env.get_template(f"{name}/body.txt")
    if "content" not in template.blocks:
        raise jinja2.TemplateRuntimeError(f"{name}: body.txt has no content block to combine")
    return "".join(template.blocks["content"](template.new_context(context)))


def _one_line(name: str, language: str, exc: BaseException, folder: Path) -> str:
    """'customer/refusal [fi]: 'reasons' is undefined (customer/refusal/fi/body.txt:7)'."""
    message = str(exc) if str(exc) else type(exc).__name__
    if isinstance(exc, jinja2.UndefinedError):
        message = f"missing variable: {message}"
    where = _template_location(exc, folder)
    text = f"{name} [{language}]: {message}" + (f" ({where})" if where else "")
    return " ".join(text.split())


def _template_location(exc: BaseException, folder: Path) -> str | None:
    """The template file and line where rendering failed, from the (Jinja-rewritten) traceback."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return f"{_relative(exc.filename, folder)}:{exc.lineno}"
    where = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".txt", ".html")):
            where = f"{_relative(filename, folder)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def _relative(filename: str, folder: Path) -> str:
    try:
        return Path(filename).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return filename
