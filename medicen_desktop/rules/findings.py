"""Findings: what is missing, inconsistent or ineligible in a proposal, and where.

``rules.checks.check(document, template)`` runs every check and returns
them. Each finding has a stable ``code`` (tests, filters and translations
key on it), a message in French and English, and a locator — the UUID of
the entity to fix and the name of its field — the GUI uses to jump there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

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


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error (what makes ``validate`` exit with 1)."""
    return any(f.severity == "error" for f in findings)
