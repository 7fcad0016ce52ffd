"""The list of calls (key, name, funder, edition) without loading every template.

Listing the calls (the Call step's choice, the new-proposal wizard, the
library's Call column) needs four short fields per call; loading every
template validates all of their sections, budget and eligibility rules.
The list is derived once from every template loaded (the same calls and
the same refused files as ``templates.all_templates()``) and kept in the per-user cache (``derived_cache``)
under a digest of every template file's name, size and modification time,
in the shipped folder and the user's, and of the template model's source:
adding, editing or removing a template file makes the entry unused, never
wrong. A template itself is loaded by key when a call is chosen
(``templates.get_template``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from medicen_desktop import derived_cache
from medicen_desktop.resources import resource

__all__ = ["CallEntry", "TemplateIndex", "template_index"]


@dataclass(frozen=True)
class CallEntry:
    """One call (its current edition) as the lists show it."""

    key: str
    name: str
    funder: str
    edition: str


@dataclass(frozen=True)
class TemplateIndex:
    """Every call that loads, by key, and the template files refused (path, line and reason)."""

    calls: tuple[CallEntry, ...]
    errors: tuple[str, ...]


def _stamp() -> bytes:
    """What the index is derived from: every template file (shipped and the user's) and the model's code."""
    from medicen_desktop.rules import eligibility_model, template_base, template_index, template_model, templates

    folders = (resource("templates"), templates.user_template_folder())
    files = [path for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.yaml"))]
    code = [Path(str(module.__file__))
            for module in (template_model, eligibility_model, template_base, templates, template_index)]
    return b"\0".join([*(str(folder).encode() for folder in folders), derived_cache.file_stamp([*files, *code])])


def _build() -> TemplateIndex:
    """Load every template now (not ``all_templates()``'s copy: it may be older than the files stamped)."""
    from medicen_desktop.rules.templates import load_templates, user_template_folder

    loaded = load_templates(resource("templates"), user_template_folder())
    calls = tuple(CallEntry(key, t.name, t.funder, t.edition) for key, t in sorted(loaded.templates.items()))
    return TemplateIndex(calls, tuple(str(error) for error in loaded.errors))


def _read(raw: bytes) -> TemplateIndex | None:
    try:
        data = json.loads(raw)
        calls = tuple(CallEntry(**{field: str(entry[field]) for field in ("key", "name", "funder", "edition")})
                      for entry in data["calls"])
        errors = tuple(str(error) for error in data["errors"])
    except (ValueError, KeyError, TypeError):
        return None  # an entry of another shape: derive it again
    return TemplateIndex(calls, errors)


def template_index() -> TemplateIndex:
    """Every call's key, name, funder and edition, and the refused files; loads every template only when a
    template file (or the model) changed since the index was derived."""
    entry = derived_cache.cache_folder("template-index") / f"calls.{derived_cache.digest(_stamp())}.json"
    try:
        cached = _read(entry.read_bytes())
    except OSError:
        cached = None
    if cached is not None:
        return cached
    index = _build()
    derived_cache.store(entry, json.dumps({"calls": [asdict(call) for call in index.calls],
                                           "errors": list(index.errors)}, ensure_ascii=False).encode())
    return index
