"""Page-limit preflight: the technical part's pages, measured in the rendered PDF, as rules findings.

``page_findings(tree, layout, template, language)`` compares the pages the
PDF renderer measured (``pdf_page.Layout``) with the template's
``technical_page_limit`` (an error when exceeded) and each section's
``page_budget`` (a warning). A section's pages are counted from the page of
its heading to the page of the next section's heading, both included, so a
section that starts low on a page and ends high on the next counts two.
"""

from __future__ import annotations

import math

from medicen_desktop.export.pdf_page import Layout
from medicen_desktop.export.tree import DocumentTree, Heading
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.template_model import FunderTemplate


def technical_pages(layout: Layout) -> int:
    """Pages spanned by the technical part (0 when it is empty)."""
    start = layout.markers.get("technical_start")
    end = layout.markers.get("technical_end", layout.pages)
    return 0 if start is None else end - start + 1


def page_findings(tree: DocumentTree, layout: Layout, template: FunderTemplate) -> list[Finding]:
    """Findings for the technical page limit and the per-section page budgets."""
    findings: list[Finding] = []
    pages = technical_pages(layout)
    limit = template.technical_page_limit
    if limit is not None and pages > limit:
        findings.append(Finding(
            "error", "export.technical_pages",
            f"La partie technique fait {pages} pages pour une limite de {limit} pages.",
            f"The technical part has {pages} pages; the limit is {limit} pages.",
            None, "sections"))
    start, end = tree.technical_range
    section_starts: list[int] = []
    key_index = 0
    for index, block in enumerate(tree.blocks):
        if isinstance(block, Heading):
            if start <= index < end and block.level == 1:
                section_starts.append(key_index)
            key_index += 1
    heading_pages = [layout.heading_pages.get(f"h{k}", 0) for k in section_starts]
    last_page = layout.markers.get("technical_end", layout.pages)
    for position, spec in enumerate(template.sections):
        if spec.page_budget is None or position >= len(heading_pages):
            continue
        first = heading_pages[position]
        following = heading_pages[position + 1] if position + 1 < len(heading_pages) else last_page
        span = max(1, following - first + (1 if position + 1 >= len(heading_pages) else 0))
        if span > math.ceil(spec.page_budget):
            findings.append(Finding(
                "warning", "export.section_pages",
                f"La section « {spec.title_fr} » occupe environ {span} pages pour {spec.page_budget:g} prévues.",
                f"Section '{spec.title_en}' takes about {span} pages; its budget is {spec.page_budget:g}.",
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

    missing: set[str] = set()
    for block in [tree.metadata, *tree.blocks]:
        for text in _strings(block):
            missing |= missing_glyphs(text)
    if not missing:
        return []
    chars = " ".join(sorted(missing))
    return [Finding(
        "warning", "export.missing_glyphs",
        f"Le PDF ne peut pas afficher ces caractères (absents des polices intégrées) : {chars}. "
        "Remplacez-les ou exportez en Word.",
        f"The PDF cannot show these characters (no embedded font has them): {chars}. "
        "Replace them, or export to Word.",
        None, "sections")]
