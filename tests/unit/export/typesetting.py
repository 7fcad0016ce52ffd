"""Reading a PDF's typesetting back: word boxes (``pdftotext -bbox``), text sizes, bookmarks and TOC links."""

from __future__ import annotations

import html
import math
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")


@dataclass(frozen=True)
class Word:
    page: int
    """1-based"""
    text: str
    x0: float
    y0: float
    """from the top of the page, in points"""
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: list[Word]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>')


def pdf_word_boxes(path: Path) -> list[Page]:
    """Every page's size and words with their boxes, as poppler's ``pdftotext -bbox`` reports them."""
    assert PDFTOTEXT, "pdftotext (poppler-utils) is needed"
    out = subprocess.run([PDFTOTEXT, "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages: list[Page] = []
    for chunk in out.split("</page>")[:-1]:
        match = _PAGE.search(chunk)
        assert match
        number = len(pages) + 1
        words = [Word(number, html.unescape(m.group(5)), *(float(m.group(i)) for i in range(1, 5)))
                 for m in _WORD.finditer(chunk)]
        pages.append(Page(number, float(match.group(1)), float(match.group(2)), words))
    return pages


def pdf_font_files(path: Path) -> set[str]:
    """Font names ``pdffonts`` lists (subset prefixes removed), each checked embedded."""
    assert PDFFONTS, "pdffonts (poppler-utils) is needed"
    lines = subprocess.run([PDFFONTS, str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    names = set()
    for line in lines:
        assert " yes " in line, line  # embedded
        names.add(line.split()[0].split("+", 1)[-1])
    return names


def pdf_text_sizes(path: Path) -> list[list[tuple[float, str]]]:
    """Per page, (size in points as drawn, text) of every piece of text (font size × text and CTM scale)."""
    pages = []
    for page in PdfReader(str(path)).pages:
        found: list[tuple[float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  found: list[tuple[float, str]] = found) -> None:
            if text.strip():
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                found.append((size * scale, text))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def outline_pages(path: Path) -> list[tuple[str, int]]:
    """(title, 1-based page) of every bookmark, in order."""
    reader = PdfReader(str(path))
    out: list[tuple[str, int]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((str(item.title), reader.get_destination_page_number(item) + 1))  # type: ignore[attr-defined]
    walk(reader.outline)
    return out


def link_targets(path: Path, page_number: int) -> list[tuple[float, int]]:
    """(top of the link rectangle, 1-based target page) of every internal link on a page, top to bottom."""
    reader = PdfReader(str(path))
    named = reader.named_destinations
    page = reader.pages[page_number - 1]
    numbers = {p.indirect_reference.idnum: index + 1 for index, p in enumerate(reader.pages)}
    out = []
    for annotation in page.get("/Annots") or []:
        annotation = annotation.get_object()
        if annotation.get("/Subtype") != "/Link":
            continue
        dest = annotation.get("/Dest")
        if dest is None and "/A" in annotation:
            dest = annotation["/A"].get("/D")
        top = float(annotation["/Rect"][3])
        if isinstance(dest, list):  # an explicit destination: [page, /XYZ, left, top, zoom]
            out.append((top, numbers[dest[0].idnum]))
            continue
        target = named[str(dest)] if str(dest) in named else None
        assert target is not None, f"link to an unknown destination {dest!r}"
        out.append((top, reader.get_destination_page_number(target) + 1))
    return sorted(out, key=lambda item: -item[0])
