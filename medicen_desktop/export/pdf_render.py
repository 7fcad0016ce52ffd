"""Render a document tree as a PDF (reportlab platypus), in one layout pass.

Contract: ``render_pdf(tree, path, progress) -> Layout`` writes ``path``
(the caller makes it atomic) and returns what the layout learned (pages,
heading pages, the technical part's first and last page). Every user string
is escaped (``pdf_fonts.markup``) before it reaches a Paragraph, TOC line or
bookmark; every face is the call's embedded family (``initialFontName`` too,
so no standard font is referenced), in the call's page size, margins and
sizes (``tree.metadata.typography``); tables repeat their header rows, split
inside rows, wrap every cell, and a small one is kept on one page.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import assert_never

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from medicen_desktop.export import pdf_page
from medicen_desktop.export.markdown import LINE_BREAK
from medicen_desktop.export.pdf_cells import cell_styles
from medicen_desktop.export.pdf_code import (
    QUOTE_INDENT,
    QUOTE_RIGHT,
    CodeListing,
    QuoteIndent,
)
from medicen_desktop.export.gantt import split_gantt
from medicen_desktop.export.pdf_fonts import font_runs, markup, text_fragments
from medicen_desktop.export.pdf_gantt import GanttFlowable
from medicen_desktop.export.pdf_page import HEADER_FILL, RULE, Layout, Marker, Position, TocLine
from medicen_desktop.export.pdf_keep import KeptWithHeading
from medicen_desktop.export.pdf_plain import PlainText
from medicen_desktop.export.pdf_platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    TableStyle,
)
from medicen_desktop.export.pdf_platypus import Image as RLImage
from medicen_desktop.export.pdf_platypus import PageBreak as RLPageBreak
from medicen_desktop.export.pdf_platypus import Paragraph as RLParagraph
from medicen_desktop.export.pdf_platypus import Table as RLTable
from medicen_desktop.export.pdf_text import TextParagraph
from medicen_desktop.export.table_widths import DOCX_MARGIN, word_widths
from medicen_desktop.export.tree import (
    KEEP_WHOLE_ROWS, Align, Block, CodeBlock, Cover, DocumentTree, Gantt, Heading, Image, ListBlock,
    Orientation, PageBreak, Paragraph, Quote, Run, Table, TableOfContents,
)
from medicen_desktop.progress import NO_PROGRESS, Progress


_SCRIPT_TAG = {"sub": "sub", "sup": "super"}
_SCRIPT_ATTRIBUTES = {"sub": ' rise="10%" size="60%"', "sup": ' rise="35%" size="60%"'}
"""As word processors set them: 60 % of the size (LibreOffice 58 %), raised a third or lowered a tenth."""


def runs_text(runs: list[Run], style: ParagraphStyle) -> Flowable:
    """A paragraph of ``runs``: ``PlainText`` (fast), or a markup paragraph where a run is a sub/superscript."""
    if any(run.script for run in runs):
        return TextParagraph(runs_markup(runs, style.fontName), style)
    return PlainText(font_runs(runs, style.fontName), style)


def runs_markup(runs: list[Run], face: str) -> str:
    """Escaped reportlab markup of inline runs in the registered face ``face``; ``\\n`` runs become ``<br/>``."""
    parts = []
    for run in runs:
        if run.text == "\n":
            parts.append("<br/>")
            continue
        text = markup(run.text, face)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.script:
            tag = _SCRIPT_TAG[run.script]
            text = f"<{tag}{_SCRIPT_ATTRIBUTES[run.script]}>{text}</{tag}>"
        parts.append(text)
    return "".join(parts)


def cell_paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A table cell: its lines, in the style's face (and the fallback font where needed)."""
    if "\n" not in text:  # one line: most cells
        return PlainText(text_fragments(text, style.fontName), style)
    runs: list[Run] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            runs.append(LINE_BREAK)
        if line:
            runs.append(Run(line))
    return PlainText(font_runs(runs, style.fontName), style)


CELL_PADDING = 4.0
"""Points between a cell's rule and its text, left and right (the DOCX cell margins: ``docx_xml.CELL_MARGIN``)."""
BOTTOM_PADDING = 3.0
"""The DOCX cell's 2.5 pt bottom margin and the 0.5 pt rule Word adds to each row's height."""


class _HeadingParagraph(TextParagraph):
    """A heading that tells the document its bookmark key, outline text and level."""

    def __init__(self, text: str, style: object, key: str, title: str, level: int) -> None:
        super().__init__(text, style)
        self.bookmark = (key, title, level)


_INVISIBLE = (CondPageBreak, Spacer, ActionFlowable)
"""Flowables that take no visible room (a CondPageBreak's height is its condition, not its size)."""


class _DossierDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: object, layout: Layout, progress: Progress, total: int, **kwargs: object) -> None:
        super().__init__(target, **kwargs)
        self.layout = layout
        self.progress = progress
        self.total = total
        self.done = 0
        self._outline_level = -1
        self._starts: list[str] = []

    def afterFlowable(self, flowable: Flowable) -> None:
        self.done += 1
        self._record_position(flowable)
        if self.done % 40 == 0:
            self.progress.step(min(self.done, self.total), self.total, "PDF")
        bookmark = getattr(flowable, "bookmark", None)
        if bookmark is None:
            return
        key, title, level = bookmark
        if key in self.layout.heading_pages:
            return  # the second half of a split heading
        page = self.canv.getPageNumber()
        self.layout.heading_pages[key] = page
        top = self.frame._y + flowable.height + flowable.getSpaceBefore()
        self.layout.destinations.append((page, key, top))
        level = min(level - 1, self._outline_level + 1)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self._outline_level = level


    def _record_position(self, flowable: Flowable) -> None:
        """Positions of span markers (see ``pdf_page.Marker``)."""
        frame = self.frame
        if isinstance(flowable, Marker):
            if flowable.name.startswith("start:"):
                self._starts.append(flowable.name)
            else:
                self._set(flowable.name, frame._y)
            return
        if self._starts and getattr(flowable, "height", 0) > 0 and not isinstance(flowable, _INVISIBLE):
            top = min(frame._y + flowable.height, frame._y1 + frame._height)
            for name in self._starts:
                self._set(name, top)
            self._starts = []

    def _set(self, name: str, y: float) -> None:
        frame = self.frame
        depth = (frame._y1 + frame._height - y) / frame._height if frame._height else 0.0
        self.layout.positions[name] = Position(self.canv.getPageNumber(), min(1.0, max(0.0, depth)))

    def handle_documentEnd(self) -> None:
        for name in self._starts:  # a span with nothing visible after its start: it starts where it ends
            self.layout.positions.setdefault(name, self.layout.positions.get("end:" + name[6:], Position(1, 0.0)))
        super().handle_documentEnd()


def render_pdf(tree: DocumentTree, path: Path | io.BytesIO, progress: Progress = NO_PROGRESS,
               layout_only: bool = False) -> Layout:
    """Write the dossier as PDF to ``path`` (a file or a buffer); raises ``Cancelled``.

    ``layout_only`` lays the pages out exactly as for the file but writes nothing (the preflight's count).
    """
    meta = tree.metadata
    typography = meta.typography
    styles = pdf_page.make_styles(typography, meta.language)
    layout = Layout()
    top, right, bottom, left = (v * mm for v in typography.margins_mm)
    width, height = (v * mm for v in typography.page_mm)
    page, wide_page = (width, height), (height, width)
    story = _Story(tree, styles, layout, width - left - right).flowables()
    body = styles["body"]
    doc = _DossierDoc(
        path if isinstance(path, io.BytesIO) else str(path), layout, progress, len(story), pagesize=page,
        leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=meta.title, author=meta.author, subject=meta.subject,
        keywords=", ".join(meta.keywords), creator="Medicen Desktop", lang=meta.language,
        initialFontName=body.fontName, initialFontSize=body.fontSize, initialLeading=body.leading,
    )
    frame = Frame(left, bottom, width - left - right, height - top - bottom, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    wide = Frame(left, bottom, height - left - right, width - top - bottom, id="wide", leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frame], pagesize=page),
                          PageTemplate(id="body", frames=[frame], pagesize=page),
                          PageTemplate(id="landscape", frames=[wide], pagesize=wide_page)])
    canvas_class = pdf_page.deferred_canvas_class(layout, typography, styles["header"], (top, right, bottom, left),
                                                  layout_only)
    doc.build(story, canvasmaker=canvas_class)
    progress.step(len(story), len(story), "PDF")
    return layout


class _Story:
    def __init__(self, tree: DocumentTree, styles: dict, layout: Layout, text_width: float) -> None:  # type: ignore[type-arg]
        self.tree = tree
        self.styles = styles
        self.layout = layout
        self.portrait_width = self.text_width = text_width
        self.keys: dict[int, str] = {}
        self._quote_path: tuple[int, ...] = ()
        """The quotes (outermost first) holding the last quoted flowable made (``_quote``)."""
        self.typography = typography = tree.metadata.typography
        self.family = typography.family
        top, right, bottom, left = typography.margins_mm
        page_width, page_height = typography.page_mm
        self.landscape_width = (page_height - left - right) * mm
        self.portrait_max_height = self.max_height = (page_height - top - bottom) * mm * 0.85
        self.landscape_max_height = (page_width - top - bottom) * mm * 0.85

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, heading in enumerate(self.tree.headings()):
            self.keys[id(heading)] = f"h{index}"
        starts: dict[int, list[Marker]] = {}
        ends: dict[int, list[Marker]] = {}
        for span in self.tree.spans:
            name = f"{span.kind}:{span.key}"
            starts.setdefault(span.start, []).append(Marker(f"start:{name}", self.layout))
            ends.setdefault(span.end, []).append(Marker(f"end:{name}", self.layout))
        pending: list[Flowable] = []  # a heading waits to be kept with what follows it
        for index, block in enumerate(self.tree.blocks):
            markers = [*ends.get(index, []), *starts.get(index, [])]
            (pending if pending else story).extend(markers)  # kept with a heading waiting for its text
            flowables = self._block(block)
            if isinstance(block, Heading):
                pending.extend(flowables)
                continue
            if pending and flowables:
                # never a KeepTogether inside another: its wrap reports an endless height, forcing a new page
                first = flowables[0]
                whole = isinstance(first, KeepTogether)
                story.append(KeptWithHeading([*pending, *(first._content if whole else [first])], whole))
                flowables, pending = flowables[1:], []
            story.extend(flowables)
        story.extend(pending)
        story.extend(ends.get(len(self.tree.blocks), []))
        return story

    def _block(self, block: Block) -> list[Flowable]:
        styles = self.styles
        match block:  # every kind of block: mypy fails on a kind added to ``Block`` and not laid out here
            case Paragraph():
                return [runs_text(block.runs, styles[block.kind.value])]
            case CodeBlock():
                return [self._code(block)]
            case Quote():
                return self._quote(block)
            case Heading():
                key = self.keys[id(block)]
                style = styles[f"h{block.level}"]
                flowable = _HeadingParagraph(markup(block.label, style.fontName), style, key, block.label, block.level)
                return [flowable]  # kept with what follows (``flowables``), as Word keeps it: no other condition
            case Table():
                return self._table(block)
            case ListBlock():
                return [TextParagraph(runs_markup(item, styles["bullet"].fontName), styles["bullet"],
                                      bulletText=f"{n}." if block.ordered else "•")
                        for n, item in enumerate(block.items, start=block.start)]
            case Image():
                return [self._image(block)]
            case Gantt():
                size = self.typography.figure_pt
                out: list[Flowable] = []
                for part in split_gantt(block, size, self.max_height):
                    chart = GanttFlowable(part, self.family, size)
                    caption = self.styles["caption"]
                    out.append(self._picture(chart, TextParagraph(markup(part.caption, caption.fontName), caption)
                                             if part.caption else None))
                return out
            case PageBreak():
                return [RLPageBreak()]
            case Orientation():
                wide = block.landscape
                self.text_width = self.landscape_width if wide else self.portrait_width
                self.max_height = self.landscape_max_height if wide else self.portrait_max_height
                return [NextPageTemplate("landscape" if wide else "body"), RLPageBreak()]
            case TableOfContents():
                return self._toc(block)
            case Cover():
                return self._cover(block)
            case _:
                assert_never(block)

    def _code(self, code: CodeBlock) -> Flowable:
        return CodeListing(code.lines, self.styles["code"], pdf_page.CODE_FILL, pdf_page.CODE_EDGE, pdf_page.RULE)

    def _quote(self, quote: Quote, path: tuple[int, ...] = ()) -> list[Flowable]:
        """The quote's blocks moved in by its level, with a rule per enclosing quote; nested quotes further in."""
        styles = self.styles
        path = (*path, id(quote))
        if quote.level == 1:
            self._quote_path = ()  # the block before a quote is not quoted: its first rule starts here
        out: list[Flowable] = []
        for block in quote.blocks:
            if isinstance(block, Quote):
                out.extend(self._quote(block, path))
                continue
            inner: list[Flowable]
            if isinstance(block, Paragraph):
                inner = [runs_text(block.runs, styles["quote"])]
            elif isinstance(block, ListBlock):
                inner = [TextParagraph(runs_markup(item, styles["quote_bullet"].fontName), styles["quote_bullet"],
                                       bulletText=f"{n}." if block.ordered else "•")
                         for n, item in enumerate(block.items, start=block.start)]
            elif isinstance(block, CodeBlock):
                inner = [self._code(block)]
            elif isinstance(block, Table):
                inner = self._table(block, self.text_width - QUOTE_INDENT * quote.level - QUOTE_RIGHT)
            else:  # a page break
                out.extend(self._block(block))
                self._quote_path = ()
                continue
            for flowable in inner:
                if isinstance(flowable, Spacer):
                    out.append(flowable)
                    continue
                joined = next((k for k, (a, b) in enumerate(zip(path, self._quote_path)) if a != b),
                              min(len(path), len(self._quote_path)))
                out.append(QuoteIndent(flowable, quote.level, joined, pdf_page.RULE))
                self._quote_path = path
        return out

    def _toc(self, toc: TableOfContents) -> list[Flowable]:
        title = self.styles["toc_title"]
        out: list[Flowable] = [RLParagraph(markup(toc.title, title.fontName), title)]
        for heading in self.tree.headings():
            if heading.level <= toc.depth:
                style = self.styles[f"toc{heading.level}"]
                out.append(TocLine(markup(heading.label, style.fontName), style, self.keys[id(heading)], self.layout))
        return out

    def _cover(self, cover: Cover) -> list[Flowable]:
        """Acronym, title, call, facts, partners and date on one page: past 8 partners they go in two columns
        (three past 24), and the spacing tightens, so a 25-partner consortium still fits."""
        s = self.styles

        def para(text: str, style: str) -> Flowable:
            return RLParagraph(markup(text, s[style].fontName), s[style])

        many = len(cover.partners) > 8
        out: list[Flowable] = [NextPageTemplate("body"), Spacer(1, (12 if many else 40) * mm),
                               para(cover.acronym, "cover_acronym"),
                               HRFlowable(width="100%", thickness=1.2, color=pdf_page.ACCENT, spaceAfter=10),
                               para(cover.title, "cover_title"), para(cover.call, "cover_label"),
                               Spacer(1, (5 if many else 10) * mm)]
        for label, value in cover.facts:
            out += [para(label, "cover_label"), para(value, "cover_text")]
        out.append(Spacer(1, 4 * mm))
        out.append(para(cover.partners_title, "cover_label"))
        if not many:
            out += [para(partner, "cover_text") for partner in cover.partners]
        else:
            columns = 2 if len(cover.partners) <= 24 else 3
            rows = -(-len(cover.partners) // columns)
            cells = [[para(cover.partners[c * rows + r], "cover_partner") if c * rows + r < len(cover.partners) else ""
                      for c in range(columns)] for r in range(rows)]
            grid = RLTable(cells, colWidths=[self.text_width / columns] * columns, hAlign="LEFT")
            partner = self.styles["cover_partner"]  # FONT: else the grid selects Helvetica (unembedded)
            grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), partner.fontName, partner.fontSize),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            out.append(grid)
        out += [Spacer(1, (4 if many else 8) * mm), para(cover.date, "cover_text")]
        return out

    def _image(self, image: Image) -> Flowable:
        width = self.text_width * min(1.0, image.width_fraction)
        height = width * image.height_px / max(image.width_px, 1)
        if height > self.max_height:  # never taller than a page: scale down, keep the ratio
            width, height = width * self.max_height / height, self.max_height
        picture = RLImage(io.BytesIO(image.png), width=width, height=height)
        caption = self.styles["caption"]
        return self._picture(picture, RLParagraph(markup(image.caption, caption.fontName), caption)
                             if image.caption else None)

    def _picture(self, picture: Flowable, caption: Flowable | None) -> Flowable:
        """A picture (or chart) as Word sets the DOCX's: standing on its line's baseline, with the body font's
        descent and line gap under it (``Typography.below_picture``), then its caption at the caption's 2 pt, or
        the body's space after; kept together."""
        under = Spacer(1, self.typography.below_picture)
        if caption is None:
            under.spaceAfter = self.styles["body"].spaceAfter
        return KeepTogether([picture, under, *([caption] if caption is not None else [])])

    def _table(self, table: Table, width: float | None = None) -> list[Flowable]:
        s = self.styles
        size = s["cell"].fontSize
        # The DOCX's widths to the twip: LibreOffice wrapped a cell's last word where the PDF's 0.6 pt wider one did not.
        widths = word_widths(table, (width or self.text_width) - DOCX_MARGIN, size, 2 * CELL_PADDING, self.family)
        right = [a == Align.RIGHT for a in table.align]
        data = []
        for index, row in enumerate(table.rows):
            bold = index < table.header_rows or index in table.bold_rows
            data.append([cell_paragraph(value, s[("cell_bold" if bold else "cell") + ("_right" if r else "")])
                         for value, r in zip(row, right)])
        # The font (cells are PlainText, but a Table still selects its default Helvetica unless told), top alignment
        # and paddings of every cell, set once (``pdf_cells``) rather than by a command walking every cell.
        cells = cell_styles(len(data), len(widths), s["cell"].fontName, size, "TOP",
                            (CELL_PADDING, CELL_PADDING, 2, BOTTOM_PADDING))
        rl_table = RLTable(data, colWidths=widths, repeatRows=table.header_rows, splitInRow=1, hAlign="LEFT",
                           cellStyles=cells)
        commands: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.4, RULE)]
        if table.header_rows:
            commands.append(("BACKGROUND", (0, 0), (-1, table.header_rows - 1), HEADER_FILL))
        for index in table.bold_rows:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.9, pdf_page.INK))
        rl_table.setStyle(TableStyle(commands))
        body: list[Flowable] = [rl_table]
        if table.caption:
            body.append(RLParagraph(markup(table.caption, s["caption"].fontName), s["caption"]))
        if len(table.rows) <= KEEP_WHOLE_ROWS:  # a small table (and its caption) moves to the next page whole
            body = [KeepTogether(body)]
        return [*body, Spacer(1, 8)]
