"""Read-only inspection of a SQLite file before anything else opens it.

Every check here reads the file (or opens it with ``mode=ro``) and never
writes, so a refused file keeps its bytes.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import NamedTuple

from medicen_desktop.store import schema_head
from medicen_desktop.store.errors import DatabaseError, EnvironmentFault, environment_fault

SQLITE_MAGIC = b"SQLite format 3\x00"
_KNOWN_SIGNATURES = {
    b"PK\x03\x04": "a ZIP archive (a package, .docx or .xlsx?)",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "a gzip archive",
}


def _describe(head: bytes) -> str:
    for signature, description in _KNOWN_SIGNATURES.items():
        if head.startswith(signature):
            return description
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "an unknown binary file"
    return "a text file"


class FileState(NamedTuple):
    """What a read-only look at a database file found."""

    is_new: bool
    tables: frozenset[str] = frozenset()
    revision: str | None = None


def check_sqlite_file(path: Path, *, create: bool, thorough: bool = True) -> FileState:
    """Check ``path`` is usable and say what it holds (``is_new`` when it does not exist yet).

    Raises DatabaseError with a message naming the file for: a missing file
    when ``create`` is false, a folder, an empty file, a file that is not
    SQLite, a truncated or corrupt database. ``thorough=False`` skips SQLite's
    page-by-page ``quick_check`` (the start-up glance; ``Database.open`` does it).
    """
    if not path.exists():
        if not create:
            raise DatabaseError(f"{path}: no such database file")
        return FileState(is_new=True)
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise EnvironmentFault(f"{path}: cannot read ({exc.strerror})") from None
    if size == 0:
        raise DatabaseError(
            f"{path}: the file is empty (0 bytes), not a Medicen database; "
            "choose another file, or delete this one to start a new database"
        )
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseError(f"{path}: not a database file; it looks like {_describe(header[:16])}")
    if len(header) < 100:
        raise DatabaseError(f"{path}: the database is truncated ({size} bytes, shorter than its own header)")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    if size % page_size or (page_count and size < page_count * page_size):
        raise DatabaseError(
            f"{path}: the database is truncated ({size} bytes; its header announces "
            f"{page_count} pages of {page_size} bytes); restore it from a backup"
        )
    return _inspect(path, thorough)


def _inspect(path: Path, thorough: bool) -> FileState:
    try:
        return _read_only_look(path, thorough)
    except _NeedsRecovery:
        _recover_hot_journal(path)
        return _read_only_look(path, thorough)


class _NeedsRecovery(Exception):
    """A rollback journal left by a crash must be rolled back before the file can be read."""


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back what a crashed write left half done: the database as of its last commit.

    This is what any SQLite connection allowed to write does on first read; it is
    not damage. Refused with EnvironmentFault when the folder cannot be written.
    """
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        fault = environment_fault(str(path), str(exc), path)
        raise fault or EnvironmentFault(
            f"{path}: a write interrupted by a crash must be rolled back, which needs write access to the "
            f"file and its folder ({exc})") from None


def _read_only_look(path: Path, thorough: bool) -> FileState:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot be opened as a database ({exc})") from None
    try:
        result = connection.execute("PRAGMA quick_check").fetchone() if thorough else ("ok",)
        tables = frozenset(row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise EnvironmentFault(f"{path}: the database is locked by another program") from None
        if _hot_journal(path):
            raise _NeedsRecovery() from None
        fault = environment_fault(str(path), str(exc), path)
        if fault is not None:  # a full disk, a read-only folder: the data is fine, never "damaged"
            raise fault from None
        raise DatabaseError(f"{path}: the database is damaged ({exc}); restore it from a backup") from None
    finally:
        connection.close()
    if not result or result[0] != "ok":
        raise DatabaseError(f"{path}: the database is damaged ({result[0] if result else 'no answer'}); restore it from a backup")
    return FileState(is_new=False, tables=tables, revision=revision)


def check_ours(where: str, tables: frozenset[str], revision: str | None) -> None:
    """Refuse another application's database, or one of a newer version of this one."""
    if tables and "app_info" not in tables:
        raise DatabaseError(
            f"{where}: a database of another application (tables: {', '.join(sorted(tables)[:5])}); "
            "choose a Medicen Desktop database or a new file"
        )
    if revision is not None and revision not in schema_head.KNOWN_REVISIONS:
        raise DatabaseError(
            f"{where}: written by a newer version of Medicen Desktop (schema {revision}); "
            "update the application to open it"
        )
