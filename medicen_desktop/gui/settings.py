"""Every persistent preference, declared once with its type and default.

After Picard's ``options.py``: a ``Setting`` names a QSettings key, its
Python type and its default; nothing else in the application calls
``QSettings`` directly. ``upgrade()`` runs versioned migration functions
over the stored settings when their layout changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, NamedTuple, SupportsIndex, SupportsInt, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "Medicen"
APPLICATION = "Medicen Desktop"
SETTINGS_VERSION = 2


class Setting(NamedTuple, Generic[T]):
    """One preference: its key, its type and its default."""

    key: str
    type: type[T]
    default: T


LANGUAGE: Setting[str] = Setting("ui/language", str, "")
"""'fr', 'en', or '' for the system language."""
GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray())
SPLITTER: Setting[QByteArray] = Setting("window/splitter", QByteArray, QByteArray())
LAST_STEP: Setting[str] = Setting("window/last_step", str, "")
"""The key of the step shown last (a step of ``rules.steps.REGISTRY``)."""
LAST_PROPOSAL: Setting[str] = Setting("library/last_proposal", str, "")
"""The proposal open last, before it was kept per database (``LAST_PROPOSALS``): still reopened in a database that
has no entry of its own and holds it (the one it was saved with), until that database records its own."""
LAST_PROPOSALS: Setting[dict[str, str]] = Setting("library/last_proposal_by_database", dict, {})
"""The proposal open last in each database, by ``database_key`` (its file, or its server URL without password)."""
RECENT_PROPOSALS: Setting[list[str]] = Setting("library/recent", list, [])
"""The proposals opened last, before the list was kept per database (``RECENT_BY_DATABASE``): a database with no
list of its own shows what it holds of it, and takes that into its own list when one of its proposals opens."""
RECENT_BY_DATABASE: Setting[dict[str, list[str]]] = Setting("library/recent_by_database", dict, {})
"""The proposals opened last in each database, most recent first, by ``database_key``."""
CALL_NAMES: Setting[dict[str, str]] = Setting("library/call_names", dict, {})
"""The calls' names by key, as last loaded: the library shows them before the templates load."""
EXPORT_FOLDER: Setting[str] = Setting("export/folder", str, "")
"""The last folder exported to ('': the user's Documents folder, see ``documents_folder``)."""
VERSION: Setting[int] = Setting("meta/version", int, 0)
RUNNING: Setting[int] = Setting("session/running", int, 0)
"""1 while a window is open on the database, 0 once it closed normally: 1 at start-up means it was killed."""


def database_key(location: str) -> str:
    """How the settings name a database: a SQLite file by its absolute path (links resolved), a server by its URL
    without the password (the settings file is plain text)."""
    if "://" in location and not location.startswith("sqlite:///"):
        return re.sub(r"^([^:/]+://[^:@/]*):[^@/]*@", r"\1@", location)
    from medicen_desktop.store.location import sqlite_path

    path = sqlite_path(location)
    return str(path.resolve()) if path is not None else location


def documents_folder() -> str:
    """The user's Documents folder (the home folder when the system has none)."""
    from PySide6.QtCore import QStandardPaths  # here, not at start-up: the class comes with two enums

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


class Settings:
    """Typed access to the declared settings, backed by one QSettings."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._backend = backend if backend is not None else QSettings(ORGANISATION, APPLICATION)

    def get(self, setting: Setting[T]) -> T:
        value = self._backend.value(setting.key, setting.default)
        if value is None:
            return setting.default
        # In the two conversions below, ``setting.type`` is ``T`` itself, hence the casts.
        if setting.type is list:
            return cast(T, list(value) if isinstance(value, (list, tuple)) else ([value] if value else []))
        if setting.type is int:
            if not isinstance(value, (str, bytes, bytearray, SupportsInt, SupportsIndex)):
                return setting.default
            try:
                return cast(T, int(value))
            except (TypeError, ValueError):
                return setting.default
        if not isinstance(value, setting.type):
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        self._backend.setValue(setting.key, value)

    def sync(self) -> None:
        self._backend.sync()

    def recent(self, location: str, holds: Callable[[str], bool]) -> list[str]:
        """The proposals opened last in the database at ``location``, most recent first: its own list, else what it
        holds (``holds(uuid)``) of the list kept before lists were per database."""
        own = self.get(RECENT_BY_DATABASE).get(database_key(location)) if location else None
        if own is not None:
            return _uuids(own)
        return [uuid for uuid in self.get(RECENT_PROPOSALS) if holds(uuid)]

    def remember_recent(self, location: str, proposal_uuid: str, holds: Callable[[str], bool],
                        limit: int = 8) -> list[str]:
        """Put a proposal first in the recent list of the database at ``location``; return that list. The first time,
        the database takes what it holds of the list of before, which keeps the others' (dropped once empty)."""
        recent = [proposal_uuid, *(uuid for uuid in self.recent(location, holds) if uuid != proposal_uuid)][:limit]
        if not location:
            self.set(RECENT_PROPOSALS, recent)
            return recent
        stored: dict[str, list[str]] = self.get(RECENT_BY_DATABASE)
        self.set(RECENT_BY_DATABASE, {**stored, database_key(location): recent})
        before = self.get(RECENT_PROPOSALS)
        others = [uuid for uuid in before if uuid != proposal_uuid and not holds(uuid)]
        if others:
            if others != before:
                self.set(RECENT_PROPOSALS, others)
        elif before or self._backend.contains(RECENT_PROPOSALS.key):
            self._backend.remove(RECENT_PROPOSALS.key)
        return recent

    def last_proposal(self, location: str) -> str:
        """The proposal to reopen in the database at ``location`` ("": none): its own entry, else the one saved
        before entries were kept per database (reopened only if this database holds it)."""
        own = self.get(LAST_PROPOSALS).get(database_key(location)) if location else None
        return own or self.get(LAST_PROPOSAL)

    def remember_last(self, location: str, proposal_uuid: str) -> None:
        """``proposal_uuid`` is open in the database at ``location``: reopen it there next time. The setting of
        before is dropped once the database it was saved with has taken it as its own."""
        if not location:
            return
        stored: dict[str, str] = self.get(LAST_PROPOSALS)
        last = {**stored, database_key(location): proposal_uuid}
        self.set(LAST_PROPOSALS, last)
        if self.get(LAST_PROPOSAL) == proposal_uuid:
            self._backend.remove(LAST_PROPOSAL.key)

    def upgrade(self) -> None:
        """Run the migrations between the stored settings version and this one."""
        version = self.get(VERSION)
        for target, migrate in _MIGRATIONS:
            if version < target:
                migrate(self._backend)
        self.set(VERSION, SETTINGS_VERSION)


def _v1(backend: QSettings) -> None:
    """Version 1 is the first layout: nothing to convert."""


def _v2(backend: QSettings) -> None:
    """The last step was saved as its index in the navigator; it is saved by key from version 2 on."""
    from medicen_desktop.rules.steps import STEPS

    value = backend.value(LAST_STEP.key)
    try:
        index = int(value) if value is not None else -1
    except (TypeError, ValueError):
        index = -1
    if 0 <= index < len(STEPS):
        backend.setValue(LAST_STEP.key, STEPS[index])
    elif value is not None and str(value) not in STEPS:
        backend.remove(LAST_STEP.key)


_MIGRATIONS: list[tuple[int, Callable[[QSettings], Any]]] = [(1, _v1), (2, _v2)]


def _uuids(value: object) -> list[str]:
    """A stored list read back (QSettings may return one value alone, or a tuple)."""
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []
