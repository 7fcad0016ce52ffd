"""Editing a Word package as its partner would: through python-docx (as Word saves), by hand in the XML
(tracked changes), and through LibreOffice (open, change, save as .docx)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

SOFFICE = shutil.which("soffice")


def part_paragraphs(document: DocxDocument, key: str) -> list[Paragraph]:
    """The paragraphs inside the content control of section ``key``."""
    for sdt in document.element.body.iter(qn("w:sdt")):
        tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None and f":{key}:" in tag.get(qn("w:val"), ""):
            return [Paragraph(p, document._body) for p in sdt.find(qn("w:sdtContent")).iter(qn("w:p"))]
    raise AssertionError(f"no part {key}")


def edited(raw: bytes, edit) -> bytes:  # type: ignore[no-untyped-def]
    document = Document(io.BytesIO(raw))
    edit(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zipped(items: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return buffer.getvalue()


def with_document_xml(raw: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """The file with ``word/document.xml`` changed by ``change(text) -> text``."""
    parts = members(raw)
    parts["word/document.xml"] = change(parts["word/document.xml"].decode()).encode()
    return zipped(list(parts.items()))


def track_changes(raw: bytes, key: str, deleted: str, inserted: str, author: str = "Dr Partner") -> bytes:
    """The part's paragraph holding ``deleted`` with those words struck as a tracked deletion (``w:del``) and
    ``inserted`` added after them as a tracked insertion (``w:ins``), as Word writes them."""
    document = Document(io.BytesIO(raw))
    paragraph = next(p for p in part_paragraphs(document, key) if deleted in p.text)
    before, after = paragraph.text.split(deleted, 1)
    for run in list(paragraph._p.iter(qn("w:r"))):
        run.getparent().remove(run)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    stamp = f'w:author="{author}" w:date="2026-12-01T10:00:00Z"'
    xml = (f'<root xmlns:w="{w}"><w:r><w:t xml:space="preserve">{before}</w:t></w:r>'
           f'<w:del w:id="901" {stamp}><w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'
           f'<w:ins w:id="902" {stamp}><w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'
           f'<w:r><w:t xml:space="preserve">{after}</w:t></w:r></root>')
    for element in etree.fromstring(xml):
        paragraph._p.append(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def through_libreoffice(raw: bytes, folder: Path, old: str, new: str) -> bytes:
    """Open the file in LibreOffice, replace ``old`` by ``new`` in its text and save it as .docx.

    Without UNO: LibreOffice converts the .docx to a flat ODF text (.fodt), the text is changed there, and
    LibreOffice converts it back to .docx, so the file read back is LibreOffice's own Word output.
    """
    assert SOFFICE, "LibreOffice (soffice) is needed"
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "package.docx"
    source.write_bytes(raw)
    profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
    subprocess.run([SOFFICE, profile, "--headless", "--convert-to", "fodt", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    flat = folder / "package.fodt"
    text = flat.read_text(encoding="utf-8")
    escaped_old = old.replace("'", "&apos;")
    assert escaped_old in text or old in text, "the text to change is not in LibreOffice's document"
    flat.write_text(re.sub(re.escape(escaped_old) + "|" + re.escape(old), new, text, count=1), encoding="utf-8")
    out = folder / "out"
    subprocess.run([SOFFICE, profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out),
                    str(flat)], check=True, capture_output=True, timeout=180)
    return (out / "package.docx").read_bytes()
