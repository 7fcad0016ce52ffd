"""What the page meter keeps for the window's whole life is compact (issue 19: peak memory with the large proposal).

The fonts' character coverage is one character class, not a set of strings;
equal advance widths are one object, not one per glyph; a layout-only render
keeps no page's drawing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
import tracemalloc

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from medicen_desktop.export import font_faces, pdf_page
from medicen_desktop.export.font_faces import Coverage
from medicen_desktop.export.font_metrics import metrics
from medicen_desktop.export.lean_faces import make_lean
from medicen_desktop.export.pdf_text import MeasuredTTFont
from medicen_desktop.export.typography import Typography
from medicen_desktop.resources import resource


@pytest.mark.parametrize("filename", ["LiberationSerif-Regular.ttf", "DejaVuSans.ttf", "DroidSansFallback.ttf"])
def test_the_coverage_is_the_cmap_and_takes_a_few_kilobytes(filename: str) -> None:
    widths = metrics(filename).widths
    tracemalloc.start()
    try:
        coverage = Coverage(widths)
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert kept < 40_000  # a frozenset of the characters: 290 KB for Liberation Serif, 4.5 MB for Droid Sans Fallback
    near = {code + step for code in widths for step in (-1, 0, 1)} | set(range(0x300)) | {0x10FFFF}
    for code in sorted(near & set(range(0x110000)) - set(range(0xD800, 0xE000))):
        assert (chr(code) in coverage) == (code in widths), hex(code)
    for text in ("Dossier étendu — 872 800,00 €", "a-b [c] ^d \\e", "Ωμ 😀 中文", "\n\t", ""):
        assert coverage.issuperset(text) == all(ord(c) in widths for c in text), text


def test_the_faces_split_as_with_sets_of_their_characters() -> None:
    face = "LiberationSerif-Regular.ttf"
    sets = {name: set(map(chr, metrics(name).widths)) for name in (face, *font_faces.FALLBACKS)}

    def owner(char: str) -> str:
        if char in sets[face] or char.isspace():
            return face
        return next((name for name in font_faces.FALLBACKS if char in sets[name]), face)

    text = "Le dossier — 中文 et Ωμ, 😀 ⚕ [x-y] ^z\\ \U000E0100"
    pieces: list[tuple[str, str]] = []
    for char in text:
        if pieces and pieces[-1][1] == owner(char):
            pieces[-1] = (pieces[-1][0] + char, owner(char))
        else:
            pieces.append((char, owner(char)))
    assert font_faces.split(text, face) == pieces and len({name for _, name in pieces}) >= 3
    assert font_faces.covered_by("Le dossier — [x-y]", face) and not font_faces.covered_by("中文", face)
    assert font_faces.covered("a\u00a0b\u2028c", face) == all(c in sets[face] or c.isspace() for c in "a\u00a0b\u2028c")
    assert font_faces.missing(text, face) == {"\U000E0100"}


def _distinct_objects(values: Sequence[object]) -> int:
    return len({id(value) for value in values})


def test_equal_advance_widths_are_one_object() -> None:
    widths = list(metrics("DejaVuSans.ttf").widths.values())
    assert _distinct_objects(widths) <= len(set(widths))


def test_a_lean_face_keeps_one_float_per_width_and_the_layouts_code_points_in_the_dicts_its_font_reads() -> None:
    font = MeasuredTTFont("MemoryProbe", str(resource("fonts", "LiberationSerif-Bold.ttf")))
    full, glyphs, tables = dict(font.face.charWidths), dict(font.face.charToGlyph), (font.face.charWidths,
                                                                                     font.face.charToGlyph)
    codes = metrics("LiberationSerif-Bold.ttf").widths
    make_lean(font.face, codes)
    assert font.face.charWidths is font._char_widths and (font.face.charWidths, font.face.charToGlyph) == (full, glyphs)
    assert all(table is kept for table, kept in zip(tables, (font.face.charWidths, font.face.charToGlyph)))
    assert list(font.face.charWidths) == list(full) and list(font.face.charToGlyph) == list(glyphs)
    assert _distinct_objects(list(full.values())) > 1_000  # reportlab's own: one float per glyph
    assert _distinct_objects(list(font.face.charWidths.values())) == len(set(full.values()))
    layout_codes = {id(code) for code in codes}
    assert {id(code) for code in font.face.charToGlyph if code in codes} <= layout_codes
    assert {id(code) for code in font.face.charWidths if code in codes} <= layout_codes


def test_a_layout_only_canvas_keeps_no_page_drawing() -> None:
    typography = Typography()
    styles = pdf_page.make_styles(typography)
    layout = pdf_page.Layout()
    canvas_class = pdf_page.deferred_canvas_class(layout, typography, styles["header"], (20.0, 20.0, 20.0, 20.0),
                                                  layout_only=True)
    canvas = canvas_class(io.BytesIO())
    kept = []
    tracemalloc.start()
    try:
        for page in range(30):
            for line in range(300):
                canvas.drawString(72, 72 + line, f"line {line} of a page that nobody will see")
            canvas.showPage()
            if page in (0, 29):
                kept.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
    canvas.save()
    assert layout.pages == 30
    assert kept[1] - kept[0] < 60_000  # each page's operators kept: about 30 KB a page
