"""Horizon Europe / EIC country rule, and regions compared by code, as tables."""

from __future__ import annotations

import pytest

from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import tiny


def _findings(countries: list[str], key: str) -> list[Finding]:
    document = tiny(key, [(K.ACADEMIC, country, "") for country in countries], [])
    return check(document, get_template(key))


def _fails_composition(countries: list[str], key: str) -> bool:
    return any(f.code == "eligibility.country-count" for f in _findings(countries, key))


def _unfunded(countries: list[str], key: str) -> list[str]:
    return [f.message_en.split("(")[-1] for f in _findings(countries, key) if f.code == "eligibility.third-country"]


@pytest.mark.parametrize(("countries", "fails"), [
    (["FR", "US", "CN"], True),  # three countries, but two non-associated third countries
    (["FR", "DE", "IT"], False),
    (["FR", "DE", "NO"], False),  # an Associated Country counts
    (["FR", "NO", "CH"], False),  # a single Member State with two Associated Countries
    (["FR", "GB", "IL"], False),
    (["NO", "CH", "IS"], True),  # no Member State
    (["FR", "FR", "DE"], True),  # two entities in one country count once
    (["FR", "RE", "DE"], True),  # La Réunion is France
    (["FR", "DE"], True),
    (["FR", "DE", "US"], True),
    (["FR", "DE", "IT", "US"], False),  # passes; the US partner is flagged apart
    (["FR", "DE", "KR"], False),  # Korea: associated to Pillar II (clusters' RIA)
    (["FR", "DE", "NC"], True),  # an overseas territory is funded but neither MS nor AC
])
def test_he_ria_country_rule(countries: list[str], fails: bool) -> None:
    assert _fails_composition(countries, "he-ria") is fails


@pytest.mark.parametrize(("countries", "fails"), [
    (["FR", "DE", "KR"], True),  # Korea is not associated to the EIC (Pillar III)
    (["FR", "DE", "CA"], True),
    (["FR", "DE", "GB"], False),  # the UK is, but for the EIC Fund
    (["FR", "DE", "CH"], False),
])
def test_eic_pathfinder_counts_only_countries_associated_to_the_eic(countries: list[str], fails: bool) -> None:
    assert _fails_composition(countries, "eic-pathfinder") is fails


def test_same_rule_in_he_ia() -> None:
    assert _fails_composition(["FR", "US", "CN"], "he-ia")
    assert not _fails_composition(["FR", "DE", "IT"], "he-ia")


def test_non_associated_third_countries_are_flagged_one_by_one() -> None:
    findings = [f for f in _findings(["FR", "DE", "IT", "US", "NC", "CN"], "he-ria")
                if f.code == "eligibility.third-country"]
    assert [f.severity for f in findings] == ["warning", "warning"]
    assert ["United States" in findings[0].message_en, "Chine" in findings[1].message_fr] == [True, True]
    assert all(f.field == "country" for f in findings)
    assert _unfunded(["FR", "DE", "IT"], "he-ria") == []


def test_the_composition_message_says_what_counted() -> None:
    [finding] = [f for f in _findings(["FR", "US", "CN"], "he-ria") if f.code == "eligibility.country-count"]
    assert "1 Member State(s) (France), 0 Associated Countries" in finding.message_en
    assert "1 État(s) membre(s) (France)" in finding.message_fr


@pytest.mark.parametrize("written", ["Ile-de-France", "île-de-france", "FR-IDF", "Île-de-France"])
def test_any_spelling_of_the_region_counts_for_the_territory_rule(written: str) -> None:
    document = tiny("fui-collaborative", [(K.SME, "FR", written), (K.LARGE, "FR", written),
                                          (K.ACADEMIC, "FR", written)],
                    [(0, "personnel", 1, "1000000"), (1, "personnel", 1, "1000000"), (2, "personnel", 1, "500000")])
    assert document.organisations[0].region == "FR-IDF"
    codes = {f.code for f in check(document, get_template("fui-collaborative"))}
    assert "eligibility.region-share" not in codes


def test_a_region_elsewhere_does_not_count() -> None:
    document = tiny("medicen-labelling", [(K.SME, "FR", "Occitanie")], [(0, "personnel", 1, "1000")])
    codes = {f.code for f in check(document, get_template("medicen-labelling"))}
    assert "eligibility.region-share" in codes


def test_templates_may_name_a_region_but_the_rule_holds_its_code() -> None:
    from pydantic import ValidationError

    from medicen_desktop.rules.eligibility_model import RegionShareRule

    rule = RegionShareRule.model_validate({"type": "region_share", "regions": ["Ile-de-France", "occitanie"],
                                           "min": 0, "text_fr": "x", "text_en": "x"})
    assert rule.regions == ["FR-IDF", "FR-OCC"]
    with pytest.raises(ValidationError, match="unknown region 'Gondor'"):
        RegionShareRule.model_validate({"type": "region_share", "regions": ["Gondor"], "min": 0,
                                        "text_fr": "x", "text_en": "x"})
