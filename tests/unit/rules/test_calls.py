"""One table per call: each rule on each side of its threshold, against the shipped templates.

A case builds a small proposal, runs every check (``services.validation``,
so the call's edition and historical status count too) and the budget, and
states which finding codes must and must not be raised, and which funding
rate each partner gets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest

from medicen_desktop.document.schema import Domain, ParticipantRole, ProposalDocument
from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.validation import validate_document
from tests.unit.rules.rules_docs import edit, edit_proposal, tiny

Partner = tuple[K, str, str]


@dataclass(frozen=True)
class Case:
    name: str
    key: str
    partners: Sequence[Partner]
    amounts: Sequence[str] = ()
    """Personnel cost of each partner, in the order of ``partners`` (one line each, year 1)."""
    raised: frozenset[str] = frozenset()
    absent: frozenset[str] = frozenset()
    rates: Sequence[str] | None = None
    proposal: dict[str, Any] = field(default_factory=dict)
    change: Callable[[ProposalDocument], ProposalDocument] | None = None


def _case(name: str, key: str, partners: Sequence[Partner], amounts: Sequence[str] = (), *,
          raised: Sequence[str] = (), absent: Sequence[str] = (), rates: Sequence[str] | None = None,
          change: Callable[[ProposalDocument], ProposalDocument] | None = None, **proposal: Any) -> Case:
    return Case(name, key, partners, amounts, frozenset(raised), frozenset(absent), rates, proposal, change)


IDF, OCC = "Île-de-France", "Occitanie"
SME, MID, LARGE, LAB, HOSP, OTHER = K.SME, K.MIDCAP, K.LARGE, K.ACADEMIC, K.CLINICAL, K.OTHER
EU3 = [(SME, "FR", ""), (LAB, "DE", ""), (LARGE, "IT", "")]


def _lab_leads(document: ProposalDocument) -> ProposalDocument:
    """The last partner (a lab in these cases) becomes the coordinator."""
    last = len(document.participations) - 1
    document = edit(document, "participations", 0, role=ParticipantRole.PARTNER)
    return edit(document, "participations", last, role=ParticipantRole.COORDINATOR)


CASES = [
    # Horizon Europe RIA
    _case("RIA: three entities from FR/DE/IT pass the country rule", "he-ria", EU3,
          absent=["eligibility.country-count", "eligibility.partner-count"], rates=["1", "1", "1"]),
    _case("RIA: FR/FR/DE fails the country rule", "he-ria", [(SME, "FR", ""), (LAB, "FR", ""), (LARGE, "DE", "")],
          raised=["eligibility.country-count"]),
    _case("RIA: two entities fail the partner count", "he-ria", EU3[:2], raised=["eligibility.partner-count"]),
    _case("RIA: EU contribution reaching €430,000 needs a certificate", "he-ria", EU3, ["344000", "0", "0"],
          raised=["eligibility.financial-certificate"]),
    _case("RIA: €429,999.99 of EU contribution needs none", "he-ria", EU3, ["343999.99", "0", "0"],
          absent=["eligibility.financial-certificate"]),
    # Horizon Europe IA: the rate follows the legal status, not the kind
    _case("IA: profit-making 70 %, non-profit 100 %", "he-ia", [(SME, "FR", ""), (LAB, "DE", ""), (HOSP, "IT", "")],
          ["100", "100", "100"], rates=["0.7", "1", "1"], absent=["budget.legal-status-unknown"]),
    _case("IA: an 'other' organisation of unknown status is not given 100 %", "he-ia",
          [(SME, "FR", ""), (LAB, "DE", ""), (OTHER, "IT", "")], ["100", "100", "100"],
          rates=["0.7", "1", "0"], raised=["budget.legal-status-unknown"]),
    _case("IA: a non-profit 'other' organisation (declared) gets 100 %", "he-ia",
          [(SME, "FR", ""), (LAB, "DE", ""), (OTHER, "IT", "")], ["100", "100", "100"], rates=["0.7", "1", "1"],
          absent=["budget.legal-status-unknown"], change=lambda d: edit(d, "organisations", 2, is_non_profit=True)),
    _case("IA: a company declared non-profit gets 100 %, a hospital declared profit-making 70 %", "he-ia",
          [(SME, "FR", ""), (HOSP, "DE", ""), (LARGE, "IT", "")], ["100", "100", "100"], rates=["1", "0.7", "0.7"],
          change=lambda d: edit(edit(d, "organisations", 0, is_non_profit=True), "organisations", 1,
                                is_research_organisation=True)),
    # Horizon Europe lump-sum variants and two-stage first stage
    _case("RIA lump sum: no certificate notice", "he-ria-lump-sum", EU3, ["500000", "0", "0"],
          absent=["eligibility.financial-certificate"], rates=["1", "1", "1"]),
    _case("IA lump sum: no certificate notice, legal-status rates", "he-ia-lump-sum", EU3, ["500000", "10", "10"],
          absent=["eligibility.financial-certificate"], rates=["0.7", "1", "0.7"]),
    _case("RIA first stage: Excellence and Impact only", "he-ria-stage1", EU3,
          absent=["eligibility.country-count", "eligibility.financial-certificate"]),
    # EIC Pathfinder Open and Challenges
    _case("Pathfinder Open: a lump sum, no certificate notice", "eic-pathfinder-open", EU3, ["500000", "0", "0"],
          absent=["eligibility.financial-certificate", "eligibility.country-count"], rates=["1", "1", "1"],
          trl_start=2, trl_end=4),
    _case("Pathfinder Open: single applicants are not eligible", "eic-pathfinder-open", [(SME, "FR", "")],
          raised=["eligibility.partner-count"], trl_start=2, trl_end=4),
    _case("Pathfinder Open: TRL 5 at the end is outside 1-4", "eic-pathfinder-open", EU3,
          raised=["eligibility.trl"], trl_start=3, trl_end=5),
    # Personnel 3.2M + 25 % indirect costs = €4M of contribution.
    _case("Pathfinder Open: €4M of contribution is normal", "eic-pathfinder-open", EU3, ["3200000", "0", "0"],
          absent=["eligibility.total-aid"], trl_start=2, trl_end=4),
    _case("Pathfinder Open: above €4M must be justified", "eic-pathfinder-open", EU3, ["3200000.01", "0", "0"],
          raised=["eligibility.total-aid"], trl_start=2, trl_end=4),
    _case("Pathfinder Challenges: a single applicant may apply", "eic-pathfinder-challenges", [(SME, "FR", "")],
          ["500000"], absent=["eligibility.partner-count", "eligibility.financial-certificate"],
          trl_start=2, trl_end=4),
    # i-Démo (national)
    _case("i-Démo: a company-only consortium has no academic-share error", "bpi-idemo",
          [(SME, "FR", ""), (LARGE, "FR", "")], ["2000000", "2100000"], absent=["eligibility.kind-share"]),
    _case("i-Démo: public/private with 9.99 % academics fails", "bpi-idemo", [(SME, "FR", ""), (LAB, "FR", "")],
          ["4100000", "455000"], raised=["eligibility.kind-share"]),
    _case("i-Démo: public/private with 10 % academics passes", "bpi-idemo", [(SME, "FR", ""), (LAB, "FR", "")],
          ["3600000", "400000.01"], absent=["eligibility.kind-share"]),
    _case("i-Démo: in a consortium of companies, 70.01 % for one company fails", "bpi-idemo",
          [(SME, "FR", ""), (LARGE, "FR", "")], ["2800400", "1199600"], raised=["eligibility.partner-share"]),
    _case("i-Démo: in a consortium of companies, 70 % for one company passes", "bpi-idemo",
          [(SME, "FR", ""), (LARGE, "FR", "")], ["2800000", "1200000.01"], absent=["eligibility.partner-share"]),
    _case("i-Démo: a lab may not lead", "bpi-idemo", [(SME, "FR", ""), (LAB, "FR", "")], ["4000000", "500000"],
          raised=["eligibility.coordinator-kind"], change=_lab_leads),
    _case("i-Démo: €4M of expenses is not above €4M", "bpi-idemo", [(SME, "FR", ""), (LAB, "FR", "")],
          ["3600000", "400000"], raised=["eligibility.total-cost"]),
    _case("i-Démo: 6 partners pass", "bpi-idemo", [(SME, "FR", "")] * 6, absent=["eligibility.partner-count"]),
    _case("i-Démo: 7 partners fail", "bpi-idemo", [(SME, "FR", "")] * 7, raised=["eligibility.partner-count"]),
    _case("i-Démo: 35 months fail", "bpi-idemo", [(SME, "FR", "")], raised=["eligibility.duration"],
          duration_months=35),
    _case("i-Démo: 36 months pass", "bpi-idemo", [(SME, "FR", "")], absent=["eligibility.duration"],
          duration_months=36),
    # i-Démo régionalisé Île-de-France
    _case("i-Démo IDF: 5 partners with 2 companies, an SME and a lab pass", "bpi-idemo-idf",
          [(SME, "FR", IDF), (LARGE, "FR", IDF), (LAB, "FR", IDF), (LAB, "FR", IDF), (HOSP, "FR", IDF)],
          absent=["eligibility.partner-count", "eligibility.two-companies", "eligibility.sme-or-midcap",
                  "eligibility.research-partner"]),
    _case("i-Démo IDF: 6 partners fail", "bpi-idemo-idf", [(SME, "FR", IDF), (LARGE, "FR", IDF)] + [(LAB, "FR", IDF)] * 4,
          raised=["eligibility.partner-count"]),
    _case("i-Démo IDF: one company, no lab fail", "bpi-idemo-idf", [(LARGE, "FR", IDF)],
          raised=["eligibility.two-companies", "eligibility.sme-or-midcap", "eligibility.research-partner"]),
    # FUI (historical model), current edition FUI 25
    _case("FUI: an SME outside the territory gets the lower rate", "fui-collaborative",
          [(SME, "FR", IDF), (SME, "FR", OCC), (MID, "FR", IDF), (MID, "FR", OCC), (LAB, "FR", IDF)],
          ["100", "100", "100", "100", "100"], rates=["0.5", "0.35", "0.35", "0.3", "0.4"],
          raised=["template.historical"]),
    _case("FUI: 'Ile-de-France', 'île-de-france' and FR-IDF are one region", "fui-collaborative",
          [(SME, "FR", "Ile-de-France"), (SME, "FR", "île-de-france"), (SME, "FR", "FR-IDF"), (LAB, "FR", IDF)],
          ["100", "100", "100", "100"], rates=["0.5", "0.5", "0.5", "0.4"], absent=["budget.region-unknown"]),
    # Aid: SME 50 % of 60,000 + large 30 % of 100,000 = 60,000; lab 40 % of 100,000 = 40,000, 40 % of 100,000.
    _case("FUI: labs' share of the aid at exactly 40 % needs no justification", "fui-collaborative",
          [(SME, "FR", IDF), (LARGE, "FR", IDF), (LAB, "FR", IDF)], ["60000", "100000", "100000"],
          absent=["eligibility.kind-aid-share"]),
    _case("FUI: labs' share of the aid above 40 % asks a justification (a warning)", "fui-collaborative",
          [(SME, "FR", IDF), (LARGE, "FR", IDF), (LAB, "FR", IDF)], ["60000", "100000", "100000.03"],
          raised=["eligibility.kind-aid-share"], absent=["eligibility.kind-share"]),
    _case("FUI: exactly half of the R&D in the territory passes", "fui-collaborative",
          [(SME, "FR", IDF), (SME, "FR", OCC), (LAB, "FR", OCC)], ["100", "50", "50"],
          absent=["eligibility.territory-share", "eligibility.lead-cluster-share"]),
    _case("FUI: less than half in the territory, less than 25 % in the lead cluster's", "fui-collaborative",
          [(SME, "FR", IDF), (SME, "FR", OCC), (LAB, "FR", OCC)], ["24.99", "50", "25.01"],
          raised=["eligibility.territory-share", "eligibility.lead-cluster-share"]),
    _case("FUI: a region that cannot be placed gets the rate outside the territory", "fui-collaborative",
          [(SME, "FR", "Atlantis"), (LAB, "FR", IDF)], ["100", "100"], rates=["0.35", "0.4"],
          raised=["budget.region-unknown"]),
    # PSPC-Régions
    _case("PSPC-Régions: €999,999.99 is below the range", "pspc-regions",
          [(SME, "FR", IDF), (LARGE, "FR", IDF), (LAB, "FR", IDF)], ["500000", "400000", "99999.99"],
          raised=["eligibility.total-cost"], rates=["0.5", "0.25", "0.4"]),
    _case("PSPC-Régions: €1M to €4M passes", "pspc-regions",
          [(SME, "FR", IDF), (MID, "FR", IDF), (LAB, "FR", IDF)], ["2000000", "1000000", "1000000"],
          absent=["eligibility.total-cost", "eligibility.two-companies", "eligibility.research-partner"],
          rates=["0.5", "0.35", "0.4"]),
    _case("PSPC-Régions: above €4M fails", "pspc-regions", [(SME, "FR", IDF), (MID, "FR", IDF), (LAB, "FR", IDF)],
          ["2000000", "1000000", "1000000.01"], raised=["eligibility.total-cost"]),
    _case("PSPC-Régions: six partners are advised against", "pspc-regions", [(SME, "FR", IDF)] * 6,
          raised=["eligibility.partner-count"]),
    # ANR PRCE
    _case("ANR PRCE: 24 and 48 months are in range", "anr-prce", [(LAB, "FR", ""), (SME, "FR", "")],
          absent=["eligibility.duration"], duration_months=48),
    _case("ANR PRCE: 49 months is outside the usual range", "anr-prce", [(LAB, "FR", ""), (SME, "FR", "")],
          raised=["eligibility.duration"], duration_months=49),
    _case("ANR PRCE: 23 months is outside the usual range", "anr-prce", [(LAB, "FR", ""), (SME, "FR", "")],
          raised=["eligibility.duration"], duration_months=23),
    _case("ANR PRCE: public body 100 % + fee, SME 45 %, others 30 % (unconfirmed)", "anr-prce",
          [(LAB, "FR", ""), (SME, "FR", ""), (LARGE, "FR", "")], ["100", "100", "100"], rates=["1", "0.45", "0.3"],
          raised=["template.unconfirmed-values"]),
    _case("ANR PRCE stage 1: no company is needed before stage 2", "anr-prce-stage1", [(LAB, "FR", ""), (HOSP, "FR", "")],
          absent=["eligibility.company-partner", "eligibility.research-partner"]),
    _case("ANR PRCE stage 1: a public research organisation is", "anr-prce-stage1", [(SME, "FR", "")],
          raised=["eligibility.research-partner"]),
    # Medicen labelling
    _case("Medicen: no domain fails", "medicen-labelling", [(SME, "FR", IDF)], raised=["eligibility.domains"]),
    _case("Medicen: a current strategic area counts", "medicen-labelling", [(SME, "FR", IDF)], ["100"],
          absent=["eligibility.domains", "eligibility.region-share"], domains=[Domain.DIGITAL_HEALTH]),
    _case("Medicen: work outside Île-de-France only is a warning", "medicen-labelling", [(SME, "FR", OCC)], ["100"],
          raised=["eligibility.region-share"], domains=[Domain.IMAGING]),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_call_rule(case: Case) -> None:
    lines = [(i, "personnel", 1, amount) for i, amount in enumerate(case.amounts)]
    document = tiny(case.key, list(case.partners), lines, **case.proposal)
    if case.change is not None:
        document = case.change(document)
    codes = {f.code for f in validate_document(document)}
    assert case.raised <= codes, f"missing: {case.raised - codes}"
    assert not case.absent & codes, f"unexpected: {case.absent & codes}"
    if case.rates is not None:
        budget = compute_budget(document, get_template(case.key))
        assert [p.funding_rate.value for p in budget.partners] == [Decimal(r) for r in case.rates]


def test_every_call_has_cases() -> None:
    from medicen_desktop.rules.templates import all_templates

    assert {c.key for c in CASES} == set(all_templates().templates)


def test_company_only_idemo_still_checks_the_70_percent_rule_but_not_in_public_private() -> None:
    mixed = tiny("bpi-idemo", [(SME, "FR", ""), (LAB, "FR", "")], [(0, "personnel", 1, "4000000"), (1, "personnel", 1, "500000")])
    assert "eligibility.partner-share" not in {f.code for f in validate_document(mixed)}


def test_edition_pinned_by_the_proposal_is_the_one_checked() -> None:
    partners = [(SME, "FR", OCC), (LAB, "FR", IDF)]
    pinned = tiny("fui-collaborative", partners, [(0, "personnel", 1, "100")], template_edition="FUI 21")
    found = {f.code: f for f in validate_document(pinned)}
    assert found["template.newer-edition"].severity == "info"
    assert "FUI 25" in found["template.newer-edition"].message_en
    current = edit_proposal(pinned, template_edition="FUI 25")
    assert "template.newer-edition" not in {f.code for f in validate_document(current)}
    historical = found["template.historical"].message_en
    assert "PSPC-Régions — projet collaboratif" in historical and "pspc-regions" not in historical
    gone = edit_proposal(pinned, template_edition="FUI 12")
    assert "template.edition-gone" in {f.code for f in validate_document(gone)}
