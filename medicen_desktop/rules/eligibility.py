"""Eligibility: the template's eligibility rules, evaluated on a proposal.

Each rule of ``template.eligibility`` that does not hold gives one finding
(or one per partner, for per-partner rules) with the rule's severity and
code, the rule's own text, and what the proposal has instead. Shares are
compared exactly (``part`` against ``bound × total``), never on a rounded
ratio.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from medicen_desktop.document.schema import ParticipantRole, ProposalDocument
from medicen_desktop.rules import countries
from medicen_desktop.rules import eligibility_model as m
from medicen_desktop.rules.budget import BudgetReport, Share
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.money import ZERO, eur_en, eur_fr, share_en, share_fr
from medicen_desktop.rules.template_model import FunderTemplate

_RATIO = Decimal("0.0001")


def check(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport) -> list[Finding]:
    """Findings for every eligibility rule of ``template`` that ``document`` does not meet."""
    found: list[Finding] = []
    for rule in template.eligibility:
        found += _evaluate(rule, document, budget)
    return found


def _finding(rule: m._Rule, actual_fr: str, actual_en: str, entity: str | None, field: str | None) -> Finding:
    if rule.severity == "info":
        # An info rule states a consequence ("a certificate is required above…"): it applies, it is not broken.
        message_fr, message_en = f"{rule.text_fr} ({actual_fr}).", f"{rule.text_en} ({actual_en})."
    else:
        message_fr, message_en = f"{rule.text_fr} : non respecté ({actual_fr}).", f"{rule.text_en}: not met ({actual_en})."
    return Finding(rule.severity, rule.finding_code(), message_fr, message_en, entity, field)


def _share_holds(rule: m._Bounded, share: Share) -> bool:
    if share.denominator == 0:
        return rule.holds(ZERO)  # no budget yet: judge a share of 0
    return rule.holds(share.numerator, scale=share.denominator)


def _ratio(part: Decimal, total: Decimal) -> Share:
    ratio = (part / total).quantize(_RATIO) if total else ZERO
    return Share(part, total, ratio, "", "")


def _evaluate(rule: m.EligibilityRule, document: ProposalDocument, budget: BudgetReport) -> Iterator[Finding]:
    proposal = document.proposal
    kinds = {o.uuid: o for o in document.organisations}
    partners = [(p, kinds[p.organisation_uuid]) for p in document.participations]
    if isinstance(rule, m.TotalCostRule):
        value = budget.eligible.value if rule.basis == "eligible" else budget.direct.value
        if not rule.holds(value):
            yield _finding(rule, eur_fr(value), eur_en(value), proposal.uuid, "budget_lines")
    elif isinstance(rule, m.TotalAidRule):
        value = budget.requested_aid.value
        if not rule.holds(value):
            yield _finding(rule, f"aide demandée {eur_fr(value)}", f"requested aid {eur_en(value)}", proposal.uuid, "budget_lines")
    elif isinstance(rule, m.PartnerAidRule):
        for partner in budget.partners:
            value = partner.requested_aid.value
            if not rule.holds(value):
                yield _finding(rule, f"{partner.name} : {eur_fr(value)}", f"{partner.name}: {eur_en(value)}",
                               partner.participation_uuid, "budget_lines")
    elif isinstance(rule, m.DurationRule):
        months = Decimal(proposal.duration_months)
        if not rule.holds(months):
            yield _finding(rule, f"{months} mois", f"{months} months", proposal.uuid, "duration_months")
    elif isinstance(rule, m.PartnerCountRule):
        count = len(partners)
        if not rule.holds(Decimal(count)):
            yield _finding(rule, f"{count} partenaires", f"{count} partners", proposal.uuid, "participations")
    elif isinstance(rule, m.KindCountRule):
        count = sum(1 for _, org in partners if org.kind in rule.kinds)
        if not rule.holds(Decimal(count)):
            yield _finding(rule, f"{count} partenaire(s) de ce type", f"{count} partner(s) of this kind",
                           proposal.uuid, "participations")
    elif isinstance(rule, m.CoordinatorKindRule):
        coordinators = [(p, o) for p, o in partners if p.role == ParticipantRole.COORDINATOR]
        if not coordinators:
            yield _finding(rule, "aucun coordinateur", "no coordinator", proposal.uuid, "participations")
        for participation, org in coordinators:
            if org.kind not in rule.kinds:
                name = org.short_name or org.legal_name
                yield _finding(rule, f"{name} est de type {org.kind.value}", f"{name} is of kind {org.kind.value}",
                               participation.uuid, "role")
    elif isinstance(rule, m.KindShareRule):
        share = _ratio(sum((p.eligible.value for p in budget.partners if p.kind in rule.kinds), ZERO), budget.eligible.value)
        if not _share_holds(rule, share):
            yield _finding(rule, share_fr(share.ratio), share_en(share.ratio), proposal.uuid, "budget_lines")
    elif isinstance(rule, m.PartnerShareRule):
        for partner in budget.partners:
            if partner.kind in rule.kinds:
                share = _ratio(partner.eligible.value, budget.eligible.value)
                if not _share_holds(rule, share):
                    yield _finding(rule, f"{partner.name} : {share_fr(share.ratio)}", f"{partner.name}: {share_en(share.ratio)}",
                                   partner.participation_uuid, "budget_lines")
    elif isinstance(rule, m.SubcontractingShareRule):
        share = budget.subcontracting_share
        if not _share_holds(rule, share):
            yield _finding(rule, share_fr(share.ratio), share_en(share.ratio), proposal.uuid, "budget_lines")
    elif isinstance(rule, m.RegionShareRule):
        share = _ratio(sum((p.eligible.value for p in budget.partners if p.region in rule.regions), ZERO), budget.eligible.value)
        if not _share_holds(rule, share):
            yield _finding(rule, share_fr(share.ratio), share_en(share.ratio), proposal.uuid, "budget_lines")
    elif isinstance(rule, m.CountryCountRule):
        count = len({org.country for _, org in partners})
        if not rule.holds(Decimal(count)):
            yield _finding(rule, f"pays distincts : {count}", f"distinct countries: {count}", proposal.uuid, "participations")
    elif isinstance(rule, m.EuConsortiumRule):
        holds, actual_fr, actual_en = countries.consortium(rule, document)
        if not holds:
            yield _finding(rule, actual_fr, actual_en, proposal.uuid, "participations")
    elif isinstance(rule, m.ThirdCountryFundingRule):
        for organisation_uuid, actual_fr, actual_en in countries.third_countries(rule, document):
            yield _finding(rule, actual_fr, actual_en, organisation_uuid, "country")
    elif isinstance(rule, m.TrlRule):
        yield from _trl(rule, document)
    elif isinstance(rule, m.DomainsRule):
        if not proposal.domains:
            yield _finding(rule, "aucun domaine choisi", "no domain chosen", proposal.uuid, "domains")


def _trl(rule: m.TrlRule, document: ProposalDocument) -> Iterator[Finding]:
    proposal = document.proposal
    for field, value, low, high, fr, en in (
        ("trl_start", proposal.trl_start, rule.start_min, rule.start_max, "TRL de départ", "starting TRL"),
        ("trl_end", proposal.trl_end, rule.end_min, rule.end_max, "TRL visé", "target TRL"),
    ):
        if value is None:
            yield _finding(rule, f"{fr} non renseigné", f"{en} not given", proposal.uuid, field)
        elif not low <= value <= high:
            yield _finding(rule, f"{fr} {value}", f"{en} {value}", proposal.uuid, field)
