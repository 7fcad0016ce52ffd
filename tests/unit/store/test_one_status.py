"""One status per section (#13): the old section status (to do / drafting / done) folded into the part status.

An older database is migrated (done -> in review, to do and drafting -> draft, a part status already set kept,
the old values in the audit log); an older interchange file is read and its statuses mapped on import."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, inspect, select, text

from medicen_desktop.document.parts import PartStatus
from medicen_desktop.document.sample import make_sample
from medicen_desktop.model import AuditEntry
from medicen_desktop.services import parts, proposals
from medicen_desktop.store import migrations
from medicen_desktop.store.database import Database
from medicen_desktop.store.schema_head import HEAD
from tests.unit.store.test_migrations import _downgrade


def _section_statuses(db: Database, uuid: str) -> dict[str, PartStatus]:
    return {p.ref.target: p.status for p in parts.list_parts(db, uuid) if p.ref.kind == "section"}


def test_an_old_database_gets_one_status_per_section_from_each_old_value(db: Database, db_path: Path) -> None:
    uuid = proposals.import_document(db, make_sample())
    keys = sorted(_section_statuses(db, uuid))
    assert len(keys) >= 4
    parts.set_part(db, uuid, f"section:{keys[3]}", status="approved")  # set with 0009's part status: kept
    db.close()
    _downgrade(db_path, "0010_presence")
    engine = create_engine(f"sqlite:///{db_path}")
    old = {keys[0]: "todo", keys[1]: "drafting", keys[2]: "done", keys[3]: "todo"}
    with engine.begin() as connection:
        assert "status" in {c["name"] for c in inspect(connection).get_columns("sections")}
        connection.execute(text("DELETE FROM part_states WHERE kind = 'section' AND target <> :kept"),
                           {"kept": keys[3]})
        for key, value in old.items():
            connection.execute(text("UPDATE sections SET status = :s WHERE key = :k"), {"s": value, "k": key})
    engine.dispose()

    upgraded = Database.open(db_path)
    try:
        assert migrations.current_revision(upgraded._write_engine) == HEAD
        with upgraded.read() as session:
            assert "status" not in {c["name"] for c in inspect(session.connection()).get_columns("sections")}
            folded = session.scalars(select(AuditEntry).where(AuditEntry.action == "section-status-folded")).one()
            assert {k: folded.detail["old_status"][k] for k in old} == old  # nothing lost: the old values kept
        statuses = _section_statuses(upgraded, uuid)
        assert statuses[keys[0]] is PartStatus.DRAFT
        assert statuses[keys[1]] is PartStatus.DRAFT
        assert statuses[keys[2]] is PartStatus.IN_REVIEW
        assert statuses[keys[3]] is PartStatus.APPROVED
        assert all(statuses[k] is PartStatus.DRAFT for k in keys[4:])
        assert "status" not in proposals.export_json(upgraded, uuid).decode().split('"sections"')[1].split("]")[0]
    finally:
        upgraded.close()


def test_an_old_interchange_file_is_read_and_its_statuses_mapped(db: Database) -> None:
    sample = make_sample()
    data = json.loads(proposals.dump_document(sample))
    assert all("status" not in s for s in data["sections"])  # written with one status: none on the sections
    old = ["todo", "drafting", "done"]
    for index, section in enumerate(data["sections"]):
        section["status"] = old[index % 3]
    uuid = proposals.import_json(db, json.dumps(data).encode(), "old.json")
    statuses = _section_statuses(db, uuid)
    for index, section in enumerate(data["sections"]):
        expected = PartStatus.IN_REVIEW if old[index % 3] == "done" else PartStatus.DRAFT
        assert statuses[section["key"]] is expected, section["key"]
    bodies = {s.key: s.body for s in proposals.get_document(db, uuid).sections}
    assert bodies == {s.key: s.body for s in sample.sections}


def test_an_old_file_over_the_proposal_keeps_the_status_set_since(db: Database) -> None:
    uuid = proposals.import_document(db, make_sample())
    data = json.loads(proposals.export_json(db, uuid))
    first, second = data["sections"][0]["key"], data["sections"][1]["key"]
    parts.set_part(db, uuid, f"section:{first}", status="approved")
    data["sections"][0]["status"] = data["sections"][1]["status"] = "done"
    proposals.import_json(db, json.dumps(data).encode(), "old.json", update=True)
    statuses = _section_statuses(db, uuid)
    assert statuses[first] is PartStatus.APPROVED and statuses[second] is PartStatus.IN_REVIEW


def test_an_unknown_old_status_is_refused_naming_the_field(db: Database) -> None:
    data = json.loads(proposals.dump_document(make_sample()))
    data["sections"][0]["status"] = "finished"
    try:
        proposals.import_json(db, json.dumps(data).encode(), "bad.json")
    except Exception as exc:  # noqa: BLE001 - the kind and the message are what is checked
        assert "bad.json" in str(exc) and "status" in str(exc) and type(exc).__name__ == "InterchangeError"
    else:
        raise AssertionError("an unknown status was accepted")
    assert proposals.list_proposals(db) == []
