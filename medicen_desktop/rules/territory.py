"""Where a partner is, as the rules need it: its region's ISO 3166-2 code, and the legal status.

Regions are compared by code, never by spelling: "Île-de-France",
"Ile-de-France", "île-de-france" and "FR-IDF" are one region.
``region_code`` is the contract the geography module of the document
kernel offers (``document.geography.region_code(value, country)``); until it
lands here this module holds the French regions itself.
"""

from __future__ import annotations

import re
import unicodedata

from medicen_desktop.document.schema import COMPANY_KINDS, RESEARCH_KINDS, Organisation

_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")

_FR_REGIONS = {
    "FR-ARA": ("auvergne-rhone-alpes",),
    "FR-BFC": ("bourgogne-franche-comte",),
    "FR-BRE": ("bretagne", "brittany"),
    "FR-CVL": ("centre-val de loire", "centre"),
    "FR-20R": ("corse", "corsica"),
    "FR-GES": ("grand est", "grand-est"),
    "FR-HDF": ("hauts-de-france",),
    "FR-IDF": ("ile-de-france", "paris region", "region parisienne"),
    "FR-NOR": ("normandie", "normandy"),
    "FR-NAQ": ("nouvelle-aquitaine",),
    "FR-OCC": ("occitanie",),
    "FR-PDL": ("pays de la loire", "pays-de-la-loire"),
    "FR-PAC": ("provence-alpes-cote d'azur", "provence-alpes-cote-d'azur", "paca", "region sud"),
    "FR-971": ("guadeloupe",),
    "FR-972": ("martinique",),
    "FR-973": ("guyane", "french guiana"),
    "FR-974": ("la reunion", "reunion"),
    "FR-976": ("mayotte",),
}


def _folded(value: str) -> str:
    """Case, accents, hyphens and spacing folded away: "Île - de-France" → "ile de france"."""
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    text = text.casefold().replace("’", "'").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


_BY_NAME = {_folded(name): code for code, names in _FR_REGIONS.items() for name in names}


def region_code(value: str, country: str = "FR") -> str | None:
    """The ISO 3166-2 code of a region written as a code or a name (any case, with or without accents)."""
    text = value.strip()
    if _CODE.match(text.upper()) and text.upper()[:2] == country.upper():
        return text.upper()
    if country.upper() != "FR":
        return None
    return _BY_NAME.get(_folded(text))


def in_regions(organisation: Organisation, codes: list[str] | tuple[str, ...]) -> bool | None:
    """Whether the organisation is located in one of ``codes``; None when its region is unknown."""
    code = region_code(organisation.region, organisation.country)
    if code is None:
        return None
    return code in codes


def is_non_profit(organisation: Organisation) -> bool | None:
    """The organisation's legal status: non-profit (True), profit-making (False), or unknown (None).

    A declared status wins (``is_non_profit`` or ``is_public_body`` set, where
    the organisation's identity records them); otherwise companies are
    profit-making and academic or clinical bodies non-profit; any other kind
    is unknown (a foundation, an association, a private clinic may be either).
    """
    if getattr(organisation, "is_non_profit", False) is True or getattr(organisation, "is_public_body", False) is True:
        return True
    declared = getattr(organisation, "non_profit", None)
    if isinstance(declared, bool):
        return declared
    if organisation.kind in COMPANY_KINDS:
        return False
    if organisation.kind in RESEARCH_KINDS:
        return True
    return None
