"""``import-docx``: the dry run prints the mapping, --map changes it, bad files are refused naming the file
with the database as it was (hash of its SQL dump)."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
from tests.draft_files import hand_made_draft as _hand_made_draft


def dump_hash(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0
    return out.strip()


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "brouillon.docx"
    _hand_made_draft(path)
    return path


def test_dry_run_prints_the_mapping_and_writes_nothing(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,
                                                        draft: Path) -> None:
    before = dump_hash(db_path)
    code, out, _ = run(capsys, db_path, "import-docx", demo, str(draft), "--dry-run", "--json",
                       "--map", "Remerciements=skip", "--existing", "clinical_need=keep")
    assert code == 0 and dump_hash(db_path) == before
    data = json.loads(out)
    assert data["dry_run"] is True and data["file"] == "brouillon.docx"
    rows = {p["heading"]: (p["destination"], p["proposed"]) for p in data["parts"]}
    assert rows["1. Contexte et objectifs"] == ("context_objectives", "context_objectives")
    assert rows["Remerciements"] == ("@skip", "@holding")
    assert data["existing"]["clinical_need"] == "keep" and data["existing"]["methodology"] == "append"
    code, out, _ = run(capsys, db_path, "import-docx", demo, str(draft), "--dry-run")
    assert code == 0 and "1. Contexte et objectifs  ->  context_objectives [has text: append]" in out
    assert "Remerciements  ->  (imported, not placed)" in out and dump_hash(db_path) == before


def test_import_appends_to_the_sample_and_reports(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,
                                                  draft: Path) -> None:
    code, out, _ = run(capsys, db_path, "import-docx", demo, str(draft), "--json")
    assert code == 0
    result = json.loads(out)
    assert {r["key"]: r["action"] for r in result["sections"]}["context_objectives"] == "appended"
    assert result["annexes"] == ["brouillon-image1.png"] and result["holding_words"] > 0
    database = Database.open(db_path)
    try:
        document = proposals.get_document(database, demo)
    finally:
        database.close()
    body = next(s.body for s in document.sections if s.key == "context_objectives")
    assert body.startswith("Le carcinome hépatocellulaire") and "**10 000 patients**" in body


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _docm(draft: Path) -> bytes:
    members = _members(draft)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    members["word/vbaProject.bin"] = b"\x00macro"
    return _zip(members)


def _bomb(draft: Path) -> bytes:
    members = _members(draft)
    members["word/media/huge.bin"] = b"\x00" * (20 * 1024 * 1024)
    return _zip(members)


def _corrupt(draft: Path) -> bytes:
    raw = bytearray(draft.read_bytes())
    start = raw.find(b"word/document.xml") + 40  # inside the first part's compressed data
    raw[start:start + 200] = b"\xff" * 200
    return bytes(raw)


@pytest.mark.parametrize(("name", "make", "message"), [
    ("notes.docx", lambda d: b"Just some text, not a Word document.", "not a Word document (.docx); it is not a zip"),
    ("empty.docx", lambda d: b"", "not a Word document (.docx)"),
    ("macros.docx", _docm, "macro-enabled Word document (.docm) is refused"),
    ("macros.docm", lambda d: d.read_bytes(), "macro-enabled Word document (.docm) is refused"),
    ("locked.docx", lambda d: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "encrypted (password-protected)"),
    ("truncated.docx", lambda d: d.read_bytes()[: len(d.read_bytes()) // 2], "truncated or damaged"),
    ("corrupt.docx", _corrupt, "damaged"),
    ("bomb.docx", _bomb, "zip bomb"),
    ("spreadsheet.docx", lambda d: _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"}),
     "not a Word document (.docx)"),
])
def test_bad_files_are_refused_naming_the_file_with_the_database_unchanged(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, demo: str, draft: Path,
        name: str, make: object, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(make(draft))  # type: ignore[operator]
    before = dump_hash(db_path)
    code, out, err = run(capsys, db_path, "import-docx", demo, str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and name in err and message in err, err
    assert dump_hash(db_path) == before


def test_a_missing_file_and_a_bad_map_line(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,
                                           draft: Path) -> None:
    before = dump_hash(db_path)
    code, _, err = run(capsys, db_path, "import-docx", demo, "nowhere.docx")
    assert code == 2 and "nowhere.docx: no such file" in err
    code, _, err = run(capsys, db_path, "import-docx", demo, str(draft), "--map", "Remerciements=nowhere")
    assert code == 2 and "'nowhere' is not a section of the call" in err
    code, _, err = run(capsys, db_path, "import-docx", demo, str(draft), "--existing", "sometimes")
    assert code == 2 and "expected append, replace or keep" in err
    assert dump_hash(db_path) == before
