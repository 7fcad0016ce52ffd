"""Block quotes and code blocks: one tree node each, a quoted indented block and a monospace listing in both files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import getFont

from medicen_desktop.export.docx_render import QUOTE_INDENT, render_docx
from medicen_desktop.export.markdown import markdown_blocks, markdown_text
from medicen_desktop.export.pdf_code import CODE_PAD_RIGHT, CODE_PAD_X, CodeListing
from medicen_desktop.export.pdf_fonts import code_fragments
from medicen_desktop.export.pdf_page import CODE_EDGE, CODE_FILL, RULE, make_styles
from medicen_desktop.export.typography import Typography
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.tree import (
    CodeBlock,
    DocumentTree,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
)
from medicen_desktop.resources import resource
from tests.unit.export.helpers import ARIAL_EMBEDDED, pdf_font_names, pdf_pages

EMBEDDED = ARIAL_EMBEDDED
MONO = "LiberationMono"
CODE_LINES = ["# aligner les lectures", "bwa mem ref.fa \\", "    reads_1.fq  reads_2.fq > out.sam", "",
              "    samtools sort -o x.bam <b>&amp; _x_ **y**"]


# -- the tree ------------------------------------------------------------------------------------------------------

def test_quotes_are_containers_with_a_level() -> None:
    blocks = markdown_blocks("> un\n>\n> - a\n> - b\n>\n> > dedans\n>\n> # titre cité\n\n> voisine\n\nhors")
    outer, neighbour, after = blocks
    assert isinstance(outer, Quote) and outer.level == 1
    para, items, nested, heading = outer.blocks
    assert isinstance(para, Paragraph) and para.text == "un"
    assert isinstance(items, ListBlock) and len(items.items) == 2
    assert isinstance(nested, Quote) and nested.level == 2 and nested.blocks[0].text == "dedans"  # type: ignore[union-attr]
    assert isinstance(heading, Paragraph) and heading.runs[0].bold  # quoted heading: not a chapter, no TOC entry
    assert isinstance(neighbour, Quote) and neighbour.blocks[0].text == "voisine"  # type: ignore[union-attr]
    assert isinstance(after, Paragraph) and not any(isinstance(b, Heading) for b in blocks)


def test_code_blocks_keep_their_lines_verbatim() -> None:
    fenced, indented = markdown_blocks("```bash\n# aligner les lectures\nbwa mem ref.fa \\\n    reads_1.fq  reads_2.fq > out.sam"
                                       "\n\n\tsamtools sort -o x.bam <b>&amp; _x_ **y**\n\n\n```\n\ntexte\n\n"
                                       "    ATGC  TT\n\n      gardé\n")[::2]
    assert fenced == CodeBlock(CODE_LINES, "bash")  # tab expanded to 4 columns, trailing blank lines dropped
    assert indented == CodeBlock(["ATGC  TT", "", "  gardé"])
    assert markdown_text("> cité\n\n```\n  x\n\n y\n```") == "cité\n  x\n\n y"
    item = markdown_blocks("- liste\n\n  ```\n  code  gardé\n  ```")[0]
    assert isinstance(item, ListBlock) and "".join(r.text for r in item.items[0]) == "liste\ncode  gardé"


# -- DOCX ----------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docx_path(quoted_tree: DocumentTree, out_dir: Path) -> Path:
    path = out_dir / "quoted.docx"
    render_docx(quoted_tree, path)
    return path


def test_reference_document_has_quote_and_code_styles() -> None:
    styles = Document(str(resource("docx", "reference.docx"))).styles
    quote, code = styles["Quote"], styles["Code"]
    assert quote.paragraph_format.left_indent.twips == QUOTE_INDENT and not quote.font.italic
    assert quote.element.pPr.find(qn("w:pBdr")).find(qn("w:left")) is not None
    assert code.font.name == "Courier New" and code.font.size.pt == 9
    assert not code.paragraph_format.keep_together  # only short listings are kept whole (the exporter decides)
    assert code.element.pPr.find(qn("w:shd")).get(qn("w:fill")) == "F3F5F7"


def test_docx_quotes_are_indented_in_the_quote_style(docx_path: Path) -> None:
    paragraphs = Document(str(docx_path)).paragraphs
    quoted = [p for p in paragraphs if p.style.name == "Quote"]
    assert [p.text for p in quoted] == [
        "Les projets doivent associer un partenaire clinique francilien.", "Les dépenses éligibles comprennent\u00a0:",
        "•\tles frais de personnel", "•\tles amortissements",
        "Note de l'appel\u00a0: citation imbriquée du règlement général.", "Fin de la citation de l'appel."]
    outer = quoted[0].paragraph_format.left_indent or quoted[0].style.paragraph_format.left_indent
    nested = quoted[4].paragraph_format.left_indent
    assert outer.twips == QUOTE_INDENT and nested is not None and nested.twips == 2 * QUOTE_INDENT
    assert quoted[2].paragraph_format.first_line_indent < 0  # the bullet hangs
    before = paragraphs[paragraphs.index(quoted[0]) - 1]
    assert before.style.name == "Normal" and before.text == "Extrait de l'appel\u00a0:"


def test_docx_code_keeps_spaces_lines_and_markup_characters(docx_path: Path) -> None:
    code = [p for p in Document(str(docx_path)).paragraphs if p.style.name == "Code"]
    assert len(code) == 2
    assert code[0].style.font.name == "Courier New"
    lines = code[0].text.split("\n")
    assert lines[:5] == CODE_LINES
    assert lines[5].startswith("seuil = 0.05  # α ≤ 0,05 ; µ ± σ")
    assert code[1].text == "ATGCGT  TTAG\n\n  indentation gardée\nGGCA"
    assert all(p.paragraph_format.keep_together for p in code)  # short listings stay on one page
    texts = code[0]._p.findall(".//" + qn("w:t"))
    assert texts and all(t.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve" for t in texts)


# -- PDF -----------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pdf_path(quoted_tree: DocumentTree, out_dir: Path) -> Path:
    path = out_dir / "quoted.pdf"
    render_pdf(quoted_tree, path)
    return path


def test_pdf_code_lines_keep_their_order_and_leading_spaces(pdf_path: Path) -> None:
    page = next(text for text in pdf_pages(pdf_path) if "bwa mem" in text)
    lines = page.split("\n")
    start = lines.index(CODE_LINES[0])
    assert lines[start:start + 4] == [line for line in CODE_LINES if line]  # the extractor drops the blank line
    assert "<b>&amp; _x_ **y**" in page and "α ≤ 0,05 ; µ ± σ" in page  # escaped, not parsed; every glyph
    assert "ATGCGT  TTAG" in lines and "  indentation gardée" in lines


def test_pdf_embeds_the_monospace_face(pdf_path: Path) -> None:
    page = next(p for p in PdfReader(str(pdf_path)).pages if "bwa mem" in (p.extract_text() or ""))
    fonts = {str(ref.get_object()["/BaseFont"]).split("+", 1)[-1] for ref in page["/Resources"]["/Font"].values()}
    assert MONO in fonts
    assert pdf_font_names(pdf_path) <= EMBEDDED
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert any(MONO in line for line in lines)
        assert all(" yes yes " in line for line in lines)  # embedded, subset


def test_code_glyphs_fall_back_per_character() -> None:
    mono = "LiberationMono-Regular"
    assert code_fragments("x = α ≤ µ ± 1") == [("x = α ≤ µ ± 1", mono)]
    assert code_fragments("a ∀ b 🌀 中") == [("a ", mono), ("∀", "DejaVuSans"), (" b ", mono), ("🌀", "Symbola"),
                                             (" ", mono), ("中", "DroidSansFallback")]
    assert code_fragments("") == []


def _listing(lines: list[str]) -> CodeListing:
    return CodeListing(lines, make_styles(Typography())["code"], CODE_FILL, CODE_EDGE, RULE)


def test_long_code_lines_wrap_inside_the_box() -> None:
    long = "    resultat = normaliser(volume_irm, reference_atlas, methode='zscore', masque=masque_foie)  # fin" * 2
    unbroken = "x" * 300
    listing = _listing([long, unbroken, "  court"])
    width, _ = listing.wrap(300.0, 800.0)
    rows = listing._rows or []
    inner = width - CODE_PAD_X - CODE_PAD_RIGHT
    size = listing.style.fontSize
    assert all(sum(getFont(f).stringWidth(t, size) for t, f in row) <= inner + 1e-6 for row, _ in rows)
    texts = ["".join(t for t, _ in row) for row, _ in rows]
    assert texts[0].startswith("    resultat") and texts[0].endswith(" ")  # broken after a space, as Word does
    joined, line = "", []
    for (row, continued), text in zip(rows, texts):
        joined += text
        if not continued:
            line.append(joined)
            joined = ""
    assert line == [long, unbroken, "  court"]  # nothing lost, nothing added


def test_a_long_listing_splits_across_pages_and_a_short_one_moves_whole() -> None:
    long = _listing([f"ligne {n:03d}" for n in range(80)])
    long.wrap(400.0, 10_000.0)
    first, rest = long.split(400.0, 300.0)
    assert first.wrap(400.0, 300.0)[1] <= 300.0
    assert first.getPlainText().split("\n") + rest.getPlainText().split("\n") == [f"ligne {n:03d}" for n in range(80)]
    short = _listing([f"ligne {n}" for n in range(8)])
    assert short.split(400.0, 50.0) == []


def test_a_listing_longer_than_a_page_renders(tmp_path: Path, quoted_tree: DocumentTree) -> None:
    lines = [f"{'  ' * (n % 4)}étape_{n:03d}()" for n in range(150)]
    tree = DocumentTree(quoted_tree.metadata, [CodeBlock(lines), Quote([CodeBlock(lines[:30])], 1)])
    render_pdf(tree, tmp_path / "long.pdf")
    text = "\n".join(pdf_pages(tmp_path / "long.pdf")).split("\n")
    found = [line for line in text if "étape_" in line]
    assert found[:150] == lines and len(PdfReader(str(tmp_path / "long.pdf")).pages) >= 3
