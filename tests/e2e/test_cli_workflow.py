"""``status``, ``comment`` and ``comments`` through the CLI, read back from the database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import comments, parts, proposals
from medicen_desktop.store.database import Database


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    path = tmp_path / "co.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path, capsys.readouterr().out.strip().splitlines()[-1]


def test_status_set_then_list_as_json(demo: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, uuid = demo
    assert main(["--db", str(path), "status", uuid, "--part", "wp:WP2", "--set", "in-review", "--owner", "QTB",
                 "--person", "Dr Moreau", "--due", "2027-01-31"]) == 0
    assert main(["--db", str(path), "status", uuid, "--part", "section:methodology", "--set", "frozen"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "status", uuid, "--json"]) == 0
    listed = {p["key"]: p for p in json.loads(capsys.readouterr().out)}
    assert (listed["wp:WP2"]["status"], listed["wp:WP2"]["owner"], listed["wp:WP2"]["person"],
            listed["wp:WP2"]["due"]) == ("in-review", "QTB", "Dr Moreau", "2027-01-31")
    db = Database.open(path)
    stored = {p.key: p for p in parts.list_parts(db, uuid)}
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == "methodology")
    db.close()
    assert stored["section:methodology"].status.value == "frozen"
    assert stored["wp:WP2"].due == dt.date(2027, 1, 31)
    # the set command obeys the freeze: exit 2, nothing written
    assert main(["--db", str(path), "set", uuid, f"{section.uuid}.body", "Réécrit"]) == 2
    assert "frozen" in capsys.readouterr().err
    db = Database.open(path)
    assert next(s for s in proposals.get_document(db, uuid).sections if s.key == "methodology").body == section.body
    db.close()


def test_status_refuses_unknown_part_and_status(demo: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, uuid = demo
    assert main(["--db", str(path), "status", uuid, "--part", "wp:WP9", "--set", "approved"]) == 2
    assert "no such work package" in capsys.readouterr().err
    assert main(["--db", str(path), "status", uuid, "--part", "wp:WP1", "--set", "finished"]) == 2
    assert "a status is one of draft, in-review, approved, frozen" in capsys.readouterr().err


def test_comment_reply_resolve_and_list(demo: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, uuid = demo
    assert main(["--db", str(path), "comment", uuid, "--part", "section:methodology", "--paragraph", "1",
                 "Ajouter la taille de l'échantillon", "--author", "Claire"]) == 0
    root = capsys.readouterr().out.strip()
    assert main(["--db", str(path), "comment", uuid, "--reply", root, "Fait, 240 patients"]) == 0
    assert main(["--db", str(path), "comment", uuid, "--part", "budget:APHP", "--cell", "personnel:2", "Vérifier"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "resolve", uuid, root]) == 0
    assert main(["--db", str(path), "comments", uuid, "--json", "--open"]) == 0
    out = capsys.readouterr().out
    listed = json.loads(out[out.index("{"):])
    assert [(t["part"], t["anchor"], t["text"]) for t in listed["threads"]] == [
        ("budget:APHP", "cell:personnel:2", "Vérifier")]
    db = Database.open(path)
    threads = comments.list_comments(db, uuid).threads
    db.close()
    assert threads[0].resolved and threads[0].root.author == "Claire"
    assert [r.body for r in threads[0].replies] == ["Fait, 240 patients"]
    assert main(["--db", str(path), "comment", uuid, "--part", "section:methodology", "--paragraph", "999", "x"]) == 2
    assert "no paragraph 999" in capsys.readouterr().err
