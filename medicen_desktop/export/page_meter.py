"""The section editor's page meter: the pages a section takes and the counted total, kept current while typing.

A full layout of a large dossier takes about a second; the meter answers
sooner. ``measure_all`` lays the whole dossier out (the preflight's own
code) and keeps it as the baseline. ``after_edit`` then lays out only the
part of the edited section, alone, before and after the edit, and moves the
baseline by the difference: the section's new length is exact (the same
layout code on the same blocks), the total is the baseline's plus that
difference, until the next ``measure_all`` makes it exact again. The GUI
runs both on its worker: the quick reading first, then the exact one.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export import pdf_fonts
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.preflight import measure
from medicen_desktop.export.tree import DocumentTree, Span
from medicen_desktop.rules.template_model import FunderTemplate


@dataclass(frozen=True)
class MeterReading:
    """What the meter shows: this section's pages, the counted total and the call's limit."""

    section_pages: float | None
    """None when the section is not in the dossier (empty, or not a section of the call)."""
    pages: int
    limit: int | None
    exact: bool
    """False for the quick reading (total estimated from the baseline), True after a full layout."""

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.pages > self.limit


class PageMeter:
    """Page readings for one proposal under one call (not thread-safe: use it from one worker)."""

    def __init__(self, template: FunderTemplate) -> None:
        pdf_fonts.keep_faces_lean()  # the meter never embeds a font: widths only, until an export does
        self.template = template
        self._sections: dict[str, float] = {}
        self._counted_extent = 0.0
        """Pages from the first counted part's start to the last one's end, in the baseline."""
        self._pages = 0
        self._alone: dict[tuple[str, str], float | None] = {}
        """(section key, its text) → length in pages when laid out alone."""
        self._baseline: ProposalDocument | None = None

    def measure_all(self, document: ProposalDocument, section_key: str | None) -> MeterReading:
        """Lay out the whole dossier; the exact reading, and the baseline of later quick ones."""
        tree = build_tree(document, self.template)
        count = measure(tree, render_pdf(tree, io.BytesIO(), layout_only=True))
        self._sections = {key: part.pages for key, part in count.sections.items()}
        self._pages = count.pages
        parts = [span for span in tree.spans if span.kind == "part"]
        self._counted_extent = sum(part.pages for part in count.parts) if parts else 0.0
        self._baseline = document
        if section_key is not None:  # the edited section's length alone, for the quick readings that follow
            self._alone_pages(document, section_key, tree)
        return MeterReading(self._sections.get(section_key or ""), self._pages, self.template.technical_page_limit,
                            True)

    def after_edit(self, document: ProposalDocument, section_key: str) -> MeterReading:
        """The quick reading after ``section_key`` changed: that section laid out alone, the total moved by it."""
        if self._baseline is None:
            return self.measure_all(document, section_key)
        new = self._alone_pages(document, section_key)
        old = self._alone_pages(self._baseline, section_key)
        delta = (new or 0.0) - (old or 0.0)
        before = self._sections.get(section_key)
        section = None if new is None else max(0.0, round((before if before is not None else new) + delta, 1))
        pages = self._pages
        if self._counted_extent:
            pages = max(0, self._pages + math.ceil(self._counted_extent + delta - 1e-6)
                        - math.ceil(self._counted_extent - 1e-6))
        return MeterReading(section, pages, self.template.technical_page_limit, False)

    def _alone_pages(self, document: ProposalDocument, section_key: str,
                     tree: DocumentTree | None = None) -> float | None:
        text = "\n\n".join(s.body for s in document.sections if s.key == section_key)
        if (section_key, text) in self._alone:
            return self._alone[(section_key, text)]
        tree = tree or build_tree(document, self.template, only_section=section_key)
        span = next((s for s in tree.spans if s.kind == "section" and s.key == section_key), None)
        if span is None:
            self._alone[(section_key, text)] = None
            return None
        alone = DocumentTree(tree.metadata, tree.blocks[span.start:span.end],
                             [Span("section", section_key, span.title, 0, span.end - span.start)])
        pages = measure(alone, render_pdf(alone, io.BytesIO(), layout_only=True)).sections[section_key].pages
        if len(self._alone) > 64:
            self._alone.clear()
        self._alone[(section_key, text)] = pages
        return pages
