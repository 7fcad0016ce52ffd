"""A proposal's snapshot read from a SQLite file through ``sqlite3`` alone, without the ORM.

A command that only reads one proposal (``validate``, ``export-json``,
``budget``) should not pay for importing SQLAlchemy and the ORM models,
most of its run on a modest laptop. ``read`` answers from the file with the
read-only checks of ``Database.open`` (as ``store.listing`` does for the
library), the same queries as ``store.snapshot.load_document`` in one read
transaction, and the same validation (``snapshot_values``), so the snapshot
is the one the ORM path gives; a test compares them.

It never writes: a file due for a migration, a new file, a server, or any
SQLite error (busy, damaged page) gets ``None`` ("no quick answer"), and the
caller takes the full open, which creates, migrates, or says what is wrong.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, get_origin

from medicen_desktop.document import schema
from medicen_desktop.document.parts import PartRef, PartStatus
from medicen_desktop.document.withheld import of_others, with_marker
from medicen_desktop.store import fileprobe, schema_head
from medicen_desktop.store.snapshot_values import ORDER, PROPOSAL_LISTS, document_from_values

__all__ = ["EditableSnapshot", "QuickAnswer", "has_comments", "matching_acronyms", "read", "read_editable"]


class QuickAnswer(NamedTuple):
    """What the file says about a reference: the UUIDs it names and, when exactly one, its snapshot."""

    matches: list[str]
    document: schema.ProposalDocument | None


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def matching_acronyms(rows: Iterable[tuple[str, str]], ref: str) -> list[str]:
    """The UUIDs of (uuid, acronym) ``rows`` whose acronym is ``ref`` ignoring case, else ignoring accents too
    (ÉPI-DIAG = épi-diag, then = EPI-DIAG typed on a keyboard without É)."""
    rows = list(rows)
    matches = [uuid for uuid, acronym in rows if acronym.casefold() == ref.casefold()]
    return matches or [uuid for uuid, acronym in rows if _unaccented(acronym) == _unaccented(ref)]


_MODELS: dict[str, type[schema.Entity]] = {"proposals": schema.Proposal, **schema.ENTITY_LISTS}
_JSON_FIELDS: dict[str, frozenset[str]] = {
    name: frozenset(field for field, info in model.model_fields.items() if get_origin(info.annotation) is list)
    for name, model in _MODELS.items()
}
"""Fields stored as JSON text (the ORM's ``JSON`` columns: lists of strings)."""


def read(path: Path, ref: str) -> QuickAnswer | None:
    """The proposal named by ``ref`` (UUID, else acronym as ``services.lookup.resolve`` matches it) in the
    SQLite file ``path``; None when only the full open can answer.

    Raises ``DatabaseError`` naming the file for a file that is not a usable
    Medicen database, as ``Database.open`` would. Writes nothing.
    """
    state = fileprobe.check_sqlite_file(path, create=True, thorough=False)
    fileprobe.check_ours(str(path), state.tables, state.revision)
    if state.is_new or state.revision != schema_head.HEAD:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one read transaction: every list as of the same commit
        matches = _resolve(connection, ref)
        document = _load(connection, matches[0]) if len(matches) == 1 else None
    except sqlite3.Error:  # busy in a writer's checkpoint, a damaged page: the full open will say
        return None
    finally:
        connection.close()
    return QuickAnswer(matches, document)


class EditableSnapshot(NamedTuple):
    """What the GUI needs to show a proposal for editing before the database is open (``gui.quick_reopen``)."""

    document: schema.ProposalDocument
    frozen: frozenset[PartRef]
    """The parts no one may edit now (``services.parts.frozen_parts``)."""


def read_editable(path: Path, proposal_uuid: str) -> EditableSnapshot | None:
    """The proposal ``proposal_uuid`` and its frozen parts, as one read; None when only the full open can
    answer (as ``read``), and for a partner copy, whose editable scope only the full open reads.

    Raises ``DatabaseError`` naming the file for a file that is not a usable Medicen database. Writes nothing.
    """
    state = fileprobe.check_sqlite_file(path, create=True, thorough=False)
    fileprobe.check_ours(str(path), state.tables, state.revision)
    if state.is_new or state.revision != schema_head.HEAD:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")
        if (connection.execute("SELECT 1 FROM partner_copies WHERE proposal_uuid = ?", (proposal_uuid,)).fetchone()
                or not connection.execute("SELECT 1 FROM proposals WHERE uuid = ?", (proposal_uuid,)).fetchone()):
            return None
        frozen = frozenset(PartRef(kind, target) for kind, target in connection.execute(
            "SELECT kind, target FROM part_states WHERE proposal_uuid = ? AND status = ?",
            (proposal_uuid, PartStatus.FROZEN.value)))
        return EditableSnapshot(_load(connection, proposal_uuid), frozen)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def has_comments(path: Path, proposal_uuid: str) -> bool | None:
    """Whether the proposal has comment threads in the SQLite file ``path`` (None: only the full open can say).

    An export asks before opening the database through the ORM for the open threads' finding."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return connection.execute("SELECT 1 FROM comments WHERE proposal_uuid = ? LIMIT 1",
                                  (proposal_uuid,)).fetchone() is not None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _resolve(connection: sqlite3.Connection, ref: str) -> list[str]:
    """``services.lookup.resolve``'s matches, by the same queries."""
    if connection.execute("SELECT 1 FROM proposals WHERE uuid = ?", (ref,)).fetchone():
        return [ref]
    matches = [row[0] for row in connection.execute("SELECT uuid FROM proposals WHERE lower(acronym) = ?", (ref.lower(),))]
    return matches or matching_acronyms(connection.execute("SELECT uuid, acronym FROM proposals"), ref)


def _select(connection: sqlite3.Connection, table: str, model: type[schema.Entity], where: str,
            parameters: tuple[Any, ...], order: tuple[str, ...]) -> list[dict[str, Any]]:
    names = list(model.model_fields)
    statement = (f"SELECT {', '.join(names)} FROM {table} WHERE {where} "  # names from the models, never from input
                 f"ORDER BY {', '.join((*order, 'uuid'))}")
    rows = [dict(zip(names, row, strict=True)) for row in connection.execute(statement, parameters)]
    for field in _JSON_FIELDS[table]:
        for row in rows:
            if row[field] is not None:
                row[field] = json.loads(row[field])
    return rows


def _load(connection: sqlite3.Connection, proposal_uuid: str) -> schema.ProposalDocument:
    (found,) = _select(connection, "proposals", schema.Proposal, "uuid = ?", (proposal_uuid,), ())
    lists = {name: _select(connection, name, schema.ENTITY_LISTS[name], "proposal_uuid = ?", (proposal_uuid,),
                           ORDER[name])
             for name in PROPOSAL_LISTS}
    org_ids = sorted({p["organisation_uuid"] for p in lists["participations"]})
    lists["organisations"] = _select(connection, "organisations", schema.Organisation,
                                     f"uuid IN ({', '.join('?' * len(org_ids))})", tuple(org_ids), ())
    document = document_from_values(proposal_uuid, found, lists)
    copy = connection.execute(  # a partner copy: what its package withheld (store.withheld_marker, same rule)
        "SELECT c.participation_uuid, s.level FROM partner_copies c LEFT JOIN sharing_settings s "
        "ON s.proposal_uuid = c.proposal_uuid WHERE c.proposal_uuid = ?", (proposal_uuid,)).fetchone()
    return document if copy is None else with_marker(document, of_others(document, {copy[0]}, copy[1] or "full"))
