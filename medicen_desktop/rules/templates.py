"""Loading funder templates from YAML files: one file per call, validated on load.

``load_templates(folder)`` reads every ``*.yaml`` file of a folder. A file
that is not valid YAML or not a valid template is refused with its path,
the line of the problem and the reason, and the others still load, so one
bad file never stops the application. ``get_template(key)`` gives a shipped
template (loaded once, then cached).

The file's name is the template's key (``bpi-idemo.yaml`` holds
``key: bpi-idemo``): that is how a proposal's ``template_key`` finds it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
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

__all__ = [
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
    "get_template",
    "load_template_file",
    "load_templates",
    "shipped_templates",
]

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
    """No template has this key. ``str()`` is a readable sentence, not a quoted key."""

    def __init__(self, key: str, known: Sequence[str]) -> None:
        super().__init__(key)
        self.key = key
        self.known = tuple(known)

    def __str__(self) -> str:
        return f"unknown template {self.key!r} (known: {', '.join(self.known) or 'none'})"


@dataclass(frozen=True)
class TemplateSet:
    """The templates that loaded, by key, and the files that were refused."""

    templates: dict[str, FunderTemplate] = field(default_factory=dict)
    errors: list[TemplateError] = field(default_factory=list)

    def get(self, key: str) -> FunderTemplate:
        """The template with this key; raises UnknownTemplate."""
        try:
            return self.templates[key]
        except KeyError:
            raise UnknownTemplate(key, sorted(self.templates)) from None


def load_templates(folder: Path | None = None) -> TemplateSet:
    """Load every ``*.yaml`` template of ``folder`` (default: the shipped ones).

    Never raises for a bad file: it goes into ``errors``. A missing folder
    gives an empty set with one error.
    """
    folder = folder if folder is not None else resource("templates")
    result = TemplateSet()
    if not folder.is_dir():
        result.errors.append(TemplateError(folder, None, "template folder not found"))
        return result
    for path in sorted(folder.glob("*.yaml")):
        try:
            template = load_template_file(path)
        except TemplateFileError as exc:
            result.errors.append(exc.error)
        else:
            result.templates[template.key] = template
    return result


@functools.cache
def shipped_templates() -> TemplateSet:
    """The shipped templates, loaded once per process."""
    return load_templates(resource("templates"))


def get_template(key: str) -> FunderTemplate:
    """The shipped template with this key; raises UnknownTemplate."""
    return shipped_templates().get(key)


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
    if template.key != path.stem:
        line = _line_of(node, ("key",))
        reason = f"key {template.key!r} differs from the file name {path.stem!r}"
        raise TemplateFileError(TemplateError(path, line, reason))
    return template


def _parse(path: Path, text: str) -> tuple[yaml.Node | None, Any]:
    """Parse YAML safely, keeping the node tree for line numbers; refuse duplicate keys."""
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
