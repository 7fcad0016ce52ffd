"""The environment's faults and odd paths: a message and exit 2, never a traceback, never "damaged" for a healthy file."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from medicen_desktop.cli import main


def cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process, without root's power to write read-only files (as a user runs it)."""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, sys.executable, "-m", "medicen_desktop", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "medicen.db"
    done = cli("demo", db=path)
    assert done.returncode == 0, done.stderr
    return path, done.stdout.strip()


def _no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr


def test_a_read_only_database_file_reads_and_refuses_writes_with_a_message(demo_db: tuple[Path, str]) -> None:
    path, uuid = demo_db
    os.chmod(path, 0o444)
    try:
        before = file_hash(path)
        listed = cli("list", "--json", db=path)
        assert listed.returncode == 0 and json.loads(listed.stdout)[0]["uuid"] == uuid
        for args in (("demo",), ("set", uuid, "proposal.title", "X"), ("retarget", uuid, "--template", "he-ia")):
            done = cli(*args, db=path)
            assert done.returncode == 2, (args, done.stderr)
            _no_traceback(done)
            assert "cannot be written" in done.stderr and "damaged" not in done.stderr
        assert file_hash(path) == before
    finally:
        os.chmod(path, 0o644)


def test_a_new_database_in_a_read_only_folder_is_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        done = cli("demo", db=folder / "medicen.db")
        assert done.returncode == 2
        _no_traceback(done)
        assert "damaged" not in done.stderr
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o755)


def test_a_question_mark_or_percent_in_the_path_is_part_of_the_name(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "foreign.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    before = file_hash(foreign)
    for name in ("foreign.db?copy", "foreign%41.db", "foreign.db?mode=memory"):
        assert main(["--db", str(tmp_path / name), "demo"]) == 0
        assert (tmp_path / name).is_file()
    assert file_hash(foreign) == before
    assert main(["--db", str(foreign), "demo"]) == 2  # the foreign database itself is still refused
    assert "another application" in capsys.readouterr().err


def test_an_integer_too_large_for_the_column_is_refused(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    path, uuid = demo_db
    exported = tmp_path / "epi.json"
    assert cli("export-json", uuid, "-o", str(exported), db=path).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    organisation = data["organisations"][0]["uuid"]
    for value in ("3000000000", str(10**25)):
        done = cli("set", uuid, f"{organisation}.headcount", value, db=path)
        assert done.returncode == 2 and "headcount" in done.stderr, done.stderr
        _no_traceback(done)
    data["organisations"][0]["headcount"] = 10**25
    exported.write_text(json.dumps(data), encoding="utf-8")
    before = file_hash(path)
    done = cli("import-json", str(exported), "--update", db=path)
    assert done.returncode == 2 and "headcount" in done.stderr
    _no_traceback(done)
    assert file_hash(path) == before


def test_readers_do_not_wait_for_a_writer(demo_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, uuid = demo_db
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    try:
        done = subprocess.run([sys.executable, "-m", "medicen_desktop", "--db", str(path), "list", "--json"],
                              capture_output=True, text=True, timeout=60)  # waiting would end in "locked"
        assert done.returncode == 0 and uuid in done.stdout
        assert main(["--db", str(path), "export-json", uuid, "-o", str(path.with_name("out.json"))]) == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()


_CRASH_MIDWAY = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("PRAGMA cache_size=1")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE sections SET body = body || ?", ("x" * 4000,))
os.kill(os.getpid(), 9)
"""


def test_a_hot_journal_left_by_a_crash_is_rolled_back_not_called_damage(demo_db: tuple[Path, str]) -> None:
    path, uuid = demo_db
    before = cli("export-json", uuid, "-o", str(path.with_name("before.json")), db=path)
    assert before.returncode == 0
    crashed = subprocess.run([sys.executable, "-c", _CRASH_MIDWAY, str(path)], capture_output=True)
    assert crashed.returncode == -signal.SIGKILL
    assert path.with_name(path.name + "-journal").stat().st_size > 0  # hot: the crash left it
    done = cli("export-json", uuid, "-o", str(path.with_name("after.json")), db=path)
    assert done.returncode == 0, done.stderr
    assert path.with_name("after.json").read_bytes() == path.with_name("before.json").read_bytes()
