"""Assignments: which parts of a proposal one partner may change.

An assignment names a partner (its participation UUID), template section
keys and work-package numbers. Its *scope* over a snapshot is:

- the assigned sections;
- the assigned work packages, and their tasks and deliverables;
- the partner's own data: its participation, its organisation profile, its
  team members, budget lines, effort and attachments.

The same scope decides what a partner copy lets its user edit and which
changes of a contribution the coordinator's merge accepts. Pure: functions
of snapshots, no database.

A partner's login on the team server has a scope too (``Scope.on_team_server``):
there the text and the work plan are shared by every partner, but the
partner's own data is its own (row-level security refuses the others'), another
partner's confidential values are hidden, and who does what (the partners, the
work packages, the sections, their leaders and roles) is the coordinator's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from medicen_desktop.document.parts import part_of_entity
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.withheld_fields import ORGANISATION_FIELDS, PARTICIPATION_FIELDS
from medicen_desktop.errors import NotFound

LOCKED_FIELDS: dict[str, frozenset[str]] = {
    "sections": frozenset({"key", "assigned_participation_uuid"}),
    "work_packages": frozenset({"number", "leader_participation_uuid"}),
    "participations": frozenset({"organisation_uuid", "role", "position"}),
}
"""Fields a partner may not change even inside its scope (they define the scope)."""

PARTNER_ADDABLE = frozenset({"team_members", "staff_rates", "budget_lines", "efforts", "attachments", "tasks", "deliverables"})
"""Lists in which a partner may add and delete entities (the others hold the proposal's structure)."""

SERVER_STRUCTURE = frozenset({"participations", "organisations", "work_packages", "sections"})
"""Lists in which, on the team server, only the coordinator adds and deletes (who does what)."""

_CONFIDENTIAL: dict[str, frozenset[str]] = {"organisations": frozenset(ORGANISATION_FIELDS),
                                            "participations": frozenset(PARTICIPATION_FIELDS)}
"""Another partner's values the team server hides from a partner and refuses to let it change."""

_OWN_DATA = ("team_members", "staff_rates", "budget_lines", "efforts", "attachments")
_IN_WORK_PACKAGE = ("tasks", "deliverables")


@dataclass(frozen=True)
class Assignment:
    """The parts of one proposal given to one partner."""

    participation_uuid: str
    section_keys: frozenset[str] = field(default_factory=frozenset)
    wp_numbers: frozenset[int] = field(default_factory=frozenset)

    def to_data(self) -> dict[str, Any]:
        """JSON-ready form (sorted, so it is canonical)."""
        return {
            "participation_uuid": self.participation_uuid,
            "section_keys": sorted(self.section_keys),
            "wp_numbers": sorted(self.wp_numbers),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Assignment:
        """Inverse of ``to_data``; raises ValueError on a malformed mapping."""
        keys, numbers = data.get("section_keys"), data.get("wp_numbers")
        participation = data.get("participation_uuid")
        if not isinstance(participation, str) or not isinstance(keys, list) or not isinstance(numbers, list):
            raise ValueError("assignment needs participation_uuid, section_keys and wp_numbers")
        if not all(isinstance(k, str) for k in keys) or not all(type(n) is int for n in numbers):
            raise ValueError("assignment section_keys must be strings and wp_numbers integers")
        return cls(participation, frozenset(keys), frozenset(numbers))


class Scope:
    """An assignment resolved against a base snapshot: answers "may the partner change this?"."""

    on_server = False
    """A partner's login on the team server (``on_team_server``), not a partner copy."""

    def __init__(self, assignment: Assignment, base: ProposalDocument) -> None:
        self.assignment = assignment
        self.participation_uuid = assignment.participation_uuid
        self.section_uuids = frozenset(s.uuid for s in base.sections if s.key in assignment.section_keys)
        self.wp_uuids = frozenset(w.uuid for w in base.work_packages if w.number in assignment.wp_numbers)
        self.organisation_uuids = frozenset(
            p.organisation_uuid for p in base.participations if p.uuid == assignment.participation_uuid
        )

    @classmethod
    def from_sets(
        cls,
        assignment: Assignment,
        section_uuids: Iterable[str],
        wp_uuids: Iterable[str],
        organisation_uuids: Iterable[str],
    ) -> Scope:
        """A scope from already resolved UUIDs (the partner copy's guard reads them from its database)."""
        scope = cls.__new__(cls)
        scope.assignment = assignment
        scope.participation_uuid = assignment.participation_uuid
        scope.section_uuids = frozenset(section_uuids)
        scope.wp_uuids = frozenset(wp_uuids)
        scope.organisation_uuids = frozenset(organisation_uuids)
        return scope

    @classmethod
    def on_team_server(cls, participation_uuid: str, organisation_uuids: Iterable[str]) -> Scope:
        """The scope of a partner's login on the team server: its participation and its organisation's."""
        scope = cls.from_sets(Assignment(participation_uuid), (), (), organisation_uuids)
        scope.on_server = True
        return scope

    def refusal(self, list_name: str, values: Mapping[str, Any]) -> str | None:
        """Why the partner may not touch this entity (its field values), or None if it may."""
        if self.on_server:  # the shared text and work plan are every partner's; its own data its own
            if list_name not in _OWN_DATA or values.get("participation_uuid") in (
                    self.participation_uuid, *((None,) if list_name == "attachments" else ())):
                return None
            return f"{describe(list_name, values)} is another partner's"
        uuid, part = values.get("uuid"), part_of_entity(list_name, values)
        if list_name == "sections":
            ok = uuid in self.section_uuids
        elif list_name == "work_packages" or list_name in _IN_WORK_PACKAGE:  # a milestone is the coordinator's
            ok = part is not None and part.target in self.wp_uuids
        elif list_name in _OWN_DATA:
            ok = values.get("participation_uuid") == self.participation_uuid
        elif list_name == "participations":
            ok = uuid == self.participation_uuid
        elif list_name == "organisations":
            ok = uuid in self.organisation_uuids
        else:
            ok = False
        return None if ok else f"{describe(list_name, values)} is not assigned to this partner"

    def field_refusal(self, list_name: str, values: Mapping[str, Any], field_name: str) -> str | None:
        """Why the partner may not change ``field_name`` of this entity, or None."""
        reason = self.refusal(list_name, values)
        if reason is None and field_name in LOCKED_FIELDS.get(list_name, frozenset()):
            reason = f"{describe(list_name, values)}: {field_name} is set by the coordinator"
        if reason is None and self.on_server and field_name in _CONFIDENTIAL.get(list_name, ()) \
                and values.get("uuid") not in (self.participation_uuid, *self.organisation_uuids):
            reason = f"{describe(list_name, values)}: {field_name} is another partner's confidential value"
        return reason

    def addition_refusal(self, list_name: str, values: Mapping[str, Any], verb: str = "add") -> str | None:
        """Why the partner may not add (or, with ``verb`` "delete", delete) this entity, or None if it may."""
        if not self.on_server:
            reason = self.refusal(list_name, values)
            if reason is None and list_name not in PARTNER_ADDABLE:
                reason = f"a partner cannot {verb} {list_name.replace('_', ' ')}"
            return reason
        if list_name in SERVER_STRUCTURE:
            return f"only the coordinator may {verb} {list_name.replace('_', ' ')}"
        return self.refusal(list_name, values)


def describe(list_name: str, values: Mapping[str, Any]) -> str:
    """A short human label of an entity, for messages ("section excellence", "budget line ...")."""
    singular = list_name.removesuffix("s").replace("_", " ")
    if list_name == "proposal":
        return "the proposal's general information"
    for name in ("key", "number", "short_name", "name", "category", "filename", "title"):
        value = values.get(name)
        if value not in (None, ""):
            if list_name == "budget_lines":
                return f"budget line {value} (period {values.get('period')})"
            return f"{singular} {value}"
    return f"{singular} {str(values.get('uuid', ''))[:8]}"


def find_participation(document: ProposalDocument, ref: str) -> str:
    """The participation UUID named by ``ref``: a participation or organisation UUID,
    an organisation short name or legal name (case-insensitive). Raises LookupError."""
    organisations = {o.uuid: o for o in document.organisations}
    folded = ref.casefold()
    for participation in document.participations:
        organisation = organisations.get(participation.organisation_uuid)
        names = {participation.uuid, participation.organisation_uuid}
        if organisation is not None:
            names |= {organisation.short_name.casefold(), organisation.legal_name.casefold()}
        if ref in names or folded in names:
            return participation.uuid
    raise NotFound(f"no partner {ref!r} in proposal {document.proposal.acronym}")


def partner_name(document: ProposalDocument, participation_uuid: str) -> str:
    """The partner's short name (or legal name) for messages."""
    organisations = {o.uuid: o for o in document.organisations}
    for participation in document.participations:
        if participation.uuid == participation_uuid:
            organisation = organisations.get(participation.organisation_uuid)
            if organisation is not None:
                return organisation.short_name or organisation.legal_name
    return participation_uuid[:8]


def default_assignments(document: ProposalDocument) -> list[Assignment]:
    """One assignment per partner: the sections assigned to it and the work packages it leads."""
    result = []
    for participation in document.participations:
        keys = frozenset(s.key for s in document.sections if s.assigned_participation_uuid == participation.uuid)
        numbers = frozenset(
            w.number for w in document.work_packages if w.leader_participation_uuid == participation.uuid
        )
        result.append(Assignment(participation.uuid, keys, numbers))
    return result
