"""The funders' other budget forms: HE Part A, Bpifrance's annex, ANR's table — formulas computing the rules' figures."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.export import UnknownFormat, export_document
from tests.unit.export.test_xlsx import Evaluator, close


@pytest.fixture(scope="module")
def part_a(sample_doc: ProposalDocument, out_dir: Path) -> Path:
    path = out_dir / "part-a.xlsx"
    export_document(sample_doc, "xlsx", path, form="he-part-a")
    return path


def test_part_a_rows_compute_the_rules_figures_under_horizon_europe(part_a: Path, sample_doc: ProposalDocument) -> None:
    report = compute_budget(sample_doc, get_template("he-ria"))
    workbook = openpyxl.load_workbook(part_a)
    sheet = workbook["Part A budget"]
    headers = [c.value for c in sheet[3]]
    assert headers[:4] == ["Participant", "Country", "A. Personnel costs", "B. Subcontracting costs"]
    evaluator = Evaluator(workbook)
    column = {h: openpyxl.utils.get_column_letter(i + 1) for i, h in enumerate(headers)}
    for row, partner in enumerate(report.partners, start=4):
        assert sheet[f"A{row}"].value == partner.name
        assert close(evaluator.value(sheet.title, f"{column['A. Personnel costs']}{row}"),
                     partner.by_category["personnel"].value)
        assert close(evaluator.value(sheet.title, f"{column['E. Indirect costs']}{row}"), partner.overheads.value)
        assert close(evaluator.value(sheet.title, f"{column['Total eligible costs']}{row}"), partner.eligible.value)
        assert close(evaluator.value(sheet.title, f"{column['Requested EU contribution']}{row}"),
                     partner.requested_aid.value)
    total = 4 + len(report.partners)
    assert close(evaluator.value(sheet.title, f"{column['Total eligible costs']}{total}"), report.eligible.value)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_part_a(part_a: Path, tmp_path: Path) -> None:
    from tests.unit.export.libreoffice_recalc import compare_recalculated

    assert compare_recalculated(part_a, tmp_path) > 20


@pytest.mark.parametrize(("form", "call"), [("bpi-annex", "bpi-idemo"), ("anr", "anr-prce")])
def test_french_annexes_one_sheet_per_partner_under_their_call(sample_doc: ProposalDocument, out_dir: Path,
                                                                form: str, call: str) -> None:
    english = sample_doc.model_copy(update={"proposal": sample_doc.proposal.model_copy(update={"language": "en"})})
    path = out_dir / f"{form}.xlsx"
    export_document(english, "xlsx", path, form=form)
    report = compute_budget(sample_doc, get_template(call))
    workbook = openpyxl.load_workbook(path)
    assert len(workbook.sheetnames) == 1 + len(report.partners)
    evaluator = Evaluator(workbook)
    for partner, title in zip(report.partners, workbook.sheetnames[1:], strict=True):
        sheet = workbook[title]
        labels = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
        assert "Aide demandée" in labels and "Assiette éligible" in labels  # in French, whatever the proposal's language
        assert close(evaluator.value(title, f"B{labels['Aide demandée']}"), partner.requested_aid.value)
        assert close(evaluator.value(title, f"B{labels['Assiette éligible']}"), partner.eligible.value)


def test_a_form_needs_the_xlsx_format(sample_doc: ProposalDocument, out_dir: Path) -> None:
    with pytest.raises(UnknownFormat, match="he-lump-sum"):
        export_document(sample_doc, "pdf", out_dir / "x.pdf", form="he-lump-sum")
    assert not (out_dir / "x.pdf").exists()
