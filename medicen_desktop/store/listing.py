"""The proposal library's lines, read at start-up without SQLAlchemy.

A desktop window should be on screen about as fast as an empty one. The
library (the start screen) needs only one small read-only query, which the
standard ``sqlite3`` module answers in a millisecond, while importing the
ORM stack takes most of a second on a modest laptop. ``quick_summaries``
answers that query after the read-only checks of ``Database.open`` (all but
SQLite's page-by-page check, which the full open does), so a file that is
not ours is refused here, before any window, with the same message. The GUI then opens the database through ``Database.open`` in
the background and takes over from ``services.proposals.list_proposals``.

It never writes: a database that needs a migration, or a server URL, gets
``None`` ("no quick answer"), and the caller waits for the full open.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from medicen_desktop.store import fileprobe, schema_head
from medicen_desktop.store.location import sqlite_path

QUERY = (
    "SELECT uuid, acronym, title, template_key, language, revision, updated_at FROM proposals "
    "ORDER BY updated_at DESC, acronym"
)
"""The library's one query (this module's and ``services.lookup.list_proposals``'s): most recently changed first."""


class ProposalSummary(NamedTuple):
    """One line of the proposal library."""

    uuid: str
    acronym: str
    title: str
    template_key: str
    language: str
    revision: int
    updated_at: dt.datetime | None


def quick_summaries(location: str) -> list[ProposalSummary] | None:
    """The library's lines, or None when only the full open can say (server, migration due).

    Raises ``DatabaseError`` naming the file for a file that is not a usable
    Medicen database, exactly as ``Database.open`` would; writes nothing.
    """
    path = sqlite_path(location)
    if path is None:
        return None
    state = fileprobe.check_sqlite_file(path, create=True, thorough=False)
    fileprobe.check_ours(str(path), state.tables, state.revision)
    if state.is_new:
        return []
    if state.revision != schema_head.HEAD:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = connection.execute(QUERY).fetchall()
    except sqlite3.Error:  # busy in a writer's checkpoint, or anything odd: the full open will say
        return None
    finally:
        connection.close()
    return summaries(rows)


def summaries(rows: Iterable[Sequence[Any]]) -> list[ProposalSummary]:
    """``QUERY``'s rows as library lines (SQLite gives the time as text, a server as a datetime)."""
    return [
        ProposalSummary(uuid, acronym, title, template_key, language, revision,
                        dt.datetime.fromisoformat(updated) if isinstance(updated, str) else updated)
        for uuid, acronym, title, template_key, language, revision, updated in rows
    ]
