"""The fast loader equals the validated mapping; ``apply_changes`` writes what ``save_document`` would."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import text

from medicen_desktop.document.schema import (
    ENTITY_LISTS,
    BudgetLine,
    Entity,
    ProposalDocument,
    Section,
)
from medicen_desktop.services import proposals
from medicen_desktop.store import snapshot
from medicen_desktop.store.database import Database


def _load(db: Database, uuid: str) -> ProposalDocument:
    with db.read() as session:
        return snapshot.load_document(session, uuid)


def _revisions(doc: ProposalDocument) -> dict[str, int]:
    return {e.uuid: e.revision for name in ENTITY_LISTS for e in getattr(doc, name)} | {
        doc.proposal.uuid: doc.proposal.revision
    }


def test_load_equals_validating_the_stored_values(db: Database, sample_in_db: str) -> None:
    loaded = _load(db, sample_in_db)
    data = loaded.model_dump()
    del data["format"], data["format_version"], data["withheld"]  # defaults, and the reader's marker (none here)
    validated = ProposalDocument.model_validate(data)
    assert loaded == validated
    assert loaded.model_dump_json() == validated.model_dump_json()
    assert loaded.model_fields_set == validated.model_fields_set


def test_load_refuses_a_reference_into_another_proposal(db: Database, sample_in_db: str) -> None:
    """Foreign keys cannot see proposals: the loader still checks every reference."""
    other = proposals.duplicate(db, sample_in_db, "COPY")
    foreign = _load(db, other).participations[0].uuid
    section = _load(db, sample_in_db).sections[0].uuid
    with db.transaction() as session:
        session.execute(text("UPDATE sections SET assigned_participation_uuid = :p WHERE uuid = :s"),
                        {"p": foreign, "s": section})
    with pytest.raises(ValidationError, match="no entity with UUID"):
        _load(db, sample_in_db)


def _edited(doc: ProposalDocument) -> tuple[list[tuple[str, Entity]], list[tuple[str, str]]]:
    section = doc.sections[0].model_copy(update={"body": doc.sections[0].body + "\n\nAjout."})
    line = doc.budget_lines[0]
    added = BudgetLine(uuid="0f0e0d0c-0b0a-4909-8807-060504030201", participation_uuid=line.participation_uuid,
                       category="other", period=3, amount=Decimal("12.34"))
    proposal = doc.proposal.model_copy(update={"title": "Titre révisé"})
    return [("sections", section), ("budget_lines", added), ("proposal", proposal)], [("risks", doc.risks[-1].uuid)]


def test_apply_changes_writes_what_save_document_would(tmp_path: Path, sample: ProposalDocument) -> None:
    targeted, whole = Database.open(tmp_path / "a.db"), Database.open(tmp_path / "b.db")
    try:
        uuid = proposals.import_document(targeted, sample)
        proposals.import_document(whole, sample)
        before = _load(targeted, uuid)
        upserts, deletions = _edited(before)
        with targeted.transaction() as session:
            count = snapshot.apply_changes(session, uuid, upserts, deletions)
        assert count == 4
        data = before.model_dump()
        for name, entity in upserts:
            if name == "proposal":
                data["proposal"] = entity.model_dump()
                continue
            items = [e for e in data[name] if e["uuid"] != entity.uuid]
            data[name] = [*items, entity.model_dump()]
        data["risks"] = [r for r in data["risks"] if r["uuid"] != deletions[0][1]]
        with whole.transaction() as session:
            assert snapshot.save_document(session, ProposalDocument.model_validate(data)) == 4
        after, expected = _load(targeted, uuid), _load(whole, uuid)
        assert after == expected
        assert _revisions(after)[before.sections[0].uuid] == 2
        assert after.proposal.revision == before.proposal.revision + 1
    finally:
        targeted.close()
        whole.close()


def test_apply_changes_without_change_touches_nothing(db: Database, sample_in_db: str) -> None:
    before = _load(db, sample_in_db)
    with db.transaction() as session:
        assert snapshot.apply_changes(session, sample_in_db, [("sections", before.sections[0])], [("risks", "x")]) == 0
    assert _load(db, sample_in_db) == before


def test_apply_changes_refuses_entities_of_another_proposal(db: Database, sample_in_db: str) -> None:
    other = proposals.duplicate(db, sample_in_db, "COPY")
    foreign = _load(db, other).sections[0]
    edited = Section.model_validate({**foreign.model_dump(), "body": "détourné"})
    with pytest.raises(snapshot.EntityOfAnotherProposal, match="another proposal"), db.transaction() as session:
        snapshot.apply_changes(session, sample_in_db, [("sections", edited)])
    with pytest.raises(ValueError, match="unknown entity list"), db.transaction() as session:
        snapshot.apply_changes(session, sample_in_db, [], [("nonsense", foreign.uuid)])
    with db.transaction() as session:  # a deletion never reaches another proposal's rows
        assert snapshot.apply_changes(session, sample_in_db, [], [("sections", foreign.uuid)]) == 0
    assert _load(db, other).sections[0].body == foreign.body
    with pytest.raises(snapshot.ProposalMissing), db.transaction() as session:
        snapshot.apply_changes(session, "00000000-0000-4000-8000-000000000000", [])
