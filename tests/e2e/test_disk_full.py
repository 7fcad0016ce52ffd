"""A full disk says so: a message naming the file and what to do, exit 2, nothing changed, nothing lost.

The disk is a real one, small: an 8 MB tmpfs mounted for the test (where this
user may mount one: root, as in the development container; skipped, saying
why, elsewhere), filled with a file. Where no file system can be mounted,
SQLite's own limit (``PRAGMA max_page_count``) fails a write with the same
SQLITE_FULL, in process.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from medicen_desktop.cli import main
from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database
from medicen_desktop.store.errors import EnvironmentFault

LONG_BODY = ("Un paragraphe de texte assez long pour ne plus tenir sur le disque. " * 20 + "\n\n") * 80


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB file system of its own, unmounted afterwards."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True,
                             text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system as this user: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system with one file to the last byte, then give back ``leave`` bytes."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass
    if leave:
        size = filler.stat().st_size
        with filler.open("r+b") as out:
            out.truncate(max(0, size - leave))
    return filler


def _state(path: Path, uuid: str) -> tuple[str, str]:
    db = Database.open(path)
    try:
        with db.read() as session:
            integrity = str(session.execute(text("PRAGMA integrity_check")).scalar())
        return integrity, proposals.get_document(db, uuid).model_dump_json()
    finally:
        db.close()


def test_a_large_write_on_a_nearly_full_disk_says_so_and_changes_nothing(
        small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_disk / "proposal.db"
    assert main(["--db", str(path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    integrity, before = _state(path, uuid)
    assert integrity == "ok"
    section = proposals.ProposalDocument.model_validate_json(before).sections[0].uuid
    filler = _fill(small_disk, 96 * 1024)  # room to open and read, not for this text
    assert main(["--db", str(path), "set", uuid, f"{section}.body", LONG_BODY]) == 2
    err = capsys.readouterr().err
    assert f"{path}: the disk is full; free some space, then save again" in err
    assert "Traceback" not in err
    assert _state(path, uuid) == ("ok", before)  # nothing changed, nothing lost
    filler.unlink()  # space freed: the same command now works
    assert main(["--db", str(path), "set", uuid, f"{section}.body", LONG_BODY]) == 0
    db = Database.open(path)
    stored = next(s.body for s in proposals.get_document(db, uuid).sections if s.uuid == section)
    db.close()
    assert stored.startswith("Un paragraphe de texte assez long") and len(stored) > 100_000


def test_a_disk_full_to_the_last_byte_is_called_full_not_an_io_error(
        small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """SQLite cannot even make its shared-memory file there and says "disk I/O error"."""
    path = small_disk / "proposal.db"
    assert main(["--db", str(path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    _integrity, before = _state(path, uuid)
    filler = _fill(small_disk, 0)
    assert main(["--db", str(path), "set", uuid, "proposal.title", "Plus de place"]) == 2
    err = capsys.readouterr().err
    assert f"{path}: the disk is full; free some space, then save again" in err, err
    assert "check the drive" not in err
    filler.unlink()
    assert _state(path, uuid) == ("ok", before)


def test_sqlite_full_without_a_small_disk(db_path: Path) -> None:
    """The same SQLITE_FULL from SQLite's page limit, where no file system can be mounted."""
    db = Database.open(db_path)
    try:
        uuid = proposals.create_demo(db)
        section = proposals.get_document(db, uuid).sections[0].uuid
        before = proposals.get_document(db, uuid)
        db.close()

        @event.listens_for(db._write_engine, "connect")
        def _no_room(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        with pytest.raises(EnvironmentFault, match="the disk is full; free some space, then save again"):
            edit.update_fields(db, "sections", section, {"body": LONG_BODY})
        assert proposals.get_document(db, uuid) == before
    finally:
        db.close()


def test_the_companions_a_full_disk_leaves_are_sqlite_s_own_and_go_with_the_next_write(
        small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After the failed write, an empty -wal and a 3-byte -shm remain: SQLite truncates a -shm to 3 bytes when
    the first connection attaches (os_unix.c, "a system debugging aid"), and could not map or checkpoint it on a
    full disk, so it could not remove them on close. They hold no data (the -wal has no frame) and are not ours
    to delete (another process may have the file open: removing a live -wal or -shm loses committed data); the
    next connection that can write removes them when it closes."""
    path = small_disk / "proposal.db"
    assert main(["--db", str(path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    filler = _fill(small_disk, 0)
    assert main(["--db", str(path), "set", uuid, "proposal.title", "Plus de place"]) == 2
    capsys.readouterr()
    companions = {p.name: p.stat().st_size for p in small_disk.iterdir() if p.name.startswith("proposal.db-")}
    assert companions == {"proposal.db-wal": 0, "proposal.db-shm": 3}
    filler.unlink()
    assert main(["--db", str(path), "set", uuid, "proposal.title", "De la place"]) == 0
    assert sorted(p.name for p in small_disk.iterdir()) == ["proposal.db"]
