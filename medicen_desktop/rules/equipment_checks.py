"""The checks on equipment charged by depreciation (``document.depreciation``).

- A share above 100 % charges more than the equipment cost: an error.
- A share of 100 % on equipment whose depreciation period outlives the
  project (it will still be in use when the project ends) charges its whole
  price to the project, which the funders allow only by exception (Horizon
  Europe: the grant agreement's "full cost for listed equipment" option,
  AGA art. 6.2.C.2; Bpifrance and ANR: depreciation): without a
  justification, a warning naming the months that would be charged.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from medicen_desktop.document.depreciation import FULL, share
from medicen_desktop.document.schema import BudgetLine, ProposalDocument
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.messages import Eur, Param, Pct


def check(document: ProposalDocument) -> list[Finding]:
    """The equipment findings of ``document``, in the order of its cost items."""
    return list(_findings(document))


def line_share(line: BudgetLine) -> Decimal:
    """The share of an equipment item's purchase cost charged to the project (1 for an item typed as an amount)."""
    return share(line.depreciation_months, line.use_months, line.use_percent) if line.purchase_cost is not None \
        else FULL


def _findings(document: ProposalDocument) -> Iterator[Finding]:
    names = _names(document)
    duration = document.proposal.duration_months
    for line in document.budget_lines:
        if line.purchase_cost is None or not line.purchase_cost:
            continue
        charged = line_share(line)
        params: dict[str, Param] = {"partner": names.get(line.participation_uuid, "?"), "item": line.description or line.category,
                  "cost": Eur(line.purchase_cost), "share": Pct(charged), "amount": Eur(line.amount)}
        if charged > FULL:
            yield Finding("error", "budget.equipment-share-over-100", params, line.uuid, "use_percent")
        elif charged == FULL and (line.depreciation_months or 0) > duration and not line.justification.strip():
            # What depreciation over the project's months would charge, at the stated rate of use.
            months = min(duration, line.depreciation_months or duration)
            fair = line.purchase_cost * share(line.depreciation_months, months, line.use_percent)
            yield Finding("warning", "budget.equipment-full-share-unjustified",
                          {**params, "period": line.depreciation_months or 0, "duration": duration,
                           "depreciation": Eur(fair.quantize(Decimal("0.01")))},
                          line.uuid, "justification")


def _names(document: ProposalDocument) -> dict[str, str]:
    organisations = {o.uuid: o for o in document.organisations}
    return {p.uuid: organisations[p.organisation_uuid].short_name or organisations[p.organisation_uuid].legal_name
            for p in document.participations if p.organisation_uuid in organisations}
