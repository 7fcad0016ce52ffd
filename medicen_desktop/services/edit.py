"""Field-level edits of one entity: the operations behind every editor and undo.

Entities are addressed by the interchange list name ("sections",
"work_packages", ...; "proposal" for the proposal itself) and UUID. Each
operation is one transaction, validates the new values with the interchange
model, normalises text, bumps the entity's revision and returns what
changed, so that the GUI can undo it by applying the inverse.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import ValidationError
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from medicen_desktop.document import schema
from medicen_desktop.document.text import normalise_values
from medicen_desktop.errors import NotFound, Refused, WriteConflict
from medicen_desktop.model import ENTITY_TABLES, Organisation, Participation, PartState, Proposal
from medicen_desktop.model import Assignment as AssignmentRow
from medicen_desktop.services import assignment as partner_mode
from medicen_desktop.services import cost_guards, given_totals, parts
from medicen_desktop.services.edit_errors import EditError as EditError  # defined apart: see edit_errors.py
from medicen_desktop.services.edit_errors import StaleEdit as StaleEdit
from medicen_desktop.document.parts import PartStatus
from medicen_desktop.store import journal
from medicen_desktop.store.database import Database
from medicen_desktop.store.snapshot import row_values

_MODELS: dict[str, type[schema._Model]] = {"proposal": schema.Proposal, **schema.ENTITY_LISTS}
_TABLES: dict[str, Any] = {"proposal": Proposal, **ENTITY_TABLES}


class FrozenPart(EditError, parts.PartFrozen):
    """The entity belongs to a frozen part (services/parts.py): no one edits it until it is unfrozen."""


def refuse_frozen(session: Session, proposal_uuid: str, list_name: str,
                  before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    try:
        parts.refuse_frozen(session, proposal_uuid, list_name, before, after)
    except parts.PartFrozen as exc:
        raise FrozenPart(str(exc)) from None


def refuse_given(session: Session, proposal_uuid: str, list_name: str,
                 before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """Raise EditError for a hand edit of a partner's personnel given as totals (services/given_totals.py)."""
    reason = given_totals.refusal(session, proposal_uuid, list_name, before, after)
    if reason is not None:
        raise EditError(reason, "given_total")


class OutsideAssignment(EditError):
    """A partner copy refuses edits outside the partner's assignment (services/assignment.py)."""


def _guard(reason: str | None) -> None:
    """Partner-mode hook: raise OutsideAssignment when services/assignment.py refuses the edit."""
    if reason is not None:
        raise OutsideAssignment(reason)


@dataclass(frozen=True)
class Change:
    """What one update changed: enough to redo or undo it."""

    list_name: str
    uuid: str
    proposal_uuid: str
    before: dict[str, Any]
    after: dict[str, Any]
    revision: int
    kept_both: int = 0
    """Typed text only: paragraphs changed both as typed and meanwhile, kept twice (typed first)."""
    proposal_revisions: tuple[int, int] | None = None
    """The revision of the one proposal this change bumped, before and after it (None: several, or none).
    A window whose snapshot is at the first knows that its own write is all that happened since."""
    shared_revisions: tuple[tuple[str, int, int], ...] = ()
    """An organisation profile's change: each proposal it bumped, with its revision before and after."""

    def revisions_of(self, proposal_uuid: str) -> tuple[int, int] | None:
        """The revision of ``proposal_uuid`` before and after this change, when the change bumped it."""
        if self.proposal_revisions is not None and self.proposal_uuid == proposal_uuid:
            return self.proposal_revisions
        return next(((was, now) for uuid, was, now in self.shared_revisions if uuid == proposal_uuid), None)


@dataclass(frozen=True)
class Removal:
    """An entity and what was deleted with it, in insertion order (for undo)."""

    proposal_uuid: str
    entities: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    """The deleted partner's assignment rows (sections and WPs to package for it)."""


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """Enum members to their values, for ORM columns."""
    return {
        k: (v.value if isinstance(v, StrEnum) else [str(i) for i in v] if isinstance(v, list) else v)
        for k, v in values.items()
    }


def _validated(list_name: str, values: dict[str, Any]) -> dict[str, Any]:
    model = _MODELS[list_name]
    try:
        entity = model.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error["loc"] else None
        raise EditError(f"{name}: {error['msg']}" if name else error["msg"], name) from None
    return _plain({name: getattr(entity, name) for name in model.model_fields})


def _owner(list_name: str, row: Any) -> str:
    return row.uuid if list_name == "proposal" else getattr(row, "proposal_uuid", "")


def _touch(session: Session, proposal_uuid: str) -> None:
    proposal = session.get(Proposal, proposal_uuid)
    if proposal is not None:
        proposal.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        if proposal.revision is not None:
            proposal.revision += 1


def _proposals_using(session: Session, organisation_uuid: str) -> list[str]:
    """The proposals an organisation profile takes part in: a change to the profile changes each of them."""
    return sorted(set(session.scalars(
        select(Participation.proposal_uuid).where(Participation.organisation_uuid == organisation_uuid))))


def update_fields(
    db: Database,
    list_name: str,
    uuid: str,
    changes: dict[str, Any],
    *,
    expected_revision: int | None = None,
    base: dict[str, Any] | None = None,
    keep_both: bool = False,
) -> Change:
    """Set some fields of one entity, as one transaction. Returns what changed.

    ``base`` states what the writer's values were based on: each field's
    value when the editor showed it. A field whose new value is its base is
    not written (the user did not change it: a window showing an old value
    never writes it back); a field changed meanwhile by another writer is
    merged three-way (Markdown paragraph by paragraph) or, when both changed
    it differently, refused with WriteConflict (nothing written). With
    ``keep_both`` (typed text), a Markdown conflict keeps both versions of the
    paragraphs, the typed one first, instead (``Change.kept_both``).
    Without ``base`` the values are written as given.

    Raises EditError (bad value), StaleEdit (``expected_revision`` not the
    stored one), WriteConflict, LookupError. A change bumps the entity's
    revision and that of the proposal it belongs to; an organisation profile
    belongs to every proposal it takes part in, so each of them is bumped.
    """
    if list_name not in _TABLES:
        raise EditError(f"unknown kind of entity {list_name!r}")
    changes = normalise_values(dict(changes))
    with db.transaction(proposal=lambda session: _owner_checked(session, list_name, uuid, changes)) as session:
        row, _proposal, frozen = _locked_row(session, list_name, uuid)
        if expected_revision is not None and row.revision != expected_revision:
            raise StaleEdit(f"this item was changed elsewhere (revision {row.revision}, expected {expected_revision})")
        current = row_values(row, _MODELS[list_name])
        unknown = set(changes) - set(current) | ({"uuid", "revision"} & set(changes))
        if unknown:
            raise EditError(f"cannot set {', '.join(sorted(unknown))}", sorted(unknown)[0])
        new = _validated(list_name, {**current, **changes})
        _refuse(cost_guards.typed_equipment_amount(list_name, changes, new)
                or cost_guards.task_elsewhere(session, list_name, new))
        kept_both = 0
        if base is not None:
            changes, kept_both = _based(list_name, current, new, changes, base, keep_both)
            new = _validated(list_name, {**current, **changes})
        before = {k: current[k] for k in changes if current[k] != new[k]}
        after = {k: new[k] for k in before}
        if after and frozen:
            refuse_frozen(session, _owner(list_name, row), list_name, current, new)
        if after and list_name in ENTITY_TABLES:  # no query unless the line is a partner's given total
            refuse_given(session, _owner(list_name, row), list_name, current, new)
        for name, value in after.items():
            setattr(row, name, value)
        bumped: tuple[int, int] | None = None
        shared: list[tuple[str, int, int]] = []
        if after:
            row.revision += 1
            owner = _owner(list_name, row)
            if list_name == "organisations":
                for user in _proposals_using(session, uuid):
                    using = session.get(Proposal, user)
                    before_touch = using.revision if using is not None else None
                    _touch(session, user)
                    if using is not None and before_touch is not None:
                        shared.append((user, before_touch, using.revision))
            elif list_name != "proposal":
                proposal = session.get(Proposal, owner)
                was = proposal.revision if proposal is not None else None
                _touch(session, owner)
                if proposal is not None and was is not None:
                    bumped = (was, proposal.revision)
            else:
                row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                bumped = (row.revision - 1, row.revision)
        return Change(list_name, uuid, _owner(list_name, row), _plain(before), after, row.revision, kept_both, bumped,
                      tuple(shared))


def _owner_checked(session: Session, list_name: str, uuid: str, changes: dict[str, Any]) -> str | None:
    """Before the write lock: refuse an edit outside a partner's assignment; the proposal the entity
    belongs to (None: an organisation profile, shared by proposals). An entity never moves to another."""
    row = session.get(_TABLES[list_name], uuid)  # held here: the check below finds it in the session
    _guard(partner_mode.update_refusal_in(session, list_name, uuid, changes))
    if list_name == "organisations":
        return None
    if list_name == "proposal":
        return uuid
    if row is None:
        raise NotFound(f"no {list_name} entity {uuid}")
    return str(row.proposal_uuid)


def _locked_row(session: Session, list_name: str, uuid: str) -> tuple[Any, Proposal | None, bool]:
    """Under the write lock, as stored now, in one statement: the entity, the proposal it belongs to (for
    the revision bump; the caller holds it, or the session forgets it) and whether any part of that
    proposal is frozen. Raises NotFound."""
    table = _TABLES[list_name]
    if list_name in ("proposal", "organisations"):
        row = session.get(table, uuid, populate_existing=True)
        if row is None:
            raise NotFound(f"no {list_name} entity {uuid}")
        return row, row if list_name == "proposal" else None, False  # no part holds these
    frozen = exists().where(PartState.proposal_uuid == table.proposal_uuid,
                            PartState.status == PartStatus.FROZEN.value)
    found = session.execute(
        select(table, Proposal, frozen.label("frozen")).join(Proposal, Proposal.uuid == table.proposal_uuid)
        .where(table.uuid == uuid).execution_options(populate_existing=True)).one_or_none()
    if found is None:
        raise NotFound(f"no {list_name} entity {uuid}")
    return found[0], found[1], bool(found[2])


def _refuse(refusal: cost_guards.Refusal | None) -> None:
    if refusal is not None:
        raise EditError(*refusal)


def _based(list_name: str, current: dict[str, Any], new: dict[str, Any], changes: dict[str, Any],
           base: dict[str, Any], keep_both: bool) -> tuple[dict[str, Any], int]:
    """The changes to write given what they were based on; raises WriteConflict. (changes, paragraphs kept twice)"""
    from medicen_desktop.document.text import MARKDOWN_FIELDS
    from medicen_desktop.exchange.merge_result import Conflict
    from medicen_desktop.exchange.textmerge import merge_markdown

    based = _plain(normalise_values({k: v for k, v in base.items() if k in changes}))
    stored = _plain(current)
    kept: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    kept_both = 0
    for name in changes:
        if name not in based:
            kept[name] = new[name]
            continue
        was, now, wanted = based[name], stored[name], new[name]
        if wanted == was:
            continue  # not changed by this writer: whatever is stored stays
        if now in (was, wanted):
            kept[name] = wanted
            continue
        label = f"{list_name} {current.get('uuid', '')}"
        if name in MARKDOWN_FIELDS and isinstance(was, str) and isinstance(now, str) and isinstance(wanted, str):
            text = merge_markdown(was, now, wanted)
            if text.clean:
                kept[name] = text.resolve()
                continue
            if keep_both:
                kept[name], count = _both_kept(text)
                kept_both += count
                continue
            conflicts.append(Conflict(f"{list_name}/{current['uuid']}/{name}", list_name, str(current["uuid"]), label,
                                      name, "text", was, now, wanted, text))
        else:
            conflicts.append(Conflict(f"{list_name}/{current['uuid']}/{name}", list_name, str(current["uuid"]), label,
                                      name, "value", was, now, wanted))
    if conflicts:
        raise WriteConflict(conflicts)
    return kept, kept_both


def _both_kept(text: Any) -> tuple[str, int]:
    """Merged Markdown with each conflicting hunk kept from both sides, the typed one (theirs) first."""
    from medicen_desktop.exchange.textmerge import SEPARATOR

    paragraphs: list[str] = []
    count = 0
    for part in text.parts:
        if isinstance(part, int):
            hunk = text.hunks[part]
            paragraphs += [chunk for chunk in (hunk.theirs, hunk.ours) if chunk]
            count += 1
        else:
            paragraphs.extend(part)
    return SEPARATOR.join(paragraphs), count


def update_typed(db: Database, list_name: str, uuid: str, field_name: str, value: Any, base: Any) -> Change:
    """Write text the user typed starting from ``base``, without overwriting a change made since.

    When the stored value is no longer ``base`` (a merge applied meanwhile,
    another window), a Markdown field is merged three-way paragraph by
    paragraph: both sides' changes are kept, and where both changed the same
    paragraph, the typed version comes first and the stored one after it, so
    that no word is lost. Another field changed meanwhile is a WriteConflict.
    """
    return update_fields(db, list_name, uuid, {field_name: value},
                         base=None if base is None else {field_name: base}, keep_both=True)


def add_entity(db: Database, proposal_uuid: str, list_name: str, values: dict[str, Any]) -> str:
    """Insert one entity (a fresh UUID unless ``values`` has one); return its UUID."""
    if list_name not in ENTITY_TABLES:
        raise EditError(f"unknown kind of entity {list_name!r}")
    values = normalise_values({"uuid": str(uuidlib.uuid4()), "revision": 1, **values})
    clean = _validated(list_name, values)
    _guard(partner_mode.add_refusal(db, proposal_uuid, list_name, clean))
    with db.transaction() as session:
        table = ENTITY_TABLES[list_name]
        if table is Organisation:
            session.add(Organisation(**clean))
        else:
            if session.get(Proposal, proposal_uuid) is None:
                raise NotFound(f"no proposal {proposal_uuid}")
            refuse_frozen(session, proposal_uuid, list_name, None, clean)
            refuse_given(session, proposal_uuid, list_name, None, clean)
            _refuse(cost_guards.task_elsewhere(session, list_name, clean))
            session.add(table(proposal_uuid=proposal_uuid, **clean))
            _touch(session, proposal_uuid)
        session.flush()
    return str(clean["uuid"])


def _dependants(session: Session, list_name: str, uuid: str) -> list[tuple[str, Any]]:
    """Rows the database deletes with this one (ON DELETE CASCADE), children first."""
    found: list[tuple[str, Any]] = []
    referencing = {
        "participations": ("participation_uuid",),
        "work_packages": ("work_package_uuid",),
    }.get(list_name, ())
    for child_list, table in ENTITY_TABLES.items():
        for column in referencing:
            if column in table.__table__.c and child_list != list_name:
                fk = next(iter(table.__table__.c[column].foreign_keys))
                if fk.ondelete == "CASCADE":
                    for row in session.scalars(select(table).where(table.__table__.c[column] == uuid)):
                        found.extend(_dependants(session, child_list, row.uuid))
                        found.append((child_list, row))
    return found


def delete_entity(db: Database, list_name: str, uuid: str) -> Removal:
    """Delete one entity and its cascade; return all of it so undo can restore it.

    References that are only cleared (a section's assigned partner, a WP
    leader) are recorded as updates to restore too.
    """
    if list_name not in ENTITY_TABLES or list_name == "organisations":
        raise EditError(f"cannot delete {list_name!r} entities here")
    _guard(partner_mode.delete_refusal(db, list_name, uuid))
    with db.transaction() as session:
        table = ENTITY_TABLES[list_name]
        row = session.get(table, uuid)
        if row is None:
            raise NotFound(f"no {list_name} entity {uuid}")
        proposal_uuid = row.proposal_uuid
        children = _dependants(session, list_name, uuid)
        refuse_given(session, proposal_uuid, list_name, row_values(row, schema.ENTITY_LISTS[list_name]), None)
        for name, entity in [(list_name, row), *children]:
            refuse_frozen(session, proposal_uuid, name, row_values(entity, schema.ENTITY_LISTS[name]), None)
        entities = [(list_name, row_values(row, schema.ENTITY_LISTS[list_name]))]
        # Re-inserted parents first, in the order of the document's lists (a task before the months that name it).
        order = {name: index for index, name in enumerate(schema.ENTITY_LISTS)}
        entities += [(name, row_values(child, schema.ENTITY_LISTS[name]))
                     for name, child in sorted(reversed(children), key=lambda item: order[item[0]])]
        cleared: list[tuple[str, dict[str, Any]]] = []
        for other_list, other in ENTITY_TABLES.items():
            for column in other.__table__.c:
                for fk in column.foreign_keys:
                    if fk.ondelete == "SET NULL" and fk.column.table is table.__table__:
                        for ref in session.scalars(select(other).where(column == uuid)):
                            cleared.append((other_list, {"uuid": ref.uuid, column.name: uuid}))
                            if (other_list, ref.uuid) not in {(n, c.uuid) for n, c in children}:
                                setattr(ref, column.name, None)  # what the database does; journaled
        assigned = [
            {"uuid": r.uuid, "participation_uuid": r.participation_uuid,
             "section_keys": list(r.section_keys), "wp_numbers": list(r.wp_numbers)}
            for r in session.scalars(select(AssignmentRow).where(AssignmentRow.participation_uuid == uuid))
        ] if list_name == "participations" else []
        for child_list, child in children:
            journal.note_deleted(session, child_list, child)  # the database's cascade deletes them
            session.expunge(child)
        session.delete(row)
        _touch(session, proposal_uuid)
    return Removal(proposal_uuid, entities + [("=" + name, values) for name, values in cleared], assigned)


def restore(db: Database, removal: Removal) -> None:
    """Undo a deletion: re-insert the entities and re-set cleared references.

    In a partner copy each re-insertion and re-set reference must be within
    the assignment (OutsideAssignment otherwise, nothing written): undoing
    the partner's own deletion always is.
    """
    for name, values in removal.entities:
        if name.startswith("="):
            fields = {key: value for key, value in values.items() if key != "uuid"}
            _guard(partner_mode.update_refusal(db, name[1:], values["uuid"], fields))
        else:
            _guard(partner_mode.add_refusal(db, removal.proposal_uuid, name, values))
    with db.transaction() as session:
        for name, values in removal.entities:
            refuse_frozen(session, removal.proposal_uuid, name.lstrip("="), None, values)
        for name, values in removal.entities:
            if name.startswith("="):
                row = session.get(ENTITY_TABLES[name[1:]], values["uuid"])
                if row is not None:
                    for key, value in values.items():
                        if key != "uuid":
                            setattr(row, key, value)
                    row.revision += 1
            else:
                session.add(ENTITY_TABLES[name](proposal_uuid=removal.proposal_uuid, **_plain(values)))
                session.flush()
        for values in removal.assignments:
            session.add(AssignmentRow(proposal_uuid=removal.proposal_uuid, **values))
        _touch(session, removal.proposal_uuid)
