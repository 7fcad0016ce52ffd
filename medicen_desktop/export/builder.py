"""Build the dossier's document tree from a proposal snapshot and its funder template.

``build_tree`` is the only place that decides what the dossier says and in
which order: cover, contents, summary, the template's sections in template
order (then any section the template does not know, so no text is lost),
consortium, work plan, budget, risks, annexes. It is pure: no file, no
database, no clock unless ``today`` is omitted.
"""

from __future__ import annotations

import datetime as dt
import re

from medicen_desktop.document.schema import Organisation, ParticipantRole, ProposalDocument, Section
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.budget_tables import add_budget
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.markdown import markdown_text
from medicen_desktop.export.outline import Outline
from medicen_desktop.export.tree import (
    Cover,
    DocumentTree,
    Metadata,
    PageBreak,
    ParagraphKind,
    TableOfContents,
)
from medicen_desktop.export.workplan import add_work_plan, partner_names
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport, compute_budget
from medicen_desktop.rules.template_model import FunderTemplate

STEPS = 6


def build_tree(document: ProposalDocument, template: FunderTemplate, budget: BudgetReport | None = None,
               today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> DocumentTree:
    """The dossier of ``document`` under ``template``; ``budget`` defaults to the rules' computation.

    Raises ``Cancelled`` (from ``progress``) when the user cancels.
    """
    labels = Labels(document.proposal.language.value)
    report = budget or compute_budget(document, template)
    proposal = document.proposal
    outline = Outline()
    progress.step(0, STEPS, labels("summary"))
    outline.blocks.append(_cover(document, template, report, labels, today or dt.date.today()))
    outline.blocks.append(PageBreak())
    outline.blocks.append(TableOfContents(labels("toc"), depth=2))
    outline.blocks.append(PageBreak())

    funder_numbers = _funder_numbers(template, labels)
    outline.heading(1, labels("summary"), numbered=funder_numbers is None)
    outline.markdown(proposal.summary)
    if proposal.keywords:
        outline.paragraph(f"{labels('keywords')} : " if labels.language == "fr" else f"{labels('keywords')}: ", bold=True)
        outline.paragraph(", ".join(normalise_plain(k) for k in proposal.keywords))

    progress.step(1, STEPS, labels("toc"))
    technical_start = len(outline.blocks)
    _add_sections(outline, document, template, labels, funder_numbers)
    technical_end = len(outline.blocks)

    progress.step(2, STEPS, labels("consortium"))
    _add_consortium(outline, document, labels, template.partner_identifier)
    progress.step(3, STEPS, labels("work_plan"))
    add_work_plan(outline, document, labels)
    progress.step(4, STEPS, labels("budget"))
    add_budget(outline, report, template, labels)
    progress.step(5, STEPS, labels("risks"))
    _add_risks_and_annexes(outline, document, labels)
    progress.step(6, STEPS, "")

    coordinator = _coordinator_name(document)
    title = normalise_plain(proposal.title)
    metadata = Metadata(
        title=f"{proposal.acronym} — {title}",
        acronym=normalise_plain(proposal.acronym),
        author=coordinator,
        subject=template.name,
        language="fr-FR" if labels.language == "fr" else "en-GB",
        keywords=[normalise_plain(k) for k in proposal.keywords],
        header=f"{normalise_plain(proposal.acronym)} · {template.name}",
        page_label=labels("page"),
        margins_mm=(template.formatting.margins_mm,) * 4,
        body_pt=max(11.0, float(template.formatting.min_font_pt)),
    )
    return DocumentTree(metadata, outline.blocks, (technical_start, technical_end))


def _coordinator_name(document: ProposalDocument) -> str:
    orgs = {o.uuid: o for o in document.organisations}
    for part in sorted(document.participations, key=lambda p: p.position):
        if part.role == ParticipantRole.COORDINATOR:
            return normalise_plain(orgs[part.organisation_uuid].legal_name)
    return ""


def _cover(document: ProposalDocument, template: FunderTemplate, report: BudgetReport, labels: Labels,
           today: dt.date) -> Cover:
    proposal = document.proposal
    orgs = {o.uuid: o for o in document.organisations}
    facts = [(labels("coordinator"), _coordinator_name(document)),
             (labels("duration"), f"{proposal.duration_months} {labels('months')}")]
    if proposal.start_date:
        facts.append((labels("start_date"), labels.date(proposal.start_date)))
    facts.append((labels("total_budget"), labels.amount(report.eligible.value)))
    facts.append((labels("requested_aid"), labels.amount(report.requested_aid.value)))
    partners = [normalise_plain(f"{orgs[p.organisation_uuid].legal_name}")
                for p in sorted(document.participations, key=lambda p: p.position)]
    return Cover(acronym=normalise_plain(proposal.acronym), title=normalise_plain(proposal.title),
                 call=template.name, facts=facts, partners_title=labels("partners"),
                 partners=partners, date=labels.date(today))


_FUNDER_NUMBER = re.compile(r"^\s*(\d+)[.)]?\s+(\S.*)$")


def _funder_numbers(template: FunderTemplate, labels: Labels) -> list[tuple[int, str]] | None:
    """(number, title) of each template section when the funder numbers them all ("1. Excellence"), else None.

    The dossier then keeps the funder's numbers (reviewers look for "1 Excellence"): the summary before
    them is unnumbered and the chapters after them continue from the last one.
    """
    numbered = []
    for spec in template.sections:
        match = _FUNDER_NUMBER.match(spec.title_fr if labels.language == "fr" else spec.title_en)
        if match is None:
            return None
        numbered.append((int(match.group(1)), match.group(2)))
    return numbered or None


def _add_sections(outline: Outline, document: ProposalDocument, template: FunderTemplate, labels: Labels,
                  funder_numbers: list[tuple[int, str]] | None) -> None:
    by_key: dict[str, list[Section]] = {}
    for section in document.sections:
        by_key.setdefault(section.key, []).append(section)
    for position, spec in enumerate(template.sections):
        sections = by_key.pop(spec.key, [])
        if funder_numbers:
            number, title = funder_numbers[position]
            outline.restart(number)
            outline.heading(1, title)
        else:
            outline.heading(1, spec.title_fr if labels.language == "fr" else spec.title_en)
        bodies = [s.body for s in sections if s.body.strip()]
        if not bodies:
            outline.paragraph(labels("empty_section"), kind=ParagraphKind.NOTE)
        for body in bodies:
            outline.markdown(body, heading_level=2)
    # Sections the call does not know (kept after a change of call) stay in the
    # database but out of the dossier, which follows the funder's template; the
    # rules report each one ("section.not-in-template") before export.


def _add_consortium(outline: Outline, document: ProposalDocument, labels: Labels, identifier: str) -> None:
    orgs = {o.uuid: o for o in document.organisations}
    parts = sorted(document.participations, key=lambda p: p.position)
    outline.heading(1, labels("consortium"))
    outline.table(
        ["#", labels("partner"), labels("organisation"), labels("kind"), labels("location"),
         _identifier_header(identifier), labels("contact")],
        [[f"P{i + 1}", orgs[p.organisation_uuid].short_name, normalise_plain(orgs[p.organisation_uuid].legal_name),
          labels.kind(orgs[p.organisation_uuid].kind.value)
          + (f" · {labels('coordinator')}" if p.role == ParticipantRole.COORDINATOR else ""),
          _location(orgs[p.organisation_uuid], labels), _identifier(orgs[p.organisation_uuid], identifier),
          "\n".join(x for x in (p.contact_name, p.contact_email) if x)]
         for i, p in enumerate(parts)],
        [0.4, 1.0, 2.3, 1.15, 1.35, 1.15, 1.8])
    members_by_part: dict[str, list] = {}  # type: ignore[type-arg]
    for member in sorted(document.team_members, key=lambda m: m.position):
        members_by_part.setdefault(member.participation_uuid, []).append(member)
    outline.heading(2, labels("partner_descriptions"))
    for i, part in enumerate(parts):
        org = orgs[part.organisation_uuid]
        outline.heading(3, f"P{i + 1} {org.short_name} — {normalise_plain(org.legal_name)}".replace("  ", " "))
        outline.markdown(org.description)
        if part.role_description.strip() and part.role_description.strip() != org.description.strip():
            outline.paragraph(labels("role"), bold=True)
            outline.markdown(part.role_description)
        members = members_by_part.get(part.uuid, [])
        if members:
            outline.table([labels("team"), labels("title"), "PM"],
                          [[m.name, _with_cv(m.job_title, m.cv), labels.number(m.person_months, 1)] for m in members],
                          [1.6, 4.0, 0.6], numeric={2})


def _identifier_header(identifier: str) -> str:
    """The column the funder reads partners' legal identifiers in: PIC for EU calls, SIRET for French ones."""
    return {"pic": "PIC", "siret": "SIRET"}.get(identifier, "SIRET / PIC")


def _identifier(org: Organisation, identifier: str) -> str:
    if identifier == "pic" or (identifier == "any" and org.country != "FR"):
        return _grouped(org.pic, (3, 3, 3)) if org.pic else org.siret
    return _grouped(org.siret, (3, 3, 3, 5)) if org.siret else org.pic


def _grouped(number: str, sizes: tuple[int, ...]) -> str:
    """A number as people read it ("732 829 320 00074"), joined by no-break spaces so it never splits."""
    if not number.isdigit() or len(number) not in (sum(sizes), sum(sizes[:3])):
        return number
    groups, start = [], 0
    for size in sizes:
        if start < len(number):
            groups.append(number[start:start + size])
        start += size
    return "\u00a0".join(groups)


def _location(org: Organisation, labels: Labels) -> str:
    """City, region and country, as the funder's participants table lists them."""
    from medicen_desktop.document import geography

    language: geography.Lang = "fr" if labels.language == "fr" else "en"
    region = geography.region_name(org.region, language) if org.region.startswith(f"{org.country}-") else ""
    parts = [normalise_plain(org.city), region, geography.country_name(org.country, language)]
    return ", ".join(part for part in parts if part)


def _with_cv(job_title: str, cv: str) -> str:
    text = markdown_text(cv)
    return f"{job_title}\n{text}" if text and job_title else text or job_title


def _add_risks_and_annexes(outline: Outline, document: ProposalDocument, labels: Labels) -> None:
    wp_number = {w.uuid: f"{labels('wp_short')}{w.number}" for w in document.work_packages}
    outline.heading(1, labels("risks"))
    outline.table(
        ["#", labels("risk"), labels("wp_short"), labels("likelihood"), labels("severity"), labels("mitigation")],
        [[str(k + 1), markdown_text(r.description), wp_number.get(r.work_package_uuid or "", ""),
          labels(r.likelihood.value), labels(r.severity.value), markdown_text(r.mitigation)]
         for k, r in enumerate(sorted(document.risks, key=lambda r: r.position))],
        [0.35, 3.0, 0.55, 0.95, 0.95, 3.2])
    outline.heading(1, labels("annexes"))
    if not document.attachments:
        outline.paragraph(labels("no_annex"), kind=ParagraphKind.NOTE)
        return
    names = partner_names(document)
    outline.table(
        ["#", labels("file"), labels("kind"), labels("partner"), labels("description")],
        [[str(k + 1), a.filename, a.kind.value, names.get(a.participation_uuid or "", ""), a.description]
         for k, a in enumerate(document.attachments)],
        [0.35, 2.6, 0.8, 1.0, 3.2])


