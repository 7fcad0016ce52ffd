"""Switching a proposal to another call: keep what maps, report what no longer fits.

``retarget_document(document, old, new)`` is pure: it returns the changed
document and a report, and writes nothing. It never deletes a character:
a section with no counterpart in the new call keeps its text under its old
key (the checks report it, the export leaves it out); a budget line in a
category the new call does not know keeps its category and amount (the
checks report it as an error to fix).

What maps: a section or category with the same key; or one the new call
lists in its ``aliases`` (or whose old definition lists the new key). A
target already taken is not overwritten: the later section stays unmatched.
Required sections the new call has and the proposal lacks are added empty.

``preview_retarget(document, old, new)`` says beforehand what a switch would
do: the same report, the limits and eligibility rules the switched proposal
would not meet, and how the new call's budget rules change its figures.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal

from medicen_desktop.document.schema import ProposalDocument, Section
from medicen_desktop.rules import completeness, eligibility
from medicen_desktop.rules.budget import BudgetReport, PartnerBudget, compute_budget
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.template_model import FunderTemplate


@dataclass(frozen=True)
class RetargetReport:
    """What switching calls did. Pairs are ``(old key, new key)``."""

    proposal_uuid: str
    old_template: str
    new_template: str
    old_edition: str
    """The edition the proposal was checked against ("" when none was recorded)."""
    new_edition: str
    kept_sections: tuple[str, ...]
    renamed_sections: tuple[tuple[str, str], ...]
    unmatched_sections: tuple[str, ...]
    """Sections kept with their old key: the new call has no place for them."""
    added_sections: tuple[str, ...]
    renamed_categories: tuple[tuple[str, str], ...]
    unknown_categories: tuple[str, ...]
    """Budget categories the new call does not know (lines kept unchanged)."""

    def to_json(self) -> dict[str, object]:
        return {k: [list(v) if isinstance(v, tuple) else v for v in value] if isinstance(value, tuple) else value
                for k, value in asdict(self).items()}


def retarget_document(
    document: ProposalDocument,
    old: FunderTemplate | None,
    new: FunderTemplate,
    new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
) -> tuple[ProposalDocument, RetargetReport]:
    """The document switched to ``new`` (``old`` is its current template, if known) and the report."""
    section_target = _mapper(
        {s.key for s in new.sections},
        {a: s.key for s in new.sections for a in s.aliases},
        {s.key: s.aliases for s in old.sections} if old else {},
    )
    category_target = _mapper(
        {c.key for c in new.budget_categories},
        {a: c.key for c in new.budget_categories for a in c.aliases},
        {c.key: c.aliases for c in old.budget_categories} if old else {},
    )
    data = document.model_dump()
    data["proposal"]["template_key"] = new.key
    data["proposal"]["template_edition"] = new.edition
    kept: list[str] = []
    renamed: list[tuple[str, str]] = []
    unmatched: list[str] = []
    taken = {s["key"] for s in data["sections"] if s["key"] in section_target.keys_}
    for section in data["sections"]:
        key = section["key"]
        if key in section_target.keys_:
            kept.append(key)
            continue
        target = section_target(key)
        if target is None or target in taken:
            unmatched.append(key)
            continue
        taken.add(target)
        section["key"] = target
        renamed.append((key, target))
    added = []
    for spec in new.sections:
        if spec.key not in taken and spec.required:
            title = spec.text("title", document.proposal.language)
            data["sections"].append(Section(uuid=new_id(), key=spec.key, title=title).model_dump())
            added.append(spec.key)
    renamed_categories: dict[str, str] = {}
    unknown: set[str] = set()
    for line in data["budget_lines"]:
        category = line["category"]
        if category in category_target.keys_:
            continue
        target = category_target(category)
        if target is None and new.booked_under(category) != category:
            continue  # a kind of the cost base the new call's categories cover: kept as typed
        if target is None:
            unknown.add(category)
        else:
            line["category"] = target
            renamed_categories[category] = target
    report = RetargetReport(
        proposal_uuid=document.proposal.uuid,
        old_template=document.proposal.template_key,
        new_template=new.key,
        old_edition=document.proposal.template_edition or (old.edition if old is not None else ""),
        new_edition=new.edition,
        kept_sections=tuple(kept),
        renamed_sections=tuple(renamed),
        unmatched_sections=tuple(unmatched),
        added_sections=tuple(added),
        renamed_categories=tuple(sorted(renamed_categories.items())),
        unknown_categories=tuple(sorted(unknown)),
    )
    return ProposalDocument.model_validate(data), report


class _mapper:
    """Finds the new key an old key maps to, by the new call's aliases or the old call's."""

    def __init__(self, keys: set[str], new_aliases: dict[str, str], old_aliases: dict[str, list[str]]) -> None:
        self.keys_ = keys
        self._new_aliases = new_aliases
        self._old_aliases = old_aliases

    def __call__(self, old_key: str) -> str | None:
        if old_key in self._new_aliases:
            return self._new_aliases[old_key]
        return next((a for a in self._old_aliases.get(old_key, []) if a in self.keys_), None)


LIMIT_CODES = frozenset({"proposal.summary-too-long", "section.too-many-words", "section.too-many-chars"})
"""Findings that say a text is over the call's limit."""


@dataclass(frozen=True)
class RateChange:
    """A partner whose funding rate would not be the same under the new call (rates 0..1)."""

    participation_uuid: str
    partner: str
    old_rate: Decimal | None
    """None when no rate of the current call applies (or the current call is unknown)."""
    new_rate: Decimal | None
    """None when no rate of the new call applies to this partner."""


@dataclass(frozen=True)
class FigureChange:
    """One budget figure (an amount in euros, or a share 0..1) before and after the switch."""

    key: str
    """``overheads``, ``eligible``, ``requested_aid`` or ``company_share``, ``academic_share``,
    ``subcontracting_share``."""
    old: Decimal | None
    """None when the current call is unknown."""
    new: Decimal


@dataclass(frozen=True)
class RetargetPreview:
    """What switching to another call would do, computed without writing anything.

    ``report`` is what ``retarget_document`` would report; ``exceeded`` the
    text limits and eligibility rules (errors and warnings) the switched
    proposal would not meet; the rest says how the call's limits and budget
    rules change the proposal's figures (only what differs).
    """

    report: RetargetReport
    exceeded: tuple[Finding, ...]
    summary_limit: tuple[int | None, int | None]
    """(current call's, new call's) summary limit in characters."""
    page_limit: tuple[int | None, int | None]
    """(current call's, new call's) page limit of the technical annex."""
    funding_rates: tuple[RateChange, ...]
    figures: tuple[FigureChange, ...]

    @property
    def budget_changes(self) -> bool:
        return bool(self.funding_rates or self.figures)


_AMOUNTS = ("overheads", "eligible", "requested_aid")
_SHARES = ("company_share", "academic_share", "subcontracting_share")


def preview_retarget(
    document: ProposalDocument, old: FunderTemplate | None, new: FunderTemplate
) -> RetargetPreview:
    """What switching ``document`` from ``old`` (its current call, if known) to ``new`` would do.

    Pure: runs ``retarget_document`` and the checks on the switched snapshot, writes nothing.
    """
    changed, report = retarget_document(document, old, new)
    after = compute_budget(changed, new)
    exceeded = tuple(
        [f for f in completeness.check(changed, new) if f.code in LIMIT_CODES]
        + [f for f in eligibility.check(changed, new, after) if f.severity != "info"]
    )
    before = compute_budget(document, old) if old is not None else None
    old_rates = {p.participation_uuid: _rate(old, p) for p in before.partners} if old and before else {}
    rates = tuple(
        RateChange(p.participation_uuid, p.name, old_rates.get(p.participation_uuid), _rate(new, p))
        for p in after.partners
        if old_rates.get(p.participation_uuid) != _rate(new, p)
    )
    figures = tuple(
        FigureChange(key, None if before is None else _figure(before, key), _figure(after, key))
        for key in _AMOUNTS + _SHARES
        if before is None or _figure(before, key) != _figure(after, key)
    )
    return RetargetPreview(
        report=report,
        exceeded=exceeded,
        summary_limit=(old.summary_limit_chars if old else None, new.summary_limit_chars),
        page_limit=(old.technical_page_limit if old else None, new.technical_page_limit),
        funding_rates=rates,
        figures=figures,
    )


def _figure(budget: BudgetReport, key: str) -> Decimal:
    value = getattr(budget, key)
    return value.ratio if key in _SHARES else value.value  # type: ignore[no-any-return]


def _rate(template: FunderTemplate, partner: PartnerBudget) -> Decimal | None:
    located = partner.in_territory if partner.in_territory is not None or not template.territory else False
    return partner.funding_rate.value if template.funding_rate(partner.kind, partner.non_profit, located) else None
