"""Completeness: required text present and within limits, partners fully described."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from medicen_desktop.document.comments import todos, without_todos
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.findings import Finding
from medicen_desktop.document.markdown import count_chars, count_words
from medicen_desktop.rules.messages import Localized, key_label
from medicen_desktop.rules.template_model import FunderTemplate, TemplateSection


def check(document: ProposalDocument, template: FunderTemplate) -> list[Finding]:
    """Findings about missing or over-long text and missing partner data."""
    return [*_summary(document, template), *_sections(document, template), *_partners(document, template),
            *_todos(document, template)]


def _todos(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    """Each to-do marker left in a section (the dossier leaves it out, but the work is not done)."""
    uuids = {s.key: s.uuid for s in document.sections}
    for todo in todos(document):
        spec = template.section(todo.section_key)
        title = _title(spec) if spec is not None else Localized(todo.section_key, todo.section_key)
        yield Finding("warning", "section.todo-left", {"section": title, "paragraph": todo.paragraph,
                                                      "text": todo.text[:80]}, uuids.get(todo.section_key), "body")


def _title(spec: TemplateSection) -> Localized:
    return Localized(spec.title_fr, spec.title_en)


def _summary(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    proposal = document.proposal
    if template.summary_required and not proposal.summary.strip():
        yield Finding("error", "proposal.summary-empty", {}, proposal.uuid, "summary")
    limit = template.summary_limit_chars
    if limit is not None and (length := count_chars(proposal.summary)) > limit:
        yield Finding("error", "proposal.summary-too-long", {"length": length, "limit": limit}, proposal.uuid, "summary")


def _sections(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    present = {s.key for s in document.sections}
    for spec in template.sections:
        if spec.required and spec.key not in present:
            yield Finding("error", "section.required-missing", {"section": _title(spec)}, None, f"sections.{spec.key}")
    counts = Counter(s.key for s in document.sections)
    for section in document.sections:
        section_spec = template.section(section.key)
        if section_spec is None:
            # The title the user gave the section (what the Sections step shows), never its key.
            title = section.title.strip() or key_label(section.key)
            yield Finding("warning", "section.not-in-template",
                          {"section": title, "call": template.name}, section.uuid, "key")
            continue
        if counts[section.key] > 1:
            yield Finding("warning", "section.duplicate-key", {"section": _title(section_spec)}, section.uuid, "key")
        body = without_todos(section.body)  # what the dossier shows and the funder counts
        if not body.strip():
            if section_spec.required:
                yield Finding("error", "section.required-empty", {"section": _title(section_spec)}, section.uuid, "body")
            continue
        if section_spec.limit_words is not None and (words := count_words(body)) > section_spec.limit_words:
            yield Finding("error", "section.too-many-words",
                          {"section": _title(section_spec), "count": words, "limit": section_spec.limit_words},
                          section.uuid, "body")
        if section_spec.limit_chars is not None and (chars := count_chars(body)) > section_spec.limit_chars:
            yield Finding("error", "section.too-many-chars",
                          {"section": _title(section_spec), "count": chars, "limit": section_spec.limit_chars},
                          section.uuid, "body")


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
            yield Finding("error", "partner.legal-id-missing", {"partner": name, "identifier": label}, org.uuid, field)
        for field, key in (("contact_name", "partner.contact-name-missing"),
                           ("contact_email", "partner.contact-email-missing")):
            if not getattr(participation, field).strip():
                yield Finding("error", "partner.contact-missing", {"partner": name}, participation.uuid, field,
                              message_key=key)
        if participation.uuid not in with_team:
            yield Finding("warning", "partner.team-empty", {"partner": name}, participation.uuid, "team_members")
