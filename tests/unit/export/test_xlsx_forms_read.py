"""Reading the funders' forms back, the cases a journey does not reach: typed personnel, added rows, other calls."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.document.schema import BudgetLine, ProposalDocument
from medicen_desktop.export.xlsx_form_read import read_budget_form
from medicen_desktop.export.xlsx_read_cells import BudgetWorkbookRefused
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.export import export_document

D = Decimal


def _under(document: ProposalDocument, call: str) -> ProposalDocument:
    return document.model_copy(update={"proposal": document.proposal.model_copy(update={"template_key": call})})


def _partner(document: ProposalDocument, position: int) -> str:
    return next(p.uuid for p in document.participations if p.position == position)


def _typed_personnel(document: ProposalDocument) -> ProposalDocument:
    """The first partner without staff rates, its personnel typed as amounts (an older budget): 1000 per year."""
    first = _partner(document, 0)
    lines = [*document.budget_lines, *(BudgetLine(uuid=str(uuid.uuid4()), participation_uuid=first,
                                                  category="personnel", period=year, amount=D(1000))
                                       for year in (1, 2))]
    return ProposalDocument.model_validate({
        **document.model_dump(), "staff_rates": [r.model_dump() for r in document.staff_rates
                                                 if r.participation_uuid != first],
        "efforts": [e.model_dump() for e in document.efforts if e.participation_uuid != first],
        "budget_lines": [b.model_dump() for b in lines]})


def _personnel(document: ProposalDocument, partner: str) -> dict[int, Decimal]:
    return {b.period: b.amount for b in document.budget_lines
            if b.participation_uuid == partner and b.category == "personnel"}


def test_typed_personnel_is_read_as_the_partners_figures_in_part_a_and_the_annex(
        sample_doc: ProposalDocument, tmp_path: Path) -> None:
    for form, call, sheet, cell in (("he-part-a", "he-ria", "Part A budget", "C4"), ("bpi-annex", "bpi-idemo", None,
                                                                                      "C4")):
        document = _typed_personnel(_under(sample_doc, call))
        first = _partner(document, 0)
        path = tmp_path / f"{form}.xlsx"
        export_document(document, "xlsx", path, form=form)
        book = openpyxl.load_workbook(path)
        target = book[sheet] if sheet else book.worksheets[1]
        assert target[cell].value == (2000 if form == "he-part-a" else 1000)
        target[cell] = 2500
        book.save(path)
        read = read_budget_form(document, first, path)
        assert [(c.old, c.new) for c in read.changes] == [(D(2000) if form == "he-part-a" else D(1000), D(2500))]
        # Part A has no years: the earlier year kept, the difference on the last; the annex's cell is year 2's.
        assert _personnel(read.document, first) == {1: D(1000), 2: D(1500) if form == "he-part-a" else D(2500)}


def test_a_row_added_for_a_new_category_and_entered_overheads_read_back_in_the_annex(
        sample_doc: ProposalDocument, tmp_path: Path) -> None:
    path = tmp_path / "annexe.xlsx"
    export_document(sample_doc, "xlsx", path, form="bpi-annex")
    second = _partner(sample_doc, 1)
    report = compute_budget(sample_doc, get_template("bpi-idemo"))
    name = report.partner(second).name
    assert "subcontracting" not in report.partner(second).by_category
    book = openpyxl.load_workbook(path)
    sheet = book[name]
    total = next(r for r in range(4, 12) if sheet[f"A{r}"].value == "Total")
    sheet.insert_rows(total + 1)  # overheads the partner enters, under the total
    sheet[f"A{total + 1}"] = "Frais généraux"
    sheet[f"C{total + 1}"] = 700
    sheet[f"F{total + 1}"] = f"=SUM(B{total + 1}:E{total + 1})"
    sheet.insert_rows(total)  # a category it had no cost in, above the total
    sheet[f"A{total}"] = "Sous-traitance et prestations"
    sheet[f"B{total}"], sheet[f"D{total}"] = 5000, 0
    sheet[f"F{total}"] = f"=SUM(B{total}:E{total})"
    book.save(path)
    read = read_budget_form(sample_doc, second, path)
    assert [(c.cell, c.what, c.new) for c in read.changes] == [
        (f"{name}!B{total}", "Sous-traitance et prestations, Année 1", D(5000)),
        (f"{name}!C{total + 2}", "Frais généraux, Année 2", D(700))]
    new = {(b.category, b.period, b.amount, b.work_package_uuid) for b in read.document.budget_lines
           if b.participation_uuid == second} - {(b.category, b.period, b.amount, b.work_package_uuid)
                                                 for b in sample_doc.budget_lines}
    assert new == {("subcontracting", 1, D(5000), None), ("overheads", 2, D(700), None)}
    after = compute_budget(read.document, get_template("bpi-idemo")).partner(second)
    assert after.overheads.value - report.partner(second).overheads.value == D(700)


def test_a_proposal_under_a_call_without_a_form_reads_any_and_a_retargeted_one_is_told_to_export_again(
        sample_doc: ProposalDocument, tmp_path: Path) -> None:
    path = tmp_path / "anr.xlsx"
    export_document(sample_doc, "xlsx", path, form="anr")
    labelling = _under(sample_doc, "medicen-labelling")
    assert read_budget_form(labelling, _partner(labelling, 0), path).changes == []
    path = tmp_path / "idf.xlsx"
    export_document(_under(sample_doc, "bpi-idemo-idf"), "xlsx", path, form="bpi-annex")
    with pytest.raises(BudgetWorkbookRefused) as refused:
        read_budget_form(sample_doc, _partner(sample_doc, 0), path)
    assert "computed under the call 'i-Démo régionalisé Île-de-France" in str(refused.value)
    assert "export the form again" in str(refused.value) and str(path) in str(refused.value)


def test_an_absent_partner_sheet_is_named(sample_doc: ProposalDocument, tmp_path: Path) -> None:
    path = tmp_path / "annexe.xlsx"
    export_document(sample_doc, "xlsx", path, form="bpi-annex")
    book = openpyxl.load_workbook(path)
    first = book.worksheets[1].title
    del book[first]
    book.save(path)
    with pytest.raises(BudgetWorkbookRefused) as refused:
        read_budget_form(sample_doc, _partner(sample_doc, 0), path)
    assert refused.value.problems[0].startswith(f"no sheet {first!r} (the partner's sheet in this layout; sheets: ")
