"""kill -9 at every write point of the writing commands: each leaves the database whole and the proposal
entirely as before or entirely as after the command, and no file that lies (#15).

``tests/kill_points.py`` runs a command and kills it at its Nth write point
(each commit, before and after; each fsync, rename, removal and file opened
for writing). For each command below the test first runs it to the end on a
copy of the same starting state (the "after" it should reach), counts its
points, then kills a fresh copy at every point in turn and checks: SQLite's
integrity check, the database opens (and upgrades) through the app, the
proposal is the before or the after state (volatile stamps aside), no
``-journal`` is left once opened, every ``.bak`` is a complete database,
and the next write into the folder leaves no ``.part``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import files, proposals
from medicen_desktop.store.database import Database

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]
ROOT = Path(__file__).resolve().parents[2]
_VOLATILE = {"revision", "updated_at", "created_at", "exported_at", "based_on_revision"}


def _run(db: Path, args: list[str], kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.kill_points", str(kill_at), "--db", str(db), *args],
                          cwd=db.parent, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(db.parent)},
                          capture_output=True, text=True, timeout=120)


def _normal(value: Any) -> Any:
    """The proposal with its stamps dropped, its UUIDs blanked (demo makes new ones) and its lists in a fixed order
    (entities come sorted by UUID)."""
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if k not in _VOLATILE}
    if isinstance(value, list):
        return sorted((_normal(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
        return "uuid"
    return value


def _states(db: Path) -> list[Any]:
    """Every proposal of the database, normalised, read through the app (which opens and upgrades it)."""
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    states: list[Any] = []
    opened = Database.open(db)  # the app's own open: recovery, upgrade
    try:
        summaries = sorted(proposals.list_proposals(opened), key=lambda r: r.acronym)
        exported = [json.loads(proposals.export_json(opened, row.uuid)) for row in summaries]
    finally:
        opened.close()
    connection = sqlite3.connect(db)
    try:  # the exchange records and the versions (an automatic one is in the same transaction as its write)
        states.append({table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("exchange_packages", "applied_contributions", "partner_copies", "versions")})
    finally:
        connection.close()
    states += [_normal(data) for data in exported]
    assert not db.with_name(db.name + "-journal").exists()  # a hot journal was rolled back by the open
    for backup in db.parent.glob("*.bak"):
        check = sqlite3.connect(backup)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",), backup
        finally:
            check.close()
    return states


@dataclass
class Case:
    args: list[str]
    prepare: Callable[[Path], None]
    """Builds the starting state in an empty folder (database ``a.db`` and any input files)."""
    other_outcomes: Callable[[Path], bool] = lambda folder: True
    """Files the command writes: True when they agree with the database (e.g. a package file only with its record)."""


def _demo(folder: Path) -> None:
    assert main(["--db", str(folder / "a.db"), "demo"]) == 0


def _nothing(folder: Path) -> None:
    pass


def _with_contribution(folder: Path) -> None:
    """The sample, a package for AP-HP opened as a partner copy, a section edited there, its contribution."""
    _demo(folder)
    partner = folder / "partner.db"
    assert main(["--db", str(folder / "a.db"), "package", "EPI-DIAG", "--partner", "APHP", "-o",
                 str(folder / "aphp.pkg")]) == 0
    assert main(["--db", str(partner), "open-package", str(folder / "aphp.pkg")]) == 0
    exported = folder / "partner.json"
    assert main(["--db", str(partner), "export-json", "EPI-DIAG", "-o", str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    owned = next(s for s in data["sections"] if s.get("assigned_participation_uuid"))
    assert main(["--db", str(partner), "set", "EPI-DIAG", f"{owned['uuid']}.body",
                 owned["body"] + "\n\nUn paragraphe ajouté par le partenaire."]) == 0
    assert main(["--db", str(partner), "contribution", "EPI-DIAG", "-o", str(folder / "aphp.contrib")]) == 0


def _merged(folder: Path) -> None:
    _with_contribution(folder)
    assert main(["--db", str(folder / "a.db"), "merge", "EPI-DIAG", str(folder / "aphp.contrib")]) == 0


def _exported_and_changed(folder: Path) -> None:
    _demo(folder)
    path = folder / "update.json"
    assert main(["--db", str(folder / "a.db"), "export-json", "EPI-DIAG", "-o", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["proposal"]["title"] = "Titre changé par l'import"
    data["sections"][0]["body"] += "\n\nAjouté par l'import."
    path.write_text(json.dumps(data), encoding="utf-8")


def _older_schema(folder: Path) -> None:
    _demo(folder)
    from tests.unit.store.test_migrations import _downgrade

    _downgrade(folder / "a.db", "0007")


def _with_draft(folder: Path) -> None:
    from tests.draft_files import hand_made_draft

    _demo(folder)
    hand_made_draft(folder / "draft.docx")


def _package_agrees(folder: Path) -> bool:
    """A package file exists only if its record was committed (a record without its file: the user re-sends)."""
    records = sqlite3.connect(folder / "a.db").execute("SELECT count(*) FROM exchange_packages").fetchone()[0]
    return records == 1 or not (folder / "out.pkg").exists()


CASES = {
    "demo": Case(["demo"], _nothing),
    "set": Case(["set", "EPI-DIAG", "proposal.title", "Un autre titre"], _demo),
    "package": Case(["package", "EPI-DIAG", "--partner", "APHP", "-o", "out.pkg"], _demo, _package_agrees),
    "import-json --update": Case(["import-json", "update.json", "--update"], _exported_and_changed),
    "merge": Case(["merge", "EPI-DIAG", "aphp.contrib"], _with_contribution),
    "retarget": Case(["retarget", "EPI-DIAG", "--template", "he-ria"], _demo),
    "undo-merge": Case(["undo-merge", "EPI-DIAG"], _merged),
    "import-docx": Case(["import-docx", "EPI-DIAG", "draft.docx"], _with_draft),
    "schema upgrade": Case(["list"], _older_schema),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_kill_at_every_write_point_leaves_the_proposal_before_or_after(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    start = tmp_path / "start"
    start.mkdir()
    case.prepare(start)
    looked = tmp_path / "before"  # reading a state opens (and may upgrade) the database: a copy is read
    shutil.copytree(start, looked)
    before = _states(looked / "a.db") if (looked / "a.db").exists() else [
        {"exchange_packages": 0, "applied_contributions": 0, "partner_copies": 0, "versions": 0}]
    reference = tmp_path / "reference"
    shutil.copytree(start, reference)
    finished = _run(reference / "a.db", case.args, 0)
    assert finished.returncode == 0, finished.stderr
    points = int(finished.stderr.split("points: ")[1].split()[0])
    after = _states(reference / "a.db")
    assert points >= 2 and (after != before or name == "schema upgrade")
    outcomes = set()
    for point in range(1, points + 1):
        run = tmp_path / f"kill-{point}"
        shutil.copytree(start, run)
        killed = _run(run / "a.db", case.args, point)
        assert killed.returncode in (-signal.SIGKILL, 0), killed.stderr
        state = _states(run / "a.db")
        assert state in (before, after), f"{name}: killed at point {point}: neither before nor after"
        outcomes.add("after" if state == after and state != before else "before")
        assert case.other_outcomes(run), f"{name}: killed at point {point}: a file without its record"
        for part in run.glob("*.part"):  # as seconds later, when the user runs the next command
            os.utime(part, (part.stat().st_mtime - 5, part.stat().st_mtime - 5))
        files.write_atomically(run / "next.txt", b"the next command")  # the next write into the folder
        assert [p.name for p in run.iterdir() if p.name.endswith(".part")] == [], f"{name}: litter at {point}"
    assert outcomes == {"before", "after"} or name == "schema upgrade"
