"""The embedded TrueType fonts of the PDF, and reportlab's safety settings.

``register_fonts()`` registers DejaVu Sans (regular, bold, italic,
bold-italic) as one family, so that ``<b>``/``<i>`` pick the real faces,
and Symbola as a fallback for symbols and emoji that DejaVu lacks.
``markup(text)`` escapes user text for a reportlab Paragraph and wraps
characters only the fallback has in a ``<font>`` tag, so no glyph becomes a
black box. Importing this module also locks reportlab's trusted hosts and
schemes so that no markup can make it read a file or open a connection.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from medicen_desktop.resources import resource

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FALLBACK = "Symbola"
FACES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
         BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf", FALLBACK: "Symbola.ttf"}

# CVE-2020-28463: an <img src> in Paragraph markup could read files or URLs.
# User text is always escaped; this is the second lock.
rl_config.trustedHosts = []
rl_config.trustedSchemes = []

_lock = threading.Lock()


def register_fonts() -> None:
    """Register the family once per process (thread-safe, idempotent)."""
    with _lock:
        if FAMILY in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in FACES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        addMapping(FALLBACK, 0, 0, FALLBACK)
        addMapping(FALLBACK, 1, 0, FALLBACK)
        addMapping(FALLBACK, 0, 1, FALLBACK)
        addMapping(FALLBACK, 1, 1, FALLBACK)


@lru_cache(maxsize=1)
def _main_cmap() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FAMILY)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _fallback_cmap() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FALLBACK)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that neither embedded font can draw (whitespace aside)."""
    main, fallback = _main_cmap(), _fallback_cmap()
    return {c for c in set(text) if ord(c) not in main and ord(c) not in fallback and not c.isspace()}


def markup(text: str) -> str:
    """``text`` as safe reportlab Paragraph markup: escaped, fallback font where needed.

    Every ``<``, ``>`` and ``&`` is escaped, so nothing the user typed is
    taken as a tag or an entity.
    """
    main = _main_cmap()
    if all(ord(c) in main for c in text):
        return escape(text)
    fallback = _fallback_cmap()
    out: list[str] = []
    in_fallback = False
    for char in text:
        wants = ord(char) not in main and ord(char) in fallback
        if wants != in_fallback:
            out.append(f'<font name="{FALLBACK}">' if wants else "</font>")
            in_fallback = wants
        out.append(escape(char))
    if in_fallback:
        out.append("</font>")
    return "".join(out)
