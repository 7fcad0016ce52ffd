"""Opening databases: pragmas, transactions, and refusing files that are not ours."""

from __future__ import annotations

import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from medicen_desktop.model import Effort
from medicen_desktop.store import migrations
from medicen_desktop.store.database import Database, DatabaseError
from tests.conftest import sha256_of


def test_new_database_is_created_migrated_and_marked(db: Database) -> None:
    assert db.application_info()["application"] == "medicen-desktop"
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert migrations.current_revision(db._write_engine) == migrations.head_revision()


def test_foreign_keys_are_enforced_on_every_pooled_connection(db: Database) -> None:
    # Hold several connections at once so the pool must open new ones.
    for engine in (db._write_engine, db._read_engine):
        connections = [engine.raw_connection() for _ in range(4)]
        try:
            assert len({id(c.dbapi_connection) for c in connections}) == 4
            for connection in connections:
                assert connection.dbapi_connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        finally:
            for connection in connections:
                connection.close()
    for _ in range(3):
        with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.transaction() as session:
            session.add(Effort(uuid="e" * 8, proposal_uuid="nope", participation_uuid="x", work_package_uuid="y",
                               person_months=1))


def test_write_transactions_begin_immediate(db: Database, sample_in_db: str) -> None:
    """A read-then-write does not fail with 'database is locked' when another writer commits."""
    errors: list[BaseException] = []
    wrote = threading.Event()

    def writer() -> None:
        try:
            with db.transaction() as session:
                session.execute(text("UPDATE proposals SET summary = 'writer'"))
                wrote.set()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    with db.transaction() as session:
        session.execute(text("SELECT count(*) FROM sections")).scalar()
        thread = threading.Thread(target=writer)
        thread.start()
        # The other writer must wait for us (busy timeout), not interleave.
        assert not wrote.wait(0.3)
        session.execute(text("UPDATE proposals SET title = 'first'"))
    thread.join(10)
    assert not errors
    with db.read() as session:
        assert session.execute(text("SELECT title, summary FROM proposals")).one() == ("first", "writer")


def _refused(path: Path, match: str) -> None:
    before = sha256_of(path)
    with pytest.raises(DatabaseError, match=match) as info:
        Database.open(path)
    assert str(path) in str(info.value)
    assert sha256_of(path) == before, "a refused file must keep its bytes"


def test_zip_renamed_db_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "package.db"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", "{}")
    _refused(path, "not a database file; it looks like a ZIP archive")


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Réunion de consortium : ordre du jour\n", encoding="utf-8")
    _refused(path, "not a database file; it looks like a text file")


def test_zero_byte_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    _refused(path, r"the file is empty \(0 bytes\)")


def test_truncated_database_is_refused_untouched(tmp_path: Path, db: Database, db_path: Path, sample_in_db: str) -> None:
    db.close()
    data = db_path.read_bytes()
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(data[: len(data) // 2 + 100])
    _refused(truncated, "truncated")
    header_only = tmp_path / "header.db"
    header_only.write_bytes(data[:60])
    _refused(header_only, "truncated")


def test_corrupt_database_is_refused_untouched(tmp_path: Path, db: Database, db_path: Path, sample_in_db: str) -> None:
    db.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset + 8 : offset + 400] = b"\xa5" * 392  # scribble over page contents
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(bytes(data))
    _refused(corrupt, "damaged|malformed")


def test_other_applications_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.commit()
    connection.close()
    _refused(path, "a database of another application \\(tables: moz_places\\)")


def test_database_of_a_newer_version_is_refused_untouched(db: Database, db_path: Path) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.close()
    _refused(db_path, "written by a newer version of Medicen Desktop \\(schema 9999_from_the_future\\)")


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such database file"):
        Database.open(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        Database.open(tmp_path)


def test_reopening_keeps_data(db: Database, db_path: Path, sample_in_db: str) -> None:
    db.close()
    again = Database.open(db_path)
    try:
        with again.read() as session:
            assert session.execute(text("SELECT acronym FROM proposals")).scalar() == "ÉPI-DIAG"
    finally:
        again.close()


def test_bad_url_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match="not a valid database URL"):
        Database.open("postgresql+psycopg://::not a url")
