"""Validation and retargeting: the operations the GUI and the CLI call.

``validate`` reads a proposal and runs the rules engine on its snapshot,
against the edition of its call the proposal records (the current one when
none is recorded), loading that call's template only; a newer edition is
reported, never applied silently. ``retarget`` switches a proposal to
another call — or to the current edition of its own — and writes the
result as one revision, recording the edition; ``preview_retarget`` says
beforehand, from a snapshot, what that switch would do (it writes nothing).
The rules themselves live in ``medicen_desktop.rules`` (pure functions of
a snapshot); this module only reads, looks up the template, and writes
through ``services.proposals``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.findings import SEVERITY_ORDER, Finding
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.templates import TemplateSet, UnknownTemplate, all_templates, get_template
from medicen_desktop.services import lookup

if TYPE_CHECKING:  # the retargeting rules, the budget and the database load when a function needs them:
    # ``validate --json`` on a snapshot read without the ORM pays for neither
    from medicen_desktop.rules.budget import BudgetReport
    from medicen_desktop.rules.retarget import RetargetPreview, RetargetReport
    from medicen_desktop.store.database import Database

__all__ = ["UnknownTemplate", "budget", "preview_retarget", "retarget", "template_of",
           "validate", "validate_document"]


def _lookup(templates: TemplateSet | None, key: str, edition: str | None = None) -> FunderTemplate:
    return get_template(key, edition) if templates is None else templates.get(key, edition)


def template_of(document: ProposalDocument, templates: TemplateSet | None = None) -> tuple[FunderTemplate, list[Finding]]:
    """The template a proposal is checked against, and what to say about its edition.

    The edition the proposal records, when it is still available; else the
    current edition, with a finding saying so. A newer edition than the
    recorded one gives an info finding (see what changes, then switch).
    Raises UnknownTemplate for an unknown call.
    """
    proposal = document.proposal
    current = _lookup(templates, proposal.template_key)
    notes: list[Finding] = []
    template = current
    recorded = proposal.template_edition
    if recorded and recorded != current.edition:
        try:
            template = _lookup(templates, proposal.template_key, recorded)
        except UnknownTemplate:
            notes.append(Finding("warning", "template.edition-gone",
                                 {"call": current.name, "old": recorded, "new": current.edition},
                                 proposal.uuid, "template_key"))
        else:
            if template.edition_date < current.edition_date:
                notes.append(Finding("info", "template.newer-edition",
                                     {"call": current.name, "old": recorded, "new": current.edition},
                                     proposal.uuid, "template_key"))
    if template.historical:
        successor = "-"
        if template.successor:  # named as the Call step lists it, not by its key
            try:
                successor = _lookup(templates, template.successor).name
            except UnknownTemplate:
                successor = template.successor
        notes.append(Finding("info", "template.historical", {"call": template.name, "successor": successor},
                             proposal.uuid, "template_key"))
    return template, notes


def validate_document(document: ProposalDocument, templates: TemplateSet | None = None) -> list[Finding]:
    """The findings of a snapshot against its own call (pure; safe on a worker thread).

    A proposal whose call is unknown (a template that failed to load, or a
    key from another installation) gives one error finding rather than an
    exception, so the GUI can show it where it shows every other finding.
    """
    key = document.proposal.template_key
    try:
        template, notes = template_of(document, templates)
    except UnknownTemplate:
        known = ", ".join(sorted(t.name for t in (templates or all_templates()).templates.values()))
        return [Finding("error", "proposal.template-unknown", {"key": key, "known": known},
                        document.proposal.uuid, "template_key")]
    from medicen_desktop.rules.checks import check  # every rule: an export, which needs only template_of, skips them

    return sorted([*check(document, template), *notes], key=lambda f: SEVERITY_ORDER[f.severity])


def validate(db: Database, ref: str, templates: TemplateSet | None = None) -> list[Finding]:
    """Findings of the proposal named by ``ref`` (UUID or acronym); raises ProposalNotFound."""
    return validate_document(lookup.get_document(db, ref), templates)


def retarget(
    db: Database, ref: str, template_key: str, templates: TemplateSet | None = None, actor: str = "local"
) -> RetargetReport:
    """Switch the proposal to the current edition of the call ``template_key`` (its own call too:
    that moves it to the newest edition), as one revision, and report what did not map.

    Raises UnknownTemplate (nothing written) or ProposalNotFound.
    """
    from medicen_desktop.rules.retarget import retarget_document

    new = _lookup(templates, template_key)
    document = lookup.get_document(db, ref)
    old = _current_of(document, templates)
    changed, report = retarget_document(document, old, new)
    if changed != document:
        from medicen_desktop.services import proposals  # writing: partner mode, merge (validate needs neither)

        proposals.replace_document(db, changed, actor=actor, version=("retarget", new.key))
    return report


def preview_retarget(
    document: ProposalDocument, template_key: str, templates: TemplateSet | None = None
) -> RetargetPreview:
    """What ``retarget`` to ``template_key`` would do to this snapshot (pure; safe on a worker thread).

    Raises UnknownTemplate. Reads and writes no database.
    """
    from medicen_desktop.rules import retarget as retarget_rules

    new = _lookup(templates, template_key)
    return retarget_rules.preview_retarget(document, _current_of(document, templates), new)


def _current_of(document: ProposalDocument, templates: TemplateSet | None) -> FunderTemplate | None:
    """The template the proposal is checked against now, or None when its call is unknown."""
    try:
        return template_of(document, templates)[0]
    except UnknownTemplate:
        return None


def budget(db: Database, ref: str, templates: TemplateSet | None = None) -> tuple[BudgetReport, FunderTemplate]:
    """The budget of the proposal named by ``ref`` under the edition of its call it is checked against.

    Raises ProposalNotFound or UnknownTemplate.
    """
    from medicen_desktop.rules.budget import compute_budget

    document = lookup.get_document(db, ref)
    template = template_of(document, templates)[0]
    return compute_budget(document, template), template


def budget_by(db: Database, ref: str, by: str,
              templates: TemplateSet | None = None) -> tuple[BudgetReport, FunderTemplate, list[dict[str, object]]]:
    """``budget`` and its breakdown ``by`` partner, wp, category or year (``rules.cost_breakdown``)."""
    from medicen_desktop.rules.budget import compute_budget
    from medicen_desktop.rules.cost_breakdown import breakdown

    document = lookup.get_document(db, ref)
    template = template_of(document, templates)[0]
    report = compute_budget(document, template)
    wp_labels = {w.uuid: f"WP{w.number} {w.title}" for w in sorted(document.work_packages, key=lambda w: w.number)}
    partner_labels = {p.participation_uuid: p.name for p in report.partners}
    return report, template, breakdown(report, template, by, wp_labels, partner_labels)
