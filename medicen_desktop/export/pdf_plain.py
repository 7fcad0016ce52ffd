"""``PlainText``: a paragraph laid out without reportlab's markup Paragraph.

Almost all of a dossier's text is a sequence of runs, each in one face of
the embedded family (regular, bold, italic, or the fallback font for a
symbol): table cells and body paragraphs. For those, reportlab's
``Paragraph`` parses markup, builds fragments, breaks lines through a
general rich-text algorithm and draws word by word; that was most of the
PDF's layout time. ``PlainText`` takes the runs already resolved to fonts
(``pdf_fonts.font_runs``), breaks lines greedily at spaces with cached word
widths (``pdf_lines``: words wider than the column hyphenated or cut between
characters, like ``splitLongWords``) and draws each line as few strings as
it has font changes. Nothing is parsed, so nothing the user typed can be
taken as markup. No-break spaces (U+00A0, U+202F) join words, as French
typography wants.

Contract: ``fragments`` is a list of ``(text, font name)`` in which a text of
exactly ``"\\n"`` is a line break, and every character is in its font. The
style's size, leading, colour, alignment (left, right, centre),
spaceBefore/After, allowOrphans and allowWidows are honoured, and
``hyphenationLang`` for words wider than the column; indents are ignored (the
styles that reach it have none).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from medicen_desktop.export.pdf_lines import FUZZ, Fragment, break_lines, join_lines, split_words
from medicen_desktop.export.pdf_platypus import Flowable

__all__ = ["Fragment", "PlainText", "SplitSpaced", "foot_height", "trailing_space"]


def trailing_space(style: ParagraphStyle) -> float:
    """Points of a line's height below its text: the extra of a multiple line spacing (``pdf_page.make_styles``)."""
    return float(getattr(style, "trailingSpace", 0.0))


def foot_height(height: float, available: float, style: ParagraphStyle) -> float:
    """A paragraph's ``height``, less its last line's trailing space when only that keeps it from fitting in
    ``available``: a word processor lets that space hang into the bottom margin at a page's foot (LibreOffice
    does: a heading and its line fit there by it), so the PDF does too. Its lines stay where they were."""
    trailing = trailing_space(style)
    return height - trailing if height - trailing <= available + FUZZ < height else height


class SplitSpaced(Flowable):  # type: ignore[misc]
    """A flowable whose split parts drop the style's space where they meet (after the first, before the rest)."""

    def __init__(self, style: ParagraphStyle, space_before: float | None, space_after: float | None) -> None:
        super().__init__()
        self.style = style
        self._space_before = float(style.spaceBefore if space_before is None else space_before)
        self._space_after = float(style.spaceAfter if space_after is None else space_after)

    def getSpaceBefore(self) -> float:
        return self._space_before

    def getSpaceAfter(self) -> float:
        return self._space_after


class PlainText(SplitSpaced):
    """A paragraph of font-resolved runs (see the module docstring); splits across pages and table rows."""

    def __init__(self, fragments: list[Fragment], style: ParagraphStyle, lines: list[list[Fragment]] | None = None,
                 space_before: float | None = None, space_after: float | None = None) -> None:
        super().__init__(style, space_before, space_after)
        self.fragments = fragments
        self._lines = lines
        self._widths: list[float] = []
        self._wrapped_at: float | None = None
        self._trailing = trailing_space(style)
        self.width = self.height = 0.0

    # -- layout ----------------------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_at != availWidth:
            if self._lines is None or self._wrapped_at is not None:
                self._lines = break_lines(self.fragments, self.style, availWidth)
            self._widths = []  # measured when drawn, and only where the alignment needs them
            self._wrapped_at = availWidth
        self.width = availWidth
        height = len(self._lines or ()) * self.style.leading
        trailing = self._trailing  # ``foot_height``, inlined: a table wraps every cell each time it is measured
        self.height = height - trailing if trailing and height - trailing <= availHeight + FUZZ < height else height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fit = int((availHeight + trailing_space(self.style) + FUZZ) // self.style.leading)
        # Nothing to split when every line fits (the caller's spacing did not): callers want [] or two parts.
        if fit >= len(lines) or fit <= 0:
            return []
        if len(lines) - fit == 1 and not getattr(self.style, "allowWidows", 1):
            fit -= 1  # no widow: the last line never goes alone to the next page
        if fit <= 0 or (fit == 1 and not self.style.allowOrphans):
            return []  # no orphan: a first line never stays alone at a page's foot
        first = PlainText(join_lines(lines[:fit]), self.style, lines[:fit], space_after=0)
        rest = PlainText(join_lines(lines[fit:]), self.style, lines[fit:], space_before=0)
        return [first, rest]

    def getPlainText(self) -> str:
        return "".join(text for text, _ in self.fragments)

    def minWidth(self) -> float:
        size = self.style.fontSize
        return max((sum(getFont(font).stringWidth(text, size) for text, font in word)
                    for word in split_words(self.fragments) if word), default=0.0)

    # -- drawing ---------------------------------------------------------------------------
    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw at (x, y) in absolute coordinates: no saveState/translate per paragraph or cell."""
        self._draw_text(canvas, self._hAlignAdjust(x, _sW), y)

    def draw(self) -> None:
        self._draw_text(self.canv, 0.0, 0.0)

    def _draw_text(self, canvas: Canvas, left: float, bottom: float) -> None:
        if not self._lines or getattr(canvas, "layout_only", False):  # a preflight: where, not what
            return
        style = self.style
        size, leading = style.fontSize, style.leading
        text = canvas.beginText()
        current = style.fontName
        text.setFont(current, size, leading)
        text.setFillColor(style.textColor)
        y = bottom + self.height - size
        aligned = style.alignment in (TA_RIGHT, TA_CENTER)
        if aligned and len(self._widths) != len(self._lines):
            self._widths = [sum(getFont(font).stringWidth(piece, size) for piece, font in line) for line in self._lines]
        code = text._code
        doc, escape = canvas._doc, canvas._escape
        names: dict[tuple[str, int], str] | None = getattr(doc, "medicen_subset_names", None)
        if names is None:  # a font subset's PDF name, once reportlab has given it (it never changes in a document)
            names = doc.medicen_subset_names = {}
        face = getFont(current)
        switch = f"{_number(size)} Tf {_number(leading)} TL"  # what reportlab writes after a subset's name
        for index, line in enumerate(self._lines):
            if style.alignment == TA_RIGHT:
                x = left + self.width - self._widths[index]
            elif style.alignment == TA_CENTER:
                x = left + (self.width - self._widths[index]) / 2
            else:
                x = left
            # ``setTextOrigin``'s operator with each coordinate formatted once per value (a page's lines share their
            # x and, page after page, their y); the cursor is not tracked: every line sets its origin.
            if canvas.bottomup:
                code.append(f"1 0 0 1 {_number(x)} {_number(y)} Tm")
            else:
                text.setTextOrigin(x, y)
            for piece, font in line:
                if font != current:
                    text.setFont(font, size, leading)
                    current, face = font, getFont(font)
                if not face._dynamicFont:
                    text._textOut(piece)  # ``textOut`` less the width it measures for a cursor nobody reads
                    continue
                # A TrueType font: the operators ``_textOut`` writes (its ``_formatText``), without its overhead.
                for subset, chunk in face.splitString(piece, doc):
                    if subset != text._curSubset:
                        name = names.get((current, subset))
                        if name is None:
                            name = names[current, subset] = face.getSubsetInternalName(subset, doc)
                        code.append(f"{name} {switch}")
                        text._curSubset = subset
                    code.append(f"({escape(chunk)}) Tj")
            y -= leading
        canvas.drawText(text)


@lru_cache(maxsize=4096)
def _number(value: float) -> str:
    """reportlab's ``fp_str`` of one coordinate, remembered (pure Python in reportlab 5.1, and called per line)."""
    return str(fp_str(value))
