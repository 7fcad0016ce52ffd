"""Annexes: content by SHA-256, size cap, clear errors, undoable removal."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from medicen_desktop.errors import NotFound
from medicen_desktop.services import attachments, edit, proposals
from medicen_desktop.services.attachments import AttachmentError
from medicen_desktop.store.database import Database


def test_add_from_a_path_stores_content_by_hash(db: Database, sample_in_db: str, tmp_path: Path) -> None:
    letter = tmp_path / "Lettre d'engagement — CHU.pdf"
    letter.write_bytes(b"%PDF-1.7 letter")
    uuid = attachments.add_attachment(db, sample_in_db, letter, kind="letter")
    annex = next(a for a in attachments.list_attachments(db, sample_in_db) if a.uuid == uuid)
    assert annex.filename == letter.name
    assert annex.sha256 == hashlib.sha256(b"%PDF-1.7 letter").hexdigest()
    assert annex.size == len(b"%PDF-1.7 letter")
    assert annex.media_type == "application/pdf"
    assert annex.kind.value == "letter"
    assert attachments.read_content(db, annex.sha256) == b"%PDF-1.7 letter"


def test_same_content_is_stored_once(db: Database, sample_in_db: str) -> None:
    first = attachments.add_attachment(db, sample_in_db, b"same", "a.txt")
    second = attachments.add_attachment(db, sample_in_db, b"same", "b.txt", kind="cv")
    listed = {a.uuid: a for a in attachments.list_attachments(db, sample_in_db)}
    assert listed[first].sha256 == listed[second].sha256
    from sqlalchemy import func, select

    from medicen_desktop.model import AttachmentBlob

    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)
                              .where(AttachmentBlob.sha256 == listed[first].sha256)) == 1


def test_partner_is_recorded(db: Database, sample_in_db: str) -> None:
    partner = proposals.get_document(db, sample_in_db).participations[0].uuid
    uuid = attachments.add_attachment(db, sample_in_db, b"cv", "cv.pdf", kind="cv", participation_uuid=partner)
    assert next(a for a in attachments.list_attachments(db, sample_in_db) if a.uuid == uuid).participation_uuid == partner


def test_too_large_is_refused_with_its_size(db: Database, sample_in_db: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_BYTES", 10)
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"x" * 11)
    before = len(attachments.list_attachments(db, sample_in_db))
    with pytest.raises(AttachmentError, match="scan.tiff.*more than"):
        attachments.add_attachment(db, sample_in_db, big)
    with pytest.raises(AttachmentError, match="more than"):
        attachments.add_attachment(db, sample_in_db, b"x" * 11, "big.bin")
    assert len(attachments.list_attachments(db, sample_in_db)) == before


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.pdf", "no such file"),
    (lambda p: p, "is a folder"),
    (lambda p: (p / "empty.pdf").write_bytes(b"") and None or p / "empty.pdf", "empty"),
])
def test_unusable_files_are_refused_by_name(db: Database, sample_in_db: str, tmp_path: Path, make, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AttachmentError, match=message):
        attachments.add_attachment(db, sample_in_db, make(tmp_path))


def test_bytes_need_a_name_and_kinds_are_checked(db: Database, sample_in_db: str) -> None:
    with pytest.raises(AttachmentError, match="file name"):
        attachments.add_attachment(db, sample_in_db, b"data", "  ")
    with pytest.raises(AttachmentError, match="kind"):
        attachments.add_attachment(db, sample_in_db, b"data", "a.txt", kind="poem")


def test_remove_is_undoable_and_keeps_content(db: Database, sample_in_db: str) -> None:
    uuid = attachments.add_attachment(db, sample_in_db, b"letter", "letter.pdf", kind="letter")
    sha = hashlib.sha256(b"letter").hexdigest()
    removal = attachments.remove_attachment(db, uuid)
    assert uuid not in {a.uuid for a in attachments.list_attachments(db, sample_in_db)}
    assert attachments.read_content(db, sha) == b"letter"
    edit.restore(db, removal)
    assert uuid in {a.uuid for a in attachments.list_attachments(db, sample_in_db)}


def test_unknown_hash_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound):
        attachments.read_content(db, "0" * 64)


@pytest.mark.parametrize("name, kind", [
    ("CV_Dupont.pdf", "cv"), ("Lettre d'engagement CHU.pdf", "letter"), ("letter-of-commitment.docx", "letter"),
    ("logo.png", "logo"), ("budget.xlsx", "other"), ("cvs-and-more.txt", "other"),
])
def test_guess_kind(name: str, kind: str) -> None:
    assert attachments.guess_kind(name) == kind
