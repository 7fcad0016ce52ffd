"""The checks evaluators make on a budget: the figures that do not hold together or stand out.

- Person-months per work package stated in a table of the text vs the
  effort matrix (the budget's personnel is the matrix × rates, so they agree
  by construction; typed personnel lines with a WP are compared too); a
  task's row ("T1.2") vs the months given to that task, where the matrix
  gives that WP's months per task.
- A staff rate far from the consortium's median for the same country and
  kind of organisation (falling back on the same country when fewer than
  three rates compare): outside [median / 1.5, median × 1.5]. A partner
  that gave its personnel as totals (rates kept private) has no rate here:
  an info finding says it is not compared.
- One partner's eligible cost over half the project's (with three partners
  or more).
- A work package's leader with less than a tenth of the WP's person-months.
- Purchase costs over the call's ratio of a partner's personnel costs
  (Horizon Europe table 3.1h, ``FunderTemplate.purchase_costs``) while an
  item is not justified.
- A subcontracting item without a justification.
- Under a lump-sum call, cost items outside any work package (the lump sum
  is paid per WP: every euro must belong to one).

The thresholds that are not the funder's (outlier, dominance, leader's
effort) are what evaluators' reports commonly point at; they are warnings,
never errors.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from medicen_desktop.document.schema import COMPANY_KINDS, BudgetLine, ProposalDocument
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.messages import KINDS, Eur, Localized, Pct
from medicen_desktop.rules.template_model import FunderTemplate

OUTLIER_FACTOR = Decimal("1.5")
DOMINANT_SHARE = Decimal("0.5")
LEADER_MIN_SHARE = Decimal("0.1")
_PM_HEADER = re.compile(r"person[- ]?months?|\bPM\b|personnes?[·.\- ]?mois|\bh\.?m\b", re.IGNORECASE)
_WP_CELL = re.compile(r"^\s*(?:WP|LT|T)\s*0*(\d{1,2})\b(?![.,]\d)", re.IGNORECASE)
_TASK_CELL = re.compile(r"^\s*(?:T|Task|Tâche)\s*0*(\d{1,2})[.,]0*(\d{1,2})\b", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*$")


def check(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport) -> list[Finding]:
    """The evaluators' checks (see the module's docstring)."""
    return [*_text_tables(document), *_rate_outliers(document, budget), *_dominant(budget),
            *_leaders(document), *_purchases(document, template, budget), *_subcontracting(document, template),
            *_outside_wps(document, template)]


def _effort_by_wp(document: ProposalDocument) -> dict[str, Decimal]:
    effort: dict[str, Decimal] = defaultdict(Decimal)
    for row in document.efforts:
        effort[row.work_package_uuid] += row.person_months
    return effort


def pm_tables(body: str) -> dict[int, Decimal]:
    """Person-months per WP number stated in the Markdown tables of ``body`` (a column headed "PM",
    "person-months", "personnes·mois"… and rows whose first cell names a WP)."""
    return {key: value for key, value in _pm_rows(body).items() if isinstance(key, int)}


def pm_task_tables(body: str) -> dict[tuple[int, int], Decimal]:
    """Person-months per task (WP number, task number) stated in the same tables, in rows naming a task
    ("T1.2", "Task 1.2", "Tâche 1.2")."""
    return {key: value for key, value in _pm_rows(body).items() if isinstance(key, tuple)}


def _pm_rows(body: str) -> dict[int | tuple[int, int], Decimal]:
    from medicen_desktop.document.markdown import parse

    found: dict[int | tuple[int, int], Decimal] = {}
    rows: list[list[str]] = []
    in_table = False
    for token in parse(body):
        if token.type == "table_open":
            in_table, rows = True, []
        elif token.type == "tr_open" and in_table:
            rows.append([])
        elif token.type == "inline" and in_table and rows:
            rows[-1].append(token.content)
        elif token.type == "table_close":
            in_table = False
            found.update(_read_table(rows))
    return found


def _read_table(rows: list[list[str]]) -> dict[int | tuple[int, int], Decimal]:
    if not rows:
        return {}
    column = next((i for i, cell in enumerate(rows[0]) if _PM_HEADER.search(cell)), None)
    if column is None:
        return {}
    found: dict[int | tuple[int, int], Decimal] = {}
    for row in rows[1:]:
        value = _NUMBER.match(row[column]) if len(row) > column else None
        if not row or not value:
            continue
        task = _TASK_CELL.match(row[0])
        wp = None if task else _WP_CELL.match(row[0])
        if task:
            found[int(task.group(1)), int(task.group(2))] = Decimal(value.group(1).replace(",", "."))
        elif wp:
            found[int(wp.group(1))] = Decimal(value.group(1).replace(",", "."))
    return found


def _text_tables(document: ProposalDocument) -> Iterator[Finding]:
    """A WP's stated months against the matrix (its tasks' months included); a task's against the months
    given to that task, where the matrix gives that WP's months per task at all."""
    effort = _effort_by_wp(document)
    by_task: dict[str, Decimal] = defaultdict(Decimal)
    for row in document.efforts:
        if row.task_uuid is not None:
            by_task[row.task_uuid] += row.person_months
    wps_by_task = {t.work_package_uuid for t in document.tasks if t.uuid in by_task}
    numbers = {wp.number: wp for wp in document.work_packages}
    wp_number = {wp.uuid: wp.number for wp in document.work_packages}
    tasks = {(wp_number[t.work_package_uuid], t.number): t for t in document.tasks
             if t.work_package_uuid in wp_number}
    for section in document.sections:
        if "|" not in section.body:
            continue
        rows = _pm_rows(section.body)
        where = Localized(section.title or section.key, section.title or section.key)
        for key, stated in sorted(rows.items(), key=lambda item: (item[0],) if isinstance(item[0], int)
                                  else item[0]):
            if isinstance(key, int):
                wp = numbers.get(key)
                label, planned = f"WP{key}", effort.get(wp.uuid, Decimal(0)) if wp else None
            else:
                task = tasks.get(key)
                label = f"T{key[0]}.{key[1]}"
                planned = by_task.get(task.uuid, Decimal(0)) if task and task.work_package_uuid in wps_by_task \
                    else None
            if planned is not None and stated != planned:
                yield Finding("warning", "budget.pm-text-mismatch",
                              {"wp": label, "stated": stated, "planned": planned, "section": where},
                              section.uuid, "body")


def _rate_outliers(document: ProposalDocument, budget: BudgetReport) -> Iterator[Finding]:
    partners = {p.participation_uuid: p for p in budget.partners}
    given = {b.participation_uuid for b in document.budget_lines if b.given_total}
    for partner in budget.partners:  # rates kept private: nothing to compare, and no figure made up
        if partner.participation_uuid in given:
            yield Finding("info", "budget.rates-given-as-totals", {"partner": partner.name},
                          partner.participation_uuid, "staff_rates")
    rates = [(r, partners[r.participation_uuid]) for r in document.staff_rates
             if r.participation_uuid in partners and r.monthly_rate > 0]
    for rate, partner in rates:
        same = [r.monthly_rate for r, p in rates if p.country == partner.country and p.kind == partner.kind]
        group = Localized(f"{KINDS[partner.kind.value].fr}, {partner.country}",
                          f"{KINDS[partner.kind.value].en}, {partner.country}")
        if len(same) < 3:
            same = [r.monthly_rate for r, p in rates if p.country == partner.country]
            group = Localized(f"toutes catégories, {partner.country}", f"all kinds, {partner.country}")
        if len(same) < 3:
            continue
        median = Decimal(statistics.median(same))
        if rate.monthly_rate > median * OUTLIER_FACTOR or rate.monthly_rate * OUTLIER_FACTOR < median:
            yield Finding("warning", "budget.rate-outlier",
                          {"partner": partner.name, "label": rate.label or "-", "rate": Eur(rate.monthly_rate),
                           "median": Eur(median.quantize(Decimal("0.01"))), "group": group, "count": len(same),
                           "ratio": Pct(rate.monthly_rate / median)},
                          rate.uuid, "monthly_rate")


def _dominant(budget: BudgetReport) -> Iterator[Finding]:
    total = budget.eligible.value
    if len(budget.partners) < 3 or not total:
        return
    for partner in budget.partners:
        if partner.eligible.value > total * DOMINANT_SHARE:
            yield Finding("warning", "budget.partner-dominant",
                          {"partner": partner.name, "share": Pct(partner.eligible.value / total),
                           "amount": Eur(partner.eligible.value), "total": Eur(total),
                           "company": Localized("entreprise", "company") if partner.kind in COMPANY_KINDS
                           else Localized("partenaire", "partner")},
                          partner.participation_uuid, "budget_lines")


def _leaders(document: ProposalDocument) -> Iterator[Finding]:
    effort: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for row in document.efforts:
        effort[row.participation_uuid, row.work_package_uuid] += row.person_months
    by_wp = _effort_by_wp(document)
    names = _names(document)
    for wp in document.work_packages:
        leader, total = wp.leader_participation_uuid, by_wp.get(wp.uuid, Decimal(0))
        if leader is None or not total:
            continue
        own = effort.get((leader, wp.uuid), Decimal(0))
        if own < total * LEADER_MIN_SHARE:
            yield Finding("warning", "wp.leader-little-effort",
                          {"wp": f"WP{wp.number}", "partner": names.get(leader, "?"), "own": own, "total": total,
                           "share": Pct(own / total)},
                          wp.uuid, "leader_participation_uuid")


def _purchases(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport) -> Iterator[Finding]:
    rule = template.purchase_costs
    if rule is None:
        return
    purchase_keys = {c.key for c in template.budget_categories if c.is_purchase}
    personnel_keys = {c.key for c in template.budget_categories if c.is_personnel}
    lines = defaultdict(list)
    for line in document.budget_lines:
        if template.booked_under(line.category) in purchase_keys:
            lines[line.participation_uuid].append(line)
    for partner in budget.partners:
        purchases = sum((f.value for k, f in partner.by_category.items() if k in purchase_keys), Decimal(0))
        personnel = sum((f.value for k, f in partner.by_category.items() if k in personnel_keys), Decimal(0))
        if not purchases or purchases <= personnel * rule.ratio:
            continue
        unjustified = sorted((line for line in lines[partner.participation_uuid] if not line.justification.strip()),
                             key=lambda line: -line.amount)
        if not unjustified:
            continue
        yield Finding("warning", "budget.purchases-unjustified",
                      {"partner": partner.name, "purchases": Eur(purchases), "personnel": Eur(personnel),
                       "share": Pct(purchases / personnel) if personnel else Localized("∞", "∞"),
                       "limit": Pct(rule.ratio), "rule": Localized(rule.text_fr, rule.text_en)},
                      unjustified[0].uuid, "justification")


def _subcontracting(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    """One finding per partner with subcontracting not justified, on its largest such item."""
    keys = {c.key for c in template.budget_categories if c.is_subcontracting}
    names = _names(document)
    unjustified = defaultdict(list)
    for line in document.budget_lines:
        if line.amount > 0 and template.booked_under(line.category) in keys and not line.justification.strip():
            unjustified[line.participation_uuid].append(line)
    for participation in (p.uuid for p in sorted(document.participations, key=lambda p: p.position)):
        lines = sorted(unjustified.get(participation, []), key=lambda line: -line.amount)
        if lines:
            yield Finding("warning", "budget.subcontracting-unjustified",
                          {"partner": names.get(participation, "?"), "count": len(lines),
                           "amount": Eur(sum((line.amount for line in lines), Decimal(0)))},
                          lines[0].uuid, "justification")


def _outside_wps(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    if template.funding_model != "lump_sum" or not document.work_packages:
        return
    names = _names(document)
    outside: dict[str, list[BudgetLine]] = defaultdict(list)
    for line in document.budget_lines:
        if line.work_package_uuid is None and line.amount:
            outside[line.participation_uuid].append(line)
    for participation in (p.uuid for p in sorted(document.participations, key=lambda p: p.position)):
        lines = outside.get(participation)
        if lines:
            yield Finding("warning", "budget.outside-wp-lump-sum",
                          {"partner": names.get(participation, "?"), "count": len(lines),
                           "amount": Eur(sum((line.amount for line in lines), Decimal(0)))},
                          lines[0].uuid, "work_package_uuid")


def _names(document: ProposalDocument) -> dict[str, str]:
    organisations = {o.uuid: o for o in document.organisations}
    return {p.uuid: organisations[p.organisation_uuid].short_name or organisations[p.organisation_uuid].legal_name
            for p in document.participations if p.organisation_uuid in organisations}
