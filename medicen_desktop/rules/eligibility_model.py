"""Eligibility rules as data: the ``eligibility:`` list of a funder template.

Each rule states a condition a proposal must meet ("at least one SME",
"no company above 70 % of expenses"); when it is not met, the checker
(``rules.eligibility``) reports a finding of the rule's severity, with the
rule's own French and English text. Rules are a tagged union on ``type``,
so a template author picks from a closed list and a typo is refused on load.

Shares are fractions of the total eligible cost (direct costs plus
overheads), the "expenses" funders' texts speak of.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field, model_validator

from medicen_desktop.rules.template_base import Kind, Provenance, Rate, RegionCode, Severity, Text

Consortium = Literal["any", "public_private", "companies_only"]
"""Which consortia a rule applies to: every one, those with both a company and a research partner
(academic or clinical), or those made of companies only."""


class _Rule(Provenance):
    """What every rule has: its statement in FR/EN, severity, stable code, provenance, scope."""

    text_fr: Text
    text_en: Text
    severity: Severity = "error"
    code: Annotated[str, Field(pattern=r"^[a-z0-9]+(\.[a-z0-9-]+)+$")] | None = None
    applies_to: Consortium = "any"

    def finding_code(self) -> str:
        """The stable code of the finding this rule raises."""
        return self.code or f"eligibility.{getattr(self, 'type').replace('_', '-')}"


class _Bounded(_Rule):
    """A numeric condition ``min <= value <= max``; either bound may be strict or absent."""

    min: Rate | None = None
    max: Rate | None = None
    min_exclusive: bool = False
    max_exclusive: bool = False

    @model_validator(mode="after")
    def _has_a_bound(self) -> _Bounded:
        if self.min is None and self.max is None:
            raise ValueError("give min, max or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min is greater than max")
        return self

    def holds(self, value: Decimal, scale: Decimal = Decimal(1)) -> bool:
        """Whether ``value`` lies within the bounds, each multiplied by ``scale`` (exact comparison).

        ``scale`` lets a share be checked as ``part`` against ``bound × total``
        without dividing, so no rounding decides a borderline case.
        """
        low = None if self.min is None else self.min * scale
        high = None if self.max is None else self.max * scale
        if low is not None and (value <= low if self.min_exclusive else value < low):
            return False
        if high is not None and (value >= high if self.max_exclusive else value > high):
            return False
        return True


class TotalCostRule(_Bounded):
    """The project's total eligible cost (or direct cost) in euros."""

    type: Literal["total_cost"]
    basis: Literal["eligible", "direct"] = "eligible"


class TotalAidRule(_Bounded):
    """The total aid requested from the funder, in euros."""

    type: Literal["total_aid"]


class PartnerAidRule(_Bounded):
    """The aid requested by each partner, in euros (checked partner by partner)."""

    type: Literal["partner_aid"]


class DurationRule(_Bounded):
    """The project's duration in months."""

    type: Literal["duration"]


class PartnerCountRule(_Bounded):
    """The number of partners (participations)."""

    type: Literal["partner_count"]


class KindCountRule(_Bounded):
    """How many partners are of one of ``kinds``."""

    type: Literal["kind_count"]
    kinds: Annotated[list[Kind], Field(min_length=1)]


class CoordinatorKindRule(_Rule):
    """The coordinator is of one of ``kinds``."""

    type: Literal["coordinator_kind"]
    kinds: Annotated[list[Kind], Field(min_length=1)]


class KindShareRule(_Bounded):
    """The share of the total eligible cost borne by partners of ``kinds`` (0..1)."""

    type: Literal["kind_share"]
    kinds: Annotated[list[Kind], Field(min_length=1)]


class PartnerShareRule(_Bounded):
    """The share of the total eligible cost of each single partner of ``kinds`` (0..1)."""

    type: Literal["partner_share"]
    kinds: Annotated[list[Kind], Field(min_length=1)]


class SubcontractingShareRule(_Bounded):
    """The share of subcontracting (categories flagged ``is_subcontracting``) in the total eligible cost."""

    type: Literal["subcontracting_share"]


class KindAidShareRule(_Bounded):
    """The share of the total requested aid that goes to partners of ``kinds`` (0..1)."""

    type: Literal["kind_aid_share"]
    kinds: Annotated[list[Kind], Field(min_length=1)]


class RegionShareRule(_Bounded):
    """The share of the total eligible cost borne by partners located in ``regions``.

    ``regions`` are ISO 3166-2 codes; without them, the template's ``territory``
    (the labelling clusters' territories) is meant. A partner's region is
    matched by code, whatever its spelling.
    """

    type: Literal["region_share"]
    regions: list[RegionCode] | None = None


class CountryCountRule(_Bounded):
    """How many distinct countries the partners come from (ISO 3166 codes)."""

    type: Literal["country_count"]


class EuConsortiumRule(_Rule):
    """Horizon Europe's consortium composition: entities in distinct Member States or Associated Countries.

    Holds when the partners are established in at least ``min_countries``
    different countries, each a Member State or a country associated (on
    the day of the check) to the ``part`` of the programme the call belongs
    to, and at least ``min_member_states`` of these are Member States.
    Partners elsewhere do not count (nor does a second partner in a country
    already counted). Lists and dates: ``document.geography``.
    """

    type: Literal["eu_consortium"]
    min_countries: Annotated[int, Field(ge=1)] = 3
    min_member_states: Annotated[int, Field(ge=0)] = 1
    part: Literal["pillar-2", "eic", "other"]


class ThirdCountryFundingRule(_Rule):
    """Each partner outside the Member States, Associated Countries and overseas territories is flagged.

    Such an entity may take part but is not funded by default (only when the
    work programme lists its country or the call says otherwise).
    """

    type: Literal["third_country_funding"]
    part: Literal["pillar-2", "eic", "other"]


class TrlRule(_Rule):
    """Technology readiness levels at start and at end, each within bounds."""

    type: Literal["trl"]
    start_min: Annotated[int, Field(ge=1, le=9)] = 1
    start_max: Annotated[int, Field(ge=1, le=9)] = 9
    end_min: Annotated[int, Field(ge=1, le=9)] = 1
    end_max: Annotated[int, Field(ge=1, le=9)] = 9


class DomainsRule(_Rule):
    """The proposal names at least one of the cluster's domains."""

    type: Literal["domains"]


EligibilityRule = Annotated[
    TotalCostRule
    | TotalAidRule
    | PartnerAidRule
    | DurationRule
    | PartnerCountRule
    | KindCountRule
    | CoordinatorKindRule
    | KindShareRule
    | PartnerShareRule
    | SubcontractingShareRule
    | KindAidShareRule
    | RegionShareRule
    | CountryCountRule
    | EuConsortiumRule
    | ThirdCountryFundingRule
    | TrlRule
    | DomainsRule,
    Field(discriminator="type"),
]
"""One eligibility rule; ``type`` says which."""
