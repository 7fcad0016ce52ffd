"""The Horizon Europe lump-sum detailed budget table (``export --form he-lump-sum``): partner × WP × category.

Layout in ``export.lump_sum_layout``. Person-months and costs are values
(the cost base: the effort matrix, the rates, the cost items); personnel
costs, indirect costs, totals and the requested contribution are formulas
whose values are cached in the file (``xlsx_render._Cache``) and equal the
rules' figures (``rules.cost_breakdown``): each WP's indirect costs and
contribution are rounded per cell, the partner's last WP taking the
difference, so every partner's total is the rules' own to the cent.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from medicen_desktop.document.depreciation import share
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.formats import Written
from medicen_desktop.export.lump_sum_layout import (
    FIRST_ROW,
    OUTSIDE_WP,
    RATE_ROW_TITLE,
    ROW_OF,
    ROWS,
    kind_row,
    sheet_name,
)
from medicen_desktop.export.xlsx_render import BOLD, MONEY, _Cache, _header, _print_setup
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport, PartnerBudget
from medicen_desktop.rules.cost_breakdown import Cell, cells
from medicen_desktop.rules.template_model import FunderTemplate

INPUT_FILL = PatternFill("solid", fgColor="FFF6C8")
"""Cells the partner types (yellow, as in the EC's file)."""
_SUMMED = ("personnel", "typed_personnel", "subcontracting", "travel", "equipment", "other_goods", "other_categories")
_BASE_KIND = {"personnel": "personnel", "typed_personnel": "personnel", "subcontracting": "subcontracting",
              "travel": "travel", "equipment": "equipment", "other_goods": "other_goods",
              "other_categories": "financial_support"}


def columns_of(document: ProposalDocument, report: BudgetReport) -> list[str | None]:
    """The WP columns: every WP by number, then None (outside any WP) when some cost is booked there."""
    wps: list[str | None] = [w.uuid for w in sorted(document.work_packages, key=lambda w: w.number)]
    if any(e.work_package_uuid is None for e in report.entries):
        wps.append(None)
    return wps


def write_lump_sum(document: ProposalDocument, template: FunderTemplate, report: BudgetReport, path: Path,
                   progress: Progress = NO_PROGRESS) -> Written:
    """Write the table to ``path``; raises ``Cancelled`` from ``progress``."""
    workbook = Workbook()
    cache = _Cache()
    columns = columns_of(document, report)
    grid = cells(report, template, [c for c in columns if c is not None])
    by_partner: dict[str, dict[str | None, Cell]] = defaultdict(dict)
    for cell in grid:
        by_partner[cell.participation_uuid][cell.work_package_uuid] = cell
    wp_titles = {w.uuid: f"WP{w.number}" for w in document.work_packages}
    headers = [wp_titles[c] if c is not None else OUTSIDE_WP for c in columns]
    summary = workbook.active
    summary.title = "Summary"
    _lists(workbook, document, report)
    totals: list[tuple[str, str, str]] = []
    for index, partner in enumerate(report.partners):
        progress.step(index, len(report.partners) + 1, "XLSX")
        sheet = workbook.create_sheet(sheet_name(index))
        _partner_sheet(sheet, document, template, report, partner, columns, headers,
                       by_partner[partner.participation_uuid], cache)
        totals.append((partner.name, sheet.title, get_column_letter(len(columns) + 2)))
    _summary(summary, document, report, headers, totals, by_partner, columns, cache)
    _comments(workbook, document, report)
    for sheet in workbook.worksheets:
        _print_setup(sheet)
        partner_sheet = sheet.title.startswith("BE") and sheet.title[2:].isdigit()
        sheet.print_title_rows = f"{FIRST_ROW}:{FIRST_ROW}" if partner_sheet else "3:3" if sheet is summary else "1:1"
    progress.step(len(report.partners) + 1, len(report.partners) + 1, "XLSX")
    workbook.save(str(path))
    cache.write_into(path, workbook)
    return Written()


def partner_values(document: ProposalDocument, report: BudgetReport, participation_uuid: str) -> tuple[
        dict[str | None, Decimal], dict[str | None, Decimal], dict[tuple[str, str | None], Decimal]]:
    """A partner's person-months and derived personnel per WP, and its typed costs per (row key, WP)."""
    pm: dict[str | None, Decimal] = defaultdict(Decimal)
    derived: dict[str | None, Decimal] = defaultdict(Decimal)
    typed: dict[tuple[str, str | None], Decimal] = defaultdict(Decimal)
    for entry in report.entries:
        if entry.participation_uuid != participation_uuid:
            continue
        if entry.derived:
            derived[entry.work_package_uuid] += entry.amount
            pm[entry.work_package_uuid] += entry.person_months or 0
        else:
            typed[kind_row(entry.kind), entry.work_package_uuid] += entry.amount
    for effort in document.efforts:  # months without a rate show too (they cost nothing, as in the rules)
        if effort.participation_uuid == participation_uuid and effort.work_package_uuid not in derived:
            pm[effort.work_package_uuid] += effort.person_months
    return pm, derived, typed


def _f(value: Decimal) -> float:
    return float(value)


def _partner_sheet(sheet: Worksheet, document: ProposalDocument, template: FunderTemplate, report: BudgetReport,
                   partner: PartnerBudget, columns: list[str | None], headers: list[str],
                   own: dict[str | None, Cell], cache: _Cache) -> None:
    sheet["A1"] = f"{sheet.title} — {normalise_plain(partner.name)}"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = normalise_plain(template.name)
    for column, text in enumerate(["Cost category", *headers, "Total"], start=1):
        sheet.cell(FIRST_ROW, column, text)
    _header(sheet, FIRST_ROW, len(columns) + 2)
    for row in ROWS:
        sheet.cell(ROW_OF[row.key], 1, row.label).font = BOLD if not row.entered else Font()
    pm, derived, typed = partner_values(document, report, partner.participation_uuid)
    total_col = get_column_letter(len(columns) + 2)
    rule = template.overhead_rule(partner.kind)
    base_keys = (set(rule.base_categories) if rule is not None and rule.base_categories is not None else
                 {c.key for c in template.budget_categories if c.counts_for_overheads and not c.is_overheads})
    base_rows = [k for k in _SUMMED if template.booked_under(_BASE_KIND[k]) in base_keys]
    last_base = max((i for i, c in enumerate(columns) if c in own and own[c].overheads), default=None)
    last_aid = max((i for i, c in enumerate(columns) if c in own and own[c].aid), default=None)
    rate_ref = f"$B${ROW_OF['contribution'] + 2}"
    r = ROW_OF
    for i, wp in enumerate(columns):
        col = i + 2
        letter = get_column_letter(col)
        months = pm.get(wp, Decimal(0))
        cost = derived.get(wp, Decimal(0))
        rate = (cost / months) if months else Decimal(0)
        _input(sheet, r["pm"], col, _f(months), "0.00")
        _input(sheet, r["rate"], col, round(float(rate), 6), MONEY)
        cache.put(sheet, r["personnel"], col, f"=ROUND({letter}{r['pm']}*{letter}{r['rate']},2)", _f(cost))
        for key in _SUMMED[1:]:
            _input(sheet, r[key], col, _f(typed.get((key, wp), Decimal(0))), MONEY)
        cell = own.get(wp)
        overheads = cell.overheads if cell else Decimal(0)
        if rule is None:
            formula = "=0"
        elif i == last_base:
            others = [get_column_letter(j + 2) for j in range(len(columns)) if j != i]
            formula = f"={total_col}{r['indirect']}" + "".join(f"-{c}{r['indirect']}" for c in others)
        else:
            refs = "+".join(f"{letter}{r[k]}" for k in base_rows) or "0"
            formula = f"=ROUND({rule.rate}*({refs}),2)"
        cache.put(sheet, r["indirect"], col, formula, _f(overheads))
        eligible = cell.eligible if cell else Decimal(0)
        cache.put(sheet, r["total"], col, f"=SUM({letter}{r['personnel']}:{letter}{r['indirect']})", _f(eligible))
        if i == last_aid:
            others = [get_column_letter(j + 2) for j in range(len(columns)) if j != i]
            formula = f"={total_col}{r['contribution']}" + "".join(f"-{c}{r['contribution']}" for c in others)
        else:
            formula = f"=ROUND({letter}{r['total']}*{rate_ref},2)"
        cache.put(sheet, r["contribution"], col, formula, _f(cell.aid if cell else Decimal(0)))
        for number in (r["personnel"], r["indirect"], r["total"], r["contribution"]):
            sheet.cell(number, col).number_format = MONEY
    last = get_column_letter(len(columns) + 1)
    tc = len(columns) + 2
    cache.put(sheet, r["pm"], tc, f"=SUM(B{r['pm']}:{last}{r['pm']})", _f(sum(pm.values(), Decimal(0))))
    for key in _SUMMED:
        value = sum((derived.values() if key == "personnel" else
                     (v for (k, _), v in typed.items() if k == key)), Decimal(0))
        cache.put(sheet, r[key], tc, f"=SUM(B{r[key]}:{last}{r[key]})", _f(value)).number_format = MONEY
    refs = "+".join(f"{total_col}{r[k]}" for k in base_rows) or "0"
    formula = f"=ROUND({rule.rate}*({refs}),2)" if rule is not None else "=0"
    cache.put(sheet, r["indirect"], tc, formula, _f(partner.overheads.value)).number_format = MONEY
    cache.put(sheet, r["total"], tc, f"=SUM({total_col}{r['personnel']}:{total_col}{r['indirect']})",
              _f(partner.eligible.value)).number_format = MONEY
    cache.put(sheet, r["contribution"], tc, f"=ROUND({total_col}{r['total']}*{rate_ref},2)",
              _f(partner.requested_aid.value)).number_format = MONEY
    for number in (r["total"], r["contribution"]):
        for col in range(1, tc + 1):
            sheet.cell(number, col).font = BOLD
    rate_row = r["contribution"] + 2
    sheet.cell(rate_row, 1, RATE_ROW_TITLE).font = BOLD
    sheet.cell(rate_row, 2, _f(partner.funding_rate.value)).number_format = "0.0%"
    sheet.cell(rate_row, 3, normalise_plain(partner.funding_rate.rule_en))
    sheet.column_dimensions["A"].width = 40
    for col in range(2, tc + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 15


def _input(sheet: Worksheet, row: int, column: int, value: float, fmt: str) -> None:
    cell = sheet.cell(row, column, value)
    cell.fill, cell.number_format = INPUT_FILL, fmt


def _summary(sheet: Worksheet, document: ProposalDocument, report: BudgetReport, headers: list[str],
             totals: list[tuple[str, str, str]], by_partner: dict[str, dict[str | None, Cell]],
             columns: list[str | None], cache: _Cache) -> None:
    sheet.append([f"{normalise_plain(document.proposal.acronym)} — lump-sum detailed budget table"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(["Beneficiary", *headers, "Total", "Requested EU contribution"])
    _header(sheet, 3, len(headers) + 3)
    r = ROW_OF
    for index, ((name, title, total_col), partner) in enumerate(zip(totals, report.partners, strict=True)):
        row = 4 + index
        sheet.cell(row, 1, f"{title} {normalise_plain(name)}")
        own = by_partner[partner.participation_uuid]
        for i, wp in enumerate(columns):
            letter = get_column_letter(i + 2)
            value = own[wp].eligible if wp in own else Decimal(0)
            cache.put(sheet, row, i + 2, f"={quote_sheetname(title)}!{letter}{r['total']}", _f(value))
        cache.put(sheet, row, len(columns) + 2, f"={quote_sheetname(title)}!{total_col}{r['total']}",
                  _f(partner.eligible.value))
        cache.put(sheet, row, len(columns) + 3, f"={quote_sheetname(title)}!{total_col}{r['contribution']}",
                  _f(partner.requested_aid.value))
    last = 3 + len(totals)
    sheet.cell(last + 1, 1, "Total").font = BOLD
    column_totals = [sum((c.eligible for c in grid_column), Decimal(0))
                     for grid_column in ([own[wp] for own in by_partner.values() if wp in own] for wp in columns)]
    column_totals += [report.eligible.value, report.requested_aid.value]
    for col, value in enumerate(column_totals, start=2):
        letter = get_column_letter(col)
        cache.put(sheet, last + 1, col, f"=SUM({letter}4:{letter}{last})", _f(value)).font = BOLD
    for row in sheet.iter_rows(min_row=4, min_col=2):
        for cell in row:
            cell.number_format = MONEY
    sheet.column_dimensions["A"].width = 34
    for col in range(2, len(columns) + 4):
        sheet.column_dimensions[get_column_letter(col)].width = 15


def _lists(workbook: Workbook, document: ProposalDocument, report: BudgetReport) -> None:
    organisations = {o.uuid: o for o in document.organisations}
    participations = {p.uuid: p for p in document.participations}
    people = workbook.create_sheet("BE list")
    people.append(["No", "Short name", "Legal name", "Country", "PIC", "Kind"])
    _header(people, 1, 6)
    for index, partner in enumerate(report.partners):
        organisation = organisations[participations[partner.participation_uuid].organisation_uuid]
        people.append([sheet_name(index), normalise_plain(partner.name), normalise_plain(organisation.legal_name),
                       organisation.country, organisation.pic, partner.kind.value])
    names = {p.participation_uuid: p.name for p in report.partners}
    packages = workbook.create_sheet("WP list")
    packages.append(["WP", "Title", "Lead beneficiary", "Start month", "End month"])
    _header(packages, 1, 5)
    for wp in sorted(document.work_packages, key=lambda w: w.number):
        packages.append([f"WP{wp.number}", normalise_plain(wp.title),
                         normalise_plain(names.get(wp.leader_participation_uuid or "", "")), wp.start_month,
                         wp.end_month])
    for sheet in (people, packages):
        for column in "ABCDEF":
            sheet.column_dimensions[column].width = 22


def _comments(workbook: Workbook, document: ProposalDocument, report: BudgetReport) -> None:
    sheet = workbook.create_sheet("Any comments")
    # Equipment charged by depreciation also gives its purchase cost and the share charged (the amount).
    sheet.append(["Beneficiary", "WP", "Cost item", "Year", "Amount", "Justification", "Purchase cost",
                  "Share charged"])
    _header(sheet, 1, 8)
    names = {p.participation_uuid: p.name for p in report.partners}
    wps = {w.uuid: f"WP{w.number}" for w in document.work_packages}
    for line in document.budget_lines:
        if line.justification.strip() or line.purchase_cost is not None:
            bought = [] if line.purchase_cost is None else [
                float(line.purchase_cost), float(share(line.depreciation_months, line.use_months, line.use_percent))]
            sheet.append([normalise_plain(names.get(line.participation_uuid, "")),
                          wps.get(line.work_package_uuid or "", OUTSIDE_WP), line.category, line.period,
                          float(line.amount), normalise_plain(line.justification)[:32_000], *bought])  # Excel's limit
            sheet.cell(sheet.max_row, 5).number_format = MONEY
            sheet.cell(sheet.max_row, 7).number_format = MONEY
            sheet.cell(sheet.max_row, 8).number_format = "0.00%"
    for column, width in zip("ABCDEFGH", (16, 10, 18, 6, 16, 90, 16, 10), strict=True):
        sheet.column_dimensions[column].width = width
