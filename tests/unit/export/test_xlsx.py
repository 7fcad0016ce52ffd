"""The budget workbook: live formulas whose computed values are the rules' figures."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, range_boundaries
from openpyxl.workbook import Workbook

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.xlsx_render import render_xlsx
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.template_model import FunderTemplate
from tests.unit.export.libreoffice_recalc import compare_recalculated

_REF = re.compile(r"(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?\$?([A-Z]{1,3})\$?(\d+)")
_SUM = re.compile(r"SUM\(([^)]*)\)")


class Evaluator:
    """Computes the few formula forms the workbook uses: SUM(range), ROUND(x,n), + - * /, cell references."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook

    def value(self, sheet: str, ref: str) -> float:
        raw = self.workbook[sheet][ref].value
        if isinstance(raw, str) and raw.startswith("="):
            return self.formula(sheet, raw[1:])
        return float(raw or 0)

    def formula(self, sheet: str, text: str) -> float:
        def total(match: re.Match[str]) -> str:
            target, cells = sheet, match.group(1)
            if "!" in cells:
                target, cells = cells.rsplit("!", 1)
                target = target.strip("'").replace("''", "'")
            low_col, low_row, high_col, high_row = range_boundaries(cells.replace("$", ""))
            worksheet = self.workbook[target]
            return repr(sum(self.value(target, worksheet.cell(r, c).coordinate)
                            for r in range(low_row, high_row + 1) for c in range(low_col, high_col + 1)))

        text = _SUM.sub(total, text)

        def reference(match: re.Match[str]) -> str:
            target = (match.group(1) or "").replace("''", "'") or match.group(2) or sheet
            column = column_index_from_string(match.group(3))
            return repr(self.value(target, f"{openpyxl.utils.get_column_letter(column)}{match.group(4)}"))

        expression = _REF.sub(reference, text).replace("ROUND", "round")
        assert re.fullmatch(r"[\d.eE+\-*/(), round]+", expression), expression
        return float(eval(expression, {"__builtins__": {}}, {"round": round}))


@pytest.fixture(scope="module")
def workbook(sample_doc: ProposalDocument, budget: BudgetReport, template: FunderTemplate, out_dir: Path) -> Workbook:
    path = out_dir / "budget.xlsx"
    render_xlsx(sample_doc, budget, template, path)
    return openpyxl.load_workbook(path)


def close(value: float, expected: Decimal) -> bool:
    return abs(Decimal(str(value)) - expected) <= Decimal("0.01")


def test_totals_are_formulas(workbook: Workbook, budget: BudgetReport) -> None:
    summary = workbook.worksheets[0]
    formulas = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert len(formulas) >= 5 * len(budget.partners) + 4
    assert len(workbook.worksheets) == len(budget.partners) + 1
    for sheet in workbook.worksheets[1:]:
        assert any(isinstance(c.value, str) and c.value.startswith("=SUM(") for row in sheet.iter_rows() for c in row)


def test_computed_values_are_the_rules_figures(workbook: Workbook, budget: BudgetReport) -> None:
    evaluator = Evaluator(workbook)
    summary = workbook.worksheets[0].title
    for row, partner in enumerate(budget.partners, start=4):
        direct, overheads, eligible, rate, aid = (evaluator.value(summary, f"{col}{row}") for col in "BCDEF")
        assert close(direct, partner.direct.value), partner.name
        assert close(overheads, partner.overheads.value), partner.name
        assert close(eligible, partner.eligible.value), partner.name
        assert abs(Decimal(str(rate)) - partner.funding_rate.value) < Decimal("0.0001"), partner.name
        assert close(aid, partner.requested_aid.value), partner.name
    total_row = 4 + len(budget.partners)
    assert close(evaluator.value(summary, f"B{total_row}"), budget.direct.value)
    assert close(evaluator.value(summary, f"D{total_row}"), budget.eligible.value)
    assert close(evaluator.value(summary, f"F{total_row}"), budget.requested_aid.value)


@pytest.fixture(scope="module")
def xlsx_path(sample_doc: ProposalDocument, budget: BudgetReport, template: FunderTemplate, out_dir: Path) -> Path:
    path = out_dir / "cached.xlsx"
    render_xlsx(sample_doc, budget, template, path)
    return path


def test_formula_values_are_cached_in_the_file(xlsx_path: Path, budget: BudgetReport) -> None:
    cached = openpyxl.load_workbook(xlsx_path, data_only=True)
    formulas = openpyxl.load_workbook(xlsx_path)
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    assert isinstance(cached[sheet.title][cell.coordinate].value, float | int), (sheet.title, cell)
    summary = cached.worksheets[0]
    for row, partner in enumerate(budget.partners, start=4):
        assert close(summary[f"C{row}"].value, partner.overheads.value)
        assert close(summary[f"F{row}"].value, partner.requested_aid.value)


def test_overheads_are_a_formula_of_the_calls_rule(xlsx_path: Path, budget: BudgetReport,
                                                   template: FunderTemplate) -> None:
    workbook = openpyxl.load_workbook(xlsx_path)
    evaluator = Evaluator(workbook)
    for sheet, partner in zip(workbook.worksheets[1:], budget.partners):
        row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Frais généraux")
        formula = sheet.cell(row, 2).value
        rule = template.overhead_rule(partner.kind)
        if rule is not None and rule.rate:
            assert formula.startswith(f"=ROUND({rule.rate}*(") and "," in formula, formula
        assert close(evaluator.value(sheet.title, f"B{row}"), partner.overheads.value), partner.name


def test_every_sheet_prints_fitted_to_the_width_with_its_header_repeated(xlsx_path: Path) -> None:
    for sheet in openpyxl.load_workbook(xlsx_path).worksheets:
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows == "$3:$3"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_cached_values(xlsx_path: Path, tmp_path: Path) -> None:
    """LibreOffice Calc, told to recalculate on load, computes what the file caches."""
    assert compare_recalculated(xlsx_path, tmp_path) > 30
