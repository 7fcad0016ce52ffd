"""Code listings and block quotes in the PDF.

``CodeListing`` draws a ``tree.CodeBlock`` in the embedded monospace face
(DejaVu Sans Mono) on a lightly shaded box: every line verbatim (leading
spaces, runs of spaces and blank lines kept: nothing is parsed as markup or
split at spaces), a character the monospace face lacks drawn in the body
face or the symbol fallback (``pdf_fonts.code_fragments``). A line wider
than the box wraps after its last space that fits (between characters when
it has none), and the wrapped row carries a small
return mark in the box's right margin. A short listing moves to the next
page whole; a long one splits between rows, at least two rows on each page,
each part in its own box.

``QuoteIndent`` moves any flowable right by its quote level and draws the
quote's thin rule on its left (like the DOCX "Quote" style's left border);
consecutive blocks of one quote draw one continuous rule on a page.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from medicen_desktop.export.pdf_fonts import code_fragments
from medicen_desktop.export.pdf_plain import Fragment, SplitSpaced
from medicen_desktop.export.pdf_platypus import Flowable
from medicen_desktop.export.tree import KEEP_WHOLE_ROWS

CODE_PAD_X = 5.0
"""Points between the box's edge and the text on the left (the right one also holds the return mark)."""
CODE_PAD_RIGHT = 9.0
CODE_PAD_Y = 4.0
MIN_ROWS = 2
"""Rows left on each side when a longer listing splits (no lone first or last row)."""
QUOTE_INDENT = 7 * mm
"""Left indent per quote level (the DOCX "Quote" style's indent)."""
QUOTE_RIGHT = 4 * mm
QUOTE_RULE_GAP = 8.0
"""Points between the quote's rule and its text (the DOCX border's ``w:space``)."""
QUOTE_RULE_WIDTH = 1.25


class CodeListing(SplitSpaced):
    """A code block (see the module docstring)."""

    def __init__(self, lines: list[str], style: ParagraphStyle, fill: Color, edge: Color, mark: Color,
                 rows: list[tuple[list[Fragment], bool]] | None = None, space_before: float | None = None,
                 space_after: float | None = None) -> None:
        super().__init__(style, space_before, space_after)
        self.lines = lines
        self.fill, self.edge, self.mark = fill, edge, mark
        self._rows = rows
        """(fragments, continued on the next row) of each drawn row, once wrapped."""
        self._fixed = rows is not None  # a part of a split listing keeps the rows it was given
        self._wrapped_at: float | None = None
        self.width = self.height = 0.0

    # -- layout ----------------------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._rows is None or (not self._fixed and self._wrapped_at != availWidth):
            self._rows = self._break(availWidth - CODE_PAD_X - CODE_PAD_RIGHT)
        self._wrapped_at = availWidth
        self.width = availWidth
        self.height = len(self._rows) * self.style.leading + 2 * CODE_PAD_Y
        return self.width, self.height

    def _break(self, width: float) -> list[tuple[list[Fragment], bool]]:
        """Rows of the lines at ``width``: a line too wide breaks after its last space that fits (as Word
        breaks it), or between characters when it has none past its indentation; nothing is dropped."""
        size = self.style.fontSize
        width = max(width, size)
        rows: list[tuple[list[Fragment], bool]] = []
        for line in self.lines:
            fragments = code_fragments(line)
            if sum(getFont(font).stringWidth(text, size) for text, font in fragments) <= width + 1e-6:
                rows.append((fragments, False))
                continue
            chars = [(char, font, getFont(font).stringWidth(char, size)) for text, font in fragments for char in text]
            start = 0
            while start < len(chars):
                used, end = 0.0, start
                while end < len(chars) and (end == start or used + chars[end][2] <= width + 1e-6):
                    used += chars[end][2]
                    end += 1
                if end < len(chars):
                    indent = start
                    while indent < end and chars[indent][0] == " ":
                        indent += 1
                    space = max((i for i in range(indent, end) if chars[i][0] == " "), default=-1)
                    if space >= 0:
                        end = space + 1
                rows.append((_fragments(chars[start:end]), end < len(chars)))
                start = end
        return rows

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        rows = self._rows or []
        fit = int((availHeight - 2 * CODE_PAD_Y + 1e-6) // self.style.leading)
        if len(rows) <= KEEP_WHOLE_ROWS or fit >= len(rows):
            return []
        fit = min(fit, len(rows) - MIN_ROWS)
        if fit < MIN_ROWS:
            return []
        first = CodeListing(self.lines, self.style, self.fill, self.edge, self.mark, rows[:fit], space_after=0)
        rest = CodeListing(self.lines, self.style, self.fill, self.edge, self.mark, rows[fit:], space_before=0)
        return [first, rest]

    def getPlainText(self) -> str:
        if self._rows is None:
            return "\n".join(self.lines)
        return "".join("".join(text for text, _ in row) + ("" if continued else "\n")
                       for row, continued in self._rows).rstrip("\n")

    # -- drawing ---------------------------------------------------------------------------
    def draw(self) -> None:
        canvas: Canvas = self.canv
        style = self.style
        size, leading = style.fontSize, style.leading
        canvas.saveState()
        canvas.setFillColor(self.fill)
        canvas.setStrokeColor(self.edge)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        text = canvas.beginText()
        current = style.fontName
        text.setFont(current, size, leading)
        text.setFillColor(style.textColor)
        y = self.height - CODE_PAD_Y - size
        marks: list[float] = []
        for fragments, continued in self._rows or []:
            text.setTextOrigin(CODE_PAD_X, y)
            for piece, font in fragments:
                if font != current:
                    text.setFont(font, size, leading)
                    current = font
                text.textOut(piece)
            if continued:
                marks.append(y)
            y -= leading
        canvas.drawText(text)
        if marks:  # a small return mark: this row goes on below
            canvas.setStrokeColor(self.mark)
            canvas.setLineWidth(0.6)
            right = self.width - 3.0
            for base in marks:
                path = canvas.beginPath()
                path.moveTo(right - 3.2, base + size * 0.55)
                path.lineTo(right, base + size * 0.55)
                path.lineTo(right, base + size * 0.05)
                path.lineTo(right - 2.2, base + size * 0.05)
                path.moveTo(right - 1.2, base + size * 0.05 + 1.1)
                path.lineTo(right - 2.2, base + size * 0.05)
                path.lineTo(right - 1.2, base + size * 0.05 - 1.1)
                canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _fragments(chars: list[tuple[str, str, float]]) -> list[Fragment]:
    out: list[Fragment] = []
    for char, font, _ in chars:
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + char, font)
        else:
            out.append((char, font))
    return out


class QuoteIndent(Flowable):  # type: ignore[misc]
    """``child`` moved right by ``level`` quote indents, with a rule on its left for each enclosing quote.

    ``joined`` counts the quotes (outermost first) that the previous flowable of the story belongs to as
    well: on the same page, their rules reach up to it, so a quote's rule runs unbroken across the gaps
    between its paragraphs and alongside a quote nested in it.
    """

    def __init__(self, child: Flowable, level: int, joined: int, colour: Color) -> None:
        super().__init__()
        self.child = child
        self.level = level
        self.joined = joined
        self.colour = colour
        self.left = QUOTE_INDENT * level
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.child.wrap(availWidth - self.left - QUOTE_RIGHT, availHeight)
        self.width, self.height = availWidth, height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.child.split(availWidth - self.left - QUOTE_RIGHT, availHeight)
        return [QuoteIndent(part, self.level, self.joined if index == 0 else self.level, self.colour)
                for index, part in enumerate(parts)]

    def getSpaceBefore(self) -> float:
        return float(self.child.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.child.getSpaceAfter())

    def getKeepWithNext(self) -> bool:
        return bool(getattr(self.child, "keepWithNext", False))

    def getPlainText(self) -> str:
        text = getattr(self.child, "getPlainText", None)
        return str(text()) if text else ""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.child.drawOn(canvas, x + self.left, y)
        page = canvas.getPageNumber()
        bottoms: dict[int, tuple[int, float]] = getattr(canvas, "_medicen_quote_bottoms", {})
        canvas.saveState()
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(QUOTE_RULE_WIDTH)
        for level in range(1, self.level + 1):
            top = y + self.height
            previous = bottoms.get(level)
            if level <= self.joined and previous is not None and previous[0] == page and previous[1] > top:
                top = previous[1]  # reach up to the quote's previous block on this page
            rule_x = x + QUOTE_INDENT * level - QUOTE_RULE_GAP - QUOTE_RULE_WIDTH / 2
            canvas.line(rule_x, y, rule_x, top)
            bottoms[level] = (page, y)
        canvas.restoreState()
        canvas._medicen_quote_bottoms = bottoms
