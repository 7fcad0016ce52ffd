"""TrueType faces that keep only what laying out needs until a PDF embeds them (issue 19: the window's memory).

reportlab's ``TTFontFace`` keeps, besides the widths a layout reads, the
whole file and three per-glyph tables (``glyphToChar``, ``hmetrics``,
``glyphPos``) that only ``makeSubset`` (embedding a subset in a PDF) and
shaping read: about 1.1 MB of the 1.4 MB of a Liberation face, 2.8 of
DejaVu Sans' 3.4. The section editor's page meter lays the dossier out
and never embeds a font, but kept all of it for as long as the window ran.

``make_lean(face)`` drops those four attributes; the first read of any of
them (a PDF export in the same process, since the font registry is
shared) parses the file again, once, and restores all four exactly as
reportlab made them (a few milliseconds per face). Widths, ``charToGlyph``
(which ``splitString`` reads while drawing) and every other attribute are
untouched, so a lean face lays out and encodes text exactly as a full one.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from reportlab.pdfbase.ttfonts import TTFontFace, TTFontFile

SUBSETTING_ONLY = ("_ttf_data", "glyphToChar", "hmetrics", "glyphPos")
"""The face's attributes that only embedding (``makeSubset``) and shaping read."""

_lock = threading.Lock()


class LeanFace(TTFontFace):  # type: ignore[misc]
    """A face whose subsetting data is read again from its file when first asked for."""

    def __getattr__(self, name: str) -> Any:  # only called for attributes missing from the instance
        if name not in SUBSETTING_ONLY:
            raise AttributeError(name)
        with _lock:
            if name not in self.__dict__:
                full = TTFontFile(self.filename, validate=0)
                for attribute in SUBSETTING_ONLY:
                    self.__dict__[attribute] = getattr(full, attribute)
        return self.__dict__[name]


def make_lean(face: TTFontFace, codes: Mapping[int, object] | None = None) -> None:
    """Drop ``face``'s subsetting data (a plain ``TTFontFace`` of a single-font file); it comes back on use.

    ``codes``: a mapping keyed by the same file's code points (``font_metrics``' widths, which the layout reads
    too); the face's tables are then keyed by those very int objects instead of reportlab's copies of them.
    """
    if type(face) is not TTFontFace or face.subfontNameX:
        return  # a collection's subfont or another kind of face: left as reportlab made it
    face.__class__ = LeanFace
    for attribute in SUBSETTING_ONLY:
        face.__dict__.pop(attribute, None)
    own = {code: code for code in codes or ()}
    shared: dict[float, float] = {}  # reportlab scales each glyph's width to a float of its own: one per value
    for table, values in ((face.charWidths, shared), (face.charToGlyph, None)):
        items = list(table.items())  # refilled in place: a font made from the face may hold this very dict
        table.clear()
        table.update((own.get(char, char), value if values is None else values.setdefault(value, value))
                     for char, value in items)


def is_lean(face: object) -> bool:
    """Whether ``face`` holds none of its subsetting data now."""
    return isinstance(face, LeanFace) and not any(a in face.__dict__ for a in SUBSETTING_ONLY)
