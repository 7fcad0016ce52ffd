"""The PDF's page furniture, laid out in one pass: styles, running header/footer, TOC page numbers.

A reportlab TOC normally needs ``multiBuild`` (three passes) because the
contents' page numbers are only known once the body is laid out. Here the
TOC's lines are known in advance (they are the tree's headings), so their
height is fixed; the page numbers are drawn at save time, like "Page X / Y",
by ``DeferredCanvas``, which keeps every page open until the document ends.
One layout pass instead of three.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from medicen_desktop.export.font_faces import MONO, split
from medicen_desktop.export.pdf_fonts import face_name, font_name, register_family
from medicen_desktop.export.pdf_platypus import Flowable, Paragraph
from medicen_desktop.export.typography import Typography, text_styles

INK = colors.HexColor("#1f2a37")
ACCENT = colors.HexColor("#1f4e79")
GREY = colors.HexColor("#595959")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e3e9f0")
QUOTE_INK = colors.HexColor("#3a4856")
CODE_FILL = colors.HexColor("#f3f5f7")
CODE_EDGE = colors.HexColor("#d5dce3")
_PDF_ESCAPES = {code: escapePDF(bytes([code])) for code in range(256)}
"""Byte → its escape in a PDF string (``escapePDF``'s table): ``\\(``, ``\\)``, ``\\\\``, octal outside ASCII."""


def make_styles(typography: Typography, language: str = "") -> dict[str, ParagraphStyle]:
    """Every paragraph style of the dossier (``typography.text_styles``), in the call's family; ``language``
    ("fr-FR") hyphenates words wider than their column."""
    family = typography.family
    register_family(family)
    specs = text_styles(typography)

    def style(name: str, spec_name: str | None = None, **extra: Any) -> ParagraphStyle:
        spec = specs[spec_name or name]
        leading = typography.leading(spec.size, spec.spacing)
        # A multiple line spacing puts its extra below each line: the last line at a page's foot may let it
        # hang into the margin (LibreOffice does; ``pdf_plain.foot_height``).
        trailing = max(0.0, leading - typography.leading(spec.size, 1.0))
        attrs = dict(fontName=face_name(family, spec.bold, spec.italic), fontSize=spec.size,
                     leading=leading, textColor=INK, spaceBefore=spec.before,
                     spaceAfter=spec.after, alignment=TA_LEFT, splitLongWords=1, keepWithNext=int(spec.keep_next),
                     allowOrphans=0, allowWidows=0, trailingSpace=trailing)
        if name.startswith("cell"):  # only a table cell is narrow enough to need it (Word hyphenates nothing)
            attrs["hyphenationLang"] = language.replace("-", "_")
        attrs.update(extra)
        return ParagraphStyle(name, **attrs)

    styles = {"body": style("body"), "note": style("note", textColor=GREY),
              "caption": style("caption", textColor=GREY, alignment=TA_CENTER)}
    for level in (1, 2, 3):
        styles[f"h{level}"] = style(f"h{level}", textColor=ACCENT if level < 3 else INK)
    styles["bullet"] = style("bullet", leftIndent=18, bulletIndent=4, bulletFontName=face_name(family))
    styles["quote"] = style("quote", "body", textColor=QUOTE_INK)
    styles["quote_bullet"] = style("quote_bullet", "bullet", textColor=QUOTE_INK, leftIndent=18, bulletIndent=4,
                                   bulletFontName=face_name(family))
    styles["code"] = style("code", fontName=font_name(MONO.regular))
    styles["cell"] = style("cell")
    styles["cell_right"] = style("cell_right", "cell", alignment=TA_RIGHT)
    styles["cell_bold"] = style("cell_bold", "cell", fontName=face_name(family, bold=True))
    styles["cell_bold_right"] = style("cell_bold_right", "cell", fontName=face_name(family, bold=True),
                                      alignment=TA_RIGHT)
    styles["header"] = style("header", textColor=GREY)
    styles["cover_acronym"] = style("cover_acronym", textColor=ACCENT)
    styles["cover_title"] = style("cover_title")
    styles["cover_label"] = style("cover_label", textColor=GREY)
    styles["cover_text"] = style("cover_text")
    styles["cover_partner"] = style("cover_partner", "cover_text", spaceAfter=0)
    styles["toc_title"] = style("toc_title", textColor=ACCENT)
    styles["toc1"] = style("toc1")
    styles["toc2"] = style("toc2", leftIndent=17)
    styles["toc3"] = style("toc3", leftIndent=34)
    return styles


@dataclass(frozen=True)
class Position:
    """A point of the layout: the page, and how far down its text frame it is (0 at the top, 1 at the bottom)."""

    page: int
    depth: float

    @property
    def pages(self) -> float:
        """This position in pages from the start of the document (page 1's top is 0)."""
        return self.page - 1 + self.depth


@dataclass
class Layout:
    """What one build learned: pages of headings and markers, TOC number slots."""

    heading_pages: dict[str, int] = field(default_factory=dict)
    markers: dict[str, int] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    """Where each span of the outline starts ("start:<kind>:<key>") and ends ("end:…")."""
    destinations: list[tuple[int, str, float]] = field(default_factory=list)
    """(page, key, top) of each heading: its bookmark is made when that page is written (``DeferredCanvas``)."""
    toc_slots: list[tuple[int, float, float, str, str, float]] = field(default_factory=list)
    """(page, x, y, key, font, size) of each TOC page number to draw at save time."""
    pages: int = 0


class TocLine(Flowable):  # type: ignore[misc]
    """One TOC entry: its text now, its page number at save time; a link to the heading."""

    NUMBER_WIDTH = 28.0

    def __init__(self, markup_text: str, style: ParagraphStyle, key: str, layout: Layout) -> None:
        super().__init__()
        self.paragraph = Paragraph(markup_text, style)
        self.style = style
        self.key = key
        self.layout = layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, self.height = self.paragraph.wrap(availWidth - self.NUMBER_WIDTH, availHeight)
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        self.paragraph.drawOn(canvas, 0, 0)
        x, y = canvas.absolutePosition(self.width, self.style.fontSize * 0.22)
        self.layout.toc_slots.append((canvas.getPageNumber(), x, y, self.key, self.style.fontName, self.style.fontSize))
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class Marker(Flowable):  # type: ignore[misc]
    """A zero-size flowable naming a span's start or end; the document records where it lands.

    A start is recorded where the next visible flowable is drawn (a heading kept with its text may move
    to the next page after the marker was placed); an end where the marker itself lands.

    It takes no room and passes the space after the flowable before it on (``_SPACETRANSFER``): the frame
    collapses a paragraph's space after with the next one's space before (the larger wins), as Word and
    LibreOffice do, and a marker between a paragraph and a section's heading must not break that (it did:
    every section's heading sat a body paragraph's space after lower than in Word, a page more on i-Démo).
    ``_ZEROSIZE``: placed even in a full frame, so it never starts a page by itself.
    """

    _SPACETRANSFER = True
    _ZEROSIZE = True

    def __init__(self, name: str, layout: Layout) -> None:
        super().__init__()
        self.name = name
        self.layout = layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def deferred_canvas_class(layout: Layout, typography: Typography, header_style: ParagraphStyle,
                          margins: tuple[float, float, float, float], layout_only: bool = False) -> type:
    """A Canvas class that keeps pages open and adds header, footer and TOC numbers at save time.

    ``layout_only`` (the preflight): the pages are laid out as for the file, then nothing is drawn or written.
    """

    class DeferredCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.layout_only = layout_only
            """Flowables that know it (``PlainText``) skip drawing: the layout is the same, nothing is shown."""
            self._pending: list[dict[str, Any]] = []
            self._laid_out = 0
            """Pages laid out when ``layout_only``: counted, not kept (their drawing is read by no one)."""

        def _escape(self, s: bytes | str) -> str:
            """reportlab's ``escapePDF`` (pure Python in 5.1, called for every string drawn) as one translation."""
            if isinstance(s, bytes):
                return s.decode("latin-1").translate(_PDF_ESCAPES)
            return str(escapePDF(s))

        def showPage(self) -> None:
            if layout_only:
                self._laid_out += 1
            else:
                self._pending.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = self._laid_out if layout_only else len(self._pending)
            layout.pages = total
            if layout_only:
                return
            slots_by_page: dict[int, list[tuple[int, float, float, str, str, float]]] = {}
            for slot in layout.toc_slots:
                slots_by_page.setdefault(slot[0], []).append(slot)
            destinations: dict[int, list[tuple[str, float]]] = {}
            for page, key, top in layout.destinations:
                destinations.setdefault(page, []).append((key, top))
            for state in self._pending:
                self.__dict__.update(state)
                page = self._pageNumber
                # A destination names the page object being written now: made during layout, while pages
                # are kept open, every one named page 1.
                for key, top in destinations.get(page, []):
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                if page > 1:
                    self._furniture(page, total)
                for _, x, y, key, font, size in slots_by_page.get(page, []):
                    self.setFont(font, size)
                    self.setFillColor(INK)
                    self.drawRightString(x, y, str(layout.heading_pages.get(key, "")))
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, page: int, total: int) -> None:
            """The running header (right) and footer (centred), inside the page's margins."""
            top, right, bottom, left = margins
            width, height = self._pagesize
            size = header_style.fontSize
            self.saveState()
            self.setFillColor(GREY)
            header_y = height - top * 0.55
            _draw_running(self, typography.header, header_style.fontName, size, width - right, header_y, "right")
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(left, header_y - size * 0.45, width - right, header_y - size * 0.45)
            _draw_running(self, typography.footer_text(page, total), header_style.fontName, size, width / 2,
                          bottom * 0.45, "centre")
            self.restoreState()

    return DeferredCanvas


def _draw_running(canvas: Canvas, text: str, face: str, size: float, x: float, y: float, anchor: str) -> None:
    """Draw a header or footer line (the call's fonts, fallbacks where needed), right-aligned or centred on x."""
    pieces = [(piece, font_name(owner)) for piece, owner in split(text, face + ".ttf")]
    total = sum(stringWidth(piece, font, size) for piece, font in pieces)
    x -= total if anchor == "right" else total / 2
    for piece, font in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)
