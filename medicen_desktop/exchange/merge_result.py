"""What a three-way merge reports: changes applied, conflicts, refused changes.

Plain frozen dataclasses, so the GUI can show them and the CLI can print them
as JSON (``to_data``) without knowing how the merge works.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from medicen_desktop.document.jsonio import plain
from medicen_desktop.document.schema import Entity, ProposalDocument
from medicen_desktop.exchange.textmerge import Side, TextHunk, TextMerge

ChangeKind = Literal["changed", "merged", "added", "deleted", "resolved"]
ConflictKind = Literal["text", "value", "delete-edit"]




@dataclass(frozen=True)
class Custom:
    """A resolution the coordinator typed or edited (GUI): this exact value."""

    value: Any


Resolution = Side | Custom


@dataclass(frozen=True)
class FieldChange:
    """One change the merge takes from the partner. ``field`` is None for a whole entity."""

    list_name: str
    uuid: str
    label: str
    field: str | None
    kind: ChangeKind
    before: Any
    after: Any

    @property
    def path(self) -> str:
        return f"{self.list_name}/{self.uuid}" + (f"/{self.field}" if self.field else "")


@dataclass(frozen=True)
class Conflict:
    """Both sides changed the same thing differently; the coordinator chooses.

    For a text conflict, ``hunks`` are the overlapping paragraphs and
    ``resolved(side)`` keeps every non-overlapping paragraph edit of both sides.
    For delete-edit, ``ours`` / ``theirs`` are the entity's values or None (deleted).
    """

    id: str
    list_name: str
    uuid: str
    label: str
    field: str | None
    kind: ConflictKind
    base: Any
    ours: Any
    theirs: Any
    text: TextMerge | None = None

    @property
    def hunks(self) -> tuple[TextHunk, ...]:
        return self.text.hunks if self.text is not None else ()

    def resolved(self, side: Side) -> Any:
        """The field value (or entity values, or None for deleted) when ``side`` wins."""
        if self.text is not None:
            return self.text.resolve(side)
        return self.ours if side == "ours" else self.theirs

    def to_data(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "entity": self.list_name,
            "uuid": self.uuid,
            "label": self.label,
            "field": self.field,
            "base": plain(self.base),
            "ours": plain(self.ours),
            "theirs": plain(self.theirs),
            "hunks": [{"base": h.base, "ours": h.ours, "theirs": h.theirs} for h in self.hunks],
        }


@dataclass(frozen=True)
class RefusedChange:
    """A change of the partner outside its assignment: not applied, reported."""

    list_name: str
    uuid: str
    label: str
    field: str | None
    reason: str
    theirs: Any

    def to_data(self) -> dict[str, Any]:
        return {
            "entity": self.list_name,
            "uuid": self.uuid,
            "label": self.label,
            "field": self.field,
            "reason": self.reason,
            "theirs": plain(self.theirs),
        }


@dataclass(frozen=True)
class DocumentEdits:
    """How the merged snapshot differs from the coordinator's, entity by entity.

    ``upserts`` are (list name, or "proposal", the validated entity as merged)
    for every entity added or changed; ``deletions`` are (list name, UUID).
    This is what ``store.snapshot.apply_changes`` writes: nothing else changes.
    """

    upserts: tuple[tuple[str, Entity], ...] = ()
    deletions: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.upserts or self.deletions)


@dataclass
class MergeOutcome:
    """The merged snapshot and everything the merge did or could not do.

    ``data`` is the merged snapshot as ``model_dump()`` values and ``edits``
    its difference from the coordinator's snapshot (each changed entity
    validated, references checked). ``document`` is the whole merged
    snapshot, validated on first use. Every resolved conflict is applied; an
    unresolved conflict keeps the coordinator's side (nothing must be
    written while ``unresolved`` is not empty).
    """

    data: dict[str, Any]
    edits: DocumentEdits
    changes: list[FieldChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unresolved: list[Conflict] = field(default_factory=list)
    refused: list[RefusedChange] = field(default_factory=list)

    @cached_property
    def document(self) -> ProposalDocument:
        return ProposalDocument.model_validate(self.data)

    @property
    def is_noop(self) -> bool:
        return not self.changes and not self.conflicts
