"""``PlainText``: a paragraph laid out without reportlab's markup Paragraph.

Almost all of a dossier's text is a sequence of runs, each in one face of
the embedded family (regular, bold, italic, or the fallback font for a
symbol): table cells and body paragraphs. For those, reportlab's
``Paragraph`` parses markup, builds fragments, breaks lines through a
general rich-text algorithm and draws word by word; that was most of the
PDF's layout time. ``PlainText`` takes the runs already resolved to fonts
(``pdf_fonts.font_runs``), breaks lines greedily at spaces with cached word
widths (``MeasuredTTFont``), cuts words wider than the column between
characters (like ``splitLongWords``) and draws each line as few strings as
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

import re
from collections.abc import Callable
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from medicen_desktop.export.hyphenation import break_points
from medicen_desktop.export.pdf_platypus import Flowable

_FUZZ = 1e-6
Fragment = tuple[str, str]
"""(text, font name)"""
_BREAK: list[Fragment] = []  # a hard line break among the words
_GLUE: list[Fragment] = []  # the next word continues this one after its hyphen (no space between them)
_GLUED: Fragment = ("\x00", "")  # first fragment of a word placed right after a hyphen on the same line
_HYPHENATED = re.compile(r"[^-‐]*[-‐]+|[^-‐]+")


def trailing_space(style: ParagraphStyle) -> float:
    """Points of a line's height below its text: the extra of a multiple line spacing (``pdf_page.make_styles``)."""
    return float(getattr(style, "trailingSpace", 0.0))


def foot_height(height: float, available: float, style: ParagraphStyle) -> float:
    """A paragraph's ``height``, less its last line's trailing space when only that keeps it from fitting in
    ``available``: a word processor lets that space hang into the bottom margin at a page's foot (LibreOffice
    does: a heading and its line fit there by it), so the PDF does too. Its lines stay where they were."""
    trailing = trailing_space(style)
    return height - trailing if height - trailing <= available + _FUZZ < height else height


class SplitSpaced(Flowable):  # type: ignore[misc]
    """A flowable whose split parts drop the style's space where they meet (after the first, before the rest)."""

    def __init__(self, style: ParagraphStyle, space_before: float | None, space_after: float | None) -> None:
        super().__init__()
        self.style = style
        self._space_before = style.spaceBefore if space_before is None else space_before
        self._space_after = style.spaceAfter if space_after is None else space_after

    def getSpaceBefore(self) -> float:
        return float(self._space_before)

    def getSpaceAfter(self) -> float:
        return float(self._space_after)


class PlainText(SplitSpaced):
    """A paragraph of font-resolved runs (see the module docstring); splits across pages and table rows."""

    def __init__(self, fragments: list[Fragment], style: ParagraphStyle, lines: list[list[Fragment]] | None = None,
                 space_before: float | None = None, space_after: float | None = None) -> None:
        super().__init__(style, space_before, space_after)
        self.fragments = fragments
        self._lines = lines
        self._widths: list[float] = []
        self._wrapped_at: float | None = None
        self.width = self.height = 0.0

    # -- layout ----------------------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_at != availWidth:
            if self._lines is None or self._wrapped_at is not None:
                self._lines = _break_lines(self.fragments, self.style, availWidth)
            self._widths = []  # measured when drawn, and only where the alignment needs them
            self._wrapped_at = availWidth
        self.width = availWidth
        self.height = foot_height(len(self._lines or ()) * self.style.leading, availHeight, self.style)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fit = int((availHeight + trailing_space(self.style) + _FUZZ) // self.style.leading)
        # Nothing to split when every line fits (the caller's spacing did not): callers want [] or two parts.
        if fit >= len(lines) or fit <= 0:
            return []
        if len(lines) - fit == 1 and not getattr(self.style, "allowWidows", 1):
            fit -= 1  # no widow: the last line never goes alone to the next page
        if fit <= 0 or (fit == 1 and not self.style.allowOrphans):
            return []  # no orphan: a first line never stays alone at a page's foot
        first = PlainText(_join(lines[:fit]), self.style, lines[:fit], space_after=0)
        rest = PlainText(_join(lines[fit:]), self.style, lines[fit:], space_before=0)
        return [first, rest]

    def getPlainText(self) -> str:
        return "".join(text for text, _ in self.fragments)

    def minWidth(self) -> float:
        size = self.style.fontSize
        return max((sum(getFont(font).stringWidth(text, size) for text, font in word)
                    for word in _words(self.fragments) if word), default=0.0)

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
                    current = font
                text._textOut(piece)  # ``textOut`` less the width it measures for a cursor nobody reads
            y -= leading
        canvas.drawText(text)


@lru_cache(maxsize=4096)
def _number(value: float) -> str:
    """reportlab's ``fp_str`` of one coordinate, remembered (pure Python in reportlab 5.1, and called per line)."""
    return str(fp_str(value))


def _words(fragments: list[Fragment]) -> list[list[Fragment]]:
    """Words (runs of fragments between spaces); ``_BREAK`` marks a hard line break.

    A word that ends with a hyphen is followed by ``_GLUE`` and the rest of the word: the line may break
    after the hyphen ("Évry-" / "Courcouronnes"), as Word breaks it, and otherwise the parts are joined
    without a space.
    """
    words: list[list[Fragment]] = []
    word: list[Fragment] = []
    for text, font in fragments:
        if text == "\n":
            if word:
                words.append(word)
                word = []
            words.append(_BREAK)
            continue
        for index, part in enumerate(text.replace("\t", " ").replace("\n", " ").split(" ")):
            if index and word:
                words.append(word)
                word = []
            pieces = _HYPHENATED.findall(part) if "-" in part or "‐" in part else [part]
            for position, piece in enumerate(pieces):
                if position and word:
                    words.extend((word, _GLUE))
                    word = []
                if piece:
                    word.append((piece, font))
    if word:
        words.append(word)
    return words


def _break_lines(fragments: list[Fragment], style: ParagraphStyle, width: float) -> list[list[Fragment]]:
    """Greedy line breaking at spaces and after hyphens; a word wider than ``width`` is hyphenated in the
    style's language (``hyphenationLang``), cut between characters where it has no break point left."""
    size = style.fontSize
    space = getFont(style.fontName).stringWidth(" ", size)
    language = getattr(style, "hyphenationLang", "") or ""
    lines: list[list[Fragment]] = []
    current: list[list[Fragment]] = []
    used = 0.0
    glued = False
    measures: dict[str, Callable[[str, float], float]] = {}  # font name → its stringWidth, looked up once
    for word in _words(fragments):
        if word is _BREAK:
            lines.append(_line(current))
            current, used, glued = [], 0.0, False
            continue
        if word is _GLUE:
            glued = True
            continue
        gap = 0.0 if glued else space
        if len(word) == 1:  # most words: one fragment, measured as ``_width`` would (0 + its width)
            text, font = word[0]
            measure = measures.get(font)
            if measure is None:
                measure = measures[font] = getFont(font).stringWidth
            word_width = float(measure(text, size))
        else:
            word_width = _width(word, size)
        if current and used + gap + word_width <= width + _FUZZ:
            current.append(word if not glued else [_GLUED, *word])
            used += gap + word_width
            glued = False
            continue
        glued = False
        if current:
            lines.append(_line(current))
            current, used = [], 0.0
        if word_width <= width + _FUZZ:
            current, used = [word], word_width
            continue
        pieces = _hyphenate(word, width, size, language)
        lines.extend(_line([piece]) for piece in pieces[:-1])
        current, used = [pieces[-1]], _width(pieces[-1], size)
    if current:
        lines.append(_line(current))
    return lines


def _hyphenate(word: list[Fragment], width: float, size: float, language: str) -> list[list[Fragment]]:
    """Pieces of an over-wide ``word``: at its hyphenation points (a hyphen added) where a piece fits."""
    text = "".join(piece for piece, _ in word)
    if len(word) == 1 and "@" in text and text.index("@") < len(text) - 1:  # an e-mail breaks after its "@"
        at = text.index("@") + 1
        head, tail = [(text[:at], word[0][1])], [(text[at:], word[0][1])]
        if _width(head, size) <= width + _FUZZ:
            tails = [tail] if _width(tail, size) <= width + _FUZZ else _cut(tail, width, size)
            return [head, *tails]
    points = break_points(text, language) if len(word) == 1 else ()
    if not points:
        return _cut(word, width, size)
    font = word[0][1]
    measure = getFont(font).stringWidth
    pieces: list[list[Fragment]] = []
    start = 0
    while start < len(text):
        rest = text[start:]
        if measure(rest, size) <= width + _FUZZ:
            pieces.append([(rest, font)])
            break
        fitting = [p for p in points if p > start and measure(text[start:p] + "-", size) <= width + _FUZZ]
        if not fitting:  # no syllable fits: cut this stretch between characters
            cut = _cut([(rest, font)], width, size)
            pieces.append(cut[0])
            start += len(cut[0][0][0])
            continue
        end = fitting[-1]
        pieces.append([(text[start:end] + "-", font)])
        start = end
    return pieces


def _width(word: list[Fragment], size: float) -> float:
    return float(sum(getFont(font).stringWidth(text, size) for text, font in word))


def _line(words: list[list[Fragment]]) -> list[Fragment]:
    """The fragments of a line: words joined by spaces (not after a hyphen: ``_GLUED``), neighbours in the same
    font merged."""
    out: list[Fragment] = []
    for index, word in enumerate(words):
        if word and word[0] == _GLUED:
            word = word[1:]
        elif index and out:  # the space before a word goes with the previous fragment's font
            out[-1] = (out[-1][0] + " ", out[-1][1])
        for text, font in word:
            if out and out[-1][1] == font:
                out[-1] = (out[-1][0] + text, font)
            else:
                out.append((text, font))
    return out


def _join(lines: list[list[Fragment]]) -> list[Fragment]:
    """Fragments equivalent to pre-broken ``lines`` (lines joined by spaces), to re-wrap at another width."""
    out: list[Fragment] = []
    for index, line in enumerate(lines):
        if index and line:
            out.append((" ", line[0][1]))
        out.extend(line)
    return out


def _cut(word: list[Fragment], width: float, size: float) -> list[list[Fragment]]:
    """Pieces of ``word`` each as wide as fits (at least one character each)."""
    pieces: list[list[Fragment]] = [[]]
    used = 0.0
    for text, font in word:
        measure = getFont(font).stringWidth
        start = 0
        for index, char in enumerate(text):
            char_width = measure(char, size)
            if used + char_width > width + _FUZZ and (index > start or pieces[-1]):
                if index > start:
                    pieces[-1].append((text[start:index], font))
                pieces.append([])
                start, used = index, 0.0
            used += char_width
        if start < len(text):
            pieces[-1].append((text[start:], font))
    return [piece for piece in pieces if piece]
