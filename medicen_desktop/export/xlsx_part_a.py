"""The Horizon Europe Part A budget table (``export --form he-part-a``): one row per participant, per category.

Columns as the Part A form lists the estimated eligible costs: A personnel,
B subcontracting, C.1 travel, C.2 equipment, C.3 other goods, works and
services, D other cost categories, E indirect costs (a formula of the
call's flat rate), total eligible costs, funding rate, maximum and
requested EU contribution (formulas). Cached values are the rules' figures.
A reconstruction of the portal's table, which is typed in the portal itself.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.formats import Written
from medicen_desktop.export.lump_sum_layout import kind_row
from medicen_desktop.export.xlsx_render import BOLD, MONEY, _Cache, _header, _print_setup
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.template_model import FunderTemplate

COLUMNS = (
    ("personnel", "A. Personnel costs", "personnel"),
    ("subcontracting", "B. Subcontracting costs", "subcontracting"),
    ("travel", "C.1 Travel and subsistence", "travel"),
    ("equipment", "C.2 Equipment", "equipment"),
    ("other_goods", "C.3 Other goods, works and services", "other_goods"),
    ("other_categories", "D. Other cost categories", "financial_support"),
)
"""(row key of the cost base, header, the kind it stands for when deciding the overhead base)."""


def write_part_a(document: ProposalDocument, template: FunderTemplate, report: BudgetReport, path: Path,
                 progress: Progress = NO_PROGRESS) -> Written:
    """Write the table to ``path``."""
    workbook = Workbook()
    cache = _Cache()
    sheet = workbook.active
    sheet.title = "Part A budget"
    sheet.append([f"{normalise_plain(document.proposal.acronym)} — {normalise_plain(template.name)}: "
                  "estimated eligible costs per participant"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    headers = ["Participant", "Country", *(c[1] for c in COLUMNS), "E. Indirect costs", "Total eligible costs",
               "Funding rate", "Maximum EU contribution", "Requested EU contribution"]
    sheet.append(headers)
    _header(sheet, 3, len(headers))
    amounts: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for entry in report.entries:
        key = "personnel" if entry.derived or kind_row(entry.kind) == "typed_personnel" else kind_row(entry.kind)
        amounts[entry.participation_uuid, key] += entry.amount
    first = 3 + len(COLUMNS)  # column of E
    letters = {key: get_column_letter(3 + i) for i, (key, _, _) in enumerate(COLUMNS)}
    e, total, rate, maximum, requested = (get_column_letter(first + k) for k in range(5))
    for index, partner in enumerate(report.partners):
        progress.step(index, len(report.partners), "XLSX")
        row = 4 + index
        sheet.cell(row, 1, normalise_plain(partner.name))
        sheet.cell(row, 2, partner.country)
        for key, letter in letters.items():
            sheet[f"{letter}{row}"] = float(amounts.get((partner.participation_uuid, key), Decimal(0)))
        rule = template.overhead_rule(partner.kind)
        if rule is None:
            formula = "=0"
        else:
            base_keys = (set(rule.base_categories) if rule.base_categories is not None else
                         {c.key for c in template.budget_categories if c.counts_for_overheads and not c.is_overheads})
            refs = "+".join(f"{letters[key]}{row}" for key, _, kind in COLUMNS
                            if template.booked_under(kind) in base_keys) or "0"
            formula = f"=ROUND({rule.rate}*({refs}),2)"
        cache.put(sheet, row, first, formula, float(partner.overheads.value))
        cache.put(sheet, row, first + 1, f"=SUM(C{row}:{e}{row})", float(partner.eligible.value))
        sheet.cell(row, first + 2, float(partner.funding_rate.value)).number_format = "0%"
        cache.put(sheet, row, first + 3, f"=ROUND({total}{row}*{rate}{row},2)", float(partner.requested_aid.value))
        cache.put(sheet, row, first + 4, f"={maximum}{row}", float(partner.requested_aid.value))
        for column in (*range(3, first + 2), first + 3, first + 4):
            sheet.cell(row, column).number_format = MONEY
    last = 3 + len(report.partners)
    sheet.cell(last + 1, 1, "Total").font = BOLD
    sums = {total: report.eligible.value, e: report.overheads.value, maximum: report.requested_aid.value,
            requested: report.requested_aid.value}
    for key, letter in letters.items():
        sums[letter] = sum((v for (_, k), v in amounts.items() if k == key), Decimal(0))
    for letter, value in sums.items():
        cell = cache.put(sheet, last + 1, _column(letter), f"=SUM({letter}4:{letter}{last})", float(value))
        cell.font, cell.number_format = BOLD, MONEY
    sheet.column_dimensions["A"].width = 24
    for column in range(2, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 15
    _print_setup(sheet)
    workbook.save(str(path))
    cache.write_into(path, workbook)
    return Written()


def _column(letter: str) -> int:
    from openpyxl.utils import column_index_from_string

    index: int = column_index_from_string(letter)
    return index
