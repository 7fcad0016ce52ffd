"""The budget broken down by partner × work package (the lump-sum table's cells), by WP, category or year.

Every figure is the rules' own (``compute_budget``): direct costs are the
cost base's entries summed; a partner's overheads and aid, computed once per
partner, are shared out over its work packages as the funders' spreadsheets
do: each cell's rate × its own base rounded to the cent, the partner's last
cell with a base taking the difference (``round_each``). So a partner's
cells add up to its figures exactly, the WP totals to the project's, and
the lump-sum form's formulas compute the same cells.

Costs booked outside any work package land in the ``None`` work package.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from medicen_desktop.rules.budget import BudgetReport, PartnerBudget
from medicen_desktop.rules.cost_base import CostEntry
from medicen_desktop.rules.money import CENT, ZERO
from medicen_desktop.rules.template_model import FunderTemplate

BREAKDOWNS = ("partner", "wp", "category", "year")


@dataclass
class Cell:
    """The costs of one partner in one work package (None: outside any WP)."""

    participation_uuid: str
    work_package_uuid: str | None
    by_category: dict[str, Decimal] = field(default_factory=dict)
    person_months: Decimal = ZERO
    direct: Decimal = ZERO
    overheads: Decimal = ZERO
    eligible: Decimal = ZERO
    aid: Decimal = ZERO


def allocate(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """``total`` (cents) shared in proportion to ``weights``, each part in cents, adding up to ``total`` exactly.

    Parts are rounded down, then the cents left go to the largest remainders (the first on ties). With no
    weight at all, everything goes to the first part.
    """
    if not weights:
        return []
    weight = sum(weights, ZERO)
    if not weight:
        return [total] + [ZERO] * (len(weights) - 1)
    exact = [total * w / weight for w in weights]
    parts = [e.quantize(CENT, rounding=ROUND_DOWN) for e in exact]
    left = int(((total - sum(parts, ZERO)) / CENT).to_integral_value())
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - parts[i]), i))
    step = CENT if left >= 0 else -CENT
    for i in order[: abs(left)]:
        parts[i] += step
    return parts


def round_each(total: Decimal, rate: Decimal, bases: list[Decimal]) -> list[Decimal]:
    """``rate`` × each base rounded to the cent, the last non-zero base taking what makes the sum ``total``.

    With no base at all, ``total`` goes to the first part.
    """
    if not bases:
        return []
    parts = [(rate * b).quantize(CENT, rounding=ROUND_HALF_UP) for b in bases]
    last = max((i for i, b in enumerate(bases) if b), default=0)
    parts[last] = total - sum((p for i, p in enumerate(parts) if i != last), ZERO)
    return parts


def cells(report: BudgetReport, template: FunderTemplate, wp_order: list[str]) -> list[Cell]:
    """Partner × WP cells, partners in the report's order, WPs in ``wp_order`` (then None), non-empty only."""
    overhead_keys = {c.key for c in template.budget_categories if c.is_overheads}
    by_partner: dict[str, dict[str | None, Cell]] = defaultdict(dict)
    for entry in report.entries:
        cell = by_partner[entry.participation_uuid].get(entry.work_package_uuid)
        if cell is None:
            cell = by_partner[entry.participation_uuid][entry.work_package_uuid] = Cell(
                entry.participation_uuid, entry.work_package_uuid)
        cell.by_category[entry.category] = cell.by_category.get(entry.category, ZERO) + entry.amount
        if entry.person_months:
            cell.person_months += entry.person_months
        if entry.category not in overhead_keys:
            cell.direct += entry.amount
    rank = {uuid: i for i, uuid in enumerate(wp_order)}
    result: list[Cell] = []
    for partner in report.partners:
        own = sorted(by_partner.get(partner.participation_uuid, {}).values(),
                     key=lambda c: rank.get(c.work_package_uuid or "", len(rank)))
        _share_out(partner, own, template)
        result += own
    return result


def _share_out(partner: PartnerBudget, own: list[Cell], template: FunderTemplate) -> None:
    rule = template.overhead_rule(partner.kind)
    base_keys = (set(rule.base_categories) if rule is not None and rule.base_categories is not None else
                 {c.key for c in template.budget_categories if c.counts_for_overheads and not c.is_overheads})
    bases = [sum((v for k, v in c.by_category.items() if k in base_keys), ZERO) for c in own]
    entered = [sum((v for k, v in c.by_category.items()
                    if (template.category(k) is not None and template.category(k).is_overheads)), ZERO)  # type: ignore[union-attr]
               for c in own]
    computed = partner.overheads.value - sum(entered, ZERO)
    shares = round_each(computed, rule.rate, bases) if rule is not None else allocate(computed, bases)
    for cell, part, typed in zip(own, shares, entered, strict=True):
        cell.overheads = part + typed
        cell.eligible = cell.direct + cell.overheads
    aid = round_each(partner.requested_aid.value, partner.funding_rate.value, [c.eligible for c in own])
    for cell, part in zip(own, aid, strict=True):
        cell.aid = part


def _money(value: Decimal) -> str:
    return format(value.quantize(CENT), "f")


def breakdown(report: BudgetReport, template: FunderTemplate, by: str, wp_labels: dict[str, str],
              partner_labels: dict[str, str]) -> list[dict[str, object]]:
    """Rows of the budget ``by`` partner, wp, category or year, JSON-ready (amounts as decimal strings).

    ``wp_labels`` maps WP UUIDs to their labels in the order to show them; costs outside any WP are
    labelled "-".
    """
    if by == "category":
        return _by_category(report.entries, partner_labels)
    if by == "year":
        return _by_year(report.entries)
    rows = cells(report, template, list(wp_labels))
    groups: dict[str, list[Cell]] = defaultdict(list)
    for cell in rows:
        key = cell.participation_uuid if by == "partner" else (cell.work_package_uuid or "-")
        groups[key].append(cell)
    order = list(partner_labels) if by == "partner" else [*wp_labels, "-"]
    result: list[dict[str, object]] = []
    for key in order:
        if key not in groups:
            continue
        group = groups[key]
        categories: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for cell in group:
            for category, amount in cell.by_category.items():
                categories[category] += amount
        label = partner_labels.get(key, key) if by == "partner" else wp_labels.get(key, "-")
        result.append({
            "key": key, "label": label,
            "costs": {k: _money(v) for k, v in categories.items()},
            "person_months": format(sum((c.person_months for c in group), ZERO).normalize(), "f"),
            "direct": _money(sum((c.direct for c in group), ZERO)),
            "overheads": _money(sum((c.overheads for c in group), ZERO)),
            "eligible": _money(sum((c.eligible for c in group), ZERO)),
            "aid": _money(sum((c.aid for c in group), ZERO)),
        })
    return result


def _by_category(entries: tuple[CostEntry, ...], partner_labels: dict[str, str]) -> list[dict[str, object]]:
    totals: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for entry in entries:
        totals[entry.category][entry.participation_uuid] += entry.amount
    rows: list[dict[str, object]] = [{"key": category, "label": category,
             "partners": {partner_labels.get(p, p): _money(v) for p, v in partners.items()},
             "total": _money(sum(partners.values(), ZERO))} for category, partners in totals.items()]
    return rows


def _by_year(entries: tuple[CostEntry, ...]) -> list[dict[str, object]]:
    totals: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for entry in entries:
        totals[entry.period][entry.category] += entry.amount
    return [{"key": year, "label": str(year), "costs": {k: _money(v) for k, v in totals[year].items()},
             "total": _money(sum(totals[year].values(), ZERO))} for year in sorted(totals)]
