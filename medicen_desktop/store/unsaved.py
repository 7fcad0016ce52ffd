"""Typed text that could not reach its database, kept in a file until it does (``medicen-unsaved-*.json``).

At start-up the last proposal is editable before its database is open (the
quick reopen). When that database then fails to open (damaged, locked by a
foreign process, the server refusing), what was typed meanwhile is written
here instead of being dropped with the window: ``keep`` writes one file per
window next to the database file (a server: in the per-user data folder,
where the default database lives), completely or not at all (a temporary
name renamed into place). ``waiting(location, proposal_uuid)`` lists the
files kept for a proposal of that database, oldest first; the window offers
them when the proposal is next open, and ``discard`` removes one once its
text is back in the proposal.

The file holds each typed field with the value it was based on (so that the
text merges three-way with what others changed since, as the autosave does)
and any text typed before a proposal was shown at all. It never holds a
password: a server is named by its URL without one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medicen_desktop.store.location import default_location, sqlite_path

PREFIX = "medicen-unsaved-"
FORMAT = 1


@dataclass(frozen=True)
class TypedField:
    """One field as typed: its entity list, UUID and field name, what it was based on, and the typed value."""

    list_name: str
    uuid: str
    field: str
    base: Any
    value: Any


@dataclass(frozen=True)
class Unsaved:
    """What one window typed and could not write."""

    path: Path
    database: str
    proposal_uuid: str
    acronym: str
    kept_at: dt.datetime
    fields: tuple[TypedField, ...]
    loose_text: str
    """Keys typed before any proposal was shown (the library on screen), as text."""


def database_name(location: str) -> str:
    """How a file names its database: the SQLite file's absolute path, or the server URL without password."""
    path = sqlite_path(location)
    if path is not None:
        return str(path.resolve())
    from sqlalchemy.engine import make_url

    return make_url(location).render_as_string(hide_password=True)


def folders(location: str) -> list[Path]:
    """Where files for ``location`` are written, in order of preference (the database's folder first)."""
    path = sqlite_path(location)
    found = [path.resolve().parent] if path is not None else []
    found.append(default_location().parent)
    return list(dict.fromkeys(found))


def keep(location: str, proposal_uuid: str, acronym: str, fields: list[TypedField], loose_text: str = "") -> Path:
    """Write what was typed to a new file (the first folder of ``folders`` that takes it); its path.

    Raises ``OSError`` when no folder takes it (the caller then shows the text itself)."""
    data = {"format": FORMAT, "database": database_name(location), "proposal_uuid": proposal_uuid,
            "acronym": acronym, "kept_at": dt.datetime.now(dt.UTC).isoformat(), "loose_text": loose_text,
            "fields": [{"list": f.list_name, "uuid": f.uuid, "field": f.field, "base": f.base, "value": f.value}
                       for f in fields]}
    text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    error: OSError | None = None
    for folder in folders(location):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".medicen-unsaved-", suffix=".part", dir=folder)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text)
                    out.flush()
                    os.fsync(out.fileno())
                final = folder / f"{PREFIX}{stamp}-{os.getpid()}.json"
                os.replace(temporary, final)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            return final
        except OSError as exc:
            error = exc
    assert error is not None
    raise error


def waiting(location: str, proposal_uuid: str | None = None) -> list[Unsaved]:
    """The files kept for ``location`` (and that proposal, if given), oldest first; unreadable ones skipped."""
    name = database_name(location)
    found: list[Unsaved] = []
    for folder in folders(location):
        for path in sorted(folder.glob(f"{PREFIX}*.json")) if folder.is_dir() else []:
            unsaved = _read(path)
            if unsaved is not None and unsaved.database == name and proposal_uuid in (None, unsaved.proposal_uuid):
                found.append(unsaved)
    return sorted(found, key=lambda u: u.kept_at)


def discard(unsaved: Unsaved) -> None:
    """Remove a file whose text is back in its proposal."""
    unsaved.path.unlink(missing_ok=True)


def _read(path: Path) -> Unsaved | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fields = tuple(TypedField(str(f["list"]), str(f["uuid"]), str(f["field"]), f.get("base"), f["value"])
                       for f in data["fields"])
        return Unsaved(path, str(data["database"]), str(data["proposal_uuid"]), str(data.get("acronym", "")),
                       dt.datetime.fromisoformat(data["kept_at"]), fields, str(data.get("loose_text", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
