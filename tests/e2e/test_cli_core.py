"""The CLI contract: output, exit codes, one-line errors naming the file, nothing written on refusal."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from tests.conftest import sha256_of


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0
    return out.strip()


def test_demo_prints_a_uuid_and_list_shows_it(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    assert len(demo) == 36 and demo.count("-") == 4
    code, out, _ = run(capsys, db_path, "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["uuid"], r["acronym"], r["template"]) for r in rows] == [(demo, "ÉPI-DIAG", "bpi-idemo")]
    code, out, _ = run(capsys, db_path, "list")
    assert code == 0 and demo in out and "ÉPI-DIAG" in out


def test_export_import_update_cycle(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str) -> None:
    exported = tmp_path / "epi.json"
    assert run(capsys, db_path, "export-json", "épi-diag", "-o", str(exported))[0] == 0
    other_db = tmp_path / "other.db"
    code, out, _ = run(capsys, other_db, "import-json", str(exported))
    assert (code, out.strip()) == (0, demo)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["proposal"]["title"] = "Titre révisé"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, other_db, "import-json", str(exported), "--update")[0] == 0
    again = tmp_path / "again.json"
    assert run(capsys, other_db, "export-json", demo, "-o", str(again))[0] == 0
    back = json.loads(again.read_text(encoding="utf-8"))
    assert back["proposal"]["title"] == "Titre révisé" and back["proposal"]["revision"] == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "medicen-proposal", "format_version": 7}', "format_version: unsupported version 7"),
        (b'{"a": NaN}', "NaN is not a valid number"),
        (b'{"a": 1, "a": 2}', "duplicate key 'a'"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_refused_json_exits_2_with_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str, content: bytes, message: str
) -> None:
    bad = tmp_path / "partner.json"
    bad.write_bytes(content)
    before = sha256_of(db_path)
    code, out, err = run(capsys, db_path, "import-json", str(bad))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(bad) in err and message in err
    assert sha256_of(db_path) == before


def test_import_of_existing_proposal_without_update(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str) -> None:
    exported = tmp_path / "epi.json"
    run(capsys, db_path, "export-json", demo, "-o", str(exported))
    code, _, err = run(capsys, db_path, "import-json", str(exported))
    assert code == 2 and "already in the database; use --update" in err


def test_missing_input_file_and_unknown_proposal(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str) -> None:
    code, _, err = run(capsys, db_path, "import-json", str(tmp_path / "absent.json"))
    assert code == 2 and "absent.json: no such file" in err
    code, _, err = run(capsys, db_path, "export-json", "NOPE", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "no proposal with UUID or acronym 'NOPE'" in err
    assert not (tmp_path / "x.json").exists()


def test_export_to_a_missing_folder_leaves_nothing(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str) -> None:
    code, _, err = run(capsys, db_path, "export-json", demo, "-o", str(tmp_path / "nope" / "x.json"))
    assert code == 2 and "does not exist" in err


def test_bad_database_file_is_refused_by_every_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "renamed.db"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("x", "y")
    before = sha256_of(bad)
    code, _, err = run(capsys, bad, "list")
    assert code == 2 and str(bad) in err and "ZIP archive" in err
    assert sha256_of(bad) == before


def test_medicen_db_environment_variable(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDICEN_DB", str(tmp_path / "env.db"))
    assert main(["demo"]) == 0
    assert (tmp_path / "env.db").exists()


def test_python_dash_m_and_console_script(tmp_path: Path) -> None:
    db = tmp_path / "sub.db"
    result = subprocess.run([sys.executable, "-m", "medicen_desktop", "--db", str(db), "demo"], capture_output=True, text=True)
    assert result.returncode == 0 and len(result.stdout.strip()) == 36
    script = Path(sys.executable).with_name("medicen-desktop")
    result = subprocess.run([str(script), "--db", str(db), "list", "--json"], capture_output=True, text=True)
    assert result.returncode == 0 and json.loads(result.stdout)[0]["acronym"] == "ÉPI-DIAG"


def test_an_acronym_typed_without_its_accents_still_names_the_proposal(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str) -> None:
    """On a keyboard without É, "EPI-DIAG" was "no proposal"; an exact spelling still wins over a folded one."""
    exported = tmp_path / "copy.json"
    assert run(capsys, db_path, "export-json", "EPI-DIAG", "-o", str(exported))[0] == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["proposal"]["uuid"] == demo
    code, _, err = run(capsys, db_path, "export-json", "EPI-DIAGNOSTIC", "-o", str(exported))
    assert code == 2 and "EPI-DIAGNOSTIC" in err


@pytest.mark.parametrize(("output", "message"), [("", "the file name is empty"), (" ", "the file name is empty"),
                                                 ("{folder}", "is a folder")])
def test_an_empty_or_folder_output_is_refused_in_plain_words(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str, output: str, message: str) -> None:
    """`export-json -o ''` said ": cannot write (Device or resource busy)"."""
    code, out, err = run(capsys, db_path, "export-json", demo, "-o", output.format(folder=tmp_path))
    assert code == 2 and message in err and err.count("\n") == 1 and out == ""
