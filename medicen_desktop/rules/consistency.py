"""Consistency: the work plan fits together and agrees with the budget."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal

from medicen_desktop.document.schema import ProposalDocument, WorkPackage
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.template_model import FunderTemplate

_DELIVERABLE_NUMBER = re.compile(r"^D(\d+)\.(\d+)$")


def check(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport) -> list[Finding]:
    """Findings about dates, leaders, numbering and effort versus personnel budget."""
    return [
        *_work_packages(document),
        *_tasks(document),
        *_deliverables(document),
        *_milestones(document),
        *_effort(document, budget),
    ]


def _work_packages(document: ProposalDocument) -> Iterator[Finding]:
    duration = document.proposal.duration_months
    numbers = Counter(wp.number for wp in document.work_packages)
    for wp in document.work_packages:
        if numbers[wp.number] > 1:
            yield Finding("error", "wp.number-duplicate", f"Le numéro de lot {wp.number} est utilisé plusieurs fois.",
                          f"Work package number {wp.number} is used more than once.", wp.uuid, "number")
        if wp.start_month > wp.end_month:
            yield Finding("error", "wp.dates-reversed", f"LT{wp.number} finit (M{wp.end_month}) avant de commencer (M{wp.start_month}).",
                          f"WP{wp.number} ends (M{wp.end_month}) before it starts (M{wp.start_month}).", wp.uuid, "end_month")
        if wp.end_month > duration:
            yield Finding("error", "wp.outside-project",
                          f"LT{wp.number} finit au mois {wp.end_month}, après la fin du projet (M{duration}).",
                          f"WP{wp.number} ends in month {wp.end_month}, after the project ends (M{duration}).",
                          wp.uuid, "end_month")
        if wp.leader_participation_uuid is None:
            yield Finding("error", "wp.leader-missing", f"LT{wp.number} n'a pas de responsable.",
                          f"WP{wp.number} has no leader.", wp.uuid, "leader_participation_uuid")


def _tasks(document: ProposalDocument) -> Iterator[Finding]:
    wps = {wp.uuid: wp for wp in document.work_packages}
    numbers = Counter((t.work_package_uuid, t.number) for t in document.tasks)
    for task in document.tasks:
        wp = wps[task.work_package_uuid]
        label = f"{wp.number}.{task.number}"
        if numbers[(task.work_package_uuid, task.number)] > 1:
            yield Finding("error", "task.number-duplicate", f"La tâche {label} est numérotée deux fois.",
                          f"Task number {label} is used more than once.", task.uuid, "number")
        if task.start_month > task.end_month:
            yield Finding("error", "task.dates-reversed", f"La tâche {label} finit avant de commencer.",
                          f"Task {label} ends before it starts.", task.uuid, "end_month")
        if task.start_month < wp.start_month or task.end_month > wp.end_month:
            field = "start_month" if task.start_month < wp.start_month else "end_month"
            yield Finding(
                "error", "task.outside-wp",
                f"La tâche {label} (M{task.start_month}–M{task.end_month}) déborde de son lot (M{wp.start_month}–M{wp.end_month}).",
                f"Task {label} (M{task.start_month}–M{task.end_month}) falls outside its work package (M{wp.start_month}–M{wp.end_month}).",
                task.uuid, field,
            )


def _deliverables(document: ProposalDocument) -> Iterator[Finding]:
    wps = {wp.uuid: wp for wp in document.work_packages}
    numbers = Counter(d.number.strip() for d in document.deliverables)
    for deliverable in document.deliverables:
        wp: WorkPackage = wps[deliverable.work_package_uuid]
        number = deliverable.number.strip()
        if numbers[number] > 1:
            yield Finding("error", "deliverable.number-duplicate", f"Le numéro de livrable {number} est utilisé plusieurs fois.",
                          f"Deliverable number {number} is used more than once.", deliverable.uuid, "number")
        match = _DELIVERABLE_NUMBER.match(number)
        if match is None:
            yield Finding("warning", "deliverable.number-format",
                          f"Le livrable {number} n'est pas numéroté D<lot>.<n> (par exemple D{wp.number}.1).",
                          f"Deliverable {number} is not numbered D<wp>.<n> (for instance D{wp.number}.1).",
                          deliverable.uuid, "number")
        elif int(match.group(1)) != wp.number:
            yield Finding("error", "deliverable.number-mismatch",
                          f"Le livrable {number} appartient au LT{wp.number} : son numéro devrait commencer par D{wp.number}.",
                          f"Deliverable {number} belongs to WP{wp.number}: its number should start with D{wp.number}.",
                          deliverable.uuid, "number")
        if not wp.start_month <= deliverable.due_month <= wp.end_month:
            yield Finding("error", "deliverable.outside-wp",
                          f"Le livrable {number} est dû au mois {deliverable.due_month}, hors de son lot (M{wp.start_month}–M{wp.end_month}).",
                          f"Deliverable {number} is due in month {deliverable.due_month}, outside its work package (M{wp.start_month}–M{wp.end_month}).",
                          deliverable.uuid, "due_month")


def _milestones(document: ProposalDocument) -> Iterator[Finding]:
    duration = document.proposal.duration_months
    wps = {wp.uuid: wp for wp in document.work_packages}
    for milestone in document.milestones:
        if milestone.work_package_uuid is None:
            yield Finding("warning", "milestone.wp-missing", f"Le jalon {milestone.number} n'est rattaché à aucun lot.",
                          f"Milestone {milestone.number} is not linked to a work package.", milestone.uuid, "work_package_uuid")
        elif not wps[milestone.work_package_uuid].start_month <= milestone.due_month <= wps[milestone.work_package_uuid].end_month:
            wp = wps[milestone.work_package_uuid]
            yield Finding("warning", "milestone.outside-wp",
                          f"Le jalon {milestone.number} (M{milestone.due_month}) tombe hors de LT{wp.number} (M{wp.start_month}–M{wp.end_month}).",
                          f"Milestone {milestone.number} (M{milestone.due_month}) falls outside WP{wp.number} (M{wp.start_month}–M{wp.end_month}).",
                          milestone.uuid, "due_month")
        if milestone.due_month > duration:
            yield Finding("error", "milestone.outside-project",
                          f"Le jalon {milestone.number} est prévu au mois {milestone.due_month}, après la fin du projet (M{duration}).",
                          f"Milestone {milestone.number} is due in month {milestone.due_month}, after the project ends (M{duration}).",
                          milestone.uuid, "due_month")


def _effort(document: ProposalDocument, budget: BudgetReport) -> Iterator[Finding]:
    effort: dict[str, Decimal] = defaultdict(Decimal)
    for row in document.efforts:
        effort[row.participation_uuid] += row.person_months
    for partner in budget.partners:
        planned = effort.get(partner.participation_uuid, Decimal(0))
        budgeted = partner.personnel_person_months
        if budgeted is None:
            if planned:
                yield Finding(
                    "warning", "budget.person-months-missing",
                    f"{partner.name} : {planned} personnes·mois au plan de travail, mais aucune ligne de personnel n'indique de personnes·mois.",
                    f"{partner.name}: {planned} person-months in the work plan, but no personnel line states person-months.",
                    partner.participation_uuid, "budget_lines",
                )
        elif budgeted != planned:
            yield Finding(
                "error", "effort.personnel-mismatch",
                f"{partner.name} : {planned} personnes·mois au plan de travail, {budgeted} dans le budget de personnel.",
                f"{partner.name}: {planned} person-months in the work plan, {budgeted} in the personnel budget.",
                partner.participation_uuid, "efforts",
            )
