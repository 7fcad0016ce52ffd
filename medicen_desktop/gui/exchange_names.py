"""Names of what a merge touches, in the user's words and language.

The merge report labels entities for the command line ("section
methodology", "budget line other (period 1)"); the merge window names them
from the coordinator's proposal instead: the section's title from the call
template, the work package's number and title, whose budget line, which
year. Field names, refusal reasons and amounts are given the same way.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.gui import rules_bridge
from medicen_desktop.gui.exchange_diff import as_text
from medicen_desktop.gui.numbers import format_decimal

translate = QCoreApplication.translate


def field_names() -> dict[str, str]:
    return {
        "body": translate("Exchange", "text"), "title": translate("Exchange", "title"),
        "status": translate("Exchange", "status"), "amount": translate("Exchange", "amount"),
        "description": translate("Exchange", "description"), "person_months": translate("Exchange", "person-months"),
        "start_month": translate("Exchange", "start month"), "end_month": translate("Exchange", "end month"),
        "due_month": translate("Exchange", "due month"), "objectives": translate("Exchange", "objectives"),
        "legal_name": translate("Exchange", "legal name"), "short_name": translate("Exchange", "short name"),
        "summary": translate("Exchange", "summary"), "acronym": translate("Exchange", "acronym"),
        "keywords": translate("Exchange", "keywords"),
    }


class Names:
    """Labels over one snapshot of the coordinator's proposal (taken when the merge window opens)."""

    def __init__(self, document: ProposalDocument | None = None, language: str = "en") -> None:
        self._labels: dict[str, str] = {}
        self._partners: dict[str, str] = {}
        self._fields = field_names()
        if document is not None:
            self._read(document, language)

    def _read(self, document: ProposalDocument, language: str) -> None:
        template = rules_bridge.template_for(document.proposal.template_key)
        organisations = {o.uuid: o.short_name or o.legal_name for o in document.organisations}
        self._partners = {p.uuid: organisations.get(p.organisation_uuid, "?") for p in document.participations}
        categories = dict(rules_bridge.budget_categories(document, template, language))
        for s in document.sections:
            spec = rules_bridge.section_spec(template, s.key)
            title = rules_bridge.text(spec, "title", language) if spec is not None else (s.title or s.key)
            self._labels[s.uuid] = translate("Exchange", "Section “{title}”").format(title=title)
        for w in document.work_packages:
            self._labels[w.uuid] = translate("Exchange", "WP{number} {title}").format(number=w.number, title=w.title)
        for d in document.deliverables:
            self._labels[d.uuid] = f"{d.number} {d.title}"
        for t in document.tasks:
            self._labels[t.uuid] = translate("Exchange", "Task {number}: {title}").format(number=t.number, title=t.title)
        for b in document.budget_lines:
            self._labels[b.uuid] = translate("Exchange", "Budget of {partner}: {category}, year {year}").format(
                partner=self._partners.get(b.participation_uuid, "?"),
                category=categories.get(b.category, b.category), year=b.period)

    def entity(self, uuid: str, fallback: str) -> str:
        """The entity's name in this proposal, or the report's label (e.g. an entity the partner added)."""
        return self._labels.get(uuid, fallback)

    def field(self, name: str | None) -> str:
        if name is None:
            return translate("Exchange", "(whole entry)")
        return self._fields.get(name, name.replace("_", " "))

    def reason(self, reason: str, partner: str) -> str:
        """A refusal reason, short: the report's reasons name the entity again, in English."""
        if "not assigned" in reason:
            return translate("Exchange", "outside {partner}'s assignment").format(partner=partner)
        if "set by the coordinator" in reason:
            return translate("Exchange", "only the coordinator sets this field")
        if "cannot add" in reason or "cannot delete" in reason:
            return translate("Exchange", "a partner cannot add or delete these")
        return reason

    @staticmethod
    def value(value: Any) -> str:
        """A field value as text, amounts with the UI's separators."""
        if isinstance(value, Decimal):
            return format_decimal(value)
        return as_text(value)
