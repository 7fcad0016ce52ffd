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

from medicen_desktop.document import schema
from medicen_desktop.errors import Refused
from medicen_desktop.services import proposals
from medicen_desktop.services.edit import Change, update_fields
from medicen_desktop.services.revisions import base_at
from medicen_desktop.store.database import Database

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
        from medicen_desktop.document.jsonio import plain

        return {"proposal": self.proposal_uuid, "entity": self.list_name, "uuid": self.uuid, "field": self.field,
                "changed": bool(self.change.after), "before": plain(self.change.before.get(self.field)),
                "after": plain(self.change.after.get(self.field)), "revision": self.revision}


def _locate(document: schema.ProposalDocument, target: str) -> tuple[str, str, str]:
    """(list name, UUID, field) of a TARGET; raises BadTarget."""
    owner, dot, field = target.rpartition(".")
    if not dot or not owner or not field:
        raise BadTarget(f"{target}: TARGET is proposal.FIELD or ENTITY_UUID.FIELD")
    if owner in ("proposal", document.proposal.uuid):
        list_name, uuid = "proposal", document.proposal.uuid
    else:
        found = next((name for name in schema.ENTITY_LISTS
                      if any(entity.uuid == owner for entity in getattr(document, name))), None)
        if found is None:
            raise BadTarget(f"{target}: no entity {owner} in proposal {document.proposal.acronym}")
        list_name, uuid = found, owner
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
    document = proposals.get_document(db, proposal_uuid)
    list_name, uuid, field = _locate(document, target)
    value = parse_value(list_name, field, text)
    base: dict[str, Any] | None = None
    if base_revision is not None:
        with db.read() as session:
            then = base_at(session, proposal_uuid, base_revision)
        entity: Any = then.proposal if list_name == "proposal" else next(
            (e for e in getattr(then, list_name) if e.uuid == uuid), None)
        base = {field: getattr(entity, field) if entity is not None else None}
    change = update_fields(db, list_name, uuid, {field: value}, base=base)
    revision = proposals.get_document(db, proposal_uuid).proposal.revision
    return FieldSet(proposal_uuid, list_name, uuid, field, change, revision)
