"""Line breaking for ``pdf_plain.PlainText``: font-resolved runs cut into lines that fit a column.

Greedy, at spaces and after hyphens, with each word's width from its font's
cached measures (``pdf_text.MeasuredTTFont``); a word wider than the column
is hyphenated in the style's language, cut between characters where it has no
break point left (see ``break_lines``). No-break spaces (U+00A0, U+202F)
join words.

``split_words`` states the rule: words are runs of fragments between spaces
(a tab or a newline inside a fragment is a space), a ``"\\n"`` fragment is a
hard line break, and a word that ends with a hyphen is followed by ``_GLUE``
and the rest of the word ("Évry-" / "Courcouronnes": the line may break
there, as Word breaks it; otherwise the parts join without a space).
``break_lines`` reads the fragments once, without building that word list:
a whole word in one font, most of a dossier's words, is measured and placed
at once and each line's text is joined once, in runs of one font, as
``_line`` would join its words. A line of the large proposal's PDF costs
about half what the word list did; ``tests/unit/export/test_pdf_lines.py``
checks the lines are the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont

from medicen_desktop.export.hyphenation import break_points

FUZZ = 1e-6
Fragment = tuple[str, str]
"""(text, font name)"""
_BREAK: list[Fragment] = []  # a hard line break among the words
_GLUE: list[Fragment] = []  # the next word continues this one after its hyphen (no space between them)
_GLUED: Fragment = ("\x00", "")  # first fragment of a word placed right after a hyphen on the same line
_HYPHENATED = re.compile(r"[^-‐]*[-‐]+|[^-‐]+")


def split_words(fragments: list[Fragment]) -> list[list[Fragment]]:
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


class _Line:
    """The line being filled, as runs of text in one font each: what ``_line`` makes of the same words."""

    __slots__ = ("font", "fonts", "run", "runs")

    def __init__(self) -> None:
        self.runs: list[list[str]] = []
        self.fonts: list[str] = []
        self.run: list[str] | None = None
        """The last run (None while the line is empty); ``font`` is its font."""
        self.font = ""

    def add(self, word: Sequence[Fragment], spaced: bool) -> None:
        """Add ``word`` after a space (``spaced``, not on an empty line) or right after the last word."""
        run, font = self.run, self.font
        if spaced and run is not None:
            run.append(" ")  # the space before a word goes with the previous fragment's font
        for text, piece_font in word:
            if run is not None and piece_font == font:
                run.append(text)
            else:
                run, font = [text], piece_font
                self.runs.append(run)
                self.fonts.append(font)
        self.run, self.font = run, font

    def fragments(self) -> list[Fragment]:
        return [("".join(run), font) for run, font in zip(self.runs, self.fonts)]


def break_lines(fragments: list[Fragment], style: ParagraphStyle, width: float) -> list[list[Fragment]]:
    """Greedy line breaking at spaces and after hyphens (the words of ``split_words``); a word wider than ``width``
    is hyphenated in the style's language (``hyphenationLang``), cut between characters where it has no break
    point left."""
    size = style.fontSize
    space = getFont(style.fontName).stringWidth(" ", size)
    language = getattr(style, "hyphenationLang", "") or ""
    limit = width + FUZZ
    scale = 0.001 * size  # ``MeasuredTTFont.stringWidth``'s factor: the same product, so the same widths
    lines: list[list[Fragment]] = []
    line = _Line()
    used = 0.0
    glued = False  # the next word placed goes on the one before after its hyphen, without a space
    word: list[Fragment] = []  # the word being read: it may go on in the next fragment

    def place(word: Sequence[Fragment]) -> None:
        nonlocal line, used, glued
        gap = 0.0 if glued else space
        word_width = float(getFont(word[0][1]).stringWidth(word[0][0], size)) if len(word) == 1 else _width(word, size)
        if line.run is not None and used + gap + word_width <= limit:
            line.add(word, not glued)
            used += gap + word_width
            glued = False
            return
        glued = False
        if line.run is not None:
            lines.append(line.fragments())
            line, used = _Line(), 0.0
        if word_width <= limit:
            line.add(word, False)
            used = word_width
            return
        pieces = _hyphenate(list(word), width, size, language)
        lines.extend(_line([piece]) for piece in pieces[:-1])
        line.add(pieces[-1], False)
        used = _width(pieces[-1], size)

    def read(part: str, font: str) -> None:
        """Add ``part`` (text between spaces) to the word being read, placing the word each hyphen ends."""
        nonlocal word, glued
        if "-" in part or "‐" in part:
            for position, piece in enumerate(_HYPHENATED.findall(part)):
                if position and word:
                    place(word)
                    glued = True
                    word = []
                word.append((piece, font))
        elif part:
            word.append((part, font))

    for text, font in fragments:
        if text == "\n":
            if word:
                place(word)
                word = []
            lines.append(line.fragments())
            line, used, glued = _Line(), 0.0, False
            continue
        if "\t" in text or "\n" in text:
            text = text.replace("\t", " ").replace("\n", " ")
        parts = text.split(" ")
        read(parts[0], font)  # it may go on from the last fragment
        if len(parts) == 1:
            continue
        if word:
            place(word)
            word = []
        face = getFont(font)
        known: dict[str, float] | None = getattr(face, "_widths", None)  # MeasuredTTFont's cache, in font units
        for part in parts[1:-1]:  # whole words in this one font
            if not part:
                continue
            if "-" in part or "‐" in part:
                read(part, font)
                place(word)
                word = []
                continue
            # The common case, ``place`` inlined (``glued`` is False here: the word before was placed).
            units = known.get(part) if known is not None else None
            word_width = scale * units if units is not None else float(face.stringWidth(part, size))
            run = line.run
            if run is not None:
                if used + space + word_width <= limit:
                    if line.font == font:
                        run.append(" ")
                        run.append(part)
                    else:
                        line.add(((part, font),), True)
                    used += space + word_width
                    continue
                lines.append(line.fragments())
                line, used = _Line(), 0.0
            if word_width <= limit:
                line.add(((part, font),), False)
                used = word_width
            else:
                place(((part, font),))
        read(parts[-1], font)  # it may go on in the next fragment
    if word:
        place(word)
    if line.run is not None:
        lines.append(line.fragments())
    return lines


def _hyphenate(word: list[Fragment], width: float, size: float, language: str) -> list[list[Fragment]]:
    """Pieces of an over-wide ``word``: at its hyphenation points (a hyphen added) where a piece fits."""
    text = "".join(piece for piece, _ in word)
    if len(word) == 1 and "@" in text and text.index("@") < len(text) - 1:  # an e-mail breaks after its "@"
        at = text.index("@") + 1
        head, tail = [(text[:at], word[0][1])], [(text[at:], word[0][1])]
        if _width(head, size) <= width + FUZZ:
            tails = [tail] if _width(tail, size) <= width + FUZZ else _cut(tail, width, size)
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
        if measure(rest, size) <= width + FUZZ:
            pieces.append([(rest, font)])
            break
        fitting = [p for p in points if p > start and measure(text[start:p] + "-", size) <= width + FUZZ]
        if not fitting:  # no syllable fits: cut this stretch between characters
            cut = _cut([(rest, font)], width, size)
            pieces.append(cut[0])
            start += len(cut[0][0][0])
            continue
        end = fitting[-1]
        pieces.append([(text[start:end] + "-", font)])
        start = end
    return pieces


def _width(word: Sequence[Fragment], size: float) -> float:
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


def join_lines(lines: list[list[Fragment]]) -> list[Fragment]:
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
            if used + char_width > width + FUZZ and (index > start or pieces[-1]):
                if index > start:
                    pieces[-1].append((text[start:index], font))
                pieces.append([])
                start, used = index, 0.0
            used += char_width
        if start < len(text):
            pieces[-1].append((text[start:], font))
    return [piece for piece in pieces if piece]
