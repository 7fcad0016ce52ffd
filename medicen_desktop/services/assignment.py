"""Assignments (stored) and the partner-mode guard of the edit services.

The coordinator assigns sections and work packages to each partner
(``set_assignment``; the sample gets ``assign_defaults``). In a partner copy
(a proposal opened from a package) the edit services call the ``*_refusal``
functions first and refuse, whatever the caller, any edit outside the
partner's assignment; ``replace_refusal`` does the same for a whole-document
replacement (import-json --update).
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.document import schema
from medicen_desktop.errors import NotFound
from medicen_desktop.exchange.assignment import (
    Assignment,
    Scope,
    default_assignments,
    find_participation,
    partner_name,
)
from medicen_desktop.exchange.merge import merge_documents
from medicen_desktop.model import (
    ENTITY_TABLES,
    Participation,
    PartnerCopy,
    Proposal,
    Section,
    WorkPackage,
)
from medicen_desktop.model import Assignment as AssignmentRow
from medicen_desktop.services.lookup import audit, get_document
from medicen_desktop.store import server_security, snapshot
from medicen_desktop.store.database import Database


@dataclass(frozen=True)
class PartnerAssignment:
    """One partner's assignment, as the GUI lists it."""

    participation_uuid: str
    partner: str
    section_keys: tuple[str, ...]
    wp_numbers: tuple[int, ...]

    def to_assignment(self) -> Assignment:
        return Assignment(self.participation_uuid, frozenset(self.section_keys), frozenset(self.wp_numbers))


def _store(session: Session, proposal_uuid: str, assignment: Assignment) -> None:
    row = session.scalars(
        select(AssignmentRow).where(
            AssignmentRow.proposal_uuid == proposal_uuid,
            AssignmentRow.participation_uuid == assignment.participation_uuid,
        )
    ).first()
    if row is None:
        row = AssignmentRow(uuid=str(uuidlib.uuid4()), proposal_uuid=proposal_uuid,
                            participation_uuid=assignment.participation_uuid)
        session.add(row)
    row.section_keys = sorted(assignment.section_keys)
    row.wp_numbers = sorted(assignment.wp_numbers)


def list_assignments(db: Database, ref: str) -> list[PartnerAssignment]:
    """Every partner of the proposal with its assignment (empty if none stored), in partner order."""
    document = get_document(db, ref)
    with db.read() as session:
        rows = {
            r.participation_uuid: (tuple(r.section_keys), tuple(r.wp_numbers))
            for r in session.scalars(select(AssignmentRow).where(AssignmentRow.proposal_uuid == document.proposal.uuid))
        }
    return [
        PartnerAssignment(p.uuid, partner_name(document, p.uuid), *rows.get(p.uuid, ((), ())))
        for p in document.participations
    ]


def get_assignment(db: Database, ref: str, partner: str) -> PartnerAssignment:
    """The assignment of ``partner`` (UUID, short or legal name); LookupError if no such partner."""
    document = get_document(db, ref)
    participation_uuid = find_participation(document, partner)
    return next(a for a in list_assignments(db, document.proposal.uuid) if a.participation_uuid == participation_uuid)


def set_assignment(
    db: Database,
    ref: str,
    partner: str,
    section_keys: Iterable[str],
    wp_numbers: Iterable[int],
    actor: str = "local",
) -> PartnerAssignment:
    """Replace the assignment of ``partner``. Raises LookupError for an unknown partner,
    ValueError for a section key or WP number the proposal does not have."""
    document = get_document(db, ref)
    participation_uuid = find_participation(document, partner)
    keys, numbers = frozenset(section_keys), frozenset(wp_numbers)
    unknown_keys = keys - {s.key for s in document.sections}
    unknown_wps = numbers - {w.number for w in document.work_packages}
    if unknown_keys:
        raise NotFound(f"no section {sorted(unknown_keys)[0]!r} in proposal {document.proposal.acronym}")
    if unknown_wps:
        raise NotFound(f"no work package {sorted(unknown_wps)[0]} in proposal {document.proposal.acronym}")
    assignment = Assignment(participation_uuid, keys, numbers)
    with db.transaction() as session:
        _store(session, document.proposal.uuid, assignment)
        audit(session, document.proposal.uuid, actor, "assign", {"partner": partner_name(document, participation_uuid),
                                                                  **assignment.to_data()})
    return get_assignment(db, document.proposal.uuid, participation_uuid)


def assign_defaults(db: Database, proposal_uuid: str, actor: str = "local") -> None:
    """Give every partner the sections assigned to it and the work packages it leads."""
    with db.transaction() as session:
        store_defaults(session, proposal_uuid, actor)


def store_defaults(session: Session, proposal_uuid: str, actor: str = "local") -> None:
    """``assign_defaults`` inside the caller's transaction."""
    document = snapshot.load_document(session, proposal_uuid)
    for assignment in default_assignments(document):
        _store(session, proposal_uuid, assignment)
    audit(session, proposal_uuid, actor, "assign", {"defaults": True})


# -- partner mode ----------------------------------------------------------


def _scope(session: Session, copy: PartnerCopy) -> Scope:
    assignment = Assignment(copy.participation_uuid, frozenset(copy.section_keys), frozenset(copy.wp_numbers))
    sections = session.scalars(select(Section.uuid).where(
        Section.proposal_uuid == copy.proposal_uuid, Section.key.in_(copy.section_keys)))
    wps = session.scalars(select(WorkPackage.uuid).where(
        WorkPackage.proposal_uuid == copy.proposal_uuid, WorkPackage.number.in_(copy.wp_numbers)))
    orgs = session.scalars(select(Participation.organisation_uuid).where(Participation.uuid == copy.participation_uuid))
    return Scope.from_sets(assignment, sections, wps, orgs)


def partner_scope(db: Database, proposal_uuid: str) -> Scope | None:
    """The scope of a partner copy, or of a partner's login on the team server (None: the coordinator's
    proposal, everything is editable).

    The GUI asks ``scope.refusal(list_name, values)`` to make entities read-only.
    """
    with db.read() as session:
        copy = session.get(PartnerCopy, proposal_uuid)
        # plain sets: safe after the session
        return _scope(session, copy) if copy is not None else _server_scope(session, proposal_uuid)


def _server_scope(session: Session, proposal_uuid: str) -> Scope | None:
    """A partner's login on the team server: its scope in this proposal (None: not a partner's login)."""
    own = server_security.own_participations(session, proposal_uuid)
    if own is None:
        return None
    participation, organisation = own[0] if own else ("", "")
    return Scope.on_team_server(participation, [organisation] if organisation else [])


def _owners(session: Session, list_name: str, row: Any) -> list[str]:
    """The proposals a stored row belongs to (an organisation: every proposal it takes part in)."""
    if list_name == "proposal":
        return [row.uuid]
    if list_name == "organisations":
        return list(session.scalars(select(Participation.proposal_uuid).where(Participation.organisation_uuid == row.uuid)))
    return [row.proposal_uuid]


def _guarded_row(session: Session, list_name: str, uuid: str) -> tuple[dict[str, Any], str, list[Scope]] | None:
    """The stored values of a row, where it is guarded ("partner copy", "team server") and the scopes that guard
    it (None: no such row, or nothing guards it)."""
    table = Proposal if list_name == "proposal" else ENTITY_TABLES.get(list_name)
    if table is None:
        return None
    row = session.get(table, uuid)
    if row is None:
        return None
    owners = _owners(session, list_name, row)
    copies = [copy for owner in owners if (copy := session.get(PartnerCopy, owner)) is not None]
    if copies:
        where, scopes = COPY, [_scope(session, copy) for copy in copies]
    else:
        server = _server_scope(session, owners[0]) if owners else None
        if server is None:
            return None
        where, scopes = SERVER, [server]
    model = schema.Proposal if list_name == "proposal" else schema.ENTITY_LISTS[list_name]
    return snapshot.row_values(row, model), where, scopes


COPY, SERVER = "partner copy", "team server"
"""How a refusal begins: where the partner works."""


def update_refusal(db: Database, list_name: str, uuid: str, changes: Mapping[str, Any]) -> str | None:
    """Why a partner copy (or a partner's login on the team server) refuses this update (None: allowed)."""
    with db.read() as session:
        return update_refusal_in(session, list_name, uuid, changes)


def update_refusal_in(session: Session, list_name: str, uuid: str, changes: Mapping[str, Any]) -> str | None:
    """``update_refusal`` inside the caller's unit of work (the row it loads stays in the session)."""
    found = _guarded_row(session, list_name, uuid)
    if found is None:
        return None
    values, where, scopes = found
    for scope in scopes:
        for name, value in changes.items():
            reason = scope.field_refusal(list_name, values, name) or scope.refusal(list_name, {**values, name: value})
            if reason is not None:
                return f"{where}: {reason}"
    return None


def add_refusal(db: Database, proposal_uuid: str, list_name: str, values: Mapping[str, Any]) -> str | None:
    """Why a partner copy (or a partner's login on the team server) refuses adding this entity (None: allowed)."""
    with db.read() as session:
        copy = session.get(PartnerCopy, proposal_uuid)
        where, scope = (COPY, _scope(session, copy)) if copy is not None else \
            (SERVER, _server_scope(session, proposal_uuid))
        if scope is None:
            return None
        reason = scope.addition_refusal(list_name, values)
    return None if reason is None else f"{where}: {reason}"


def replace_refusal(session: Session, document: schema.ProposalDocument) -> str | None:
    """Why a partner copy refuses replacing its content by ``document`` (None: allowed or not a partner copy).

    The difference from the stored copy is judged as the coordinator's merge
    judges a contribution (exchange.merge with the copy's scope): any change
    outside the assignment refuses the whole replacement. Runs inside the
    caller's write transaction, so what is judged is what gets replaced.
    """
    copy = session.get(PartnerCopy, document.proposal.uuid)
    if copy is None:
        return None
    current = snapshot.load_document(session, copy.proposal_uuid)
    refused = merge_documents(current, current, document, _scope(session, copy)).refused
    if not refused:
        return None
    more = f" (and {len(refused) - 1} more changes outside the assignment)" if len(refused) > 1 else ""
    return f"partner copy: {refused[0].reason}{more}"


def delete_refusal(db: Database, list_name: str, uuid: str) -> str | None:
    """Why a partner copy (or a partner's login on the team server) refuses deleting this entity (None: allowed)."""
    if list_name == "proposal":
        return None
    with db.read() as session:
        found = _guarded_row(session, list_name, uuid)
        if found is None:
            return None
        values, where, scopes = found
        reason = scopes[0].addition_refusal(list_name, values, "delete")
    return None if reason is None else f"{where}: {reason}"
