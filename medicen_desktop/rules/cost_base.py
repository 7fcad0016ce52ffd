"""The one cost base: every euro of a proposal as entries partner × work package × category × year.

``cost_entries(document, template)`` is what every budget figure, check and
form is computed from:

- Personnel comes from the effort matrix: each effort (partner × WP, in
  person-months) × the monthly rate of its staff category (the effort's own
  ``staff_rate_uuid``, else the partner's first rate by position), rounded to
  the cent once per effort, then spread over the years the work package runs
  in proportion to its months (the last year takes the rounding remainder,
  so the years add up to the effort's cost exactly). Nothing is typed twice:
  change a person-month and the personnel cost follows.
- Every budget line (cost item) is an entry as typed, in the call's
  category covering its kind (``FunderTemplate.booked_under``: a ``travel``
  item counts in Horizon Europe's "C.1 travel and C.3 other goods"), its
  year and work package (None: the partner's costs outside any WP). A line
  in a personnel category is personnel typed by hand (an older budget); it
  counts, and the checks compare it with the effort matrix.

Pure and exact (``Decimal``); never raises on data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from medicen_desktop.document.schema import Effort, ProposalDocument, StaffRate, WorkPackage
from medicen_desktop.rules.money import ZERO, cents
from medicen_desktop.rules.template_model import FunderTemplate

PERSONNEL = "personnel"
"""The personnel category of a call that names none."""


@dataclass(frozen=True, slots=True)
class CostEntry:
    """An amount of one partner, in one category and year, in a work package (or None)."""

    participation_uuid: str
    work_package_uuid: str | None
    category: str
    period: int
    amount: Decimal
    person_months: Decimal | None
    source_uuid: str
    """The effort (derived personnel) or the budget line the amount comes from."""
    derived: bool
    """True for personnel computed from the effort matrix and a staff rate (here, or by a partner that gave it
    as totals: ``BudgetLine.given_total``)."""
    kind: str = PERSONNEL
    """The category the item was typed under (a kind of the cost base or a call's key), before mapping."""


def personnel_category(template: FunderTemplate) -> str:
    """The key derived personnel is booked under: the call's first personnel category."""
    return next((c.key for c in template.budget_categories if c.is_personnel), PERSONNEL)


def rates_by_partner(document: ProposalDocument) -> dict[str, list[StaffRate]]:
    """Each partner's staff rates, by position."""
    rates: dict[str, list[StaffRate]] = defaultdict(list)
    for rate in sorted(document.staff_rates, key=lambda r: (r.position, r.uuid)):
        rates[rate.participation_uuid].append(rate)
    return rates


def effort_rate(effort: Effort, rates: dict[str, StaffRate], partner_rates: list[StaffRate]) -> StaffRate | None:
    """The rate an effort is costed at: its own, else its partner's first (None: no rate)."""
    if effort.staff_rate_uuid is not None and effort.staff_rate_uuid in rates:
        return rates[effort.staff_rate_uuid]
    return partner_rates[0] if partner_rates else None


def year_months(start_month: int, end_month: int) -> dict[int, int]:
    """Months a span [start, end] (1-based project months) runs in each project year."""
    first, last = min(start_month, end_month), max(start_month, end_month)
    months: dict[int, int] = defaultdict(int)
    for month in range(first, last + 1):
        months[(month - 1) // 12 + 1] += 1
    return dict(months)


def split_by_year(amount: Decimal, months: dict[int, int]) -> list[tuple[int, Decimal]]:
    """``amount`` spread over years in proportion to ``months``, in cents; the last year takes the remainder."""
    total = sum(months.values())
    years = sorted(months)
    if total == 0 or len(years) <= 1:
        return [(years[0] if years else 1, amount)]
    parts, given = [], ZERO
    for year in years[:-1]:
        part = cents(amount * months[year] / total)
        parts.append((year, part))
        given += part
    parts.append((years[-1], amount - given))
    return parts


def effort_cost(effort: Effort, rate: Decimal) -> Decimal:
    """An effort's personnel cost: person-months × monthly rate, rounded to the cent."""
    return cents(effort.person_months * rate)


def cost_entries(document: ProposalDocument, template: FunderTemplate) -> list[CostEntry]:
    """Every cost of the proposal as entries (see the module's docstring): derived personnel first."""
    category = personnel_category(template)
    by_partner = rates_by_partner(document)
    rates = {r.uuid: r for r in document.staff_rates}
    packages: dict[str, WorkPackage] = {wp.uuid: wp for wp in document.work_packages}
    spans: dict[str, dict[int, int]] = {}
    entries: list[CostEntry] = []
    for effort in document.efforts:
        rate = effort_rate(effort, rates, by_partner.get(effort.participation_uuid, []))
        if rate is None or not effort.person_months:
            continue
        wp = packages.get(effort.work_package_uuid)
        months = spans.get(effort.work_package_uuid)
        if months is None:
            months = spans[effort.work_package_uuid] = year_months(wp.start_month, wp.end_month) if wp else {1: 1}
        cost = effort_cost(effort, rate.monthly_rate)
        for index, (year, part) in enumerate(split_by_year(cost, months)):
            # The effort's months go with its first year, so person-months add up exactly.
            months_here = effort.person_months if index == 0 else ZERO
            entries.append(CostEntry(effort.participation_uuid, effort.work_package_uuid, category, year, part,
                                     months_here, effort.uuid, True))
    booked: dict[str, str] = {}
    for line in document.budget_lines:
        key = booked.get(line.category)
        if key is None:
            key = booked[line.category] = template.booked_under(line.category)
        # A partner's personnel given as totals (rates kept private) is that partner's derived personnel.
        entries.append(CostEntry(line.participation_uuid, line.work_package_uuid, key, line.period,
                                 line.amount, line.person_months, line.uuid, line.given_total, line.category))
    return entries
