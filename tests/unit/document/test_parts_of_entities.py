"""One mapping of an entry to its part (``document.parts.part_of_entity``): the diff's restorable parts and a
partner's assignment agree with it for every entry of the sample, a task moved to another work package included."""

from __future__ import annotations

from typing import Any

from medicen_desktop.document.parts import part_of_entity
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument
from medicen_desktop.exchange.assignment import Assignment, Scope
from medicen_desktop.exchange.diff import PartIndex, part_of


def _entries(document: ProposalDocument) -> list[tuple[str, dict[str, Any]]]:
    return [(name, e.model_dump()) for name in ENTITY_LISTS for e in getattr(document, name)]


def test_the_diff_names_the_part_part_of_entity_finds(sample: ProposalDocument) -> None:
    index = PartIndex(sample.model_dump())
    numbers = {w.uuid: w.number for w in sample.work_packages}
    kinds = set()
    for name, values in _entries(sample):
        part = part_of_entity(name, values)
        if part is None:
            continue
        kinds.add(part.kind)
        expected = {"section": f"section:{part.target}", "wp": f"wp:{numbers.get(part.target)}",
                    "budget": f"budget:{index.partner_of(part.target)}"}[part.kind]
        assert part_of(name, values, index) == expected, (name, values["uuid"])
    assert kinds == {"section", "wp", "budget"}


def test_a_partner_may_change_the_entries_of_its_work_packages_but_not_their_milestones(
        sample: ProposalDocument) -> None:
    wp2 = next(w for w in sample.work_packages if w.number == 2)
    scope = Scope(Assignment(sample.participations[1].uuid, frozenset(), frozenset({2})), sample)
    for name, values in _entries(sample):
        part = part_of_entity(name, values)
        if name in ("work_packages", "tasks", "deliverables"):
            assert (scope.refusal(name, values) is None) == (part is not None and part.target == wp2.uuid), name
        if name == "milestones":
            assert scope.refusal(name, values) is not None
    task = next(t for t in sample.tasks if t.work_package_uuid != wp2.uuid).model_dump()
    assert scope.refusal("tasks", task) is not None
    assert scope.refusal("tasks", {**task, "work_package_uuid": wp2.uuid}) is None  # moved into WP2
