"""Fast text flowables for the PDF: where reportlab spends most of a dossier's layout time.

Profiling a 120-page dossier put over half of the time in ``Paragraph.wrap``
(``breakLines`` measuring every word with ``stringWidth``). Two remedies,
neither of which changes a glyph's position (plain text goes further, see
``pdf_plain``):

- ``TextParagraph`` remembers its line breaking per available width: a
  table cell is wrapped when the table measures its rows, again when the
  table is split across pages, and again by ``KeepTogether``; the result
  is the same each time.
- ``MeasuredTTFont`` caches a word's width in font units, so a word seen
  before is one dictionary lookup instead of a sum over its characters,
  and encodes a string whose characters all have their code in the first
  subset already with one ``str.translate`` (reportlab's ``splitString``
  looks each character up in a Python loop, for every string drawn).

And reportlab's number formatting (``fp_str``, pure Python in reportlab
5.1, a few microseconds a call) remembers what it formatted for the text
objects and the canvas: every text object formats its font size, leading,
colour and origin again, and the same few values recur (a tenth of the
layout of the large proposal).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen import textobject

from medicen_desktop.export.pdf_plain import foot_height, trailing_space
from medicen_desktop.export.pdf_platypus import Paragraph

_WIDTH_CACHE_LIMIT = 200_000
_stock_fp_str = textobject.fp_str


@lru_cache(maxsize=16_384)
def _remembered_fp_str(*numbers: Any) -> str:
    return str(_stock_fp_str(*numbers))


def fp_str(*numbers: Any) -> str:
    """reportlab's ``fp_str`` (numbers as PDF text, space-separated), each argument tuple formatted once: a pure
    function of its arguments, and numbers equal as keys (1, 1.0, True) format alike."""
    try:
        return _remembered_fp_str(*numbers)
    except TypeError:  # an unhashable argument (a list of numbers): formatted as always
        return str(_stock_fp_str(*numbers))


textobject.fp_str = rl_canvas.fp_str = fp_str  # both modules look the name up at each call


class TextParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph whose line breaking is computed once per available width."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = cached
        else:
            super().wrap(availWidth, availHeight)
            if hasattr(self, "blPara"):  # a zero width returns early, without breaking lines
                self._wrapped = (availWidth, self.width, self.height, self.blPara, self._wrapWidths)
        self.height = foot_height(self.height, availHeight, self.style)  # see ``pdf_plain.foot_height``
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:
        return super().split(availWidth, availHeight + trailing_space(self.style))  # type: ignore[no-any-return]


class MeasuredTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose ``stringWidth`` remembers each string's width in font units."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[str, float] = {}
        self._char_widths = self.face.charWidths
        self._default_width = self.face.defaultWidth

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf8")
        units = self._widths.get(text)
        if units is None:
            widths, default = self._char_widths, self._default_width
            units = sum(widths.get(ord(char), default) for char in text)
            if len(self._widths) > _WIDTH_CACHE_LIMIT:
                self._widths.clear()
            self._widths[text] = units
        return 0.001 * size * units

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """reportlab's ``splitString`` (the ``(subset, codes)`` chunks of ``text``), the same bytes faster: when
        every character already has its code in subset 0, one translation; else reportlab's loop, which assigns
        the new codes in the same order as always."""
        if isinstance(text, str) and text:
            state = self.state.get(doc)
            fast = getattr(state, "medicen_subset0", None)
            if fast is not None and fast[2].issuperset(text):
                return [(0, text.translate(fast[1]).encode("latin-1"))]
        chunks: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        state = self.state[doc]
        assignments: dict[int, int] = state.assignments
        if getattr(state, "medicen_subset0", (-1,))[0] != len(assignments):
            table = {code: n for code, n in assignments.items() if n < 256}
            if 32 in table:
                table[0xA0] = table[32]  # reportlab draws a no-break space as a space
            state.medicen_subset0 = (len(assignments), table, frozenset(map(chr, table)))
        return chunks
