"""The budget workbook (openpyxl): a summary sheet and one sheet per partner, with live formulas.

Amounts typed in budget lines are values; every total is a formula (row and
column sums, eligible cost, requested aid), so a funder's financial officer
can follow and change them. Overheads and rates are the rules' figures
(``rules.budget``), with the rule's text beside them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.budget_tables import category_label
from medicen_desktop.export.labels import Labels
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport, PartnerBudget
from medicen_desktop.rules.template_model import FunderTemplate

MONEY = '#,##0.00\\ "€"'
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E3E9F0")
THIN = Border(bottom=Side(style="thin", color="9AA5B1"))
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title (≤ 31 characters, none of ``[]:*?/\\``)."""
    base = _BAD_SHEET_CHARS.sub("_", normalise_plain(name)).strip("' ") or "Partner"
    title, n = base[:31], 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def render_xlsx(document: ProposalDocument, report: BudgetReport, template: FunderTemplate, path: Path,
                progress: Progress = NO_PROGRESS) -> None:
    """Write the budget workbook to ``path``; raises ``Cancelled`` from ``progress``."""
    labels = Labels(document.proposal.language.value)
    workbook = Workbook()
    summary = workbook.active
    taken: set[str] = set()
    summary.title = sheet_title(labels("budget"), taken)
    periods = sorted({p for partner in report.partners for p in partner.by_period} or {1})
    refs: list[tuple[str, dict[str, str]]] = []
    for index, partner in enumerate(report.partners):
        progress.step(index, len(report.partners) + 1, "XLSX")
        sheet = workbook.create_sheet(sheet_title(partner.name, taken))
        refs.append((partner.name, _partner_sheet(sheet, document, partner, template, labels, periods)))
    columns = [labels("total_budget"), labels("overheads"), labels("eligible"), labels("rate"), labels("aid")]
    summary.append([normalise_plain(document.proposal.acronym), normalise_plain(template.name)])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([])
    summary.append([labels("partner"), *columns])
    _header(summary, 3, len(columns) + 1)
    for row, (name, cells) in enumerate(refs, start=4):
        summary.append([normalise_plain(name), *(f"={cells[key]}" for key in ("direct", "overheads", "eligible", "rate", "aid"))])
        for column in (2, 3, 4, 6):
            summary.cell(row, column).number_format = MONEY
        summary.cell(row, 5).number_format = "0.0%"
    last = 3 + len(refs)
    total_row = last + 1
    summary.cell(total_row, 1, labels("total")).font = BOLD
    for column in (2, 3, 4, 6):
        letter = get_column_letter(column)
        cell = summary.cell(total_row, column, f"=SUM({letter}4:{letter}{last})")
        cell.font, cell.number_format = BOLD, MONEY
    summary.column_dimensions["A"].width = 28
    for column in range(2, 7):
        summary.column_dimensions[get_column_letter(column)].width = 18
    progress.step(len(report.partners) + 1, len(report.partners) + 1, "XLSX")
    workbook.save(str(path))


def _header(sheet, row: int, columns: int) -> None:  # type: ignore[no-untyped-def]
    for column in range(1, columns + 1):
        cell = sheet.cell(row, column)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, THIN
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _partner_sheet(sheet, document: ProposalDocument, partner: PartnerBudget, template: FunderTemplate,  # type: ignore[no-untyped-def]
                   labels: Labels, periods: list[int]) -> dict[str, str]:
    """Fill one partner's sheet; return the absolute references of its key cells."""
    amounts: dict[tuple[str, int], Decimal] = {}
    for line in document.budget_lines:
        if line.participation_uuid == partner.participation_uuid:
            key = (line.category, line.period)
            amounts[key] = amounts.get(key, Decimal(0)) + line.amount
    sheet.append([normalise_plain(partner.name), labels.kind(partner.kind.value)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append([labels("budget"), *(f"{labels('year')} {p}" for p in periods), labels("total")])
    _header(sheet, 3, len(periods) + 2)
    categories = list(partner.by_category) or [c.key for c in template.budget_categories[:1]]
    total_col = get_column_letter(len(periods) + 2)
    for row, category in enumerate(categories, start=4):
        sheet.append([category_label(template, category, labels),
                      *(float(amounts.get((category, p), 0)) for p in periods)])
        sheet.cell(row, len(periods) + 2, f"=SUM(B{row}:{get_column_letter(len(periods) + 1)}{row})").font = BOLD
        for column in range(2, len(periods) + 3):
            sheet.cell(row, column).number_format = MONEY
    last = 3 + len(categories)
    total_row = last + 1
    sheet.cell(total_row, 1, labels("total")).font = BOLD
    for column in range(2, len(periods) + 3):
        letter = get_column_letter(column)
        cell = sheet.cell(total_row, column, f"=SUM({letter}4:{letter}{last})")
        cell.font, cell.number_format = BOLD, MONEY
    fr = labels.language == "fr"
    rows = {
        "overheads": (labels("overheads"), float(partner.overheads.value),
                      partner.overheads.rule_fr if fr else partner.overheads.rule_en, MONEY),
        "eligible": (labels("eligible"), f"={total_col}{total_row}+B{total_row + 2}", "", MONEY),
        "rate": (labels("rate"), float(partner.funding_rate.value),
                 partner.funding_rate.rule_fr if fr else partner.funding_rate.rule_en, "0.0%"),
        "aid": (labels("aid"), f"=ROUND(B{total_row + 3}*B{total_row + 4},2)", "", MONEY),
    }
    refs = {"direct": f"{quote_sheetname(sheet.title)}!${total_col}${total_row}"}
    for offset, (name, (label, value, rule, fmt)) in enumerate(rows.items(), start=2):
        row = total_row + offset
        sheet.cell(row, 1, label).font = BOLD
        cell = sheet.cell(row, 2, value)
        cell.number_format = fmt
        sheet.cell(row, 3, normalise_plain(rule))
        refs[name] = f"{quote_sheetname(sheet.title)}!$B${row}"
    sheet.column_dimensions["A"].width = 30
    for column in range(2, len(periods) + 3):
        sheet.column_dimensions[get_column_letter(column)].width = 16
    return refs
