"""The generated blocks of the dossier, by the name the call's outline gives them.

``add_block(kind, outline, context)`` appends one block's content (the
outline item's heading is already there); ``condition_holds`` says whether
a conditional block applies (HE Table 3.1g when something is subcontracted,
3.1h when a partner's purchase costs exceed 15 % of its personnel costs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from medicen_desktop.document.schema import ParticipantRole, ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.budget_tables import add_budget, category_label
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.markdown import markdown_text
from medicen_desktop.export.outline import Outline
from medicen_desktop.export.participants import add_participants, country
from medicen_desktop.export.workplan import (
    add_deliverables,
    add_effort,
    add_milestones,
    add_wp_descriptions,
    add_wp_list,
    gantt_charts,
    markdown_body,
    partner_names,
)
from medicen_desktop.rules.budget import BudgetReport, PartnerBudget
from medicen_desktop.rules.outline_model import BlockKind, Condition
from medicen_desktop.rules.template_model import FunderTemplate

PURCHASE_SHARE = Decimal("0.15")
"""HE Table 3.1h: purchase costs above 15 % of a participant's personnel costs are itemised."""


@dataclass(frozen=True)
class Context:
    """What every block is built from."""

    document: ProposalDocument
    template: FunderTemplate
    report: BudgetReport
    labels: Labels


def condition_holds(condition: Condition, context: Context) -> bool:
    """Whether a conditional outline item is generated for this proposal."""
    if condition == "subcontracting":
        return bool(_subcontracting_rows(context))
    if condition == "purchases_over_15_percent":
        return bool(purchases_over_limit(context.report, context.template))
    return bool(context.document.attachments)


def purchases_over_limit(report: BudgetReport, template: FunderTemplate) -> list[PartnerBudget]:
    """Partners whose purchase costs (every direct category but personnel and subcontracting) exceed 15 % of personnel."""
    over = []
    for partner in report.partners:
        personnel = purchases = Decimal(0)
        for key, figure in partner.by_category.items():
            category = template.category(key)
            if category is None or category.is_subcontracting or category.is_overheads:
                continue
            if category.is_personnel:
                personnel += figure.value
            else:
                purchases += figure.value
        if purchases > PURCHASE_SHARE * personnel:
            over.append(partner)
    return over


def add_block(kind: BlockKind, outline: Outline, context: Context, heading: Callable[[], object]) -> None:
    """Append the block ``kind``; ``heading`` adds the item's heading (called first, or after a page turn)."""
    if kind == "effort":
        add_effort(outline, context.document, context.labels, heading)
        return
    heading()
    document, labels = context.document, context.labels
    simple: dict[str, Callable[[Outline, ProposalDocument, Labels], None]] = {
        "wp_list": add_wp_list, "wp_descriptions": add_wp_descriptions, "milestones": add_milestones,
        "participant_list": _participant_list,
        "partner_descriptions": _partner_descriptions, "people": _people, "risks": _risks, "annexes": _annexes,
    }
    if kind in simple:
        simple[kind](outline, document, labels)
    elif kind == "participants":
        add_participants(outline, document, labels, context.template.partner_identifier)
    elif kind == "deliverables":
        add_deliverables(outline, document, labels, context.template.deliverable_labels)
    elif kind == "gantt":
        outline.blocks.extend(gantt_charts(document, labels))
    elif kind == "budget":
        add_budget(outline, context.report, context.template, labels)
    elif kind == "subcontracting":
        _subcontracting(outline, context)
    elif kind == "purchases":
        _purchases(outline, context)
    elif kind == "summary":
        outline.blocks.extend(markdown_body(document.proposal.summary))
        if document.proposal.keywords:
            colon = " :" if labels.language == "fr" else ":"
            outline.paragraph(f"{labels('keywords')}{colon} "
                              + ", ".join(normalise_plain(k) for k in document.proposal.keywords))
    # "cover" and "toc" are placed by the builder.


def _participant_list(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    """The cover's list of participants (HE Part B: number, legal name, short name, country)."""
    orgs = {o.uuid: o for o in document.organisations}
    parts = sorted(document.participations, key=lambda p: p.position)
    outline.table(
        [labels("participant_no"), labels("organisation"), labels("short_name"), labels("country")],
        [[str(i + 1) + (" *" if p.role == ParticipantRole.COORDINATOR else ""),
          normalise_plain(orgs[p.organisation_uuid].legal_name), orgs[p.organisation_uuid].short_name,
          country(orgs[p.organisation_uuid], labels)] for i, p in enumerate(parts)],
        [0.9, 4.2, 1.4, 0.9])


def _partner_descriptions(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    orgs = {o.uuid: o for o in document.organisations}
    parts = sorted(document.participations, key=lambda p: p.position)
    members_by_part: dict[str, list] = {}  # type: ignore[type-arg]
    for member in sorted(document.team_members, key=lambda m: m.position):
        members_by_part.setdefault(member.participation_uuid, []).append(member)
    for i, part in enumerate(parts):
        org = orgs[part.organisation_uuid]
        outline.sub_heading(f"P{i + 1} {org.short_name} — {normalise_plain(org.legal_name)}".replace("  ", " "))
        outline.blocks.extend(markdown_body(org.description))
        if part.role_description.strip() and part.role_description.strip() != org.description.strip():
            outline.paragraph(labels("role"), bold=True)
            outline.blocks.extend(markdown_body(part.role_description))
        members = members_by_part.get(part.uuid, [])
        if members:
            outline.table([labels("team"), labels("title"), "PM"],
                          [[m.name, _with_cv(m.job_title, m.cv), labels.number(m.person_months, 1)] for m in members],
                          [1.6, 4.0, 0.6], numeric={2})


def _people(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    """The people involved (ANR's table): partner, name, position, role in the project, person-months."""
    names = partner_names(document)
    positions = {p.uuid: p.position for p in document.participations}
    members = sorted(document.team_members, key=lambda m: (positions.get(m.participation_uuid, 0), m.position))
    outline.table(
        [labels("partner"), labels("name"), labels("position"), labels("role"), "PM"],
        [[names.get(m.participation_uuid, ""), m.name, m.job_title, _first_line(markdown_text(m.cv)),
          labels.number(m.person_months, 1)] for m in members],
        [1.1, 1.6, 1.6, 3.0, 0.6], numeric={4})


def _risks(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    wp_number = {w.uuid: f"{labels('wp_short')}{w.number}" for w in document.work_packages}
    outline.table(
        ["#", labels("risk"), labels("wp_short"), labels("likelihood"), labels("severity"), labels("mitigation")],
        [[str(k + 1), markdown_text(r.description), wp_number.get(r.work_package_uuid or "", ""),
          labels(r.likelihood.value), labels(r.severity.value), markdown_text(r.mitigation)]
         for k, r in enumerate(sorted(document.risks, key=lambda r: r.position))],
        [0.35, 3.0, 0.55, 0.95, 0.95, 3.2])


def _annexes(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    names = partner_names(document)
    outline.table(
        ["#", labels("file"), labels("kind"), labels("partner"), labels("description")],
        [[str(k + 1), a.filename, a.kind.value, names.get(a.participation_uuid or "", ""), a.description]
         for k, a in enumerate(document.attachments)],
        [0.35, 2.6, 0.8, 1.0, 3.2])


def _subcontracting_rows(context: Context) -> list[list[str]]:
    template, labels = context.template, context.labels
    names = partner_names(context.document)
    totals: dict[tuple[str, str], Decimal] = {}
    for line in context.document.budget_lines:
        category = template.category(line.category)
        if category is not None and category.is_subcontracting and line.amount > 0:
            key = (line.participation_uuid, normalise_plain(line.description))
            totals[key] = totals.get(key, Decimal(0)) + line.amount
    positions = {p.uuid: p.position for p in context.document.participations}
    return [[names.get(uuid, ""), labels.amount(amount), description]
            for (uuid, description), amount in sorted(totals.items(), key=lambda kv: positions.get(kv[0][0], 0))]


def _subcontracting(outline: Outline, context: Context) -> None:
    """HE Table 3.1g: each subcontracted item, its cost and what it is for."""
    labels = context.labels
    outline.table([labels("partner"), labels("cost"), labels("justification")], _subcontracting_rows(context),
                  [1.4, 1.4, 4.6], numeric={1})


def _purchases(outline: Outline, context: Context) -> None:
    """HE Table 3.1h: for each participant over 15 %, its purchase costs by category and their justification."""
    labels, template = context.labels, context.template
    rows: list[list[str]] = []
    for partner in purchases_over_limit(context.report, template):
        for key, figure in partner.by_category.items():
            category = template.category(key)
            if category is None or category.is_personnel or category.is_subcontracting or category.is_overheads:
                continue
            if figure.value:
                rows.append([partner.name, category_label(template, key, labels), labels.amount(figure.value),
                             _justification(context.document, partner.participation_uuid, key)])
    outline.table([labels("partner"), labels("category"), labels("cost"), labels("justification")], rows,
                  [1.2, 2.2, 1.3, 3.3], numeric={2})


def _justification(document: ProposalDocument, participation_uuid: str, category: str) -> str:
    texts = [normalise_plain(line.description) for line in document.budget_lines
             if line.participation_uuid == participation_uuid and line.category == category and line.description]
    return "; ".join(dict.fromkeys(texts))


def _with_cv(job_title: str, cv: str) -> str:
    text = markdown_text(cv)
    return f"{job_title}\n{text}" if text and job_title else text or job_title


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]
