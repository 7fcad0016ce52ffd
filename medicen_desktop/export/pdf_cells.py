"""The cell styles of the dossier's tables, made ready for reportlab's ``Table`` instead of set command by command.

A ``TableStyle`` command over a whole table (``("VALIGN", (0, 0), (-1, -1),
"TOP")``) walks every cell and sets one attribute of its ``CellStyle``: six
such commands per table (font, vertical alignment, four paddings) were most
of the time reportlab took to set up the large proposal's tables. Here every
cell's style is an instance of a ``CellStyle`` subclass whose class
attributes are those values, one subclass per kind of table: the cells read
the same values as the commands would have set (``FONT`` with a size sets the
leading to 1.2 times it), and a later command still sets a cell's own.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus.tables import CellStyle


@lru_cache(maxsize=16)
def _kind(font: str, size: float, valign: str, paddings: tuple[float, float, float, float]) -> type[CellStyle]:
    left, right, top, bottom = paddings
    values = {"fontname": font, "fontsize": size, "leading": size * 1.2, "valign": valign,
              "leftPadding": left, "rightPadding": right, "topPadding": top, "bottomPadding": bottom}
    return type("DossierCellStyle", (CellStyle,), values)


def cell_styles(rows: int, columns: int, font: str, size: float, valign: str,
                paddings: tuple[float, float, float, float]) -> list[list[CellStyle]]:
    """A ``rows`` × ``columns`` grid of cell styles, as the commands ``FONT`` (``font``, ``size``), ``VALIGN``
    and ``LEFTPADDING``, ``RIGHTPADDING``, ``TOPPADDING``, ``BOTTOMPADDING`` (``paddings``, in that order) over the
    whole table would leave them (each cell named as reportlab names it)."""
    kind = _kind(font, size, valign, paddings)
    return [[kind(repr((i, j))) for j in range(columns)] for i in range(rows)]
