"""Load a proposal into a snapshot (the interchange document) and save one back.

The ORM columns carry the interchange fields' names, so one generic mapping
serves every entity. Lists come out in a total order (natural key, then
UUID), which makes export -> import -> export byte-identical.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from medicen_desktop.exchange import schema
from medicen_desktop.model import ENTITY_TABLES, Organisation, Proposal
from medicen_desktop.model.base import Base

_ORDER: dict[str, tuple[str, ...]] = {
    "participations": ("position",),
    "team_members": ("participation_uuid", "position"),
    "sections": ("key",),
    "work_packages": ("number",),
    "tasks": ("work_package_uuid", "number"),
    "deliverables": ("work_package_uuid", "number"),
    "milestones": ("number",),
    "efforts": ("participation_uuid", "work_package_uuid"),
    "budget_lines": ("participation_uuid", "category", "period"),
    "risks": ("position",),
    "attachments": ("filename",),
}
"""Sort keys of each list (UUID breaks ties)."""

PROPOSAL_LISTS = tuple(name for name in schema.ENTITY_LISTS if name != "organisations")


class ProposalMissing(LookupError):
    """No proposal with that UUID in the database."""


def row_values(row: Base, model: type[schema._Model]) -> dict[str, Any]:
    """The interchange fields of an ORM row."""
    return {name: getattr(row, name) for name in model.model_fields}


def load_document(session: Session, proposal_uuid: str) -> schema.ProposalDocument:
    """Read the whole proposal into a validated snapshot."""
    proposal = session.get(Proposal, proposal_uuid)
    if proposal is None:
        raise ProposalMissing(proposal_uuid)
    lists: dict[str, list[Any]] = {}
    for name in PROPOSAL_LISTS:
        table = ENTITY_TABLES[name]
        order = [getattr(table, column) for column in _ORDER[name]] + [table.uuid]
        rows = session.scalars(select(table).where(table.proposal_uuid == proposal_uuid).order_by(*order))
        model = schema.ENTITY_LISTS[name]
        lists[name] = [row_values(row, model) for row in rows]
    org_ids = sorted({p["organisation_uuid"] for p in lists["participations"]})
    organisations = session.scalars(select(Organisation).where(Organisation.uuid.in_(org_ids)).order_by(Organisation.uuid))
    lists["organisations"] = [row_values(o, schema.Organisation) for o in organisations]
    return schema.ProposalDocument.model_validate({"proposal": row_values(proposal, schema.Proposal), **lists})


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


def _values(entity: schema.Entity) -> dict[str, Any]:
    values = {name: getattr(entity, name) for name in type(entity).model_fields}
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

    for org in document.organisations:
        row = session.get(Organisation, org.uuid)
        if row is None:
            session.add(Organisation(**_values(org)))
            touched += 1
        elif _apply(row, _values(org)):
            row.revision += 1
            touched += 1
    session.flush()

    # Delete children before parents, insert parents before children.
    wanted = {name: {e.uuid: e for e in getattr(document, name)} for name in PROPOSAL_LISTS}
    existing: dict[str, dict[str, Any]] = {}
    for name in PROPOSAL_LISTS:
        table = ENTITY_TABLES[name]
        existing[name] = {
            row.uuid: row for row in session.scalars(select(table).where(table.proposal_uuid == proposal.uuid))
        }
    for name in reversed(PROPOSAL_LISTS):
        gone = set(existing[name]) - set(wanted[name])
        if gone:
            table = ENTITY_TABLES[name]
            for uuid in gone:
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
            elif _apply(row, _values(entity)):
                row.revision += 1
                touched += 1
        session.flush()
    if touched:
        proposal.updated_at = now
        if not is_new:
            proposal.revision += 1
    session.flush()
    return touched
