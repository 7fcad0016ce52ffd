"""Column widths that keep every header word and every figure on one line.

A tree ``Table`` gives relative widths; scaled to the page they may leave a
column narrower than its header's longest word ("Investissements" cut as
"Investissement/s") or than an amount, which never breaks (its thousands
separators are no-break spaces). ``column_widths`` widens such columns to
their minimum and takes the difference from the columns with room to
spare, in proportion to that room. Measured with the family's metrics
(``font_faces``, no reportlab), the same widths in both formats.
"""

from __future__ import annotations

from medicen_desktop.export.font_faces import Family, text_width
from medicen_desktop.export.tree import Align, Table


def _longest_word(text: str, face: str, size: float) -> float:
    # split at breakable spaces only: no-break spaces (U+00A0, U+202F) hold amounts together
    return max((text_width(word, face, size) for word in text.replace("\t", " ").split(" ")), default=0.0)


def column_widths(table: Table, total: float, size: float, padding: float, family: Family) -> list[float]:
    """Widths in points summing to ``total`` for cells set in ``family`` at ``size`` points with ``padding``
    points of margins."""
    scale = total / sum(table.widths)
    widths = [w * scale for w in table.widths]
    needed = [0.0] * table.columns
    for index, row in enumerate(table.rows):
        header = index < table.header_rows
        bold = header or index in table.bold_rows
        for column, value in enumerate(row[: table.columns]):
            if header or table.align[column] == Align.RIGHT:  # figures never break; body text may
                font = family.face(bold)
                width = max(_longest_word(line, font, size) for line in value.split("\n")) if value else 0.0
                needed[column] = max(needed[column], width + padding + 0.5)
    if sum(needed) > total:  # cannot satisfy everyone: share the width in proportion to the needs
        return [n * total / sum(needed) for n in needed]
    short = sum(max(0.0, n - w) for n, w in zip(needed, widths))
    if short <= 0:
        return widths
    room = [max(0.0, w - n) for n, w in zip(needed, widths)]
    spare = sum(room)
    return [max(w, n) - (r / spare * short if spare else 0.0) for w, n, r in zip(widths, needed, room)]
