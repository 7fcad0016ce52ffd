"""Export a proposal in one of the formats of ``export.formats`` (the dossier as Word or PDF, the budget workbook).

``export_document(document, fmt, path, progress)`` is pure (a snapshot in, a
file out) so a worker thread can run it while the GUI goes on;
``export_proposal(db, ref, ...)`` loads the snapshot first. Either writes to
a temporary file in the target's folder and renames it over the target only
once complete: a failed or cancelled export leaves the target as it was and
no partial file behind.

A format's writer, and with it its renderer (reportlab, python-docx,
openpyxl, Pillow), is imported when that format is first exported: the CLI
parser and the GUI import this module at start and should not pay for them.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from medicen_desktop.document import markdown_cache
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import Refused
from medicen_desktop.export.formats import BY_KEY, Writer, load_writer
from medicen_desktop.export.formats import FORMATS as FORMATS
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.services import lookup
from medicen_desktop.services.files import replace_atomically

if TYPE_CHECKING:
    from medicen_desktop.export.page_meter import PageMeter
    from medicen_desktop.store.database import Database  # the CLI's export reads its snapshot without the ORM


class UnknownFormat(Refused):
    """The format is not one of ``FORMATS``."""


@dataclass
class ExportResult:
    """What an export wrote, and what the page-limit preflight found (PDF only)."""

    path: Path
    format: str
    pages: int | None = None
    technical_pages: int | None = None
    findings: list[Finding] = field(default_factory=list)


def export_document(document: ProposalDocument, fmt: str, path: str | os.PathLike[str],
                    progress: Progress = NO_PROGRESS, form: str | None = None) -> ExportResult:
    """Write ``document`` as ``fmt`` to ``path`` atomically.

    Raises UnknownFormat, ``rules.templates.UnknownTemplate`` for a proposal
    whose template is not shipped, ``progress.Cancelled`` when cancelled, and
    OSError when the folder cannot be written; in every case the target is untouched.

    ``form`` (xlsx only) names a funder's budget form (``export.forms``): the workbook is that form,
    computed under the call ``export.forms.template_key_for`` picks.
    """
    export_format = BY_KEY.get(fmt)
    if export_format is None:
        raise UnknownFormat(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    target = Path(path)
    template = _template(document)
    writer = load_writer(export_format)
    if form is not None:
        writer, template = _form(form, fmt, template)
    report = compute_budget(document, template)
    result = ExportResult(target, fmt)

    def write(temp: Path) -> None:
        written = writer(document, template, report, temp, progress)
        result.pages, result.technical_pages, result.findings = written.pages, written.technical_pages, written.findings
        if export_format.dossier:
            result.findings += dossier_findings(document, template)

    with markdown_cache.for_proposal(document.proposal.uuid):  # the texts unchanged since the last export: not parsed
        replace_atomically(target, write)
    return result


def export_proposal(db: Database, ref: str, fmt: str, path: str | os.PathLike[str],
                    progress: Progress = NO_PROGRESS, form: str | None = None) -> ExportResult:
    """Load the proposal named by UUID or acronym and export it (see ``export_document``)."""
    return export_document(lookup.get_document(db, ref), fmt, path, progress, form)


@dataclass
class Preflight:
    """The pages the funder will count, part by part, from a layout made by the PDF export's own code."""

    call: str
    limit: int | None
    pages: int
    parts: list[tuple[str, float]]
    """(title, pages) of each counted part, in order."""
    section_pages: dict[str, float]
    """Section key → pages it takes."""
    findings: list[Finding]

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.pages > self.limit

    def to_json(self) -> dict[str, object]:
        """The CLI's ``preflight --json`` shape."""
        return {"call": self.call, "limit": self.limit, "pages": self.pages,
                "parts": [{"title": title, "pages": pages} for title, pages in self.parts],
                "findings": [f.to_json() for f in self.findings]}


def preflight_document(document: ProposalDocument, progress: Progress = NO_PROGRESS) -> Preflight:
    """Lay the dossier out exactly as the PDF export does (in memory: no file) and count its pages.

    Raises ``UnknownTemplate`` and ``Cancelled``.
    """
    from medicen_desktop.export.builder import build_tree
    from medicen_desktop.export.pdf_render import render_pdf
    from medicen_desktop.export.preflight import glyph_findings, measure, page_findings

    template = _template(document)
    with markdown_cache.for_proposal(document.proposal.uuid):
        tree = build_tree(document, template, progress=progress)
        layout = render_pdf(tree, io.BytesIO(), progress, layout_only=True)
        count = measure(tree, layout)
        findings = page_findings(tree, layout, template) + glyph_findings(tree) + dossier_findings(document, template)
    return Preflight(template.key, template.technical_page_limit, count.pages,
                     [(part.title, part.pages) for part in count.parts],
                     {key: part.pages for key, part in count.sections.items()}, findings)


def page_meter(document: ProposalDocument) -> PageMeter:
    """A page meter for the section editor (``export.page_meter``), for this proposal's call."""
    from medicen_desktop.export.page_meter import PageMeter

    return PageMeter(_template(document))


def preflight_pages(document: ProposalDocument, progress: Progress = NO_PROGRESS) -> list[Finding]:
    """The preflight's findings only (see ``preflight_document``)."""
    return preflight_document(document, progress).findings


def dossier_findings(document: ProposalDocument, template: FunderTemplate) -> list[Finding]:
    """What the funder would refuse in the dossier's text: empty required sections, another language."""
    from medicen_desktop.rules.dossier_checks import check as dossier_check

    return dossier_check(document, template)


def _form(key: str, fmt: str, template: FunderTemplate) -> tuple[Writer, FunderTemplate]:
    """The writer of the funder's form ``key`` and the call it is computed under; raises UnknownFormat."""
    import importlib

    from medicen_desktop.export.forms import FORM_BY_KEY, FORM_KEYS, template_key_for
    from medicen_desktop.rules.templates import get_template

    form = FORM_BY_KEY.get(key)
    if form is None or fmt != "xlsx":
        raise UnknownFormat(f"unknown budget form {key!r} for {fmt} (expected --format xlsx and one of "
                            f"{', '.join(FORM_KEYS)})")
    module, function = form.writer.split(":")
    writer: Writer = getattr(importlib.import_module(f"medicen_desktop.export.{module}"), function)
    chosen = template_key_for(form, template.key)
    return writer, (template if chosen == template.key else get_template(chosen))


def _template(document: ProposalDocument) -> FunderTemplate:
    """The edition of the call the proposal is checked against (what ``validate`` uses too)."""
    from medicen_desktop.services.validation import template_of

    return template_of(document)[0]
