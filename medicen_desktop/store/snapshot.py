"""Load a proposal into a snapshot (the interchange document) and save one back.

The ORM columns carry the interchange fields' names, so one generic mapping
serves every entity. Lists come out in a total order (natural key, then
UUID), which makes export -> import -> export byte-identical.

``save_document`` replaces a whole proposal (diffing it against the stored
rows); ``apply_changes`` writes only entities the caller knows changed (a
merge), with the same revision rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from medicen_desktop.document import schema
from medicen_desktop.document.withheld import withheld_lists
from medicen_desktop.model import ENTITY_TABLES, Organisation, Proposal
from medicen_desktop.errors import NotFound, Refused
from medicen_desktop.model.base import Base
from medicen_desktop.store import journal, withheld_marker
from medicen_desktop.store.snapshot_values import ORDER, PROPOSAL_LISTS, document_from_values


class ProposalMissing(NotFound):
    """No proposal with that UUID in the database."""


class EntityOfAnotherProposal(Refused):
    """A document holds an entity (participation, section...) whose UUID another stored proposal owns."""


def _refuse_entities_of_other_proposals(session: Session, proposal_uuid: str,
                                        wanted: dict[str, dict[str, Any]]) -> None:
    for name in PROPOSAL_LISTS:
        if not wanted[name]:
            continue
        table = ENTITY_TABLES[name]
        row = session.scalars(select(table).where(
            table.uuid.in_(list(wanted[name])), table.proposal_uuid != proposal_uuid).limit(1)).first()
        if row is not None:
            owner = session.get(Proposal, row.proposal_uuid)
            acronym = owner.acronym if owner is not None else row.proposal_uuid
            kind = name.removesuffix("s").replace("_", " ")
            raise EntityOfAnotherProposal(
                f"{kind} {row.uuid} already belongs to proposal {acronym} in this database "
                "(a copy of a proposal needs new UUIDs: duplicate it in the app instead)")


def row_values(row: Base, model: type[schema._Model]) -> dict[str, Any]:
    """The interchange fields of an ORM row."""
    return {name: getattr(row, name) for name in model.model_fields}


def _select_values(session: Session, table: Any, model: type[schema._Model], *where: Any, order: Any = ()) -> list[dict[str, Any]]:
    """The interchange fields of matching rows, read as plain columns (no ORM instances)."""
    names = list(model.model_fields)
    statement = select(*(getattr(table, name) for name in names)).where(*where).order_by(*order)
    return [dict(zip(names, row, strict=True)) for row in session.execute(statement)]


def load_document(session: Session, proposal_uuid: str) -> schema.ProposalDocument:
    """Read the whole proposal into a validated snapshot (``snapshot_values.document_from_values``), with what
    its reader may not see marked (``store.withheld_marker``); raise ProposalMissing."""
    found = _select_values(session, Proposal, schema.Proposal, Proposal.uuid == proposal_uuid)
    if not found:
        raise ProposalMissing(proposal_uuid)
    lists: dict[str, list[dict[str, Any]]] = {}
    for name in PROPOSAL_LISTS:
        table = ENTITY_TABLES[name]
        order = [getattr(table, column) for column in ORDER[name]] + [table.uuid]
        lists[name] = _select_values(session, table, schema.ENTITY_LISTS[name], table.proposal_uuid == proposal_uuid,
                                     order=order)
    org_ids = sorted({p["organisation_uuid"] for p in lists["participations"]})
    lists["organisations"] = _select_values(session, Organisation, schema.Organisation, Organisation.uuid.in_(org_ids),
                                            order=[Organisation.uuid])
    return withheld_marker.mark(session, document_from_values(proposal_uuid, found[0], lists))


def _apply(row: Base, values: dict[str, Any]) -> bool:
    """Set changed fields on ``row``; True if anything changed."""
    changed = False
    for name, value in values.items():
        if name in ("uuid", "revision"):
            continue
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _values(entity: schema.Entity, withheld: Mapping[str, list[str]] | None = None) -> dict[str, Any]:
    """The entity's values to store (without those ``withheld`` from the snapshot's reader)."""
    hidden = withheld.get(entity.uuid, ()) if withheld else ()
    values = {name: getattr(entity, name) for name in type(entity).model_fields if name not in hidden}
    for name, value in values.items():
        if isinstance(value, list):
            values[name] = [str(item) for item in value]
        elif isinstance(value, StrEnum):
            values[name] = value.value
    return values


def save_document(session: Session, document: schema.ProposalDocument) -> int:
    """Write ``document`` over the stored proposal with the same UUID (or create it).

    Entities are matched by UUID: new ones are inserted with their revision,
    changed ones get their stored revision + 1, missing ones are deleted.
    Organisations are reusable profiles: updated or added, never deleted.
    What the document withholds from its reader (``document.withheld``: a
    partner's snapshot) is not touched: a withheld field keeps its stored
    value, a withheld list keeps that partner's stored rows.
    Returns the number of entities inserted, changed or deleted.
    """
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    touched = 0
    proposal = session.get(Proposal, document.proposal.uuid)
    proposal_values = _values(document.proposal)
    is_new = proposal is None
    if proposal is None:
        proposal = Proposal(**proposal_values)
        session.add(proposal)
        touched += 1
    elif _apply(proposal, proposal_values):
        touched += 1

    hidden = document.withheld  # the reader's blanks: never written over the stored values (document.withheld)
    for org in document.organisations:
        row = session.get(Organisation, org.uuid)
        if row is None:
            session.add(Organisation(**_values(org)))
            touched += 1
        elif _apply(row, _values(org, hidden)):
            row.revision += 1
            touched += 1
    session.flush()

    # Delete children before parents, insert parents before children.
    wanted = {name: {e.uuid: e for e in getattr(document, name)} for name in PROPOSAL_LISTS}
    _refuse_entities_of_other_proposals(session, proposal.uuid, wanted)
    existing: dict[str, dict[str, Any]] = {}
    for name in PROPOSAL_LISTS:
        table = ENTITY_TABLES[name]
        existing[name] = {
            row.uuid: row for row in session.scalars(select(table).where(table.proposal_uuid == proposal.uuid))
        }
    withheld_rows = set(withheld_lists(hidden))
    for name in reversed(PROPOSAL_LISTS):
        gone = {uuid for uuid in set(existing[name]) - set(wanted[name])
                if (getattr(existing[name][uuid], "participation_uuid", None), name) not in withheld_rows}
        if gone:
            table = ENTITY_TABLES[name]
            for uuid in gone:
                journal.note_deleted(session, name, existing[name][uuid])
                session.expunge(existing[name][uuid])
            session.execute(delete(table).where(table.uuid.in_(gone)), execution_options={"synchronize_session": False})
            touched += len(gone)
    for name in PROPOSAL_LISTS:
        table = ENTITY_TABLES[name]
        for uuid, entity in wanted[name].items():
            row = existing[name].get(uuid)
            if row is None:
                session.add(table(proposal_uuid=proposal.uuid, **_values(entity)))
                touched += 1
            elif _apply(row, _values(entity, hidden)):
                row.revision += 1
                touched += 1
        session.flush()
    if touched:
        proposal.updated_at = now
        if not is_new:
            proposal.revision += 1
    session.flush()
    return touched


def apply_changes(
    session: Session,
    proposal_uuid: str,
    upserts: Iterable[tuple[str, schema.Entity]],
    deletions: Iterable[tuple[str, str]] = (),
) -> int:
    """Write only the given entities of a stored proposal: ``save_document`` for a known diff.

    ``upserts`` are (list name, or "proposal", validated entity): absent
    ones are inserted with their revision, present ones get their changed
    fields and their stored revision + 1, as ``save_document`` would do to
    them. ``deletions`` are (list name, UUID); organisations, reusable
    profiles, are never deleted, and an absent UUID is no change. If
    anything changed, the proposal's ``updated_at`` is set and its revision
    goes up by one. Returns the number of entities inserted, changed or
    deleted. Raises ProposalMissing, or ValueError for an entity of another
    proposal.
    """
    proposal = session.get(Proposal, proposal_uuid)
    if proposal is None:
        raise ProposalMissing(proposal_uuid)
    by_list: dict[str, list[schema.Entity]] = {}
    for name, entity in upserts:
        by_list.setdefault(name, []).append(entity)
    gone: dict[str, list[str]] = {}
    for name, uuid in deletions:
        if name != "organisations":
            gone.setdefault(name, []).append(uuid)
    unknown = (set(by_list) - {"proposal", *schema.ENTITY_LISTS}) | (set(gone) - set(PROPOSAL_LISTS))
    if unknown:
        raise ValueError(f"unknown entity list {min(unknown)!r}")
    touched = 0
    for name in reversed(PROPOSAL_LISTS):  # children before parents
        if name in gone:
            table = ENTITY_TABLES[name]
            for row in session.scalars(select(table).where(table.uuid.in_(gone[name]),
                                                           table.proposal_uuid == proposal_uuid)):
                journal.note_deleted(session, name, row)
            for uuid in gone[name]:
                stale = session.identity_map.get(session.identity_key(table, uuid))
                if stale is not None:
                    session.expunge(stale)
            result = session.execute(
                delete(table).where(table.uuid.in_(gone[name]), table.proposal_uuid == proposal_uuid),
                execution_options={"synchronize_session": False},
            )
            touched += int(getattr(result, "rowcount", 0) or 0)
    for entity in by_list.pop("proposal", []):
        if entity.uuid != proposal_uuid:
            raise ValueError(f"proposal {entity.uuid} is not proposal {proposal_uuid}")
        touched += _apply(proposal, _values(entity))
    for name in ("organisations", *PROPOSAL_LISTS):  # parents before children
        table = ENTITY_TABLES[name]
        for entity in by_list.pop(name, []):
            row = session.get(table, entity.uuid)
            if row is None:
                owner = {} if name == "organisations" else {"proposal_uuid": proposal_uuid}
                session.add(table(**owner, **_values(entity)))
                touched += 1
            elif name != "organisations" and row.proposal_uuid != proposal_uuid:
                raise EntityOfAnotherProposal(f"{name} {entity.uuid} belongs to another proposal")
            elif _apply(row, _values(entity)):
                row.revision += 1
                touched += 1
        session.flush()
    if touched:
        proposal.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        proposal.revision += 1
        session.flush()
    return touched
