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
  before is one dictionary lookup instead of a sum over its characters.
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from medicen_desktop.export.pdf_plain import foot_height, trailing_space

_WIDTH_CACHE_LIMIT = 200_000


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
