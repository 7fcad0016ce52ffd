"""Opening a returned Word file defensively: the zip checks of partner archives, no macros, safe XML.

A ``.docx`` comes from another machine like any package: it is read in memory
through ``archive.read_archive`` (member names, count, sizes and compression
ratios capped: path traversal, zip bombs and overlong archives are refused),
a macro-enabled document (a ``vbaProject`` part, or a macro content type) is
refused whatever its name says, and its XML is parsed with entities, DTDs and
network access off. Raises ``InterchangeError`` naming the file and the problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.exchange.archive import DEFAULT_CAPS, Caps, read_archive

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT = "word/document.xml"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)


def w(name: str) -> str:
    """The Clark name of ``w:name``."""
    return f"{{{W}}}{name}"


@dataclass
class WordFile:
    """The parts of a Word file that reading it back needs."""

    body: _Element
    styles: dict[str, str] = field(default_factory=dict)
    """style id → style name, lower case ("heading 2", "list bullet")."""
    numbering: dict[tuple[str, str], str] = field(default_factory=dict)
    """(numId, ilvl) → numFmt ("bullet", "decimal", ...)."""
    comments: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """comment id → (author, date, text)."""
    footnotes: dict[str, str] = field(default_factory=dict)
    """footnote or endnote id → its text."""


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACROS = "a macro-enabled Word document (.docm) is refused"


def read_word_members(raw: bytes, source: str, caps: Caps = DEFAULT_CAPS) -> dict[str, bytes]:
    """The parts of a Word file by name, after every check a file from another machine gets.

    Refused (``InterchangeError`` naming the file): a macro-enabled document
    (by its name, a ``vbaProject`` part or a macro content type), an encrypted
    file or an old ``.doc``, anything not a zip, what ``archive.read_archive``
    refuses (traversal, bombs, damage), and a zip that is not a Word document.
    """
    if source.lower().endswith((".docm", ".dotm")):
        raise InterchangeError(f"{_MACROS}; save it as a .docx without macros", source)
    if raw.startswith(_OLE_MAGIC):
        raise InterchangeError("the file is encrypted (password-protected) or an old .doc; "
                               "save it from Word as an unprotected .docx", source)
    if not raw.startswith(b"PK"):
        raise InterchangeError("not a Word document (.docx); it is not a zip archive", source)
    members = read_archive(raw, source, lambda _name: True, caps)
    types = members.get("[Content_Types].xml", b"")
    if any(name.lower().endswith("vbaproject.bin") for name in members) or b"macroEnabled" in types:
        raise InterchangeError(f"{_MACROS}: it holds macros (vbaProject); save it as a .docx without macros",
                               source)
    if DOCUMENT not in members or _DOCX_MAIN not in types:
        raise InterchangeError("not a Word document (.docx)", source)
    return members


def open_word_file(raw: bytes, source: str, caps: Caps = DEFAULT_CAPS) -> WordFile:
    """Check and parse a Word file; raises InterchangeError (nothing is kept of a refused file)."""
    members = read_word_members(raw, source, caps)
    document = _parse(members[DOCUMENT], DOCUMENT, source)
    body = document.find(w("body"))
    if body is None:
        raise InterchangeError("not a Word document (no body)", source)
    found = WordFile(body)
    if "word/styles.xml" in members:
        for style in _parse(members["word/styles.xml"], "styles", source).iter(w("style")):
            name = style.find(w("name"))
            if name is not None:
                found.styles[style.get(w("styleId"), "")] = (name.get(w("val")) or "").lower()
    if "word/numbering.xml" in members:
        found.numbering = _numbering(_parse(members["word/numbering.xml"], "numbering", source))
    if "word/comments.xml" in members:
        for comment in _parse(members["word/comments.xml"], "comments", source).iter(w("comment")):
            found.comments[comment.get(w("id"), "")] = (
                comment.get(w("author"), ""), comment.get(w("date"), ""), plain_text(comment))
    for part, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
        if part in members:
            for note in _parse(members[part], part, source).iter(w(tag)):
                found.footnotes[f"{tag}:{note.get(w('id'), '')}"] = plain_text(note)
    return found


def plain_text(element: _Element) -> str:
    """The visible text of an element's paragraphs (deleted text left out), one line per paragraph."""
    lines = []
    for paragraph in element.iter(w("p")):
        lines.append("".join(t.text or "" for t in paragraph.iter(w("t"))))
    return "\n".join(line for line in lines if line.strip())


def _parse(data: bytes, name: str, source: str) -> _Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InterchangeError(f"damaged Word part {name} ({exc})", source) from None


def _numbering(root: _Element) -> dict[tuple[str, str], str]:
    abstract: dict[str, dict[str, str]] = {}
    for definition in root.iter(w("abstractNum")):
        levels = {}
        for level in definition.iter(w("lvl")):
            fmt = level.find(w("numFmt"))
            levels[level.get(w("ilvl"), "0")] = fmt.get(w("val"), "decimal") if fmt is not None else "decimal"
        abstract[definition.get(w("abstractNumId"), "")] = levels
    out: dict[tuple[str, str], str] = {}
    for num in root.iter(w("num")):
        ref = num.find(w("abstractNumId"))
        levels = abstract.get(ref.get(w("val"), "") if ref is not None else "", {})
        for ilvl, fmt in levels.items():
            out[(num.get(w("numId"), ""), ilvl)] = fmt
    return out
