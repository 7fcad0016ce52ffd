"""Deleting a task keeps its months in the work package; deleting a WP with task months is undone whole."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database


def _wp_months(db: Database, proposal: str, wp: str) -> Decimal:
    return sum((e.person_months for e in proposals.get_document(db, proposal).efforts if e.work_package_uuid == wp),
               Decimal(0))


def test_a_deleted_tasks_months_stay_in_its_work_package(db: Database, sample_in_db: str) -> None:
    document = proposals.get_document(db, sample_in_db)
    effort = document.efforts[0]
    task = next(t for t in document.tasks if t.work_package_uuid == effort.work_package_uuid)
    edit.update_fields(db, "efforts", effort.uuid, {"task_uuid": task.uuid})
    before = _wp_months(db, sample_in_db, effort.work_package_uuid)
    removal = edit.delete_entity(db, "tasks", task.uuid)
    after = proposals.get_document(db, sample_in_db)
    assert next(e for e in after.efforts if e.uuid == effort.uuid).task_uuid is None
    assert _wp_months(db, sample_in_db, effort.work_package_uuid) == before
    edit.restore(db, removal)
    assert next(e for e in proposals.get_document(db, sample_in_db).efforts if e.uuid == effort.uuid).task_uuid \
        == task.uuid


def test_deleting_a_work_package_with_task_months_is_undone_whole(db: Database, sample_in_db: str) -> None:
    document = proposals.get_document(db, sample_in_db)
    effort = document.efforts[0]
    task = next(t for t in document.tasks if t.work_package_uuid == effort.work_package_uuid)
    edit.update_fields(db, "efforts", effort.uuid, {"task_uuid": task.uuid})
    before = proposals.get_document(db, sample_in_db)
    removal = edit.delete_entity(db, "work_packages", effort.work_package_uuid)
    assert not [e for e in proposals.get_document(db, sample_in_db).efforts if e.uuid == effort.uuid]
    edit.restore(db, removal)  # the task goes back before the months that name it
    restored = proposals.get_document(db, sample_in_db)
    assert next(e for e in restored.efforts if e.uuid == effort.uuid).task_uuid == task.uuid
    assert sorted(e.uuid for e in restored.efforts) == sorted(e.uuid for e in before.efforts)
