"""The CLI contract of versions: snapshot, versions [--json], diff FROM [TO] [--json], restore [--part]."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _section(db_path: Path, key: str) -> tuple[str, str]:
    db = Database.open(db_path)
    try:
        section = next(s for s in proposals.get_document(db, "EPI-DIAG").sections if s.key == key)
        return section.uuid, section.body
    finally:
        db.close()


def test_snapshot_diff_restore_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.db"
    assert _run(capsys, db, "demo")[0] == 0
    assert _run(capsys, db, "snapshot", "EPI-DIAG", "avant relecture")[1] == "v1 avant relecture\n"
    uuid, body = _section(db, "clinical_need")
    changed = body.replace("200 000", "250 000", 1)
    assert _run(capsys, db, "set", "EPI-DIAG", f"{uuid}.body", changed)[0] == 0
    assert _run(capsys, db, "set", "EPI-DIAG", "proposal.title", "Titre revu")[0] == 0

    code, out, _ = _run(capsys, db, "versions", "EPI-DIAG", "--json")
    listed = json.loads(out)
    assert code == 0 and [(v["version"], v["name"], v["kind"]) for v in listed] == [(1, "avant relecture", "manual")]

    code, out, _ = _run(capsys, db, "diff", "EPI-DIAG", "v1", "--json")
    data = json.loads(out)
    assert code == 0 and data["to"] == {"version": "now", "revision": data["to"]["revision"]}
    section = next(e for e in data["entities"] if e["part"] == "section:clinical_need")
    assert [w for w in section["fields"][0]["words"] if w["op"] != "="] == [
        {"op": "-", "text": "200"}, {"op": "+", "text": "250"}]
    code, out, _ = _run(capsys, db, "diff", "EPI-DIAG", "1")
    assert "~ section clinical_need  [section:clinical_need]" in out and "[-200-]{+250+}" in out
    assert "title: [-" in out and "{+Titre revu+}" in out

    code, out, _ = _run(capsys, db, "restore", "EPI-DIAG", "1", "--part", "section:clinical_need")
    assert code == 0 and "kept as v2" in out
    assert _section(db, "clinical_need")[1] == body
    code, out, _ = _run(capsys, db, "diff", "EPI-DIAG", "1", "now", "--json")
    assert json.loads(out)["parts"] == ["project"]  # the title, outside the part, was kept

    assert _run(capsys, db, "restore", "EPI-DIAG", "2")[0] == 0  # the restore itself, restored away
    assert _section(db, "clinical_need")[1] == changed


def test_refusals_exit_2_and_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.db"
    assert _run(capsys, db, "demo")[0] == 0
    code, _, err = _run(capsys, db, "diff", "EPI-DIAG", "3")
    assert code == 2 and "no version '3'" in err
    assert _run(capsys, db, "snapshot", "EPI-DIAG", "x")[0] == 0
    code, _, err = _run(capsys, db, "restore", "EPI-DIAG", "1", "--part", "wp:42")
    assert code == 2 and "no part 'wp:42'" in err and "wp:1" in err
    code, out, _ = _run(capsys, db, "versions", "EPI-DIAG")
    assert code == 0 and len(out.splitlines()) == 1  # no version recorded by the refused restore


def test_open_package_says_what_changed_since_the_last_package(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    co, lib = tmp_path / "co.db", tmp_path / "lib.db"
    assert _run(capsys, co, "demo")[0] == 0
    assert _run(capsys, co, "assign", "EPI-DIAG", "--partner", "LIB", "--section", "methodology")[0] == 0
    first, second = tmp_path / "r1.medicen-package", tmp_path / "r2.medicen-package"
    assert _run(capsys, co, "package", "EPI-DIAG", "--partner", "LIB", "-o", str(first))[0] == 0
    code, out, err = _run(capsys, lib, "open-package", str(first))
    assert code == 0 and "changed since" not in err
    uuid, body = _section(co, "methodology")
    assert _run(capsys, co, "set", "EPI-DIAG", f"{uuid}.body", body.replace("M40", "M42"))[0] == 0
    assert _run(capsys, co, "package", "EPI-DIAG", "--partner", "LIB", "-o", str(second))[0] == 0
    code, out, err = _run(capsys, lib, "open-package", str(second))
    assert code == 0 and len(out.split()) == 1  # stdout: the UUID alone
    assert "1 changed, 0 added, 0 removed (section:methodology)" in err
    assert [line.split()[3] for line in _run(capsys, lib, "versions", "EPI-DIAG")[1].splitlines()] == ["round"]
