"""Two rounds through the CLI: package, open, edit, contribute, merge, package again, open again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, proposals
from medicen_desktop.store.database import Database
from tests.conftest import sha256_of


def _body(db_path: Path, uuid: str, key: str) -> list[str]:
    db = Database.open(db_path)
    try:
        return paragraphs(next(s.body for s in proposals.get_document(db, uuid).sections if s.key == key))
    finally:
        db.close()


def _set_paragraph(db_path: Path, uuid: str, key: str, index: int, words: str) -> None:
    """Append ``words`` to one paragraph with `set` (the CLI's own edit path)."""
    db = Database.open(db_path)
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == key)
    db.close()
    paras = paragraphs(section.body)
    paras[index] += words
    assert main(["--db", str(db_path), "set", uuid, f"{section.uuid}.body", "\n\n".join(paras)]) == 0


@pytest.fixture
def round_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path | str]:
    co, lib = tmp_path / "co.db", tmp_path / "lib.db"
    assert main(["--db", str(co), "demo"]) == 0
    uuid = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", str(co), "assign", uuid, "--partner", "LIB",
                 "--section", "methodology", "--section", "impact_jobs", "--wp", "2"]) == 0
    package1 = tmp_path / "LIB-1.medicen-package"
    assert main(["--db", str(co), "package", uuid, "--partner", "LIB", "-o", str(package1)]) == 0
    assert main(["--db", str(lib), "open-package", str(package1)]) == 0
    _set_paragraph(lib, uuid, "methodology", 0, " [LIB round 1]")
    contribution1 = tmp_path / "LIB-1.medicen-contribution"
    assert main(["--db", str(lib), "contribution", uuid, "-o", str(contribution1)]) == 0
    assert main(["--db", str(co), "merge", uuid, str(contribution1)]) == 0
    capsys.readouterr()
    return {"co": co, "lib": lib, "uuid": uuid, "package1": package1, "dir": tmp_path}


def test_two_rounds_through_the_cli(round_one: dict[str, Path | str], capsys: pytest.CaptureFixture[str]) -> None:
    co, lib, uuid, tmp = Path(round_one["co"]), Path(round_one["lib"]), str(round_one["uuid"]), Path(round_one["dir"])
    # Partner keeps writing (unsent); coordinator writes round 2 in another paragraph and section.
    _set_paragraph(lib, uuid, "impact_jobs", 0, " [LIB unsent]")
    _set_paragraph(co, uuid, "methodology", 2, " [coordinator round 2]")
    _set_paragraph(co, uuid, "clinical_need", 1, " [coordinator clinical]")
    package2 = tmp / "LIB-2.medicen-package"
    assert main(["--db", str(co), "package", uuid, "--partner", "LIB", "-o", str(package2)]) == 0
    capsys.readouterr()
    assert main(["--db", str(lib), "open-package", str(package2)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == uuid and "updated your copy" in captured.err
    methodology = _body(lib, uuid, "methodology")
    assert methodology[0].endswith(" [LIB round 1]") and methodology[2].endswith(" [coordinator round 2]")
    assert _body(lib, uuid, "impact_jobs")[0].endswith(" [LIB unsent]")
    assert _body(lib, uuid, "clinical_need")[1].endswith(" [coordinator clinical]")
    # Round 2's contribution merges at the coordinator against round 2's base.
    contribution2 = tmp / "LIB-2.medicen-contribution"
    assert main(["--db", str(lib), "contribution", uuid, "-o", str(contribution2)]) == 0
    assert main(["--db", str(co), "merge", uuid, str(contribution2)]) == 0
    assert _body(co, uuid, "impact_jobs")[0].endswith(" [LIB unsent]")
    assert _body(co, uuid, "methodology")[0].endswith(" [LIB round 1]")
    assert _body(co, uuid, "methodology")[2].endswith(" [coordinator round 2]")
    # Round 1's package, opened again, is older: refused, nothing written.
    before = sha256_of(lib)
    capsys.readouterr()
    assert main(["--db", str(lib), "open-package", str(round_one["package1"])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "LIB-1.medicen-package" in err and "older" in err
    assert sha256_of(lib) == before
    # The same package twice stays refused.
    assert main(["--db", str(lib), "open-package", str(package2)]) == 2
    assert "already open" in capsys.readouterr().err
    assert sha256_of(lib) == before


def test_a_same_paragraph_conflict_exits_1_and_take_theirs_resolves_it(
        round_one: dict[str, Path | str], capsys: pytest.CaptureFixture[str]) -> None:
    co, lib, uuid, tmp = Path(round_one["co"]), Path(round_one["lib"]), str(round_one["uuid"]), Path(round_one["dir"])
    _set_paragraph(lib, uuid, "impact_jobs", 0, " [LIB words]")
    _set_paragraph(lib, uuid, "methodology", 1, " [LIB kept]")
    _set_paragraph(co, uuid, "impact_jobs", 0, " [coordinator words]")
    package2 = tmp / "LIB-2.medicen-package"
    assert main(["--db", str(co), "package", uuid, "--partner", "LIB", "-o", str(package2)]) == 0
    capsys.readouterr()
    before = sha256_of(lib)
    assert main(["--db", str(lib), "open-package", str(package2)]) == 1
    captured = capsys.readouterr()
    assert "conflict" in captured.out and "body" in captured.out and "--take" in captured.err
    assert sha256_of(lib) == before
    assert _body(lib, uuid, "impact_jobs")[0].endswith(" [LIB words]")

    assert main(["--db", str(lib), "open-package", str(package2), "--take", "theirs"]) == 0
    impact = _body(lib, uuid, "impact_jobs")[0]
    assert impact.endswith(" [coordinator words]") and "[LIB words]" not in impact
    assert _body(lib, uuid, "methodology")[1].endswith(" [LIB kept]")


def test_packages_lists_rounds_and_merges_and_undo_merge_takes_which(
        round_one: dict[str, Path | str], capsys: pytest.CaptureFixture[str]) -> None:
    co, lib, uuid, tmp = Path(round_one["co"]), Path(round_one["lib"]), str(round_one["uuid"]), Path(round_one["dir"])
    package2 = tmp / "LIB-2.medicen-package"
    assert main(["--db", str(co), "package", uuid, "--partner", "LIB", "-o", str(package2)]) == 0
    assert main(["--db", str(lib), "open-package", str(package2)]) == 0
    assert "updated your copy to round 2" in capsys.readouterr().err
    _set_paragraph(lib, uuid, "methodology", 0, " [LIB round 2 same paragraph]")
    contribution2 = tmp / "LIB-2.medicen-contribution"
    assert main(["--db", str(lib), "contribution", uuid, "-o", str(contribution2)]) == 0
    assert main(["--db", str(co), "merge", uuid, str(contribution2)]) == 0
    capsys.readouterr()
    assert main(["--db", str(co), "packages", uuid, "--json"]) == 0
    (lib_log,) = json.loads(capsys.readouterr().out)
    assert lib_log["partner"] == "LIB"
    assert [(p["round"], p["sections"], p["work_packages"]) for p in lib_log["packages"]] == [
        (1, ["impact_jobs", "methodology"], [2]), (2, ["impact_jobs", "methodology"], [2])]
    first, second = lib_log["merges"]
    assert (first["round"], first["can_undo"], first["blocked_by"]) == (1, False, second["merge"])
    assert (second["round"], second["can_undo"]) == (2, True)
    assert main(["--db", str(co), "packages", uuid]) == 0
    text = capsys.readouterr().out
    assert "round 2  sent" in text and "cannot be undone" in text and second["merge"] in text
    # Round 1's merge: round 2's merge changed its paragraph, so refused (even forced), nothing written.
    before = sha256_of(co)
    assert main(["--db", str(co), "undo-merge", uuid, "--merge", first["merge"][:8], "--force"]) == 2
    err = capsys.readouterr().err
    assert "undo it first" in err and "--force" not in err
    assert sha256_of(co) == before
    assert main(["--db", str(co), "undo-merge", uuid, "--merge", "deadbeef"]) == 2
    assert main(["--db", str(co), "undo-merge", uuid, "--merge", second["merge"]]) == 0
    assert main(["--db", str(co), "undo-merge", uuid, "--merge", first["merge"][:8]]) == 0
    assert "[LIB round" not in _body(co, uuid, "methodology")[0]
    capsys.readouterr()
    assert main(["--db", str(co), "packages", uuid, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["merges"] == []
