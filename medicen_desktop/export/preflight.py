"""Page-limit preflight: the pages of each counted part, measured in the laid-out PDF, as rules findings.

The PDF renderer records where each span of the outline starts and ends
(``pdf_page.Layout.positions``); ``measure`` turns them into pages: a part's
``pages`` is its length in pages (2.4 = two pages and four tenths of the
text frame), its ``first_page``/``last_page`` the pages it touches. The
total the funder counts is the number of pages touched by the counted parts
(a page shared by two parts counts once). ``page_findings`` compares it with
the template's limit (an error) and each section with its ``page_budget``
(a warning).
"""

from __future__ import annotations

from dataclasses import dataclass

from medicen_desktop.export.pdf_page import Layout, Position
from medicen_desktop.export.tree import DocumentTree, Span
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.messages import Localized
from medicen_desktop.rules.template_model import FunderTemplate


@dataclass(frozen=True)
class PartPages:
    """Where one part or section lies in the laid-out dossier."""

    key: str
    title: str
    pages: float
    first_page: int
    last_page: int


@dataclass(frozen=True)
class PageCount:
    """The counted parts, the sections, and the total the funder counts."""

    parts: list[PartPages]
    sections: dict[str, PartPages]
    pages: int


def _span_pages(span: Span, layout: Layout) -> PartPages:
    name = f"{span.kind}:{span.key}"
    end = layout.positions.get(f"end:{name}", Position(layout.pages, 1.0))
    start = layout.positions.get(f"start:{name}", end)
    first = start.page
    last = max(first, end.page - 1 if end.depth == 0 and end.page > first else end.page)
    return PartPages(span.key, span.title, round(max(0.0, end.pages - start.pages), 1), first, last)


def measure(tree: DocumentTree, layout: Layout) -> PageCount:
    """Pages of each counted part and of each section, and the counted total."""
    parts = [_span_pages(span, layout) for span in tree.spans if span.kind == "part"]
    sections = {span.key: _span_pages(span, layout) for span in tree.spans if span.kind == "section"}
    touched = {page for part in parts for page in range(part.first_page, part.last_page + 1)}
    return PageCount(parts, sections, len(touched))


def technical_pages(layout: Layout, tree: DocumentTree) -> int:
    """Pages the funder counts (0 when no part is counted)."""
    return measure(tree, layout).pages


def page_findings(tree: DocumentTree, layout: Layout, template: FunderTemplate) -> list[Finding]:
    """Findings for the counted page limit and the per-section page budgets."""
    count = measure(tree, layout)
    findings: list[Finding] = []
    limit = template.technical_page_limit
    if limit is not None and count.pages > limit:
        findings.append(Finding("error", "export.technical_pages", {"pages": count.pages, "limit": limit},
                                None, "sections"))
    for spec in template.sections:
        measured = count.sections.get(spec.key)
        if spec.page_budget is None or measured is None:
            continue
        if measured.pages > spec.page_budget:
            shown = f"{measured.pages:g}"
            findings.append(Finding(
                "warning", "export.section_pages",
                {"section": Localized(spec.title_fr, spec.title_en), "pages": Localized(shown.replace(".", ","), shown),
                 "budget": f"{spec.page_budget:g}"},
                None, f"sections.{spec.key}"))
    return findings


def _strings(value: object) -> list[str]:
    """Every piece of text in a tree block (dataclass fields, lists and tuples, recursively)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple | frozenset):
        return [s for item in value for s in _strings(item)]
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is None:
        return []
    return [s for name in fields for s in _strings(getattr(value, name))]


def glyph_findings(tree: DocumentTree) -> list[Finding]:
    """A warning listing the characters that no embedded PDF font can draw (the PDF cannot show them)."""
    from medicen_desktop.export.pdf_fonts import missing_glyphs

    used: set[str] = set()  # every character once: the check is per character, not per string
    for block in [tree.metadata, *tree.blocks]:
        for text in _strings(block):
            used.update(text)
    missing = missing_glyphs("".join(used))
    if not missing:
        return []
    chars = " ".join(sorted(missing))
    return [Finding("warning", "export.missing_glyphs", {"chars": chars}, None, "sections")]
