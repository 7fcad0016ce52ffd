"""Column widths that keep every header word, figure, e-mail and short word on one line.

A tree ``Table`` gives relative widths; scaled to the page they may leave a
column narrower than its header's longest word ("Investissements" cut as
"Investissement/s"), than an amount, which never breaks (its thousands
separators are no-break spaces), than an e-mail address or than a short
word of the text ("Évry-Courco/uronnes": a line may break after its
hyphen, not inside "Courcouronnes"). ``column_widths`` widens such columns
to their minimum and takes the difference from the columns with room to
spare, in proportion to that room. Only words longer than ``SHORT_WORD``
characters are left to hyphenation (``pdf_plain``). Measured with the family's metrics
(``font_faces``, no reportlab), the same widths in both formats.
"""

from __future__ import annotations

import re

from medicen_desktop.export.font_faces import Family, text_width
from medicen_desktop.export.font_metrics import metrics
from medicen_desktop.export.tree import Align, Table


SHORT_WORD = 16
"""Characters: a word of the text up to this long never breaks inside a cell."""
_HYPHEN_PARTS = re.compile(r"[^-‐]+[-‐]*")


def _longest_word(text: str, face: str, size: float) -> float:
    # split at breakable spaces only: no-break spaces (U+00A0, U+202F) hold amounts together
    return max((text_width(word, face, size) for word in text.replace("\t", " ").split(" ")), default=0.0)


def unbreakable(word: str, strict: bool = True) -> list[str]:
    """The pieces of a word (no breakable space in it) that must each stay on one line.

    A number or an amount is one piece; so is an e-mail address, unless ``strict`` is off (a table too
    narrow for all its e-mails): it may then break after its "@". Other words may break after a hyphen,
    and a piece longer than ``SHORT_WORD`` may be hyphenated, so it is not returned.
    """
    if any(char.isdigit() for char in word):
        return [word]
    if "@" in word:
        if strict:
            return [word]
        at = word.index("@") + 1
        return [word[:at], word[at:]]
    return [part for part in _HYPHEN_PARTS.findall(word) if len(part.rstrip("-‐")) <= SHORT_WORD]


def _longest_piece(text: str, face: str, size: float, known: float, strict: bool) -> float:
    """The widest unbreakable piece of ``text`` if wider than ``known`` (else ``known``): a word no wider than
    ``known`` cannot hold a wider piece, so most words are measured once, whole."""
    widest = known
    quick = metrics(face).width  # the face's own glyphs only: exact for the words that matter here
    for word in text.replace("\t", " ").replace("\n", " ").split(" "):
        if word and quick(word, size) > widest:
            widest = max(widest, *(text_width(piece, face, size) for piece in unbreakable(word, strict) or [""]))
    return widest


def _needs(table: Table, size: float, padding: float, family: Family, strict: bool) -> list[float]:
    """Each column's minimum width: strict, every header word, figure, e-mail and short word whole; loose,
    header words like body words (long ones hyphenated) and e-mails breaking after their "@"."""
    needed = [0.0] * table.columns
    regular, bold_face = family.regular, family.bold
    right = [align == Align.RIGHT for align in table.align]
    for index, row in enumerate(table.rows):
        header = index < table.header_rows
        font = bold_face if header or index in table.bold_rows else regular
        for column, value in enumerate(row[: table.columns]):
            if not value:
                continue
            if right[column] or (header and strict):  # figures never break; header words only when room
                width = max(_longest_word(line, font, size) for line in value.split("\n"))
            else:  # body text breaks at spaces, after hyphens, and inside long words only
                width = _longest_piece(value, font, size, needed[column] - padding - 0.5, strict)
            needed[column] = max(needed[column], width + padding + 0.5)
    return needed


def column_widths(table: Table, total: float, size: float, padding: float, family: Family) -> list[float]:
    """Widths in points summing to ``total`` for cells set in ``family`` at ``size`` points with ``padding``
    points of margins.

    When the strict needs do not fit (many columns at a call's large table size), every column gets its
    loose need and the rest of the width goes to the columns short of their strict need, in proportion to
    what they lack; only when even the loose needs do not fit is the width shared in proportion to them.
    """
    scale = total / sum(table.widths)
    widths = [w * scale for w in table.widths]
    needed = _needs(table, size, padding, family, strict=True)
    if sum(needed) > total:
        loose = _needs(table, size, padding, family, strict=False)
        if sum(loose) >= total:
            return [n * total / sum(loose) for n in loose]
        lacking = [max(0.0, n - m) for n, m in zip(needed, loose)]
        gain = (total - sum(loose)) / sum(lacking)
        return [m + d * gain for m, d in zip(loose, lacking)]
    short = sum(max(0.0, n - w) for n, w in zip(needed, widths))
    if short <= 0:
        return widths
    room = [max(0.0, w - n) for n, w in zip(needed, widths)]
    spare = sum(room)
    return [max(w, n) - (r / spare * short if spare else 0.0) for w, n, r in zip(widths, needed, room)]


WORD_SLACK = 1.5
"""Points each column gets over its text and cell margins, for Word's rounding."""
DOCX_MARGIN = 1.0
"""Points of the text width the DOCX leaves free right of a table or picture (12700 EMU)."""


def word_widths(table: Table, total: float, size: float, margins: float, family: Family) -> list[float]:
    """The widths both formats give ``table``'s columns, in points of whole twips (``total``: the width the
    DOCX has for it; ``margins``: a cell's left and right margins), so their cells break lines alike."""
    return [int(w * 20) / 20 for w in column_widths(table, total, size, margins + WORD_SLACK, family)]
