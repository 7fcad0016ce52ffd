"""Named versions: kept compressed, taken automatically before merge/retarget/import/round, compared, restored.

Every assertion reads the database back.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from medicen_desktop.document.jsonio import load_document
from medicen_desktop.errors import WriteConflict
from medicen_desktop.exchange.restore import UnknownPart
from medicen_desktop.model import Proposal, Version
from medicen_desktop.services import assignment, edit, merging, packages, proposals, validation, versions
from medicen_desktop.store.database import Database
from medicen_desktop.store.versions import VersionNotFound


def _section(db: Database, uuid: str, key: str) -> tuple[str, str]:
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == key)
    return section.uuid, section.body


def test_a_snapshot_is_the_proposal_compressed_and_changes_nothing_else(db: Database, sample_in_db: str) -> None:
    with db.read() as session:
        revision = session.get(Proposal, sample_in_db).revision
    info = versions.take_snapshot(db, "EPI-DIAG", "  before the review  ", actor="test")
    with db.read() as session:
        row = session.scalars(select(Version)).one()
        stored, kept, by = zlib.decompress(row.snapshot), len(row.snapshot), row.created_by
        assert session.get(Proposal, sample_in_db).revision == revision  # not a change of the proposal
    assert (info.number, info.name, info.kind, by) == (1, "before the review", "manual", "test")
    assert load_document(stored) == proposals.get_document(db, sample_in_db)
    assert info.stored == kept < info.size // 3
    second = versions.take_snapshot(db, sample_in_db, "again")
    assert [v.number for v in versions.list_versions(db, sample_in_db)] == [1, second.number] == [1, 2]


def test_versions_are_found_by_number_name_or_uuid(db: Database, sample_in_db: str) -> None:
    first = versions.take_snapshot(db, sample_in_db, "draft")
    versions.take_snapshot(db, sample_in_db, "draft")
    assert versions.compare(db, sample_in_db, "v1").before.uuid == first.uuid
    assert versions.compare(db, sample_in_db, "draft").before.number == 2  # the latest of that name
    assert versions.compare(db, sample_in_db, first.uuid).before.number == 1
    with pytest.raises(VersionNotFound, match="'7'"):
        versions.compare(db, sample_in_db, "7")
    with pytest.raises(versions.EmptyName):
        versions.take_snapshot(db, sample_in_db, "  ")


def test_compare_a_version_with_now_and_two_versions(db: Database, sample_in_db: str) -> None:
    versions.take_snapshot(db, sample_in_db, "v-one")
    uuid, body = _section(db, sample_in_db, "clinical_need")
    edit.update_fields(db, "sections", uuid, {"body": body.replace("200 000", "250 000")})
    versions.take_snapshot(db, sample_in_db, "v-two")
    edit.update_fields(db, "proposal", sample_in_db, {"title": "Nouveau titre"})

    now = versions.compare(db, sample_in_db, "1").to_data()
    assert now["to"]["version"] == "now" and now["parts"] == ["project", "section:clinical_need"]
    words = now["entities"][1]["fields"][0]["words"]
    assert [w for w in words if w["op"] != "="] == [{"op": "-", "text": "200"}, {"op": "+", "text": "250"}]
    between = versions.compare(db, sample_in_db, "1", "2").to_data()
    assert between["parts"] == ["section:clinical_need"] and between["to"]["name"] == "v-two"


def test_restore_a_part_keeps_everything_else_and_can_be_restored_away(db: Database, sample_in_db: str) -> None:
    versions.take_snapshot(db, sample_in_db, "good")
    uuid, body = _section(db, sample_in_db, "clinical_need")
    other, other_body = _section(db, sample_in_db, "methodology")
    edit.update_fields(db, "sections", uuid, {"body": "Tout réécrit."})
    edit.update_fields(db, "sections", other, {"body": other_body + "\n\nAjout gardé."})

    done = versions.restore(db, sample_in_db, "good", "section:clinical_need", actor="test")

    assert _section(db, sample_in_db, "clinical_need")[1] == body
    assert _section(db, sample_in_db, "methodology")[1].endswith("Ajout gardé.")  # outside the part: kept
    assert done.saved.kind == "restore" and done.changed == (f"sections/{uuid}/body",)
    versions.restore(db, sample_in_db, str(done.saved.number), "section:clinical_need")
    assert _section(db, sample_in_db, "clinical_need")[1] == "Tout réécrit."


def test_restore_everything_brings_the_whole_version_back(db: Database, sample_in_db: str) -> None:
    before = proposals.get_document(db, sample_in_db)
    versions.take_snapshot(db, sample_in_db, "all")
    edit.update_fields(db, "proposal", sample_in_db, {"title": "Autre"})
    edit.delete_entity(db, "risks", before.risks[0].uuid)
    versions.restore(db, sample_in_db, "all")
    after = proposals.get_document(db, sample_in_db)
    assert after.proposal.title == before.proposal.title
    assert [r.uuid for r in after.risks] == [r.uuid for r in before.risks]
    assert not versions.compare(db, sample_in_db, "1").diff


def test_restore_never_reverts_a_change_made_since_it_was_decided(db: Database, sample_in_db: str) -> None:
    """The window showed revision N; another writer then changed the same section: conflict, nothing written."""
    versions.take_snapshot(db, sample_in_db, "good")
    uuid, _ = _section(db, sample_in_db, "clinical_need")
    other, other_body = _section(db, sample_in_db, "methodology")
    edit.update_fields(db, "sections", uuid, {"body": "Réécrit."})
    edit.update_fields(db, "sections", other, {"body": other_body + " Moi."})
    shown = proposals.get_document(db, sample_in_db).proposal.revision
    edit.update_fields(db, "sections", uuid, {"body": "Réécrit par un collègue."})   # another writer, after
    count = len(versions.list_versions(db, sample_in_db))

    with pytest.raises(WriteConflict, match="clinical_need"):
        versions.restore(db, sample_in_db, "good", "section:clinical_need", base_revision=shown)
    assert _section(db, sample_in_db, "clinical_need")[1] == "Réécrit par un collègue."
    assert len(versions.list_versions(db, sample_in_db)) == count  # nothing written, not even the version

    original = load_document(zlib.decompress(_row(db, 1).snapshot))
    assert next(s.body for s in original.sections if s.key == "methodology") == other_body
    versions.restore(db, sample_in_db, "good", "section:methodology", base_revision=shown)
    assert _section(db, sample_in_db, "clinical_need")[1] == "Réécrit par un collègue."
    assert _section(db, sample_in_db, "methodology")[1] == next(
        s.body for s in original.sections if s.key == "methodology")


def _row(db: Database, number: int) -> Version:
    with db.read() as session:
        row = session.scalars(select(Version).where(Version.number == number)).one()
        session.expunge(row)
        return row


def test_unknown_part_is_refused_naming_the_parts(db: Database, sample_in_db: str) -> None:
    versions.take_snapshot(db, sample_in_db, "x")
    with pytest.raises(UnknownPart, match="section:clinical_need"):
        versions.restore(db, sample_in_db, "x", "section:nope")
    assert len(versions.list_versions(db, sample_in_db)) == 1


def test_versions_are_taken_before_retarget_and_import(db: Database, sample_in_db: str) -> None:
    original = proposals.get_document(db, sample_in_db)
    validation.retarget(db, sample_in_db, "he-ria", actor="test")
    exported = proposals.export_json(db, sample_in_db)
    edit.update_fields(db, "proposal", sample_in_db, {"summary": "Résumé changé ici."})
    proposals.import_json(db, exported.replace(b'"keywords": [', b'"keywords": ["nouveau", '), "file.json",
                          update=True)
    kinds = [(v.kind, v.name) for v in versions.list_versions(db, sample_in_db)]
    assert kinds == [("retarget", "he-ria"), ("import", "file.json")]
    kept = versions.compare(db, sample_in_db, "1", "2")
    assert versions.compare(db, sample_in_db, "1").before.revision == original.proposal.revision
    assert "project" in kept.diff.parts  # the call switched between the two


def test_versions_are_taken_before_a_merge_and_a_new_round(tmp_path: Path, db: Database, sample_in_db: str) -> None:
    partner = tmp_path / "partner.db"
    assignment.set_assignment(db, sample_in_db, "LIB", ["methodology"], [], actor="co")
    sent = packages.create_package(db, sample_in_db, "LIB")
    lib = Database.open(partner)
    try:
        packages.open_package(lib, sent.data, "p1")
        uuid, body = _section(lib, sample_in_db, "methodology")
        edit.update_fields(lib, "sections", uuid, {"body": body + "\n\nPar LIB."})
        contribution = packages.create_contribution(lib, sample_in_db)
        merging.merge_contribution(db, sample_in_db, contribution.data, "c1", actor="co")
        merged = versions.list_versions(db, sample_in_db)[-1]
        assert (merged.kind, merged.name) == ("merge", "LIB")
        assert _section(db, sample_in_db, "methodology")[1].endswith("Par LIB.")
        assert versions.compare(db, sample_in_db, str(merged.number)).diff.parts == ("section:methodology",)

        packages.open_package(lib, packages.create_package(db, sample_in_db, "LIB").data, "p2")
        assert [v.kind for v in versions.list_versions(lib, sample_in_db)] == ["round"]
    finally:
        lib.close()


def test_a_partner_copy_restores_only_inside_its_assignment(tmp_path: Path, db: Database, sample_in_db: str) -> None:
    from medicen_desktop.services.edit import OutsideAssignment

    assignment.set_assignment(db, sample_in_db, "LIB", ["methodology"], [], actor="co")
    lib = Database.open(tmp_path / "lib.db")
    try:
        packages.open_package(lib, packages.create_package(db, sample_in_db, "LIB").data, "p1")
        versions.take_snapshot(lib, sample_in_db, "mine")
        uuid, body = _section(lib, sample_in_db, "methodology")
        edit.update_fields(lib, "sections", uuid, {"body": "Réécrit par LIB."})
        versions.restore(lib, sample_in_db, "mine", "section:methodology")
        assert _section(lib, sample_in_db, "methodology")[1] == body
        other, other_body = _section(db, sample_in_db, "clinical_need")
        edit.update_fields(db, "sections", other, {"body": other_body + " Par le coordinateur."})
        packages.open_package(lib, packages.create_package(db, sample_in_db, "LIB").data, "p2")  # a new round
        with pytest.raises(OutsideAssignment):  # the coordinator's section: not the partner's to put back
            versions.restore(lib, sample_in_db, "mine", "section:clinical_need")
        assert _section(lib, sample_in_db, "clinical_need")[1].endswith("Par le coordinateur.")
    finally:
        lib.close()
