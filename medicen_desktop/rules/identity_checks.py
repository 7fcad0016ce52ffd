"""Identity checks: each partner's identifiers, country, region and size, as findings.

The same checks the partner dialog runs as the user types
(``document.identity``), so the command line's ``validate`` and the GUI's
findings agree with what the dialog says beside each field. Whether a
value is *required* by the call is the completeness check's business.
"""

from __future__ import annotations

from collections.abc import Iterator

from medicen_desktop.document.identity import Problem, kind_contradiction, problem
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.findings import Finding, Severity
from medicen_desktop.rules.messages import FIELD_LABELS, Localized
from medicen_desktop.rules.template_model import FunderTemplate

ORGANISATION_FIELDS = ("country", "region", "siret", "pic", "vat", "website")
"""The organisation's fields checked one by one, in the order findings are listed."""

_WARNINGS = frozenset({"identity.region-unknown", "identity.website-invalid", "identity.siret-country"})
"""Problems that do not make a dossier wrong by themselves: reported as warnings."""


def check(document: ProposalDocument, template: FunderTemplate) -> list[Finding]:
    """Findings for every identity value of the proposal's partners that is malformed or contradictory."""
    return list(_check(document))


def _check(document: ProposalDocument) -> Iterator[Finding]:
    organisations = {o.uuid: o for o in document.organisations}
    for participation in sorted(document.participations, key=lambda p: p.position):
        org = organisations[participation.organisation_uuid]
        name = org.short_name or org.legal_name
        for field in ORGANISATION_FIELDS:
            found = problem(field, getattr(org, field), org.country)
            if found is not None:
                yield _finding(found, name, field, org.uuid)
        found = problem("contact_email", participation.contact_email, org.country)
        if found is not None:
            yield _finding(found, name, "contact_email", participation.uuid)
        found = kind_contradiction(org.kind.value, org.headcount, org.turnover, org.balance_sheet)
        if found is not None:
            yield Finding("warning", found.code, {"partner": name, "problem": Localized(found.message_fr, found.message_en)},
                          org.uuid, "kind", message_key="identity.kind-contradiction")


def _finding(found: Problem, name: str, field: str, entity_uuid: str) -> Finding:
    severity: Severity = "warning" if found.code in _WARNINGS else "error"
    return Finding(severity, found.code,
                   {"partner": name, "field": FIELD_LABELS[field], "problem": Localized(found.message_fr, found.message_en)},
                   entity_uuid, field, message_key="identity.problem")
