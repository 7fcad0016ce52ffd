"""A partner's lump-sum sheet read back: a cell holding equipment charged by depreciation is refused, named."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import BudgetLine, ProposalDocument
from medicen_desktop.export.forms import FORM_BY_KEY, template_key_for
from medicen_desktop.export.lump_sum_layout import ROW_OF
from medicen_desktop.export.xlsx_annex_read import read_annex
from medicen_desktop.export.xlsx_lump_sum_read import (
    BudgetWorkbookRefused,
    read_lump_sum,
)
from medicen_desktop.export.xlsx_part_a_read import read_part_a
from medicen_desktop.export.xlsx_read_cells import open_workbook
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.export import export_document


def test_a_depreciated_equipment_cell_is_refused(tmp_path: Path) -> None:
    doc, line = _with_depreciated_equipment()
    index = doc.budget_lines.index(line)
    lines = list(doc.budget_lines)
    path = tmp_path / "lump.xlsx"
    export_document(doc, "xlsx", path, form="he-lump-sum")
    book = openpyxl.load_workbook(path)
    sheet = book["BE1"]
    wps = sorted(doc.work_packages, key=lambda w: w.number)
    column = openpyxl.utils.get_column_letter(2 + [w.uuid for w in wps].index(lines[index].work_package_uuid)) \
        if lines[index].work_package_uuid else None
    assert column is not None
    cell = f"{column}{ROW_OF['equipment']}"
    # The eligible amounts (40 % of 90,000 for the depreciated item) are what the cell adds up.
    assert doc.budget_lines[index].amount == Decimal(36000)
    assert Decimal(str(sheet[cell].value)) == sum(
        (b.amount for b in doc.budget_lines if b.participation_uuid == lines[index].participation_uuid
         and b.category == "equipment" and b.work_package_uuid == lines[index].work_package_uuid), Decimal(0))
    sheet[cell] = sheet[cell].value + 1000
    book.save(path)
    with pytest.raises(BudgetWorkbookRefused) as refused:
        read_lump_sum(doc, get_template("he-ria-lump-sum"), doc.participations[0].uuid, open_workbook(path), path)
    assert any(f"BE1!{cell}" in p and "charged by depreciation" in p for p in refused.value.problems)


def _with_depreciated_equipment() -> tuple[ProposalDocument, BudgetLine]:
    """The sample with the first partner's first equipment item charged by depreciation (40 % of 90,000)."""
    doc = make_sample(random.Random(2))
    index = next(i for i, b in enumerate(doc.budget_lines) if b.category == "equipment"
                 and b.participation_uuid == doc.participations[0].uuid)
    lines = list(doc.budget_lines)
    lines[index] = lines[index].model_copy(update={"purchase_cost": Decimal(90000), "use_percent": Decimal(40)})
    doc = doc.model_validate({**doc.model_dump(), "budget_lines": [b.model_dump() for b in lines]})
    return doc, doc.budget_lines[index]


@pytest.mark.parametrize("form", ["he-part-a", "bpi-annex"])
def test_the_other_forms_refuse_a_changed_depreciated_equipment_cell_too(form: str, tmp_path: Path) -> None:
    """Spread over the items, the change would be recomputed away from the derived one: listed, never applied."""
    doc, line = _with_depreciated_equipment()
    template = get_template(template_key_for(FORM_BY_KEY[form], doc.proposal.template_key))
    path = tmp_path / f"{form}.xlsx"
    export_document(doc, "xlsx", path, form=form)
    book = openpyxl.load_workbook(path)
    short = next(o.short_name for o in doc.organisations
                 if o.uuid == next(p.organisation_uuid for p in doc.participations if p.uuid == line.participation_uuid))
    if form == "he-part-a":
        sheet = book["Part A budget"]
        row = next(r for r in range(1, sheet.max_row + 1) if sheet[f"A{r}"].value == short)
        column = next(c for c in range(1, sheet.max_column + 1) if sheet.cell(3, c).value == "C.2 Equipment")
        cell = f"{openpyxl.utils.get_column_letter(column)}{row}"
    else:
        sheet = book[short]
        row = next(r for r in range(1, sheet.max_row + 1)
                   if str(sheet[f"A{r}"].value or "").startswith("Investissements"))
        cell = f"{openpyxl.utils.get_column_letter(1 + line.period)}{row}"
    sheet[cell] = sheet[cell].value + 1000
    book.save(path)
    reader = read_part_a if form == "he-part-a" else read_annex
    with pytest.raises(BudgetWorkbookRefused) as refused:
        reader(doc, template, line.participation_uuid, open_workbook(path), path)
    assert any(f"{sheet.title}'!{cell}" in p or f"{sheet.title}!{cell}" in p for p in refused.value.problems \
               if "charged by depreciation" in p), \
        refused.value.problems
