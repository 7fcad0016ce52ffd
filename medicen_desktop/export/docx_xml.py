"""WordprocessingML for the dossier's blocks, written as text and parsed once.

python-docx builds every element through a Python proxy that looks up the
schema's child order on each insertion and appends text one character at a
time; for a dossier of thousands of cells that costs more than the whole
rest of the export. Here each block becomes a string of ``w:p``/``w:tbl``
XML (text escaped, ``\\n`` as ``w:br``, ``\\t`` as ``w:tab``), and
``DocxBody.flush`` parses the accumulated string with lxml in one call and
moves the elements into the document body before its ``w:sectPr``.

Contract: every function takes clean text (no XML-invalid character, see
``exchange.text.normalise_plain``) and style *ids* (not names); elements are
written in the schema's order (pPr: pStyle, keepNext, pageBreakBefore,
spacing, jc; trPr: cantSplit, tblHeader; tcPr: tcW, shd).
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml
from lxml.etree import _Element

from medicen_desktop.export.tree import Run

_JC = {"left": "", "right": "right", "center": "center"}


def run_xml(text: str, bold: bool = False, italic: bool = False) -> str:
    """One ``w:r`` (or several pieces of one) for ``text``; tabs and line breaks become elements."""
    if not text:
        return ""
    props = ""
    if bold or italic:
        props = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    if "\n" not in text and "\t" not in text:
        return f"<w:r>{props}{_t(text)}</w:r>"
    parts: list[str] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            parts.append("<w:br/>")
        for position, piece in enumerate(line.split("\t")):
            if position:
                parts.append("<w:tab/>")
            if piece:
                parts.append(_t(piece))
    return f"<w:r>{props}{''.join(parts)}</w:r>"


def _t(text: str) -> str:
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def runs_xml(runs: Iterable[Run]) -> str:
    return "".join(run_xml(run.text, run.bold, run.italic) for run in runs)


def paragraph_xml(style_id: str | None, content: str = "", *, align: str = "", keep_next: bool = False,
                  before_twips: int | None = None, after_twips: int | None = None, page_break_before: bool = False) -> str:
    """A ``w:p`` with its properties and already-built run XML ``content``."""
    props = []
    if style_id:
        props.append(f'<w:pStyle w:val="{style_id}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if page_break_before:
        props.append("<w:pageBreakBefore/>")
    if before_twips is not None or after_twips is not None:
        attrs = "".join(f' w:{name}="{value}"' for name, value in (("before", before_twips), ("after", after_twips))
                        if value is not None)
        props.append(f"<w:spacing{attrs}/>")
    if _JC.get(align, align):
        props.append(f'<w:jc w:val="{_JC.get(align, align)}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{content}</w:p>"


def page_break_xml() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def table_xml(rows: list[list[str]], widths_twips: list[int], aligns: list[str], style_id: str, text_style: str,
              header_style: str, header_rows: int, bold_rows: frozenset[int], header_fill: str) -> str:
    """A fixed-layout ``w:tbl``; header rows repeat on each page, are shaded and never split."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths_twips)
    parts = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{style_id}"/><w:tblW w:w="{sum(widths_twips)}" w:type="dxa"/>'
             f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0"'
             f' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    cell_props = [f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>' for w in widths_twips]
    header_props = [f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="{header_fill}"/>'
                    "</w:tcPr>" for w in widths_twips]
    text_ppr = [_cell_ppr(text_style, align) for align in aligns]
    header_ppr = [_cell_ppr(header_style, align) for align in aligns]
    for index, values in enumerate(rows):
        header = index < header_rows
        bold = index in bold_rows
        parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else "<w:tr>")
        tc_pr, p_pr = (header_props, header_ppr) if header else (cell_props, text_ppr)
        for column, value in enumerate(values):
            parts.append(f"<w:tc>{tc_pr[column]}<w:p>{p_pr[column]}{run_xml(value, bold)}</w:p></w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _cell_ppr(style_id: str, align: str) -> str:
    jc = f'<w:jc w:val="{_JC[align]}"/>' if _JC.get(align) else ""
    return f'<w:pPr><w:pStyle w:val="{style_id}"/>{jc}</w:pPr>'


class DocxBody:
    """Collects block XML and inserts it, in order, before the body's final ``w:sectPr``."""

    def __init__(self, body: _Element) -> None:
        self._body = body
        self._parts: list[str] = []

    def add(self, xml: str) -> None:
        self._parts.append(xml)

    def add_section_break(self, sect_pr: _Element) -> None:
        """End a Word section here: an empty paragraph carrying the section's properties ``sect_pr``."""
        self.flush()
        paragraph = parse_xml(f"<w:p {nsdecls('w')}><w:pPr/></w:p>")
        paragraph[0].append(sect_pr)
        self._insert([paragraph])

    def flush(self) -> None:
        """Parse what was added (one lxml call) and move it into the body; call before any python-docx insertion."""
        if not self._parts:
            return
        fragment = parse_xml(f"<w:body {nsdecls('w')}>{''.join(self._parts)}</w:body>")
        self._parts.clear()
        self._insert(list(fragment))

    def _insert(self, elements: list[_Element]) -> None:
        sect_pr = self._body[-1] if len(self._body) and self._body[-1].tag.endswith("}sectPr") else None
        for element in elements:
            if sect_pr is not None:
                sect_pr.addprevious(element)
            else:
                self._body.append(element)
