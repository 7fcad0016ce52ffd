"""Owners, statuses, due dates; a frozen part refuses every write path until the coordinator unfreezes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from medicen_desktop.document.jsonio import dump_document
from medicen_desktop.errors import NotFound, Refused
from medicen_desktop.services import edit, merging, packages, parts, proposals
from medicen_desktop.services.parts import CoordinatorOnly, PartFrozen
from medicen_desktop.store.database import Database


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Database, str]]:
    db = Database.open(tmp_path / "co.db")
    yield db, proposals.create_demo(db)
    db.close()


def _section(db: Database, uuid: str, key: str):  # type: ignore[no-untyped-def]
    return next(s for s in proposals.get_document(db, uuid).sections if s.key == key)


def test_set_and_read_back_owner_status_due(demo: tuple[Database, str]) -> None:
    db, uuid = demo
    parts.set_part(db, uuid, "section:methodology", status="in review", owner="QTB", person="Dr Lina Moreau",
                   due="2027-01-15")
    parts.set_part(db, uuid, "wp:2", status="approved")
    parts.set_part(db, uuid, "budget:aphp", due=dt.date(2026, 1, 1))
    listed = {p.key: p for p in parts.list_parts(db, uuid, today=dt.date(2026, 12, 6))}
    method = listed["section:methodology"]
    assert (method.status.value, method.owner, method.person, method.due) == (
        "in-review", "QTB", "Dr Lina Moreau", dt.date(2027, 1, 15))
    assert method.waiting_review and not method.late
    assert listed["wp:WP2"].status.value == "approved"
    assert listed["budget:APHP"].late  # due last year, still a draft
    assert listed["section:clinical_need"].owner == "APHP"  # the default: the section's assignee


def test_bad_keys_statuses_and_dates_are_refused(demo: tuple[Database, str]) -> None:
    db, uuid = demo
    with pytest.raises(NotFound, match="no such section"):
        parts.set_part(db, uuid, "section:nope", status="approved")
    with pytest.raises(NotFound, match="section:KEY, wp:WPn or budget:PARTNER"):
        parts.set_part(db, uuid, "chapter:1", status="approved")
    with pytest.raises(Refused, match="a status is one of"):
        parts.set_part(db, uuid, "wp:WP1", status="done")
    with pytest.raises(Refused, match="YYYY-MM-DD"):
        parts.set_part(db, uuid, "wp:WP1", due="15/01/2027")
    assert all(p.status.value == "draft" for p in parts.list_parts(db, uuid))


def test_frozen_section_refuses_every_edit_until_unfrozen(demo: tuple[Database, str]) -> None:
    db, uuid = demo
    section = _section(db, uuid, "methodology")
    parts.set_part(db, uuid, "section:methodology", status="frozen")
    with pytest.raises(PartFrozen, match="frozen"):
        edit.update_fields(db, "sections", section.uuid, {"body": "Réécrit."})
    with pytest.raises(PartFrozen):
        edit.update_typed(db, "sections", section.uuid, "body", "Tapé.", section.body)
    with pytest.raises(PartFrozen):
        edit.delete_entity(db, "sections", section.uuid)
    assert _section(db, uuid, "methodology").body == section.body
    other = _section(db, uuid, "clinical_need")
    edit.update_fields(db, "sections", other.uuid, {"body": other.body + "\n\nAutre partie."})  # not frozen
    parts.set_part(db, uuid, "section:methodology", status="approved")
    edit.update_fields(db, "sections", section.uuid, {"body": "Réécrit."})
    assert _section(db, uuid, "methodology").body == "Réécrit."


def test_frozen_work_package_refuses_its_tasks_and_fields(demo: tuple[Database, str]) -> None:
    db, uuid = demo
    document = proposals.get_document(db, uuid)
    wp = next(w for w in document.work_packages if w.number == 3)
    task = next(t for t in document.tasks if t.work_package_uuid == wp.uuid)
    parts.set_part(db, uuid, "wp:WP3", status="frozen")
    with pytest.raises(PartFrozen):
        edit.update_fields(db, "work_packages", wp.uuid, {"title": "Autre"})
    with pytest.raises(PartFrozen):
        edit.update_fields(db, "tasks", task.uuid, {"title": "Autre"})
    with pytest.raises(PartFrozen):
        edit.add_entity(db, uuid, "tasks", {"work_package_uuid": wp.uuid, "number": 9, "title": "Nouvelle"})
    other = next(t for t in document.tasks if t.work_package_uuid != wp.uuid)
    with pytest.raises(PartFrozen):  # moving a task into the frozen WP
        edit.update_fields(db, "tasks", other.uuid, {"work_package_uuid": wp.uuid})
    assert proposals.get_document(db, uuid).tasks == document.tasks


def test_frozen_budget_refuses_budget_lines_and_the_set_command(demo: tuple[Database, str]) -> None:
    from medicen_desktop.services.fields import set_field

    db, uuid = demo
    document = proposals.get_document(db, uuid)
    aphp = next(p for p in document.participations
                if next(o for o in document.organisations if o.uuid == p.organisation_uuid).short_name == "APHP")
    line = next(b for b in document.budget_lines if b.participation_uuid == aphp.uuid)
    parts.set_part(db, uuid, "budget:APHP", status="frozen")
    with pytest.raises(PartFrozen):
        set_field(db, uuid, f"{line.uuid}.amount", "1")
    with pytest.raises(PartFrozen):
        edit.delete_entity(db, "budget_lines", line.uuid)
    with pytest.raises(PartFrozen):  # deleting the partner would delete its frozen budget
        edit.delete_entity(db, "participations", aphp.uuid)
    changed = document.model_copy(deep=True)
    next(b for b in changed.budget_lines if b.uuid == line.uuid).amount += 1
    with pytest.raises(PartFrozen):  # a whole-document replacement (import-json --update)
        proposals.replace_document(db, changed)
    assert proposals.get_document(db, uuid).budget_lines == document.budget_lines


def test_a_contribution_to_a_frozen_part_is_refused_and_the_rest_merges(tmp_path: Path) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, packages.create_package(co, uuid, "APHP").data, "aphp.zip")
    need = _section(partner, uuid, "clinical_need")
    edit.update_fields(partner, "sections", need.uuid, {"body": need.body + "\n\nAjout APHP."})
    wp4 = next(w for w in proposals.get_document(partner, uuid).work_packages if w.number == 4)
    edit.update_fields(partner, "work_packages", wp4.uuid, {"objectives": "Objectifs revus par APHP."})
    contribution = packages.create_contribution(partner, uuid).data
    partner.close()
    parts.set_part(co, uuid, "section:clinical_need", status="frozen")
    report = merging.merge_contribution(co, uuid, contribution, "aphp.zip")
    assert report.applied
    assert any("frozen" in r.reason for r in report.refused)
    assert "Ajout APHP." not in _section(co, uuid, "clinical_need").body
    wp = next(w for w in proposals.get_document(co, uuid).work_packages if w.number == 4)
    assert wp.objectives == "Objectifs revus par APHP."
    co.close()


def test_undoing_a_merge_into_a_part_frozen_since_is_refused(tmp_path: Path) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, packages.create_package(co, uuid, "APHP").data, "aphp.zip")
    need = _section(partner, uuid, "clinical_need")
    edit.update_fields(partner, "sections", need.uuid, {"body": need.body + "\n\nAjout APHP."})
    report = merging.merge_contribution(co, uuid, packages.create_contribution(partner, uuid).data, "aphp.zip")
    partner.close()
    parts.set_part(co, uuid, "section:clinical_need", status="frozen")
    before = dump_document(proposals.get_document(co, uuid))
    assert report.merge_uuid is not None
    with pytest.raises(Refused, match="frozen"):
        merging.undo_merge(co, report.merge_uuid)
    assert dump_document(proposals.get_document(co, uuid)) == before
    co.close()


def test_a_partner_copy_receives_statuses_and_cannot_change_them(tmp_path: Path) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    parts.set_part(co, uuid, "section:clinical_need", status="frozen", due="2027-02-01")
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, packages.create_package(co, uuid, "APHP").data, "aphp.zip")
    listed = {p.key: p for p in parts.list_parts(partner, uuid)}
    assert listed["section:clinical_need"].status.value == "frozen"
    assert listed["section:clinical_need"].due == dt.date(2027, 2, 1)
    need = _section(partner, uuid, "clinical_need")
    with pytest.raises(PartFrozen):
        edit.update_fields(partner, "sections", need.uuid, {"body": "Changé chez le partenaire."})
    with pytest.raises(CoordinatorOnly):
        parts.set_part(partner, uuid, "section:clinical_need", status="draft")
    partner.close()
    co.close()


def test_a_partner_marks_its_part_in_review_and_the_merge_carries_it(tmp_path: Path) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    parts.set_part(co, uuid, "wp:WP4", status="approved")
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, packages.create_package(co, uuid, "APHP").data, "aphp.zip")
    parts.set_part(partner, uuid, "section:clinical_need", status="in-review")  # APHP's own section
    with pytest.raises(CoordinatorOnly, match="not assigned to you"):
        parts.set_part(partner, uuid, "section:methodology", status="in-review")
    with pytest.raises(CoordinatorOnly, match="only mark your own parts in review"):
        parts.set_part(partner, uuid, "section:clinical_need", status="approved")
    with pytest.raises(CoordinatorOnly):  # approved by the coordinator: no longer the partner's to change
        parts.set_part(partner, uuid, "wp:WP4", status="in-review")
    with pytest.raises(CoordinatorOnly):
        parts.set_part(partner, uuid, "section:clinical_need", due="2027-01-01")
    contribution = packages.create_contribution(partner, uuid).data
    partner.close()
    assert merging.merge_contribution(co, uuid, contribution, "aphp.zip").applied
    listed = {p.key: p for p in parts.list_parts(co, uuid)}
    assert listed["section:clinical_need"].status.value == "in-review"
    assert listed["section:clinical_need"].updated_by.startswith("APHP")
    assert listed["wp:WP4"].status.value == "approved"


def test_a_partners_stale_or_forged_status_does_not_override_the_coordinator(tmp_path: Path) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, packages.create_package(co, uuid, "APHP").data, "aphp.zip")
    parts.set_part(partner, uuid, "section:clinical_need", status="in-review")
    with partner.transaction() as session:  # a partner copy edited by hand: another partner's part, frozen
        from medicen_desktop.model import PartState

        for row in session.query(PartState).all():
            session.delete(row)
        session.flush()
        import datetime as _dt
        import uuid as _uuid

        session.add(PartState(uuid=str(_uuid.uuid4()), proposal_uuid=uuid, kind="section", target="methodology",
                              owner_person="", status="in-review", updated_at=_dt.datetime(2030, 1, 1),
                              updated_by="x"))
    contribution = packages.create_contribution(partner, uuid).data
    partner.close()
    parts.set_part(co, uuid, "section:clinical_need", status="frozen")  # the coordinator decided meanwhile
    assert merging.merge_contribution(co, uuid, contribution, "aphp.zip").applied
    listed = {p.key: p for p in parts.list_parts(co, uuid)}
    assert listed["section:methodology"].status.value == "draft"  # not APHP's part
    assert listed["section:clinical_need"].status.value == "frozen"
    co.close()
