"""What a dossier cannot do without: a work plan, a deliverable per work package, a mitigation per risk,
a commitment letter per partner."""

from __future__ import annotations

from collections.abc import Iterator

from medicen_desktop.document.schema import AttachmentKind, ProposalDocument
from medicen_desktop.rules.findings import Finding


def check(document: ProposalDocument) -> list[Finding]:
    return [*_work_plan(document), *_risks(document), *_letters(document)]


def _work_plan(document: ProposalDocument) -> Iterator[Finding]:
    if not document.work_packages:
        yield Finding("error", "workplan.empty", {}, None, "work_packages")
        return
    with_deliverables = {d.work_package_uuid for d in document.deliverables}
    for wp in sorted(document.work_packages, key=lambda w: w.number):
        if wp.uuid not in with_deliverables:
            yield Finding("warning", "wp.no-deliverable", {"number": wp.number}, wp.uuid, "deliverables")


def _risks(document: ProposalDocument) -> Iterator[Finding]:
    for n, risk in enumerate(sorted(document.risks, key=lambda r: r.position), start=1):
        if not risk.mitigation.strip():
            yield Finding("warning", "risk.no-mitigation", {"number": n}, risk.uuid, "mitigation")


def partners_with_letters(document: ProposalDocument) -> set[str]:
    """The participations a commitment letter is attached for."""
    return {a.participation_uuid for a in document.attachments
            if a.kind == AttachmentKind.LETTER and a.participation_uuid is not None}


def _letters(document: ProposalDocument) -> Iterator[Finding]:
    if not document.attachments:
        return  # the annexes are not started: the navigator says so; no list of every partner yet
    names = {o.uuid: o.short_name or o.legal_name for o in document.organisations}
    signed = partners_with_letters(document)
    for part in sorted(document.participations, key=lambda p: p.position):
        if part.uuid not in signed:
            name = names.get(part.organisation_uuid, "?")
            yield Finding("warning", "annex.letter-missing", {"partner": name}, part.uuid, "attachments")
