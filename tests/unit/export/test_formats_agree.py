"""Word and PDF say the same thing, and wide tables get a landscape page in both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from tests.large_proposal import make_large
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.tree import DocumentTree, Orientation
from medicen_desktop.rules.templates import get_template
from tests.unit.export.helpers import docx_text, pdf_pages, squash

_HYPHEN_PARTS = re.compile(r"[^-]+-?|-")
_WORD = re.compile(r"\w[\w'’.,;:()/%-]*\w|\w", re.UNICODE)


def words(text: str) -> set[str]:
    """Words of at least three letters, punctuation trimmed (line breaks differ between the formats)."""
    return {w.strip(".,;:()") for w in _WORD.findall(text) if sum(c.isalpha() for c in w) >= 3}


@pytest.fixture(scope="module", params=["tree", "quoted_tree"])
def both(request: pytest.FixtureRequest, out_dir: Path) -> tuple[str, str]:
    """The sample's text in both files; then the sample with block quotes and code listings (conftest)."""
    tree: DocumentTree = request.getfixturevalue(request.param)
    docx_path, pdf_path = out_dir / f"agree-{request.param}.docx", out_dir / f"agree-{request.param}.pdf"
    render_docx(tree, docx_path)
    render_pdf(tree, pdf_path)
    document = Document(str(docx_path))
    header = document.sections[0].header.paragraphs[0].text
    return docx_text(docx_path) + "\n" + header, "\n".join(pdf_pages(pdf_path))


def test_every_word_of_the_docx_is_in_the_pdf(both: tuple[str, str]) -> None:
    docx, pdf = both
    squashed = squash(pdf)
    # A line may break after a word's own hyphen ("Évry-" / "Courcouronnes"), as in Word; in a table cell the
    # extracted text then reads across the row before the word's second half.
    missing = sorted(w for w in words(docx) if not all(squash(part) in squashed for part in _HYPHEN_PARTS.findall(w)))
    assert missing == []


def test_every_word_of_the_pdf_is_in_the_docx(both: tuple[str, str]) -> None:
    docx, pdf = both
    squashed = squash(docx)
    # Chart labels shortened with "…" and the page footer are the PDF's own.
    candidates = {w for w in words(pdf) if "…" not in w and w != "Page"}
    missing = sorted(w for w in candidates if squash(w) not in squashed)
    assert missing == []


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> tuple[DocumentTree, Path, Path]:
    document = make_large(partners=4, work_packages=20, deliverables=8, words=600)
    tree = build_tree(document, get_template(document.proposal.template_key))
    folder = tmp_path_factory.mktemp("wide")
    render_docx(tree, folder / "wide.docx")
    render_pdf(tree, folder / "wide.pdf")
    return tree, folder / "wide.docx", folder / "wide.pdf"


def test_wide_effort_matrix_is_landscape_and_split(wide: tuple[DocumentTree, Path, Path]) -> None:
    tree, docx_path, pdf_path = wide
    assert [b.landscape for b in tree.blocks if isinstance(b, Orientation)] == [True, False]
    effort = Labels(tree.metadata.language[:2])("effort")
    tables = [b for b in tree.blocks if getattr(b, "caption", "").startswith(effort)]
    assert len(tables) == 2 and all(t.columns <= 18 for t in tables)  # 20 WPs: two tables of 10

    sections = Document(str(docx_path)).sections
    assert [s.orientation.name for s in sections] == ["PORTRAIT", "LANDSCAPE", "PORTRAIT"]
    assert sections[1].page_width > sections[1].page_height
    assert sections[0].different_first_page_header_footer and not sections[2].different_first_page_header_footer

    reader = PdfReader(str(pdf_path))
    landscape = [i for i, page in enumerate(reader.pages) if page.mediabox.width > page.mediabox.height]
    assert landscape and effort.split()[0] in reader.pages[landscape[0]].extract_text()
    assert reader.pages[landscape[-1] + 1].mediabox.width < reader.pages[landscape[-1] + 1].mediabox.height
