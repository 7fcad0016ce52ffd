"""Consistency checks: each with a proposal that passes and one that fails."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.rules.checks import check
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import edit, edit_where, sample, typed_sample

CONSISTENCY_CODES = {
    "wp.number-duplicate", "wp.dates-reversed", "wp.outside-project", "wp.leader-missing",
    "task.number-duplicate", "task.dates-reversed", "task.outside-wp",
    "deliverable.number-duplicate", "deliverable.number-format", "deliverable.number-mismatch",
    "deliverable.outside-wp", "milestone.wp-missing", "milestone.outside-wp", "milestone.outside-project",
    "effort.personnel-mismatch", "budget.person-months-missing", "budget.personnel-typed", "budget.rate-missing",
}


def found(document) -> list[Finding]:  # type: ignore[no-untyped-def]
    return [f for f in check(document, get_template("bpi-idemo")) if f.code in CONSISTENCY_CODES]


def one(document, code: str) -> Finding:  # type: ignore[no-untyped-def]
    matches = [f for f in found(document) if f.code == code]
    assert len(matches) == 1, found(document)
    return matches[0]


def test_sample_is_consistent() -> None:
    assert found(sample()) == []


def test_task_outside_its_work_package() -> None:
    doc = edit(sample(), "tasks", 2, end_month=40)  # WP2 runs M1-M18
    finding = one(doc, "task.outside-wp")
    assert (finding.entity_uuid, finding.field) == (doc.tasks[2].uuid, "end_month")


def test_task_dates_reversed() -> None:
    doc = edit(sample(), "tasks", 0, start_month=10, end_month=5)
    assert one(doc, "task.dates-reversed").entity_uuid == doc.tasks[0].uuid


def test_deliverable_outside_its_work_package() -> None:
    doc = edit(sample(), "deliverables", 4, due_month=2)  # WP3 starts at M7
    assert one(doc, "deliverable.outside-wp").field == "due_month"


def test_work_package_beyond_the_project() -> None:
    doc = edit(sample(), "work_packages", 4, end_month=50)
    assert one(doc, "wp.outside-project").entity_uuid == doc.work_packages[4].uuid


def test_work_package_dates_reversed_and_duplicate_number() -> None:
    doc = edit(sample(), "work_packages", 1, start_month=20, end_month=18)
    assert "wp.dates-reversed" in {f.code for f in found(doc)}
    doc = edit(sample(), "work_packages", 1, number=1)
    assert len([f for f in found(doc) if f.code == "wp.number-duplicate"]) == 2


def test_work_package_without_leader() -> None:
    doc = edit(sample(), "work_packages", 0, leader_participation_uuid=None)
    assert one(doc, "wp.leader-missing").field == "leader_participation_uuid"


def test_deliverable_numbers_unique_and_matching_their_wp() -> None:
    doc = edit(sample(), "deliverables", 1, number="D1.1")
    assert len([f for f in found(doc) if f.code == "deliverable.number-duplicate"]) == 2
    doc = edit(sample(), "deliverables", 2, number="D3.9")  # belongs to WP2
    assert "D2" in one(doc, "deliverable.number-mismatch").message_en
    doc = edit(sample(), "deliverables", 2, number="Livrable A")
    assert one(doc, "deliverable.number-format").severity == "warning"


def test_duplicate_task_number_in_a_wp() -> None:
    doc = edit(sample(), "tasks", 1, number=1)
    assert len([f for f in found(doc) if f.code == "task.number-duplicate"]) == 2


def test_milestone_checks() -> None:
    doc = edit(sample(), "milestones", 0, work_package_uuid=None)
    assert one(doc, "milestone.wp-missing").severity == "warning"
    doc = edit(sample(), "milestones", 0, due_month=30)  # WP2 ends at M18
    assert one(doc, "milestone.outside-wp").field == "due_month"
    doc = edit(sample(), "milestones", 3, due_month=60)
    assert "milestone.outside-project" in {f.code for f in found(doc)}


def test_effort_matrix_must_equal_typed_personnel_person_months() -> None:
    doc = typed_sample()
    doc = edit(doc, "efforts", 0, person_months=Decimal("19"))  # NVI: 91 PM planned, 90 budgeted
    finding = one(doc, "effort.personnel-mismatch")
    assert finding.entity_uuid == doc.participations[0].uuid
    assert "91 person-months in the work plan, 90.00 in the personnel budget" in finding.message_en


def test_person_months_missing_on_personnel_lines() -> None:
    doc = edit_where(typed_sample(), "budget_lines", lambda b: b["category"] == "personnel", person_months=None)
    assert len([f for f in found(doc) if f.code == "budget.person-months-missing"]) == 5


def test_typed_personnel_is_reported_with_its_figures() -> None:
    doc = typed_sample()
    typed = [f for f in found(doc) if f.code == "budget.personnel-typed"]
    assert len(typed) == 5
    nvi = next(f for f in typed if f.entity_uuid == doc.participations[0].uuid)
    assert nvi.field == "staff_rates"
    assert "NVI: personnel typed as amounts (€702,000.00 for 90.00 person-months) instead of computed from the " \
           "effort matrix (90 person-months)" in nvi.message_en


def test_effort_without_a_rate_costs_nothing_and_is_reported() -> None:
    doc = sample()
    first = doc.participations[0].uuid
    doc = doc.model_copy(update={"staff_rates": [r for r in doc.staff_rates if r.participation_uuid != first]})
    finding = one(doc, "budget.rate-missing")
    assert finding.entity_uuid == first and "90 person-months in the effort matrix" in finding.message_en
