"""How far along a proposal is: a state per step of the guided navigator, and a completeness percentage.

Pure functions of a snapshot, its funder template and the findings of the
checks, so the navigator (GUI) and any report (CLI) say the same thing.

States: ``empty`` (nothing entered yet), ``progress`` (started, or with
warnings left), ``complete``, ``error`` (an error finding to fix), and
``none`` for the steps that hold no data (Review, Export).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.steps import LIST_STEP, STEPS

if TYPE_CHECKING:  # not at run time: the navigator's states are shown before any template model is needed
    from medicen_desktop.rules.template_model import FunderTemplate



class FindingLike(Protocol):
    """What progress needs of a finding (``rules.findings.Finding`` has it)."""

    @property
    def severity(self) -> object: ...
    @property
    def entity_uuid(self) -> str | None: ...
    @property
    def field(self) -> str | None: ...


class StepState(NamedTuple):
    state: str
    findings: int


def step_of(document: ProposalDocument, entity_uuid: str | None, field: str | None) -> str:
    """The step whose editor holds this entity or field (``review`` when none does).

    A field that names an entity list (a partner's ``budget_lines``, its ``efforts``) says where the fix
    is: that list's step, not the entity's own (a partner's budget is fixed under Budget, not Consortium).
    """
    if field in LIST_STEP:
        return LIST_STEP[field]
    if entity_uuid is None and field and field.startswith("sections."):
        return "sections"
    if entity_uuid is None or entity_uuid == document.proposal.uuid:
        return "call" if field in ("template_key", "language") else "project" if entity_uuid else "review"
    for list_name, step in LIST_STEP.items():
        if any(e.uuid == entity_uuid for e in getattr(document, list_name)):
            return step
    return "review"


def step_states(document: ProposalDocument, template: FunderTemplate | None,
                findings: Iterable[FindingLike]) -> dict[str, StepState]:
    """The state and finding count of every step, in ``STEPS`` order."""
    by_step: dict[str, list[str]] = {step: [] for step in STEPS}
    for finding in findings:
        by_step[step_of(document, finding.entity_uuid, finding.field)].append(str(finding.severity))
    filled = _filled(document, template)
    states: dict[str, StepState] = {}
    for step in STEPS:
        severities = by_step[step]
        if "error" in severities:
            state = "error"
        elif step not in filled:
            state = "none"
        elif filled[step] == 0:
            state = "empty"
        elif filled[step] < 1 or "warning" in severities:
            state = "progress"  # an info finding is counted but leaves a filled step complete
        else:
            state = "complete"
        states[step] = StepState(state, len(severities))
    return states


def completeness(states: dict[str, StepState]) -> int:
    """Percentage of the steps holding data that are complete (0 to 100)."""
    editable = [s for s in states.values() if s.state != "none"]
    if not editable:
        return 0
    return round(100 * sum(1 for s in editable if s.state == "complete") / len(editable))


def _filled(document: ProposalDocument, template: FunderTemplate | None) -> dict[str, float]:
    """How much of each data step is filled in: 0 (nothing), between 0 and 1 (started), 1 (all)."""
    proposal = document.proposal
    project_fields = [proposal.title, proposal.summary, proposal.start_date]
    written = {s.key for s in document.sections if s.body.strip()}
    wanted = {s.key for s in template.sections if s.required} if template is not None else {s.key for s in
                                                                                             document.sections}
    if wanted:
        sections = len(written & wanted) / len(wanted) if written else 0.0
    else:
        sections = 1.0 if written else 0.0
    return {
        "call": 1.0 if proposal.template_key and template is not None else 0.5 if proposal.template_key else 0.0,
        "project": sum(1 for value in project_fields if value) / len(project_fields),
        "consortium": 1.0 if document.participations else 0.0,
        "sections": sections,
        "workplan": 1.0 if document.work_packages and document.tasks and document.deliverables
        else 0.5 if document.work_packages else 0.0,
        "budget": 1.0 if document.budget_lines or document.staff_rates else 0.0,
        "risks": 1.0 if document.risks else 0.0,
        "annexes": _annexes(document),
    }


def _annexes(document: ProposalDocument) -> float:
    """Started with a first file; complete when every partner's commitment letter is there (one letter for
    four partners is a quarter), of the partners whose annexes the reader sees."""
    from medicen_desktop.rules.plan_checks import partners_with_letters

    if not document.attachments:
        return 0.0
    # A partner whose annexes are withheld from the reader (document.withheld) is not counted: not seen, not missing.
    partners = {p.uuid for p in document.participations if "attachments" not in document.withheld.get(p.uuid, ())}
    if not partners:
        return 1.0
    signed = partners_with_letters(document) & partners
    return max(len(signed) / len(partners), 0.01)
