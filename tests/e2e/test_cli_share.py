"""``share``: the coordinator's sharing level and the partner's private budget, from the command line."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_share_sets_the_level_the_next_package_carries(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    co, lib = str(tmp_path / "co.db"), str(tmp_path / "lib.db")
    db = Database.open(co)
    uuid = proposals.create_demo(db)
    db.close()
    code, out, _ = _run(capsys, "--db", co, "share", "EPI-DIAG")
    assert code == 0 and out.startswith("ÉPI-DIAG: none — packages written from now on give partners nothing")
    code, out, _ = _run(capsys, "--db", co, "share", "EPI-DIAG", "--level", "totals", "--json")
    assert code == 0 and json.loads(out) == {"proposal": uuid, "level": "totals", "partner_copy": False,
                                             "private_budget": None}
    package = tmp_path / "LIB.medicen-package"
    assert _run(capsys, "--db", co, "package", uuid, "--partner", "LIB", "-o", str(package))[0] == 0
    with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
        assert json.loads(archive.read("manifest.json"))["sharing"] == "totals"
    code, _, err = _run(capsys, "--db", lib, "open-package", str(package))
    assert code == 0 and "signed by the coordinator's key" in err and "it shares totals" in err
    code, _, err = _run(capsys, "--db", lib, "share", uuid, "--level", "full")
    assert code == 2 and "coordinator's choice" in err and err.count("\n") == 1
    code, out, _ = _run(capsys, "--db", lib, "share", uuid, "--private-budget", "on")
    assert code == 0 and "your budget detail stays in this copy" in out
    assert json.loads(_run(capsys, "--db", lib, "share", uuid, "--json")[1])["private_budget"] is True
    code, _, err = _run(capsys, "--db", co, "share", uuid, "--private-budget", "on")
    assert code == 2 and "only a partner copy" in err
