"""Findings: what is missing, inconsistent or ineligible in a proposal, and where.

``rules.checks.check(document, template)`` runs every check and returns
them. Each finding has a stable ``code`` (tests, filters and translations
key on it), parameters from which its message is rendered in French or
English (``rules.messages``, the one catalogue), and a locator — the UUID
of the entity to fix and the name of its field — the GUI uses to jump there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from medicen_desktop.rules import messages
from medicen_desktop.rules.messages import Param

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
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict)
    entity_uuid: str | None = None
    field: str | None = None
    message_key: str | None = None
    """The catalogue entry of the message (default: ``code``; rules with a custom code share one)."""

    def message(self, language: str) -> str:
        """The message in ``language`` ("fr" or "en"; anything else gives English)."""
        return messages.message(self.message_key or self.code, self.params, language)

    @property
    def message_fr(self) -> str:
        return self.message("fr")

    @property
    def message_en(self) -> str:
        return self.message("en")

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict: code, severity, params, both messages and the locator (``--json``)."""
        return {
            "severity": self.severity,
            "code": self.code,
            "params": {k: messages.to_json(v) for k, v in self.params.items()},
            "message_fr": self.message_fr,
            "message_en": self.message_en,
            "entity_uuid": self.entity_uuid,
            "field": self.field,
        }


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error (what makes ``validate`` exit with 1)."""
    return any(f.severity == "error" for f in findings)
