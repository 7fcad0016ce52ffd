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


_STATUS_FLAGS = ("is_public_body", "is_non_profit", "is_research_organisation", "is_higher_education")


def is_non_profit(organisation: Organisation) -> bool | None:
    """The organisation's legal status: non-profit (True), profit-making (False), or unknown (None).

    Once any legal-status flag of its identity is set, the flags decide: a
    non-profit legal entity or a public body is non-profit, anything else is
    profit-making. With no flag set (a profile from before the flags, or not
    yet described), the kind stands in: companies are profit-making, academic
    and clinical bodies non-profit, and any other kind is unknown (a
    foundation, an association, a private clinic may be either).
    """
    if any(getattr(organisation, flag, False) is True for flag in _STATUS_FLAGS):
        return bool(organisation.is_non_profit or organisation.is_public_body)
    if organisation.kind in COMPANY_KINDS:
        return False
    if organisation.kind in RESEARCH_KINDS:
        return True
    return None
