"""The reading machinery every budget form's reader shares: numbers, formulas, derived cells, where amounts land."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.document.schema import BudgetLine, ProposalDocument
from medicen_desktop.export.xlsx_form_read import read_budget_form
from medicen_desktop.export.xlsx_read_cells import (
    BudgetWorkbookRefused,
    CellReader,
    new_budget_line,
    number,
    set_typed_amount,
)
from medicen_desktop.services.export import export_document

D = Decimal
PARTNER = "00000000-0000-4000-8000-000000000001"


def _line(amount: str, period: int) -> BudgetLine:
    return BudgetLine(uuid=f"00000000-0000-4000-8000-00000000010{period}", participation_uuid=PARTNER,
                      category="travel", period=period, amount=D(amount))


@pytest.mark.parametrize(("value", "amounts"), [
    ("1500", ["1000", "500"]),  # unchanged
    ("1800", ["1000", "800"]),  # more: the last takes the difference
    ("700", ["700", "0"]),  # less: earlier ones kept while the total allows
    ("1200", ["1000", "200"]),
])
def test_a_changed_amount_lands_on_the_earlier_items_first_the_difference_on_the_last(
        value: str, amounts: list[str]) -> None:
    lines = [_line("1000", 1), _line("500", 2)]
    set_typed_amount(lines, [0, 1], D(value), new_budget_line(PARTNER, "travel", 1, None))
    assert [str(line.amount) for line in lines] == amounts


def test_a_new_amount_becomes_a_new_item_and_a_zero_none() -> None:
    lines: list[BudgetLine] = []
    set_typed_amount(lines, [], D(0), new_budget_line(PARTNER, "equipment", 3, None))
    assert lines == []
    set_typed_amount(lines, [], D("12.50"), new_budget_line(PARTNER, "equipment", 3, None))
    assert [(line.category, line.period, line.amount, line.work_package_uuid) for line in lines] == [
        ("equipment", 3, D("12.50"), None)]


@pytest.mark.parametrize(("raw", "kind", "problem"), [
    (None, "amount", None), (12, "amount", None), (0.1 + 0.2, "amount", None), (-1, "amount", "negative"),
    ("12", "amount", "text '12'"), ("=A1", "amount", "a formula"), (True, "amount", "text"),
    (float("nan"), "amount", "not a number"), (2e9, "amount", "plausible"), (1.005, "amount", "two decimals"),
    (20_000, "pm", "person-months"), (200_000, "rate", "monthly cost"), (1.2, "ratio", "between 0 and 100 %"),
    (0.455, "ratio", None),
])
def test_a_typed_number_is_read_or_refused_with_the_reason(raw: object, kind: str, problem: str | None) -> None:
    _, found = number(raw, kind)  # type: ignore[arg-type]
    assert (found is None) if problem is None else (found is not None and problem in found), found


def test_cell_messages_name_the_sheet_quoted_as_a_formula_would() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Part A budget"
    sheet["A1"], sheet["B1"], sheet["C1"] = "=SUM(B2:B3)", "=0", 12
    cells = CellReader(sheet)
    cells.formula("A1", "a total")
    cells.formula("B1", "a total")
    cells.formula("C1", "a total")
    cells.derived("C1", "a derived figure", D("12.004"), "amount", "from effort")
    cells.derived("C1", "a derived figure", D(13), "amount", "from effort")
    assert cells.problems == [
        "'Part A budget'!B1: the formula of 'a total' was replaced by the constant '=0'; it must stay a formula of "
        "the cells it adds up",
        "'Part A budget'!C1: the formula of 'a total' was replaced by the value 12; it must stay a formula",
        "'Part A budget'!C1: a derived figure: 12.00 found, the model gives 13.00 (from effort); not applied"]


def test_the_lump_sum_reader_refuses_another_partners_sheet(sample_doc: ProposalDocument, tmp_path: Path) -> None:
    document = sample_doc.model_copy(update={"proposal": sample_doc.proposal.model_copy(
        update={"template_key": "he-ria-lump-sum"})})
    path = tmp_path / "lump.xlsx"
    export_document(document, "xlsx", path, form="he-lump-sum")
    first = min(document.participations, key=lambda p: p.position)
    book = openpyxl.load_workbook(path)
    book["BE1"]["A1"] = "BE1 — someone else"
    book.save(path)
    with pytest.raises(BudgetWorkbookRefused) as refused:
        read_budget_form(document, first.uuid, path)
    assert len(refused.value.problems) == 1
    assert refused.value.problems[0].startswith("BE1!A1: 'BE1 — someone else' — the wrong partner's sheet (BE1 is ")
    assert "the wrong partner's sheet" in str(refused.value) and str(path) in str(refused.value)
