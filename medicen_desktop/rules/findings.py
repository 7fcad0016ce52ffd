"""Findings: what is missing, inconsistent or ineligible in a proposal, and where.

``check(document, template)`` runs every check of the rules engine on a
snapshot and returns the findings, errors first. It is pure (no database,
no Qt), so the GUI runs it on a worker thread and the CLI on the command
line. Each finding has a stable ``code`` (tests, filters and translations
key on it), a message in French and English, and a locator — the UUID of
the entity to fix and the name of its field — the GUI uses to jump there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.budget import BudgetReport, compute_budget
from medicen_desktop.rules.template_model import FunderTemplate

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    """One problem found in a proposal.

    ``entity_uuid`` is the entity to fix (None when the fix is to add one,
    e.g. a missing section); ``field`` the name of its field, when one is at
    fault (for a missing section: ``sections.<key>``).
    """

    severity: Severity
    code: str
    message_fr: str
    message_en: str
    entity_uuid: str | None = None
    field: str | None = None

    def message(self, language: str) -> str:
        """The message in ``language`` ("fr" or "en"; anything else gives English)."""
        return self.message_fr if language == "fr" else self.message_en

    def to_json(self) -> dict[str, str | None]:
        """A JSON-ready dict with every field (the CLI's ``--json`` shape)."""
        return asdict(self)


def check(document: ProposalDocument, template: FunderTemplate) -> list[Finding]:
    """Every finding of ``document`` against ``template``: errors, then warnings, then infos.

    Within a severity, findings keep the order of the checks (completeness,
    consistency, eligibility, budget) and of the document's entities.
    """
    # Imported here: each check module imports Finding from this one.
    from medicen_desktop.rules import budget_checks, completeness, consistency, eligibility

    budget: BudgetReport = compute_budget(document, template)
    found: list[Finding] = []
    found += completeness.check(document, template)
    found += consistency.check(document, template, budget)
    found += eligibility.check(document, template, budget)
    found += budget_checks.check(document, template, budget)
    return sorted(found, key=lambda f: SEVERITY_ORDER[f.severity])


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error (what makes ``validate`` exit with 1)."""
    return any(f.severity == "error" for f in findings)
