"""The PDF's embedded TrueType fonts, registered with reportlab on demand, and reportlab's safety settings.

The dossier's family (``font_faces.Family``: Liberation Serif for Times
New Roman, Liberation Sans for Arial, Carlito for Calibri) is registered
with its four faces as one reportlab family (``register_family``), so
``<b>``/``<i>`` pick the real faces. A fallback file (DejaVu Sans, Droid
Sans Fallback, Symbola) is parsed only when some text needs it, once per
process; nothing here runs on the DOCX path. A face's reportlab name is
its file's stem ("LiberationSerif-Bold"), which ``pdffonts`` shows.

A font is named before it is parsed: ``font_name`` and ``register_family``
give reportlab the names and the family's bold/italic mapping at once, and a
face's file is parsed when reportlab first asks for its font (``getFont``,
through ``pdfmetrics.findFontAndRegister``), once per process. A dossier set
without bold italic or code never parses those files (each 2-10 ms).
``markup(text, face)`` escapes user text for a reportlab Paragraph and wraps
characters only a fallback has in a ``<font>`` tag, so no glyph becomes a
black box; ``font_runs`` does the same for ``pdf_plain.PlainText``.
Importing this module also locks reportlab's trusted hosts and schemes so
that no markup can make it read a file or open a connection.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from medicen_desktop.export import font_faces
from medicen_desktop.export.font_faces import MONO, Family
from medicen_desktop.export.font_metrics import metrics
from medicen_desktop.export.lean_faces import make_lean
from medicen_desktop.export.pdf_text import MeasuredTTFont
from medicen_desktop.export.tree import Run
from medicen_desktop.export.xml_escape import escape
from medicen_desktop.resources import resource

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


def font_name(filename: str) -> str:
    """The reportlab name of a shipped font file; its file is parsed when reportlab first uses it (thread-safe)."""
    name = _named.get(filename)
    if name is None:
        with _lock:
            name = _named.get(filename)
            if name is None:
                name = filename.rsplit(".", 1)[0]
                # What registerFont will do (a TrueType font is its own family), for ``<font name=...>`` markup
                pdfmetrics.registerFontFamily(name)
                _file_of[name] = filename
                _named[filename] = name
    return name


def _load(name: str) -> TTFont | None:
    """Parse and register the shipped font called ``name`` (once); None if it is not one named here."""
    filename = _file_of.get(name)
    if filename is None:
        return None
    with _lock:
        font = _loaded.get(name)
        if font is None:
            font = MeasuredTTFont(name, str(resource("fonts", filename)))
            if _lean_faces:
                make_lean(font.face, metrics(filename).widths)  # keyed by the same code point ints
            pdfmetrics.registerFont(font)  # which maps the face's own family to itself, the face included:
            family = _FACE_OF.get(name)
            if family is not None:
                _map_family(family[0])  # its family's bold and italic apply again
            _loaded[name] = font
    return font


def _find_and_register(name: str) -> Any:
    """reportlab's ``findFontAndRegister`` (``getFont`` of a name not registered yet), shipped fonts parsed here."""
    font = _load(str(name))
    return font if font is not None else _stock_find_and_register(name)


_stock_find_and_register = pdfmetrics.findFontAndRegister
pdfmetrics.findFontAndRegister = _find_and_register  # getFont looks it up in its module at each call

_lean_faces = False
"""Whether faces parsed from now on drop their subsetting data (``keep_faces_lean``)."""


def keep_faces_lean() -> None:
    """Faces parsed from now on keep only what a layout reads until a PDF embeds them (``lean_faces.py``):
    the page meter, which lays out for as long as the window runs and never embeds, asks for it."""
    global _lean_faces
    _lean_faces = True


_named: dict[str, str] = {}
"""File name → reportlab name of every font named so far."""
_file_of: dict[str, str] = {}
"""reportlab name → file name, the reverse."""
_loaded: dict[str, TTFont] = {}
"""reportlab name → font, of the files parsed so far."""
_FACE_OF: dict[str, tuple[Family, bool, bool]] = {}
"""reportlab face name → (family, bold, italic), for every registered family face."""


def register_family(family: Family) -> str:
    """Name the family's four faces as one reportlab family; returns the regular face's name."""
    names = [font_name(face) for face in family.faces]
    with _lock:
        if names[0] not in _FACE_OF:
            _map_family(family)
            for name, (bold, italic) in zip(names, ((False, False), (True, False), (False, True), (True, True))):
                _FACE_OF[name] = (family, bold, italic)
    return names[0]


def _map_family(family: Family) -> None:
    names = [_named[face] for face in family.faces]
    pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])


def face_name(family: Family, bold: bool = False, italic: bool = False) -> str:
    register_family(family)
    return font_name(family.face(bold, italic))


def missing_glyphs(text: str, family: Family | None = None) -> set[str]:
    """Characters of ``text`` that neither the family nor any fallback can draw (whitespace aside)."""
    face = (family or font_faces.family(font_faces.DEFAULT_FAMILY)).regular
    return font_faces.missing(text, face)


def markup(text: str, face: str) -> str:
    """``text`` as safe reportlab Paragraph markup in the registered face ``face``, fallback fonts where needed.

    Every ``<``, ``>`` and ``&`` is escaped, so nothing the user typed is
    taken as a tag or an entity.
    """
    filename = face + ".ttf"
    out: list[str] = []
    for piece, owner in font_faces.split(text, filename):
        if owner == filename:
            out.append(escape(piece))
        else:
            out.append(f'<font name="{font_name(owner)}">{escape(piece)}</font>')
    return "".join(out)


def font_runs(runs: list[Run], base_font: str) -> list[tuple[str, str]]:
    """``(text, font name)`` fragments of ``runs`` for ``pdf_plain.PlainText``.

    Each run gets the face of ``base_font``'s family (a registered family
    face) that its emphasis and the base face's call for; characters the
    face lacks get the first fallback that has them. A ``"\\n"`` run stays
    a line break.
    """
    family, base_bold, base_italic = _FACE_OF[base_font]
    out: list[tuple[str, str]] = []
    for run in runs:
        if run.text == "\n":
            out.append(("\n", base_font))
            continue
        face = family.face(base_bold or run.bold, base_italic or run.italic)
        if font_faces.covered_by(run.text, face):
            out.append((run.text, _named.get(face) or font_name(face)))
            continue
        out.extend((piece, font_name(owner)) for piece, owner in font_faces.split(run.text, face))
    return out


def text_fragments(text: str, base_font: str) -> list[tuple[str, str]]:
    """``font_runs([Run(text)], base_font)`` for a plain ``text`` without a line break (most table cells), without
    building the run: the base font itself when its face has every character."""
    filename = _file_of.get(base_font)
    if text and filename is not None and base_font in _FACE_OF and font_faces.covered_by(text, filename):
        return [(text, base_font)]
    return font_runs([Run(text)] if text else [], base_font)


def code_fragments(line: str) -> list[tuple[str, str]]:
    """``(text, font name)`` fragments of a code line: the monospace face, and per character the first fallback
    that has it where the monospace face has no glyph. Spaces are kept as they are."""
    return [(piece, font_name(owner)) for piece, owner in font_faces.split(line, MONO.regular)]
