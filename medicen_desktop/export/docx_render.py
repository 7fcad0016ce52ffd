"""Render a document tree as a Word file (python-docx), on the shipped reference styles.

Contract: ``render_docx(tree, path, progress)`` writes ``path`` (the caller
makes it atomic). Styles come from ``resources/docx/reference.docx`` and are
set by style id, once per paragraph (python-docx's by-name lookup scans every
style). Table rows are added with ``add_row()`` and filled through the row's
own cells, never ``table.cell(i, j)``. Headings use the real "Heading N"
styles, so Word's navigation pane and the TOC field work.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from medicen_desktop.export import docx_fields as fields
from medicen_desktop.export.tree import (
    Align,
    Cover,
    DocumentTree,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    ParagraphKind,
    Run,
    Table,
    TableOfContents,
)
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.resources import resource

HEADER_FILL = "E3E9F0"
TITLE_LIMIT = 255  # Word's core property limit; python-docx raises past it
_ALIGN = {Align.LEFT: None, Align.RIGHT: WD_PARAGRAPH_ALIGNMENT.RIGHT, Align.CENTER: WD_PARAGRAPH_ALIGNMENT.CENTER}
_KIND_STYLE = {ParagraphKind.BODY: None, ParagraphKind.CAPTION: "Caption", ParagraphKind.NOTE: "Note"}


def render_docx(tree: DocumentTree, path: Path, progress: Progress = NO_PROGRESS) -> None:
    """Write the dossier as DOCX to ``path``; raises ``Cancelled`` from ``progress``."""
    _DocxWriter(tree).write(path, progress)


def _clip(text: str, limit: int = TITLE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _DocxWriter:
    def __init__(self, tree: DocumentTree) -> None:
        self.tree = tree
        self.doc: DocxDocument = Document(str(resource("docx", "reference.docx")))
        self.body = self.doc.element.body
        self.ids = {style.name: style.style_id for style in self.doc.styles}
        section = self.doc.sections[0]
        top, right, bottom, left = (Mm(v) for v in tree.metadata.margins_mm)
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = top, right, bottom, left
        # Word stores lengths in twips: read the rounded values back so an image never overflows.
        self.text_width = int(section.page_width - section.left_margin - section.right_margin) - 12700

    def write(self, path: Path, progress: Progress) -> None:
        self._properties()
        self._header_footer()
        blocks = self.tree.blocks
        total = len(blocks)
        for index, block in enumerate(blocks):
            if index % 25 == 0:
                progress.step(index, total, "DOCX")
            self._block(block)
        progress.step(total, total, "DOCX")
        self.doc.save(str(path))

    # -- document-level parts --------------------------------------------------------------
    def _properties(self) -> None:
        meta = self.tree.metadata
        props = self.doc.core_properties
        props.title = _clip(meta.title)
        props.author = _clip(meta.author)
        props.subject = _clip(meta.subject)
        props.keywords = _clip(", ".join(meta.keywords))
        props.language = meta.language
        props.comments = ""
        fields.set_language(self.doc, meta.language)
        fields.ask_to_update_fields(self.doc)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(meta.body_pt)

    def _header_footer(self) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        self._style(header, "Running Header")
        header.add_run(self.tree.metadata.header)
        footer = section.footer.paragraphs[0]
        self._style(footer, "Running Header")
        footer.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
        footer.add_run(f"{self.tree.metadata.page_label} ")
        fields.add_simple_field(footer, "PAGE")
        footer.add_run(" / ")
        fields.add_simple_field(footer, "NUMPAGES")

    # -- blocks ----------------------------------------------------------------------------
    def _style(self, paragraph: DocxParagraph, name: str | None) -> None:
        if name is not None:
            paragraph._p.style = self.ids[name]

    def _paragraph(self, style: str | None, runs: list[Run] | None = None) -> DocxParagraph:
        paragraph = self.doc.add_paragraph()
        self._style(paragraph, style)
        for run in runs or ():
            self._run(paragraph, run)
        return paragraph

    @staticmethod
    def _run(paragraph: DocxParagraph, run: Run) -> None:
        if run.text == "\n":
            paragraph.add_run().add_break()
            return
        docx_run = paragraph.add_run(run.text)
        if run.bold:
            docx_run.bold = True
        if run.italic:
            docx_run.italic = True

    def _block(self, block: object) -> None:
        if isinstance(block, Paragraph):
            self._paragraph(_KIND_STYLE[block.kind], block.runs)
        elif isinstance(block, Heading):
            self._paragraph(f"Heading {block.level}", [Run(block.label)])
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=block.start):
                if block.ordered:
                    self._paragraph("Numbered Item", [Run(f"{number}.\t"), *item])
                else:
                    self._paragraph("List Bullet", item)
        elif isinstance(block, Image):
            self._image(block)
        elif isinstance(block, PageBreak):
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, TableOfContents):
            self._toc(block)
        elif isinstance(block, Cover):
            self._cover(block)

    def _cover(self, cover: Cover) -> None:
        spacer = self._paragraph(None)
        spacer.paragraph_format.space_before = Mm(35)
        self._paragraph("Title", [Run(cover.acronym)])
        self._paragraph("Cover Title", [Run(cover.title)])
        self._paragraph("Cover Label", [Run(cover.call)]).paragraph_format.space_after = Mm(10)
        for label, value in cover.facts:
            self._paragraph("Cover Label", [Run(label)])
            self._paragraph("Cover Text", [Run(value)])
        self._paragraph("Cover Label", [Run(cover.partners_title)]).paragraph_format.space_before = Mm(4)
        for partner in cover.partners:
            self._paragraph("Cover Text", [Run(partner)]).paragraph_format.space_after = Pt(2)
        self._paragraph("Cover Text", [Run(cover.date)]).paragraph_format.space_before = Mm(10)

    def _toc(self, toc: TableOfContents) -> None:
        self._paragraph("Contents Title", [Run(toc.title)])
        headings = [h for h in self.tree.headings() if h.level <= toc.depth]
        first = self._paragraph(f"TOC {headings[0].level}" if headings else "TOC 1")
        fields.toc_begin(first, toc.depth)
        last = first
        for index, heading in enumerate(headings):
            paragraph = first if index == 0 else self._paragraph(f"TOC {heading.level}")
            paragraph.add_run(heading.label)
            last = paragraph
        fields.toc_end(last)

    def _image(self, image: Image) -> None:
        width = int(self.text_width * min(1.0, image.width_fraction))
        height = int(width * image.height_px / max(image.width_px, 1))
        paragraph = self._paragraph(None)
        paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
        paragraph.paragraph_format.keep_with_next = bool(image.caption)
        paragraph.add_run().add_picture(io.BytesIO(image.png), width=Emu(width), height=Emu(height))
        if image.caption:
            self._paragraph("Caption", [Run(image.caption)]).alignment = WD_PARAGRAPH_ALIGNMENT.CENTER

    def _table(self, table: Table) -> None:
        docx_table = self.doc.add_table(rows=0, cols=table.columns)
        tbl = docx_table._tbl
        tbl.tblPr.style = self.ids["Table Grid"]
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tbl.tblPr.append(layout)
        scale = self.text_width / sum(table.widths)
        for grid_col, relative in zip(tbl.tblGrid.gridCol_lst, table.widths):
            grid_col.w = Emu(int(relative * scale))
        text_style, header_style = self.ids["Table Text"], self.ids["Table Header"]
        aligns = [_ALIGN[a] for a in table.align]
        for index, values in enumerate(table.rows):
            row = docx_table.add_row()
            is_header = index < table.header_rows
            if is_header:
                fields.repeat_as_header(row._tr)
            bold = index in table.bold_rows
            for cell, value, align in zip(row.cells, values, aligns):
                paragraph = cell.paragraphs[0]
                paragraph._p.style = header_style if is_header else text_style
                if align is not None:
                    paragraph.alignment = align
                if value:
                    run = paragraph.add_run(value)
                    if bold:
                        run.bold = True
                if is_header:
                    fields.shade(cell._tc, HEADER_FILL)
        if table.caption:
            self._paragraph("Caption", [Run(table.caption)])
        # Word glues a following table to this one without a paragraph between them.
        self._paragraph(None).paragraph_format.space_after = Pt(2)


