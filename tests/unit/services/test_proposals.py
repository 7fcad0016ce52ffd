"""Whole-proposal services: lookup by acronym, demo, duplicate, delete and undo."""

from __future__ import annotations

import pytest

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


def test_resolve_by_uuid_or_accented_acronym_in_any_case(db: Database, sample_in_db: str) -> None:
    assert proposals.resolve(db, sample_in_db) == sample_in_db
    assert proposals.resolve(db, "ÉPI-DIAG") == sample_in_db
    assert proposals.resolve(db, "épi-diag") == sample_in_db
    with pytest.raises(proposals.ProposalNotFound, match="no proposal with UUID or acronym 'NOPE'"):
        proposals.resolve(db, "NOPE")


def test_ambiguous_acronym_asks_for_the_uuid(db: Database, sample_in_db: str) -> None:
    proposals.duplicate(db, sample_in_db, acronym="ÉPI-DIAG")
    with pytest.raises(proposals.AmbiguousProposal, match="use the UUID"):
        proposals.resolve(db, "ÉPI-DIAG")


def test_demo_creates_the_sample_every_time_with_new_ids(db: Database) -> None:
    first, second = proposals.create_demo(db), proposals.create_demo(db)
    assert first != second
    doc = proposals.get_document(db, first)
    assert len(doc.participations) >= 5 and len(doc.work_packages) >= 4
    assert {o.kind.value for o in doc.organisations} >= {"sme", "young-innovative", "clinical", "academic", "large"}


def test_import_refuses_an_existing_uuid(db: Database, sample: ProposalDocument, sample_in_db: str) -> None:
    with pytest.raises(proposals.ProposalExists, match="use --update"):
        proposals.import_document(db, sample)
    with pytest.raises(InterchangeError, match="^in.json: proposal ÉPI-DIAG .* already in the database"):
        proposals.import_json(db, proposals.export_json(db, sample_in_db), "in.json")


def test_duplicate_has_fresh_ids_and_same_content(db: Database, sample_in_db: str) -> None:
    copy = proposals.duplicate(db, sample_in_db)
    original, duplicated = proposals.get_document(db, sample_in_db), proposals.get_document(db, copy)
    assert duplicated.proposal.acronym == "ÉPI-DIAG-copy"
    assert {s.body for s in duplicated.sections} == {s.body for s in original.sections}
    assert not {s.uuid for s in duplicated.sections} & {s.uuid for s in original.sections}
    assert [o.uuid for o in duplicated.organisations] == [o.uuid for o in original.organisations]


def test_delete_then_undo_by_reimport(db: Database, sample_in_db: str) -> None:
    before = proposals.export_json(db, sample_in_db)
    removed = proposals.delete(db, sample_in_db)
    assert proposals.list_proposals(db) == []
    proposals.import_document(db, removed)
    assert proposals.export_json(db, sample_in_db) == before


def test_list_is_most_recent_first(db: Database) -> None:
    older = proposals.create_demo(db)
    newer = proposals.duplicate(db, older, acronym="NEWER")
    assert [p.uuid for p in proposals.list_proposals(db)] == [newer, older]


def test_audit_log_records_imports_and_deletions(db: Database, sample_in_db: str) -> None:
    from sqlalchemy import select

    from medicen_desktop.model import AuditEntry

    db.user = "Claire Dubois"  # who: the connection's user ($MEDICEN_USER); through what: the actor
    proposals.delete(db, sample_in_db, actor="gui")
    with db.read() as session:
        actions = [(e.action, e.actor) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.at))]
    assert ("delete", "Claire Dubois (gui)") in actions and actions[0][0] == "import"


def test_import_of_a_copy_with_a_new_proposal_uuid_but_the_same_entities_is_refused(
        db: Database, sample_in_db: str) -> None:
    """A copy of a proposal's JSON given a new proposal UUID (its participations, sections... keep
    theirs) is refused with one message naming the file, not a database traceback."""
    import json
    import uuid as uuidlib

    before = proposals.export_json(db, sample_in_db)
    data = json.loads(before)
    data["proposal"]["uuid"] = str(uuidlib.uuid4())
    data["proposal"]["acronym"] = "COPIE"
    raw = json.dumps(data, ensure_ascii=False).encode()
    with pytest.raises(InterchangeError, match="^copy.json: .*already belongs to proposal ÉPI-DIAG"):
        proposals.import_json(db, raw, "copy.json")
    assert [p.acronym for p in proposals.list_proposals(db)] == ["ÉPI-DIAG"]
    assert proposals.export_json(db, sample_in_db) == before
