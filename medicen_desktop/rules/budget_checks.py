"""Budget checks: lines the call cannot read, and partners the budget forgot or cannot rate."""

from __future__ import annotations

from collections.abc import Iterator

from medicen_desktop.document.schema import SHARED_TOTAL_CATEGORY, ProposalDocument
from medicen_desktop.rules.budget import BudgetReport, PartnerBudget
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.messages import KINDS, NOT_GIVEN, Localized, category_label, listing
from medicen_desktop.rules.template_model import FunderTemplate


def check(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport) -> list[Finding]:
    """Findings about budget lines and partners' budgets (the figures are in ``budget``)."""
    return [*_lines(document, template), *_partners(template, budget), *_template(document, template)]


def _lines(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    years = -(-document.proposal.duration_months // 12)  # a started year is a budget period
    known = Localized(", ".join(c.label_fr for c in template.budget_categories),
                      ", ".join(c.label_en for c in template.budget_categories))
    reported: set[tuple[str, str]] = set()
    for line in document.budget_lines:
        # One finding per partner and unknown category, on its first line: not one per year.
        unknown = (line.participation_uuid, line.category)
        if template.category(template.booked_under(line.category)) is None and unknown not in reported \
                and line.category != SHARED_TOTAL_CATEGORY:
            reported.add(unknown)
            yield Finding("error", "budget.unknown-category",
                          {"category": category_label(line.category), "call": template.name, "known": known},
                          line.uuid, "category")
        if line.period > years:
            yield Finding("error", "budget.period-outside-project", {"period": line.period, "years": years},
                          line.uuid, "period")
        if line.amount < 0:
            yield Finding("error", "budget.negative-amount", {}, line.uuid, "amount")


def _partners(template: FunderTemplate, budget: BudgetReport) -> Iterator[Finding]:
    by_status = any(r.legal_status is not None for r in template.funding_rates)
    by_territory = any(r.in_territory is not None for r in template.funding_rates)
    for partner in budget.partners:
        if not partner.by_category:
            yield Finding("warning", "budget.partner-empty", {"partner": partner.name},
                          partner.participation_uuid, "budget_lines")
        if by_territory and partner.in_territory is None:
            region = partner.region.strip() or NOT_GIVEN
            yield Finding("warning", "budget.region-unknown", {"partner": partner.name, "region": region},
                          partner.organisation_uuid, "region")
        if not template.funding_rates or _rated(template, partner):
            continue
        if by_status and partner.non_profit is None:
            yield Finding("warning", "budget.legal-status-unknown", {"partner": partner.name},
                          partner.organisation_uuid, "kind")
        else:
            yield Finding("warning", "budget.no-funding-rate",
                          {"partner": partner.name, "kind": KINDS[partner.kind.value]},
                          partner.participation_uuid, None)


def _rated(template: FunderTemplate, partner: PartnerBudget) -> bool:
    in_territory = partner.in_territory if partner.in_territory is not None else (False if template.territory else None)
    return template.funding_rate(partner.kind, partner.non_profit, in_territory) is not None


def _template(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    if template.has_unconfirmed:
        rules = [r for r in template.unconfirmed_rules() if r.text_fr and r.text_en]
        which = listing([Localized(r.text_fr, r.text_en) for r in rules])
        yield Finding("info", "template.unconfirmed-values", {"call": template.name, "rules": which},
                      document.proposal.uuid, "template_key", message_key=(
                          "template.unconfirmed-values" if rules else "template.unconfirmed-notes"))
