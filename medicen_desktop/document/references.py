"""A fast check of a snapshot's cross-entity rules: unique UUIDs, references that resolve.

``ProposalDocument``'s own validator states the same rules; this check runs
over plain field mappings (an entity's ``__dict__`` or ``model_dump()``
values) in about a millisecond for the large proposal, so that trusted
paths (the store's loader, the merge's result) can validate entities one by
one and still refuse an inconsistent snapshot. A caller that gets False
falls back on ``ProposalDocument.model_validate`` for the precise error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from medicen_desktop.document.reference_fields import REFERENCES as REFERENCES
from medicen_desktop.document.reference_fields import effort_outside_its_task
from medicen_desktop.document.schema import ENTITY_LISTS

_FIELDS_OF: dict[str, tuple[str, ...]] = {
    name: tuple(f for f in REFERENCES if f in model.model_fields) for name, model in ENTITY_LISTS.items()
}


def consistent(proposal_uuid: str, lists: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
    """True if every UUID (the proposal's included) is unique and every reference resolves.

    ``lists`` maps each name of ``ENTITY_LISTS`` to the field values of its
    entities; a missing list counts as empty.
    """
    seen = {proposal_uuid}
    present: dict[str, set[str]] = {}
    for name in ENTITY_LISTS:
        uuids = [str(values["uuid"]) for values in lists.get(name, ())]
        present[name] = set(uuids)
        if len(present[name]) != len(uuids) or not seen.isdisjoint(present[name]):
            return False
        seen |= present[name]
    for name in ENTITY_LISTS:
        fields = _FIELDS_OF[name]
        if not fields:
            continue
        for values in lists.get(name, ()):
            for field in fields:
                target = values.get(field)
                if target is not None and target not in present[REFERENCES[field]]:
                    return False
    return _task_efforts_in_their_wp(lists)


def _task_efforts_in_their_wp(lists: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
    """An effort given for a task is in the task's work package (``reference_fields.effort_outside_its_task``)."""
    given = [(values["task_uuid"], values["work_package_uuid"]) for values in lists.get("efforts", ())
             if values.get("task_uuid") is not None]
    if not given:
        return True
    wp_of = {values["uuid"]: values["work_package_uuid"] for values in lists.get("tasks", ())}
    return effort_outside_its_task(given, wp_of) is None
