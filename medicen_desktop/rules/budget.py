"""The budget calculator: every figure of a proposal's budget, and why.

``compute_budget(document, template)`` turns the cost base of a proposal
(``rules.cost_base``: personnel from the effort matrix × staff rates, and
the cost items) into, per partner: direct costs by category and by period,
overheads, eligible cost, funding rate and requested aid; the project's
totals; and the shares funders' eligibility rules speak of.

Contract:
- Exact ``Decimal`` arithmetic. Budget lines are already in cents; a
  computed amount (overheads, aid) is rounded to the cent, half up, once per
  partner, and every total is the sum of the rounded partner figures, so a
  table of partners always adds up to its total row.
- Overheads = overheads the partner entered (categories flagged
  ``is_overheads``) + the template's first matching overhead rule's rate ×
  the partner's direct costs in that rule's base categories.
- Eligible cost = direct costs + overheads. Requested aid = eligible cost ×
  the first matching funding rate (0 when none matches).
- Shares are fractions of the total eligible cost; ``ratio`` is rounded to
  four places for display, ``numerator``/``denominator`` are exact for checks.
- Lines in a category the template does not know still count as direct costs
  (no euro silently vanishes); they are listed in ``unknown_categories``
  and the checks report them.
- Each figure carries the rule that produced it, in French and English.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from medicen_desktop.document.schema import (
    COMPANY_KINDS,
    RESEARCH_KINDS,
    OrganisationKind,
    ProposalDocument,
)
from medicen_desktop.rules.cost_base import CostEntry, cost_entries
from medicen_desktop.rules.money import ZERO, cents, eur_en, eur_fr, pct_en, pct_fr
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.territory import in_regions, is_non_profit

_RATIO = Decimal("0.0001")
UNCONFIRMED_FR = " (valeur non confirmée)"
UNCONFIRMED_EN = " (value not confirmed)"


@dataclass(frozen=True)
class Figure:
    """An amount in euros (or a rate, 0..1) with the rule that produced it."""

    value: Decimal
    rule_fr: str
    rule_en: str


@dataclass(frozen=True)
class Share:
    """``numerator / denominator``; ``ratio`` rounded to 4 places (0 when the denominator is 0)."""

    numerator: Decimal
    denominator: Decimal
    ratio: Decimal
    rule_fr: str
    rule_en: str


@dataclass(frozen=True, kw_only=True)
class Costs:
    """The cost figures a partner's budget and the whole budget both carry."""

    by_category: dict[str, Figure]
    """Amounts of every category with lines (entered overheads included), template order first."""
    by_period: dict[int, Figure]
    """Direct costs per period (year), ascending."""
    direct: Figure
    subcontracting: Figure
    overheads: Figure
    eligible: Figure


@dataclass(frozen=True)
class PartnerBudget(Costs):
    """The budget of one participation."""

    participation_uuid: str
    organisation_uuid: str
    name: str
    kind: OrganisationKind
    region: str
    country: str
    non_profit: bool | None
    """The legal status the funding rate was chosen by (None: unknown)."""
    in_territory: bool | None
    """Whether the partner is in the template's territory (None: no territory, or region unknown)."""
    funding_rate: Figure
    requested_aid: Figure
    personnel_person_months: Decimal | None
    """Person-months costed: from the effort matrix (with a rate) and stated on typed personnel lines;
    None when neither gives any."""
    derived_personnel: Decimal = ZERO
    """Personnel cost computed from the effort matrix × staff rates."""
    typed_personnel: Decimal = ZERO
    """Personnel amounts typed on budget lines (an older budget, kept as typed)."""
    typed_person_months: Decimal | None = None
    """Person-months stated on typed personnel lines (None: none stated)."""


@dataclass(frozen=True)
class BudgetReport(Costs):
    """The whole budget: partners in the proposal's order, totals and shares."""

    template_key: str
    partners: tuple[PartnerBudget, ...]
    requested_aid: Figure
    company_share: Share
    academic_share: Share
    subcontracting_share: Share
    largest_company_share: Share
    academic_aid_share: Share
    """Aid of academic and clinical partners / total requested aid."""
    territory_share: Share
    """Eligible cost of partners in the template's territory / total eligible cost."""
    largest_company_uuid: str | None
    """The participation of the company with the largest eligible cost, if any."""
    unknown_categories: tuple[str, ...]
    entries: tuple[CostEntry, ...] = ()
    """The cost base the figures come from (for breakdowns by work package, year or category)."""

    def partner(self, participation_uuid: str) -> PartnerBudget:
        """The budget of one participation; raises KeyError."""
        for partner in self.partners:
            if partner.participation_uuid == participation_uuid:
                return partner
        raise KeyError(participation_uuid)


def compute_budget(document: ProposalDocument, template: FunderTemplate) -> BudgetReport:
    """Compute the budget of ``document`` under ``template``'s rules (pure, never raises on data)."""
    entries = cost_entries(document, template)
    lines_by_partner: dict[str, list[CostEntry]] = defaultdict(list)
    for entry in entries:
        lines_by_partner[entry.participation_uuid].append(entry)
    organisations = {o.uuid: o for o in document.organisations}
    known = {c.key for c in template.budget_categories}
    partners = []
    for participation in sorted(document.participations, key=lambda p: p.position):
        organisation = organisations[participation.organisation_uuid]
        partners.append(
            _partner_budget(
                template,
                participation.uuid,
                organisation.uuid,
                organisation.short_name or organisation.legal_name,
                organisation.kind,
                organisation.region,
                organisation.country,
                is_non_profit(organisation),
                in_regions(organisation, template.territory) if template.territory else None,
                lines_by_partner.get(participation.uuid, []),
            )
        )
    unknown = sorted({entry.category for entry in entries if entry.category not in known})
    return _totals(template, tuple(partners), tuple(unknown), tuple(entries))


def _partner_budget(
    template: FunderTemplate,
    participation_uuid: str,
    organisation_uuid: str,
    name: str,
    kind: OrganisationKind,
    region: str,
    country: str,
    non_profit: bool | None,
    in_territory: bool | None,
    lines: list[CostEntry],
) -> PartnerBudget:
    categories = {c.key: c for c in template.budget_categories}
    amounts: dict[str, Decimal] = defaultdict(lambda: ZERO)
    periods: dict[int, Decimal] = defaultdict(lambda: ZERO)
    person_months: Decimal | None = None
    typed_months: Decimal | None = None
    derived = typed = ZERO
    for line in lines:
        amounts[line.category] += line.amount
        category = categories.get(line.category)
        if category is None or not category.is_overheads:
            periods[line.period] += line.amount
        if line.derived:
            derived += line.amount
        elif category is not None and category.is_personnel:
            typed += line.amount
            if line.person_months is not None:
                typed_months = (typed_months or ZERO) + line.person_months
        if (line.derived or (category is not None and category.is_personnel)) and line.person_months is not None:
            person_months = (person_months or ZERO) + line.person_months
    amounts = {key: cents(value) for key, value in amounts.items()}  # one scale for display: 2 places
    periods = {key: cents(value) for key, value in periods.items()}
    by_category = {key: _category_figure(template, key, amounts[key]) for key in _ordered(template, amounts)}
    entered_overheads = sum((v for k, v in amounts.items() if k in categories and categories[k].is_overheads), ZERO)
    direct_amount = sum((v for k, v in amounts.items() if not (k in categories and categories[k].is_overheads)), ZERO)
    subcontracting_amount = sum(
        (v for k, v in amounts.items() if k in categories and categories[k].is_subcontracting), ZERO
    )
    overheads = _overheads(template, kind, amounts, entered_overheads)
    eligible_amount = direct_amount + overheads.value
    # A region that cannot be placed counts as outside the territory (the checks say so).
    located = in_territory if in_territory is not None or not template.territory else False
    funding_rate = _funding_rate(template, kind, non_profit, located)
    aid = cents(eligible_amount * funding_rate.value)
    return PartnerBudget(
        participation_uuid=participation_uuid,
        organisation_uuid=organisation_uuid,
        name=name,
        kind=kind,
        region=region,
        country=country,
        non_profit=non_profit,
        in_territory=in_territory,
        by_category=by_category,
        by_period={p: Figure(periods[p], f"Coûts directs de l'année {p}", f"Direct costs of year {p}") for p in sorted(periods)},
        direct=Figure(
            direct_amount,
            "Somme des coûts du partenaire (personnel issu de l'effort × taux, postes de coût), hors frais généraux saisis",
            "Sum of the partner's costs (personnel from effort × rates, cost items), excluding entered overheads",
        ),
        subcontracting=Figure(
            subcontracting_amount, "Somme des catégories de sous-traitance", "Sum of the subcontracting categories"
        ),
        overheads=overheads,
        eligible=Figure(eligible_amount, "Coûts directs + frais généraux", "Direct costs + overheads"),
        funding_rate=funding_rate,
        requested_aid=Figure(
            aid,
            f"{eur_fr(eligible_amount)} × {pct_fr(funding_rate.value)}, arrondi au centime",
            f"{eur_en(eligible_amount)} × {pct_en(funding_rate.value)}, rounded to the cent",
        ),
        personnel_person_months=person_months,
        derived_personnel=derived,
        typed_personnel=typed,
        typed_person_months=typed_months,
    )


def _ordered(template: FunderTemplate, amounts: dict[str, Decimal]) -> list[str]:
    """Template categories first, in template order, then unknown ones alphabetically."""
    ordered = [c.key for c in template.budget_categories if c.key in amounts]
    return ordered + sorted(k for k in amounts if template.category(k) is None)


def _category_figure(template: FunderTemplate, key: str, amount: Decimal) -> Figure:
    category = template.category(key)
    if category is None:
        return Figure(
            amount,
            f"Catégorie « {key} » inconnue de l'appel, comptée en coûts directs",
            f"Category '{key}' unknown to the call, counted as direct costs",
        )
    if category.is_personnel:
        return Figure(amount, f"Personnes·mois de la matrice d'effort × coûts mensuels du personnel (et montants "
                              f"saisis en « {category.label_fr} »)",
                      f"Effort matrix person-months × monthly personnel costs (and amounts typed under "
                      f"'{category.label_en}')")
    return Figure(amount, f"Somme des lignes « {category.label_fr} »", f"Sum of the '{category.label_en}' lines")


def _overheads(
    template: FunderTemplate, kind: OrganisationKind, amounts: dict[str, Decimal], entered: Decimal
) -> Figure:
    rule = template.overhead_rule(kind)
    entered_fr = f"frais généraux saisis {eur_fr(entered)}"
    entered_en = f"entered overheads {eur_en(entered)}"
    if rule is None:
        return Figure(
            entered,
            f"Pas de forfait de frais généraux pour ce type de partenaire ; {entered_fr}",
            f"No flat overhead rate for this kind of partner; {entered_en}",
        )
    base_keys = (
        set(rule.base_categories)
        if rule.base_categories is not None
        else {c.key for c in template.budget_categories if c.counts_for_overheads and not c.is_overheads}
    )
    base = sum((v for k, v in amounts.items() if k in base_keys), ZERO)
    computed = cents(base * rule.rate)
    suffix_fr = "" if rule.confirmed else UNCONFIRMED_FR
    suffix_en = "" if rule.confirmed else UNCONFIRMED_EN
    return Figure(
        entered + computed,
        f"{rule.text_fr} : {pct_fr(rule.rate)} × {eur_fr(base)} = {eur_fr(computed)} ; {entered_fr}{suffix_fr}",
        f"{rule.text_en}: {pct_en(rule.rate)} × {eur_en(base)} = {eur_en(computed)}; {entered_en}{suffix_en}",
    )


def _funding_rate(template: FunderTemplate, kind: OrganisationKind, non_profit: bool | None,
                  in_territory: bool | None) -> Figure:
    rule = template.funding_rate(kind, non_profit, in_territory)
    if rule is None:
        return Figure(
            ZERO,
            "Aucun taux d'aide de l'appel ne s'applique à ce partenaire (type, statut juridique ou territoire)",
            "No funding rate of the call applies to this partner (kind, legal status or territory)",
        )
    suffix_fr = "" if rule.confirmed else UNCONFIRMED_FR
    suffix_en = "" if rule.confirmed else UNCONFIRMED_EN
    return Figure(rule.rate, rule.text_fr + suffix_fr, rule.text_en + suffix_en)


def _sum(figures: Iterable[Decimal]) -> Decimal:
    return cents(sum(figures, ZERO))


def _share(numerator: Decimal, denominator: Decimal, rule_fr: str, rule_en: str) -> Share:
    ratio = (numerator / denominator).quantize(_RATIO, rounding=ROUND_HALF_UP) if denominator else ZERO
    return Share(numerator, denominator, ratio, rule_fr, rule_en)


def _totals(template: FunderTemplate, partners: tuple[PartnerBudget, ...], unknown: tuple[str, ...],
            entries: tuple[CostEntry, ...]) -> BudgetReport:
    category_keys: list[str] = []
    for partner in partners:
        category_keys += [k for k in partner.by_category if k not in category_keys]
    amounts = {k: _sum(p.by_category[k].value for p in partners if k in p.by_category) for k in category_keys}
    by_category = {k: _category_figure(template, k, amounts[k]) for k in _ordered(template, amounts)}
    period_keys = sorted({period for p in partners for period in p.by_period})
    by_period = {
        y: Figure(
            _sum(p.by_period[y].value for p in partners if y in p.by_period),
            f"Coûts directs de l'année {y}, tous partenaires",
            f"Direct costs of year {y}, all partners",
        )
        for y in period_keys
    }
    eligible = _sum(p.eligible.value for p in partners)
    companies = [p for p in partners if p.kind in COMPANY_KINDS]
    largest = max(companies, key=lambda p: p.eligible.value, default=None)
    subcontracting = _sum(p.subcontracting.value for p in partners)

    def total(value: Decimal, what_fr: str, what_en: str) -> Figure:
        return Figure(value, f"Somme des {what_fr} des partenaires", f"Sum of the partners' {what_en}")

    return BudgetReport(
        template_key=template.key,
        partners=partners,
        by_category=by_category,
        by_period=by_period,
        direct=total(_sum(p.direct.value for p in partners), "coûts directs", "direct costs"),
        subcontracting=total(subcontracting, "sous-traitances", "subcontracting"),
        overheads=total(_sum(p.overheads.value for p in partners), "frais généraux", "overheads"),
        eligible=total(eligible, "coûts éligibles", "eligible costs"),
        requested_aid=total(_sum(p.requested_aid.value for p in partners), "aides demandées", "requested aid"),
        company_share=_share(
            _sum(p.eligible.value for p in companies),
            eligible,
            "Coût éligible des entreprises (PME, JEI, ETI, grands groupes) / coût éligible total",
            "Eligible cost of companies (SMEs, young innovative, mid-caps, large) / total eligible cost",
        ),
        academic_share=_share(
            _sum(p.eligible.value for p in partners if p.kind in RESEARCH_KINDS),
            eligible,
            "Coût éligible des partenaires académiques et cliniques / coût éligible total",
            "Eligible cost of academic and clinical partners / total eligible cost",
        ),
        subcontracting_share=_share(
            subcontracting,
            eligible,
            "Sous-traitance / coût éligible total",
            "Subcontracting / total eligible cost",
        ),
        largest_company_share=_share(
            largest.eligible.value if largest else ZERO,
            eligible,
            "Coût éligible de l'entreprise la plus importante / coût éligible total",
            "Eligible cost of the largest company / total eligible cost",
        ),
        academic_aid_share=_share(
            _sum(p.requested_aid.value for p in partners if p.kind in RESEARCH_KINDS),
            _sum(p.requested_aid.value for p in partners),
            "Aide des partenaires académiques et cliniques / aide totale demandée",
            "Aid of academic and clinical partners / total requested aid",
        ),
        territory_share=_share(
            _sum(p.eligible.value for p in partners if p.in_territory),
            eligible,
            "Coût éligible des partenaires situés sur le territoire de l'appel / coût éligible total",
            "Eligible cost of the partners located in the call's territory / total eligible cost",
        ),
        largest_company_uuid=largest.participation_uuid if largest else None,
        unknown_categories=unknown,
        entries=entries,
    )
