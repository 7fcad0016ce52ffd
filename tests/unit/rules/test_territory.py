"""Where a partner is and what it is, as the funding rates need it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from medicen_desktop.document.schema import Organisation
from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.rules.territory import in_regions, is_non_profit, region_code


@pytest.mark.parametrize("written", ["Île-de-France", "Ile-de-France", "île-de-france", "ILE DE FRANCE ", "FR-IDF",
                                     "fr-idf", "Ile - de - France"])
def test_one_region_however_it_is_written(written: str) -> None:
    assert region_code(written) == "FR-IDF"


def test_unknown_regions_and_other_countries_regions() -> None:
    assert region_code("Atlantis") is None
    assert region_code("Bavaria", "DE") == "DE-BY"  # every country's regions, by their names
    assert region_code("DE-BY", "DE") == "DE-BY"
    assert region_code("Paris") == "FR-IDF"  # a department names its region


def _org(**values: Any) -> Organisation:
    flags = {"is_public_body": False, "is_non_profit": False, "is_research_organisation": False,
             "is_higher_education": False}
    return cast(Organisation, SimpleNamespace(**{"kind": K.OTHER, "region": "", "country": "FR", **flags, **values}))


def test_legal_status_declared_first_then_by_kind() -> None:
    assert is_non_profit(_org(kind=K.SME)) is False
    assert is_non_profit(_org(kind=K.CLINICAL)) is True
    assert is_non_profit(_org(kind=K.OTHER)) is None
    assert is_non_profit(_org(kind=K.OTHER, is_non_profit=True)) is True
    assert is_non_profit(_org(kind=K.OTHER, is_public_body=True)) is True
    # once a status is declared, the flags decide, whatever the kind
    assert is_non_profit(_org(kind=K.CLINICAL, is_research_organisation=True)) is False
    assert is_non_profit(_org(kind=K.SME, is_non_profit=True)) is True
    assert in_regions(_org(region="Occitanie"), ["FR-IDF"]) is False
    assert in_regions(_org(region="?"), ["FR-IDF"]) is None
