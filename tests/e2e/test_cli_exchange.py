"""Exchange commands refuse without writing: an unwritable output leaves no trace in the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import assignment, packages, proposals
from medicen_desktop.store.database import Database


def test_package_to_a_missing_folder_records_no_package(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The package's secret and base are kept only when the file was written: otherwise the
    coordinator's list shows a package that no partner ever received."""
    db = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(db)
    assignment.set_assignment(db, uuid, "LIB", ["impact_jobs"], [2], actor="test")
    with db.read() as session:
        from sqlalchemy import text
        audit_before = session.execute(text("SELECT count(*) FROM audit_log")).scalar()
    db.close()
    target = tmp_path / "missing" / "LIB.medicen-package"
    code = main(["--db", str(tmp_path / "co.db"), "package", uuid, "--partner", "LIB", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and str(target) in err
    db = Database.open(tmp_path / "co.db")
    assert packages.list_packages(db, uuid) == []
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar() == audit_before
    db.close()


def test_contribution_to_a_missing_folder_writes_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(db)
    assignment.set_assignment(db, uuid, "LIB", ["impact_jobs"], [2], actor="test")
    db.close()
    package = tmp_path / "LIB.medicen-package"
    assert main(["--db", str(tmp_path / "co.db"), "package", uuid, "--partner", "LIB", "-o", str(package)]) == 0
    assert main(["--db", str(tmp_path / "lib.db"), "open-package", str(package)]) == 0
    capsys.readouterr()
    partner = Database.open(tmp_path / "lib.db")
    from sqlalchemy import text
    with partner.read() as session:
        audit_before = session.execute(text("SELECT count(*) FROM audit_log")).scalar()
    partner.close()
    target = tmp_path / "missing" / "LIB.medicen-contribution"
    code = main(["--db", str(tmp_path / "lib.db"), "contribution", uuid, "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and str(target) in err
    partner = Database.open(tmp_path / "lib.db")
    with partner.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar() == audit_before
    partner.close()


def test_json_and_package_files_get_the_usual_permissions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import os
    import stat

    db = Database.open(tmp_path / "co.db")
    uuid = proposals.create_demo(db)
    assignment.set_assignment(db, uuid, "LIB", ["impact_jobs"], [2], actor="test")
    db.close()
    umask = os.umask(0o022)
    try:
        for args in (["export-json", uuid, "-o", str(tmp_path / "p.json")],
                     ["package", uuid, "--partner", "LIB", "-o", str(tmp_path / "p.zip")]):
            assert main(["--db", str(tmp_path / "co.db"), *args]) == 0
            assert stat.S_IMODE(Path(args[-1]).stat().st_mode) == 0o644, args[0]
    finally:
        os.umask(umask)


@pytest.mark.parametrize("args", [
    ["export", "{uuid}", "-f", "pdf", "-o", "{db}"],
    ["export", "{uuid}", "-f", "xlsx", "-o", "{db}-wal"],
    ["export-json", "{uuid}", "-o", "{db}"],
    ["package", "{uuid}", "--partner", "LIB", "-o", "{db}"],
])
def test_an_output_that_is_the_database_itself_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str]) -> None:
    """`export X -o medicen.db` replaced the whole database (every proposal) with a PDF."""
    from tests.conftest import sha256_of

    db_path = tmp_path / "co.db"
    db = Database.open(db_path)
    uuid = proposals.create_demo(db)
    assignment.set_assignment(db, uuid, "LIB", ["impact_jobs"], [2], actor="test")
    db.close()
    before = sha256_of(db_path)
    argv = [a.format(uuid=uuid, db=db_path) for a in args]
    code = main(["--db", str(db_path), *argv])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "database" in err and str(db_path) in err
    assert sha256_of(db_path) == before
    db = Database.open(db_path)
    assert packages.list_packages(db, uuid) == []
    db.close()
