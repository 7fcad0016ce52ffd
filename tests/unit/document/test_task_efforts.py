"""One rule, "an effort given for a task is in the task's work package", applied alike by the snapshot's validator,
the fast check of the store and the merge, and the edit service (``reference_fields.effort_outside_its_task``)."""

from __future__ import annotations

from typing import Any

import pytest

from medicen_desktop.document.reference_fields import TASK_IN_ANOTHER_WP, effort_outside_its_task
from medicen_desktop.document.references import consistent
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import Refused
from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database


def test_the_rule_names_the_first_effort_that_breaks_it() -> None:
    tasks = {"t1": "wp1", "t2": "wp2"}
    assert effort_outside_its_task([(None, "wp1"), ("t1", "wp1"), ("t2", "wp2")], tasks) is None
    assert effort_outside_its_task([(None, "wp1"), ("t1", "wp1"), ("t1", "wp2"), ("t2", "wp1")], tasks) == 2
    assert effort_outside_its_task([("gone", "wp1")], tasks) is None  # an unresolved reference: not this rule's


def _misplaced(sample: ProposalDocument) -> tuple[dict[str, Any], int, str]:
    """The sample's data with one effort given for a task of another work package; its index and that WP."""
    data = sample.model_dump()
    task = data["tasks"][0]
    other = next(wp["uuid"] for wp in data["work_packages"] if wp["uuid"] != task["work_package_uuid"])
    index = next(i for i, e in enumerate(data["efforts"]) if e["work_package_uuid"] == other)
    data["efforts"][index]["task_uuid"] = task["uuid"]
    return data, index, other


def test_the_validator_and_the_fast_check_refuse_the_same_effort(sample: ProposalDocument) -> None:
    data, index, _other = _misplaced(sample)
    with pytest.raises(ValueError, match=rf"efforts\[{index}\]\.task_uuid: {TASK_IN_ANOTHER_WP}"):
        ProposalDocument.model_validate(data)
    assert not consistent(data["proposal"]["uuid"], data)
    data["efforts"][index]["task_uuid"] = None
    assert consistent(data["proposal"]["uuid"], data)


def test_the_edit_service_refuses_it_with_the_same_words(db: Database, sample: ProposalDocument) -> None:
    uuid = proposals.import_document(db, sample)
    data, index, _other = _misplaced(sample)
    effort = data["efforts"][index]
    with pytest.raises(Refused, match=TASK_IN_ANOTHER_WP):
        edit.update_fields(db, "efforts", effort["uuid"], {"task_uuid": effort["task_uuid"]})
    stored = next(e for e in proposals.get_document(db, uuid).efforts if e.uuid == effort["uuid"])
    assert stored.task_uuid == sample.efforts[index].task_uuid  # nothing written
