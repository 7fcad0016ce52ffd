"""``import-budget``: a partner's lump-sum workbook edited elsewhere reads back cell by cell, or is refused."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.export.lump_sum_layout import ROW_OF
from tests.e2e.test_cli_rules import demo, run  # noqa: F401 - the fixture

D = Decimal


@pytest.fixture
def workbook_path(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, tmp_path: Path) -> Path:  # noqa: F811
    path = tmp_path / "lump.xlsx"
    code, _, err = run(capsys, db_path, "retarget", demo, "--template", "he-ria-lump-sum")  # the EC's form, an EC call
    assert code == 0, err
    code, _, err = run(capsys, db_path, "export", demo, "--format", "xlsx", "--form", "he-lump-sum", "-o", str(path))
    assert code == 0, err
    return path


def _budget(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str) -> dict:  # type: ignore[type-arg]
    return json.loads(run(capsys, db_path, "budget", demo, "--json")[1])  # type: ignore[no-any-return]


def test_a_script_edited_workbook_reads_back(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,
                                             workbook_path: Path) -> None:  # noqa: F811
    before = _budget(capsys, db_path, demo)
    book = openpyxl.load_workbook(workbook_path)
    sheet = book["BE1"]  # NVI
    old_pm = sheet[f"B{ROW_OF['pm']}"].value
    sheet[f"B{ROW_OF['pm']}"] = old_pm + 2  # WP1: two person-months more
    sheet[f"C{ROW_OF['travel']}"] = 4321.5  # a new travel item in WP2
    book.save(workbook_path)

    code, out, _ = run(capsys, db_path, "import-budget", demo, "--partner", "NVI", str(workbook_path), "--dry-run",
                       "--json")
    data = json.loads(out)
    assert code == 0 and data["applied"] is False and data["partner"] == "NVI"
    assert [(c["cell"], c["old"], c["new"]) for c in data["changes"]] == [
        (f"BE1!B{ROW_OF['pm']}", f"{old_pm:.2f}", f"{old_pm + 2:.2f}"),
        (f"BE1!C{ROW_OF['travel']}", "0.00", "4321.50")]
    assert _budget(capsys, db_path, demo) == before  # a dry run writes nothing

    code, out, _ = run(capsys, db_path, "import-budget", demo, "--partner", "NVI", str(workbook_path))
    assert code == 0 and "2 changed cell(s), applied" in out and "WP1, A. Personnel: person-months" in out
    after = _budget(capsys, db_path, demo)
    nvi_before, nvi_after = before["partners"][0], after["partners"][0]
    assert D(nvi_after["costs"]["personnel"]) - D(nvi_before["costs"]["personnel"]) == 2 * D("7800")
    assert D(nvi_after["direct"]) - D(nvi_before["direct"]) == 2 * D("7800") + D("4321.50")
    # The same workbook again changes nothing: what was read is what is stored.
    code, out, _ = run(capsys, db_path, "import-budget", demo, "--partner", "NVI", str(workbook_path))
    assert code == 0 and "0 changed cell(s)" in out


def test_a_wrong_layout_text_for_a_formula_and_absurd_values_are_refused_cell_by_cell(
        capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, workbook_path: Path) -> None:  # noqa: F811
    before = _budget(capsys, db_path, demo)
    book = openpyxl.load_workbook(workbook_path)
    sheet = book["BE2"]
    sheet[f"B{ROW_OF['personnel']}"] = 12345  # a formula replaced by a value
    sheet[f"C{ROW_OF['equipment']}"] = "beaucoup"  # text where an amount is typed
    sheet[f"D{ROW_OF['travel']}"] = -50  # negative
    sheet[f"E{ROW_OF['rate']}"] = 9_000_000  # absurd monthly cost
    sheet[f"F{ROW_OF['other_goods']}"] = 10.123  # below the cent
    book.save(workbook_path)
    code, _, err = run(capsys, db_path, "import-budget", demo, "--partner", "QTB", str(workbook_path))
    assert code == 2 and "nothing changed" in err
    for cell, words in ((f"B{ROW_OF['personnel']}", "formula"), (f"C{ROW_OF['equipment']}", "text 'beaucoup'"),
                        (f"D{ROW_OF['travel']}", "negative"), (f"E{ROW_OF['rate']}", "not plausible"),
                        (f"F{ROW_OF['other_goods']}", "more than two decimals")):
        line = next(line for line in err.splitlines() if f"BE2!{cell}" in line)
        assert words in line, line
    assert _budget(capsys, db_path, demo) == before

    book = openpyxl.load_workbook(workbook_path)
    book["BE3"]["C4"] = "WP9"
    book.save(workbook_path)
    code, _, err = run(capsys, db_path, "import-budget", demo, "--partner", "APHP", str(workbook_path))
    assert code == 2 and "BE3!C4: 'WP2' expected, found 'WP9'" in err
    other = workbook_path.with_name("garbage.xlsx")
    other.write_text("not a workbook")
    code, _, err = run(capsys, db_path, "import-budget", demo, "--partner", "APHP", str(other))
    assert code == 2 and "not an .xlsx workbook" in err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_reads_back(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,
                                                    workbook_path: Path, tmp_path: Path) -> None:  # noqa: F811
    book = openpyxl.load_workbook(workbook_path)
    book["BE4"][f"D{ROW_OF['equipment']}"] = 12000  # LIB: equipment in WP3
    book.save(workbook_path)
    profile = tmp_path / "profile"
    out = tmp_path / "lo"
    subprocess.run([str(shutil.which("soffice")), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(workbook_path)],
                   capture_output=True, check=True, timeout=300)
    code, text, err = run(capsys, db_path, "import-budget", demo, "--partner", "LIB", str(out / workbook_path.name),
                          "--json")
    assert code == 0, err
    assert [(c["cell"], c["new"]) for c in json.loads(text)["changes"]] == [(f"BE4!D{ROW_OF['equipment']}", "12000.00")]
