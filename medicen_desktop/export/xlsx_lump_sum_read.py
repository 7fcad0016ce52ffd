"""A partner's budget read back from the lump-sum workbook (``import-budget``): every changed cell, or refused.

``read_lump_sum(document, template, participation_uuid, workbook, path)``
reads the partner's sheet (BE1, BE2…: ``export.lump_sum_layout``) of a
workbook written by ``export --form he-lump-sum`` and edited elsewhere (a
script, LibreOffice, Excel), and returns the document with the changes
applied and the list of changed cells. Nothing is stored here; the form is
recognised, and the call checked, by ``xlsx_form_read``.

Refused, with every problem cell by cell (``BudgetWorkbookRefused``, the
checks of ``xlsx_read_cells``): a missing sheet, or another partner's (its
title cell); a layout that is not ours (headers, row labels, the work
packages of another version of the proposal); a formula replaced by a
value, text or a constant; text, a negative or an absurd figure where a
number is typed.

Derived cells: personnel costs (person-months × cost per person-month),
indirect costs, totals and the contribution are formulas and must stay
formulas; their inputs — person-months and the cost per person-month — are
read as the partner's figures.

How a changed cell lands in the cost base: person-months set the partner's
effort in that WP; a cost per person-month points the effort at the
partner's rate of that value (or changes its only rate, or adds a rate);
an amount changes the partner's items of that kind in that WP, earlier
years kept first, the difference on the last; a new amount becomes an item
in the WP's first year. A partner whose personnel is given as totals (its
rates private: exchange/private_rates.py) has no rate to change: a changed
cost per person-month is refused, and its totals are never typed over.
"""

from __future__ import annotations

import uuid as uuids
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from medicen_desktop.document.schema import Effort, ProposalDocument, StaffRate
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.lump_sum_layout import FIRST_ROW, NEW_KIND, OUTSIDE_WP, ROW_OF, ROWS, kind_row, sheet_name
from medicen_desktop.export.xlsx_read_cells import (
    CENT,
    BudgetWorkbookRefused,
    CellChange,
    CellReader,
    letter,
    new_budget_line,
    set_typed_amount,
    text_of,
)
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.cost_base import effort_rate, rates_by_partner, year_months
from medicen_desktop.rules.template_model import FunderTemplate


def read_lump_sum(document: ProposalDocument, template: FunderTemplate, participation_uuid: str, workbook: Any,
                  path: Path) -> tuple[ProposalDocument, list[CellChange]]:
    """The document with the partner's sheet applied, and the changed cells; raises BudgetWorkbookRefused."""
    from medicen_desktop.export.xlsx_lump_sum import columns_of, partner_values

    partners = sorted(document.participations, key=lambda p: p.position)
    position = next(i for i, p in enumerate(partners) if p.uuid == participation_uuid)
    title = sheet_name(position)
    if title not in workbook.sheetnames:
        raise BudgetWorkbookRefused(path, [f"no sheet {title} (the partner's sheet in this layout)"])
    cells = CellReader(workbook[title])
    report = compute_budget(document, template)
    name = normalise_plain(report.partner(participation_uuid).name)
    heading = text_of(cells.raw("A1"))
    if not heading.startswith(f"{title} — ") or heading[len(title) + 3:] != name:
        raise BudgetWorkbookRefused(path, [f"{cells.place('A1')}: {heading!r} — the wrong partner's sheet "
                                           f"({title} is {name!r} in this proposal)"])
    columns = columns_of(document, report)
    wp_label = {w.uuid: f"WP{w.number}" for w in document.work_packages}
    _layout(cells, columns, wp_label)
    if cells.problems:
        raise BudgetWorkbookRefused(path, cells.problems)
    pm, derived, typed = partner_values(document, report, participation_uuid)
    given = any(b.given_total and b.participation_uuid == participation_uuid for b in document.budget_lines)
    wanted: dict[tuple[str, str | None], Decimal] = {}
    for i, wp in enumerate(columns):
        column = letter(i + 2)
        where = wp_label.get(wp or "", OUTSIDE_WP)
        for row in ROWS:
            ref = f"{column}{ROW_OF[row.key]}"
            if not row.entered:
                cells.formula(ref, f"{where}, {row.label}", with_references=row.key != "indirect")
                continue
            value = cells.number(ref, f"{where}, {row.label}", "pm" if row.key == "pm" else
                                 "rate" if row.key == "rate" else "amount")
            if value is None:
                continue
            old = _old(row.key, wp, pm, derived, typed)
            if row.key == "rate" and (not pm.get(wp) or abs(value - old) < Decimal("0.005")):
                continue  # a rate where no month is worked, or the same one as written
            if value != old and given and row.key == "rate":  # no rate here to change, and none is made up
                cells.refuse(ref, "this partner gave its personnel as totals (its rates are private): its cost per "
                                  "person-month changes only with its next contribution")
                continue
            if value != old and wp is None and row.key in ("pm", "rate"):
                cells.refuse(ref, f"person-months belong to a work package, not '{OUTSIDE_WP}'")
                continue
            if value != old and _depreciated(document, participation_uuid, row.key, wp):
                cells.refuse(ref, f"({where}, {row.label}): equipment charged by depreciation: change its purchase "
                                  "cost or share in the application")
                continue
            in_tasks = _task_months(document, participation_uuid, wp)
            if value != old and row.key == "pm" and value < in_tasks:
                cells.refuse(ref, f"({where}, {row.label}): {value} is less than the {in_tasks} given to its tasks: "
                                  "change them task by task")
                continue
            if cells.compare(ref, f"{where}, {row.label}", old, value):
                wanted[row.key, wp] = value
    total = letter(len(columns) + 2)
    for row in ROWS:
        if row.key != "rate":
            cells.formula(f"{total}{ROW_OF[row.key]}", f"the total of {row.label}", row.key != "indirect")
    if cells.problems:
        raise BudgetWorkbookRefused(path, cells.problems)
    return _apply(document, participation_uuid, wanted), cells.changes


def _layout(cells: CellReader, columns: list[str | None], wp_label: dict[str, str]) -> None:
    expected = ["Cost category", *(wp_label[c] if c is not None else OUTSIDE_WP for c in columns), "Total"]
    for column, text in enumerate(expected, start=1):
        cells.label(f"{letter(column)}{FIRST_ROW}", text,
                    "a workbook of another layout, or of another version of the work plan")
    for row in ROWS:
        cells.label(f"A{ROW_OF[row.key]}", row.label)


def _old(key: str, wp: str | None, pm: dict[str | None, Decimal], derived: dict[str | None, Decimal],
         typed: dict[tuple[str, str | None], Decimal]) -> Decimal:
    if key == "pm":
        return pm.get(wp, Decimal(0))
    if key == "rate":
        months = pm.get(wp, Decimal(0))
        return (derived.get(wp, Decimal(0)) / months).quantize(CENT, rounding=ROUND_HALF_UP) if months else Decimal(0)
    return typed.get((key, wp), Decimal(0))


def _depreciated(document: ProposalDocument, partner: str, key: str, wp: str | None) -> bool:
    """Whether a cell's cost items include equipment charged by depreciation (its amount is derived)."""
    return any(line.purchase_cost is not None for line in document.budget_lines
               if line.participation_uuid == partner and line.work_package_uuid == wp and kind_row(line.category) == key)


def _task_months(document: ProposalDocument, partner: str, wp: str | None) -> Decimal:
    """A partner's months in a WP given per task (the workbook shows the WP's sum)."""
    return sum((e.person_months for e in document.efforts if e.participation_uuid == partner
                and e.work_package_uuid == wp and e.task_uuid is not None), Decimal(0))


def _apply(document: ProposalDocument, partner: str, wanted: dict[tuple[str, str | None], Decimal]) -> ProposalDocument:
    efforts = list(document.efforts)
    rates = list(document.staff_rates)
    lines = list(document.budget_lines)
    packages = {w.uuid: w for w in document.work_packages}
    for (key, wp), value in wanted.items():
        if key != "pm" or wp is None:
            continue
        # Months given per task stay as they are: the WP's months in no task take the difference.
        value -= _task_months(document, partner, wp)
        index = next((i for i, e in enumerate(efforts) if e.participation_uuid == partner and e.work_package_uuid == wp
                      and e.task_uuid is None), None)
        if index is None:
            efforts.append(Effort(uuid=str(uuids.uuid4()), participation_uuid=partner, work_package_uuid=wp,
                                  person_months=value))
        else:
            efforts[index] = efforts[index].model_copy(update={"person_months": value})
    new_rates = {wp: v for (key, wp), v in wanted.items() if key == "rate" and wp is not None}
    if new_rates:
        efforts, rates = _apply_rates(document, partner, efforts, rates, new_rates)
    for (key, wp), value in wanted.items():
        if key in ("pm", "rate"):
            continue
        own = sorted((i for i, line in enumerate(lines) if line.participation_uuid == partner and not line.given_total
                      and line.work_package_uuid == wp and kind_row(line.category) == key),
                     key=lambda i: (lines[i].period, lines[i].uuid))  # earlier years kept first
        wp_entity = packages.get(wp or "")
        period = min(year_months(wp_entity.start_month, wp_entity.end_month)) if wp_entity else 1
        set_typed_amount(lines, own, value, new_budget_line(partner, NEW_KIND[key], period, wp))
    return ProposalDocument.model_validate({**document.model_dump(), "efforts": [e.model_dump() for e in efforts],
                                            "staff_rates": [r.model_dump() for r in rates],
                                            "budget_lines": [b.model_dump() for b in lines]})


def _apply_rates(document: ProposalDocument, partner: str, efforts: list[Effort], rates: list[StaffRate],
                 new_rates: dict[str, Decimal]) -> tuple[list[Effort], list[StaffRate]]:
    own = rates_by_partner(document).get(partner, [])
    worked = {e.work_package_uuid for e in efforts if e.participation_uuid == partner and e.person_months}
    values = set(new_rates.values())
    if len(own) == 1 and len(values) == 1 and worked <= set(new_rates):
        # Every worked WP now at one new cost: the partner's only rate changed.
        index = rates.index(own[0])
        rates[index] = rates[index].model_copy(update={"monthly_rate": values.pop()})
        return efforts, rates
    by_value = {r.monthly_rate: r for r in reversed(own)}
    position = max((r.position for r in own), default=-1)
    for wp, value in new_rates.items():
        rate = by_value.get(value)
        if rate is None:
            position += 1
            rate = StaffRate(uuid=str(uuids.uuid4()), participation_uuid=partner, position=position,
                             label=f"{value} / month", monthly_rate=value)
            rates.append(rate)
            by_value[value] = rate
        for i, effort in enumerate(efforts):
            if effort.participation_uuid == partner and effort.work_package_uuid == wp:
                current = effort_rate(effort, {r.uuid: r for r in rates}, own)
                if current is None or current.uuid != rate.uuid:
                    efforts[i] = effort.model_copy(update={"staff_rate_uuid": rate.uuid})
    return efforts, rates
