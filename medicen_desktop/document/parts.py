"""Parts of a proposal that someone owns: a section, a work package, a partner's budget.

A part has an owner (a partner, optionally a person), a status on the way
draft → in review → approved → frozen, and a due date. Those are stored
apart from the proposal's text (``services.parts``); this module is the pure
vocabulary: the part keys, which part an entity belongs to, and each part's
default owner read from the snapshot.

Part keys, as the user writes them (CLI ``--part``, README):

- ``section:KEY``: the section of template key KEY (``section:1.1``);
- ``wp:WP1`` (or ``wp:1``): work package 1, with its tasks, deliverables and
  milestones;
- ``budget:SHORT``: the budget of the partner named SHORT (its short name,
  legal name or participation UUID): its budget lines and its effort.

Stored, a part is (kind, target) with a stable target: the section key, the
work package's UUID, the participation's UUID, so renumbering a work package
or renaming a partner keeps its status.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Literal

from medicen_desktop.document.part_keys import parse_part_key
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import NotFound

PartKind = Literal["section", "wp", "budget"]
KINDS: Final[tuple[PartKind, ...]] = ("section", "wp", "budget")


class PartStatus(StrEnum):
    """Where a part is on its way to the dossier; a frozen part can be edited by no one."""

    DRAFT = "draft"
    IN_REVIEW = "in-review"
    APPROVED = "approved"
    FROZEN = "frozen"


STATUS_ORDER: Final = tuple(PartStatus)

LEGACY_STATUS: Final[Mapping[str, PartStatus]] = {
    "todo": PartStatus.DRAFT, "drafting": PartStatus.DRAFT, "done": PartStatus.IN_REVIEW}
"""The section status of files and databases before 0010_status, as the part status that replaced it: to do
and drafting are both a draft (nothing to review yet); done is in review (the writer says it is finished;
approving it is the coordinator's decision, never implied)."""

_IN_WORK_PACKAGE: Final = frozenset({"tasks", "deliverables", "milestones"})
_IN_BUDGET: Final = frozenset({"budget_lines", "efforts"})


class BadPartKey(NotFound):
    """A part key that is malformed or names nothing in the proposal."""


@dataclass(frozen=True, order=True)
class PartRef:
    """A part as stored: its kind and stable target (section key, WP UUID, participation UUID)."""

    kind: PartKind
    target: str

    @property
    def stored(self) -> str:
        """``kind:target``, the form comments and packages carry."""
        return f"{self.kind}:{self.target}"

    @classmethod
    def parse(cls, stored: str) -> PartRef:
        """The inverse of ``stored``; raises BadPartKey."""
        kind, _, target = stored.partition(":")
        if kind not in KINDS or not target:
            raise BadPartKey(f"{stored}: not a stored part")
        return cls(kind, target)


@dataclass(frozen=True)
class Part:
    """A part of one proposal with what the snapshot says of it (label, key, default owner)."""

    ref: PartRef
    key: str
    """The key the user writes (``section:1.1``, ``wp:WP2``, ``budget:ACME``)."""
    label: str
    default_owner: str | None
    """The participation UUID the snapshot names: the section's assignee, the WP leader, the budget's partner."""


def parts_of(document: ProposalDocument) -> list[Part]:
    """Every part of the proposal, sections first (in document order), then WPs by number, then budgets."""
    found: list[Part] = []
    seen: set[str] = set()
    for section in document.sections:
        if section.key not in seen:
            seen.add(section.key)
            label = f"{section.key} {section.title}".strip()
            found.append(Part(PartRef("section", section.key), f"section:{section.key}", label,
                              section.assigned_participation_uuid))
    for wp in sorted(document.work_packages, key=lambda w: w.number):
        found.append(Part(PartRef("wp", wp.uuid), f"wp:WP{wp.number}", f"WP{wp.number} {wp.title}".strip(),
                          wp.leader_participation_uuid))
    for participation in document.participations:
        name = partner_label(document, participation.uuid)
        found.append(Part(PartRef("budget", participation.uuid), f"budget:{name}", name, participation.uuid))
    return found


def partner_label(document: ProposalDocument, participation_uuid: str) -> str:
    """The short name of a partner (its legal name when it has none), or the UUID's start."""
    organisations = {o.uuid: o for o in document.organisations}
    for participation in document.participations:
        if participation.uuid == participation_uuid:
            org = organisations.get(participation.organisation_uuid)
            if org is not None:
                return org.short_name or org.legal_name
    return participation_uuid[:8]


def resolve_key(document: ProposalDocument, key: str) -> Part:
    """The part a user's key names (every spelling ``document.part_keys`` reads); raises BadPartKey saying
    what keys look like."""
    parsed = parse_part_key(key)
    if parsed is None or parsed.kind not in KINDS or not parsed.name:
        raise BadPartKey(f"{key}: a part is section:KEY, wp:WPn or budget:PARTNER")
    kind, name = parsed.kind, parsed.name
    parts = parts_of(document)
    if kind == "section":
        match = next((p for p in parts if p.ref == PartRef("section", name)), None)
    elif kind == "wp":
        wp = next((w for w in document.work_packages if w.number == int(name)), None)
        match = next((p for p in parts if wp is not None and p.ref == PartRef("wp", wp.uuid)), None)
    else:
        folded = name.casefold()
        match = next((p for p in parts if p.ref.kind == "budget" and (
            p.ref.target == name or p.label.casefold() == folded or _legal_name(document, p.ref.target) == folded)),
            None)
    if match is None:
        raise BadPartKey(f"{key}: no such {'work package' if kind == 'wp' else kind} in proposal "
                         f"{document.proposal.acronym}")
    return match


def _legal_name(document: ProposalDocument, participation_uuid: str) -> str:
    organisations = {o.uuid: o for o in document.organisations}
    for participation in document.participations:
        if participation.uuid == participation_uuid:
            org = organisations.get(participation.organisation_uuid)
            return org.legal_name.casefold() if org is not None else ""
    return ""


def part_of_entity(list_name: str, values: Mapping[str, Any]) -> PartRef | None:
    """The part an entity (its field values) belongs to, or None (the proposal's general fields, partners, risks).

    The one mapping of an entry to its section, work package or partner's budget: the frozen parts and the soft
    locks (here), the diff's restorable parts (``exchange.diff.part_of``) and a partner's assignment
    (``exchange.assignment.Scope``) all ask it."""
    if list_name == "sections":
        key = values.get("key")
        return PartRef("section", key) if isinstance(key, str) else None
    if list_name == "work_packages":
        return PartRef("wp", str(values.get("uuid")))
    if list_name in _IN_WORK_PACKAGE:
        wp = values.get("work_package_uuid")
        return PartRef("wp", wp) if isinstance(wp, str) else None
    if list_name in _IN_BUDGET:
        partner = values.get("participation_uuid")
        return PartRef("budget", partner) if isinstance(partner, str) else None
    return None


def key_of(document: ProposalDocument, ref: PartRef) -> str:
    """The user's key of a stored part (``wp:WP2``); a part the snapshot lost keeps its stored form."""
    return next((p.key for p in parts_of(document) if p.ref == ref), f"{ref.kind}:{ref.target}")


def legacy_section_statuses(data: Any) -> dict[str, PartStatus]:
    """The part status each section of parsed interchange JSON ``data`` had as an old ``status`` (by section
    key; only the sections that carry one; the first of a key wins)."""
    found: dict[str, PartStatus] = {}
    sections = data.get("sections") if isinstance(data, dict) else None
    for section in sections if isinstance(sections, list) else []:
        if isinstance(section, dict) and isinstance(section.get("key"), str) and section.get("status") in LEGACY_STATUS:
            found.setdefault(section["key"], LEGACY_STATUS[section["status"]])
    return found
