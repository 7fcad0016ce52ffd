"""Merging equipment charged by depreciation (a derived amount) and effort given per task."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.merge import merge_documents
from tests.unit.exchange.test_merge import changed


@pytest.fixture
def base() -> ProposalDocument:
    doc = make_sample(random.Random(3))
    index = next(i for i, b in enumerate(doc.budget_lines) if b.category == "equipment")
    return changed(doc, "budget_lines", index, purchase_cost=Decimal(100000), use_percent=Decimal(100))


def test_the_two_sides_change_an_equipment_items_inputs_without_a_conflict(base: ProposalDocument) -> None:
    index = next(i for i, b in enumerate(base.budget_lines) if b.purchase_cost is not None)
    ours = changed(base, "budget_lines", index, use_percent=Decimal(50))  # the coordinator: half its use
    theirs = changed(base, "budget_lines", index, purchase_cost=Decimal(80000))  # the partner: a cheaper quote
    assert ours.budget_lines[index].amount != theirs.budget_lines[index].amount != base.budget_lines[index].amount
    outcome = merge_documents(base, ours, theirs)
    assert not outcome.conflicts
    merged = outcome.document.budget_lines[index]
    assert (merged.purchase_cost, merged.use_percent, merged.amount) == (Decimal(80000), Decimal(50),
                                                                         Decimal("40000.00"))


def test_a_task_effort_moved_to_another_wps_task_is_refused_by_the_merge(base: ProposalDocument) -> None:
    effort = base.efforts[0]
    other = next(t for t in base.tasks if t.work_package_uuid != effort.work_package_uuid)
    # Not a valid document: each entity valid alone, as a partner's package could bring it.
    theirs = ProposalDocument.model_construct(**{**base.__dict__, "efforts": [
        base.efforts[0].model_copy(update={"task_uuid": other.uuid}), *base.efforts[1:]]})
    with pytest.raises(ValueError, match="another work package"):
        merge_documents(base, base, theirs)
