"""Versions are pruned (#13): named ones kept forever; automatic ones kept for the last 20 and for 30 days;
``versions PROPOSAL --prune [--dry-run]``, and pruning when a new automatic one is written. Read back from the
database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from medicen_desktop.cli import main
from medicen_desktop.model import AuditEntry, Version
from medicen_desktop.services import proposals
from medicen_desktop.store import versions
from medicen_desktop.store.database import Database

OLD = dt.datetime(2026, 1, 5, 9, 0)


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _stored(db_path: Path) -> list[tuple[int, str]]:
    db = Database.open(db_path)
    try:
        with db.read() as session:
            return [(n, k) for n, k in session.execute(select(Version.number, Version.kind).order_by(Version.number))]
    finally:
        db.close()


def _history(db_path: Path, automatic: int, old: int) -> str:
    """A named version, then ``automatic`` automatic ones (merges), the first ``old`` of them 60 days old and
    more; then the named version made old too."""
    db = Database.open(db_path)
    try:
        uuid = proposals.resolve(db, "EPI-DIAG")
        with db.transaction() as session:
            versions.record(session, uuid, "dépôt v1", "manual", "test")
            for n in range(automatic):
                versions.record(session, uuid, f"before merge {n}", "merge", "test")
            session.execute(update(Version).where(Version.number <= old + 1).values(created_at=OLD))
        return uuid
    finally:
        db.close()


def test_prune_dry_run_then_prune_keeps_named_the_last_20_and_the_recent(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.db"
    assert _run(capsys, db, "demo")[0] == 0
    _history(db, automatic=30, old=25)  # v1 named (old), v2..v31 merges: v2..v26 old, v27..v31 recent
    before = _stored(db)
    code, out, _ = _run(capsys, db, "versions", "EPI-DIAG", "--prune", "--dry-run", "--json")
    assert code == 0
    would = json.loads(out)
    # The last 20 automatic ones are v12..v31; of v2..v11 all are old: those ten go. v1 is named: kept.
    assert [v["version"] for v in would["removed"]] == list(range(2, 12)) and would["dry_run"] is True
    assert _stored(db) == before  # a dry run removes nothing

    code, out, _ = _run(capsys, db, "versions", "EPI-DIAG", "--prune")
    assert code == 0 and "10 automatic version(s) removed" in out and "removed v2 " in out
    after = _stored(db)
    assert after == [(1, "manual")] + [(n, "merge") for n in range(12, 32)]
    database = Database.open(db)
    try:
        with database.read() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "prune-versions")).one()
            assert entry.detail["versions"] == list(range(2, 12))
    finally:
        database.close()
    code, out, _ = _run(capsys, db, "versions", "EPI-DIAG", "--prune")
    assert code == 0 and out.startswith("0 automatic version(s) removed")
    assert _run(capsys, db, "versions", "EPI-DIAG", "--dry-run")[0] == 2


def test_recent_automatic_versions_are_kept_beyond_20(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    assert _run(capsys, db, "demo")[0] == 0
    _history(db, automatic=26, old=0)  # all within 30 days
    assert _run(capsys, db, "versions", "EPI-DIAG", "--prune")[0] == 0
    assert len(_stored(db)) == 27


def test_writing_an_automatic_version_prunes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.db"
    assert _run(capsys, db, "demo")[0] == 0
    _history(db, automatic=22, old=22)  # v1 named, v2..v23 merges, all old
    exported = tmp_path / "e.json"
    assert _run(capsys, db, "export-json", "EPI-DIAG", "-o", str(exported))[0] == 0
    assert _run(capsys, db, "import-json", str(exported), "--update")[0] == 0  # keeps v24 "import" first
    after = _stored(db)
    assert after[0] == (1, "manual") and after[-1] == (24, "import")
    assert [n for n, kind in after if kind != "manual"] == list(range(5, 25))  # the last 20 automatic
