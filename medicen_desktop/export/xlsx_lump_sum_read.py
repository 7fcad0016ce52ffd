"""A partner's budget read back from the lump-sum workbook (``import-budget``): every changed cell, or refused.

``read_partner_budget(document, template, participation_uuid, path)``
reads the partner's sheet (BE1, BE2…: ``export.lump_sum_layout``) of a
workbook written by ``export --form he-lump-sum`` and edited elsewhere (a
script, LibreOffice, Excel), and returns the document with the changes
applied and the list of changed cells. Nothing is stored here.

Refused, with every problem cell by cell (``BudgetWorkbookRefused``): a
file that is not a workbook; a missing sheet; a layout that is not ours
(headers, row labels, the work packages of another version of the
proposal); a formula replaced by a value or text; text, a negative or an
absurd figure where a number is typed.

How a changed cell lands in the cost base: person-months set the partner's
effort in that WP; a cost per person-month points the effort at the
partner's rate of that value (or changes its only rate, or adds a rate);
an amount changes the partner's items of that kind in that WP, earlier
years kept first, the difference on the last; a new amount becomes an item
in the WP's first year.
"""

from __future__ import annotations

import uuid as uuids
import zipfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from medicen_desktop.document.schema import BudgetLine, Effort, ProposalDocument, StaffRate
from medicen_desktop.errors import Refused
from medicen_desktop.export.lump_sum_layout import FIRST_ROW, NEW_KIND, OUTSIDE_WP, ROW_OF, ROWS, kind_row, sheet_name
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.cost_base import effort_rate, rates_by_partner, year_months
from medicen_desktop.rules.template_model import FunderTemplate

MAX_AMOUNT = Decimal("1000000000")
"""An amount above a thousand million euros in one cell is a typing slip."""
MAX_RATE = Decimal("100000")
"""A monthly personnel cost above €100,000 is a typing slip."""
CENT = Decimal("0.01")


@dataclass(frozen=True)
class CellChange:
    cell: str
    """``BE2!C5``"""
    what: str
    """``WP2, A. Personnel: person-months``"""
    old: Decimal
    new: Decimal


class BudgetWorkbookRefused(Refused):
    """The workbook cannot be read back; ``problems`` says where and why, cell by cell."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{path}: not read, nothing changed:\n" + "\n".join(f"  {p}" for p in problems))


def read_partner_budget(document: ProposalDocument, template: FunderTemplate, participation_uuid: str,
                        path: Path) -> tuple[ProposalDocument, list[CellChange]]:
    """The document with the partner's sheet applied, and the changed cells; raises BudgetWorkbookRefused."""
    from openpyxl import load_workbook

    from medicen_desktop.export.xlsx_lump_sum import columns_of, partner_values

    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with path.open("rb") as stream:  # a stream: openpyxl then judges the content, not the file's name
            workbook = load_workbook(stream)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, InvalidFileException) as exc:
        raise BudgetWorkbookRefused(path, [f"not an .xlsx workbook ({exc})"]) from None
    partners = sorted(document.participations, key=lambda p: p.position)
    position = next(i for i, p in enumerate(partners) if p.uuid == participation_uuid)
    title = sheet_name(position)
    if title not in workbook.sheetnames:
        raise BudgetWorkbookRefused(path, [f"no sheet {title} (the partner's sheet in this layout)"])
    sheet = workbook[title]
    report = compute_budget(document, template)
    columns = columns_of(document, report)
    wp_label = {w.uuid: f"WP{w.number}" for w in document.work_packages}
    problems = _layout_problems(sheet, title, columns, wp_label)
    if problems:
        raise BudgetWorkbookRefused(path, problems)
    pm, derived, typed = partner_values(document, report, participation_uuid)
    wanted: dict[tuple[str, str | None], Decimal] = {}
    changes: list[CellChange] = []
    for i, wp in enumerate(columns):
        letter = _letter(i + 2)
        for row in ROWS:
            ref = f"{letter}{ROW_OF[row.key]}"
            raw = sheet[ref].value
            if not row.entered:
                if not (isinstance(raw, str) and raw.startswith("=")):
                    problems.append(f"{title}!{ref}: the formula of '{row.label}' was replaced by {raw!r}")
                continue
            value, problem = _number(raw, row.key)
            if problem:
                problems.append(f"{title}!{ref} ({wp_label.get(wp or '', OUTSIDE_WP)}, {row.label}): {problem}")
                continue
            old = _old(row.key, wp, pm, derived, typed)
            if row.key == "rate" and (not pm.get(wp) or abs(value - old) < Decimal("0.005")):
                continue  # a rate where no month is worked, or the same one as written
            if value != old:
                if wp is None and row.key in ("pm", "rate"):
                    problems.append(f"{title}!{ref}: person-months belong to a work package, not '{OUTSIDE_WP}'")
                    continue
                wanted[row.key, wp] = value
                changes.append(CellChange(f"{title}!{ref}", f"{wp_label.get(wp or '', OUTSIDE_WP)}, {row.label}",
                                          old, value))
    total = _letter(len(columns) + 2)
    for row in ROWS:
        raw = sheet[f"{total}{ROW_OF[row.key]}"].value
        if row.key != "rate" and not (isinstance(raw, str) and raw.startswith("=")):
            problems.append(f"{title}!{total}{ROW_OF[row.key]}: the formula of the total of '{row.label}' was "
                            f"replaced by {raw!r}")
    if problems:
        raise BudgetWorkbookRefused(path, problems)
    return _apply(document, participation_uuid, wanted), changes


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    letter: str = get_column_letter(column)
    return letter


def _layout_problems(sheet: Any, title: str, columns: list[str | None], wp_label: dict[str, str]) -> list[str]:
    problems = []
    expected = ["Cost category", *(wp_label[c] if c is not None else OUTSIDE_WP for c in columns), "Total"]
    for column, text in enumerate(expected, start=1):
        found = sheet.cell(FIRST_ROW, column).value
        if found != text:
            problems.append(f"{title}!{_letter(column)}{FIRST_ROW}: {text!r} expected, found {found!r} "
                            "(a workbook of another layout, or of another version of the work plan)")
    for row in ROWS:
        found = sheet.cell(ROW_OF[row.key], 1).value
        if found != row.label:
            problems.append(f"{title}!A{ROW_OF[row.key]}: {row.label!r} expected, found {found!r}")
    return problems


def _number(raw: object, key: str) -> tuple[Decimal, str | None]:
    if raw is None or raw == "":
        return Decimal(0), None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        kind = "a formula" if isinstance(raw, str) and raw.startswith("=") else "text"
        return Decimal(0), f"{kind} {raw!r} where a number is typed"
    try:
        value = Decimal(repr(round(float(raw), 6)))
    except InvalidOperation:
        return Decimal(0), f"{raw!r} is not a number"
    if not value.is_finite():
        return Decimal(0), f"{raw!r} is not a number"
    if value < 0:
        return value, f"negative value {raw!r}"
    if key == "pm" and value > Decimal(10_000):
        return value, f"{raw!r} person-months in one work package is not plausible"
    if key == "rate" and value > MAX_RATE:
        return value, f"a monthly cost of {raw!r} is not plausible"
    if key not in ("pm", "rate") and value > MAX_AMOUNT:
        return value, f"{raw!r} is not a plausible amount"
    if key != "rate" and value != value.quantize(CENT):
        return value, f"{raw!r} has more than two decimals"
    return value.quantize(CENT, rounding=ROUND_HALF_UP) if key == "rate" else value, None


def _old(key: str, wp: str | None, pm: dict[str | None, Decimal], derived: dict[str | None, Decimal],
         typed: dict[tuple[str, str | None], Decimal]) -> Decimal:
    if key == "pm":
        return pm.get(wp, Decimal(0))
    if key == "rate":
        months = pm.get(wp, Decimal(0))
        return (derived.get(wp, Decimal(0)) / months).quantize(CENT, rounding=ROUND_HALF_UP) if months else Decimal(0)
    return typed.get((key, wp), Decimal(0))


def _apply(document: ProposalDocument, partner: str, wanted: dict[tuple[str, str | None], Decimal]) -> ProposalDocument:
    efforts = list(document.efforts)
    rates = list(document.staff_rates)
    lines = list(document.budget_lines)
    packages = {w.uuid: w for w in document.work_packages}
    for (key, wp), value in wanted.items():
        if key != "pm" or wp is None:
            continue
        index = next((i for i, e in enumerate(efforts) if e.participation_uuid == partner and e.work_package_uuid == wp),
                     None)
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
        own = sorted((i for i, line in enumerate(lines) if line.participation_uuid == partner
                      and line.work_package_uuid == wp and kind_row(line.category) == key),
                     key=lambda i: (lines[i].period, lines[i].uuid))
        if not own:
            wp_entity = packages.get(wp or "")
            period = min(year_months(wp_entity.start_month, wp_entity.end_month)) if wp_entity else 1
            lines.append(BudgetLine(uuid=str(uuids.uuid4()), participation_uuid=partner, category=NEW_KIND[key],
                                    period=period, amount=value, work_package_uuid=wp))
            continue
        left = value
        for i in own:  # earlier years first, the last takes what is left over
            amount = min(lines[i].amount, left) if i != own[-1] else left
            lines[i] = lines[i].model_copy(update={"amount": amount})
            left -= amount
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
