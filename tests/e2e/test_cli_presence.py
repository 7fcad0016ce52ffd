"""``editing PROPOSAL``: who has which part open for editing, from the live presence only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
from medicen_desktop.store.presence import PresenceHolder


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[str, Database, str]]:
    """The demo proposal in a fresh file: its path, the database open on it, the proposal's uuid."""
    path = str(tmp_path / "team.db")
    assert main(["--db", path, "demo"]) == 0
    capsys.readouterr()
    db = Database.open(path)
    try:
        yield path, db, proposals.list_proposals(db)[0].uuid
    finally:
        db.close()


def test_editing_lists_who_edits_what_until_they_leave(demo: tuple[str, Database, str],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path, db, uuid = demo
    claire = PresenceHolder(db, uuid, "Claire")
    claire.claim("section:methodology")
    assert main(["--db", path, "editing", "EPI-DIAG"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("section:methodology  Claire ") and " since " in line and " UTC  (" in line
    assert main(["--db", path, "editing", "EPI-DIAG", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["key"], row["user"], row["part"]) == ("section:methodology", "Claire", "section:methodology")
    claire.close()
    assert main(["--db", path, "editing", "EPI-DIAG"]) == 0
    assert capsys.readouterr().out.strip() == "Nobody is editing ÉPI-DIAG now."
    assert main(["--db", path, "editing", "NOPE"]) == 2


def test_editing_names_work_packages_and_budgets_by_their_keys(demo: tuple[str, Database, str],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path, db, uuid = demo
    document = proposals.get_document(db, uuid)
    wp2 = next(w for w in document.work_packages if w.number == 2)
    partner = document.participations[0]
    claire, marc = PresenceHolder(db, uuid, "Claire"), PresenceHolder(db, uuid, "Marc")
    claire.claim(f"wp:{wp2.uuid}")
    marc.claim(f"budget:{partner.uuid}")
    assert main(["--db", path, "editing", "EPI-DIAG", "--json"]) == 0
    rows = {row["user"]: row for row in json.loads(capsys.readouterr().out)}
    assert (rows["Claire"]["key"], rows["Claire"]["label"]) == ("wp:WP2", f"WP2 {wp2.title}")
    assert rows["Marc"]["key"].startswith("budget:") and rows["Marc"]["part"] == f"budget:{partner.uuid}"
    claire.close()
    marc.close()
