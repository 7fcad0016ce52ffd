"""Budget checks: lines the call cannot read, and partners the budget forgot."""

from __future__ import annotations

from collections.abc import Iterator

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.template_model import FunderTemplate


def check(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport) -> list[Finding]:
    """Findings about budget lines and partners' budgets (the figures are in ``budget``)."""
    return [*_lines(document, template), *_partners(template, budget), *_template(document, template)]


def _lines(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    years = -(-document.proposal.duration_months // 12)  # a started year is a budget period
    known = ", ".join(c.key for c in template.budget_categories)
    reported: set[tuple[str, str]] = set()
    for line in document.budget_lines:
        # One finding per partner and unknown category, on its first line: not one per year.
        unknown = (line.participation_uuid, line.category)
        if template.category(line.category) is None and unknown not in reported:
            reported.add(unknown)
            yield Finding(
                "error", "budget.unknown-category",
                f"La catégorie « {line.category} » n'existe pas dans l'appel (catégories : {known}).",
                f"Category '{line.category}' does not exist in the call (categories: {known}).",
                line.uuid, "category",
            )
        if line.period > years:
            yield Finding(
                "error", "budget.period-outside-project",
                f"Ligne de budget en année {line.period}, au-delà de la durée du projet ({years} ans).",
                f"Budget line in year {line.period}, beyond the project's duration ({years} years).",
                line.uuid, "period",
            )
        if line.amount < 0:
            yield Finding("error", "budget.negative-amount", "Montant négatif dans une ligne de budget.",
                          "Negative amount in a budget line.", line.uuid, "amount")


def _partners(template: FunderTemplate, budget: BudgetReport) -> Iterator[Finding]:
    for partner in budget.partners:
        if not partner.by_category:
            yield Finding("warning", "budget.partner-empty", f"{partner.name} n'a aucune ligne de budget.",
                          f"{partner.name} has no budget line.", partner.participation_uuid, "budget_lines")
        if template.funding_rates and template.funding_rate(partner.kind, partner.region) is None:
            yield Finding(
                "warning", "budget.no-funding-rate",
                f"Aucun taux d'aide de l'appel ne s'applique à {partner.name} ({partner.kind.value}) : aide comptée à 0.",
                f"No funding rate of the call applies to {partner.name} ({partner.kind.value}): aid counted as 0.",
                partner.participation_uuid, None,
            )


def _template(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    if template.has_unconfirmed:
        yield Finding(
            "info", "template.unconfirmed-values",
            f"Certaines règles de l'appel {template.name} n'ont pas pu être confirmées : vérifiez-les dans le texte de l'appel.",
            f"Some rules of the call {template.name} could not be confirmed: check them against the call text.",
            document.proposal.uuid, "template_key",
        )
