"""Build the dossier's document tree from a proposal snapshot and its funder template.

``build_tree`` is the only place that decides what the dossier says and in
which order, and it takes that order from the call's outline
(``FunderTemplate.dossier_outline``): each item's heading, numbered as the
funder numbers it, then the section's text (its own headings nested and
numbered below), the generated block, and the children. Nothing is added
outside the outline: a section the call does not know stays in the database
(the rules report it), an empty section or a conditional table whose
condition does not hold leaves no heading behind. The tree records where
each counted part and each section lies (``Span``) for the page count.
It is pure: no file, no database, no clock unless ``today`` is omitted.
"""

from __future__ import annotations

import datetime as dt

from medicen_desktop.document.comments import without_todos
from medicen_desktop.document.schema import ParticipantRole, ProposalDocument, Section
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.blocks import Context, add_block, condition_holds
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.outline import Outline
from medicen_desktop.export.tree import (
    Cover,
    DocumentTree,
    Metadata,
    PageBreak,
    Span,
    TableOfContents,
)
from medicen_desktop.export.typography import typography_for
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport, compute_budget
from medicen_desktop.rules.outline_model import OutlineItem, split_number
from medicen_desktop.rules.template_model import FunderTemplate


def build_tree(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport | None = None,
               today: dt.date | None = None, progress: Progress = NO_PROGRESS,
               only_section: str | None = None) -> DocumentTree:
    """The dossier of ``document`` under ``template``; ``budget`` defaults to the rules' computation.

    ``only_section`` builds only the top-level part holding that section (the page meter lays it out
    alone). Raises ``Cancelled`` (from ``progress``) when the user cancels.
    """
    labels = Labels(document.proposal.language.value)
    report = budget or compute_budget(document, template)
    proposal = document.proposal
    builder = _Builder(Context(document, template, report, labels), today or dt.date.today(), progress)
    items = template.dossier_outline()
    if only_section is not None:
        items = [item for item in items if any(i.section == only_section for i in item.walk())]
    for position, item in enumerate(items):
        progress.step(position, len(items), item.title(labels.language) or "")
        builder.item(item, position=str(position))
    progress.step(len(items), len(items), "")

    coordinator = _coordinator_name(document)
    title = normalise_plain(proposal.title)
    metadata = Metadata(
        title=f"{proposal.acronym} — {title}",
        acronym=normalise_plain(proposal.acronym),
        author=coordinator,
        subject=template.name,
        language="fr-FR" if labels.language == "fr" else "en-GB",
        keywords=[normalise_plain(k) for k in proposal.keywords],
        typography=typography_for(template.formatting, normalise_plain(proposal.acronym), template.name,
                                  mark=labels("confidential") if template.confidential else ""),
    )
    return DocumentTree(metadata, builder.outline.blocks, builder.spans)


class _Builder:
    """Walks the call's outline, adding each item's heading, section text, block and children."""

    def __init__(self, context: Context, today: dt.date, progress: Progress) -> None:
        self.context = context
        self.today = today
        self.progress = progress
        self.outline = Outline()
        self.spans: list[Span] = []
        self.sections: dict[str, list[Section]] = {}
        for section in context.document.sections:
            self.sections.setdefault(section.key, []).append(section)

    def item(self, item: OutlineItem, position: str, level: int = 1, parent: str = "", parent_numbered: bool = True,
             counted: bool = False) -> None:
        context, outline = self.context, self.outline
        if item.when is not None and not condition_holds(item.when, context):
            return
        if item.section is not None and not item.children and item.block is None and not self._has_text(item.section):
            return  # an empty section has a finding; the funder sees no empty chapter
        counts = item.counted if item.counted is not None else counted
        start = len(outline.blocks)
        if item.page_break and outline.blocks and not isinstance(outline.blocks[-1], PageBreak):
            outline.blocks.append(PageBreak())
        language = context.labels.language
        title = item.title(language) or self._section_title(item.section)
        numbered = item.numbered and parent_numbered
        number = ""
        if title is not None and numbered:
            number = item.number or outline.next_number(parent)
            outline.claim(parent, number)
        heading_level = level if title is not None else level - 1
        emitted = False

        def heading() -> None:
            nonlocal emitted
            if title is not None and not emitted:
                emitted = True
                outline.heading(level, title, number)

        with outline.scope(number if title is not None else parent, heading_level, numbered):
            if item.block == "cover":
                outline.blocks.append(_cover(context, self.today))
            elif item.block == "toc":
                outline.blocks.append(TableOfContents(context.labels("toc"), depth=2))
            elif item.block is not None and item.section is None:
                add_block(item.block, outline, context, heading)
            heading()
            if item.section is not None:
                for section in self.sections.get(item.section, []):
                    outline.markdown(without_todos(section.body))
                if item.block is not None:
                    add_block(item.block, outline, context, heading)
            for index, child in enumerate(item.children):
                self.item(child, f"{position}.{index}", level + (title is not None), number if title is not None
                          else parent, numbered, counts)
            if item.block == "cover":
                outline.blocks.append(PageBreak())
        end = len(outline.blocks)
        label = title or context.labels("cover" if item.block == "cover" else "consortium")
        label = f"{number} {label}" if number else label
        if item.section is not None:
            self.spans.append(Span("section", item.section, label, start, end))
        if counts and not counted and end > start:
            self.spans.append(Span("part", position, label, start, end))

    def _has_text(self, key: str) -> bool:
        return any(without_todos(s.body).strip() for s in self.sections.get(key, []))

    def _section_title(self, key: str | None) -> str | None:
        spec = self.context.template.section(key) if key else None
        if spec is None:
            return None
        return split_number(spec.title_fr if self.context.labels.language == "fr" else spec.title_en)[1]


def _coordinator_name(document: ProposalDocument) -> str:
    orgs = {o.uuid: o for o in document.organisations}
    for part in sorted(document.participations, key=lambda p: p.position):
        if part.role == ParticipantRole.COORDINATOR:
            return normalise_plain(orgs[part.organisation_uuid].legal_name)
    return ""


def _cover(context: Context, today: dt.date) -> Cover:
    document, template, report, labels = context.document, context.template, context.report, context.labels
    proposal = document.proposal
    orgs = {o.uuid: o for o in document.organisations}
    facts = [(labels("coordinator"), _coordinator_name(document)),
             (labels("duration"), f"{proposal.duration_months} {labels('months')}")]
    if proposal.start_date:
        facts.append((labels("start_date"), labels.date(proposal.start_date)))
    facts.append((labels("total_budget"), labels.amount(report.eligible.value)))
    if template.funding_rates:  # a call that grants no aid (a labelling) shows no aid line
        facts.append((labels("requested_aid"), labels.amount(report.requested_aid.value)))
    partners = [normalise_plain(f"{orgs[p.organisation_uuid].legal_name}")
                for p in sorted(document.participations, key=lambda p: p.position)]
    return Cover(acronym=normalise_plain(proposal.acronym), title=normalise_plain(proposal.title),
                 call=template.name, facts=facts, partners_title=labels("partners"),
                 partners=partners, date=labels.date(today))
