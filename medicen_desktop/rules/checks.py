"""The rules engine: every check of a proposal against its call's template.

``check(document, template)`` runs the checks on a snapshot and returns the
findings, errors first. It is pure (no database, no Qt), so the GUI runs it
on a worker thread and the CLI on the command line.
"""

from __future__ import annotations

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules import (
    budget_checks,
    completeness,
    cost_checks,
    consistency,
    eligibility,
    equipment_checks,
    identity_checks,
    language,
    plan_checks,
)
from medicen_desktop.rules.budget import BudgetReport, compute_budget
from medicen_desktop.rules.findings import SEVERITY_ORDER, Finding
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.withheld_findings import without_withheld


def check(document: ProposalDocument, template: FunderTemplate) -> list[Finding]:
    """Every finding of ``document`` against ``template``: errors, then warnings, then infos.

    Within a severity, findings keep the order of the checks (completeness,
    identity, consistency, eligibility, budget) and of the document's entities.
    What the snapshot withholds from its reader is not reported missing
    (``rules.withheld_findings``).
    """
    budget: BudgetReport = compute_budget(document, template)
    found: list[Finding] = []
    found += completeness.check(document, template)
    found += identity_checks.check(document, template)
    found += language.check(document, template)
    found += consistency.check(document, template, budget)
    found += eligibility.check(document, template, budget)
    found += budget_checks.check(document, template, budget)
    found += cost_checks.check(document, template, budget)
    found += equipment_checks.check(document)
    found += plan_checks.check(document)
    found = without_withheld(document, found)  # a partner's snapshot: what it may not see is not missing
    return sorted(found, key=lambda f: SEVERITY_ORDER[f.severity])
