"""``import-budget`` reads back the HE Part A table, the Bpifrance annex and the ANR table too, or refuses them.

Each form is exported by us, edited (openpyxl, then LibreOffice), read back
with exactly the changed cells listed, applied, and exported again showing
the new figures; a refused workbook lists its problems cell by cell and the
database reads back as it was.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from tests.e2e.test_cli_rules import demo, run  # noqa: F401 - the fixture

D = Decimal



@dataclass(frozen=True)
class Case:
    form: str
    call: str | None
    """The call the demo is retargeted to first (None: it stays under bpi-idemo)."""
    partner: str
    sheet: str
    edits: dict[str, float]
    """The partner's typed cells changed: cell -> new value."""
    changes: list[tuple[str, str, str]]
    """What import-budget lists: (cell, old, new)."""
    others: Callable[[Workbook], None]
    """Edits of other partners' figures in the same file, which must not be read."""


def _annex_others(book: Workbook) -> None:
    book["QTB"]["C5"] = 99999  # QTB's equipment, year 2


def _part_a_others(book: Workbook) -> None:
    book["Part A budget"]["G6"] = 99999  # APHP's other goods


CASES = [
    Case("he-part-a", "he-ria", "QTB", "Part A budget", {"D5": 12000, "G5": 170000.25},
         [("'Part A budget'!D5", "0.00", "12000.00"), ("'Part A budget'!G5", "168000.00", "170000.25")],
         _part_a_others),
    Case("bpi-annex", None, "NVI", "NVI", {"C5": 46000, "E7": 20000.5},
         [("NVI!C5", "45000.00", "46000.00"), ("NVI!E7", "18000.00", "20000.50")], _annex_others),
    Case("anr", "anr-prce", "NVI", "NVI", {"C5": 46000, "E7": 20000.5, "B6": 61000},
         [("NVI!C5", "45000.00", "46000.00"), ("NVI!B6", "60000.00", "61000.00"), ("NVI!E7", "18000.00", "20000.50")],
         _annex_others),
]


@pytest.fixture(params=CASES, ids=[c.form for c in CASES])
def case(request: pytest.FixtureRequest) -> Case:
    value: Case = request.param
    return value


@pytest.fixture
def form_path(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, tmp_path: Path,  # noqa: F811
              case: Case) -> Path:
    if case.call is not None:
        code, _, err = run(capsys, db_path, "retarget", demo, "--template", case.call)
        assert code == 0, err
    path = tmp_path / f"{case.form}.xlsx"
    code, _, err = run(capsys, db_path, "export", demo, "--format", "xlsx", "--form", case.form, "-o", str(path))
    assert code == 0, err
    return path


def _snapshot(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, tmp_path: Path) -> str:  # noqa: F811
    out = tmp_path / "snapshot.json"
    code, _, err = run(capsys, db_path, "export-json", demo, "-o", str(out))
    assert code == 0, err
    return out.read_text()


def _import(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, partner: str, path: Path,  # noqa: F811
            *flags: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    code, out, err = run(capsys, db_path, "import-budget", demo, "--partner", partner, str(path), "--json", *flags)
    return code, (json.loads(out) if code == 0 else {}), err


def _edit(path: Path, case: Case, target: Path) -> None:
    book = openpyxl.load_workbook(path)
    for cell, value in case.edits.items():
        book[case.sheet][cell] = value
    case.others(book)
    book.save(target)


def _libreoffice(path: Path, tmp_path: Path) -> Path:
    """``path`` opened and saved again as .xlsx by LibreOffice Calc."""
    out = tmp_path / "lo"
    subprocess.run([str(shutil.which("soffice")), f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   capture_output=True, check=True, timeout=300)
    saved = out / path.name
    assert b"LibreOffice" in _app_of(saved)
    return saved


def _app_of(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("docProps/app.xml")


def test_a_script_edited_form_reads_back_with_exactly_the_changed_cells(
        capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, form_path: Path, case: Case,  # noqa: F811
        tmp_path: Path) -> None:
    edited = tmp_path / "edited.xlsx"
    _edit(form_path, case, edited)
    before = _snapshot(capsys, db_path, demo, tmp_path)
    code, data, err = _import(capsys, db_path, demo, case.partner, edited, "--dry-run")
    assert code == 0, err
    assert data["form"] == case.form and data["applied"] is False
    assert [(c["cell"], c["old"], c["new"]) for c in data["changes"]] == case.changes
    assert _snapshot(capsys, db_path, demo, tmp_path) == before  # a dry run writes nothing

    code, data, err = _import(capsys, db_path, demo, case.partner, edited)
    assert code == 0 and data["applied"] is True, err
    # Exported again, the form shows what was typed; the other partner's edit was not read.
    again = tmp_path / "again.xlsx"
    code, _, err = run(capsys, db_path, "export", demo, "--format", "xlsx", "--form", case.form, "-o", str(again))
    assert code == 0, err
    fresh, original = openpyxl.load_workbook(again), openpyxl.load_workbook(form_path)
    for cell, value in case.edits.items():
        assert fresh[case.sheet][cell].value == pytest.approx(value), cell
    for sheet in fresh.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if sheet.title != case.sheet or cell.coordinate not in case.edits:
                    if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                        assert cell.value == original[sheet.title][cell.coordinate].value, \
                            (sheet.title, cell.coordinate)
    code, data, _ = _import(capsys, db_path, demo, case.partner, edited)
    assert code == 0 and data["changes"] == []  # what was read is what is stored


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_form_saved_by_libreoffice_reads_back(capsys: pytest.CaptureFixture[str], db_path: Path, demo: str,  # noqa: F811
                                                form_path: Path, case: Case, tmp_path: Path) -> None:
    edited = tmp_path / f"{case.form}.xlsx"
    _edit(form_path, case, edited)
    saved = _libreoffice(edited, tmp_path)
    code, data, err = _import(capsys, db_path, demo, case.partner, saved)
    assert code == 0, err
    assert [(c["cell"], c["old"], c["new"]) for c in data["changes"]] == case.changes and data["applied"]
    code, data, _ = _import(capsys, db_path, demo, case.partner, _libreoffice(form_path, tmp_path / "untouched"))
    assert code == 0 and data["changes"] == []  # our own export, only passed through LibreOffice: nothing changed


REFUSALS = {
    "he-part-a": ("QTB", {"D5": -50, "E5": "beaucoup", "F5": 2e12, "G5": 10.123, "I5": 4000, "J5": "total",
                          "L5": "=12", "C5": 1, "K5": 0.7},
                  {"D5": "negative", "E5": "text 'beaucoup'", "F5": "not a plausible amount",
                   "G5": "more than two decimals", "I5": "formula of 'E. Indirect costs' was replaced by the value",
                   "J5": "replaced by the text 'total'", "L5": "constant '=12'",
                   "C5": "the model gives 273600.00", "K5": "70 % found, the model gives 100 %"}),
    "bpi-annex": ("NVI", {"C5": -50, "D5": "beaucoup", "E5": 2e12, "B6": 10.123, "F5": 4000, "C8": "total",
                          "B13": 5, "B4": 1, "B12": 0.5},
                  {"C5": "negative", "D5": "text 'beaucoup'", "E5": "not a plausible amount",
                   "B6": "more than two decimals", "F5": "formula of 'the total of ",
                   "C8": "replaced by the text 'total'", "B13": "formula of 'Aide demandée' was replaced by the value 5",
                   "B4": "the model gives 132711.43", "B12": "50 % found, the model gives 45 %"}),
}
REFUSALS["anr"] = REFUSALS["bpi-annex"]


def test_a_refused_form_lists_every_problem_by_sheet_and_cell_and_changes_nothing(
        capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, form_path: Path, case: Case,  # noqa: F811
        tmp_path: Path) -> None:
    partner, edits, words = REFUSALS[case.form]
    book = openpyxl.load_workbook(form_path)
    for cell, value in edits.items():
        book[case.sheet][cell] = value
    book[case.sheet]["H5" if case.form == "he-part-a" else "D7"] = 1  # a valid change, applied if anything were
    book.save(form_path)
    before = _snapshot(capsys, db_path, demo, tmp_path)
    code, _, err = _import(capsys, db_path, demo, partner, form_path)
    assert code == 2 and "nothing changed" in err and str(form_path) in err
    place = "'Part A budget'!" if case.form == "he-part-a" else "NVI!"
    for cell, expected in words.items():
        line = next((line for line in err.splitlines() if f"{place}{cell}:" in line), None)
        assert line is not None and expected in line, (cell, err)
    assert _snapshot(capsys, db_path, demo, tmp_path) == before


def test_wrong_layouts_other_funders_and_the_wrong_partners_sheet_are_refused(
        capsys: pytest.CaptureFixture[str], db_path: Path, demo: str, form_path: Path, case: Case,  # noqa: F811
        tmp_path: Path) -> None:
    before = _snapshot(capsys, db_path, demo, tmp_path)
    stranger = tmp_path / "stranger.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Feuil1"
    book.save(stranger)
    code, _, err = _import(capsys, db_path, demo, case.partner, stranger)
    assert code == 2 and f"{stranger}: not read" in err and "not one of our budget forms" in err

    other = "anr" if case.form == "bpi-annex" else "bpi-annex"
    foreign = tmp_path / "foreign.xlsx"
    code, _, err = run(capsys, db_path, "export", demo, "--format", "xlsx", "--form", other, "-o", str(foreign))
    assert code == 0, err
    code, _, err = _import(capsys, db_path, demo, case.partner, foreign)
    assert code == 2 and str(foreign) in err and "a form of" in err and "but the proposal is under the call" in err

    book = openpyxl.load_workbook(form_path)
    if case.form == "he-part-a":
        book["Part A budget"]["A5"] = "QTB2"  # the partner's row renamed
        book["Part A budget"]["C3"] = "A. Staff"
        expected = ["'Part A budget'!C3: 'A. Personnel costs' expected, found 'A. Staff'"]
    else:
        book["NVI"].title, book["QTB"].title = "tmp", "NVI"  # the sheets swapped: NVI's tab holds QTB's figures
        expected = ["NVI!A1: 'QTB' — the wrong partner's sheet"]
    book.save(form_path)
    code, _, err = _import(capsys, db_path, demo, case.partner, form_path)
    assert code == 2 and all(e in err for e in expected), err
    if case.form == "he-part-a":
        book["Part A budget"]["C3"] = "A. Personnel costs"
        book.save(form_path)
        code, _, err = _import(capsys, db_path, demo, case.partner, form_path)
        assert code == 2 and "no row for the partner 'QTB' in column A" in err, err
    else:
        book["NVI"].title, book["tmp"].title = "QTB", "NVI"  # swapped back
        book["NVI"]["A6"] = "Frais de bouche"  # an unknown category
        book["QTB"]["C3"] = "Année 9"  # a year that is not the proposal's
        book.save(form_path)
        code, _, err = _import(capsys, db_path, demo, "NVI", form_path)
        assert code == 2 and "NVI!A6: unknown category label 'Frais de bouche'" in err, err
        code, _, err = _import(capsys, db_path, demo, "QTB", form_path)
        assert code == 2 and "QTB!C3: 'Année 2' expected, found 'Année 9'" in err, err
    assert _snapshot(capsys, db_path, demo, tmp_path) == before
