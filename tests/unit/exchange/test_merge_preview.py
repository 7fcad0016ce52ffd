"""Previewing a merge reads everything it reports and writes nothing."""

from __future__ import annotations

from pathlib import Path

from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, edit, merging, packages, proposals
from medicen_desktop.store.database import Database


def _edit_first_paragraph(db: Database, uuid: str, suffix: str) -> None:
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == "methodology")
    paras = paragraphs(section.body)
    paras[0] += suffix
    edit.update_fields(db, "sections", section.uuid, {"body": "\n\n".join(paras)})


def test_preview_reports_the_conflict_and_changes_nothing(db: Database, sample_in_db: str, tmp_path: Path) -> None:
    assignment.set_assignment(db, sample_in_db, "LIB", ["methodology"], [2])
    package = packages.create_package(db, sample_in_db, "LIB").data
    partner = Database.open(tmp_path / "lib.db")
    try:
        packages.open_package(partner, package, "LIB.zip")
        _edit_first_paragraph(partner, sample_in_db, " Données hébergées en France.")
        contribution = packages.create_contribution(partner, sample_in_db).data
    finally:
        partner.close()
    _edit_first_paragraph(db, sample_in_db, " Le coordinateur précise.")
    before = proposals.export_json(db, sample_in_db)

    report = merging.preview_merge(db, sample_in_db, contribution, "LIB.zip")

    assert not report.applied
    assert len(report.conflicts) == 1 and report.conflicts[0].field == "body"
    assert "Données hébergées en France." in str(report.conflicts[0].theirs)
    assert proposals.export_json(db, sample_in_db) == before
    assert merging.list_merges(db, sample_in_db) == []
