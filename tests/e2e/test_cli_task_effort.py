"""Effort per task through the CLI and the interchange JSON: the WP's months are its tasks' sum, personnel follows."""

from __future__ import annotations

import json
import uuid as uuids
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.export.lump_sum_layout import ROW_OF
from tests.e2e.test_cli_rules import demo, run  # noqa: F401 - the fixture

D = Decimal


def _by_wp(capsys: pytest.CaptureFixture[str], db_path: Path, proposal: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, db_path, "budget", proposal, "--json", "--by", "wp")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_months_per_task_through_json_and_the_cli(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,
                                                  tmp_path: Path) -> None:  # noqa: F811
    before = _by_wp(capsys, db_path, demo)
    path = tmp_path / "demo.json"
    assert run(capsys, db_path, "export-json", demo, "-o", str(path))[0] == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    wps = sorted(data["work_packages"], key=lambda w: w["number"])
    tasks = sorted((t for t in data["tasks"] if t["work_package_uuid"] == wps[0]["uuid"]), key=lambda t: t["number"])
    nvi = data["participations"][0]["uuid"]
    effort = next(e for e in data["efforts"] if e["participation_uuid"] == nvi and e["work_package_uuid"] == wps[0]["uuid"])
    effort["task_uuid"] = tasks[0]["uuid"]  # NVI's WP1 months go to T1.1 ...
    data["efforts"].append({"uuid": str(uuids.uuid4()), "revision": 1, "participation_uuid": nvi,  # ... and 3 to T1.2
                            "work_package_uuid": wps[0]["uuid"], "task_uuid": tasks[1]["uuid"],
                            "person_months": "3", "staff_rate_uuid": None})
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, db_path, "import-json", str(path), "--update")
    assert code == 0, err
    after = _by_wp(capsys, db_path, demo)
    wp1_before, wp1_after = before["by"]["rows"][0], after["by"]["rows"][0]
    assert D(wp1_after["person_months"]) == D(wp1_before["person_months"]) + 3
    assert D(wp1_after["costs"]["personnel"]) == D(wp1_before["costs"]["personnel"]) + 3 * D(7800)
    assert D(after["totals"]["eligible"]) > D(before["totals"]["eligible"])
    # The JSON reads back with the task; a task of another WP is refused, nothing written.
    assert run(capsys, db_path, "export-json", demo, "-o", str(tmp_path / "again.json"))[0] == 0
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert next(e for e in again["efforts"] if e["uuid"] == effort["uuid"])["task_uuid"] == tasks[0]["uuid"]
    other = next(t for t in data["tasks"] if t["work_package_uuid"] == wps[1]["uuid"])
    code, _, err = run(capsys, db_path, "set", demo, f"{effort['uuid']}.task_uuid", other["uuid"])
    assert code != 0 and "another work package" in err
    assert _by_wp(capsys, db_path, demo) == after
    # The lump-sum workbook (of a Horizon Europe lump-sum call) shows WP1's sum; a change there goes to WP1's
    # months in no task, the tasks stay.
    code, _, err = run(capsys, db_path, "retarget", demo, "--template", "he-ria-lump-sum")
    assert code in (0, 1), err
    book_path = tmp_path / "lump.xlsx"
    assert run(capsys, db_path, "export", demo, "--format", "xlsx", "--form", "he-lump-sum", "-o", str(book_path))[0] == 0
    book = openpyxl.load_workbook(book_path)
    cell = f"B{ROW_OF['pm']}"
    assert D(str(book["BE1"][cell].value)) == D(effort["person_months"]) + 3
    book["BE1"][cell] = 1  # less than its tasks: refused cell by cell
    book.save(book_path)
    code, _, err = run(capsys, db_path, "import-budget", demo, "--partner", "NVI", str(book_path))
    assert code != 0 and "given to its tasks" in err
    book["BE1"][cell] = float(D(effort["person_months"]) + 5)
    book.save(book_path)
    code, _, err = run(capsys, db_path, "import-budget", demo, "--partner", "NVI", str(book_path))
    assert code == 0, err
    assert run(capsys, db_path, "export-json", demo, "-o", str(tmp_path / "third.json"))[0] == 0
    third = json.loads((tmp_path / "third.json").read_text(encoding="utf-8"))
    mine = {(e["task_uuid"], D(e["person_months"])) for e in third["efforts"]
            if e["participation_uuid"] == nvi and e["work_package_uuid"] == wps[0]["uuid"]}
    assert mine == {(tasks[0]["uuid"], D(effort["person_months"])), (tasks[1]["uuid"], D(3)), (None, D(2))}
