"""Where a partner is, as the rules need it: its region's ISO 3166-2 code, and its legal status.

Regions are compared by code, never by spelling: "Île-de-France",
"Ile-de-France", "île-de-france" and "FR-IDF" are one region
(``document.geography.region_code``, the one place that reads region names).
"""

from __future__ import annotations

from medicen_desktop.document.geography import region_code
from medicen_desktop.document.schema import COMPANY_KINDS, RESEARCH_KINDS, Organisation

__all__ = ["in_regions", "is_non_profit", "region_code"]


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
