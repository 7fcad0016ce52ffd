"""A partner's budget read back from the Bpifrance annex or the ANR table (``import-budget``): its sheet, or refused.

``read_annex(document, template, participation_uuid, workbook, path)`` reads
the partner's sheet of a workbook written by ``export --form bpi-annex`` or
``--form anr`` (``xlsx_annex`` → ``xlsx_render``: a summary sheet "Budget",
then one sheet per partner, in French: the call's categories × years, the
total, the overheads the partner enters, then overheads, eligible cost,
rate and aid) and returns the document with the changes applied and the
changed cells. Other partners' sheets are not read. Nothing is stored here;
the checks and messages are ``xlsx_read_cells``'.

The partner's sheet is found by the title the writer gives it and must
name the partner in A1 (else: the wrong partner's sheet). Rows are found by
their label, so a row inserted for a category the partner had no cost in
yet is read; an unknown label, a missing row or a changed year header is
refused.

What each cell is, per this form:

- A category × year amount: the partner's own figures (its cost items of
  the kinds that category covers, in that year). A changed amount lands on
  those items by work package, earlier ones kept, the difference on the
  last; a new one becomes an item outside any work package in that year.
- The personnel row, once the partner has effort costed at a rate: derived
  in our model (person-months × rates, spread over the years each work
  package runs); the sheet cannot say which person-months changed, so each
  cell is checked against the model and a different figure is refused
  with both (change the effort matrix). With no such effort the partner
  types its personnel as amounts, read as the other categories.
- Row and column totals, overheads (the call's flat rate), eligible cost
  and aid: formulas, which must stay formulas.
- Rate: the call's funding rate for the partner, checked against the rules.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.budget_tables import category_label
from medicen_desktop.export.labels import Labels
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
from medicen_desktop.export.xlsx_render import sheet_title
from medicen_desktop.rules.budget import PartnerBudget, compute_budget
from medicen_desktop.rules.template_model import BudgetCategory, FunderTemplate

FIRST_ROW = 4
"""The first category row, under the header row 3."""
_LABELS = Labels("fr")
"""The annexes are written in French (``xlsx_annex``)."""
_NONE = BudgetCategory(key="unknown", label_fr="?", label_en="?")


def read_annex(document: ProposalDocument, template: FunderTemplate, participation_uuid: str, workbook: Any,
               path: Path) -> tuple[ProposalDocument, list[CellChange]]:
    """The document with the partner's sheet applied, and the changed cells; raises BudgetWorkbookRefused."""
    report = compute_budget(document, template)
    partner = report.partner(participation_uuid)
    taken: set[str] = set()
    sheet_title(_LABELS("budget"), taken)
    titles = {p.participation_uuid: sheet_title(p.name, taken) for p in report.partners}
    title = titles[participation_uuid]
    if title not in workbook.sheetnames:
        raise BudgetWorkbookRefused(path, [f"no sheet {title!r} (the partner's sheet in this layout; sheets: "
                                           f"{', '.join(workbook.sheetnames)})"])
    cells = CellReader(workbook[title])
    name = normalise_plain(partner.name)
    if text_of(cells.raw("A1")) != name:
        raise BudgetWorkbookRefused(path, [f"{cells.place('A1')}: {cells.raw('A1')!r} — the wrong partner's sheet "
                                           f"(this sheet is {name!r}'s in this proposal)"])
    periods = sorted({p for each in report.partners for p in each.by_period} or {1})
    headers = [_LABELS("budget"), *(f"{_LABELS('year')} {p}" for p in periods), _LABELS("total")]
    for column, text in enumerate(headers, start=1):
        cells.label(f"{letter(column)}3", text, "a workbook of another layout, or of other years")
    if cells.problems:
        raise BudgetWorkbookRefused(path, cells.problems)
    amounts: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
    derived: set[str] = set()
    for entry in report.entries:
        if entry.participation_uuid == participation_uuid:
            amounts[entry.category, entry.period] += entry.amount
            if entry.derived:
                derived.add(entry.category)
    keys = {category_label(template, c.key, _LABELS): c.key for c in template.budget_categories}
    keys.update({category_label(template, k, _LABELS): k for k in partner.by_category if template.category(k) is None})
    rows, total_row = _category_rows(cells, keys, path)
    for key in partner.by_category:
        if key not in rows.values() and any(amounts[key, p] for p in periods):
            cells.refuse(f"A{FIRST_ROW}", f"the row {category_label(template, key, _LABELS)!r} is missing (put zeros "
                                          "in its cells rather than deleting it)")
    wanted: dict[tuple[str, int], Decimal] = {}
    total_col = letter(len(periods) + 2)
    for row, key in rows.items():
        label = category_label(template, key, _LABELS)
        for index, period in enumerate(periods):
            ref, what = f"{letter(index + 2)}{row}", f"{label}, {headers[index + 1]}"  # the sheet's own words
            if key in derived:
                cells.derived(ref, what, amounts[key, period], "amount",
                              "person-months × monthly rates over the years of each work package: change the "
                              "effort matrix")
                continue
            value = cells.number(ref, what, "amount")
            if value is not None and value != amounts[key, period] and has_depreciated(
                    line for line in document.budget_lines if line.participation_uuid == partner.participation_uuid
                    and line.period == period and template.booked_under(line.category) == key):
                cells.refuse(ref, f"({what}) {DEPRECIATED}")  # else spread, then recomputed away: listed, not applied
                continue
            if cells.compare(ref, what, amounts[key, period], value) and value is not None:
                wanted[key, period] = value
        cells.formula(f"{total_col}{row}", f"the total of {label}")
    for column in range(2, len(periods) + 3):
        cells.formula(f"{letter(column)}{total_row}", f"{_LABELS('total')} ({headers[column - 1]})")
    _closing_rows(cells, template, partner, total_row, rows, path)
    if cells.problems:
        raise BudgetWorkbookRefused(path, cells.problems)
    return _apply(document, template, participation_uuid, wanted), cells.changes


def _category_rows(cells: CellReader, keys: dict[str, str], path: Path) -> tuple[dict[int, str], int]:
    """The category of each row (the direct costs down to "Total", then the entered overheads down to a blank
    row), and the total's row."""
    rows: dict[int, str] = {}
    total_row = 0
    for number in range(FIRST_ROW, cells.sheet.max_row + 2):
        label = text_of(cells.raw(f"A{number}"))
        if not total_row and label == _LABELS("total"):
            total_row = number
            continue
        if total_row and not label:
            break
        if not label:
            cells.refuse(f"A{number}", "a row without a label among the categories")
            continue
        key = keys.get(label)
        if key is None:
            cells.refuse(f"A{number}", f"unknown category label {label!r} (the call's: "
                                       f"{', '.join(repr(k) for k in keys)})")
        elif key in rows.values():
            cells.refuse(f"A{number}", f"the category {label!r} a second time")
        else:
            rows[number] = key
    if not total_row:
        cells.refuse("A4", f"no row {_LABELS('total')!r} under the categories (a workbook of another layout)")
        raise BudgetWorkbookRefused(path, cells.problems)
    return rows, total_row


def _closing_rows(cells: CellReader, template: FunderTemplate, partner: PartnerBudget, total_row: int, rows: dict[int, str],
                  path: Path) -> None:
    """Overheads, eligible cost, rate and aid, under the blank row that ends the entered overheads."""
    first = max([total_row, *(r for r in rows if r > total_row)]) + 2
    expected = (_LABELS("overheads"), _LABELS("eligible"), _LABELS("rate"), _LABELS("aid"))
    for offset, label in enumerate(expected):
        if not cells.label(f"A{first + offset}", label, "a workbook of another layout"):
            return
    # "=0" when the call has no flat rate for the partner and it entered no overheads when the form was written.
    entered = any((template.category(key) or _NONE).is_overheads for key in partner.by_category)
    cells.formula(f"B{first}", expected[0], with_references=template.overhead_rule(partner.kind) is not None or entered)
    cells.formula(f"B{first + 1}", expected[1])
    cells.derived(f"B{first + 2}", expected[2], partner.funding_rate.value, "ratio",
                  f"the call's rule: {partner.funding_rate.rule_en}")
    cells.formula(f"B{first + 3}", expected[3])


def _apply(document: ProposalDocument, template: FunderTemplate, partner: str,
           wanted: dict[tuple[str, int], Decimal]) -> ProposalDocument:
    if not wanted:
        return document
    lines = list(document.budget_lines)
    order = line_order(document, lines)
    for (key, period), value in wanted.items():
        own = sorted((i for i, line in enumerate(lines) if line.participation_uuid == partner
                      and line.period == period and template.booked_under(line.category) == key), key=order)
        set_typed_amount(lines, own, value, new_budget_line(partner, _new_kind(template, key), period, None))
    return with_budget_lines(document, lines)


def _new_kind(template: FunderTemplate, key: str) -> str:
    """The kind of a new cost item booked under the call's category ``key``: the category's own key when it is a
    kind of the cost base too, else the first kind it covers."""
    category = template.category(key)
    if category is None or key in category.covers or not category.covers:
        return key
    return category.covers[0]
