"""The validation service: validate and retarget a stored proposal."""

from __future__ import annotations

from pathlib import Path

import pytest

from medicen_desktop.rules.templates import UnknownTemplate, load_templates
from medicen_desktop.services import proposals, validation
from medicen_desktop.store.database import Database


def test_validate_the_stored_sample(db: Database, sample_in_db: str) -> None:
    found = validation.validate(db, sample_in_db)
    assert [f.code for f in found] == ["template.unconfirmed-values"]
    assert validation.validate(db, "ÉPI-DIAG") == found


def test_unknown_proposal(db: Database) -> None:
    with pytest.raises(proposals.ProposalNotFound):
        validation.validate(db, "NOPE")


def test_unknown_call_is_a_finding(db: Database, sample_in_db: str, tmp_path: Path) -> None:
    [finding] = validation.validate(db, sample_in_db, templates=load_templates(tmp_path))
    assert (finding.code, finding.field) == ("proposal.template-unknown", "template_key")


def test_retarget_writes_one_revision(db: Database, sample_in_db: str) -> None:
    report = validation.retarget(db, sample_in_db, "he-ria", actor="test")
    assert report.old_template == "bpi-idemo" and report.new_template == "he-ria"
    stored = proposals.get_document(db, sample_in_db)
    assert stored.proposal.template_key == "he-ria"
    assert {"excellence", "impact", "implementation"} <= {s.key for s in stored.sections}
    assert len(stored.sections) == 8  # nothing dropped
    codes = {f.code for f in validation.validate(db, sample_in_db)}
    assert "section.not-in-template" in codes and "eligibility.country-count" in codes


def test_retarget_to_unknown_call_writes_nothing(db: Database, sample_in_db: str) -> None:
    before = proposals.get_document(db, sample_in_db)
    with pytest.raises(UnknownTemplate):
        validation.retarget(db, sample_in_db, "nope")
    assert proposals.get_document(db, sample_in_db) == before


def test_preview_retarget_writes_nothing(db: Database, sample_in_db: str) -> None:
    before = proposals.get_document(db, sample_in_db)
    preview = validation.preview_retarget(before, "he-ria")
    assert preview.report.new_template == "he-ria" and preview.report.old_template == "bpi-idemo"
    assert proposals.get_document(db, sample_in_db) == before
    with pytest.raises(UnknownTemplate):
        validation.preview_retarget(before, "nope")


def test_an_unknown_call_lists_the_known_ones_by_name(db: Database, sample_in_db: str) -> None:
    from medicen_desktop.document.schema import ProposalDocument

    data = proposals.get_document(db, sample_in_db).model_dump()
    data["proposal"]["template_key"] = "region-2031"
    [finding] = validation.validate_document(ProposalDocument.model_validate(data))
    assert "Horizon Europe — Research and Innovation Action (RIA)" in finding.message_en
    assert "he-ria," not in finding.message_en
