"""The HE lump-sum detailed budget table: partner × WP × category, formulas whose values are the rules' figures."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.lump_sum_layout import ROW_OF
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.cost_breakdown import cells
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.export import export_document
from tests.unit.export.test_xlsx import Evaluator, close

HE = "he-ria-lump-sum"


@pytest.fixture(scope="module")
def form_path(sample_doc: ProposalDocument, out_dir: Path) -> Path:
    path = out_dir / "lump-sum.xlsx"
    export_document(sample_doc, "xlsx", path, form="he-lump-sum")
    return path


def test_every_partner_sheet_computes_the_rules_figures(form_path: Path, sample_doc: ProposalDocument) -> None:
    template = get_template(HE)
    report = compute_budget(sample_doc, template)
    workbook = openpyxl.load_workbook(form_path)
    assert workbook.sheetnames[:3] == ["Summary", "BE list", "WP list"] and workbook.sheetnames[-1] == "Any comments"
    evaluator = Evaluator(workbook)
    wps = sorted(sample_doc.work_packages, key=lambda w: w.number)
    grid = cells(report, template, [w.uuid for w in wps])
    for index, partner in enumerate(report.partners):
        sheet = f"BE{index + 1}"
        header = [c.value for c in workbook[sheet][4]]
        assert header[:7] == ["Cost category", "WP1", "WP2", "WP3", "WP4", "WP5", "Outside WPs"]
        total = openpyxl.utils.get_column_letter(len(header))
        assert close(evaluator.value(sheet, f"{total}{ROW_OF['total']}"), partner.eligible.value)
        assert close(evaluator.value(sheet, f"{total}{ROW_OF['contribution']}"), partner.requested_aid.value)
        assert close(evaluator.value(sheet, f"{total}{ROW_OF['indirect']}"), partner.overheads.value)
        assert close(evaluator.value(sheet, f"{total}{ROW_OF['personnel']}"),
                     partner.by_category["personnel"].value)
        for column, wp in enumerate([*(w.uuid for w in wps), None], start=2):
            cell = next((c for c in grid if c.participation_uuid == partner.participation_uuid
                         and c.work_package_uuid == wp), None)
            letter = openpyxl.utils.get_column_letter(column)
            expected = cell.eligible if cell else Decimal(0)
            assert close(evaluator.value(sheet, f"{letter}{ROW_OF['total']}"), expected), (sheet, letter)
        assert isinstance(workbook[sheet][f"B{ROW_OF['personnel']}"].value, str)  # a formula
    # Person-months of the effort matrix, per WP, are the form's.
    nvi_wp1 = next(e.person_months for e in sample_doc.efforts
                   if e.participation_uuid == report.partners[0].participation_uuid
                   and e.work_package_uuid == wps[0].uuid)
    assert workbook["BE1"][f"B{ROW_OF['pm']}"].value == float(nvi_wp1)
    summary_total = openpyxl.utils.get_column_letter(len(wps) + 3)
    assert close(evaluator.value("Summary", f"{summary_total}{4 + len(report.partners)}"), report.eligible.value)
    comments = [row for row in workbook["Any comments"].iter_rows(min_row=2, values_only=True)]
    assert comments and all(row[5] for row in comments) and {row[1] for row in comments} == {"WP3", "WP4", "WP5"}


def test_values_are_cached_for_readers_that_do_not_calculate(form_path: Path, sample_doc: ProposalDocument) -> None:
    report = compute_budget(sample_doc, get_template(HE))
    cached = openpyxl.load_workbook(form_path, data_only=True)
    header = [c.value for c in cached["BE2"][4]]
    total = openpyxl.utils.get_column_letter(len(header))
    assert close(cached["BE2"][f"{total}{ROW_OF['total']}"].value, report.partners[1].eligible.value)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_lump_sum_table(form_path: Path, tmp_path: Path) -> None:
    from tests.unit.export.libreoffice_recalc import compare_recalculated

    assert compare_recalculated(form_path, tmp_path) > 100
