"""WordprocessingML for the dossier's blocks, written as text and parsed once.

python-docx builds every element through a Python proxy that looks up the
schema's child order on each insertion and appends text one character at a
time; for a dossier of thousands of cells that costs more than the whole
rest of the export. Here each block becomes a string of ``w:p``/``w:tbl``
XML (text escaped, ``\\n`` as ``w:br``, ``\\t`` as ``w:tab``), and
``save`` writes the package with that text spliced into the document part,
never parsed into a tree (expat only checks it is well-formed).

Contract: every function takes clean text (no XML-invalid character, see
``exchange.text.normalise_plain``) and style *ids* (not names); elements are
written in the schema's order (pPr: pStyle, keepNext, keepLines, pageBreakBefore,
spacing, ind, jc; tblPr: tblStyle, tblW, tblInd, tblLayout; trPr: cantSplit, tblHeader; tcPr: tcW, shd).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import IO
from zipfile import ZIP_DEFLATED, ZipFile
from xml.parsers import expat

from docx.document import Document
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.part import XmlPart
from docx.opc.pkgwriter import _ContentTypesItem  # [Content_Types].xml from the parts, as python-docx writes it
from lxml import etree
from lxml.etree import _Element

from medicen_desktop.export.hyphenation import break_points
from medicen_desktop.export.table_widths import SHORT_WORD
from medicen_desktop.export.tree import Run

_JC = {"left": "", "right": "right", "center": "center"}
_VERT_ALIGN = {"sub": "subscript", "sup": "superscript"}


def escape(text: str) -> str:
    """``text`` as XML character data (``xml.sax.saxutils.escape`` would import ``urllib.request``)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

CELL_MARGIN = 80
"""Left and right cell margins in twips (4 pt, as in the PDF)."""


def run_xml(text: str, bold: bool = False, italic: bool = False, language: str = "", script: str = "") -> str:
    """One ``w:r`` (or several pieces of one) for ``text``; tabs and line breaks become elements.

    ``script`` "sub" or "sup" lowers or raises the run (``w:vertAlign``).

    With a ``language``, a word too long to be sure to fit a cell (longer than ``table_widths.SHORT_WORD``)
    gets optional hyphens (``w:softHyphen``) where the PDF may hyphenate it, so Word breaks it alike.
    """
    if not text:
        return ""
    props = ""
    if bold or italic or script:
        align = f'<w:vertAlign w:val="{_VERT_ALIGN[script]}"/>' if script else ""
        props = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + align + "</w:rPr>"
    text_xml = _t if not language else lambda piece: _soft_hyphens(piece, language)
    if "\n" not in text and "\t" not in text:
        return f"<w:r>{props}{text_xml(text)}</w:r>"
    parts: list[str] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            parts.append("<w:br/>")
        for position, piece in enumerate(line.split("\t")):
            if position:
                parts.append("<w:tab/>")
            if piece:
                parts.append(text_xml(piece))
    return f"<w:r>{props}{''.join(parts)}</w:r>"


def _soft_hyphens(text: str, language: str) -> str:
    """``w:t`` elements of ``text`` with a ``w:softHyphen`` at each hyphenation point of its long words."""
    if not any(len(word) > SHORT_WORD for word in text.split()):
        return _t(text)
    out: list[str] = []
    start = 0
    for match in _LONG_WORD.finditer(text):
        word = match.group(0)
        for point in break_points(word, language):
            cut = match.start() + point
            out.append(_t(text[start:cut]))
            out.append("<w:softHyphen/>")
            start = cut
    out.append(_t(text[start:]) if start < len(text) else "")
    return "".join(out)


_LONG_WORD = re.compile(r"\w{%d,}" % (SHORT_WORD + 1))


def _t(text: str) -> str:
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def code_run_xml(lines: list[str]) -> str:
    """One ``w:r`` holding ``lines`` verbatim: every ``w:t`` keeps its spaces, lines end in ``w:br``.

    Blank lines are a ``w:br`` with no text, so a listing keeps its shape in one paragraph
    (one shaded box that may run onto the next page).
    """
    parts: list[str] = []
    for index, line in enumerate(lines):
        if index:
            parts.append("<w:br/>")
        if line:
            parts.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
    return f"<w:r>{''.join(parts)}</w:r>"


def runs_xml(runs: Iterable[Run]) -> str:
    return "".join(run_xml(run.text, run.bold, run.italic, script=run.script) for run in runs)


def paragraph_xml(style_id: str | None, content: str = "", *, align: str = "", keep_next: bool = False,
                  keep_lines: bool = False,
                  before_twips: int | None = None, after_twips: int | None = None, page_break_before: bool = False,
                  left_twips: int | None = None, hanging_twips: int | None = None) -> str:
    """A ``w:p`` with its properties and already-built run XML ``content``.

    ``left_twips``/``hanging_twips`` override the style's left indent (the other indents stay the style's).
    """
    props = []
    if style_id:
        props.append(f'<w:pStyle w:val="{style_id}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if keep_lines:
        props.append("<w:keepLines/>")
    if page_break_before:
        props.append("<w:pageBreakBefore/>")
    if before_twips is not None or after_twips is not None:
        attrs = "".join(f' w:{name}="{value}"' for name, value in (("before", before_twips), ("after", after_twips))
                        if value is not None)
        props.append(f"<w:spacing{attrs}/>")
    if left_twips is not None or hanging_twips is not None:
        attrs = "".join(f' w:{name}="{value}"' for name, value in (("left", left_twips), ("hanging", hanging_twips))
                        if value is not None)
        props.append(f"<w:ind{attrs}/>")
    if _JC.get(align, align):
        props.append(f'<w:jc w:val="{_JC.get(align, align)}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{content}</w:p>"


def spacer_xml(points: float) -> str:
    """An empty paragraph exactly ``points`` high (its mark set in 1 pt so the line is no taller)."""
    return (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="{round(points * 20)}" w:lineRule="exact"/>'
            '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>')


def page_break_xml() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def table_xml(rows: list[list[str]], widths_twips: list[int], aligns: list[str], style_id: str, text_style: str,
              header_style: str, header_rows: int, bold_rows: frozenset[int], header_fill: str,
              indent_twips: int = 0, keep_whole: bool = False, language: str = "") -> str:
    """A fixed-layout ``w:tbl``; header rows repeat on each page, are shaded and never split.

    ``indent_twips`` moves the table right (a table inside a quote); ``keep_whole`` keeps every row with
    the next (a small table moves to the next page whole, as in the PDF)."""
    indent = f'<w:tblInd w:w="{indent_twips}" w:type="dxa"/>' if indent_twips else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths_twips)
    table_props = (f'<w:tblPr><w:tblStyle w:val="{style_id}"/><w:tblW w:w="{sum(widths_twips)}" w:type="dxa"/>{indent}'
                   f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/>'
                   f'<w:left w:w="{CELL_MARGIN}" w:type="dxa"/><w:bottom w:w="50" w:type="dxa"/>'
                   f'<w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>'
                   '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
                   ' w:noHBand="0" w:noVBand="1"/></w:tblPr>')
    parts = [f"<w:tbl>{table_props}<w:tblGrid>{grid}</w:tblGrid>"]
    cell_props = [f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>' for w in widths_twips]
    header_props = [f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="{header_fill}"/>'
                    "</w:tcPr>" for w in widths_twips]
    text_ppr = [_cell_ppr(text_style, align) for align in aligns]
    header_ppr = [_cell_ppr(header_style, align) for align in aligns]
    kept_ppr = [_cell_ppr(text_style, align, keep_next=True) for align in aligns]
    for index, values in enumerate(rows):
        header = index < header_rows
        bold = index in bold_rows
        parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header
                     else "<w:tr><w:trPr><w:cantSplit/></w:trPr>" if keep_whole else "<w:tr>")
        kept = keep_whole and index < len(rows) - 1
        tc_pr, p_pr = (header_props, header_ppr) if header else (cell_props, kept_ppr if kept else text_ppr)
        for column, value in enumerate(values):
            parts.append(f"<w:tc>{tc_pr[column]}<w:p>{p_pr[column]}{run_xml(value, bold, language=language)}</w:p></w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def grid_xml(values: list[str], columns: int, width_twips: int, style_id: str) -> str:
    """A borderless ``w:tbl`` listing ``values`` down ``columns`` columns (the cover's partners)."""
    rows = -(-len(values) // columns)
    column = width_twips // columns
    grid = "".join(f'<w:gridCol w:w="{column}"/>' for _ in range(columns))
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    parts = [f'<w:tbl><w:tblPr><w:tblW w:w="{column * columns}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
             '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/>'
             f'<w:right w:w="120" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    ppr = f'<w:pPr><w:pStyle w:val="{style_id}"/><w:spacing w:before="0" w:after="40"/></w:pPr>'
    for row in range(rows):
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for col in range(columns):
            index = col * rows + row
            text = run_xml(values[index]) if index < len(values) else ""
            parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{column}" w:type="dxa"/></w:tcPr><w:p>{ppr}{text}</w:p></w:tc>')
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _cell_ppr(style_id: str, align: str, keep_next: bool = False) -> str:
    jc = f'<w:jc w:val="{_JC[align]}"/>' if _JC.get(align) else ""
    keep = "<w:keepNext/>" if keep_next else ""
    return f'<w:pPr><w:pStyle w:val="{style_id}"/>{keep}{jc}</w:pPr>'


class DocxBody:
    """Collects the body's XML, which ``save`` splices into the document part as text (``finish``).

    Parsing the body into python-docx's tree only for python-docx to serialise
    it again cost as much memory as the tree (6 MB for the large proposal) and
    time: the document element is serialised once, the collected text is
    spliced in before the body's final ``w:sectPr``, and those bytes are the
    part. Call ``save`` last, after any python-docx change to the document
    element (section properties, header and footer references).
    """

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        """Each piece as UTF-8 (half a text's size when it holds a character past Latin-1: α, ≥, ’)."""

    def add(self, xml: str) -> None:
        self._parts.append(xml.encode("utf-8"))

    def text(self) -> str:
        """The XML collected so far."""
        return b"".join(self._parts).decode("utf-8")

    def end_section(self, sect_pr: str) -> None:
        """End a section (``sect_pr``: its ``w:sectPr``) at the last paragraph written, which then carries it, or at
        an empty paragraph when the body ends with something else (a picture): an empty paragraph is a line
        more, a blank page when the section's last page is full (LibreOffice, after a landscape table)."""
        last = self._parts[-1].decode("utf-8") if self._parts else ""
        if last.startswith("<w:p>") and last.endswith("</w:p>") and last.count("<w:p>") == 1:
            self._parts[-1] = (last.replace("</w:pPr>", sect_pr + "</w:pPr>", 1) if last.startswith("<w:p><w:pPr>")
                               else f"<w:p><w:pPr>{sect_pr}</w:pPr>{last[5:]}").encode("utf-8")
        else:
            self.add(f"<w:p><w:pPr>{sect_pr}</w:pPr></w:p>")

    def add_element(self, element: _Element) -> None:
        """Add an element built elsewhere (a copy of a sectPr, a picture's inline), serialised now."""
        self.add(etree.tostring(element, encoding="unicode"))

    def finish(self, part: XmlPart) -> list[bytes]:
        """The document part as python-docx would write it, in pieces, with the collected body in; empties the
        collection. The pieces are written to the package one after the other (``save``), never joined: the
        joined part would be a second copy of the body at the export's peak of memory.

        Raises ``expat.ExpatError`` if the text is not well-formed XML with declared prefixes (a bug here:
        every function of this module escapes what it writes), before anything is written.
        """
        document = etree.tostring(part.element, encoding="unicode")
        marker = document.rfind("<w:sectPr")
        if marker < 0:
            marker = document.rfind("</w:body>")
        pieces, self._parts = [(_DECLARATION + document[:marker]).encode("utf-8"), *self._parts,
                               document[marker:].encode("utf-8")], []
        checker = expat.ParserCreate(namespace_separator=" ")
        for piece in pieces:  # piece by piece: expat keeps no copy of the whole
            checker.Parse(piece, False)
        checker.Parse(b"", True)
        return pieces


_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
"""What ``etree.tostring(..., encoding="UTF-8", standalone=True)`` (python-docx's part serialiser) starts with."""


def save(document: Document, target: str | IO[bytes], body: DocxBody) -> None:
    """Write ``document``'s package to ``target`` (a path or a stream), its document part's body from ``body``.

    As ``Document.save`` (``PackageWriter.write``: content types, package relationships, then each part and its
    relationships), but the document part is streamed into the zip from ``body.finish``'s pieces: the body is
    never a tree, nor one string.
    """
    part = document.part
    pieces = body.finish(part)
    package = part.package
    parts = list(package.iter_parts())
    for each in parts:
        each.before_marshal()
    with ZipFile(target, "w", compression=ZIP_DEFLATED) as archive:
        types = _ContentTypesItem.from_parts(parts).blob  # type: ignore[no-untyped-call]  # untyped in python-docx
        archive.writestr(CONTENT_TYPES_URI.membername, types)
        archive.writestr(PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for each in parts:
            if each is part:
                with archive.open(part.partname.membername, "w") as stream:
                    for piece in pieces:
                        stream.write(piece)
            else:
                archive.writestr(each.partname.membername, each.blob)
            if len(each.rels):
                archive.writestr(each.partname.rels_uri.membername, each.rels.xml)
