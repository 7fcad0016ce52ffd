"""The PDF's line breaker (``export.pdf_lines``) gives the lines of the plain greedy algorithm over ``split_words``.

``break_lines`` reads the fragments once and places most words without the
word list; the oracle here is the algorithm it replaced, word list first,
then greedy placement, then ``_line`` joins. Both must agree on every input:
words across font changes, hyphens (a break allowed after them), tabs and
newlines inside a run, hard breaks, double and no-break spaces, words wider
than the column (hyphenated or cut), e-mail addresses.
"""

from __future__ import annotations

import random

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont

from medicen_desktop.export.font_faces import family
from medicen_desktop.export.pdf_fonts import face_name, font_name
from medicen_desktop.export.pdf_lines import (
    _BREAK,
    _GLUE,
    _GLUED,
    FUZZ,
    Fragment,
    _hyphenate,
    _line,
    _width,
    break_lines,
    split_words,
)

SERIF = family("Times New Roman")
FONTS = [face_name(SERIF), face_name(SERIF, bold=True), face_name(SERIF, italic=True), font_name("Symbola.ttf")]
WORDS = ["the", "cohort", "β-amyloid", "Évry-Courcouronnes", "12\u202f500,00\u00a0€", "--", "-x", "x-", "a‐b",
         "µRNA", "T1ρ", "(kPa)", "anti-TNF-α", "pseudonymisation", "Ωμέγα", "≥", "ok.", "name@example.org",
         "Pneumonoultramicroscopicsilicovolcanoconiosis", "X" * 70, "hyper-long-" + "y" * 60]
SEPARATORS = [" ", " ", " ", " ", "  ", "\t", "\n", "- ", ""]


def oracle(fragments: list[Fragment], style: ParagraphStyle, width: float) -> list[list[Fragment]]:
    """The greedy breaker over the word list, as ``pdf_plain`` had it before ``break_lines``."""
    size = style.fontSize
    space = getFont(style.fontName).stringWidth(" ", size)
    language = getattr(style, "hyphenationLang", "") or ""
    lines: list[list[Fragment]] = []
    current: list[list[Fragment]] = []
    used, glued = 0.0, False
    for word in split_words(fragments):
        if word is _BREAK:
            lines.append(_line(current))
            current, used, glued = [], 0.0, False
            continue
        if word is _GLUE:
            glued = True
            continue
        gap = 0.0 if glued else space
        word_width = _width(word, size)
        if current and used + gap + word_width <= width + FUZZ:
            current.append(word if not glued else [_GLUED, *word])
            used += gap + word_width
            glued = False
            continue
        glued = False
        if current:
            lines.append(_line(current))
            current, used = [], 0.0
        if word_width <= width + FUZZ:
            current, used = [word], word_width
            continue
        pieces = _hyphenate(word, width, size, language)
        lines.extend(_line([piece]) for piece in pieces[:-1])
        current, used = [pieces[-1]], _width(pieces[-1], size)
    if current:
        lines.append(_line(current))
    return lines


def _paragraph(rng: random.Random) -> list[Fragment]:
    fragments: list[Fragment] = []
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.1:
            fragments.append(("\n", FONTS[0]))
            continue
        text = "".join(rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 25)))
        fragments.append((text, rng.choice(FONTS[:3]) if rng.random() < 0.9 else FONTS[3]))
    return fragments


@pytest.mark.parametrize("language", ["", "fr", "en"])
def test_the_same_lines_as_the_greedy_breaker_over_the_word_list(language: str) -> None:
    rng = random.Random(19)
    style = ParagraphStyle("t", fontName=FONTS[0], fontSize=10.5, leading=13)
    style.hyphenationLang = language
    for _ in range(400):
        fragments, width = _paragraph(rng), rng.choice([18.0, 41.55, 90.0, 143.75, 250.0, 510.24])
        assert break_lines(fragments, style, width) == oracle(fragments, style, width), (fragments, width)


@pytest.mark.parametrize(("fragments", "width", "expected"), [
    ([("alpha beta gamma", FONTS[0])], 60.0, ["alpha beta", "gamma"]),
    ([("Évry-Courcouronnes est loin", FONTS[0])], 70.0, ["Évry-", "Courcouronnes", "est loin"]),
    ([("a  b\tc", FONTS[0]), ("\n", FONTS[0]), ("d", FONTS[1])], 500.0, ["a b c", "d"]),
    ([("to", FONTS[0]), ("tal", FONTS[1]), (" x", FONTS[0])], 500.0, ["total x"]),
])
def test_breaks_where_a_reader_expects(fragments: list[Fragment], width: float, expected: list[str]) -> None:
    style = ParagraphStyle("t", fontName=FONTS[0], fontSize=10, leading=12)
    lines = break_lines(fragments, style, width)
    assert ["".join(text for text, _ in line) for line in lines] == expected
    assert lines == oracle(fragments, style, width)
