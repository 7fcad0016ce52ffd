"""The read-only load (sqlite3 alone) gives the snapshot the ORM load gives, and never writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import JSON

from medicen_desktop.document.jsonio import dump_document
from medicen_desktop.document.schema import Attachment, ProposalDocument
from medicen_desktop.model import ENTITY_TABLES, AttachmentBlob
from medicen_desktop.model import Proposal as ProposalRow
from medicen_desktop.services import lookup, proposals
from medicen_desktop.store import quick_snapshot
from medicen_desktop.store.database import Database, DatabaseError
from tests.conftest import sha256_of
from tests.large_proposal import make_large


def _rich(sample: ProposalDocument) -> ProposalDocument:
    """The sample with an attachment, so that every list and every column type is read."""
    doc = sample.model_copy(deep=True)
    doc.attachments.append(Attachment(uuid="5b0c8d52-1b8e-4c1e-9a57-6a1a7d7d0001", filename="lettre.pdf",
                                      media_type="application/pdf", sha256="ab" * 32, size=12, kind="letter",
                                      participation_uuid=doc.participations[2].uuid))
    return doc


def _stored(db: Database, document: ProposalDocument) -> str:
    if document.attachments:
        with db.transaction() as session:
            for attachment in document.attachments:
                session.add(AttachmentBlob(sha256=attachment.sha256, size=attachment.size, content=b"x" * attachment.size))
    return proposals.import_document(db, document)


@pytest.mark.parametrize("which", ["sample", "large"])
def test_the_read_only_load_equals_the_orm_load(db: Database, db_path: Path, sample: ProposalDocument,
                                                which: str) -> None:
    document = _rich(sample) if which == "sample" else make_large()
    uuid = _stored(db, document)
    through_orm = proposals.get_document(db, uuid)
    answer = quick_snapshot.read(db_path, uuid)
    assert answer is not None and answer.matches == [uuid]
    assert answer.document == through_orm
    assert dump_document(answer.document) == dump_document(through_orm)  # the same order, byte for byte
    if which == "sample":
        assert all(getattr(answer.document, name) for name in ENTITY_TABLES), "every list is exercised"
        assert answer.document.proposal.keywords and answer.document.proposal.start_date is not None


def test_the_reader_knows_the_orm_tables_and_json_columns() -> None:
    """Its queries name the tables by their lists and decode the ORM's JSON columns: both pinned to the ORM."""
    assert {name: table.__tablename__ for name, table in ENTITY_TABLES.items()} == {name: name for name in ENTITY_TABLES}
    assert ProposalRow.__tablename__ == "proposals"
    for name, table in {"proposals": ProposalRow, **ENTITY_TABLES}.items():
        json_columns = {column.name for column in table.__table__.columns if isinstance(column.type, JSON)}
        assert quick_snapshot._JSON_FIELDS[name] == json_columns, name


def test_a_reference_is_resolved_as_the_service_resolves_it(db: Database, db_path: Path,
                                                            sample: ProposalDocument) -> None:
    uuid = _stored(db, sample)
    assert sample.proposal.acronym == "ÉPI-DIAG"
    for ref in ("ÉPI-DIAG", "épi-diag", "EPI-DIAG", "epi-diag", uuid):
        answer = quick_snapshot.read(db_path, ref)
        assert answer is not None and answer.matches == [lookup.resolve(db, ref)], ref
    assert quick_snapshot.read(db_path, "NOPE") == quick_snapshot.QuickAnswer([], None)
    with pytest.raises(lookup.ProposalNotFound):
        lookup.read_document(str(db_path), "NOPE", lambda: db)


def test_two_proposals_with_one_acronym_are_ambiguous(db: Database, db_path: Path, sample: ProposalDocument) -> None:
    _stored(db, sample)
    proposals.duplicate(db, sample.proposal.uuid, acronym=sample.proposal.acronym)
    answer = quick_snapshot.read(db_path, "ÉPI-DIAG")
    assert answer is not None and len(answer.matches) == 2 and answer.document is None
    with pytest.raises(lookup.AmbiguousProposal):
        lookup.read_document(str(db_path), "ÉPI-DIAG", lambda: db)


def test_it_never_writes_the_file(db: Database, db_path: Path, sample: ProposalDocument) -> None:
    uuid = _stored(db, sample)
    db.close()
    before = sha256_of(db_path)
    assert quick_snapshot.read(db_path, uuid) is not None
    assert sha256_of(db_path) == before
    wal = db_path.with_name(db_path.name + "-wal")  # a WAL reader may leave an empty log (SQLite's shared memory)
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_new_file_or_one_due_for_a_migration_takes_the_full_open(tmp_path: Path, db: Database, db_path: Path,
                                                                   sample: ProposalDocument) -> None:
    missing = tmp_path / "new.db"
    assert quick_snapshot.read(missing, "X") is None and not missing.exists()
    _stored(db, sample)
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    assert quick_snapshot.read(db_path, "ÉPI-DIAG") is None
    opened: list[Database] = []

    def full_open() -> Database:
        opened.append(Database.open(db_path, upgrade=False))  # (the tables are the head's: only the mark is older)
        return opened[-1]

    try:
        assert lookup.read_document(str(db_path), "ÉPI-DIAG", full_open).proposal.acronym == "ÉPI-DIAG"
        assert opened, "the full open answered"
    finally:
        for database in opened:
            database.close()


def test_a_file_not_ours_is_refused_with_the_open_s_message(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER)")
    with pytest.raises(DatabaseError, match="another application") as quick:
        quick_snapshot.read(other, "X")
    with pytest.raises(DatabaseError) as full:
        Database.open(other)
    assert str(quick.value) == str(full.value)
