"""The findings that concern the dossier a funder receives, reported again by every DOCX/PDF export.

An export writes the file whatever it finds (the user may want to read it),
but lists these and exits 1 when one is an error: a required section or
summary left empty, text in a language the call does not accept.
"""

from __future__ import annotations

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules import completeness, language
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.template_model import FunderTemplate

DOSSIER_CODES = frozenset({"section.required-missing", "section.required-empty", "proposal.summary-empty",
                           "section.todo-left"})


def check(document: ProposalDocument, template: FunderTemplate) -> list[Finding]:
    """Empty required text and text in another language, in the rules' order."""
    found = [f for f in completeness.check(document, template) if f.code in DOSSIER_CODES]
    return found + list(language.check(document, template))
