"""Set one field of a proposal from text (the CLI's ``set``), based on a revision the caller read.

``set_field(db, proposal, "proposal.title", "Nouveau titre", base_revision=12)``:
TARGET is ``proposal.FIELD`` or ``ENTITY_UUID.FIELD`` (any entity of the
proposal, its organisations included). VALUE is text, read as the field's
type: a list from a JSON array or from items separated by semicolons, an
empty value as "not set" for a field that may be unset, numbers, dates and
codes as the interchange writes them. The edit goes through
``services.edit.update_fields``: the same validation and normalisation as
the GUI, one transaction. With ``base_revision``, the field's value at that
revision (the change journal) is the base: a change made since by another
writer is merged or, when it conflicts, raises WriteConflict.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass
from typing import Any

from sqlalchemy import literal, select, union_all
from sqlalchemy.orm import Session

from medicen_desktop.document import schema
from medicen_desktop.document.jsonio import plain
from medicen_desktop.errors import Refused
from medicen_desktop.model import ENTITY_TABLES, Participation, Proposal
from medicen_desktop.services import proposals, revisions
from medicen_desktop.services.edit import Change, update_fields
from medicen_desktop.store import journal
from medicen_desktop.store.database import Database
from medicen_desktop.store.snapshot import row_values

_MODELS: dict[str, type[schema._Model]] = {"proposal": schema.Proposal, **schema.ENTITY_LISTS}


class BadTarget(Refused):
    """The TARGET names no field of the proposal (or one that cannot be set)."""


@dataclass(frozen=True)
class FieldSet:
    """What ``set_field`` did: the entity, the field, the change (empty when nothing changed) and the new revision."""

    proposal_uuid: str
    list_name: str
    uuid: str
    field: str
    change: Change
    revision: int

    def to_data(self) -> dict[str, Any]:
        return {"proposal": self.proposal_uuid, "entity": self.list_name, "uuid": self.uuid, "field": self.field,
                "changed": bool(self.change.after), "before": plain(self.change.before.get(self.field)),
                "after": plain(self.change.after.get(self.field)), "revision": self.revision}


def _locate(session: Session, proposal_uuid: str, target: str) -> tuple[str, str, str]:
    """(list name, UUID, field) of a TARGET, in one query whatever the entity; raises BadTarget."""
    owner, dot, field = target.rpartition(".")
    if not dot or not owner or not field:
        raise BadTarget(f"{target}: TARGET is proposal.FIELD or ENTITY_UUID.FIELD")
    if owner in ("proposal", proposal_uuid):
        list_name, uuid = "proposal", proposal_uuid
    else:
        found = session.scalar(union_all(*(
            select(literal(name)).where(Participation.proposal_uuid == proposal_uuid,
                                        Participation.organisation_uuid == owner) if name == "organisations"
            else select(literal(name)).where(table.uuid == owner, table.proposal_uuid == proposal_uuid)
            for name, table in ENTITY_TABLES.items())).limit(1))
        if found is None:
            acronym = session.scalar(select(Proposal.acronym).where(Proposal.uuid == proposal_uuid))
            raise BadTarget(f"{target}: no entity {owner} in proposal {acronym}")
        list_name, uuid = str(found), owner
    if field not in _MODELS[list_name].model_fields or field in ("uuid", "revision"):
        settable = ", ".join(name for name in _MODELS[list_name].model_fields if name not in ("uuid", "revision"))
        raise BadTarget(f"{target}: {list_name} has no field {field!r} to set (fields: {settable})")
    return list_name, uuid, field


def _is_list(annotation: Any) -> bool:
    return typing.get_origin(annotation) is list


def _optional(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in typing.get_args(annotation)


def parse_value(list_name: str, field: str, text: str) -> Any:
    """The value of ``text`` for the field's type (validation proper is the edit service's)."""
    annotation = _MODELS[list_name].model_fields[field].annotation
    if _is_list(annotation):
        if text.lstrip().startswith("["):
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise BadTarget(f"{field}: not a JSON array ({exc.msg})") from None
            if not isinstance(value, list):
                raise BadTarget(f"{field}: not a JSON array")
            return value
        return [item.strip() for item in text.split(";") if item.strip()]
    if text == "" and _optional(annotation):
        return None
    return text


def set_field(db: Database, ref: str, target: str, text: str, *, base_revision: int | None = None) -> FieldSet:
    """Set the field TARGET of proposal ``ref`` to ``text`` (see the module docstring).

    Raises ProposalNotFound, BadTarget, EditError (a refused value),
    HistoryTooShort (``base_revision`` older than the journal) or
    WriteConflict (changed since ``base_revision`` differently; nothing written).
    """
    proposal_uuid = proposals.resolve(db, ref)
    base: dict[str, Any] | None = None
    with db.read() as session:  # one snapshot: where the field is, and its value at base_revision
        list_name, uuid, field = _locate(session, proposal_uuid, target)
        if base_revision is not None:
            base = {field: _value_at(session, proposal_uuid, base_revision, list_name, uuid, field)}
    change = update_fields(db, list_name, uuid, {field: parse_value(list_name, field, text)}, base=base)
    bumped = change.revisions_of(proposal_uuid)
    if bumped is not None:
        revision = bumped[1]
    else:  # nothing changed
        revision = revisions.current_revision(db, proposal_uuid) or 0
    return FieldSet(proposal_uuid, list_name, uuid, field, change, revision)


def _value_at(session: Session, proposal_uuid: str, revision: int, list_name: str, uuid: str, field: str) -> Any:
    """The field's value at ``revision`` (None: the entity did not exist then); raises HistoryTooShort.

    What ``history.document_at`` does for the whole proposal, for one entity: its journal entries
    since then undone on its stored values. A shared profile (whether it took part in the proposal
    then) is read from the whole proposal as it was."""
    if list_name == "organisations":
        then = revisions.base_at(session, proposal_uuid, revision)
        entity = next((e for e in then.organisations if e.uuid == uuid), None)
        return getattr(entity, field) if entity is not None else None
    current = session.scalar(select(Proposal.revision).where(Proposal.uuid == proposal_uuid))
    start = journal.journal_start(session, proposal_uuid)
    if current is None or start is None or not start <= revision <= current:
        revisions.base_at(session, proposal_uuid, revision)  # raises HistoryTooShort, saying why
    model = _MODELS[list_name]
    row = session.get(Proposal if list_name == "proposal" else ENTITY_TABLES[list_name], uuid)
    values: dict[str, Any] | None = plain(row_values(row, model)) if row is not None else None
    for entry in reversed(journal.entity_entries_since(session, proposal_uuid, revision, uuid)):
        if entry.field is not None:
            if values is not None:
                values[entry.field] = entry.before
            continue
        if entry.after is not None:  # inserted since
            values = None
        if entry.before is not None:  # deleted since
            values = dict(entry.before)
    return getattr(model.model_validate(values), field) if values is not None else None
