"""The funder template: one call's sections, limits, budget and eligibility rules.

A ``FunderTemplate`` is what ``resources/templates/<key>.yaml`` holds,
validated. It is immutable; every rule of the application reads it, none
writes it. Adding a call is adding a file (see ``rules.templates``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Literal, Protocol, TypeVar

from pydantic import Field, model_validator

from medicen_desktop.document.schema import OrganisationKind
from medicen_desktop.rules.eligibility_model import EligibilityRule
from medicen_desktop.rules.outline_model import DeliverableLabels, OutlineItem, default_outline
from medicen_desktop.rules.template_base import Key, Kind, Provenance, Rate, RegionCode, SourceRef, StrictModel, Text

Language = Literal["fr", "en"]
LegalStatus = Literal["non_profit", "for_profit"]
AidForm = Literal["grant", "grant_and_advance", "lump_sum"]


class _HasKey(Protocol):
    @property
    def key(self) -> str: ...


SectionT = TypeVar("SectionT", bound=_HasKey)


class Source(StrictModel):
    """Where the template's facts come from, and when they were published or read.

    ``id`` lets a rule name the source it was read in (``source: ffg``).
    """

    id: SourceRef | None = None
    url: Text | None = None
    description: Text
    date: dt.date | None = None
    """When the text was published (or, failing that, read)."""
    secondary: bool = False
    """A summary by a third party (a consultancy, a cluster), not the funder's own text."""


class TemplateSection(StrictModel):
    """One section of the dossier's text, in template order."""

    key: Key
    title_fr: Text
    title_en: Text
    guidance_fr: str = ""
    guidance_en: str = ""
    required: bool = True
    limit_words: Annotated[int, Field(gt=0)] | None = None
    limit_chars: Annotated[int, Field(gt=0)] | None = None
    page_budget: Annotated[float, Field(gt=0)] | None = None
    written_by: Literal["coordinator", "partner"] = "coordinator"
    aliases: list[Key] = Field(default_factory=list)
    """Section keys of other calls whose text fits here (used when retargeting)."""


FormattingField = Literal["paper", "margins_mm", "font", "body_pt", "table_min_pt", "figure_min_pt", "line_spacing",
                          "header", "footer"]


FontFamily = Literal["Times New Roman", "Arial", "Calibri"]
"""The families the dossier can be set in (``export.font_faces`` ships a metric-compatible free font for each)."""


class FormattingSource(StrictModel):
    """Where some of the formatting values come from; ``confirmed: false`` when not read in the funder's own text."""

    fields: Annotated[list[FormattingField], Field(min_length=1)]
    description: Text
    url: Text | None = None
    confirmed: bool = True


class Formatting(StrictModel):
    """The call's page and type: what the dossier is set in (``export.typography`` reads it).

    Where a call says nothing: A4, 20 mm margins, Arial 11 pt at 1.2 line
    spacing, tables at 9 pt and figure labels at 8 pt at least. ``header``
    and ``footer`` may use ``{acronym}``, ``{call}``, ``{page}`` and
    ``{pages}``; an empty footer means "Page {page} / {pages}". Each value
    the call sets is listed in one of ``sources``.
    """

    paper: Literal["A4", "Letter"] = "A4"
    margins_mm: Annotated[float, Field(ge=5, le=60)] = 20
    font: FontFamily = "Arial"
    body_pt: Annotated[float, Field(ge=8, le=16)] = 11
    table_min_pt: Annotated[float, Field(ge=6, le=16)] = 9
    figure_min_pt: Annotated[float, Field(ge=5, le=16)] = 8
    line_spacing: Annotated[float, Field(ge=1, le=2)] = 1.2
    header: Annotated[str, Field(max_length=200)] = "{acronym} · {call}"
    footer: Annotated[str, Field(max_length=200)] = ""
    sources: list[FormattingSource] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _older_form(cls, data: object) -> object:
        """Templates written before per-value sources: ``min_font_pt``, ``fonts`` and one ``confirmed`` flag."""
        if not isinstance(data, dict) or not {"min_font_pt", "fonts", "confirmed"} & data.keys():
            return data
        data = dict(data)
        given = [k for k in ("paper", "margins_mm") if k in data]
        if "min_font_pt" in data:
            data["body_pt"] = data.pop("min_font_pt")
            given.append("body_pt")
        fonts = data.pop("fonts", None) or []
        if fonts:
            data["font"] = fonts[0]
            given.append("font")
        confirmed = data.pop("confirmed", True)
        if given:
            data.setdefault("sources", []).append(
                {"fields": given, "description": "stated by the template without a source", "confirmed": confirmed})
        return data

    @model_validator(mode="after")
    def _known_fields(self) -> Formatting:
        sourced = {field for source in self.sources for field in source.fields}
        unsourced = sorted(self.model_fields_set - sourced - {"sources"})
        if unsourced:
            raise ValueError(f"formatting: {', '.join(unsourced)} set without a source (list it under sources, "
                             "with confirmed: false when not read in the funder's own text)")
        for text in (self.header, self.footer):
            try:
                text.format(acronym="", call="", page=1, pages=1)
            except (KeyError, IndexError, ValueError):
                raise ValueError(f"header/footer {text!r}: only {{acronym}}, {{call}}, {{page}} and {{pages}} "
                                 "may be used") from None
        return self

    @property
    def confirmed(self) -> bool:
        """Whether every value the call sets was read in the funder's own text."""
        return all(source.confirmed for source in self.sources)


CostKind = Literal["personnel", "subcontracting", "travel", "equipment", "other_goods", "financial_support",
                   "internally_invoiced", "in_kind", "overheads", "other"]
"""The kinds of cost of the one cost base (Horizon Europe's A-E list, which the other funders' forms regroup)."""
COST_KINDS: tuple[str, ...] = CostKind.__args__  # type: ignore[attr-defined]


class BudgetCategory(StrictModel):
    """A cost category budget lines are entered in (personnel, equipment…)."""

    key: Key
    label_fr: Text
    label_en: Text
    is_personnel: bool = False
    is_subcontracting: bool = False
    is_overheads: bool = False
    """Overheads the partner enters itself (a line of the financial annex), not computed."""
    counts_for_overheads: bool = True
    """Whether this category is in the base of the computed overheads."""
    aliases: list[Key] = Field(default_factory=list)
    """Category keys of other calls that map here (used when retargeting)."""
    covers: list[CostKind] = Field(default_factory=list)
    """The kinds of the one cost base this category gathers (a cost item typed as ``travel`` is booked in
    the category covering it): funders' categories are mappings of one cost base."""
    is_purchase: bool = False
    """Purchase costs in the funder's sense (travel, equipment, other goods, works and services)."""


class PurchaseCostsRule(Provenance):
    """Purchase costs above ``ratio`` × a partner's personnel costs must be justified item by item."""

    ratio: Rate = Field(ge=0, le=5)
    text_fr: Text
    text_en: Text


class OverheadRule(Provenance):
    """Computed overheads: ``rate`` × the partner's direct costs in the base categories.

    The first rule whose ``kinds`` include the partner's kind applies (no kinds:
    every kind). The base is ``base_categories`` when given, else every category
    flagged ``counts_for_overheads``.
    """

    kinds: list[Kind] = Field(default_factory=list)
    rate: Rate = Field(ge=0, le=5)
    base_categories: list[Key] | None = None
    text_fr: Text
    text_en: Text


class FundingRate(Provenance):
    """The share of a partner's eligible cost the funder pays.

    The first rule whose conditions all hold applies: the partner's kind is
    in ``kinds`` (no kinds: any kind); its legal status is ``legal_status``
    (non-profit or for-profit legal entity, when given); it is located in
    the template's ``territory`` (``in_territory: true``) or outside it
    (``false``), when given.
    """

    kinds: list[Kind] = Field(default_factory=list)
    legal_status: LegalStatus | None = None
    in_territory: bool | None = None
    rate: Rate = Field(ge=0, le=1)
    aid_form: AidForm = "grant"
    text_fr: Text
    text_en: Text


class PageLimit(Provenance):
    """A page limit of the technical document, with where it was read."""

    pages: Annotated[int, Field(gt=0)]
    counts_fr: str = ""
    counts_en: str = ""
    """What the limit counts (tables and figures included, bibliography included…)."""


class FunderTemplate(StrictModel):
    """One call for proposals, as data."""

    key: Key
    name: Text
    funder: Text
    edition: Text
    """The call's edition (work-programme years, call number): ``2025``, ``FUI 25``…"""
    edition_date: dt.date
    """When this edition was published; orders the editions of one call."""
    historical: bool = False
    """A call that is no longer open, kept as the model of its successor."""
    successor: Key | None = None
    replaces: list[Key] = Field(default_factory=list)
    """Keys this call had before (a proposal naming one is checked against this call)."""
    stage: Literal["single", "first", "second"] = "single"
    """For a two-stage call: which stage this template is."""
    languages: Annotated[list[Language], Field(min_length=1)]
    source: Annotated[list[Source], Field(min_length=1)]
    source_date: dt.date
    """When the sources were last read."""
    notes: list[Text] = Field(default_factory=list)
    """What could not be confirmed, and reconstructions to adjust."""
    notes_fr: list[Text] = Field(default_factory=list)
    """The same notes in French, for the French interface (empty: the English ones are shown)."""
    sections: Annotated[list[TemplateSection], Field(min_length=1)]
    summary_limit_chars: Annotated[int, Field(gt=0)] | None = None
    summary_source: SourceRef | None = None
    summary_required: bool = True
    page_limit: PageLimit | None = None
    funding_model: AidForm = "grant"
    """``lump_sum``: costs are estimated to set a lump sum; no certificate on the financial statements."""
    territory: list[RegionCode] = Field(default_factory=list)
    """Regions (ISO 3166-2) of the labelling clusters or of the call, for rates and shares that depend on it."""
    formatting: Formatting = Field(default_factory=Formatting)
    partner_identifier: Literal["siret", "pic", "any"] = "any"
    budget_categories: Annotated[list[BudgetCategory], Field(min_length=1)]
    overheads: list[OverheadRule] = Field(default_factory=list)
    purchase_costs: PurchaseCostsRule | None = None
    """When purchase costs need a justification (Horizon Europe table 3.1h); None: the call says nothing."""
    funding_rates: list[FundingRate] = Field(default_factory=list)
    eligibility: list[EligibilityRule] = Field(default_factory=list)
    outline: list[OutlineItem] | None = None
    """The dossier's parts in the funder's order (``rules.outline_model``); None: ``default_outline``."""
    outline_source: Text | None = None
    """Where the outline comes from (the funder's own template)."""
    deliverable_labels: DeliverableLabels = Field(default_factory=DeliverableLabels)
    confidential: bool = False
    """The call asks for a confidentiality mark: every page's running header says so."""

    @model_validator(mode="after")
    def _coherent(self) -> FunderTemplate:
        section_keys = [s.key for s in self.sections]
        _unique(section_keys, "section key")
        category_keys = [c.key for c in self.budget_categories]
        _unique(category_keys, "budget category key")
        _unique([a for s in self.sections for a in s.aliases] + section_keys, "section key or alias")
        _unique([a for c in self.budget_categories for a in c.aliases] + category_keys, "category key or alias")
        for rule in self.overheads:
            for key in rule.base_categories or ():
                if key not in category_keys:
                    raise ValueError(f"overheads: base category {key!r} is not a budget category")
        ids = [s.id for s in self.source if s.id is not None]
        _unique(ids, "source id")
        refs = [r.source for r in self._provenances()] + [self.summary_source]
        for ref in refs:
            if ref is not None and ref not in ids:
                raise ValueError(f"source {ref!r} is not the id of one of the template's sources")
        if self.funding_rates and any(r.in_territory is not None for r in self.funding_rates) and not self.territory:
            raise ValueError("a funding rate depends on the territory, but the template has no territory")
        if not self.territory and any(getattr(r, "type", "") == "region_share" and getattr(r, "regions", 1) is None
                                      for r in self.eligibility):
            raise ValueError("a region_share rule without regions needs the template's territory")
        if self.outline is not None:
            _check_outline(self.outline, section_keys)
        return self

    def dossier_outline(self) -> list[OutlineItem]:
        """The outline the dossier follows: the template's own, or one derived from its sections."""
        if self.outline is not None:
            return self.outline
        return default_outline([(s.key, s.title_fr, s.title_en) for s in self.sections])

    def _provenances(self) -> list[Provenance]:
        items: list[Provenance] = [*self.overheads, *self.funding_rates, *self.eligibility]
        items += [self.purchase_costs] if self.purchase_costs is not None else []
        return items + ([self.page_limit] if self.page_limit is not None else [])

    def source_of(self, ref: str | None) -> Source | None:
        """The source with this id, or None."""
        return next((s for s in self.source if ref is not None and s.id == ref), None)

    @property
    def technical_page_limit(self) -> int | None:
        """The page limit of the technical document, or None."""
        return self.page_limit.pages if self.page_limit is not None else None

    def section(self, key: str) -> TemplateSection | None:
        """The section with this key, or None."""
        return next((s for s in self.sections if s.key == key), None)

    def section_title(self, key: str, language: str, fallback: str = "") -> str:
        """The title of section ``key`` in ``language`` (else the other language), else ``fallback`` or the key."""
        spec = self.section(key)
        return (spec.text("title", language) if spec is not None else "") or fallback or key

    def in_section_order(self, sections: Iterable[SectionT]) -> list[SectionT]:
        """``sections`` (anything with a ``key``) in this call's order; sections it does not know last, by key."""
        order = {s.key: i for i, s in enumerate(self.sections)}
        return sorted(sections, key=lambda s: (order.get(s.key, len(order)), s.key))

    def category(self, key: str) -> BudgetCategory | None:
        """The budget category with this key, or None."""
        return next((c for c in self.budget_categories if c.key == key), None)

    def booked_under(self, key: str) -> str:
        """The category a cost item typed under ``key`` counts in: ``key`` itself when the call has it,
        else the category covering that kind of the cost base, else ``key`` (unknown: the checks say so)."""
        if self.category(key) is not None:
            return key
        return next((c.key for c in self.budget_categories if key in c.covers), key)

    def overhead_rule(self, kind: OrganisationKind) -> OverheadRule | None:
        """The overhead rule that applies to a partner of this kind, or None."""
        return next((r for r in self.overheads if not r.kinds or kind in r.kinds), None)

    def funding_rate(
        self, kind: OrganisationKind, non_profit: bool | None = None, in_territory: bool | None = None
    ) -> FundingRate | None:
        """The funding-rate rule for a partner of this kind, legal status and location, or None.

        ``non_profit`` / ``in_territory`` None means unknown: a rule that
        requires a status or a location does not apply to an unknown one.
        """
        for rule in self.funding_rates:
            if rule.kinds and kind not in rule.kinds:
                continue
            if rule.legal_status is not None and non_profit is None:
                continue
            if rule.legal_status is not None and (rule.legal_status == "non_profit") != non_profit:
                continue
            if rule.in_territory is not None and rule.in_territory != in_territory:
                continue
            return rule
        return None

    def unconfirmed_rules(self) -> list[OverheadRule | FundingRate | EligibilityRule]:
        """The rules flagged ``confirmed: false``, in template order (overheads, rates, eligibility)."""
        rules: list[OverheadRule | FundingRate | EligibilityRule] = [*self.overheads, *self.funding_rates,
                                                                      *self.eligibility]
        return [r for r in rules if not r.confirmed]

    @property
    def has_unconfirmed(self) -> bool:
        """Whether any value in this template is flagged as not confirmed."""
        return (
            bool(self.notes)
            or not self.formatting.confirmed
            or any(not r.confirmed for r in self._provenances())
        )


def _check_outline(outline: list[OutlineItem], section_keys: list[str]) -> None:
    """Every section placed exactly once, only known sections, no heading number twice."""
    items = [item for top in outline for item in top.walk()]
    placed = [item.section for item in items if item.section is not None]
    _unique(placed, "outline section")
    for key in placed:
        if key not in section_keys:
            raise ValueError(f"outline: section {key!r} is not a section of the template")
    for key in section_keys:
        if key not in placed:
            raise ValueError(f"outline: section {key!r} has no place in the outline")
    _unique([item.number for item in items if item.number], "outline number")
    for item in items:
        if item.section is None and item.block is None and not item.children:
            raise ValueError(f"outline: item {item.title_en or item.title_fr or item.number!r} is empty")


def _unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what} {value!r}")
        seen.add(value)

