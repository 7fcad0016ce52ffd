"""Owners, statuses and due dates of a proposal's parts, and the freeze every write obeys.

``list_parts`` gives every part (``document.parts``) with its owner, status,
due date and whether it is late; ``set_part`` changes them (the coordinator
only: a partner copy receives them with its package). A frozen part can be
edited by no one until the coordinator sets another status: the edit
services call ``refuse_frozen`` for each entity they write, and whole-document
writes (a merge, an undo, ``import-json --update``) call ``refuse_frozen_edits``;
both raise ``PartFrozen`` and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.document import schema
from medicen_desktop.document.part_states import PartStateData
from medicen_desktop.document.parts import Part, PartRef, PartStatus, partner_label, parts_of, resolve_key
from medicen_desktop.errors import Refused
from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.exchange.frozen import frozen_reason
from medicen_desktop.model import ENTITY_TABLES, PartnerCopy, PartState
from medicen_desktop.services.lookup import audit, get_document
from medicen_desktop.store.database import Database
from medicen_desktop.store.snapshot import row_values


class PartFrozen(Refused):
    """A write touches a frozen part; nothing was written."""


class CoordinatorOnly(Refused):
    """Statuses, owners and due dates are set in the coordinator's database."""


@dataclass(frozen=True)
class PartInfo:
    """One part as the to-do view, the navigator and ``status`` show it."""

    key: str
    label: str
    ref: PartRef
    owner_uuid: str | None
    owner: str
    person: str
    status: PartStatus
    due: dt.date | None
    late: bool
    updated_at: dt.datetime | None = None
    updated_by: str = ""

    @property
    def waiting_review(self) -> bool:
        return self.status is PartStatus.IN_REVIEW

    def to_data(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "kind": self.ref.kind, "target": self.ref.target,
                "owner": self.owner or None, "owner_uuid": self.owner_uuid, "person": self.person or None,
                "status": self.status.value, "due": self.due.isoformat() if self.due else None, "late": self.late}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _rows(session: Session, proposal_uuid: str) -> dict[PartRef, PartState]:
    rows = session.scalars(select(PartState).where(PartState.proposal_uuid == proposal_uuid))
    return {PartRef(row.kind, row.target): row for row in rows}  # type: ignore[arg-type]  # kinds are written here


def _info(document: schema.ProposalDocument, part: Part, row: PartState | None, today: dt.date) -> PartInfo:
    owner = row.owner_participation_uuid if row is not None and row.owner_participation_uuid else part.default_owner
    status = PartStatus(row.status) if row is not None else PartStatus.DRAFT
    due = row.due_date if row is not None else None
    late = due is not None and due < today and status in (PartStatus.DRAFT, PartStatus.IN_REVIEW)
    return PartInfo(part.key, part.label, part.ref, owner, partner_label(document, owner) if owner else "",
                    row.owner_person if row is not None else "", status, due, late,
                    row.updated_at if row is not None else None, row.updated_by if row is not None else "")


def list_parts(db: Database, ref: str, today: dt.date | None = None) -> list[PartInfo]:
    """Every part of the proposal with its owner, status and due date (``today`` decides what is late)."""
    document = get_document(db, ref)
    day = today or dt.date.today()
    with db.read() as session:
        rows = _rows(session, document.proposal.uuid)
        return [_info(document, part, rows.get(part.ref), day) for part in parts_of(document)]


def set_part(db: Database, ref: str, key: str, *, status: str | None = None, owner: str | None = None,
             person: str | None = None, due: dt.date | str | None = None, clear_due: bool = False,
             actor: str = "local") -> PartInfo:
    """Change a part's status, owner (a partner: UUID, short or legal name; "" for the default), person or due date.

    In a partner copy, only the status of a part of the partner's
    assignment, between draft and in review (the partner says "ready for
    review"), and not once approved or frozen: its contribution carries it.
    Raises CoordinatorOnly for anything else there, NotFound (unknown part
    or partner) and Refused (unknown status, bad date). One transaction.
    """
    document = get_document(db, ref)
    part = resolve_key(document, key)
    new_status = _status(status) if status is not None else None
    owner_uuid = find_participation(document, owner) if owner else None
    due_date = _date(due) if due is not None and due != "" else None
    with db.transaction() as session:
        row = _rows(session, document.proposal.uuid).get(part.ref)
        copy = session.get(PartnerCopy, document.proposal.uuid)
        if copy is not None:
            _refuse_partner_change(document, copy, part, row, new_status,
                                   any(v is not None for v in (owner, person, due)) or clear_due)
        if row is None:
            row = PartState(uuid=str(uuidlib.uuid4()), proposal_uuid=document.proposal.uuid, kind=part.ref.kind,
                            target=part.ref.target, owner_person="", status=PartStatus.DRAFT.value)
            session.add(row)
        before = {"status": row.status, "owner": row.owner_participation_uuid, "person": row.owner_person,
                  "due": row.due_date.isoformat() if row.due_date else None}
        if new_status is not None:
            row.status = new_status.value
        if owner is not None:
            row.owner_participation_uuid = owner_uuid
        if person is not None:
            row.owner_person = person.strip()[:200]
        if due_date is not None or clear_due:
            row.due_date = due_date
        row.updated_at, row.updated_by = _now(), actor
        audit(session, document.proposal.uuid, actor, "part-status", {"part": part.key, "before": before, "after": {
            "status": row.status, "owner": row.owner_participation_uuid, "person": row.owner_person,
            "due": row.due_date.isoformat() if row.due_date else None}})
        session.flush()
        info = _info(document, part, row, dt.date.today())
    return info


def adopt_legacy_statuses(session: Session, proposal_uuid: str, statuses: Mapping[str, PartStatus],
                          actor: str) -> int:
    """Give the sections an older file marked (``document.parts.legacy_section_statuses``: done -> in review)
    that status, where the section has no part status yet (one set here wins); inside the caller's
    transaction. Returns how many were set."""
    rows = _rows(session, proposal_uuid)
    set_here = 0
    for key, status in sorted(statuses.items()):
        ref = PartRef("section", key)
        if status is PartStatus.DRAFT or ref in rows:
            continue
        session.add(PartState(uuid=str(uuidlib.uuid4()), proposal_uuid=proposal_uuid, kind="section", target=key,
                              owner_person="", status=status.value, updated_at=_now(), updated_by=actor[:200]))
        set_here += 1
    if set_here:
        audit(session, proposal_uuid, actor, "section-status-folded",
              {"old_status": {k: v.value for k, v in sorted(statuses.items())}})
    session.flush()
    return set_here


def stored_states(session: Session, proposal_uuid: str) -> list[PartStateData]:
    """Every stored part state of a proposal, as packages and the interchange JSON carry them."""
    rows = session.scalars(select(PartState).where(PartState.proposal_uuid == proposal_uuid)
                           .order_by(PartState.kind, PartState.target))
    return [PartStateData(kind=r.kind, target=r.target, owner_participation_uuid=r.owner_participation_uuid,
                          owner_person=r.owner_person, status=r.status, due_date=r.due_date,
                          updated_at=r.updated_at, updated_by=r.updated_by) for r in rows]


def take_states(session: Session, proposal_uuid: str, states: Iterable[PartStateData], actor: str) -> int:
    """Store a file's part states (``import-json``) inside the caller's transaction; returns how many changed.

    A state is taken where the part has none yet, or where it differs and
    was set after the stored one (last writer wins, as with contributions):
    a file exported before someone changed a status does not put the old
    one back. In a partner copy a state that would change is refused
    (CoordinatorOnly): owners, statuses and due dates come from the coordinator.
    """
    rows = _rows(session, proposal_uuid)
    copy = session.get(PartnerCopy, proposal_uuid)
    taken: list[str] = []
    for state in states:
        ref = PartRef(state.kind, state.target)
        row = rows.get(ref)
        values = (state.status.value, state.owner_participation_uuid, state.owner_person, state.due_date)
        if row is not None and ((row.status, row.owner_participation_uuid, row.owner_person, row.due_date) == values
                                or state.updated_at <= row.updated_at):
            continue
        if copy is not None:
            raise CoordinatorOnly(f"{ref.stored}: in a partner copy owners, statuses and due dates come from the "
                                  "coordinator's package, not from a file")
        if row is None:
            row = PartState(uuid=str(uuidlib.uuid4()), proposal_uuid=proposal_uuid, kind=state.kind,
                            target=state.target)
            session.add(row)
        row.status, row.owner_participation_uuid, row.owner_person, row.due_date = values
        row.updated_at, row.updated_by = state.updated_at, state.updated_by
        taken.append(ref.stored)
    if taken:
        audit(session, proposal_uuid, actor, "part-states-imported", {"parts": taken})
    session.flush()
    return len(taken)


PARTNER_STATUSES = frozenset({PartStatus.DRAFT, PartStatus.IN_REVIEW})
"""What a partner may set on its own parts: ready for review, or back to draft."""


def in_assignment(document: schema.ProposalDocument, ref: PartRef, participation_uuid: str,
                  section_keys: Iterable[str], wp_numbers: Iterable[int]) -> bool:
    """Whether a part is one a partner was given: its sections, its work packages, its own budget."""
    if ref.kind == "section":
        return ref.target in set(section_keys)
    if ref.kind == "wp":
        return any(w.uuid == ref.target and w.number in set(wp_numbers) for w in document.work_packages)
    return ref.target == participation_uuid


def _refuse_partner_change(document: schema.ProposalDocument, copy: PartnerCopy, part: Part, row: PartState | None,
                           status: PartStatus | None, other_fields: bool) -> None:
    current = PartStatus(row.status) if row is not None else PartStatus.DRAFT
    if other_fields or status is None or status not in PARTNER_STATUSES or current not in PARTNER_STATUSES:
        raise CoordinatorOnly("in a partner copy you can only mark your own parts in review (or back to draft) "
                              "until the coordinator approves them; owners and due dates are the coordinator's")
    if not in_assignment(document, part.ref, copy.participation_uuid, copy.section_keys, copy.wp_numbers):
        raise CoordinatorOnly(f"{part.key} is not assigned to you; the coordinator sets its status")


def _status(text: str) -> PartStatus:
    folded = text.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return PartStatus(folded)
    except ValueError:
        raise Refused(f"{text}: a status is one of {', '.join(s.value for s in PartStatus)}") from None


def _date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise Refused(f"{value}: a due date is written YYYY-MM-DD") from None


def frozen_parts(session: Session, proposal_uuid: str) -> frozenset[PartRef]:
    """The parts of a proposal no one may edit now."""
    rows = session.execute(select(PartState.kind, PartState.target).where(
        PartState.proposal_uuid == proposal_uuid, PartState.status == PartStatus.FROZEN.value))
    return frozenset(PartRef(kind, target) for kind, target in rows)  # type: ignore[arg-type]


def refuse_frozen(session: Session, proposal_uuid: str, list_name: str,
                  before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> None:
    """Raise PartFrozen when this entity (as stored, as it would become) is in a frozen part."""
    reason = frozen_reason(frozen_parts(session, proposal_uuid), list_name, before, after)
    if reason is not None:
        raise PartFrozen(reason)


def refuse_frozen_edits(session: Session, proposal_uuid: str, upserts: Iterable[tuple[str, schema.Entity]],
                        deletions: Iterable[tuple[str, str]]) -> None:
    """``refuse_frozen`` for a whole-document write (its upserts and deletions), inside the caller's transaction."""
    frozen = frozen_parts(session, proposal_uuid)
    if not frozen:
        return
    for list_name, entity in upserts:
        if list_name in ENTITY_TABLES:
            stored = session.get(ENTITY_TABLES[list_name], entity.uuid)
            before = row_values(stored, schema.ENTITY_LISTS[list_name]) if stored is not None else None
            reason = frozen_reason(frozen, list_name, before, entity.model_dump())
            if reason is not None:
                raise PartFrozen(reason)
    for list_name, uuid in deletions:
        stored = session.get(ENTITY_TABLES[list_name], uuid) if list_name in ENTITY_TABLES else None
        if stored is not None:
            reason = frozen_reason(frozen, list_name, row_values(stored, schema.ENTITY_LISTS[list_name]))
            if reason is not None:
                raise PartFrozen(reason)


def refuse_frozen_replacement(session: Session, document: schema.ProposalDocument) -> None:
    """``refuse_frozen_edits`` for replacing the stored proposal by ``document`` (its difference from it)."""
    if not frozen_parts(session, document.proposal.uuid):
        return
    from medicen_desktop.exchange.merge import merge_documents
    from medicen_desktop.store.snapshot import load_document

    current = load_document(session, document.proposal.uuid)
    edits = merge_documents(current, current, document).edits
    refuse_frozen_edits(session, document.proposal.uuid, edits.upserts, edits.deletions)
