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
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from medicen_desktop.export.pdf_fonts import BOLD, FAMILY, ITALIC, MONO

INK = colors.HexColor("#1f2a37")
ACCENT = colors.HexColor("#1f4e79")
GREY = colors.HexColor("#595959")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e3e9f0")
QUOTE_INK = colors.HexColor("#3a4856")
CODE_FILL = colors.HexColor("#f3f5f7")
CODE_EDGE = colors.HexColor("#d5dce3")


def make_styles(body_pt: float) -> dict[str, ParagraphStyle]:
    """Every paragraph style of the dossier, all in the embedded family."""
    base = ParagraphStyle("body", fontName=FAMILY, fontSize=body_pt, leading=body_pt * 1.2, textColor=INK,
                          spaceAfter=body_pt * 0.55, alignment=TA_LEFT, splitLongWords=1)
    styles = {"body": base}
    styles["note"] = ParagraphStyle("note", parent=base, fontName=ITALIC, textColor=GREY, fontSize=body_pt - 1,
                                    leading=(body_pt - 1) * 1.2)
    styles["caption"] = ParagraphStyle("caption", parent=base, fontName=ITALIC, textColor=GREY, fontSize=9,
                                       leading=11, alignment=1, spaceBefore=2, spaceAfter=10)
    for level, size, before in ((1, 15, 16), (2, 12.5, 12), (3, 11.5, 9)):
        styles[f"h{level}"] = ParagraphStyle(f"h{level}", parent=base, fontName=BOLD, fontSize=size, leading=size * 1.2,
                                             textColor=ACCENT if level < 3 else INK, spaceBefore=before, spaceAfter=6,
                                             keepWithNext=1)
    styles["bullet"] = ParagraphStyle("bullet", parent=base, leftIndent=16, bulletIndent=4, spaceAfter=3,
                                      bulletFontName=FAMILY)
    styles["quote"] = ParagraphStyle("quote", parent=base, textColor=QUOTE_INK)
    styles["quote_bullet"] = ParagraphStyle("quote_bullet", parent=styles["bullet"], textColor=QUOTE_INK)
    # Code: as the DOCX "Code" style (9 pt DejaVu Sans Mono, single spacing, 3 pt before, 9 pt after).
    styles["code"] = ParagraphStyle("code", parent=base, fontName=MONO, fontSize=9, leading=10.5, spaceBefore=3,
                                    spaceAfter=9)
    styles["cell"] = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    styles["cell_right"] = ParagraphStyle("cell_right", parent=styles["cell"], alignment=TA_RIGHT)
    styles["cell_bold"] = ParagraphStyle("cell_bold", parent=styles["cell"], fontName=BOLD)
    styles["cell_bold_right"] = ParagraphStyle("cell_bold_right", parent=styles["cell_bold"], alignment=TA_RIGHT)
    styles["cover_acronym"] = ParagraphStyle("cover_acronym", parent=base, fontName=BOLD, fontSize=34, leading=40,
                                             textColor=ACCENT, spaceAfter=10)
    styles["cover_title"] = ParagraphStyle("cover_title", parent=base, fontSize=15, leading=20, spaceAfter=16)
    styles["cover_label"] = ParagraphStyle("cover_label", parent=base, fontName=BOLD, fontSize=9.5, leading=12,
                                           textColor=GREY, spaceAfter=1)
    styles["cover_text"] = ParagraphStyle("cover_text", parent=base, spaceAfter=7)
    styles["toc_title"] = ParagraphStyle("toc_title", parent=styles["h1"], spaceBefore=0)
    styles["toc1"] = ParagraphStyle("toc1", parent=base, fontName=BOLD, spaceBefore=4, spaceAfter=1)
    styles["toc2"] = ParagraphStyle("toc2", parent=base, leftIndent=16, spaceAfter=1)
    styles["toc3"] = ParagraphStyle("toc3", parent=base, leftIndent=32, spaceAfter=1)
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
    """

    def __init__(self, name: str, layout: Layout) -> None:
        super().__init__()
        self.name = name
        self.layout = layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def deferred_canvas_class(layout: Layout, header: str, page_label: str, margins: tuple[float, float, float, float],
                          layout_only: bool = False) -> type:
    """A Canvas class that keeps pages open and adds header, footer and TOC numbers at save time.

    ``layout_only`` (the preflight): the pages are laid out as for the file, then nothing is drawn or written.
    """

    class DeferredCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.layout_only = layout_only
            """Flowables that know it (``PlainText``) skip drawing: the layout is the same, nothing is shown."""
            self._pending: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pending.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pending)
            layout.pages = total
            if layout_only:
                return
            slots_by_page: dict[int, list[tuple[int, float, float, str, str, float]]] = {}
            for slot in layout.toc_slots:
                slots_by_page.setdefault(slot[0], []).append(slot)
            for state in self._pending:
                self.__dict__.update(state)
                page = self._pageNumber
                if page > 1:
                    self._furniture(page, total)
                for _, x, y, key, font, size in slots_by_page.get(page, []):
                    self.setFont(font, size)
                    self.setFillColor(INK)
                    self.drawRightString(x, y, str(layout.heading_pages.get(key, "")))
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, page: int, total: int) -> None:
            top, right, bottom, left = margins
            width, height = self._pagesize
            self.saveState()
            self.setFont(FAMILY, 8.5)
            self.setFillColor(GREY)
            self.drawRightString(width - right, height - top * 0.55, header)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(left, height - top * 0.55 - 4, width - right, height - top * 0.55 - 4)
            self.drawCentredString(width / 2, bottom * 0.45, f"{page_label} {page} / {total}")
            self.restoreState()

    return DeferredCanvas
