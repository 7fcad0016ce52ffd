"""Three-way merge rules, one by one, on the sample proposal."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from medicen_desktop.exchange.assignment import Assignment, Scope, find_participation
from medicen_desktop.exchange.merge import merge_documents
from medicen_desktop.exchange.merge_result import Custom
from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.model import Base
from medicen_desktop.services import edit, packages, proposals
from medicen_desktop.store.database import Database


def changed(doc: ProposalDocument, list_name: str, index: int, **values: Any) -> ProposalDocument:
    data = doc.model_dump()
    data[list_name][index].update(values)
    return ProposalDocument.model_validate(data)


@pytest.fixture
def base() -> ProposalDocument:
    return make_sample(random.Random(3))


def test_one_side_and_identical_changes(base: ProposalDocument) -> None:
    theirs = changed(base, "deliverables", 0, title="New title")
    ours = changed(base, "deliverables", 1, title="Coordinator title")
    outcome = merge_documents(base, ours, theirs)
    assert [d.title for d in outcome.document.deliverables[:2]] == ["New title", "Coordinator title"]
    same = merge_documents(base, theirs, theirs)
    assert same.document == theirs and not same.changes and not same.conflicts


def test_value_conflict_and_resolutions(base: ProposalDocument) -> None:
    ours = changed(base, "budget_lines", 0, amount=Decimal(1))
    theirs = changed(base, "budget_lines", 0, amount=Decimal(2))
    outcome = merge_documents(base, ours, theirs)
    (conflict,) = outcome.unresolved
    assert conflict.kind == "value" and (conflict.ours, conflict.theirs) == (Decimal(1), Decimal(2))
    assert outcome.document == ours
    assert merge_documents(base, ours, theirs, take="theirs").document.budget_lines[0].amount == Decimal(2)
    custom = merge_documents(base, ours, theirs, resolutions={conflict.id: Custom(Decimal(3))})
    assert custom.document.budget_lines[0].amount == Decimal(3) and not custom.unresolved


def test_delete_edit_conflict(base: ProposalDocument) -> None:
    data = base.model_dump()
    del data["tasks"][0]
    theirs = ProposalDocument.model_validate(data)
    ours = changed(base, "tasks", 0, title="Edited by the coordinator")
    outcome = merge_documents(base, ours, theirs)
    assert [c.kind for c in outcome.unresolved] == ["delete-edit"]
    assert len(merge_documents(base, ours, theirs, take="theirs").document.tasks) == len(base.tasks) - 1
    assert merge_documents(base, base, theirs).changes[0].kind == "deleted"


def test_partner_additions_and_refusals(base: ProposalDocument) -> None:
    partner = find_participation(base, "QTB")
    other = find_participation(base, "APHP")
    scope = Scope(Assignment(partner, frozenset({"state_of_the_art"}), frozenset()), base)
    data = base.model_dump()
    mine = next(b for b in data["budget_lines"] if b["participation_uuid"] == partner)
    theirs_line = next(b for b in data["budget_lines"] if b["participation_uuid"] == other)
    mine["amount"] += 5
    theirs_line["amount"] += 5
    data["proposal"]["title"] = "Hijacked"
    data["budget_lines"].append({**mine, "uuid": "00000000-0000-4000-8000-000000000001", "period": 9})
    data["budget_lines"].append({**theirs_line, "uuid": "00000000-0000-4000-8000-000000000002", "period": 9})
    section = next(s for s in data["sections"] if s.get("key") == "state_of_the_art")
    section["key"] = "renamed"
    outcome = merge_documents(base, base, ProposalDocument.model_validate(data), scope)
    refused = {(r.list_name, r.field) for r in outcome.refused}
    assert refused == {("budget_lines", "amount"), ("proposal", "title"), ("budget_lines", None), ("sections", "key")}
    kinds = sorted(c.kind for c in outcome.changes)
    assert kinds == ["added", "changed"]
    assert outcome.document.proposal.title == base.proposal.title


def test_migration_tables_equal_models(tmp_path: Any) -> None:
    Database.open(tmp_path / "m.db").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_partner_copy_refuses_edits_outside_the_assignment(tmp_path: Any) -> None:
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    partner = Database.open(tmp_path / "pa.db")
    packages.open_package(partner, packages.create_package(co, uuid, "APHP").data, "p.zip")
    doc = proposals.get_document(partner, uuid)
    aphp = find_participation(doc, "APHP")
    section = next(s for s in doc.sections if s.key == "clinical_need")
    edit.update_fields(partner, "sections", section.uuid, {"body": "Mine."})
    with pytest.raises(edit.OutsideAssignment):
        edit.update_fields(partner, "sections", section.uuid, {"key": "other"})
    with pytest.raises(edit.OutsideAssignment):
        edit.update_fields(partner, "proposal", uuid, {"title": "No"})
    with pytest.raises(edit.OutsideAssignment):
        edit.update_fields(partner, "sections", next(s for s in doc.sections if s.key == "consortium").uuid, {"body": "No"})
    with pytest.raises(edit.OutsideAssignment):
        edit.add_entity(partner, uuid, "budget_lines", {"participation_uuid": doc.participations[0].uuid,
                                                        "category": "other", "amount": "1"})
    edit.add_entity(partner, uuid, "budget_lines", {"participation_uuid": aphp, "category": "other", "amount": "1"})
    with pytest.raises(edit.OutsideAssignment):
        edit.delete_entity(partner, "work_packages", doc.work_packages[3].uuid)
    # The coordinator's own database is not in partner mode.
    edit.update_fields(co, "proposal", uuid, {"title": "Fine"})
