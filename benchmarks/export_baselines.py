"""The export benchmark's baselines, run as their own process: careful python-docx, stock reportlab.

Usage: python benchmarks/export_baselines.py docx|pdf BLOCKS.json OUTPUT

``BLOCKS.json`` holds the dossier's words as plain data (written by
``export_bench.py`` from our document tree: headings, paragraphs, lists,
tables with their column widths) and the call's font files, so that the
baselines write the same words in the same faces as our exporters, reading
them with nothing but ``json``.

- **docx**: python-docx used carefully: styles looked up once (a style given
  by name is searched among all styles at every paragraph), table rows added
  with ``add_row().cells`` (``table.cell(i, j)`` rebuilds the cell grid at each
  call), one table style.
- **pdf**: stock reportlab: the call's TrueType fonts registered with stock
  ``TTFont``, Paragraphs escaped, tables with repeated headers that split in
  rows, and a table of contents through ``multiBuild`` (reportlab's own way).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def docx(blocks: list[dict[str, Any]], output: str) -> None:
    from docx import Document

    document = Document()
    styles = document.styles
    body = styles["Normal"]
    headings = {level: styles[f"Heading {level}"] for level in range(1, 4)}
    bullets, numbers, grid = styles["List Bullet"], styles["List Number"], styles["Table Grid"]
    for block in blocks:
        kind = block["kind"]
        if kind == "heading":
            document.add_paragraph(block["text"], style=headings[min(block["level"], 3)])
        elif kind == "paragraph":
            document.add_paragraph(block["text"], style=body)
        elif kind == "list":
            style = numbers if block["ordered"] else bullets
            for item in block["items"]:
                document.add_paragraph(item, style=style)
        elif kind == "table":
            table = document.add_table(rows=0, cols=block["columns"])
            table.style = grid
            for row in block["rows"]:
                for cell, value in zip(table.add_row().cells, row, strict=False):
                    cell.text = value
    document.save(output)


def pdf(blocks: list[dict[str, Any]], output: str, fonts: list[str]) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
    from reportlab.platypus.tableofcontents import TableOfContents

    pdfmetrics.registerFont(TTFont("Base", str(FONTS / fonts[0])))
    pdfmetrics.registerFont(TTFont("Base-Bold", str(FONTS / fonts[1])))

    class TocDocument(SimpleDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            level = getattr(flowable, "toc_level", None)
            if level is not None:
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))

    text = ParagraphStyle("b", fontName="Base", fontSize=11, leading=13.2)
    cell = ParagraphStyle("c", fontName="Base", fontSize=8.5, leading=10.5)
    heads = {n: ParagraphStyle(f"h{n}", fontName="Base-Bold", fontSize=15 - 1.5 * n, leading=18) for n in (1, 2, 3)}
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("t1", fontName="Base", fontSize=11),
                       ParagraphStyle("t2", fontName="Base", fontSize=11, leftIndent=16)]
    story: list[Any] = [toc, PageBreak()]
    width = A4[0] - 2 * 56.7
    for block in blocks:
        kind = block["kind"]
        if kind == "heading":
            paragraph = Paragraph(escape(block["text"]), heads[min(block["level"], 3)])
            if block["level"] <= 2:
                paragraph.toc_level = block["level"] - 1
            story.append(paragraph)
        elif kind == "paragraph":
            story.append(Paragraph(escape(block["text"]), text))
        elif kind == "list":
            story += [Paragraph(escape(item), text, bulletText="•") for item in block["items"]]
        elif kind == "table":
            scale = width / sum(block["widths"])
            story.append(Table([[Paragraph(escape(v), cell) for v in row] for row in block["rows"]],
                               colWidths=[w * scale for w in block["widths"]], repeatRows=1, splitInRow=1))
    TocDocument(output, pagesize=A4, initialFontName="Base").multiBuild(story)


def main() -> None:
    kind, source, output = sys.argv[1:4]
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    if kind == "docx":
        docx(data["blocks"], output)
    else:
        pdf(data["blocks"], output, data["fonts"])


if __name__ == "__main__":
    main()
