"""The ``pdf`` format's writer (``export.formats``): the dossier as PDF, with the page-limit preflight of that very layout."""

from __future__ import annotations

from pathlib import Path

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.formats import Written
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.preflight import glyph_findings, page_findings, technical_pages
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.template_model import FunderTemplate


def write_pdf(document: ProposalDocument, template: FunderTemplate, report: BudgetReport, path: Path,
              progress: Progress = NO_PROGRESS) -> Written:
    """Render the PDF; report its pages, the technical part's pages and what exceeds the call's limits."""
    tree = build_tree(document, template, report, progress=progress)
    layout = render_pdf(tree, path, progress)
    return Written(layout.pages, technical_pages(layout, tree),
                   page_findings(tree, layout, template) + glyph_findings(tree))
