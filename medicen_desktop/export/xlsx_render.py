"""The budget workbook (openpyxl): a summary sheet and one sheet per partner, with live formulas.

Amounts of the cost base (personnel from the effort matrix × rates, cost items) are values; every total is a formula (row and
column sums, overheads from the call's rule, eligible cost, requested aid),
so a funder's financial officer can follow and change them, and each
formula's value is cached in the file (``_Cache``) for readers that do not
calculate. Funding rates are the rules' figures, with the rule's text
beside them. Each sheet prints on A4 landscape, fitted to the page width,
its header row repeated on every page.
"""

from __future__ import annotations

import re
import zipfile
from functools import partial
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.budget_tables import category_label
from medicen_desktop.export.formats import Written
from medicen_desktop.export.labels import Labels
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport, PartnerBudget
from medicen_desktop.rules.template_model import BudgetCategory, FunderTemplate

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


def write_xlsx(document: ProposalDocument, template: FunderTemplate, report: BudgetReport, path: Path,
               progress: Progress = NO_PROGRESS) -> Written:
    """The ``xlsx`` format's writer (``export.formats``): the budget workbook."""
    render_xlsx(document, report, template, path, progress)
    return Written()


def render_xlsx(document: ProposalDocument, report: BudgetReport, template: FunderTemplate, path: Path,
                progress: Progress = NO_PROGRESS) -> None:
    """Write the budget workbook to ``path``; raises ``Cancelled`` from ``progress``."""
    labels = Labels(document.proposal.language.value)
    workbook = Workbook()
    cache = _Cache()
    summary = workbook.active
    taken: set[str] = set()
    summary.title = sheet_title(labels("budget"), taken)
    periods = sorted({p for partner in report.partners for p in partner.by_period} or {1})
    refs: list[tuple[str, dict[str, tuple[str, float]]]] = []
    for index, partner in enumerate(report.partners):
        progress.step(index, len(report.partners) + 1, "XLSX")
        sheet = workbook.create_sheet(sheet_title(partner.name, taken))
        refs.append((partner.name, _partner_sheet(sheet, report, partner, template, labels, periods, cache)))
    columns = [labels("total_budget"), labels("overheads"), labels("eligible"), labels("rate"), labels("aid")]
    summary.append([normalise_plain(document.proposal.acronym), normalise_plain(template.name)])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([])
    summary.append([labels("partner"), *columns])
    _header(summary, 3, len(columns) + 1)
    keys = ("direct", "overheads", "eligible", "rate", "aid")
    for row, (name, cells) in enumerate(refs, start=4):
        summary.cell(row, 1, normalise_plain(name))
        for column, key in enumerate(keys, start=2):
            ref, value = cells[key]
            cache.put(summary, row, column, f"={ref}", value)
        for column in (2, 3, 4, 6):
            summary.cell(row, column).number_format = MONEY
        summary.cell(row, 5).number_format = "0.0%"
    last = 3 + len(refs)
    total_row = last + 1
    summary.cell(total_row, 1, labels("total")).font = BOLD
    for column in (2, 3, 4, 6):
        letter = get_column_letter(column)
        total = sum(cells[keys[column - 2]][1] for _, cells in refs)
        cell = cache.put(summary, total_row, column, f"=SUM({letter}4:{letter}{last})", total)
        cell.font, cell.number_format = BOLD, MONEY
    summary.column_dimensions["A"].width = 28
    for column in range(2, 7):
        summary.column_dimensions[get_column_letter(column)].width = 18
    for sheet in workbook.worksheets:
        _print_setup(sheet)
    progress.step(len(report.partners) + 1, len(report.partners) + 1, "XLSX")
    workbook.save(str(path))
    cache.write_into(path, workbook)


class _Cache:
    """Formula cells and the values they compute, written into the saved file as cached values.

    openpyxl writes a formula with an empty value: a reader that does not calculate (a previewer, a
    script with ``data_only=True``, Excel's protected view) shows nothing. Each value here is what the
    formula computes from the cells above it, so a recalculation (LibreOffice, Excel) changes nothing.
    """

    def __init__(self) -> None:
        self.values: dict[str, dict[str, float]] = {}

    def put(self, sheet: Worksheet, row: int, column: int, formula: str, value: float) -> Cell:
        cell = sheet.cell(row, column, formula)
        self.values.setdefault(sheet.title, {})[cell.coordinate] = round(value, 10)
        return cell

    def write_into(self, path: Path, workbook: Workbook) -> None:
        parts = {f"xl/worksheets/sheet{index}.xml": self.values.get(sheet.title, {})
                 for index, sheet in enumerate(workbook.worksheets, start=1)}
        with zipfile.ZipFile(path) as archive:
            members = [(info, archive.read(info)) for info in archive.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in members:
                values = parts.get(info.filename)
                if values:
                    data = _CELL.sub(partial(_with_value, values=values), data.decode("utf-8")).encode("utf-8")
                archive.writestr(info, data)


_CELL = re.compile(r'(<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f>)<v\s*/?>(?:</v>)?')


def _with_value(match: re.Match[str], values: dict[str, float]) -> str:
    value = values.get(match.group(2))
    return match.group(0) if value is None else f"{match.group(1)}<v>{value!r}</v>"


def _print_setup(sheet: Worksheet) -> None:
    """A4 landscape, every column on one page's width, the header row repeated on each printed page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "3:3"


def _header(sheet: Worksheet, row: int, columns: int) -> None:
    for column in range(1, columns + 1):
        cell = sheet.cell(row, column)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, THIN
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _partner_sheet(sheet: Worksheet, report: BudgetReport, partner: PartnerBudget, template: FunderTemplate,
                   labels: Labels, periods: list[int], cache: _Cache) -> dict[str, tuple[str, float]]:
    """Fill one partner's sheet; return the absolute reference and value of its key cells.

    Direct cost categories, their total (the direct costs), the overheads the partner entered (if any),
    then the overheads as a formula of the call's rule (rate × the base categories' totals, rounded to
    the cent, + entered overheads), eligible costs, funding rate and aid.
    """
    amounts: dict[tuple[str, int], Decimal] = {}
    for line in report.entries:  # the cost base: personnel from effort × rates, and the cost items
        if line.participation_uuid == partner.participation_uuid:
            slot = (line.category, line.period)
            amounts[slot] = amounts.get(slot, Decimal(0)) + line.amount
    sheet.append([normalise_plain(partner.name), labels.kind(partner.kind.value)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append([labels("budget"), *(f"{labels('year')} {p}" for p in periods), labels("total")])
    _header(sheet, 3, len(periods) + 2)
    entered = [c for c in partner.by_category if (template.category(c) or _NO_CATEGORY).is_overheads]
    categories = [c for c in partner.by_category if c not in entered] or [c.key for c in template.budget_categories[:1]]
    total_column = len(periods) + 2
    total_col = get_column_letter(total_column)
    last_period = get_column_letter(len(periods) + 1)
    row_total: dict[str, tuple[int, float]] = {}

    def category_row(row: int, category: str) -> None:
        values = [float(amounts.get((category, p), 0)) for p in periods]
        sheet.append([category_label(template, category, labels), *values])
        cache.put(sheet, row, total_column, f"=SUM(B{row}:{last_period}{row})", sum(values)).font = BOLD
        for column in range(2, total_column + 1):
            sheet.cell(row, column).number_format = MONEY
        row_total[category] = (row, sum(values))

    for row, category in enumerate(categories, start=4):
        category_row(row, category)
    last = 3 + len(categories)
    total_row = last + 1
    sheet.cell(total_row, 1, labels("total")).font = BOLD
    for column in range(2, total_column + 1):
        letter = get_column_letter(column)
        value = sum(sheet.cell(r, column).value or 0 for r in range(4, last + 1)) if column < total_column else \
            sum(row_total[c][1] for c in categories)
        cell = cache.put(sheet, total_row, column, f"=SUM({letter}4:{letter}{last})", float(value))
        cell.font, cell.number_format = BOLD, MONEY
    direct = sum(row_total[c][1] for c in categories)
    row = total_row + 1
    for category in entered:  # overheads the partner entered: listed, added to the computed ones below
        category_row(row, category)
        row += 1
    fr = labels.language == "fr"
    rule = template.overhead_rule(partner.kind)
    overhead_row, eligible_row, rate_row, aid_row = row + 1, row + 2, row + 3, row + 4
    entered_refs = [f"{total_col}{row_total[c][0]}" for c in entered]
    entered_value = sum(row_total[c][1] for c in entered)
    if rule is not None:
        base_keys = (set(rule.base_categories) if rule.base_categories is not None else
                     {c.key for c in template.budget_categories if c.counts_for_overheads and not c.is_overheads})
        base = [c for c in categories if c in base_keys and c in row_total]
        base_refs = "+".join(f"{total_col}{row_total[c][0]}" for c in base) or "0"
        computed = float(_round_cents(Decimal(str(sum(row_total[c][1] for c in base))) * rule.rate))
        overheads_formula = "=" + "+".join([f"ROUND({rule.rate}*({base_refs}),2)", *entered_refs])
        overheads_value = computed + entered_value
    else:
        overheads_formula = "=" + ("+".join(entered_refs) or "0")
        overheads_value = entered_value
    eligible_value = direct + overheads_value
    rate_value = float(partner.funding_rate.value)
    aid_value = float(_round_cents(Decimal(str(eligible_value)) * partner.funding_rate.value))
    specs = [
        (overhead_row, labels("overheads"), overheads_formula, overheads_value,
         partner.overheads.rule_fr if fr else partner.overheads.rule_en, MONEY),
        (eligible_row, labels("eligible"), f"={total_col}{total_row}+B{overhead_row}", eligible_value, "", MONEY),
        (rate_row, labels("rate"), None, rate_value,
         partner.funding_rate.rule_fr if fr else partner.funding_rate.rule_en, "0.0%"),
        (aid_row, labels("aid"), f"=ROUND(B{eligible_row}*B{rate_row},2)", aid_value, "", MONEY),
    ]
    title = quote_sheetname(sheet.title)
    refs: dict[str, tuple[str, float]] = {"direct": (f"{title}!${total_col}${total_row}", direct)}
    for (spec_row, label, formula, value, rule_text, fmt), key in zip(specs, ("overheads", "eligible", "rate", "aid")):
        sheet.cell(spec_row, 1, label).font = BOLD
        cell = cache.put(sheet, spec_row, 2, formula, value) if formula else sheet.cell(spec_row, 2, value)
        cell.number_format = fmt
        sheet.cell(spec_row, 3, normalise_plain(rule_text))
        refs[key] = (f"{title}!$B${spec_row}", value)
    sheet.column_dimensions["A"].width = 30
    for column in range(2, len(periods) + 3):
        sheet.column_dimensions[get_column_letter(column)].width = 16
    return refs


_NO_CATEGORY = BudgetCategory(key="unknown", label_fr="?", label_en="?")


def _round_cents(value: Decimal) -> Decimal:
    """Half away from zero, as the spreadsheet's ROUND(x, 2)."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
