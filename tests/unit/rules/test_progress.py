"""Step states and completeness, without Qt."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.progress import STEPS, StepState, completeness, step_of, step_states
from medicen_desktop.rules.templates import get_template


def _sample() -> ProposalDocument:
    return make_sample(random.Random(1234))


def _empty(document: ProposalDocument) -> ProposalDocument:
    return document.model_copy(update={
        "proposal": document.proposal.model_copy(update={"summary": "", "start_date": None}),
        "participations": [], "team_members": [], "sections": [], "work_packages": [], "tasks": [],
        "deliverables": [], "milestones": [], "efforts": [], "budget_lines": [], "staff_rates": [], "risks": [], "attachments": []})


@dataclass(frozen=True)
class _Finding:
    severity: str
    entity_uuid: str | None
    field: str | None


def test_a_fresh_proposal_is_empty_except_its_call() -> None:
    document = _empty(_sample())
    template = get_template(document.proposal.template_key)
    states = step_states(document, template, [])
    assert list(states) == list(STEPS)
    assert states["call"] == StepState("complete", 0)
    assert states["project"].state == "progress", "a title but no summary yet"
    for step in ("consortium", "sections", "workplan", "budget", "risks", "annexes"):
        assert states[step].state == "empty", step
    assert states["review"].state == states["export"].state == "none"
    assert completeness(states) == round(100 / 8)


def test_the_sample_without_findings_is_complete_where_filled() -> None:
    document = _sample()
    template = get_template(document.proposal.template_key)
    states = step_states(document, template, [])
    assert states["consortium"].state == "complete"
    assert states["budget"].state == "complete"
    assert 0 < completeness(states) <= 100


def test_findings_count_and_errors_win() -> None:
    document = _sample()
    template = get_template(document.proposal.template_key)
    line = document.budget_lines[0]
    wp = document.work_packages[0]
    findings = [
        Finding("error", "budget.negative-amount", {}, line.uuid, "amount"),
        _Finding("warning", wp.uuid, "end_month"),
        _Finding("warning", wp.uuid, "start_month"),
        _Finding("warning", None, "sections.innovation"),
    ]
    findings.append(_Finding("info", document.risks[0].uuid, "mitigation"))
    states = step_states(document, template, findings)
    assert states["risks"] == StepState("complete", 1), "an info finding does not hold a step back"
    assert states["budget"] == StepState("error", 1)
    assert states["workplan"] == StepState("progress", 2)
    assert states["sections"].findings == 1


def test_required_sections_decide_when_sections_are_complete() -> None:
    document = _sample()
    template = get_template(document.proposal.template_key)
    required = [s.key for s in template.sections if s.required]
    first = next(s for s in document.sections if s.key == required[0])
    emptied = document.model_copy(update={"sections": [s.model_copy(update={"body": ""}) if s is first else s
                                                       for s in document.sections]})
    assert step_states(emptied, template, [])["sections"].state == "progress"


def test_without_a_template_the_proposal_own_sections_count() -> None:
    document = _sample()
    states = step_states(document, None, [])
    assert states["call"].state == "progress"
    assert states["sections"].state in ("complete", "progress")


def test_step_of() -> None:
    document = _sample()
    assert step_of(document, document.proposal.uuid, "language") == "call"
    assert step_of(document, document.proposal.uuid, "summary") == "project"
    assert step_of(document, None, "sections.summary") == "sections"
    assert step_of(document, document.risks[0].uuid, "mitigation") == "risks"
    assert step_of(document, str(uuid.uuid4()), None) == "review"
    assert step_of(document, None, None) == "review"


def test_completeness_of_nothing_is_zero() -> None:
    assert completeness({}) == 0
    assert completeness({"review": StepState("none", 0)}) == 0


def test_a_rule_on_a_whole_list_lands_on_the_step_that_edits_it() -> None:
    document = _sample()
    assert step_of(document, document.proposal.uuid, "participations") == "consortium"
    assert step_of(document, document.proposal.uuid, "budget_lines") == "budget"
    assert step_of(document, document.proposal.uuid, "duration_months") == "project"
    assert step_of(document, document.proposal.uuid, "template_key") == "call"
