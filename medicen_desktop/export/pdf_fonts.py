"""The embedded TrueType fonts of the PDF, and reportlab's safety settings.

``register_fonts()`` registers DejaVu Sans (regular, bold, italic,
bold-italic) as one family, so that ``<b>``/``<i>`` pick the real faces,
and Symbola as a fallback for symbols and emoji that DejaVu lacks, and
DejaVu Sans Mono for code listings (``code_fragments``: a character it
lacks falls back to DejaVu Sans, then Symbola).
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
from reportlab.pdfbase import pdfmetrics, ttfonts

from medicen_desktop.export.pdf_text import MeasuredTTFont
from medicen_desktop.export.tree import Run
from medicen_desktop.resources import resource

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FALLBACK = "Symbola"
MONO = "DejaVuSansMono"
FACES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
         BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf", FALLBACK: "Symbola.ttf", MONO: "DejaVuSansMono.ttf"}

# CVE-2020-28463: an <img src> in Paragraph markup could read files or URLs.
# User text is always escaped; this is the second lock.
rl_config.trustedHosts = []
rl_config.trustedSchemes = []
# Binary (Flate only) streams: ASCII85 on top makes every page and image stream
# a quarter larger and, in pure Python, costs a fifth of a large dossier's time.
rl_config.useA85 = 0

_lock = threading.Lock()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, with astral code points written correctly.

    reportlab 5.1 writes each entry as ``<%04X>`` of the code point: 😀
    (U+1F600) becomes ``<1F600>``, an odd number of hex digits that readers
    decode as U+1F60 U+0000, so copying or extracting the text garbles it
    (the glyph itself is right). A ToUnicode destination is UTF-16BE: code
    points above U+FFFF need their surrogate pair (``<D83DDE00>``). For the
    Basic Multilingual Plane the output is unchanged.
    """
    cmap: str = _stock_to_unicode_cmap(fontname, subset)
    if all(code <= 0xFFFF for code in subset):
        return cmap
    lines = cmap.split("\n")
    first = lines.index(f"{len(subset)} beginbfchar") + 1
    for index, code in enumerate(subset):
        lines[first + index] = f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
    return "\n".join(lines)


_stock_to_unicode_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # addObjects looks the helper up in its module at each call


def register_fonts() -> None:
    """Register the family once per process (thread-safe, idempotent)."""
    with _lock:
        if FAMILY in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in FACES.items():
            pdfmetrics.registerFont(MeasuredTTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        addMapping(FALLBACK, 0, 0, FALLBACK)
        addMapping(FALLBACK, 1, 0, FALLBACK)
        addMapping(FALLBACK, 0, 1, FALLBACK)
        addMapping(FALLBACK, 1, 1, FALLBACK)


@lru_cache(maxsize=1)
def _main_cmap() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FAMILY)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def _main_chars() -> frozenset[str]:
    return frozenset(map(chr, _main_cmap()))


@lru_cache(maxsize=1)
def _fallback_cmap() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FALLBACK)
    return frozenset(font.face.charToGlyph)


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that neither embedded font can draw (whitespace aside)."""
    main, fallback = _main_cmap(), _fallback_cmap()
    return {c for c in set(text) if ord(c) not in main and ord(c) not in fallback and not c.isspace()}


def markup(text: str) -> str:
    """``text`` as safe reportlab Paragraph markup: escaped, fallback font where needed.

    Every ``<``, ``>`` and ``&`` is escaped, so nothing the user typed is
    taken as a tag or an entity.
    """
    if _main_chars().issuperset(text):
        return escape(text)
    main = _main_cmap()
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


_FACES_BY_STYLE = {(False, False): FAMILY, (True, False): BOLD, (False, True): ITALIC, (True, True): BOLD_ITALIC}
_STYLE_OF_FACE = {face: key for key, face in _FACES_BY_STYLE.items()}


def font_runs(runs: list[Run], base_font: str) -> list[tuple[str, str]]:
    """``(text, font name)`` fragments of ``runs`` for ``pdf_plain.PlainText``.

    Each run gets the face of the family that its emphasis and ``base_font``
    (a face of the family) call for; characters only the fallback font has
    get ``FALLBACK``, as ``markup`` does. A ``"\\n"`` run stays a line break.
    """
    base_bold, base_italic = _STYLE_OF_FACE.get(base_font, (False, False))
    main = _main_chars()
    out: list[tuple[str, str]] = []
    for run in runs:
        if run.text == "\n":
            out.append(("\n", base_font))
            continue
        face = _FACES_BY_STYLE[(base_bold or run.bold, base_italic or run.italic)]
        if main.issuperset(run.text):
            out.append((run.text, face))
            continue
        fallback = _fallback_cmap()
        start = 0
        current = face
        for index, char in enumerate(run.text):
            wanted = FALLBACK if char not in main and ord(char) in fallback else face
            if wanted != current:
                if index > start:
                    out.append((run.text[start:index], current))
                start, current = index, wanted
        out.append((run.text[start:], current))
    return out


@lru_cache(maxsize=1)
def _mono_chars() -> frozenset[str]:
    register_fonts()
    return frozenset(map(chr, pdfmetrics.getFont(MONO).face.charToGlyph))


def code_fragments(line: str) -> list[tuple[str, str]]:
    """``(text, font name)`` fragments of a code line: the monospace face, and per character the body face
    (or the fallback) where the monospace face has no glyph. Spaces are kept as they are."""
    mono = _mono_chars()
    if mono.issuperset(line):
        return [(line, MONO)] if line else []
    main = _main_chars()
    fallback = _fallback_cmap()
    out: list[tuple[str, str]] = []
    for char in line:
        font = MONO if char in mono else FAMILY if char in main else FALLBACK if ord(char) in fallback else MONO
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + char, font)
        else:
            out.append((char, font))
    return out
