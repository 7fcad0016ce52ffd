"""What the GUI asks the rules engine, in one place, surviving its absence.

The rules package is the single authority on templates, findings and the
budget; this module only calls it and maps its answers onto the steps of
the navigator. When a part of the engine is missing (not yet installed, a
template that failed to load), the GUI degrades: no guidance, no findings,
categories taken from the proposal itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules import progress
from medicen_desktop.rules.progress import step_of
from medicen_desktop.rules.steps import STEPS
from medicen_desktop.rules.template_base import localized

__all__ = ["STEPS", "FindingView", "budget_categories", "budget_report", "check", "completeness", "editions", "measure",
           "proposal_completeness", "section_spec", "step_of", "step_states", "template_choices", "template_errors",
           "template_for", "text"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FindingView:
    """One finding, as the GUI shows it."""

    severity: str
    code: str
    message: str
    entity_uuid: str | None
    field: str | None
    step: str




def template_for(key: str, edition: str = "") -> Any | None:
    """The funder template with this key (at ``edition`` when it is still available), or None when unknown.

    Only this key's file is read (through the cache of validated templates):
    opening a proposal at start-up does not wait for the other calls' templates.
    """
    try:
        from medicen_desktop.rules.templates import UnknownTemplate, get_template

        if edition:
            try:
                return get_template(key, edition)
            except UnknownTemplate:
                pass  # an edition no longer shipped: the checks say so; show the current one
        return get_template(key)
    except Exception:
        log.info("no template %r", key, exc_info=True)
        return None


def template_choices() -> list[tuple[str, str]]:
    """(key, name) of every template, shipped and the user's own, from the index of calls
    (``rules.template_index``: no template is loaded unless a template file changed)."""
    try:
        from medicen_desktop.rules.template_index import template_index

        return [(call.key, call.name) for call in template_index().calls]
    except Exception:
        log.info("templates unavailable", exc_info=True)
        return []


def template_errors() -> list[str]:
    """The template files that were refused (path, line and reason), shipped or the user's own."""
    try:
        from medicen_desktop.rules.template_index import template_index

        return list(template_index().errors)
    except Exception:
        log.info("templates unavailable", exc_info=True)
        return []


def section_spec(template: Any | None, key: str) -> Any | None:
    return template.section(key) if template is not None else None


def text(obj: Any, name: str, language: str) -> str:
    """``obj.<name>_<language>`` falling back to the other language (``rules.template_base.localized``)."""
    return localized(obj, name, language)


def budget_categories(document: ProposalDocument, template: Any | None, language: str) -> list[tuple[str, str]]:
    """(key, label) of the categories to show: the template's, then any others the proposal uses."""
    result: list[tuple[str, str]] = []
    if template is not None:
        # Overheads a partner enters itself are a category like the others; computed ones are not.
        result = [(c.key, text(c, "label", language)) for c in template.budget_categories]
    known = {key for key, _ in result}
    for line in document.budget_lines:
        if line.category not in known:
            from medicen_desktop.rules.messages import category_label

            known.add(line.category)
            # The same label the findings use for a category the call does not know.
            result.append((line.category, category_label(line.category).text(language)))
    return result


def budget_report(document: ProposalDocument, template: Any | None) -> Any | None:
    """The rules engine's budget report (overheads, funding rate, aid, shares), or None."""
    if template is None:
        return None
    try:
        from medicen_desktop.rules.budget import compute_budget

        return compute_budget(document, template)
    except Exception:
        log.info("budget report unavailable", exc_info=True)
        return None


def check(document: ProposalDocument, language: str) -> list[FindingView]:
    """Run the rules engine on a snapshot (pure: safe on the worker thread)."""
    try:
        from medicen_desktop.services.validation import validate_document
    except ImportError:
        return []
    return [
        FindingView(
            severity=str(f.severity),
            code=str(f.code),
            message=f.message(language),
            entity_uuid=f.entity_uuid,
            field=f.field,
            step=step_of(document, f.entity_uuid, f.field),
        )
        for f in validate_document(document)
    ]


def proposal_completeness(document: ProposalDocument) -> int:
    """The completeness % the navigator would show for this snapshot (runs the checks: use the worker)."""
    return completeness(step_states(document, check(document, "en")))


def measure(markdown: str) -> tuple[int, int]:
    """(words, characters) of a section's Markdown, counted as the rules engine counts them."""
    try:
        from medicen_desktop.document.markdown import count_chars, count_words

        return count_words(markdown), count_chars(markdown)
    except ImportError:
        return len(markdown.split()), len(markdown)


def step_states(document: ProposalDocument, findings: list[FindingView]) -> dict[str, tuple[str, int]]:
    """(state, finding count) per step, from ``rules.progress``."""
    proposal = document.proposal
    return dict(progress.step_states(document, template_for(proposal.template_key, proposal.template_edition), findings))


def completeness(states: dict[str, tuple[str, int]]) -> int:
    """Percentage of the steps holding data that are complete."""
    return progress.completeness({step: progress.StepState(*state) for step, state in states.items()})


def editions(key: str) -> tuple[str, str] | None:
    """(current edition, its name) of the call ``key``, or None when the call is unknown."""
    template = template_for(key)
    return (template.edition, template.name) if template is not None else None
