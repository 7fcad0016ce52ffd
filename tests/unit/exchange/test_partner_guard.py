"""The partner-mode guard holds on every write path: replace, import-json --update, restore."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.document.jsonio import dump_document
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import edit, packages, proposals, sharing
from medicen_desktop.store.database import Database


def dump_hash(db: Database) -> str:
    assert db.path is not None
    connection = sqlite3.connect(db.path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture
def partner(tmp_path: Path) -> Iterator[tuple[Database, str]]:
    """APHP's partner copy of the demo proposal (assigned: its section and WP of the defaults)."""
    co = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(co)
    sharing.set_sharing_level(co, uuid, "full")  # the guard is tested on other partners' lines the copy holds
    data = packages.create_package(co, uuid, "APHP").data
    co.close()
    db = Database.open(tmp_path / "partner.db")
    packages.open_package(db, data, "aphp.zip")
    yield db, uuid
    db.close()


def _mine_and_theirs(doc: ProposalDocument) -> tuple[str, str]:
    aphp = find_participation(doc, "APHP")
    mine = next(b.uuid for b in doc.budget_lines if b.participation_uuid == aphp)
    theirs = next(b.uuid for b in doc.budget_lines if b.participation_uuid != aphp)
    return mine, theirs


def _with_amount(doc: ProposalDocument, line_uuid: str, amount: Decimal) -> ProposalDocument:
    data = doc.model_dump()
    for line in data["budget_lines"]:
        if line["uuid"] == line_uuid:
            line["amount"] = amount
    return ProposalDocument.model_validate(data)


def test_replace_document_refuses_changes_outside_the_assignment(partner: tuple[Database, str]) -> None:
    db, uuid = partner
    doc = proposals.get_document(db, uuid)
    mine, theirs = _mine_and_theirs(doc)
    before = dump_hash(db)
    outside = _with_amount(_with_amount(doc, mine, Decimal(7)), theirs, Decimal(1))
    with pytest.raises(edit.OutsideAssignment, match="partner copy: budget line .* is not assigned"):
        proposals.replace_document(db, outside)
    retitled = doc.model_copy(update={"proposal": doc.proposal.model_copy(update={"title": "Autre titre"})})
    with pytest.raises(edit.OutsideAssignment, match="general information"):
        proposals.replace_document(db, retitled)
    assert dump_hash(db) == before
    proposals.replace_document(db, _with_amount(doc, mine, Decimal(7)))  # inside: allowed
    assert next(b.amount for b in proposals.get_document(db, uuid).budget_lines if b.uuid == mine) == Decimal(7)


def test_import_json_update_is_refused_with_exit_code_2(
    partner: tuple[Database, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, uuid = partner
    doc = proposals.get_document(db, uuid)
    mine, theirs = _mine_and_theirs(doc)
    outside, inside = tmp_path / "outside.json", tmp_path / "inside.json"
    outside.write_bytes(dump_document(_with_amount(doc, theirs, Decimal(1))))
    inside.write_bytes(dump_document(_with_amount(doc, mine, Decimal(9))))
    before = dump_hash(db)
    assert main(["--db", str(db.path), "import-json", "--update", str(outside)]) == 2
    assert "partner copy" in capsys.readouterr().err
    assert dump_hash(db) == before
    assert main(["--db", str(db.path), "import-json", "--update", str(inside)]) == 0
    assert next(b.amount for b in proposals.get_document(db, uuid).budget_lines if b.uuid == mine) == Decimal(9)


def test_restore_refuses_what_the_partner_could_not_add(partner: tuple[Database, str]) -> None:
    db, uuid = partner
    doc = proposals.get_document(db, uuid)
    mine, theirs = _mine_and_theirs(doc)
    removal = edit.delete_entity(db, "budget_lines", mine)
    edit.restore(db, removal)  # undoing the partner's own deletion
    assert mine in {b.uuid for b in proposals.get_document(db, uuid).budget_lines}
    other = next(b for b in doc.budget_lines if b.uuid == theirs)
    forged = edit.Removal(uuid, [("budget_lines", {**other.model_dump(), "uuid": "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"})])
    with pytest.raises(edit.OutsideAssignment):
        edit.restore(db, forged)
    section = next(s for s in doc.sections if s.key == "consortium")
    reassigned = edit.Removal(uuid, [("=sections", {"uuid": section.uuid, "assigned_participation_uuid": None})])
    with pytest.raises(edit.OutsideAssignment):
        edit.restore(db, reassigned)
    after = proposals.get_document(db, uuid)
    assert len(after.budget_lines) == len(doc.budget_lines)
    assert next(s for s in after.sections if s.key == "consortium") == section
