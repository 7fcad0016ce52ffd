"""No lost update from the CLI: `set --base-revision` and `import-json --update` merge against what changed since."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def dump_hash(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0
    return out.strip()


def _document(db_path: Path, uuid: str) -> dict[str, object]:
    db = Database.open(db_path)
    try:
        return proposals.get_document(db, uuid).model_dump(mode="json")
    finally:
        db.close()


def test_set_prints_the_change_and_the_new_revision(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    code, out, _ = run(capsys, db_path, "set", demo, "proposal.keywords", "IRM; foie", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["field"], data["after"], data["changed"], data["revision"]) == ("keywords", ["IRM", "foie"], True, 2)
    doc = _document(db_path, demo)
    section = doc["sections"][0]  # type: ignore[index]
    code, out, _ = run(capsys, db_path, "set", demo, f"{section['uuid']}.title", section["title"] + " (bis)")
    assert (code, out.strip()) == (0, f"{section['uuid']}.title: set (revision 3)")
    assert _document(db_path, demo)["sections"][0]["title"] != section["title"]  # type: ignore[index]


@pytest.mark.parametrize(("target", "value", "message"), [
    ("proposal.nope", "x", "proposal has no field 'nope'"),
    ("proposal.revision", "9", "no field 'revision'"),
    ("0000.title", "x", "no entity 0000"),
    ("title", "x", "TARGET is proposal.FIELD or ENTITY_UUID.FIELD"),
    ("proposal.duration_months", "999", "duration_months"),
    ("proposal.keywords", "[1", "not a JSON array"),
])
def test_set_refuses_bad_targets_and_values(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,
                                            target: str, value: str, message: str) -> None:
    before = dump_hash(db_path)
    code, out, err = run(capsys, db_path, "set", demo, target, value)
    assert code == 2 and message in err and err.count("\n") == 1
    assert dump_hash(db_path) == before


def test_set_based_on_an_old_revision(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> None:
    assert run(capsys, db_path, "set", demo, "proposal.title", "Titre A")[0] == 0  # revision 2
    assert run(capsys, db_path, "set", demo, "proposal.acronym", "AUTRE")[0] == 0  # revision 3
    # Based on revision 2, the acronym's change since does not concern the title: it lands.
    assert run(capsys, db_path, "set", demo, "proposal.title", "Titre B", "--base-revision", "2")[0] == 0
    before = dump_hash(db_path)
    # The title itself changed since revision 2: a conflict, listed, nothing written.
    code, out, err = run(capsys, db_path, "set", demo, "proposal.title", "Titre C", "--base-revision", "2", "--json")
    assert code == 1
    assert json.loads(out)["conflicts"][0]["ours"] == "Titre B"
    assert 'stored "Titre B", wanted "Titre C" (was "Titre A")' in err and "nothing written" in err
    assert dump_hash(db_path) == before
    # The same value as stored is no conflict; a revision the journal does not reach is refused.
    assert run(capsys, db_path, "set", demo, "proposal.title", "Titre B", "--base-revision", "2")[0] == 0
    code, _, err = run(capsys, db_path, "set", demo, "proposal.title", "Titre D", "--base-revision", "0")
    assert code == 2 and "older than the history" in err
    assert dump_hash(db_path) == before


def _export(capsys: pytest.CaptureFixture[str], db_path: Path, uuid: str, path: Path) -> dict[str, object]:
    assert run(capsys, db_path, "export-json", uuid, "-o", str(path))[0] == 0
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_stale_import_update_keeps_changes_made_since(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path,
                                                      demo: str) -> None:
    exported = tmp_path / "epi.json"
    data = _export(capsys, db_path, demo, exported)
    # Meanwhile, another writer changes the title, a section's first paragraph and deletes a risk.
    db = Database.open(db_path)
    doc = proposals.get_document(db, demo)
    section = doc.sections[0]
    edit.update_fields(db, "proposal", demo, {"title": "Titre changé ailleurs"})
    edit.update_fields(db, "sections", section.uuid, {"body": "Premier paragraphe.\n\nDeuxième paragraphe."})
    exported_section = next(s for s in data["sections"] if s["uuid"] == section.uuid)  # type: ignore[attr-defined]
    edit.delete_entity(db, "risks", doc.risks[0].uuid)
    db.close()
    # The file changes other fields: the acronym, and adds a risk.
    data["proposal"]["acronym"] = "FICHIER"  # type: ignore[index]
    data["risks"].append({**data["risks"][1], "uuid": "6f1c2a3e-0000-4000-8000-000000000001",  # type: ignore[attr-defined]
                          "position": 99, "description": "Risque ajouté par le fichier"})
    exported_section["status"] = "done"  # an older file's section status: mapped to the part status
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, db_path, "import-json", str(exported), "--update")[0] == 0
    after = _document(db_path, demo)
    assert after["proposal"]["title"] == "Titre changé ailleurs"  # type: ignore[index]
    assert after["proposal"]["acronym"] == "FICHIER"  # type: ignore[index]
    stored_section = next(s for s in after["sections"] if s["uuid"] == section.uuid)  # type: ignore[attr-defined]
    assert stored_section["body"] == "Premier paragraphe.\n\nDeuxième paragraphe."
    assert "status" not in stored_section
    code, out, _ = run(capsys, db_path, "status", demo, "--json")
    assert code == 0
    assert {p["key"]: p["status"] for p in json.loads(out)}[f"section:{section.key}"] == "in-review"
    risks = {r["uuid"] for r in after["risks"]}  # type: ignore[attr-defined]
    assert doc.risks[0].uuid not in risks and "6f1c2a3e-0000-4000-8000-000000000001" in risks


def test_stale_import_update_conflict_exits_1_and_writes_nothing(capsys: pytest.CaptureFixture[str], db_path: Path,
                                                                 tmp_path: Path, demo: str) -> None:
    exported = tmp_path / "epi.json"
    data = _export(capsys, db_path, demo, exported)
    assert run(capsys, db_path, "set", demo, "proposal.title", "Titre de la base")[0] == 0
    data["proposal"]["title"] = "Titre du fichier"  # type: ignore[index]
    data["proposal"]["acronym"] = "FICHIER"  # type: ignore[index]
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = dump_hash(db_path)
    code, _, err = run(capsys, db_path, "import-json", str(exported), "--update")
    assert code == 1
    assert "conflict: proposal" in err and 'stored "Titre de la base", wanted "Titre du fichier"' in err
    assert dump_hash(db_path) == before


def test_import_update_based_on_an_unknown_revision_is_refused(capsys: pytest.CaptureFixture[str], db_path: Path,
                                                          tmp_path: Path, demo: str) -> None:
    exported = tmp_path / "epi.json"
    data = _export(capsys, db_path, demo, exported)
    assert run(capsys, db_path, "set", demo, "proposal.title", "Titre de la base")[0] == 0
    data["proposal"]["revision"] = 50  # type: ignore[index]  (a revision of another database's copy)
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = dump_hash(db_path)
    code, _, err = run(capsys, db_path, "import-json", str(exported), "--update")
    assert code == 2 and str(exported) in err and "newer than the stored proposal" in err
    assert dump_hash(db_path) == before
