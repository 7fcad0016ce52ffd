"""Word fields python-docx has no API for: PAGE, NUMPAGES and the table of contents.

Fields are written as ``w:fldSimple`` (page numbers) or as a complex field
(``w:fldChar`` begin/separate/end, for the TOC) whose result part is
pre-filled with the headings, so a reader that does not update fields
(LibreOffice, a previewer) still shows the entries; Word refreshes it on
open because the settings ask it to (``w:updateFields``).
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def add_simple_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """Append ``<w:fldSimple w:instr=instruction>`` showing ``placeholder`` until updated."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _fld_char(kind: str) -> OxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def toc_begin(paragraph: Paragraph, depth: int) -> None:
    """Open a TOC field in ``paragraph``: begin, instruction, separate (the result follows)."""
    paragraph._p.append(_fld_char("begin"))
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f' TOC \\o "1-{depth}" \\h \\z \\u '
    run.append(instr)
    paragraph._p.append(run)
    paragraph._p.append(_fld_char("separate"))


def toc_end(paragraph: Paragraph) -> None:
    """Close the TOC field opened by ``toc_begin`` at the end of ``paragraph``."""
    paragraph._p.append(_fld_char("end"))


def ask_to_update_fields(document: DocxDocument) -> None:
    """Make Word refresh fields (TOC page numbers) when the file is opened."""
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        settings.append(update)
    update.set(qn("w:val"), "true")


def repeat_as_header(row_tr: OxmlElement) -> None:
    """Mark a table row as a header row Word repeats at the top of each page."""
    tr_pr = row_tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)


def shade(tc: OxmlElement, fill: str) -> None:
    """Give a table cell a solid background colour (hex RGB)."""
    tc_pr = tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def set_language(document: DocxDocument, language: str) -> None:
    """Set the default proofing language (``fr-FR``/``en-GB``) on the Normal style."""
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
