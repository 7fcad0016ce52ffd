"""A partner's staff rates stay in its copy; its personnel reaches the coordinator as totals.

When a partner keeps its budget private (services/sharing.py
``private_budget``), ``rates_as_totals`` writes its contribution without any
of its staff rates (no person's name, no monthly cost) and without the rate
its efforts name; its personnel goes instead as one budget line per work
package, category and year marked ``given_total``: the sums of the
partner's own cost base (rules/cost_base.py, the same function its copy
shows figures from), so the coordinator's budget, forms, overheads and aid
are the partner's to the cent.

At the coordinator those lines are the partner's derived personnel (the
cost base counts them so); the Budget step shows them read-only and the
checks skip the partner's rates. The coordinator may still change the
partner's person-months: the totals then stay as the partner gave them
(no rate is ever guessed) and a finding says they no longer match the
effort matrix until the partner sends a new contribution (rules/consistency.py).

The merge needs nothing special: the lines have stable UUIDs (a new total is
an edit of the previous one); a later contribution with rates deletes them
and adds the rates; one with totals again replaces them. In rounds,
``keep_own_rates`` lets a rebase leave the partner's rates as its copy holds
them (the coordinator has none to send back), and the coordinator's mirror of
the totals never comes into the copy beside them
(confidentiality.py ``without_own_totals``). Pure: functions of snapshots.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from medicen_desktop.document.schema import BudgetLine, ProposalDocument
from medicen_desktop.exchange.confidentiality import total_line_uuid
from medicen_desktop.rules.cost_base import cost_entries
from medicen_desktop.rules.template_model import FunderTemplate


def given_totals(document: ProposalDocument, participation_uuid: str) -> list[BudgetLine]:
    """The partner's personnel given as totals (its rates kept private), as the document holds them."""
    return [b for b in document.budget_lines if b.given_total and b.participation_uuid == participation_uuid]


@dataclass(frozen=True)
class GivenWorkPackage:
    """A partner's personnel given as totals for one work package: its person-months once (the lines carry
    them on the work package's first year only, so they add up exactly) and its cost in each year."""

    work_package_uuid: str | None
    number: int | None
    person_months: Decimal
    cost_by_year: tuple[tuple[int, Decimal], ...]


def given_by_work_package(document: ProposalDocument, participation_uuid: str) -> list[GivenWorkPackage]:
    """The partner's given totals per work package (by number; lines naming none last), years in order."""
    numbers = {wp.uuid: wp.number for wp in document.work_packages}
    months: dict[str | None, Decimal] = defaultdict(Decimal)
    costs: dict[str | None, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for line in given_totals(document, participation_uuid):
        months[line.work_package_uuid] += line.person_months or Decimal(0)
        costs[line.work_package_uuid][line.period] += line.amount
    order = sorted(costs, key=lambda wp: (wp not in numbers, numbers.get(wp or "", 0)))
    return [GivenWorkPackage(wp, numbers.get(wp or ""), months[wp], tuple(sorted(costs[wp].items())))
            for wp in order]


def partners_giving_totals(document: ProposalDocument) -> frozenset[str]:
    """The participations whose personnel the document holds as given totals."""
    return frozenset(b.participation_uuid for b in document.budget_lines if b.given_total)


def has_own_rates(document: ProposalDocument, participation_uuid: str) -> bool:
    """Whether the document holds staff rates of this partner."""
    return any(r.participation_uuid == participation_uuid for r in document.staff_rates)


def rates_as_totals(document: ProposalDocument, template: FunderTemplate,
                    participation_uuid: str) -> ProposalDocument:
    """``document`` without the partner's staff rates, its personnel as given totals (see the module).

    A copy holding no rate of the partner is returned as it is (the totals
    it may hold are the last ones given: nothing is computed from nothing).
    """
    if not has_own_rates(document, participation_uuid):
        return document
    priced = document.model_copy(update={"budget_lines": [
        b for b in document.budget_lines if not (b.given_total and b.participation_uuid == participation_uuid)]})
    efforts = {e.uuid for e in document.efforts if e.participation_uuid == participation_uuid}
    sums: dict[tuple[str | None, str, int], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for entry in cost_entries(priced, template):
        if entry.derived and entry.source_uuid in efforts:
            figures = sums[(entry.work_package_uuid, entry.category, entry.period)]
            figures[0] += entry.amount
            figures[1] += entry.person_months or Decimal(0)
    numbers = {wp.uuid: wp.number for wp in document.work_packages}
    data = priced.model_dump()
    data["staff_rates"] = [r for r in data["staff_rates"] if r["participation_uuid"] != participation_uuid]
    for effort in data["efforts"]:
        if effort["participation_uuid"] == participation_uuid:
            effort["staff_rate_uuid"] = None
    for (wp, category, period), (amount, months) in sorted(
            sums.items(), key=lambda item: (numbers.get(item[0][0] or "", 0), item[0][1], item[0][2])):
        data["budget_lines"].append(_given_line(participation_uuid, wp, category, period, amount, months))
    return ProposalDocument.model_validate(data)


def _given_line(participation_uuid: str, wp: str | None, category: str, period: int, amount: Decimal,
                months: Decimal) -> dict[str, Any]:
    return {
        "uuid": total_line_uuid(participation_uuid, "personnel-total", wp or "", category, period), "revision": 1,
        "participation_uuid": participation_uuid, "category": category, "period": period, "amount": amount,
        "person_months": months or None, "description": "", "work_package_uuid": wp, "justification": "",
        "given_total": True,
    }


def keep_own_rates(document: ProposalDocument, own: ProposalDocument, participation_uuid: str) -> ProposalDocument:
    """``document`` with the partner's staff rates, and the rates its efforts name, as ``own`` (its copy) holds them.

    Applied to both bases of a rebase, the partner's rates are never changed
    nor deleted by a new round (the coordinator, holding totals, has none).
    """
    data = document.model_dump()
    kept = [r.model_dump() for r in own.staff_rates if r.participation_uuid == participation_uuid]
    data["staff_rates"] = [r for r in data["staff_rates"] if r["participation_uuid"] != participation_uuid] + kept
    rated = {r["uuid"] for r in kept}
    named = {e.uuid: e.staff_rate_uuid for e in own.efforts if e.participation_uuid == participation_uuid}
    for effort in data["efforts"]:
        if effort["participation_uuid"] == participation_uuid:
            rate = named.get(effort["uuid"], effort["staff_rate_uuid"])
            effort["staff_rate_uuid"] = rate if rate in rated else None
    return ProposalDocument.model_validate(data)
