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


TOC_BEGIN = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-{depth}" \\h \\z \\u </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
"""Run XML opening a TOC field of ``depth`` levels; the entries (the field's result) follow it."""

FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
"""Run XML closing a complex field."""


def ask_to_update_fields(document: DocxDocument) -> None:
    """Make Word refresh fields (TOC page numbers) when the file is opened."""
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        settings.append(update)
    update.set(qn("w:val"), "true")


def set_language(document: DocxDocument, language: str) -> None:
    """Set the default proofing language (``fr-FR``/``en-GB``) on the Normal style."""
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
