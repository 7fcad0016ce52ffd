"""Undoing a merge: one step, refused once the proposal (its organisation profiles included) changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from medicen_desktop.services import edit, merge_state, merging, packages, proposals
from medicen_desktop.store.database import Database


@pytest.fixture
def merged(tmp_path: Path) -> Iterator[tuple[Database, str, str, bytes]]:
    """The demo proposal with APHP's contribution (one paragraph added) merged: (db, proposal, merge, file)."""
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    partner = Database.open(tmp_path / "partner.db")
    packages.open_package(partner, packages.create_package(co, uuid, "APHP").data, "aphp.zip")
    section = next(s for s in proposals.get_document(partner, uuid).sections if s.key == "clinical_need")
    edit.update_fields(partner, "sections", section.uuid, {"body": section.body + "\n\nAPHP ajoute un paragraphe."})
    contribution = packages.create_contribution(partner, uuid).data
    partner.close()
    report = merging.merge_contribution(co, uuid, contribution, "aphp.zip")
    assert report.applied and report.merge_uuid is not None
    yield co, uuid, report.merge_uuid, contribution
    co.close()


def test_undo_restores_the_proposal_and_allows_merging_again(merged: tuple[Database, str, str, bytes]) -> None:
    db, uuid, merge_uuid, contribution = merged
    after = proposals.get_document(db, uuid)
    assert merging.list_merges(db, uuid)[0].can_undo
    assert merge_state.has_merges(db, uuid)  # what enables "Undo last merge" without loading the merge
    merging.undo_merge(db, merge_uuid)
    assert not merge_state.has_merges(db, uuid)
    body = next(s.body for s in proposals.get_document(db, uuid).sections if s.key == "clinical_need")
    assert "APHP ajoute un paragraphe." not in body
    assert merging.list_merges(db, uuid) == []
    assert merging.merge_contribution(db, uuid, contribution, "aphp.zip").applied
    again = proposals.get_document(db, uuid)
    assert [s.body for s in again.sections] == [s.body for s in after.sections]


def test_undo_keeps_what_was_changed_since_the_merge(merged: tuple[Database, str, str, bytes]) -> None:
    db, uuid, merge_uuid, _ = merged
    document = proposals.get_document(db, uuid)
    organisation = document.organisations[0]
    edit.update_fields(db, "organisations", organisation.uuid, {"city": "Villejuif"})
    edit.update_fields(db, "proposal", uuid, {"title": "Titre changé après la fusion"})
    assert merging.list_merges(db, uuid)[0].can_undo
    restored = proposals.get_document(db, merging.undo_merge(db, merge_uuid))
    assert next(o for o in restored.organisations if o.uuid == organisation.uuid).city == "Villejuif"
    assert restored.proposal.title == "Titre changé après la fusion"
    body = next(s.body for s in restored.sections if s.key == "clinical_need")
    assert "APHP ajoute un paragraphe." not in body


def test_undo_refused_when_the_merged_text_changed_since(merged: tuple[Database, str, str, bytes]) -> None:
    db, uuid, merge_uuid, _ = merged
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == "clinical_need")
    changed = section.body.replace("APHP ajoute un paragraphe.", "APHP ajoute un paragraphe, revu.")
    edit.update_fields(db, "sections", section.uuid, {"body": changed})
    with pytest.raises(merging.UndoRefused) as info:
        merging.undo_merge(db, merge_uuid)
    assert [c.field for c in info.value.conflicts] == ["body"]
    assert next(s.body for s in proposals.get_document(db, uuid).sections if s.uuid == section.uuid) == changed
    restored = proposals.get_document(db, merging.undo_merge(db, merge_uuid, force=True))
    assert next(s.body for s in restored.sections if s.uuid == section.uuid) == section.body.replace(
        "\n\nAPHP ajoute un paragraphe.", "")


def test_an_organisation_profile_change_bumps_every_proposal_using_it(db: Database, sample_in_db: str) -> None:
    copy = proposals.duplicate(db, sample_in_db, "COPY")
    before = {ref: proposals.get_document(db, ref).proposal.revision for ref in (sample_in_db, copy)}
    shared = proposals.get_document(db, sample_in_db).organisations[0].uuid
    edit.update_fields(db, "organisations", shared, {"website": "https://example.org"})
    assert {ref: proposals.get_document(db, ref).proposal.revision for ref in before} == {
        ref: revision + 1 for ref, revision in before.items()
    }
    edit.update_fields(db, "organisations", shared, {"website": "https://example.org"})  # no change: no bump
    assert proposals.get_document(db, copy).proposal.revision == before[copy] + 1


def _contribution(co: Database, uuid: str, folder: Path, partner_name: str, line: str) -> bytes:
    """A contribution from ``partner_name`` adding ``line`` to the first section assigned to it."""
    partner = Database.open(folder / f"{partner_name}.db")
    try:
        packages.open_package(partner, packages.create_package(co, uuid, partner_name).data, f"{partner_name}.zip")
        document = proposals.get_document(partner, uuid)
        mine = next(p.uuid for p in document.participations
                    if next(o for o in document.organisations if o.uuid == p.organisation_uuid).short_name == partner_name)
        section = next(s for s in document.sections if s.assigned_participation_uuid == mine)
        edit.update_fields(partner, "sections", section.uuid, {"body": section.body + "\n\n" + line})
        return packages.create_contribution(partner, uuid).data
    finally:
        partner.close()


def test_undoing_one_partners_merge_keeps_the_next_partners(tmp_path: Path) -> None:
    """The issue's case: merge A, merge B (another window, the CLI), then undo A: B's text stays, A merges again."""
    co = Database.open(tmp_path / "co.db")
    try:
        uuid = proposals.create_demo(co)
        first, second = _two_partners(co, uuid)
        a = _contribution(co, uuid, tmp_path, first, "Paragraphe du premier partenaire.")
        b = _contribution(co, uuid, tmp_path, second, "Paragraphe du second partenaire.")
        merge_a = merging.merge_contribution(co, uuid, a, "a.zip")
        assert merging.merge_contribution(co, uuid, b, "b.zip").applied
        merging.undo_merge(co, merge_a.merge_uuid or "")
        bodies = "\n".join(s.body for s in proposals.get_document(co, uuid).sections)
        assert "Paragraphe du second partenaire." in bodies
        assert "Paragraphe du premier partenaire." not in bodies
        assert merging.merge_contribution(co, uuid, a, "a.zip").applied  # not "already merged"
        bodies = "\n".join(s.body for s in proposals.get_document(co, uuid).sections)
        assert "Paragraphe du premier partenaire." in bodies and "Paragraphe du second partenaire." in bodies
    finally:
        co.close()


def _two_partners(co: Database, uuid: str) -> tuple[str, str]:
    """Two partners (not the coordinator) that each have a section assigned."""
    document = proposals.get_document(co, uuid)
    coordinator = next(p.uuid for p in document.participations if p.role.value == "coordinator")
    assigned = {s.assigned_participation_uuid for s in document.sections} - {None, coordinator}
    names = [next(o.short_name for o in document.organisations if o.uuid == p.organisation_uuid)
             for p in document.participations if p.uuid in assigned]
    return names[0], names[1]
