"""Completeness: required text present and within limits, partners fully described."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.document.markdown import count_chars, count_words


def check(document: ProposalDocument, template: FunderTemplate) -> list[Finding]:
    """Findings about missing or over-long text and missing partner data."""
    return [*_summary(document, template), *_sections(document, template), *_partners(document, template)]


def _summary(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    proposal = document.proposal
    if template.summary_required and not proposal.summary.strip():
        yield Finding("error", "proposal.summary-empty", "Le résumé est vide.", "The summary is empty.",
                      proposal.uuid, "summary")
    limit = template.summary_limit_chars
    if limit is not None and (length := count_chars(proposal.summary)) > limit:
        yield Finding(
            "error", "proposal.summary-too-long",
            f"Le résumé compte {length} caractères pour {limit} autorisés.",
            f"The summary has {length} characters; the limit is {limit}.",
            proposal.uuid, "summary",
        )


def _sections(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    present = {s.key for s in document.sections}
    for spec in template.sections:
        if spec.required and spec.key not in present:
            yield Finding(
                "error", "section.required-missing",
                f"La section obligatoire « {spec.title_fr} » manque.",
                f"The required section '{spec.title_en}' is missing.",
                None, f"sections.{spec.key}",
            )
    counts = Counter(s.key for s in document.sections)
    for section in document.sections:
        section_spec = template.section(section.key)
        if section_spec is None:
            yield Finding(
                "warning", "section.not-in-template",
                f"La section « {section.key} » n'existe pas dans l'appel {template.name} : son texte est conservé "
                "mais ne sera pas exporté.",
                f"Section '{section.key}' is not part of the call {template.name}: its text is kept but will not "
                "be exported.",
                section.uuid, "key",
            )
            continue
        if counts[section.key] > 1:
            yield Finding(
                "warning", "section.duplicate-key",
                f"Plusieurs sections « {section_spec.title_fr} » : leurs textes seront exportés à la suite.",
                f"Several '{section_spec.title_en}' sections: their texts will be exported one after the other.",
                section.uuid, "key",
            )
        if not section.body.strip():
            if section_spec.required:
                yield Finding(
                    "error", "section.required-empty",
                    f"La section obligatoire « {section_spec.title_fr} » est vide.",
                    f"The required section '{section_spec.title_en}' is empty.",
                    section.uuid, "body",
                )
            continue
        if section_spec.limit_words is not None and (words := count_words(section.body)) > section_spec.limit_words:
            yield Finding(
                "error", "section.too-many-words",
                f"« {section_spec.title_fr} » compte {words} mots pour {section_spec.limit_words} autorisés.",
                f"'{section_spec.title_en}' has {words} words; the limit is {section_spec.limit_words}.",
                section.uuid, "body",
            )
        if section_spec.limit_chars is not None and (chars := count_chars(section.body)) > section_spec.limit_chars:
            yield Finding(
                "error", "section.too-many-chars",
                f"« {section_spec.title_fr} » compte {chars} caractères pour {section_spec.limit_chars} autorisés.",
                f"'{section_spec.title_en}' has {chars} characters; the limit is {section_spec.limit_chars}.",
                section.uuid, "body",
            )


def _partners(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    organisations = {o.uuid: o for o in document.organisations}
    with_team = {m.participation_uuid for m in document.team_members}
    for participation in sorted(document.participations, key=lambda p: p.position):
        org = organisations[participation.organisation_uuid]
        name = org.short_name or org.legal_name
        wanted = template.partner_identifier
        if wanted == "any":
            missing = not (org.siret.strip() or org.pic.strip())
            field = "siret" if org.country == "FR" else "pic"
        else:
            field = wanted
            missing = not getattr(org, wanted).strip()
        if missing:
            label = {"siret": "SIRET", "pic": "PIC"}[field]
            yield Finding(
                "error", "partner.legal-id-missing",
                f"{name} : le numéro {label} manque.", f"{name}: the {label} number is missing.",
                org.uuid, field,
            )
        for field, fr, en in (("contact_name", "le nom du contact", "the contact name"),
                              ("contact_email", "l'adresse électronique du contact", "the contact email")):
            if not getattr(participation, field).strip():
                yield Finding("error", "partner.contact-missing", f"{name} : {fr} manque.",
                              f"{name}: {en} is missing.", participation.uuid, field)
        if participation.uuid not in with_team:
            yield Finding(
                "warning", "partner.team-empty",
                f"{name} : aucun membre de l'équipe n'est décrit.", f"{name}: no team member is described.",
                participation.uuid, "team_members",
            )
