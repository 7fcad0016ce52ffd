"""Eligibility rules, per template: a proposal that passes and one that fails each."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.large_proposal import make_large
from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.document.schema import ParticipantRole
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import edit, edit_proposal, edit_where, sample, tiny


def eligibility(document, key: str) -> list[Finding]:  # type: ignore[no-untyped-def]
    return [f for f in check(document, get_template(key)) if f.code.startswith("eligibility.")]


def codes(document, key: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in eligibility(document, key) if f.severity != "info"}


def test_sample_is_eligible_to_idemo() -> None:
    assert codes(sample(), "bpi-idemo") == set()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: edit_where(d, "budget_lines", lambda b: True, amount=Decimal("1000")), "eligibility.total-cost"),
        (lambda d: edit_proposal(d, duration_months=30), "eligibility.duration"),
        (lambda d: edit_proposal(d, duration_months=61), "eligibility.duration"),
        (lambda d: edit_proposal(d, trl_start=2), "eligibility.trl"),
        (lambda d: edit_proposal(d, trl_end=6), "eligibility.trl"),
        (lambda d: edit_proposal(d, trl_end=None), "eligibility.trl"),
        (lambda d: edit(edit(d, "organisations", 0, kind=K.LARGE), "organisations", 1, kind=K.LARGE),
         "eligibility.kind-count"),
        (lambda d: edit_where(d, "budget_lines", lambda b: b["category"] == "subcontracting", amount=Decimal("400000")),
         "eligibility.subcontracting-share"),
    ],
)
def test_idemo_rule_fails(change, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in codes(change(sample()), "bpi-idemo")


def test_idemo_at_most_six_partners() -> None:
    six = tiny("bpi-idemo", [(K.SME, "FR", "")] * 6, [])
    assert "eligibility.partner-count" not in codes(six, "bpi-idemo")
    seven = tiny("bpi-idemo", [(K.SME, "FR", "")] * 7, [])
    assert "eligibility.partner-count" in codes(seven, "bpi-idemo")


def test_idemo_no_company_above_70_percent_points_at_the_company() -> None:
    partners = [(K.SME, "FR", ""), (K.LARGE, "FR", "")]  # a consortium of companies
    at_limit = tiny("bpi-idemo", partners, [(0, "personnel", 1, "3500000"), (1, "personnel", 1, "1500000")])
    assert "eligibility.partner-share" not in codes(at_limit, "bpi-idemo")  # exactly 70 % is allowed
    above = tiny("bpi-idemo", partners, [(0, "personnel", 1, "3500000.01"), (1, "personnel", 1, "1500000")])
    [finding] = [f for f in eligibility(above, "bpi-idemo") if f.code == "eligibility.partner-share"]
    assert finding.entity_uuid == above.participations[0].uuid and "70.00%" in finding.message_en


def test_idemo_academics_at_least_10_percent() -> None:
    partners = [(K.SME, "FR", ""), (K.ACADEMIC, "FR", "")]
    low = tiny("bpi-idemo", partners, [(0, "personnel", 1, "4000000"), (1, "personnel", 1, "400000")])
    assert "eligibility.kind-share" in codes(low, "bpi-idemo")
    ok = tiny("bpi-idemo", partners, [(0, "personnel", 1, "3600000"), (1, "personnel", 1, "400000.01")])
    assert "eligibility.kind-share" not in codes(ok, "bpi-idemo")


def test_fui_consortium_rules() -> None:
    good = tiny("fui-collaborative", [(K.SME, "FR", "Île-de-France"), (K.LARGE, "FR", "Île-de-France"),
                                      (K.ACADEMIC, "FR", "Île-de-France")],
                [(0, "personnel", 1, "1000000"), (1, "personnel", 1, "1000000"), (2, "personnel", 1, "500000")])
    assert codes(good, "fui-collaborative") == set()
    one_company = tiny("fui-collaborative", [(K.SME, "FR", ""), (K.ACADEMIC, "FR", "")], [])
    assert {"eligibility.kind-count", "eligibility.research-partner"} - codes(one_company, "fui-collaborative") == {
        "eligibility.research-partner"
    }
    lab_led = edit(good, "participations", 0, role=ParticipantRole.PARTNER)
    lab_led = edit(lab_led, "participations", 2, role=ParticipantRole.COORDINATOR)
    assert "eligibility.coordinator-kind" in codes(lab_led, "fui-collaborative")


def test_fui_academic_aid_share_asks_a_justification_and_territory() -> None:
    found = {f.code: f for f in eligibility(sample(), "fui-collaborative")}
    assert found["eligibility.kind-aid-share"].severity == "warning"  # the labs' share of the aid is above 40 %
    assert "justify" in found["eligibility.kind-aid-share"].message_en
    assert "eligibility.territory-share" not in found  # all sample partners are in Île-de-France
    outside = edit_where(sample(), "organisations", lambda o: True, region="Bretagne")
    found = {f.code: f for f in eligibility(outside, "fui-collaborative")}
    assert found["eligibility.territory-share"].severity == "warning"
    assert found["eligibility.lead-cluster-share"].severity == "warning"


def test_fui_small_aid_is_a_warning() -> None:
    small = tiny("fui-collaborative", [(K.SME, "FR", "Île-de-France")], [(0, "personnel", 1, "100000")])
    [finding] = [f for f in eligibility(small, "fui-collaborative") if f.code == "eligibility.total-aid"]
    assert finding.severity == "warning"


def test_anr_prce_needs_a_lab_and_a_company() -> None:
    assert codes(sample(), "anr-prce") == set()
    labs_only = tiny("anr-prce", [(K.ACADEMIC, "FR", ""), (K.CLINICAL, "FR", "")], [])
    assert codes(labs_only, "anr-prce") == {"eligibility.company-partner"}
    companies_only = tiny("anr-prce", [(K.SME, "FR", ""), (K.LARGE, "FR", "")], [])
    assert codes(companies_only, "anr-prce") == {"eligibility.research-partner"}


@pytest.mark.parametrize("key", ["he-ria", "he-ia", "he-ria-lump-sum", "he-ia-lump-sum", "eic-pathfinder-open"])
def test_horizon_europe_three_entities_from_three_countries(key: str) -> None:
    document = edit_proposal(make_large(partners=3, work_packages=2, deliverables=4, words=600), trl_start=2, trl_end=4)
    assert codes(document, key) == set()
    two_countries = tiny(key, [(K.SME, "FR", ""), (K.ACADEMIC, "DE", ""), (K.LARGE, "FR", "")], [], trl_start=2, trl_end=4)
    assert codes(two_countries, key) == {"eligibility.country-count"}
    two_partners = tiny(key, [(K.SME, "FR", ""), (K.ACADEMIC, "DE", "")], [], trl_start=2, trl_end=4)
    assert codes(two_partners, key) == {"eligibility.country-count", "eligibility.partner-count"}


def test_horizon_europe_financial_certificate_is_info_per_partner() -> None:
    doc = tiny("he-ria", [(K.SME, "FR", ""), (K.ACADEMIC, "DE", ""), (K.LARGE, "IT", "")],
               [(0, "personnel", 1, "344000"), (1, "personnel", 1, "343999.99")])
    [finding] = [f for f in eligibility(doc, "he-ria") if f.code == "eligibility.financial-certificate"]
    assert finding.severity == "info" and finding.entity_uuid == doc.participations[0].uuid  # €430,000 exactly


def test_labelling_needs_a_cluster_domain() -> None:
    assert codes(sample(), "medicen-labelling") == set()
    [finding] = [f for f in eligibility(edit_proposal(sample(), domains=[]), "medicen-labelling")
                 if f.code == "eligibility.domains"]
    assert finding.field == "domains" and finding.severity == "error"
