"""The font families a dossier can be set in, and which shipped file draws each character.

A funder names a Microsoft font (Times New Roman, Arial, Calibri). The DOCX
names that family, so Word uses it; the PDF embeds a free font with the
same advance widths (Liberation Serif, Liberation Sans, Carlito: SIL OFL
1.1, in ``resources/fonts``), so both break lines at the same words.

A character the family lacks is drawn from the fallbacks, in order: DejaVu
Sans (Greek, Cyrillic, maths, arrows), Droid Sans Fallback (Chinese,
Japanese, Korean: a partner's name in its own script), Symbola (symbols,
emoji). ``split(text, face)`` gives the ``(text, file)`` pieces; the PDF
maps files to its registered fonts, the Gantt PNG to Pillow fonts, and the
DOCX measures with them. Pure: no reportlab (see ``font_metrics``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from medicen_desktop.errors import Refused
from medicen_desktop.export.font_metrics import FontMetrics, metrics


@dataclass(frozen=True, slots=True)
class Family:
    """A family as Word names it, and the four shipped files metric-compatible with it."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    embedded: str
    """The free family's own name (what ``pdffonts`` shows)."""

    def face(self, bold: bool = False, italic: bool = False) -> str:
        """The file of the face with this emphasis."""
        return ((self.regular, self.italic), (self.bold, self.bold_italic))[bold][italic]

    @property
    def faces(self) -> tuple[str, str, str, str]:
        return self.regular, self.bold, self.italic, self.bold_italic


def _family(name: str, stem: str, embedded: str, regular: str = "Regular", italic: str = "Italic") -> Family:
    return Family(name, f"{stem}-{regular}.ttf", f"{stem}-Bold.ttf", f"{stem}-{italic}.ttf", f"{stem}-Bold{italic}.ttf",
                  embedded)


FAMILIES = {
    "Times New Roman": _family("Times New Roman", "LiberationSerif", "Liberation Serif"),
    "Arial": _family("Arial", "LiberationSans", "Liberation Sans"),
    "Calibri": _family("Calibri", "Carlito", "Carlito"),
}
ALIASES = {"times": "Times New Roman", "times new roman": "Times New Roman", "liberation serif": "Times New Roman",
           "nimbus roman": "Times New Roman", "nimbus roman no9 l": "Times New Roman", "tinos": "Times New Roman",
           "arial": "Arial", "helvetica": "Arial", "liberation sans": "Arial", "arimo": "Arial",
           "calibri": "Calibri", "carlito": "Calibri"}
DEFAULT_FAMILY = "Arial"
MONO = Family("Courier New", "LiberationMono-Regular.ttf", "LiberationMono-Regular.ttf",
              "LiberationMono-Regular.ttf", "LiberationMono-Regular.ttf", "Liberation Mono")
"""Code listings: Liberation Mono (Courier New's widths), one face: code has no emphasis."""
FALLBACKS = ("DejaVuSans.ttf", "DroidSansFallback.ttf", "Symbola.ttf")


class UnknownFamily(Refused):
    """A template names a font family the dossier cannot be set in."""


def family(name: str) -> Family:
    """The family Word calls ``name`` (or one of its aliases); raises ``UnknownFamily``."""
    key = ALIASES.get(name.strip().lower())
    if key is None:
        raise UnknownFamily(f"no metric-compatible font is shipped for {name!r} "
                            f"(known: {', '.join(sorted(FAMILIES))})")
    return FAMILIES[key]


class Coverage:
    """The characters a file has a glyph for, as one compiled character class (issue 19: the window's memory).

    A ``frozenset`` of the characters took some 290 KB per Liberation face (a
    string object per character beyond Latin-1, and the hash table) and 4.5 MB
    for Droid Sans Fallback; the class of their ranges takes a few KB, and
    ``re`` tests a whole text against it in C, as fast as ``issuperset``.
    """

    __slots__ = ("_lacking",)

    def __init__(self, codes: Iterable[int]) -> None:
        ranges: list[list[int]] = []
        for code in sorted(codes):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
        members = "".join(_literal(a) if a == b else f"{_literal(a)}-{_literal(b)}" for a, b in ranges)
        self._lacking = re.compile(f"[^{members}]" if members else "(?s:.)")
        """Matches a character the file has no glyph for."""

    def __contains__(self, char: str) -> bool:
        return self._lacking.match(char) is None

    def issuperset(self, text: str) -> bool:
        """Whether the file has a glyph for every character of ``text``."""
        return self._lacking.search(text) is None


def _literal(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


@lru_cache(maxsize=64)
def _chars(filename: str) -> Coverage:
    return Coverage(metrics(filename).widths)


def covered(text: str, filename: str) -> bool:
    """Whether ``filename`` has a glyph for every character of ``text`` (whitespace aside)."""
    chars = _chars(filename)
    return chars.issuperset(text) or all(c in chars or c.isspace() for c in text)


def covered_by(text: str, face: str) -> bool:
    """Whether ``face`` draws every character of ``text`` itself (no fallback needed)."""
    return _chars(face).issuperset(text)


def _owner(char: str, face: str) -> str:
    if char in _chars(face) or char.isspace():
        return face
    for fallback in FALLBACKS:
        if char in _chars(fallback):
            return fallback
    return face  # no file has it: the face draws its .notdef box (``missing`` reports it)


def split(text: str, face: str) -> list[tuple[str, str]]:
    """``(piece, file)`` runs of ``text``: the face where it has the glyph, else the first fallback that has."""
    if _chars(face).issuperset(text):
        return [(text, face)] if text else []
    out: list[tuple[str, str]] = []
    for char in text:
        owner = _owner(char, face)
        if out and out[-1][1] == owner:
            out[-1] = (out[-1][0] + char, owner)
        else:
            out.append((char, owner))
    return out


def missing(text: str, face: str) -> set[str]:
    """Characters of ``text`` that neither ``face`` nor any fallback can draw (whitespace aside)."""
    chars = _chars(face)
    if chars.issuperset(text):
        return set()
    return {c for c in set(text) if not c.isspace() and c not in chars
            and not any(c in _chars(fallback) for fallback in FALLBACKS)}


def text_width(text: str, face: str, size: float) -> float:
    """Width in points of ``text`` set in ``face`` with its fallbacks."""
    if _chars(face).issuperset(text):
        return metrics(face).width(text, size)
    return sum(face_metrics(owner).width(piece, size) for piece, owner in split(text, face))


def face_metrics(filename: str) -> FontMetrics:
    return metrics(filename)
