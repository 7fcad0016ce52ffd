"""The PDF lays pages out by Word's rules, so the DOCX (through LibreOffice) has its page breaks: space between
paragraphs collapsed across the outline's span markers, lines in whole twips, a page's last line hanging its
trailing space into the margin, a heading kept with the start of its text only, the DOCX's column widths, and
no empty paragraph or space before at a section break."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.pdf_fonts import font_runs
from medicen_desktop.export.pdf_page import make_styles
from medicen_desktop.export.pdf_plain import PlainText
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.tree import (
    Align,
    DocumentTree,
    Heading,
    Metadata,
    Orientation,
    Paragraph,
    Run,
    Span,
    Table,
)
from medicen_desktop.export.typography import Typography
from tests.unit.export.typesetting import Word, pdf_word_boxes

TYPOGRAPHY = Typography()  # Arial 11 pt at 1.2, A4, 20 mm margins


def _tree(blocks: list[object], spans: list[Span] | None = None) -> DocumentTree:
    return DocumentTree(Metadata("t", "T", "a", "s", "fr-FR"), blocks, spans or [])  # type: ignore[arg-type]


def _words(path: Path) -> list[Word]:
    return [word for page in pdf_word_boxes(path) for word in page.words]


def _first(words: list[Word], text: str) -> Word:
    return next(word for word in words if word.text == text)


def test_lines_are_whole_twips_as_a_word_processor_lays_them() -> None:
    assert TYPOGRAPHY.leading(11) == 15.15  # 253 twips single, 303 at 1.2 (not 15.18)
    assert TYPOGRAPHY.leading(11, 1.0) == 12.65
    assert TYPOGRAPHY.below_picture == 2.7


def test_a_span_marker_keeps_the_larger_space_between_a_paragraph_and_a_heading(tmp_path: Path) -> None:
    blocks = [Paragraph([Run("Avant")]), Heading(1, "Titre"), Paragraph([Run("Après")])]
    gaps = []
    for spans in ([], [Span("section", "s", "Titre", 1, 3)]):
        path = tmp_path / f"{len(spans)}.pdf"
        render_pdf(_tree(blocks, spans), path)
        words = _words(path)
        gaps.append(_first(words, "Titre").y0 - _first(words, "Avant").y0)
    styles = make_styles(TYPOGRAPHY)
    assert styles["h1"].spaceBefore > styles["body"].spaceAfter > 0
    assert abs(gaps[1] - gaps[0]) < 0.01, gaps  # was a body paragraph's space after (6 pt) more with a span


def test_a_last_line_may_hang_its_trailing_space_into_the_margin() -> None:
    style = make_styles(TYPOGRAPHY)["body"]
    trailing = style.trailingSpace
    assert abs(trailing - (15.15 - 12.65)) < 1e-9
    paragraph = PlainText(font_runs([Run("mot " * 60)], style.fontName), style)
    _, full = paragraph.wrap(200, 10_000)
    count = round(full / style.leading)
    assert count >= 5
    assert paragraph.wrap(200, full - trailing + 0.01)[1] == full - trailing  # fits, its lines where they were
    assert paragraph.wrap(200, full - trailing - 0.5)[1] == full  # does not fit
    first, _ = paragraph.split(200, 3 * style.leading - trailing + 0.01)
    assert len(first._lines) == 3


def test_a_heading_is_kept_with_the_first_lines_of_its_paragraph_not_all_of_it(tmp_path: Path) -> None:
    filler = [Paragraph([Run(f"Remplissage {i}")]) for i in range(60)]
    long = Paragraph([Run("Début " + "mot " * 600 + "fin")])
    for count in range(30, 36):  # a heading lands near the page's foot with room for a few lines after it
        path = tmp_path / f"{count}.pdf"
        render_pdf(_tree([*filler[:count], Heading(1, "Titre"), long]), path)
        words = _words(path)
        last_filler = max(w.page for w in words if w.text == "Remplissage")
        heading, start = _first(words, "Titre"), _first(words, "Début")
        assert heading.page == start.page
        assert heading.page == last_filler or heading.y0 < 120, count  # on, or at the top of the next page
    pages = {count: _first(_words(tmp_path / f"{count}.pdf"), "Titre").page for count in range(30, 36)}
    assert 1 in pages.values(), pages  # before: the heading always moved on with the whole paragraph


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode()


def test_table_columns_are_the_docx_widths_to_the_twip(tmp_path: Path) -> None:
    table = Table([["Titre", "Valeur"], *[[f"Cellule{k} texte", f"V{k}"] for k in range(3)]], [3.0, 1.0],
                  [Align.LEFT, Align.LEFT])
    tree = _tree([table])
    render_pdf(tree, tmp_path / "t.pdf")
    render_docx(tree, tmp_path / "t.docx")
    first_column = int(re.findall(r'<w:gridCol w:w="(\d+)"/>', _docx_xml(tmp_path / "t.docx"))[0]) / 20
    words = _words(tmp_path / "t.pdf")
    left = _first(words, "Titre").x0
    assert abs(_first(words, "Valeur").x0 - left - first_column) < 0.05, first_column


def test_a_section_break_adds_no_paragraph_and_no_space_before(tmp_path: Path) -> None:
    wide = Table([["Partenaire", "Effort"], ["P1", "6,0"]], [1.0, 1.0], [Align.LEFT, Align.RIGHT])
    tree = _tree([Paragraph([Run("Avant")]), Orientation(True), wide, Orientation(False), Heading(1, "Suite"),
                  Paragraph([Run("Fin")])])
    render_docx(tree, tmp_path / "t.docx")
    xml = _docx_xml(tmp_path / "t.docx")
    paragraphs = re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xml.split("<w:body>")[1])
    with_section = [p for p in paragraphs if "<w:sectPr" in p]
    assert len(with_section) == 2
    assert "Avant" in with_section[0]  # the portrait section ends with its last paragraph
    assert 'w:lineRule="exact"' in with_section[1]  # the landscape one with the table's spacer, no empty line
    heading = next(p for p in paragraphs if "Suite" in p)
    assert 'w:before="0"' in heading  # a section's first page starts without space, as a PDF page
    render_pdf(tree, tmp_path / "t.pdf")
    suite = _first(_words(tmp_path / "t.pdf"), "Suite")
    assert suite.page == 3

