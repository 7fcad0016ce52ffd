"""Every command one transaction; files its records stand for appear only after the commit; odd output paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.model import ExchangePackage
from medicen_desktop.services import files, packages, proposals
from medicen_desktop.store.database import Database


def test_output_through_a_symbolic_link_writes_its_target(tmp_path: Path, db_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    real = tmp_path / "shared" / "epi.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "epi-link.json"
    link.symlink_to(real)
    assert main(["--db", str(db_path), "export-json", uuid, "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in real.parent.iterdir()) == ["epi.json"]  # no temporary file left


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_output_onto_a_pipe_or_a_device_is_refused(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str],
                                                   kind: str) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    if kind == "fifo":
        target = tmp_path / "pipe.json"
        os.mkfifo(target)
    else:
        target = Path("/dev/null")
    before = os.stat(target)
    assert main(["--db", str(db_path), "export-json", uuid, "-o", str(target)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    after = os.stat(target)
    assert (after.st_ino, after.st_mode, after.st_rdev) == (before.st_ino, before.st_mode, before.st_rdev)
    assert main(["--db", str(db_path), "package", uuid, "--partner", "APHP", "-o", str(target)]) == 2
    assert packages.list_packages(Database.open(db_path), uuid) == []  # nothing recorded either


@pytest.mark.parametrize("command", ["export-json", "package", "export"])
def test_output_onto_the_database_is_refused(db_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    """Every command writing a file asks services.files.refuse_database: exit 2, one line naming the file."""
    assert main(["--db", str(db_path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    before = db_path.read_bytes()
    extra = ["--partner", "APHP"] if command == "package" else ["--format", "pdf"] if command == "export" else []
    assert main(["--db", str(db_path), command, uuid, *extra, "-o", str(db_path)]) == 2
    assert capsys.readouterr().err == f"medicen-desktop: {db_path}: this is the database file; choose another name for the output\n"
    assert db_path.read_bytes() == before


def test_demo_is_one_transaction(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from medicen_desktop.services import assignment

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError("the disk failed between the proposal and its assignments")

    monkeypatch.setattr(assignment, "store_defaults", fail)
    with pytest.raises(OSError):
        proposals.create_demo(db)
    assert proposals.list_proposals(db) == []


def test_a_package_file_appears_only_once_its_record_is_committed(db: Database, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    uuid = proposals.create_demo(db)
    output = tmp_path / "aphp.medicen-package"
    seen: dict[str, object] = {}
    publish = files.Staged.publish

    def checking(staged: files.Staged, target: Path) -> None:
        # Another connection, as after a crash here: the record must already be there.
        other = Database.open(db.path or "")
        try:
            with other.read() as session:
                seen["records"] = session.query(ExchangePackage).count()
        finally:
            other.close()
        seen["file before"] = target.exists()
        publish(staged, target)

    monkeypatch.setattr(files.Staged, "publish", checking)
    packages.create_package(db, uuid, "APHP", output=output)
    assert seen == {"records": 1, "file before": False}
    assert output.is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failed_package_write_leaves_no_file_and_no_record(db: Database, tmp_path: Path) -> None:
    uuid = proposals.create_demo(db)
    with pytest.raises(OSError):
        packages.create_package(db, uuid, "APHP", output=tmp_path / "missing-folder" / "aphp.zip")
    assert packages.list_packages(db, uuid) == []
