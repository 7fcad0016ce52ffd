"""A partner copy says what its package withheld, its checks do not call that missing, and nothing it could not
see is ever written back over the coordinator's values: not by a merged contribution, not by its file imported
over the coordinator's proposal."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from medicen_desktop.document.jsonio import load_document
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.withheld import AT_LEVEL, FIGURES, ORGANISATION_FIELDS
from medicen_desktop.services import assignment, edit, merging, packages, proposals, sharing, validation
from medicen_desktop.store import quick_snapshot
from medicen_desktop.store.database import Database

MISSING = ("partner.legal-id-missing", "partner.contact-missing", "partner.team-empty", "budget.partner-empty",
           "budget.rate-missing", "annex.letter-missing")


def _by_short(document: ProposalDocument) -> dict[str, Any]:
    names = {o.uuid: o.short_name for o in document.organisations}
    return {names[p.organisation_uuid]: p for p in document.participations}


def _copy(db: Database, uuid: str, tmp_path: Path, level: str) -> tuple[Database, bytes]:
    """QTB's copy, from a package at ``level``, in its own database; and the package's bytes."""
    assignment.assign_defaults(db, uuid)
    sharing.set_sharing_level(db, uuid, level)
    package = packages.create_package(db, uuid, "QTB").data
    partner_db = Database.open(tmp_path / f"qtb-{level}.db")
    packages.open_package(partner_db, package, "QTB.medicen-package")
    return partner_db, package


@pytest.mark.parametrize("level", ["none", "totals", "full"])
def test_a_partner_copy_says_what_its_package_withheld(db: Database, sample_in_db: str, tmp_path: Path,
                                                       level: str) -> None:
    qtb = _by_short(proposals.get_document(db, sample_in_db))["QTB"]
    edit.update_fields(db, "participations", qtb.uuid, {"contact_email": ""})  # hers: blank, to be reported
    partner_db, package = _copy(db, sample_in_db, tmp_path, level)
    try:
        from medicen_desktop.exchange.package import read_package

        sent = read_package(package, "QTB.medicen-package").base
        copy = proposals.get_document(partner_db, sample_in_db)
        organisation_fields, participation_fields = AT_LEVEL[level]
        others = [p for short, p in _by_short(copy).items() if short != "QTB"]
        expected = {p.uuid: sorted(participation_fields) for p in others if participation_fields}
        expected |= {p.organisation_uuid: sorted(organisation_fields) for p in others if organisation_fields}
        assert copy.withheld == dict(sorted(expected.items())) == sent.withheld  # the package and the copy agree
        quick = quick_snapshot.read(tmp_path / f"qtb-{level}.db", sample_in_db)
        assert quick is not None and quick.document == copy  # the quick read too
        findings = validation.validate(partner_db, sample_in_db)
        missing = {(f.code, f.entity_uuid, f.field) for f in findings if f.code in MISSING}
        if level == "full":  # nothing withheld: the others' values are there, nothing is reported about them
            assert copy.withheld == {}
        assert missing == {("partner.contact-missing", qtb.uuid, "contact_email")}, missing
        assert ("withheld.consortium-checks" in {f.code for f in findings}) is (level == "none")
        assert "QTB: the contact email is missing." in [f.message_en for f in findings]
    finally:
        partner_db.close()


def test_the_coordinators_findings_are_unchanged(db: Database, sample_in_db: str) -> None:
    aphp = _by_short(proposals.get_document(db, sample_in_db))["APHP"]
    edit.update_fields(db, "organisations", aphp.organisation_uuid, {"siret": ""})
    document = proposals.get_document(db, sample_in_db)
    assert document.withheld == {}
    assert ("partner.legal-id-missing", aphp.organisation_uuid) in {
        (f.code, f.entity_uuid) for f in validation.validate(db, sample_in_db)}


def _confidential(document: ProposalDocument) -> dict[str, Any]:
    """Every value a package may withhold, per partner."""
    organisations = {o.uuid: o for o in document.organisations}
    return {
        p.uuid: ({f: getattr(organisations[p.organisation_uuid], f) for f in ORGANISATION_FIELDS},
                 (p.contact_name, p.contact_email, p.contact_phone),
                 sorted(m.uuid for m in document.team_members if m.participation_uuid == p.uuid),
                 sorted(b.uuid for b in document.budget_lines if b.participation_uuid == p.uuid),
                 sorted(e.uuid for e in document.efforts if e.participation_uuid == p.uuid),
                 sorted(r.uuid for r in document.staff_rates if r.participation_uuid == p.uuid))
        for p in document.participations}


def test_a_contribution_merged_back_touches_nothing_it_could_not_see(db: Database, sample_in_db: str,
                                                                     tmp_path: Path) -> None:
    before = proposals.get_document(db, sample_in_db)
    partners = _by_short(before)
    partner_db, _package = _copy(db, sample_in_db, tmp_path, "none")
    try:
        edit.update_fields(partner_db, "participations", partners["QTB"].uuid, {"contact_phone": "+33 6 12 34 56 78"})
        # A value the copy holds where its package withheld it (written behind the application's back): still
        # not the partner's to send. It is "not touched", neither applied nor a refused change to review.
        with sqlite3.connect(tmp_path / "qtb-none.db") as raw:
            raw.execute("UPDATE organisations SET siret = '73282932000074' WHERE uuid = ?",
                        (partners["APHP"].organisation_uuid,))
        contribution = packages.create_contribution(partner_db, sample_in_db).data
    finally:
        partner_db.close()
    report = merging.merge_contribution(db, sample_in_db, contribution, "QTB.medicen-contribution")
    assert report.applied and report.refused == () and report.conflicts == ()
    assert [(c.list_name, c.field) for c in report.changes] == [("participations", "contact_phone")]
    after = proposals.get_document(db, sample_in_db)
    expected = _confidential(before)
    figures, contact, *lists = expected[partners["QTB"].uuid]
    expected[partners["QTB"].uuid] = (figures, (*contact[:2], "+33 6 12 34 56 78"), *lists)
    assert _confidential(after) == expected


def test_a_partners_file_imported_over_the_coordinators_proposal_empties_nothing(db: Database, sample_in_db: str,
                                                                               tmp_path: Path) -> None:
    """``import-json --update`` of what a partner exported from its copy: its blanks are withheld values, not
    deletions; the coordinator keeps every partner's figures, contacts, team, effort, rates and budget."""
    before = proposals.get_document(db, sample_in_db)
    partner_db, _package = _copy(db, sample_in_db, tmp_path, "none")
    try:
        exported = proposals.export_json(partner_db, sample_in_db)
    finally:
        partner_db.close()
    assert load_document(exported).withheld  # the marker travels in the file
    proposals.import_json(db, exported, "qtb.json", update=True)
    after = proposals.get_document(db, sample_in_db)
    assert _confidential(after) == _confidential(before)
    assert after.withheld == {}


def test_the_marker_must_name_entities_and_fields_that_can_be_withheld(sample: ProposalDocument) -> None:
    data = sample.model_dump()
    organisation = sample.organisations[0].uuid
    with pytest.raises(ValueError, match="no organisation or participation"):
        ProposalDocument.model_validate({**data, "withheld": {sample.sections[0].uuid: ["body"]}})
    with pytest.raises(ValueError, match="'legal_name' is not something withheld"):
        ProposalDocument.model_validate({**data, "withheld": {organisation: ["legal_name"]}})
    marked = ProposalDocument.model_validate({**data, "withheld": {organisation: ["vat", "siret", "vat"]}})
    assert marked.withheld == {organisation: ["siret", "vat"]}  # canonical: sorted, once
    assert set(FIGURES) <= set(ORGANISATION_FIELDS)


def test_the_marker_is_never_dossier_data(db: Database, sample_in_db: str, tmp_path: Path) -> None:
    """The partner's dossier is the same with or without the marker: blanks stay blanks, no "hidden" text."""
    from medicen_desktop.services.export import export_document
    from tests.unit.export.helpers import docx_text

    partner_db, _package = _copy(db, sample_in_db, tmp_path, "none")
    try:
        copy = proposals.get_document(partner_db, sample_in_db)
    finally:
        partner_db.close()
    assert copy.withheld
    export_document(copy, "docx", tmp_path / "marked.docx")
    export_document(copy.model_copy(update={"withheld": {}}), "docx", tmp_path / "plain.docx")
    text = docx_text(tmp_path / "marked.docx")
    assert text == docx_text(tmp_path / "plain.docx")
    assert not any(word in text for word in ("Hidden", "Masqué", "withheld", *copy.withheld))
