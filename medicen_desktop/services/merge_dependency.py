"""Which merged contributions depend on which: what decides that a merge can still be undone.

A merge's footprint is what its transaction wrote, read from the change
journal at the revision the merge gave the proposal (store/journal.py):
each field with its value before and after, each entity added or deleted.
A later merge **depends** on an earlier one when

- it is a later contribution from the same package (it was merged against
  the earlier one's snapshot, so it only holds what changed since);
- it touched an entity the earlier one added or deleted, or deleted one
  the earlier one changed;
- it changed a field the earlier one changed; for Markdown text, only when
  it changed or removed a paragraph the earlier merge wrote (paragraphs
  elsewhere in the same text are independent, as the paragraph merge
  treats them).

A merge that no later merge depends on can be undone; the undo itself
still reverts three-way (services.revisions), so a change another writer
made since to the same text is never reverted (the undo is refused).
Pure over rows already read: no query here but ``footprint``'s.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.document.text import MARKDOWN_FIELDS
from medicen_desktop.exchange.assignment import describe
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.model import AppliedContribution, JournalEntry
from medicen_desktop.store.journal import ANNOTATION_LISTS

FieldKey = tuple[str, str, str]
EntityKey = tuple[str, str]


@dataclass(frozen=True)
class Footprint:
    """What one merge wrote: fields (before, after) and entities added or deleted, with their labels."""

    fields: dict[FieldKey, tuple[Any, Any]] = field(default_factory=dict)
    entities: frozenset[EntityKey] = frozenset()
    labels: dict[EntityKey, str] = field(default_factory=dict)

    def touched(self) -> set[EntityKey]:
        return {(list_name, uuid) for list_name, uuid, _ in self.fields} | set(self.entities)


@dataclass(frozen=True)
class Dependency:
    """``later`` depends on the earlier merge because of ``what`` (an entity label) and ``field`` (None: the entity)."""

    later: str
    what: str
    field: str | None
    same_package: bool = False
    uuid: str = ""
    """The entity's UUID (for the GUI to name it in the user's language)."""


def _pre_merge_values(raw: bytes) -> dict[EntityKey, dict[str, Any]]:
    data = json.loads(raw)
    values: dict[EntityKey, dict[str, Any]] = {("proposal", data["proposal"]["uuid"]): data["proposal"]}
    for name, items in data.items():
        if isinstance(items, list):
            values.update({(name, item["uuid"]): item for item in items if isinstance(item, dict) and "uuid" in item})
    return values


def footprint(session: Session, record: AppliedContribution) -> Footprint:
    """The merge's footprint, from the journal entries of its revision.

    A merge that changed nothing did not give the proposal a revision of
    its own: the entries found then are an earlier write's, recognised
    because none of them starts from the pre-merge snapshot; it has none.
    """
    entries = [e for e in session.scalars(select(JournalEntry).where(
        JournalEntry.proposal_uuid == record.proposal_uuid, JournalEntry.revision == record.merged_revision,
        JournalEntry.field.is_not(None) | (JournalEntry.list_name != "proposal"))  # not where the journal starts
        .order_by(JournalEntry.id)) if e.list_name not in ANNOTATION_LISTS]  # comments merge, never depend
    if not entries:
        return Footprint()
    before = _pre_merge_values(record.pre_merge_snapshot)

    def starts_from_pre_merge(entry: JournalEntry) -> bool:
        present = before.get((entry.list_name, entry.entity_uuid))
        if entry.field is None:
            return (present is None) == (entry.before is None)
        return present is not None and present.get(entry.field) == entry.before

    if not any(starts_from_pre_merge(e) for e in entries):
        return Footprint()
    fields: dict[FieldKey, tuple[Any, Any]] = {}
    entities: set[EntityKey] = set()
    labels: dict[EntityKey, str] = {}
    for entry in entries:
        key = (entry.list_name, entry.entity_uuid)
        values = entry.after if isinstance(entry.after, dict) else entry.before if isinstance(entry.before, dict) \
            else before.get(key, {"uuid": entry.entity_uuid})
        labels.setdefault(key, describe(entry.list_name, values))
        if entry.field is None:
            entities.add(key)
        else:
            fields[(entry.list_name, entry.entity_uuid, entry.field)] = (entry.before, entry.after)
    return Footprint(fields, frozenset(entities), labels)


def _text_overlaps(earlier: tuple[Any, Any], later: tuple[Any, Any]) -> bool:
    """The later change changed or removed a paragraph the earlier one wrote."""
    if not all(isinstance(v, str | None) for v in (*earlier, *later)):
        return True
    written = set(paragraphs(earlier[1] or "")) - set(paragraphs(earlier[0] or ""))
    removed = set(paragraphs(later[0] or "")) - set(paragraphs(later[1] or ""))
    return bool(written & removed)


def depends_on(later: Footprint, earlier: Footprint) -> tuple[str, str | None, str] | None:
    """Why ``later`` depends on ``earlier`` as (entity label, field or None, entity UUID), or None: independent."""
    for entity in sorted(earlier.entities & later.touched()):
        return earlier.labels.get(entity, entity[0]), None, entity[1]
    for entity in sorted(later.entities & earlier.touched()):
        return later.labels.get(entity, entity[0]), None, entity[1]
    for key in sorted(set(later.fields) & set(earlier.fields)):
        list_name, uuid, name = key
        if name not in MARKDOWN_FIELDS or _text_overlaps(earlier.fields[key], later.fields[key]):
            return earlier.labels.get((list_name, uuid), list_name), name, uuid
    return None


def dependencies(session: Session, records: Sequence[AppliedContribution],
                 prints: dict[str, Footprint] | None = None) -> dict[str, Dependency]:
    """For each merge of ``records`` (any order) that a later one depends on: the first such later merge.

    ``prints`` (merge UUID → footprint), when given, is filled with every merge's footprint.
    """
    ordered = sorted(records, key=lambda r: (r.applied_at, r.merged_revision))
    prints = prints if prints is not None else {}
    prints.update({r.uuid: footprint(session, r) for r in ordered})
    found: dict[str, Dependency] = {}
    for i, earlier in enumerate(ordered):
        for later in ordered[i + 1:]:
            if later.package_uuid == earlier.package_uuid:
                found[earlier.uuid] = Dependency(later.uuid, "", None, same_package=True)
                break
            why = depends_on(prints[later.uuid], prints[earlier.uuid])
            if why is not None:
                found[earlier.uuid] = Dependency(later.uuid, why[0], why[1], uuid=why[2])
                break
    return found
