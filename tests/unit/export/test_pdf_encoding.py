"""The PDF's faster string encoding writes exactly the bytes reportlab's own code writes.

``MeasuredTTFont.splitString`` translates a string whose characters all have
a code already; ``DeferredCanvas._escape`` escapes with one table; ``PlainText``
writes each line's origin itself. Each is compared with reportlab's stock
path on the same input, including the cases the fast paths hand back to it.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from medicen_desktop.export.font_faces import family
from medicen_desktop.export.pdf_fonts import face_name, font_runs
from medicen_desktop.export.pdf_page import deferred_canvas_class
from medicen_desktop.export.pdf_plain import PlainText
from medicen_desktop.export.pdf_text import MeasuredTTFont
from medicen_desktop.export.tree import Run
from medicen_desktop.resources import resource

FONT = str(resource("fonts", "LiberationSerif-Regular.ttf"))


class _Document:
    """Stands for a reportlab document: fonts assign their codes per document (weakly keyed)."""


def _texts() -> list[str]:
    rng = random.Random(19)
    latin = "abcdefghijklmnopqrstuvwxyzÉéèàçœ€ ,.;:()\\-–’"
    others = [chr(c) for c in (*range(0x100, 0x180), *range(0x391, 0x3CA), *range(0x410, 0x450))]
    texts = ["", " ", "a\u00a0b", "prix\u00a0: 12\u202f500 €", "\u4e2d\u6587", "(escaped) \\ back"]
    for _ in range(400):  # past 256 distinct characters: codes in a second subset, strings across both
        pool = latin if rng.random() < 0.6 else latin + "".join(others)
        texts.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 40))))
    texts += texts[:50]  # strings seen before: the fast path
    return texts


def test_split_string_gives_reportlab_s_chunks_and_assigns_the_same_codes() -> None:
    stock, fast = TTFont("StockSerif", FONT), MeasuredTTFont("FastSerif", FONT)
    for _ in range(2):  # two documents: codes are assigned per document
        doc_stock, doc_fast = _Document(), _Document()
        for text in _texts():
            assert fast.splitString(text, doc_fast) == stock.splitString(text, doc_stock), text
        assert fast.state[doc_fast].assignments == stock.state[doc_stock].assignments
        assert fast.state[doc_fast].subsets == stock.state[doc_stock].subsets
    assert len(stock.state[doc_stock].subsets) > 1  # the test did reach a second subset


def test_the_canvas_escapes_every_byte_as_reportlab_does(tmp_path: Path) -> None:
    canvas_class = deferred_canvas_class(None, None, None, (0, 0, 0, 0))  # type: ignore[arg-type]
    canvas = canvas_class(str(tmp_path / "x.pdf"))
    every = bytes(range(256))
    assert canvas._escape(every) == escapePDF(every)
    assert canvas._escape("é(x)") == escapePDF("é(x)")


def _origins(alignment: int) -> list[tuple[float, float]]:
    serif = face_name(family("Times New Roman"))
    style = ParagraphStyle("s", fontName=serif, fontSize=10, leading=12, alignment=alignment)
    paragraph = PlainText(font_runs([Run("Le consortium mesure la rigidité des tissus " * 6),
                                     Run("en gras", bold=True)], serif), style)
    paragraph.wrap(200, 1000)
    canvas = Canvas("unused.pdf")
    paragraph.drawOn(canvas, 50.5, 300.25)
    found = [(float(x), float(y)) for x, y in re.findall(r"1 0 0 1 (\S+) (\S+) Tm", " ".join(canvas._code))]
    return found[1:]  # the first is the text object's own, at (0, 0)


def test_lines_start_where_their_width_puts_them() -> None:
    """Left lines at the margin; right and centred ones measured (the widths are only taken for them)."""
    left, right, centre = _origins(0), _origins(TA_RIGHT), _origins(TA_CENTER)
    assert len(left) >= 3 and {x for x, _ in left} == {50.5}
    assert [y for _, y in left] == [y for _, y in right] == [y for _, y in centre]
    assert sorted({y for _, y in left}, reverse=True) == [y for _, y in left]  # line after line, downwards
    for (x_right, _), (x_centre, _) in zip(right, centre, strict=True):
        assert 50.5 < x_right < 250.5 and abs((x_centre - 50.5) - (x_right - 50.5) / 2) < 0.01


def test_remembered_number_formatting_is_reportlab_s() -> None:
    """The text objects' and the canvas' ``fp_str`` is ours (remembered), and formats as reportlab's own."""
    from decimal import Decimal

    from reportlab.lib import rl_accel
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.pdfgen import textobject

    from medicen_desktop.export import pdf_text

    assert textobject.fp_str is pdf_text.fp_str and rl_canvas.fp_str is pdf_text.fp_str
    values: list[tuple[object, ...]] = [
        (1,), (1.0,), (True,), (0,), (-0.0,), (1e-9,), (0.5,), (Decimal("0.5"),), (10.25, 700.125), (-3.14159265,),
        (123456.789,), ((0.121, 0.165, 0.215),), ([0.1, 0.2],), (2.5, 0.0, 1e7),
    ]
    for _ in range(2):  # the second time from memory
        for args in values:
            assert pdf_text.fp_str(*args) == rl_accel.fp_str(*args), args
