"""Field-level edits: validation next to the field, normalisation, revisions, undo of deletions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database


def test_update_normalises_text_whatever_the_caller(db: Database, sample_in_db: str) -> None:
    doc = proposals.get_document(db, sample_in_db)
    section = doc.sections[0]
    change = edit.update_fields(db, "sections", section.uuid, {"body": "Ligne\x0bsuite\x07\r\nfin"})
    assert change.after == {"body": "Ligne\\\nsuite\nfin"}
    assert change.before == {"body": section.body}
    assert change.revision == section.revision + 1
    assert proposals.get_document(db, sample_in_db).sections[0].body == "Ligne\\\nsuite\nfin"


def test_invalid_value_names_the_field_and_changes_nothing(db: Database, sample_in_db: str) -> None:
    doc = proposals.get_document(db, sample_in_db)
    with pytest.raises(edit.EditError) as info:
        edit.update_fields(db, "work_packages", doc.work_packages[0].uuid, {"start_month": 0})
    assert info.value.field == "start_month"
    with pytest.raises(edit.EditError) as info:
        edit.update_fields(db, "budget_lines", doc.budget_lines[0].uuid, {"amount": "12.345"})
    assert info.value.field == "amount"
    assert proposals.get_document(db, sample_in_db) == doc


def test_stale_edit_is_refused(db: Database, sample_in_db: str) -> None:
    doc = proposals.get_document(db, sample_in_db)
    wp = doc.work_packages[0]
    edit.update_fields(db, "work_packages", wp.uuid, {"title": "Gestion"}, expected_revision=wp.revision)
    with pytest.raises(edit.StaleEdit):
        edit.update_fields(db, "work_packages", wp.uuid, {"title": "Autre"}, expected_revision=wp.revision)


def test_proposal_fields_and_undo_by_applying_before(db: Database, sample_in_db: str) -> None:
    change = edit.update_fields(db, "proposal", sample_in_db, {"duration_months": 42, "trl_end": 8})
    assert proposals.get_document(db, sample_in_db).proposal.duration_months == 42
    edit.update_fields(db, "proposal", sample_in_db, change.before)
    assert proposals.get_document(db, sample_in_db).proposal.duration_months == 48


def test_add_entity(db: Database, sample_in_db: str) -> None:
    doc = proposals.get_document(db, sample_in_db)
    new = edit.add_entity(db, sample_in_db, "budget_lines", {
        "participation_uuid": doc.participations[1].uuid, "category": "other", "period": 2, "amount": Decimal("1250.50"),
    })
    lines = {b.uuid: b for b in proposals.get_document(db, sample_in_db).budget_lines}
    assert lines[new].amount == Decimal("1250.50")
    with pytest.raises(edit.EditError):
        edit.add_entity(db, sample_in_db, "tasks", {"work_package_uuid": doc.work_packages[0].uuid, "number": 0, "title": "x"})


@pytest.mark.parametrize("list_name", ["work_packages", "participations"])
def test_delete_cascades_and_restore_brings_everything_back(db: Database, sample_in_db: str, list_name: str) -> None:
    before = proposals.get_document(db, sample_in_db)
    target = getattr(before, list_name)[1]
    removal = edit.delete_entity(db, list_name, target.uuid)
    after = proposals.get_document(db, sample_in_db)
    assert target.uuid not in {e.uuid for e in getattr(after, list_name)}
    edit.restore(db, removal)
    restored = proposals.get_document(db, sample_in_db)

    def content(doc):  # type: ignore[no-untyped-def]
        data = doc.model_dump()
        for items in data.values():
            if isinstance(items, list):
                for item in items:
                    item.pop("revision", None)
        data["proposal"].pop("revision")
        return data

    assert content(restored) == content(before)


def test_undoing_a_partners_deletion_restores_its_assignment(db: Database, sample_in_db: str) -> None:
    """The sections and work packages assigned to a partner (for its package) come back with it."""
    from medicen_desktop.services import assignment

    assignment.set_assignment(db, sample_in_db, "LIB", ["impact_jobs"], [2], actor="test")
    before = assignment.list_assignments(db, sample_in_db)
    lib = next(a for a in before if a.partner == "LIB")
    removal = edit.delete_entity(db, "participations", lib.participation_uuid)
    assert lib.participation_uuid not in {a.participation_uuid for a in assignment.list_assignments(db, sample_in_db)}
    edit.restore(db, removal)
    assert assignment.list_assignments(db, sample_in_db) == before


def test_typed_text_written_after_another_change_merges_instead_of_overwriting(db: Database, sample_in_db: str) -> None:
    """Text typed from ``base`` while a merge (or another window) changed the stored body keeps both."""
    section = proposals.get_document(db, sample_in_db).sections[2]
    base = section.body
    paras = base.split("\n\n")
    elsewhere = "\n\n".join([paras[0] + " Ajouté par le partenaire.", *paras[1:]])
    edit.update_fields(db, "sections", section.uuid, {"body": elsewhere})
    typed = base + "\n\nTapé par le coordinateur."
    edit.update_typed(db, "sections", section.uuid, "body", typed, base)
    stored = next(s.body for s in proposals.get_document(db, sample_in_db).sections if s.uuid == section.uuid)
    assert stored == elsewhere + "\n\nTapé par le coordinateur."


def test_typed_text_conflicting_with_another_change_keeps_both_versions(db: Database, sample_in_db: str) -> None:
    section = proposals.get_document(db, sample_in_db).sections[2]
    base = section.body
    paras = base.split("\n\n")
    theirs = "\n\n".join([paras[0] + " (partenaire)", *paras[1:]])
    ours = "\n\n".join([paras[0] + " (coordinateur)", *paras[1:]])
    edit.update_fields(db, "sections", section.uuid, {"body": theirs})
    change = edit.update_typed(db, "sections", section.uuid, "body", ours, base)
    assert change.kept_both == 1  # the GUI tells the user which paragraph to reconcile
    stored = next(s.body for s in proposals.get_document(db, sample_in_db).sections if s.uuid == section.uuid)
    assert paras[0] + " (coordinateur)" in stored and paras[0] + " (partenaire)" in stored
