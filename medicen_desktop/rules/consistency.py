"""Consistency: the work plan fits together and agrees with the budget."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal

from medicen_desktop.document.schema import ProposalDocument, WorkPackage
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.messages import Eur
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
            yield Finding("error", "wp.number-duplicate", {"number": wp.number}, wp.uuid, "number")
        if wp.start_month > wp.end_month:
            yield Finding("error", "wp.dates-reversed", {"number": wp.number, "start": wp.start_month, "end": wp.end_month},
                          wp.uuid, "end_month")
        if wp.end_month > duration:
            yield Finding("error", "wp.outside-project", {"number": wp.number, "end": wp.end_month, "duration": duration},
                          wp.uuid, "end_month")
        if wp.leader_participation_uuid is None:
            yield Finding("error", "wp.leader-missing", {"number": wp.number}, wp.uuid, "leader_participation_uuid")


def _tasks(document: ProposalDocument) -> Iterator[Finding]:
    wps = {wp.uuid: wp for wp in document.work_packages}
    numbers = Counter((t.work_package_uuid, t.number) for t in document.tasks)
    for task in document.tasks:
        wp = wps[task.work_package_uuid]
        label = f"{wp.number}.{task.number}"
        if numbers[(task.work_package_uuid, task.number)] > 1:
            yield Finding("error", "task.number-duplicate", {"task": label}, task.uuid, "number")
        if task.start_month > task.end_month:
            yield Finding("error", "task.dates-reversed", {"task": label}, task.uuid, "end_month")
        if task.start_month < wp.start_month or task.end_month > wp.end_month:
            field = "start_month" if task.start_month < wp.start_month else "end_month"
            yield Finding("error", "task.outside-wp",
                          {"task": label, "start": task.start_month, "end": task.end_month,
                           "wp_start": wp.start_month, "wp_end": wp.end_month}, task.uuid, field)


def _deliverables(document: ProposalDocument) -> Iterator[Finding]:
    wps = {wp.uuid: wp for wp in document.work_packages}
    numbers = Counter(d.number.strip() for d in document.deliverables)
    for deliverable in document.deliverables:
        wp: WorkPackage = wps[deliverable.work_package_uuid]
        number = deliverable.number.strip()
        if numbers[number] > 1:
            yield Finding("error", "deliverable.number-duplicate", {"number": number}, deliverable.uuid, "number")
        match = _DELIVERABLE_NUMBER.match(number)
        if match is None:
            yield Finding("warning", "deliverable.number-format", {"number": number, "wp": wp.number},
                          deliverable.uuid, "number")
        elif int(match.group(1)) != wp.number:
            yield Finding("error", "deliverable.number-mismatch", {"number": number, "wp": wp.number},
                          deliverable.uuid, "number")
        if not wp.start_month <= deliverable.due_month <= wp.end_month:
            yield Finding("error", "deliverable.outside-wp",
                          {"number": number, "due": deliverable.due_month, "wp_start": wp.start_month, "wp_end": wp.end_month},
                          deliverable.uuid, "due_month")


def _milestones(document: ProposalDocument) -> Iterator[Finding]:
    duration = document.proposal.duration_months
    wps = {wp.uuid: wp for wp in document.work_packages}
    for milestone in document.milestones:
        if milestone.work_package_uuid is None:
            yield Finding("warning", "milestone.wp-missing", {"number": milestone.number}, milestone.uuid,
                          "work_package_uuid")
        elif not wps[milestone.work_package_uuid].start_month <= milestone.due_month <= wps[milestone.work_package_uuid].end_month:
            wp = wps[milestone.work_package_uuid]
            yield Finding("warning", "milestone.outside-wp",
                          {"number": milestone.number, "due": milestone.due_month, "wp": wp.number,
                           "wp_start": wp.start_month, "wp_end": wp.end_month}, milestone.uuid, "due_month")
        if milestone.due_month > duration:
            yield Finding("error", "milestone.outside-project",
                          {"number": milestone.number, "due": milestone.due_month, "duration": duration},
                          milestone.uuid, "due_month")


def _effort(document: ProposalDocument, budget: BudgetReport) -> Iterator[Finding]:
    """Person-months of the effort matrix vs the personnel they cost.

    With staff rates the matrix is costed directly and agrees by construction. Personnel typed as amounts
    (an older budget) is compared with the matrix, with the figures; effort without any rate costs nothing.
    Personnel a partner gave as totals (its rates private) is compared per work package (``_given_totals``).
    """
    effort: dict[str, Decimal] = defaultdict(Decimal)
    for row in document.efforts:
        effort[row.participation_uuid] += row.person_months
    rated = {r.participation_uuid for r in document.staff_rates}
    given = {b.participation_uuid for b in document.budget_lines if b.given_total}
    for partner in budget.partners:
        planned = effort.get(partner.participation_uuid, Decimal(0))
        if partner.participation_uuid in given:
            yield from _given_totals(document, partner.participation_uuid, partner.name)
        elif partner.typed_personnel:
            typed_months = partner.typed_person_months
            yield Finding("warning", "budget.personnel-typed",
                          {"partner": partner.name, "amount": Eur(partner.typed_personnel),
                           "typed": typed_months if typed_months is not None else "?", "planned": planned},
                          partner.participation_uuid, "staff_rates")
            if typed_months is None:
                if planned:
                    yield Finding("warning", "budget.person-months-missing",
                                  {"partner": partner.name, "planned": planned},
                                  partner.participation_uuid, "budget_lines")
            elif (partner.personnel_person_months or Decimal(0)) != planned:
                yield Finding("error", "effort.personnel-mismatch",
                              {"partner": partner.name, "planned": planned,
                               "budgeted": partner.personnel_person_months or Decimal(0)},
                              partner.participation_uuid, "efforts")
        elif planned and partner.participation_uuid not in rated:
            yield Finding("warning", "budget.rate-missing", {"partner": partner.name, "planned": planned},
                          partner.participation_uuid, "staff_rates")


def _given_totals(document: ProposalDocument, participation_uuid: str, name: str) -> Iterator[Finding]:
    """Person-months per WP of a partner's given personnel totals vs its effort now.

    The coordinator may change the partner's person-months after the partner
    gave its totals: the costs stay the partner's (no rate is guessed here)
    and this says they no longer match, until the partner's next contribution.
    """
    given: dict[str | None, Decimal] = defaultdict(Decimal)
    planned: dict[str | None, Decimal] = defaultdict(Decimal)
    for line in document.budget_lines:
        if line.given_total and line.participation_uuid == participation_uuid:
            given[line.work_package_uuid] += line.person_months or Decimal(0)
    for row in document.efforts:
        if row.participation_uuid == participation_uuid:
            planned[row.work_package_uuid] += row.person_months
    numbers = {wp.uuid: wp.number for wp in document.work_packages}
    for wp in sorted(given.keys() | planned.keys(), key=lambda uuid: numbers.get(uuid or "", 0)):
        if given[wp] != planned[wp]:
            yield Finding("error", "budget.given-totals-stale",
                          {"partner": name, "wp": f"WP{numbers[wp]}" if wp in numbers else "-",
                           "given": given[wp], "planned": planned[wp]},
                          participation_uuid, "staff_rates")
