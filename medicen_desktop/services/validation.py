"""Validation and retargeting: the operations the GUI and the CLI call.

``validate`` reads a proposal and runs the rules engine on its snapshot;
``retarget`` switches a proposal to another call and writes the result as
one revision; ``preview_retarget`` says beforehand, from a snapshot, what
that switch would do (it writes nothing). The rules themselves live in
``medicen_desktop.rules`` (pure functions of a snapshot); this module only
reads, looks up the template, and writes through ``services.proposals``.
"""

from __future__ import annotations

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules import retarget as retarget_rules
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.retarget import RetargetPreview, RetargetReport, retarget_document
from medicen_desktop.rules.templates import TemplateSet, UnknownTemplate, shipped_templates
from medicen_desktop.services import lookup
from medicen_desktop.store.database import Database

__all__ = ["RetargetPreview", "RetargetReport", "UnknownTemplate", "preview_retarget", "retarget", "validate",
           "validate_document"]


def validate_document(document: ProposalDocument, templates: TemplateSet | None = None) -> list[Finding]:
    """The findings of a snapshot against its own call (pure; safe on a worker thread).

    A proposal whose call is unknown (a template that failed to load, or a
    key from another installation) gives one error finding rather than an
    exception, so the GUI can show it where it shows every other finding.
    """
    templates = templates if templates is not None else shipped_templates()
    key = document.proposal.template_key
    try:
        template = templates.get(key)
    except UnknownTemplate as exc:
        return [
            Finding(
                "error", "proposal.template-unknown",
                f"L'appel « {key} » est inconnu : choisissez un appel ({', '.join(exc.known)}).",
                f"The call '{key}' is unknown: choose a call ({', '.join(exc.known)}).",
                document.proposal.uuid, "template_key",
            )
        ]
    return check(document, template)


def validate(db: Database, ref: str, templates: TemplateSet | None = None) -> list[Finding]:
    """Findings of the proposal named by ``ref`` (UUID or acronym); raises ProposalNotFound."""
    return validate_document(lookup.get_document(db, ref), templates)


def retarget(
    db: Database, ref: str, template_key: str, templates: TemplateSet | None = None, actor: str = "local"
) -> RetargetReport:
    """Switch the proposal to the call ``template_key``, as one revision, and report what did not map.

    Raises UnknownTemplate (nothing written) or ProposalNotFound.
    """
    templates = templates if templates is not None else shipped_templates()
    new = templates.get(template_key)
    document = lookup.get_document(db, ref)
    old = templates.templates.get(document.proposal.template_key)
    changed, report = retarget_document(document, old, new)
    if changed != document:
        from medicen_desktop.services import proposals  # writing: partner mode, merge (validate needs neither)

        proposals.replace_document(db, changed, actor=actor)
    return report


def preview_retarget(
    document: ProposalDocument, template_key: str, templates: TemplateSet | None = None
) -> RetargetPreview:
    """What ``retarget`` to ``template_key`` would do to this snapshot (pure; safe on a worker thread).

    Raises UnknownTemplate. Reads and writes no database.
    """
    templates = templates if templates is not None else shipped_templates()
    new = templates.get(template_key)
    old = templates.templates.get(document.proposal.template_key)
    return retarget_rules.preview_retarget(document, old, new)
