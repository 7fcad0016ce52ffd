"""Loading funder templates from YAML files: one file per call and edition, validated on load.

``load_templates(folder)`` reads every ``*.yaml`` file of a folder. A file
that is not valid YAML or not a valid template is refused with its path,
the line of the problem and the reason, and the others still load, so one
bad file never stops the application. ``all_templates()`` is the shipped
templates plus the user's own (``user_template_folder()``); a user's file
that reuses a shipped key is refused.

The file's name is the template's key (``bpi-idemo.yaml`` holds
``key: bpi-idemo``): that is how a proposal's ``template_key`` finds it.
An earlier edition of a call is ``<key>@<edition>.yaml`` beside it (the
edition written with ``-`` for spaces), so ``get_template(key)`` reads one
file — through the per-user cache of validated templates — and never the
other calls'.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from medicen_desktop.errors import NotFound, Refused
from medicen_desktop.resources import resource
from medicen_desktop.rules.eligibility_model import EligibilityRule
from medicen_desktop.rules.template_model import (
    BudgetCategory,
    FunderTemplate,
    FundingRate,
    OverheadRule,
    Source,
    TemplateSection,
)

if TYPE_CHECKING:
    import yaml  # parsed only when a template is not in the cache: see _parse

__all__ = [
    "USER_TEMPLATES_ENV",
    "BudgetCategory",
    "EligibilityRule",
    "FunderTemplate",
    "FundingRate",
    "OverheadRule",
    "Source",
    "TemplateError",
    "TemplateSection",
    "TemplateSet",
    "UnknownTemplate",
    "all_templates",
    "edition_slug",
    "get_template",
    "load_template_file",
    "load_templates",
    "shipped_templates",
    "user_template_folder",
]

USER_TEMPLATES_ENV = "MEDICEN_TEMPLATES"
"""Environment variable naming the user's templates folder (default: ``templates`` in the per-user data folder)."""

_MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class TemplateError:
    """Why one template file was refused. ``line`` is 1-based, or None when unknown."""

    path: Path
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.reason}"


class TemplateFileError(Refused):
    """A template file is refused; ``error`` says where and why."""

    def __init__(self, error: TemplateError) -> None:
        super().__init__(str(error))
        self.error = error


class UnknownTemplate(NotFound):
    """No template has this key (or edition). ``str()`` is a readable sentence, not a quoted key."""

    def __init__(self, key: str, known: Sequence[str], edition: str | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.known = tuple(known)
        self.edition = edition

    def __str__(self) -> str:
        if self.edition is not None:
            return f"template {self.key!r} has no edition {self.edition!r} (editions: {', '.join(self.known) or 'none'})"
        return f"unknown template {self.key!r} (known: {', '.join(self.known) or 'none'})"


def edition_slug(edition: str) -> str:
    """How an edition is written in a file name: ``FUI 21`` → ``FUI-21``."""
    return re.sub(r"[^A-Za-z0-9.-]+", "-", edition).strip("-")


@dataclass(frozen=True)
class TemplateSet:
    """The templates that loaded (the current edition of each call, by key), their earlier
    editions, and the files that were refused."""

    templates: dict[str, FunderTemplate] = field(default_factory=dict)
    errors: list[TemplateError] = field(default_factory=list)
    earlier: dict[str, list[FunderTemplate]] = field(default_factory=dict)
    """Earlier editions of a call, by key, newest first."""

    def get(self, key: str, edition: str | None = None) -> FunderTemplate:
        """The template with this key (a key it ``replaces`` too), at ``edition`` when given
        (default: the current one); raises UnknownTemplate."""
        template = self.templates.get(key) or next((t for t in self.templates.values() if key in t.replaces), None)
        if template is None:
            raise UnknownTemplate(key, sorted(self.templates))
        if edition is None or edition == template.edition:
            return template
        for earlier in self.earlier.get(template.key, []):
            if earlier.edition == edition:
                return earlier
        raise UnknownTemplate(key, [t.edition for t in self.editions(template.key)], edition)

    def editions(self, key: str) -> list[FunderTemplate]:
        """Every edition of the call ``key``, newest first (empty when unknown)."""
        current = self.templates.get(key)
        return [current, *self.earlier.get(key, [])] if current is not None else []

    def add(self, template: FunderTemplate, path: Path) -> None:
        """Add one loaded file: the current edition when its name is the key, an earlier one otherwise."""
        if "@" in path.stem:
            editions = self.earlier.setdefault(template.key, [])
            editions.append(template)
            editions.sort(key=lambda t: t.edition_date, reverse=True)
        else:
            self.templates[template.key] = template


def load_templates(folder: Path | None = None, user_folder: Path | None = None) -> TemplateSet:
    """Load every ``*.yaml`` template of ``folder`` (default: the shipped ones), then of ``user_folder``.

    Never raises for a bad file: it goes into ``errors``. A missing folder
    gives an empty set with one error (a missing user folder is no error).
    A user's template whose key is already loaded is refused.
    """
    folder = folder if folder is not None else resource("templates")
    result = TemplateSet()
    if not folder.is_dir():
        result.errors.append(TemplateError(folder, None, "template folder not found"))
        return result
    for path in sorted(folder.glob("*.yaml")):
        try:
            result.add(_load(path), path)
        except TemplateFileError as exc:
            result.errors.append(exc.error)
    if user_folder is not None and user_folder.is_dir():
        shipped = set(result.templates) | {k for t in result.templates.values() for k in t.replaces}
        for path in sorted(user_folder.glob("*.yaml")):
            try:
                template = _load(path)
            except TemplateFileError as exc:
                result.errors.append(exc.error)
                continue
            if template.key in shipped:
                reason = f"key {template.key!r} is already a shipped call's: give your template another key"
                result.errors.append(TemplateError(path, None, reason))
            else:
                result.add(template, path)
    return result


def user_template_folder() -> Path:
    """The folder whose ``*.yaml`` templates load beside the shipped ones."""
    configured = os.environ.get(USER_TEMPLATES_ENV)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_data_dir("medicen-desktop", "Medicen")) / "templates"


@functools.cache
def shipped_templates() -> TemplateSet:
    """The shipped templates, loaded once per process."""
    return load_templates(resource("templates"))


@functools.cache
def all_templates() -> TemplateSet:
    """The shipped templates and the user's own, loaded once per process (bad files in ``errors``)."""
    return load_templates(resource("templates"), user_template_folder())


@functools.cache
def get_template(key: str, edition: str | None = None) -> FunderTemplate:
    """The template with this key (and edition; default: the current one); raises UnknownTemplate.

    Reads only this call's file (through the cache of validated templates),
    looking in the shipped folder, then in the user's; falls back to loading
    every template for a key some template ``replaces``.
    """
    name = key if edition is None else f"{key}@{edition_slug(edition)}"
    if re.fullmatch(r"[a-z][a-z0-9_-]*(@[A-Za-z0-9.-]+)?", name):
        for folder in (resource("templates"), user_template_folder()):
            path = folder / f"{name}.yaml"
            if path.is_file():
                try:
                    template = _load(path)
                except TemplateFileError:
                    break  # reported by all_templates(), which the fallback below builds
                if template.key == key and (edition is None or template.edition == edition):
                    return template
    return all_templates().get(key, edition)


def _load(path: Path) -> FunderTemplate:
    from medicen_desktop.rules.template_cache import load_cached

    return load_cached(path, load_template_file)


def load_template_file(path: Path) -> FunderTemplate:
    """Read and validate one template file; raises TemplateFileError (path, line, reason)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateFileError(TemplateError(path, None, f"cannot read ({exc.strerror})")) from None
    if len(raw) > _MAX_FILE_BYTES:
        raise TemplateFileError(TemplateError(path, None, "file too large for a template"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateFileError(TemplateError(path, None, f"not UTF-8 text (byte {exc.start})")) from None
    node, data = _parse(path, text)
    if not isinstance(data, dict):
        raise TemplateFileError(TemplateError(path, 1, "a template is a mapping of keys to values"))
    try:
        template = FunderTemplate.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        reason = f"{location}: {first['msg']}" if location else str(first["msg"])
        raise TemplateFileError(TemplateError(path, _line_of(node, first["loc"]), reason)) from None
    stem, _, edition = path.stem.partition("@")
    if template.key != stem:
        line = _line_of(node, ("key",))
        reason = f"key {template.key!r} differs from the file name {stem!r}"
        raise TemplateFileError(TemplateError(path, line, reason))
    if edition and edition_slug(template.edition) != edition:
        line = _line_of(node, ("edition",))
        reason = f"edition {template.edition!r} differs from the file name's {edition!r}"
        raise TemplateFileError(TemplateError(path, line, reason))
    return template


def _parse(path: Path, text: str) -> tuple[yaml.Node | None, Any]:
    """Parse YAML safely, keeping the node tree for line numbers; refuse duplicate keys."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _refuse_duplicate_keys(path, node)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise TemplateFileError(TemplateError(path, line, f"invalid YAML: {exc.problem or exc}")) from None
    except yaml.YAMLError as exc:
        raise TemplateFileError(TemplateError(path, None, f"invalid YAML: {exc}")) from None
    finally:
        loader.dispose()
    return node, data


def _refuse_duplicate_keys(path: Path, node: yaml.Node) -> None:
    # PyYAML keeps the last of duplicate keys silently: a pasted section would vanish.
    import yaml

    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in seen:
                        line = key_node.start_mark.line + 1
                        raise TemplateFileError(TemplateError(path, line, f"duplicate key {key_node.value!r}"))
                    seen.add(key_node.value)
                stack.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _line_of(node: yaml.Node | None, loc: Sequence[str | int]) -> int | None:
    """The 1-based line of the deepest node on the path ``loc`` (a pydantic error location)."""
    import yaml

    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in loc:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    # An unknown key is reported on the key itself.
                    child, line = value_node, key_node.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            if isinstance(node, yaml.MappingNode) and _is_tag(node, part):
                continue  # pydantic names the union member (the rule's ``type``) in the path
            break  # a missing key: stay on the parent's line
        node = child
    return line


def _is_tag(node: yaml.MappingNode, part: str | int) -> bool:
    return any(k.value == "type" and getattr(v, "value", None) == part for k, v in node.value)
