"""The work-plan blocks of the dossier: WP list, Gantt chart, WP descriptions, deliverables, milestones, effort.

Each function adds one block's content at the place the call's outline gives
it (the heading is the outline's); sub-parts (one per work package) are
numbered under it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.markdown import markdown_blocks, markdown_text
from medicen_desktop.export.outline import MAX_LEVEL, Outline
from medicen_desktop.export.tree import Block, Gantt, GanttMilestone, GanttRow, Heading, Orientation, Paragraph, Run
from medicen_desktop.rules.outline_model import DeliverableLabels


def partner_names(document: ProposalDocument) -> dict[str, str]:
    """Participation UUID → short name (or legal name), for tables."""
    orgs = {o.uuid: o for o in document.organisations}
    return {p.uuid: (orgs[p.organisation_uuid].short_name or orgs[p.organisation_uuid].legal_name)
            for p in document.participations}


def work_plan_figures(document: ProposalDocument, labels: Labels) -> tuple[list, dict[str, str], dict[str, Decimal]]:  # type: ignore[type-arg]
    """(work packages in order, WP UUID → "WP3", WP UUID → its person-months)."""
    wps = sorted(document.work_packages, key=lambda w: w.number)
    wp_name = {w.uuid: f"{labels('wp_short')}{w.number}" for w in wps}
    effort_by_wp: dict[str, Decimal] = {}
    for effort in document.efforts:
        effort_by_wp[effort.work_package_uuid] = effort_by_wp.get(effort.work_package_uuid, Decimal(0)) + effort.person_months
    return wps, wp_name, effort_by_wp


def add_wp_list(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    """The list of work packages (HE Table 3.1a)."""
    names = partner_names(document)
    wps, wp_name, effort_by_wp = work_plan_figures(document, labels)
    outline.table(
        [labels("wp_short"), labels("title"), labels("leader"), labels("start"), labels("end"), "PM"],
        [[wp_name[w.uuid], w.title, names.get(w.leader_participation_uuid or "", ""), labels.month(w.start_month),
          labels.month(w.end_month), labels.number(effort_by_wp.get(w.uuid, Decimal(0)), 1)] for w in wps],
        [0.6, 4.2, 1.4, 0.8, 0.8, 0.8], numeric={3, 4, 5})


def add_wp_descriptions(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    """One sub-part per work package: lead, dates, effort, objectives, description, tasks (HE Table 3.1b)."""
    names = partner_names(document)
    wps, wp_name, effort_by_wp = work_plan_figures(document, labels)
    tasks_by_wp: dict[str, list] = {}  # type: ignore[type-arg]
    for task in sorted(document.tasks, key=lambda t: t.number):
        tasks_by_wp.setdefault(task.work_package_uuid, []).append(task)
    for wp in wps:
        outline.sub_heading(f"{wp_name[wp.uuid]} — {wp.title}")
        outline.table(
            [labels("leader"), labels("start"), labels("end"), labels("effort")],
            [[names.get(wp.leader_participation_uuid or "", ""), labels.month(wp.start_month),
              labels.month(wp.end_month), labels.number(effort_by_wp.get(wp.uuid, Decimal(0)), 1)]],
            [2.0, 1.0, 1.0, 2.0], numeric={1, 2, 3})
        if wp.objectives.strip():
            outline.paragraph(labels("objectives"), bold=True)
            outline.blocks.extend(markdown_body(wp.objectives))
        if wp.description.strip():
            outline.paragraph(labels("description"), bold=True)
            outline.blocks.extend(markdown_body(wp.description))
        tasks = tasks_by_wp.get(wp.uuid, [])
        if tasks:
            outline.table(
                [labels("task"), labels("title"), labels("leader"), labels("start"), labels("end")],
                [[f"{wp.number}.{t.number}", _with_description(t.title, t.description),
                  names.get(t.leader_participation_uuid or "", ""), labels.month(t.start_month),
                  labels.month(t.end_month)] for t in tasks],
                [0.65, 4.4, 1.4, 0.8, 0.8], numeric={3, 4})


def add_deliverables(outline: Outline, document: ProposalDocument, labels: Labels,
                     codes: DeliverableLabels | None = None) -> None:
    """The deliverables, types and dissemination levels in the funder's codes (HE Table 3.1c)."""
    names = partner_names(document)
    _, wp_name, _ = work_plan_figures(document, labels)
    types = codes.types if codes else {}
    levels = codes.dissemination if codes else {}
    delivs = sorted(document.deliverables, key=lambda d: (d.due_month, d.number))
    outline.table(
        [labels("deliverable"), labels("title"), labels("wp_short"), labels("leader"), labels("type"),
         labels("dissemination"), labels("due")],
        [[d.number, _with_description(d.title, d.description), wp_name.get(d.work_package_uuid, ""),
          names.get(d.leader_participation_uuid or "", ""), types.get(d.type.value, d.type.value),
          levels.get(d.dissemination.value, d.dissemination.value),
          labels.month(d.due_month)] for d in delivs],
        [0.95, 3.0, 0.55, 1.2, 1.2, 0.95, 1.05], numeric={6})


def add_milestones(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    """The milestones (HE Table 3.1d)."""
    _, wp_name, _ = work_plan_figures(document, labels)
    outline.table(
        [labels("milestone"), labels("title"), labels("wp_short"), labels("due"), labels("verification")],
        [[m.number, m.title, wp_name.get(m.work_package_uuid or "", ""), labels.month(m.due_month),
          markdown_text(m.verification)] for m in sorted(document.milestones, key=lambda m: (m.due_month, m.number))],
        [0.8, 2.6, 0.55, 1.05, 2.8], numeric={3})


PORTRAIT_WP_COLUMNS = 8
"""An effort matrix with more work packages than this goes on a landscape page."""
LANDSCAPE_WP_COLUMNS = 16
"""Past this many work packages even a landscape page is too narrow: the matrix is split by columns."""


def add_effort(outline: Outline, document: ProposalDocument, labels: Labels,
               heading: Callable[[], object] = lambda: None) -> None:
    """Partners × work packages, in person-months, with totals; landscape and split by columns when wide.

    ``heading`` adds the part's heading: it is called after the switch to a landscape page, so that the
    heading goes on the page of its table.
    """
    names = partner_names(document)
    wps, wp_name, _ = work_plan_figures(document, labels)
    parts = sorted(document.participations, key=lambda p: p.position)
    matrix: dict[tuple[str, str], Decimal] = {}
    for e in document.efforts:  # a partner's months in a WP may be given per task: the WP's figure is their sum
        matrix[e.participation_uuid, e.work_package_uuid] = matrix.get((e.participation_uuid, e.work_package_uuid),
                                                                       Decimal(0)) + e.person_months
    landscape = len(wps) > PORTRAIT_WP_COLUMNS
    if landscape:
        outline.blocks.append(Orientation(True))
    heading()
    groups = math.ceil(len(wps) / LANDSCAPE_WP_COLUMNS) if wps else 1
    size = math.ceil(len(wps) / groups) if wps else 0
    for group in range(groups):
        chunk = wps[group * size:(group + 1) * size]
        last = group == groups - 1
        rows = []
        for part in parts:
            values = [matrix.get((part.uuid, w.uuid), Decimal(0)) for w in chunk]
            total = [labels.number(sum((matrix.get((part.uuid, w.uuid), Decimal(0)) for w in wps), Decimal(0)), 1)]
            rows.append([names[part.uuid], *(labels.number(v, 1) if v else "–" for v in values), *(total if last else [])])
        totals = [sum((matrix.get((p.uuid, w.uuid), Decimal(0)) for p in parts), Decimal(0)) for w in chunk]
        grand = [labels.number(sum((matrix.get((p.uuid, w.uuid), Decimal(0)) for p in parts for w in wps), Decimal(0)), 1)]
        rows.append([labels("total"), *(labels.number(v, 1) for v in totals), *(grand if last else [])])
        header = [labels("partner"), *(wp_name[w.uuid] for w in chunk), *([labels("total")] if last else [])]
        caption = f"{labels('effort')} ({group + 1}/{groups})" if groups > 1 else ""
        outline.table(header, rows, [1.6, *([0.8] * len(chunk)), *([1.0] if last else [])],
                      numeric=set(range(1, len(header))), total_rows=1, caption=caption)
    if landscape:
        outline.blocks.append(Orientation(False))


def markdown_body(source: str) -> list[Block]:
    """Blocks of a work package's text; its headings are bold paragraphs (they are not parts of the dossier)."""
    return [Paragraph([Run(b.text, bold=True)]) if isinstance(b, Heading) else b
            for b in markdown_blocks(source, MAX_LEVEL)]


def _with_description(title: str, description: str) -> str:
    text = markdown_text(description)
    return f"{title}\n{text}" if text else title


MAX_GANTT_ROWS = 44
"""Rows per chart: a taller one would not fit an A4 page; the next WPs go to the next chart."""


def gantt_charts(document: ProposalDocument, labels: Labels) -> list[Gantt]:
    """One chart per group of work packages whose rows fit a page (usually a single chart).

    Rows: each work package (colour = its rank) followed by its tasks;
    milestones sit on their work package's row (on the first row when they
    belong to none).
    """
    wps = sorted(document.work_packages, key=lambda w: w.number)
    tasks = sorted(document.tasks, key=lambda t: t.number)
    groups: list[list[GanttRow]] = [[]]
    milestone_rows: list[dict[str, int]] = [{}]
    for colour, wp in enumerate(wps):
        wp_rows = [GanttRow(f"{labels('wp_short')}{wp.number} {wp.title}", wp.start_month, wp.end_month, colour, False)]
        wp_rows += [GanttRow(f"{wp.number}.{t.number} {t.title}", t.start_month, t.end_month, colour, True)
                    for t in tasks if t.work_package_uuid == wp.uuid]
        if groups[-1] and len(groups[-1]) + len(wp_rows) > MAX_GANTT_ROWS:
            groups.append([])
            milestone_rows.append({})
        milestone_rows[-1][wp.uuid] = len(groups[-1])
        groups[-1].extend(wp_rows[:MAX_GANTT_ROWS])
    months = max([document.proposal.duration_months, *(w.end_month for w in wps), *(t.end_month for t in tasks)])
    charts = []
    for index, (rows, row_of_wp) in enumerate(zip(groups, milestone_rows)):
        milestones = [GanttMilestone(m.number, m.due_month, row_of_wp[m.work_package_uuid])
                      for m in document.milestones if m.work_package_uuid in row_of_wp]
        if index == 0:
            milestones += [GanttMilestone(m.number, m.due_month, 0) for m in document.milestones
                           if m.work_package_uuid is None and rows]
        caption = labels("gantt") if len(groups) == 1 else f"{labels('gantt')} ({index + 1}/{len(groups)})"
        charts.append(Gantt(rows, milestones, months, labels("M"), caption))
    return charts
