"""The dossier's outline as data: the call's numbered parts, its sections and generated blocks, in order.

A template's ``outline:`` lists the parts of the dossier exactly where the
funder's own template puts them (Horizon Europe: 1.1–1.2, 2.1–2.3, 3.1 with
Tables 3.1a–3.1h, 3.2). Each item is a heading (``title``; numbered by
``number``, or automatically after its siblings and the headings the user
wrote in the section above it) that may hold a narrative ``section`` of the
template, a generated ``block`` (work-package list, deliverables, budget…)
and children. An item without a title adds its content without a heading
(the cover, a Gantt chart under the text of 3.1). An item with a ``when``
condition is generated only when the condition holds (HE Table 3.1g only when
something is subcontracted). ``counted`` says whether the item's pages count
against the call's page limit; children inherit it.

A template without an ``outline:`` gets ``default_outline``: cover,
contents, summary, the sections in order (counted), then consortium, work
plan, budget, risks and annexes as chapters, except that the consortium
and work-plan blocks go inside a section that already covers them (keys
listed in ``COVERS``) instead of being repeated as a chapter of their own.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from medicen_desktop.rules.template_base import Key, StrictModel, Text

BlockKind = Literal[
    "cover", "toc", "summary", "participants", "participant_list", "partner_descriptions", "people", "wp_list", "gantt",
    "wp_descriptions", "deliverables", "milestones", "risks", "effort", "subcontracting", "purchases",
    "budget", "annexes",
]
Condition = Literal["subcontracting", "purchases_over_15_percent", "attachments"]


class OutlineItem(StrictModel):
    """One part of the dossier (see the module's docstring)."""

    number: Text | None = None
    """The funder's own number ("3.1a"); None: the next number under the parent."""
    numbered: bool = True
    """False for a heading without number (a summary before part 1, a bibliography)."""
    title_fr: Text | None = None
    title_en: Text | None = None
    section: Key | None = None
    block: BlockKind | None = None
    when: Condition | None = None
    counted: bool | None = None
    """Whether its pages count against the limit; None: as its parent (top level: not counted)."""
    page_break: bool = False
    """Start the item on a new page (the cover always ends its page)."""
    children: list[OutlineItem] = Field(default_factory=list)

    def title(self, language: str) -> str | None:
        """The heading's text in ``language`` ("fr"/"en"), or None for an item without heading."""
        if language == "fr":
            return self.title_fr or self.title_en
        return self.title_en or self.title_fr

    def walk(self) -> list[OutlineItem]:
        """This item and its descendants, in reading order."""
        return [self, *(item for child in self.children for item in child.walk())]


class DeliverableLabels(StrictModel):
    """The funder's codes for deliverable types and dissemination levels (HE: R, DEM, DATA, OTHER; PU, SEN)."""

    types: dict[Literal["report", "data", "software", "demonstrator", "other"], Text] = Field(default_factory=dict)
    dissemination: dict[Literal["PU", "SEN"], Text] = Field(default_factory=dict)


COVERS: dict[str, frozenset[str]] = {
    "work_plan": frozenset({"methodology", "implementation", "work_plan", "workplan", "organisation_implementation"}),
    "consortium": frozenset({"consortium"}),
}
"""Section keys whose text already is the work plan (or the consortium): the generated blocks go inside them."""

_FUNDER_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)[.)]?\s+(\S.*)$")


def split_number(title: str) -> tuple[str | None, str]:
    """("1", "Excellence") for "1. Excellence"; (None, title) for a title without a funder's number."""
    match = _FUNDER_NUMBER.match(title)
    return (match.group(1), match.group(2)) if match else (None, title)


def _item(block: BlockKind, fr: str | None = None, en: str | None = None, **extra: object) -> OutlineItem:
    return OutlineItem.model_validate({"block": block, "title_fr": fr, "title_en": en, **extra})


def _work_plan_blocks() -> list[OutlineItem]:
    return [
        _item("wp_list", "Liste des lots", "List of work packages"),
        _item("gantt", "Diagramme de Gantt", "Gantt chart"),
        _item("wp_descriptions", "Description des lots", "Work package descriptions"),
        _item("deliverables", "Livrables", "Deliverables"),
        _item("milestones", "Jalons", "Milestones"),
        _item("effort", "Effort (personnes·mois)", "Effort (person-months)"),
    ]


def _consortium_blocks() -> list[OutlineItem]:
    return [_item("participants"), _item("partner_descriptions", "Présentation des partenaires", "Partner descriptions")]


def default_outline(sections: list[tuple[str, str, str]]) -> list[OutlineItem]:
    """The outline of a call that declares none; ``sections`` are its (key, title_fr, title_en) in order."""
    items: list[OutlineItem] = [_item("cover"), _item("toc")]
    items.append(_item("summary", "Résumé", "Summary", page_break=True))
    placed: set[str] = set()
    numbers = [split_number(fr)[0] for _, fr, _ in sections]
    keep_numbers = all(numbers)
    if keep_numbers:
        items[-1] = items[-1].model_copy(update={"numbered": False})
    for (key, fr, en), number in zip(sections, numbers):
        children: list[OutlineItem] = []
        for what, covered in COVERS.items():
            if key in covered and what not in placed:
                placed.add(what)
                children = _work_plan_blocks() if what == "work_plan" else _consortium_blocks()
        items.append(OutlineItem(section=key, title_fr=split_number(fr)[1], title_en=split_number(en)[1],
                                 number=number if keep_numbers else None, counted=True, children=children))
    if "consortium" not in placed:
        items.append(_item("participants", "Consortium", "Consortium", children=[
            _item("partner_descriptions", "Présentation des partenaires", "Partner descriptions")]))
    if "work_plan" not in placed:
        items.append(OutlineItem(title_fr="Programme de travail", title_en="Work plan", children=_work_plan_blocks()))
    items.append(OutlineItem(title_fr="Budget", title_en="Budget", block="budget"))
    items.append(_item("risks", "Risques", "Risks"))
    items.append(_item("annexes", "Annexes", "Annexes", when="attachments"))
    return items
