"""Reading exported files back: text of a DOCX and a PDF, fonts of a PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pypdf import PdfReader


def squash(text: str) -> str:
    """Text with every kind of whitespace removed: line wrapping must not matter."""
    return "".join(text.split())


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_font_names(path: Path) -> set[str]:
    """BaseFont names of every font any page uses, subset prefixes removed."""
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for ref in fonts.values():
            name = str(ref.get_object()["/BaseFont"]).lstrip("/")
            names.add(name.split("+", 1)[-1])
    return names


FALLBACKS = {"DejaVuSans", "DroidSansFallback", "Symbola"}
ARIAL_EMBEDDED = {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic",
                  "LiberationMono"} | FALLBACKS
"""PostScript names of what a dossier set in Arial may embed: Liberation Sans, Liberation Mono, the fallbacks."""
