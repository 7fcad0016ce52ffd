"""A partner's budget read back from the HE Part A budget table (``import-budget``): its row, or refused.

``read_part_a(document, template, participation_uuid, workbook, path)``
reads the partner's row of the sheet "Part A budget" written by ``export
--form he-part-a`` (``xlsx_part_a``: one row per participant, found by its
short name in column A) and returns the document with the changes applied
and the changed cells; other partners' rows are not read. Nothing is
stored here; the checks and messages are ``xlsx_read_cells``'.

What each cell of the row is, per this form:

- B. Subcontracting, C.1 Travel, C.2 Equipment, C.3 Other goods, D. Other
  cost categories: the partner's own figures (its cost items of that kind,
  all years and work packages together). A changed total lands on those
  items, by work package then year, earlier ones kept, the difference on
  the last; a new amount becomes an item outside any work package in
  year 1 (the table has no work packages; move it in the budget by WP).
- A. Personnel: derived in our model (person-months × monthly rates) once
  the partner has effort costed at a rate; the table cannot say which
  person-months changed, so the cell is checked against the model and a
  different figure is refused with both figures (change the effort matrix,
  or the lump-sum table's person-months). A partner with no such effort
  types its personnel as amounts: then the cell is read as those.
- E. Indirect costs, Total eligible costs, Maximum and Requested EU
  contribution: formulas, which must stay formulas.
- Funding rate: the call's rule for the partner's kind, checked against
  the rules; a different rate is refused.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.lump_sum_layout import NEW_KIND, kind_row
from medicen_desktop.export.xlsx_part_a import COLUMNS
from medicen_desktop.export.xlsx_read_cells import (
    DEPRECIATED,
    BudgetWorkbookRefused,
    CellChange,
    CellReader,
    has_depreciated,
    letter,
    line_order,
    new_budget_line,
    set_typed_amount,
    text_of,
    with_budget_lines,
)
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.template_model import FunderTemplate

SHEET = "Part A budget"
HEADER_ROW = 3
TAIL = ("E. Indirect costs", "Total eligible costs", "Funding rate", "Maximum EU contribution",
        "Requested EU contribution")
"""The headers after the cost columns, as ``xlsx_part_a`` writes them."""


def read_part_a(document: ProposalDocument, template: FunderTemplate, participation_uuid: str, workbook: Any,
                path: Path) -> tuple[ProposalDocument, list[CellChange]]:
    """The document with the partner's row applied, and the changed cells; raises BudgetWorkbookRefused."""
    cells = CellReader(workbook[SHEET])
    headers = ["Participant", "Country", *(c[1] for c in COLUMNS), *TAIL]
    for column, text in enumerate(headers, start=1):
        cells.label(f"{letter(column)}{HEADER_ROW}", text, "a workbook of another layout")
    if cells.problems:
        raise BudgetWorkbookRefused(path, cells.problems)
    report = compute_budget(document, template)
    partner = report.partner(participation_uuid)
    row = _row_of(cells, normalise_plain(partner.name), path)
    amounts: dict[str, Decimal] = defaultdict(Decimal)
    derived = Decimal(0)
    for entry in report.entries:
        if entry.participation_uuid == participation_uuid:
            key = "personnel" if entry.derived or kind_row(entry.kind) == "typed_personnel" else kind_row(entry.kind)
            amounts[key] += entry.amount
            derived += entry.amount if entry.derived else 0
    wanted: dict[str, Decimal] = {}
    for index, (key, header, _) in enumerate(COLUMNS):
        ref = f"{letter(3 + index)}{row}"
        if key == "personnel" and derived:
            cells.derived(ref, header, amounts[key], "amount",
                          "person-months × monthly rates: change the effort matrix, or the person-months of the "
                          "lump-sum table")
            continue
        value = cells.number(ref, header, "amount")
        if value is not None and value != amounts[key] and has_depreciated(
                line for line in document.budget_lines
                if line.participation_uuid == participation_uuid and kind_row(line.category) == key):
            cells.refuse(ref, f"({header}) {DEPRECIATED}")  # else spread, then recomputed away: listed, not applied
            continue
        if cells.compare(ref, header, amounts[key], value) and value is not None:
            wanted["typed_personnel" if key == "personnel" else key] = value
    first = 3 + len(COLUMNS)
    rule = template.overhead_rule(partner.kind)
    cells.formula(f"{letter(first)}{row}", TAIL[0], with_references=rule is not None)
    cells.formula(f"{letter(first + 1)}{row}", TAIL[1])
    cells.derived(f"{letter(first + 2)}{row}", TAIL[2], partner.funding_rate.value, "ratio",
                  f"the call's rule: {partner.funding_rate.rule_en}")
    cells.formula(f"{letter(first + 3)}{row}", TAIL[3])
    cells.formula(f"{letter(first + 4)}{row}", TAIL[4])
    if cells.problems:
        raise BudgetWorkbookRefused(path, cells.problems)
    lines = list(document.budget_lines)
    order = line_order(document, lines)
    for key, value in wanted.items():
        own = sorted((i for i, line in enumerate(lines) if line.participation_uuid == participation_uuid
                      and kind_row(line.category) == key), key=order)
        set_typed_amount(lines, own, value, new_budget_line(participation_uuid, NEW_KIND[key], 1, None))
    return (with_budget_lines(document, lines) if wanted else document), cells.changes


def _row_of(cells: CellReader, name: str, path: Path) -> int:
    """The sheet row of the partner named ``name`` (column A, below the headers, above "Total")."""
    rows = []
    found: list[str] = []
    for number in range(HEADER_ROW + 1, cells.sheet.max_row + 1):
        label = text_of(cells.raw(f"A{number}"))
        if label == "Total":
            break
        found.append(label)
        if label == name:
            rows.append(number)
    if len(rows) != 1:
        problem = "no row" if not rows else f"{len(rows)} rows"
        raise BudgetWorkbookRefused(path, [f"{cells.place('A' + str(HEADER_ROW + 1))}…: {problem} for the partner "
                                           f"{name!r} in column A (found: {', '.join(repr(f) for f in found)})"])
    return rows[0]
