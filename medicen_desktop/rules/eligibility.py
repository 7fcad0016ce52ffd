"""Eligibility: the template's eligibility rules, evaluated on a proposal.

Each rule of ``template.eligibility`` that does not hold gives one finding
(or one per partner, for per-partner rules) with the rule's severity and
code, the rule's own text, and what the proposal has instead. Shares are
compared exactly (``part`` against ``bound × total``), never on a rounded
ratio. A rule scoped to a kind of consortium (``applies_to``) is skipped
for the others: "academics bear at least 10 %" says nothing of a consortium
of companies only.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from medicen_desktop.document.schema import (
    COMPANY_KINDS,
    RESEARCH_KINDS,
    OrganisationKind,
    ParticipantRole,
    ProposalDocument,
)
from medicen_desktop.rules import countries
from medicen_desktop.rules import eligibility_model as m
from medicen_desktop.rules.budget import BudgetReport, Share
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.messages import KINDS, TRL_WHICH, Eur, Localized, Param, Pct
from medicen_desktop.rules.money import ZERO
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.territory import in_regions

_RATIO = Decimal("0.0001")


def check(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport) -> list[Finding]:
    """Findings for every eligibility rule of ``template`` that ``document`` does not meet."""
    kinds = {o.kind for o in document.organisations
             if o.uuid in {p.organisation_uuid for p in document.participations}}
    found: list[Finding] = []
    for rule in template.eligibility:
        if applies(rule, kinds):
            found += _evaluate(rule, template, document, budget)
    return found


def applies(rule: m.EligibilityRule, kinds: set[OrganisationKind]) -> bool:
    """Whether ``rule`` applies to a consortium whose partners are of ``kinds``."""
    has_company = bool(kinds & COMPANY_KINDS)
    has_research = bool(kinds & RESEARCH_KINDS)
    if rule.applies_to == "public_private":
        return has_company and has_research
    if rule.applies_to == "companies_only":
        return has_company and kinds <= COMPANY_KINDS
    return True


def _finding(rule: m._Rule, key: str, params: Mapping[str, Param], entity: str | None, field: str | None) -> Finding:
    return Finding(rule.severity, rule.finding_code(), {"rule": Localized(rule.text_fr, rule.text_en), **params},
                   entity, field, message_key=key)


def _share_holds(rule: m._Bounded, share: Share) -> bool:
    if share.denominator == 0:
        return rule.holds(ZERO)  # no budget yet: judge a share of 0
    return rule.holds(share.numerator, scale=share.denominator)


def _ratio(part: Decimal, total: Decimal) -> Share:
    ratio = (part / total).quantize(_RATIO) if total else ZERO
    return Share(part, total, ratio, "", "")


def _evaluate(rule: m.EligibilityRule, template: FunderTemplate, document: ProposalDocument,
              budget: BudgetReport) -> Iterator[Finding]:
    proposal = document.proposal
    organisations = {o.uuid: o for o in document.organisations}
    partners = [(p, organisations[p.organisation_uuid]) for p in document.participations]
    if isinstance(rule, m.TotalCostRule):
        value = budget.eligible.value if rule.basis == "eligible" else budget.direct.value
        if not rule.holds(value):
            yield _finding(rule, "eligibility.total_cost", {"value": Eur(value)}, proposal.uuid, "budget_lines")
    elif isinstance(rule, m.TotalAidRule):
        value = budget.requested_aid.value
        if not rule.holds(value):
            yield _finding(rule, "eligibility.total_aid", {"value": Eur(value)}, proposal.uuid, "budget_lines")
    elif isinstance(rule, m.PartnerAidRule):
        key = "eligibility.partner_aid.info" if rule.severity == "info" else "eligibility.partner_aid"
        for partner in budget.partners:
            value = partner.requested_aid.value
            if not rule.holds(value):
                yield _finding(rule, key, {"partner": partner.name, "value": Eur(value)},
                               partner.participation_uuid, "budget_lines")
    elif isinstance(rule, m.DurationRule):
        months = proposal.duration_months
        if not rule.holds(Decimal(months)):
            yield _finding(rule, "eligibility.duration", {"value": months}, proposal.uuid, "duration_months")
    elif isinstance(rule, m.PartnerCountRule):
        count = len(partners)
        if not rule.holds(Decimal(count)):
            yield _finding(rule, "eligibility.partner_count", {"count": count}, proposal.uuid, "participations")
    elif isinstance(rule, m.KindCountRule):
        count = sum(1 for _, org in partners if org.kind in rule.kinds)
        if not rule.holds(Decimal(count)):
            yield _finding(rule, "eligibility.kind_count", {"count": count}, proposal.uuid, "participations")
    elif isinstance(rule, m.CoordinatorKindRule):
        coordinators = [(p, o) for p, o in partners if p.role == ParticipantRole.COORDINATOR]
        if not coordinators:
            yield _finding(rule, "eligibility.coordinator_missing", {}, proposal.uuid, "participations")
        for participation, org in coordinators:
            if org.kind not in rule.kinds:
                yield _finding(rule, "eligibility.coordinator_kind",
                               {"partner": org.short_name or org.legal_name, "kind": KINDS[org.kind.value]},
                               participation.uuid, "role")
    elif isinstance(rule, m.KindShareRule):
        share = _ratio(sum((p.eligible.value for p in budget.partners if p.kind in rule.kinds), ZERO), budget.eligible.value)
        if not _share_holds(rule, share):
            yield _finding(rule, "eligibility.share", {"value": Pct(share.ratio)}, proposal.uuid, "budget_lines")
    elif isinstance(rule, m.KindAidShareRule):
        share = _ratio(sum((p.requested_aid.value for p in budget.partners if p.kind in rule.kinds), ZERO),
                       budget.requested_aid.value)
        if not _share_holds(rule, share):
            yield _finding(rule, "eligibility.aid_share", {"value": Pct(share.ratio)}, proposal.uuid, "budget_lines")
    elif isinstance(rule, m.PartnerShareRule):
        for partner in budget.partners:
            if partner.kind in rule.kinds:
                share = _ratio(partner.eligible.value, budget.eligible.value)
                if not _share_holds(rule, share):
                    yield _finding(rule, "eligibility.partner_share", {"partner": partner.name, "value": Pct(share.ratio)},
                                   partner.participation_uuid, "budget_lines")
    elif isinstance(rule, m.SubcontractingShareRule):
        share = budget.subcontracting_share
        if not _share_holds(rule, share):
            yield _finding(rule, "eligibility.share", {"value": Pct(share.ratio)}, proposal.uuid, "budget_lines")
    elif isinstance(rule, m.RegionShareRule):
        codes = rule.regions if rule.regions is not None else template.territory
        located = {p.uuid for p, org in partners if in_regions(org, codes)}
        share = _ratio(sum((p.eligible.value for p in budget.partners if p.participation_uuid in located), ZERO),
                       budget.eligible.value)
        if not _share_holds(rule, share):
            yield _finding(rule, "eligibility.share", {"value": Pct(share.ratio)}, proposal.uuid, "budget_lines")
    elif isinstance(rule, m.CountryCountRule):
        count = len({org.country for _, org in partners})
        if not rule.holds(Decimal(count)):
            yield _finding(rule, "eligibility.country_count", {"count": count}, proposal.uuid, "participations")
    elif isinstance(rule, m.EuConsortiumRule):
        holds, actual_fr, actual_en = countries.consortium(rule, document)
        if not holds:
            yield _finding(rule, "eligibility.eu_consortium", {"actual": Localized(actual_fr, actual_en)},
                           proposal.uuid, "participations")
    elif isinstance(rule, m.ThirdCountryFundingRule):
        for organisation_uuid, actual_fr, actual_en in countries.third_countries(rule, document):
            yield _finding(rule, "eligibility.third_country_funding", {"actual": Localized(actual_fr, actual_en)},
                           organisation_uuid, "country")
    elif isinstance(rule, m.TrlRule):
        yield from _trl(rule, document)
    elif isinstance(rule, m.DomainsRule):
        if not proposal.domains:
            yield _finding(rule, "eligibility.domains", {}, proposal.uuid, "domains")


def _trl(rule: m.TrlRule, document: ProposalDocument) -> Iterator[Finding]:
    proposal = document.proposal
    for field, value, low, high in (
        ("trl_start", proposal.trl_start, rule.start_min, rule.start_max),
        ("trl_end", proposal.trl_end, rule.end_min, rule.end_max),
    ):
        if value is None:
            yield _finding(rule, "eligibility.trl_missing", {"which": TRL_WHICH[field]}, proposal.uuid, field)
        elif not low <= value <= high:
            yield _finding(rule, "eligibility.trl", {"which": TRL_WHICH[field], "value": value}, proposal.uuid, field)
