"""Rounds: a newer package for an existing partner copy rebases the partner's edits onto it.

Coordinator and partner each have their own database; every assertion reads
the partner's (or the coordinator's) database back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.model import PartnerCopy
from medicen_desktop.services import assignment, edit, merging, packages, proposals, rounds
from medicen_desktop.store.database import Database
from tests.conftest import sha256_of

LIB_SECTIONS = ["methodology", "impact_jobs", "ip_strategy"]


def _body(doc: ProposalDocument, key: str) -> str:
    return next(s.body for s in doc.sections if s.key == key)


def _append(db: Database, uuid: str, key: str, index: int, words: str) -> None:
    doc = proposals.get_document(db, uuid)
    section = next(s for s in doc.sections if s.key == key)
    paras = paragraphs(section.body)
    paras[index] += words
    edit.update_fields(db, "sections", section.uuid, {"body": "\n\n".join(paras)})


@pytest.fixture
def world(tmp_path: Path) -> tuple[Database, Database, str]:
    """Round 1 sent and opened; the partner has three unsent edits in three sections."""
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    assignment.set_assignment(co, uuid, "LIB", LIB_SECTIONS, [2], actor="co")
    first = packages.create_package(co, uuid, "LIB")
    lib = Database.open(tmp_path / "lib.db")
    packages.open_package(lib, first.data, "round1.medicen-package")
    _append(lib, uuid, "methodology", 0, " [LIB methodology]")
    _append(lib, uuid, "impact_jobs", 0, " [LIB impact]")
    _append(lib, uuid, "ip_strategy", 1, " [LIB ip]")
    return co, lib, uuid


def test_a_newer_package_keeps_the_partners_edits_and_brings_the_coordinators_text(
        world: tuple[Database, Database, str]) -> None:
    co, lib, uuid = world
    _append(co, uuid, "clinical_need", 2, " [coordinator round 2]")
    _append(co, uuid, "methodology", 2, " [coordinator methodology]")
    second = packages.create_package(co, uuid, "LIB")
    opened = packages.open_package(lib, second.data, "round2.medicen-package")
    assert opened.rebased_from is not None and opened.package_uuid == second.package_uuid
    doc = proposals.get_document(lib, uuid)
    methodology = paragraphs(_body(doc, "methodology"))
    assert methodology[0].endswith(" [LIB methodology]") and methodology[2].endswith(" [coordinator methodology]")
    assert paragraphs(_body(doc, "impact_jobs"))[0].endswith(" [LIB impact]")
    assert paragraphs(_body(doc, "ip_strategy"))[1].endswith(" [LIB ip]")
    assert paragraphs(_body(doc, "clinical_need"))[2].endswith(" [coordinator round 2]")
    with lib.read() as session:
        copy = session.get(PartnerCopy, uuid)
        assert copy is not None and copy.package_uuid == second.package_uuid
        assert copy.base_sha256 == second.base_sha256 and copy.base_snapshot is not None


def test_the_contribution_after_a_rebase_merges_against_the_new_base(
        world: tuple[Database, Database, str]) -> None:
    co, lib, uuid = world
    _append(co, uuid, "clinical_need", 2, " [coordinator round 2]")
    second = packages.create_package(co, uuid, "LIB")
    packages.open_package(lib, second.data, "round2.medicen-package")
    contribution = packages.create_contribution(lib, uuid)
    assert contribution.package_uuid == second.package_uuid
    # Meanwhile the coordinator writes a third paragraph edit elsewhere: still no conflict.
    _append(co, uuid, "consortium", 0, " [coordinator later]")
    report = merging.merge_contribution(co, uuid, contribution.data, "LIB.medicen-contribution")
    assert report.applied and not report.unresolved and not report.refused
    doc = proposals.get_document(co, uuid)
    assert paragraphs(_body(doc, "methodology"))[0].endswith(" [LIB methodology]")
    assert paragraphs(_body(doc, "impact_jobs"))[0].endswith(" [LIB impact]")
    assert paragraphs(_body(doc, "ip_strategy"))[1].endswith(" [LIB ip]")
    assert paragraphs(_body(doc, "clinical_need"))[2].endswith(" [coordinator round 2]")
    assert paragraphs(_body(doc, "consortium"))[0].endswith(" [coordinator later]")


def test_a_conflict_writes_nothing_and_take_resolves_it(world: tuple[Database, Database, str]) -> None:
    co, lib, uuid = world
    _append(co, uuid, "methodology", 0, " [coordinator same paragraph]")
    _append(co, uuid, "clinical_need", 0, " [coordinator elsewhere]")
    second = packages.create_package(co, uuid, "LIB")
    before = proposals.get_document(lib, uuid)
    with pytest.raises(rounds.RebaseConflicts) as caught:
        packages.open_package(lib, second.data, "round2.medicen-package")
    assert [(c.list_name, c.field) for c in caught.value.conflicts] == [("sections", "body")]
    assert "round2.medicen-package" in str(caught.value)
    after = proposals.get_document(lib, uuid)
    assert after.model_dump() == before.model_dump()
    with lib.read() as session:
        copy = session.get(PartnerCopy, uuid)
        assert copy is not None and copy.package_uuid != second.package_uuid

    opened = packages.open_package(lib, second.data, "round2.medicen-package", take="theirs")
    assert opened.resolved == 1
    doc = proposals.get_document(lib, uuid)
    methodology = paragraphs(_body(doc, "methodology"))[0]
    assert methodology.endswith(" [coordinator same paragraph]") and "[LIB methodology]" not in methodology
    assert paragraphs(_body(doc, "impact_jobs"))[0].endswith(" [LIB impact]")
    assert paragraphs(_body(doc, "clinical_need"))[0].endswith(" [coordinator elsewhere]")


def test_take_ours_keeps_the_partners_paragraph(world: tuple[Database, Database, str]) -> None:
    co, lib, uuid = world
    _append(co, uuid, "methodology", 0, " [coordinator same paragraph]")
    second = packages.create_package(co, uuid, "LIB")
    packages.open_package(lib, second.data, "round2.medicen-package", take="ours")
    methodology = paragraphs(_body(proposals.get_document(lib, uuid), "methodology"))[0]
    assert methodology.endswith(" [LIB methodology]") and "[coordinator same paragraph]" not in methodology


def test_an_older_package_is_refused_saying_which_is_newer(tmp_path: Path) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    assignment.set_assignment(co, uuid, "LIB", LIB_SECTIONS, [2], actor="co")
    first = packages.create_package(co, uuid, "LIB")
    second = packages.create_package(co, uuid, "LIB")
    lib = Database.open(tmp_path / "lib.db")
    packages.open_package(lib, second.data, "round2.medicen-package")
    with pytest.raises(InterchangeError, match="older than the one this copy was opened from") as caught:
        packages.open_package(lib, first.data, "round1.medicen-package")
    assert "round1.medicen-package" in str(caught.value)
    with pytest.raises(InterchangeError, match="already open"):
        packages.open_package(lib, second.data, "round2.medicen-package")


def test_another_partners_package_is_refused(world: tuple[Database, Database, str]) -> None:
    co, lib, uuid = world
    assignment.set_assignment(co, uuid, "APHP", ["clinical_need"], [4], actor="co")
    other = packages.create_package(co, uuid, "APHP")
    before = proposals.get_document(lib, uuid)
    with pytest.raises(InterchangeError, match="is for .*another partner's copy"):
        packages.open_package(lib, other.data, "APHP.medicen-package")
    assert proposals.get_document(lib, uuid).model_dump() == before.model_dump()


def test_a_copy_opened_before_rounds_cannot_be_rebased_and_says_so(
        world: tuple[Database, Database, str], tmp_path: Path) -> None:
    co, lib, uuid = world
    with lib.transaction() as session:  # as migration 0007 leaves a copy opened by an older version
        session.execute(text("UPDATE partner_copies SET base_snapshot = NULL, package_created_at = NULL"))
    second = packages.create_package(co, uuid, "LIB")
    lib.close()
    before = sha256_of(tmp_path / "lib.db")
    lib = Database.open(tmp_path / "lib.db")
    with pytest.raises(InterchangeError, match="older version .* cannot be updated in place"):
        packages.open_package(lib, second.data, "round2.medicen-package")
    lib.close()
    assert sha256_of(tmp_path / "lib.db") == before


def test_text_sent_merged_and_edited_again_is_no_conflict(world: tuple[Database, Database, str]) -> None:
    """The partner sends, the coordinator merges as is, the partner refines the same paragraph:
    round 2 holds the partner's own earlier words, which its later edit supersedes."""
    co, lib, uuid = world
    sent = packages.create_contribution(lib, uuid)
    assert merging.merge_contribution(co, uuid, sent.data, "LIB.medicen-contribution").applied
    _append(lib, uuid, "methodology", 0, " [LIB refined after sending]")
    _append(co, uuid, "clinical_need", 0, " [coordinator round 2]")
    second = packages.create_package(co, uuid, "LIB")
    packages.open_package(lib, second.data, "round2.medicen-package")
    doc = proposals.get_document(lib, uuid)
    assert paragraphs(_body(doc, "methodology"))[0].endswith(" [LIB methodology] [LIB refined after sending]")
    assert paragraphs(_body(doc, "clinical_need"))[0].endswith(" [coordinator round 2]")


def test_text_sent_then_changed_by_the_coordinator_is_still_a_conflict(
        world: tuple[Database, Database, str]) -> None:
    co, lib, uuid = world
    sent = packages.create_contribution(lib, uuid)
    assert merging.merge_contribution(co, uuid, sent.data, "LIB.medicen-contribution").applied
    _append(lib, uuid, "methodology", 0, " [LIB refined after sending]")
    _append(co, uuid, "methodology", 0, " [coordinator edit of the sent text]")
    second = packages.create_package(co, uuid, "LIB")
    before = proposals.get_document(lib, uuid)
    with pytest.raises(rounds.RebaseConflicts):
        packages.open_package(lib, second.data, "round2.medicen-package")
    assert proposals.get_document(lib, uuid).model_dump() == before.model_dump()


def test_a_contribution_of_the_previous_round_still_merges_against_its_own_base(
        world: tuple[Database, Database, str]) -> None:
    """Round 2 crossed the partner's round-1 contribution: the coordinator merges both, no conflict."""
    co, lib, uuid = world
    late = packages.create_contribution(lib, uuid)
    _append(co, uuid, "clinical_need", 0, " [coordinator round 2]")
    second = packages.create_package(co, uuid, "LIB")
    assert merging.merge_contribution(co, uuid, late.data, "LIB-1.medicen-contribution").applied
    packages.open_package(lib, second.data, "round2.medicen-package")
    _append(lib, uuid, "impact_jobs", 0, " [LIB round 2]")
    report = merging.merge_contribution(co, uuid, packages.create_contribution(lib, uuid).data,
                                        "LIB-2.medicen-contribution")
    assert report.applied and not report.unresolved
    doc = proposals.get_document(co, uuid)
    assert paragraphs(_body(doc, "methodology"))[0].endswith(" [LIB methodology]")
    assert paragraphs(_body(doc, "impact_jobs"))[0].endswith(" [LIB impact] [LIB round 2]")
    assert paragraphs(_body(doc, "clinical_need"))[0].endswith(" [coordinator round 2]")
