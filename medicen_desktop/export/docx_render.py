"""Render a document tree as a Word file (python-docx), on the shipped reference styles.

Contract: ``render_docx(tree, path, progress)`` writes ``path`` (the caller
makes it atomic). Styles come from ``resources/docx/reference.docx`` and are
referred to by style id (python-docx's by-name lookup scans every style).
The body is written as WordprocessingML text and written into the package as
such (``docx_xml``): python-docx's element proxies cost more than the rest of the
export on a large dossier, and a tree of the body as much memory as the
rest of the run; python-docx still writes the properties, header, footer and pictures. Headings use the real "Heading N" styles, so Word's
navigation pane and the TOC field work. An ``Orientation`` block ends the
current Word section and starts a landscape (or portrait) one.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
from pathlib import Path
from typing import assert_never

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Emu, Mm
from docx.styles import BabelFish
from lxml import etree
from lxml.etree import _Element

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export import docx_fields as fields
from medicen_desktop.export import docx_xml as x
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_typography import apply_typography
from medicen_desktop.export.formats import Written
from medicen_desktop.export.docx_gantt import gantt_table_xml
from medicen_desktop.export.table_widths import word_widths
from medicen_desktop.export.tree import (
    KEEP_WHOLE_ROWS, Block, CodeBlock, Cover, DocumentTree, Gantt, Heading, Image, ListBlock, Metadata, Orientation,
    PageBreak, Paragraph, ParagraphKind, Quote, Table, TableOfContents,
)
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.resources import resource
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.template_model import FunderTemplate

HEADER_FILL = "E3E9F0"
TITLE_LIMIT = 255  # Word's core property limit; python-docx raises past it
QUOTE_INDENT = round(7 * 1440 / 25.4)
"""Twips of left indent per quote level: the reference document's "Quote" style indents one level."""
LIST_INDENT = QUOTE_INDENT
LIST_AFTER = 60
"""Twips after a list item inside a quote (3 pt, as the PDF's bullets)."""
CODE_INDENT = 100
"""Twips between the margin (or the quote's indent) and a code line: the "Code" style's box sits in it."""
_KIND_STYLE = {ParagraphKind.BODY: None, ParagraphKind.CAPTION: "Caption", ParagraphKind.NOTE: "Note"}


def render_docx(tree: DocumentTree, path: Path, progress: Progress = NO_PROGRESS) -> None:
    """Write the dossier as DOCX to ``path``; raises ``Cancelled`` from ``progress``."""
    _DocxWriter(tree).write(path, progress)


def write_docx(document: ProposalDocument, template: FunderTemplate, report: BudgetReport, path: Path,
               progress: Progress = NO_PROGRESS) -> Written:
    """The ``docx`` format's writer (``export.formats``): the dossier's tree as DOCX."""
    render_docx(build_tree(document, template, report, progress=progress), path, progress)
    return Written()


class DocxComposer:
    """This renderer, for a Word file other than the dossier (the partner's Word package): the same reference
    styles, typography, properties, running header and footer, and block writer, plus raw XML between blocks
    (content controls, bookmarks) that the dossier's tree has no block for."""

    def __init__(self, metadata: Metadata) -> None:
        self._writer = _DocxWriter(DocumentTree(metadata, []))
        self._writer._properties()
        self._writer._header_footer()

    def style_id(self, name: str) -> str:
        return self._writer.ids[name]

    def add_blocks(self, blocks: list[Block]) -> None:
        for block in blocks:
            self._writer._block(block)
        self._writer._flush_break()

    def add_xml(self, xml: str) -> None:
        self._writer._flush_break()
        self._writer.out.add(xml)

    def blocks_xml(self, blocks: list[Block]) -> str:
        """The XML ``add_blocks`` would add for ``blocks``, without adding it."""
        kept, self._writer.out = self._writer.out, x.DocxBody()
        try:
            self.add_blocks(blocks)
            return self._writer.out.text()
        finally:
            self._writer.out = kept

    def save(self) -> bytes:
        buffer = io.BytesIO()
        x.save(self._writer.doc, buffer, self._writer.out)
        return buffer.getvalue()


def _clip(text: str, limit: int = TITLE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _DocxWriter:
    def __init__(self, tree: DocumentTree) -> None:
        self.tree = tree
        self.doc: DocxDocument = Document(str(resource("docx", "reference.docx")))
        self.ids = _style_ids(self.doc)
        self.typography = typography = tree.metadata.typography
        apply_typography(self.doc, typography, self.ids)
        self.out = x.DocxBody()
        section = self.doc.sections[0]
        top, right, bottom, left = (Mm(v) for v in typography.margins_mm)
        section.page_width, section.page_height = (Mm(v) for v in typography.page_mm)
        section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = top, right, bottom, left
        # The running header and footer sit inside the margins, where the PDF draws them: Word's default
        # 12.5 mm distance pushes the body down under a 15 mm margin (a page more on an HE dossier).
        section.header_distance = Mm(typography.margins_mm[0] * 0.3)
        section.footer_distance = Mm(typography.margins_mm[2] * 0.3)
        # Word stores lengths in twips: keep a margin of safety so an image never overflows.
        self.portrait_width = int(section.page_width - left - right) - 12700
        self.landscape_width = int(section.page_height - left - right) - 12700
        self.text_width = self.portrait_width
        self.landscape = False
        self.sections_ended = 0
        self.section_top = False
        """A section has just started (on a new page): its first paragraph has no space before, as a PDF page's."""
        self.break_pending = False
        """A page break waits for the next paragraph: it gets ``pageBreakBefore`` and no space before, as the
        PDF starts a page (a paragraph holding only a ``w:br`` leaves an empty line atop the next page)."""

    def write(self, path: Path, progress: Progress) -> None:
        self._properties()
        self._header_footer()
        blocks = self.tree.blocks
        total = len(blocks)
        for index, block in enumerate(blocks):
            if index % 25 == 0:
                progress.step(index, total, "DOCX")
            self._block(block)
        self._flush_break()
        progress.step(total, total, "DOCX")
        x.save(self.doc, str(path), self.out)

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
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now
        props.last_modified_by = _clip(meta.author)
        props.revision = 1
        fields.set_language(self.doc, meta.language)
        fields.ask_to_update_fields(self.doc)

    def _header_footer(self) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header._p.style = self.ids["Running Header"]
        header.add_run(self.typography.header)
        footer = section.footer.paragraphs[0]
        footer._p.style = self.ids["Running Header"]
        footer.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
        for piece in re.split(r"(\{page\}|\{pages\})", self.typography.footer):
            if piece == "{page}":
                fields.add_simple_field(footer, "PAGE")
            elif piece == "{pages}":
                fields.add_simple_field(footer, "NUMPAGES")
            elif piece:
                footer.add_run(piece)

    # -- blocks ----------------------------------------------------------------------------
    def _p(self, style: str | None, content: str = "", **kwargs: object) -> None:
        if self.section_top:
            kwargs.setdefault("before_twips", 0)
            self.section_top = False
        if self.break_pending:
            kwargs["page_break_before"] = True
            kwargs.setdefault("before_twips", 0)
            self.break_pending = False
        self.out.add(x.paragraph_xml(self.ids[style] if style else None, content, **kwargs))  # type: ignore[arg-type]

    def _flush_break(self) -> None:
        """Write a waiting page break as its own paragraph (before a table, a picture or a section change)."""
        self.section_top = False  # a table or a picture opens the section: the paragraph after it keeps its space
        if self.break_pending:
            self.out.add(x.page_break_xml())
            self.break_pending = False

    def _block(self, block: Block) -> None:
        match block:  # every kind of block: mypy fails on a kind added to ``Block`` and not written here
            case Paragraph():
                self._p(_KIND_STYLE[block.kind], x.runs_xml(block.runs))
            case CodeBlock():
                self._p("Code", x.code_run_xml(block.lines), keep_lines=len(block.lines) <= KEEP_WHOLE_ROWS)
            case Quote():
                self._quote(block)
            case Heading():
                self._p(f"Heading {block.level}", x.run_xml(block.label))
            case Table():
                self._table(block)
            case ListBlock():
                for number, item in enumerate(block.items, start=block.start):
                    if block.ordered:
                        self._p("Numbered Item", x.run_xml(f"{number}.\t") + x.runs_xml(item))
                    else:
                        self._p("List Bullet", x.runs_xml(item))
            case Image():
                self._image(block)
            case Gantt():
                self._gantt(block)
            case PageBreak():
                self._flush_break()
                self.break_pending = True
            case Orientation():
                self._orientation(block.landscape)
            case TableOfContents():
                self._toc(block)
            case Cover():
                self._cover(block)
            case _:
                assert_never(block)

    def _quote(self, quote: Quote) -> None:
        """A quote's blocks in the "Quote" style (its left rule and indent), nested quotes further in.

        A list inside a quote is written as quote paragraphs with a hanging bullet or number, so it keeps
        the quote's rule; code keeps the "Code" box, moved in by the quote's indent.
        """
        left = QUOTE_INDENT * quote.level
        deeper = left if quote.level > 1 else None  # level 1 is the style's own indent
        for block in quote.blocks:
            if isinstance(block, Paragraph):
                self._p("Quote", x.runs_xml(block.runs), left_twips=deeper)
            elif isinstance(block, ListBlock):
                for number, item in enumerate(block.items, start=block.start):
                    mark = f"{number}.\t" if block.ordered else "•\t"
                    self._p("Quote", x.run_xml(mark) + x.runs_xml(item), after_twips=LIST_AFTER,
                            left_twips=left + LIST_INDENT, hanging_twips=LIST_INDENT)
            elif isinstance(block, CodeBlock):
                self._p("Code", x.code_run_xml(block.lines), left_twips=left + CODE_INDENT,
                        keep_lines=len(block.lines) <= KEEP_WHOLE_ROWS)
            elif isinstance(block, Table):
                self._table(block, left)
            else:  # a nested quote, a page break
                self._block(block)

    def _cover(self, cover: Cover) -> None:
        """As the PDF's cover: past 8 partners they go in two columns (three past 24), spacing tightened."""
        mm = 1440 / 25.4
        many = len(cover.partners) > 8
        self._p(None, before_twips=round((7 if many else 35) * mm))
        self._p("Title", x.run_xml(cover.acronym))
        self._p("Cover Title", x.run_xml(cover.title))
        self._p("Cover Label", x.run_xml(cover.call), after_twips=round((5 if many else 10) * mm))
        for label, value in cover.facts:
            self._p("Cover Label", x.run_xml(label))
            self._p("Cover Text", x.run_xml(value))
        self._p("Cover Label", x.run_xml(cover.partners_title), before_twips=round(4 * mm))
        if not many:
            for partner in cover.partners:
                self._p("Cover Text", x.run_xml(partner), after_twips=40)
        else:
            columns = 2 if len(cover.partners) <= 24 else 3
            self.out.add(x.grid_xml(cover.partners, columns, self.text_width // 635, self.ids["Cover Text"]))
        self._p("Cover Text", x.run_xml(cover.date), before_twips=round((4 if many else 10) * mm))

    def _toc(self, toc: TableOfContents) -> None:
        self._p("Contents Title", x.run_xml(toc.title))
        headings = [h for h in self.tree.headings() if h.level <= toc.depth]
        if not headings:
            self._p("TOC 1", fields.TOC_BEGIN.format(depth=toc.depth) + fields.FIELD_END)
            return
        for index, heading in enumerate(headings):
            begin = fields.TOC_BEGIN.format(depth=toc.depth) if index == 0 else ""
            end = fields.FIELD_END if index == len(headings) - 1 else ""
            self._p(f"TOC {heading.level}", begin + x.run_xml(heading.label) + end)

    def _image(self, image: Image) -> None:
        self._flush_break()
        width = int(self.text_width * min(1.0, image.width_fraction))
        height = int(width * image.height_px / max(image.width_px, 1))
        inline = self.doc.part.new_pic_inline(io.BytesIO(image.png), Emu(width), Emu(height))
        # A caption sits its own 2 pt under the picture, as in the PDF: not under the body's space after too.
        self.out.add('<w:p><w:pPr><w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>'
                     if image.caption
                     else '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing>')
        self.out.add_element(inline)
        self.out.add("</w:drawing></w:r></w:p>")
        if image.caption:
            self._p("Caption", x.run_xml(image.caption), align="center")

    def _gantt(self, chart: Gantt) -> None:
        """The chart as a Word table (``docx_gantt``), its caption under it as a picture's."""
        self._flush_break()
        self.out.add(gantt_table_xml(chart, self.text_width // 635, self.typography.family, self.typography.figure_pt,
                                     self.ids["Table Text"], keep_with_next=bool(chart.caption)))
        if chart.caption:
            self._p("Caption", x.run_xml(chart.caption), align="center")
        self.out.add(x.spacer_xml(8))

    def _table(self, table: Table, indent_twips: int = 0) -> None:
        self._flush_break()
        available = self.text_width / 12700 - indent_twips / 20
        widths = [round(w * 20) for w in word_widths(table, available, self.typography.table_pt, 2 * x.CELL_MARGIN / 20,
                                                     self.typography.family)]
        self.out.add(x.table_xml(table.rows, widths, [a.value for a in table.align], self.ids["Table Grid"],
                                 self.ids["Table Text"], self.ids["Table Header"], table.header_rows,
                                 table.bold_rows, HEADER_FILL, indent_twips,
                                 keep_whole=len(table.rows) <= KEEP_WHOLE_ROWS, language=self.tree.metadata.language))
        if table.caption:
            self._p("Caption", x.run_xml(table.caption))
        # Word glues a following table to this one without a paragraph between them: an 8 pt spacer, as the PDF's
        # (an empty body paragraph would be a whole line, two lines a page for a page of small tables).
        self.out.add(x.spacer_xml(8))

    def _orientation(self, landscape: bool) -> None:
        """End the current Word section here and start one in the other orientation on a new page."""
        self._flush_break()
        if landscape == self.landscape:
            return
        final = self.doc.element.body[-1]
        ending = copy.deepcopy(final)
        if self.sections_ended:  # only the first section (the cover's) has a different first page
            for title_pg in ending.findall(qn("w:titlePg")):
                ending.remove(title_pg)
        self.out.end_section(etree.tostring(ending, encoding="unicode"))
        for title_pg in final.findall(qn("w:titlePg")):
            final.remove(title_pg)
        _turn(final)  # the body's final sectPr now describes the section that starts here
        self.sections_ended += 1
        self.section_top = True
        self.landscape = landscape
        self.text_width = self.landscape_width if landscape else self.portrait_width


def _style_ids(document: DocxDocument) -> dict[str, str]:
    """Style name (as python-docx shows it, "Heading 1") → style id, read straight from styles.xml.

    Iterating ``document.styles`` builds a proxy per style and costs a tenth of a second.
    """
    ids = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            ids[BabelFish.internal2ui(name.get(qn("w:val")))] = style.get(qn("w:styleId"))
    return ids


def _turn(sect_pr: _Element) -> None:
    """Swap a sectPr's page width and height and set its orientation accordingly."""
    size = sect_pr.find(qn("w:pgSz"))
    assert size is not None, "the reference document's sectPr has a page size"
    width, height = size.get(qn("w:w")), size.get(qn("w:h"))
    size.set(qn("w:w"), height)
    size.set(qn("w:h"), width)
    if int(height) > int(width):
        size.set(qn("w:orient"), "landscape")
    else:
        size.attrib.pop(qn("w:orient"), None)
