"""Identity values: normalised on entry, checked with the reason in both languages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from medicen_desktop.document.identity import kind_contradiction, normalise, possible_sizes, problem, size_class
from medicen_desktop.document.schema import Organisation


def _code(field: str, value: str, country: str = "FR") -> str | None:
    found = problem(field, value, country)
    return None if found is None else found.code


@pytest.mark.parametrize(("value", "code"), [
    ("732 829 320 00074", None),  # spaces accepted on entry
    ("73282932000074", None),
    ("732829320", None),  # a SIREN
    ("73282932000075", "identity.siret-checksum"),
    ("732829321", "identity.siret-checksum"),
    ("7328293200007", "identity.siret-format"),
    ("ABC", "identity.siret-format"),
    ("", None),
])
def test_siret_and_siren(value: str, code: str | None) -> None:
    assert _code("siret", value) == code


def test_siret_only_in_france() -> None:
    assert _code("siret", "73282932000074", "DE") == "identity.siret-country"


@pytest.mark.parametrize(("value", "country", "code"), [
    ("FR40303265045", "FR", None),
    ("fr 40 303 265 045", "FR", None),
    ("40303265045", "FR", None),  # the country's prefix may be left out
    ("FR40303265046", "FR", "identity.vat-invalid"),
    ("DE136695976", "DE", None),
    ("DE136695976", "FR", "identity.vat-country"),
    ("EL094259216", "GR", None),
    ("GB980780684", "GB", None),
    ("CHE-116.281.710 MWST", "CH", None),
    ("12-3456789", "US", None),  # no checker for this country: accepted
])
def test_vat_numbers(value: str, country: str, code: str | None) -> None:
    assert _code("vat", value, country) == code


@pytest.mark.parametrize(("value", "code"), [
    ("999999999", None), ("999 999 999", None), ("12345678", "identity.pic-format"), ("99999999X", "identity.pic-format")])
def test_pic_has_nine_digits(value: str, code: str | None) -> None:
    assert _code("pic", value) == code


@pytest.mark.parametrize(("value", "code"), [
    ("claire.dubois@neurovision.fr", None), ("a@b.co", None), ("claire@localhost", "identity.email-invalid"),
    ("claire.dubois", "identity.email-invalid"), ("@neurovision.fr", "identity.email-invalid"),
    ("claire dubois@x.fr", "identity.email-invalid")])
def test_email_needs_a_domain(value: str, code: str | None) -> None:
    assert _code("contact_email", value) == code


def test_regions_and_countries() -> None:
    assert _code("region", "Ile-de-France") is None
    assert _code("region", "Atlantis") == "identity.region-unknown"
    assert _code("region", "DE-BY") == "identity.region-country"
    assert _code("country", "ZZ") == "identity.country-unknown"
    found = problem("region", "Atlantis")
    assert found is not None and "Atlantis" in found.message("fr") and "France" in found.message("en")


def test_the_interchange_model_stores_normalised_values() -> None:
    org = Organisation(uuid="00000000-0000-4000-8000-000000000001", legal_name="X", kind="sme",
                       siret="732 829 320 00074", vat="fr 40 303 265 045", pic="999 999 999",
                       region="île-de-france", country="fr")
    assert (org.siret, org.vat, org.pic, org.region, org.country) == (
        "73282932000074", "FR40303265045", "999999999", "FR-IDF", "FR")
    kept = Organisation(uuid="00000000-0000-4000-8000-000000000002", legal_name="Y", kind="sme", region="Atlantis")
    assert kept.region == "Atlantis"  # nothing typed is lost: the rules flag it
    assert normalise("region", "Bayern", "DE") == "DE-BY"


M = Decimal(1_000_000)


@pytest.mark.parametrize(("figures", "sizes"), [
    ((9, 2 * M, None), ("micro",)),
    ((9, 3 * M, 1 * M), ("micro",)),  # turnover OR balance sheet under the ceiling
    ((10, 2 * M, None), ("small",)),  # headcount 10 is no longer micro
    ((49, 10 * M, None), ("small",)),
    ((249, 50 * M, None), ("medium",)),
    ((249, 60 * M, 43 * M), ("medium",)),
    ((249, 60 * M, 44 * M), ("midcap",)),
    ((250, None, None), ("midcap", "large")),
    ((100, 60 * M, None), ("medium", "midcap")),  # balance sheet unknown: not decided
    ((5000, None, None), ("large",)),
    ((None, None, None), ("micro", "small", "medium", "midcap", "large")),
])
def test_eu_sme_definition(figures: tuple[int | None, Decimal | None, Decimal | None], sizes: tuple[str, ...]) -> None:
    assert possible_sizes(*figures) == sizes
    assert size_class(*figures) == (sizes[0] if len(sizes) == 1 else None)


@pytest.mark.parametrize(("kind", "figures", "contradicts"), [
    ("sme", (300, None, None), True),
    ("sme", (249, 50 * M, None), False),
    ("sme", (100, 60 * M, None), False),  # may still be medium
    ("young-innovative", (12, Decimal(640000), None), False),
    ("large", (20, 1 * M, None), True),
    ("midcap", (20, 1 * M, None), True),
    ("midcap", (800, 200 * M, None), False),
    ("academic", (20, 1 * M, None), False),  # not a company: no size rule
    ("sme", (None, None, None), False),
])
def test_declared_kind_against_the_figures(kind: str, figures: tuple[int | None, Decimal | None, Decimal | None],
                                           contradicts: bool) -> None:
    assert (kind_contradiction(kind, *figures) is not None) is contradicts
