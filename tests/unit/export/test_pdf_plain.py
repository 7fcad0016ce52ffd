"""PlainText (the PDF's fast paragraph) and the column widths both formats share."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import Table as RLTable

from medicen_desktop.export.font_faces import family
from medicen_desktop.export.pdf_fonts import face_name, font_runs
from medicen_desktop.export.pdf_plain import PlainText
from medicen_desktop.export.table_widths import column_widths
from medicen_desktop.export.tree import Align, Run, Table
from tests.unit.export.helpers import pdf_pages, squash

ARIAL = family("Arial")
FAMILY, BOLD, ITALIC = face_name(ARIAL), face_name(ARIAL, bold=True), face_name(ARIAL, italic=True)
FALLBACK = "Symbola"
STYLE = ParagraphStyle("t", fontName=FAMILY, fontSize=10, leading=12, spaceBefore=3, spaceAfter=4)


def lines(paragraph: PlainText) -> list[str]:
    return ["".join(text for text, _ in line) for line in paragraph._lines or []]


def test_breaks_at_spaces_and_cuts_only_words_wider_than_the_column() -> None:
    paragraph = PlainText(font_runs([Run("alpha beta gamma " + "X" * 80)], FAMILY), STYLE)
    _, height = paragraph.wrap(100, 1000)
    out = lines(paragraph)
    assert all(stringWidth(line, FAMILY, 10) <= 100 + 1e-6 for line in out)
    assert " ".join(out[:2]).startswith("alpha beta") and "".join(out).replace(" ", "").endswith("X" * 80)
    assert height == len(out) * 12


def test_no_break_spaces_join_words() -> None:
    amount = "12\u202f500,00\u00a0€"
    paragraph = PlainText(font_runs([Run(f"Total {amount}")], FAMILY), STYLE)
    paragraph.wrap(stringWidth(amount, FAMILY, 10) + 2, 1000)  # "Total 12" fits, the whole amount does not
    assert lines(paragraph) == ["Total", amount]


def test_emphasis_and_fallback_fonts() -> None:
    fragments = font_runs([Run("plain "), Run("bold", bold=True), Run(" 🔬 "), Run("it", italic=True)], FAMILY)
    assert fragments == [("plain ", FAMILY), ("bold", BOLD), (" ", FAMILY), ("🔬", FALLBACK), (" ", FAMILY),
                         ("it", ITALIC)]
    assert font_runs([Run("x", bold=True)], ITALIC) == [("x", "LiberationSans-BoldItalic")]


def test_split_gives_two_parts_or_none() -> None:
    paragraph = PlainText(font_runs([Run("word " * 60)], FAMILY), STYLE)
    _, height = paragraph.wrap(120, 1000)
    assert paragraph.split(120, height + 1) == []  # everything fits: nothing to split (tables want [] or two)
    first, rest = paragraph.split(120, 36.5)
    assert len(first._lines) == 3 and first.getSpaceAfter() == 0 and rest.getSpaceBefore() == 0
    assert len(first._lines) + len(rest._lines) == len(paragraph._lines)
    assert paragraph.split(120, 12.5) == []  # a single orphan line is refused


def test_drawn_text_and_right_alignment(tmp_path: Path) -> None:
    right = ParagraphStyle("r", parent=STYLE, alignment=TA_RIGHT)
    cells = [[PlainText(font_runs([Run(f"cell {i} " * (i % 7 + 1))], FAMILY), STYLE),
              PlainText(font_runs([Run(f"{i}\u202f000,00\u00a0€")], FAMILY), right)] for i in range(300)]
    table = RLTable(cells, colWidths=[200, 80], repeatRows=1, splitInRow=1)
    SimpleDocTemplate(str(tmp_path / "t.pdf"), initialFontName=FAMILY).build([table])
    text = squash("".join(pdf_pages(tmp_path / "t.pdf")))
    assert squash("cell 299 cell 299") in text and squash("299\u202f000,00\u00a0€") in text


def test_column_widths_fit_header_words_and_figures() -> None:
    table = Table(rows=[["Partner", "Investissements", "Total"], ["P1", "1", "2\u202f510\u202f700,00\u00a0€"]],
                  widths=[3.0, 1.0, 1.0], align=[Align.LEFT, Align.RIGHT, Align.RIGHT])
    widths = column_widths(table, 300, 8.5, 8, ARIAL)
    assert abs(sum(widths) - 300) < 1e-6
    assert widths[1] >= stringWidth("Investissements", BOLD, 8.5) + 8
    assert widths[2] >= stringWidth("2\u202f510\u202f700,00\u00a0€", FAMILY, 8.5) + 8


def test_text_is_written_with_reportlabs_own_operators() -> None:
    """``PlainText`` formats a TrueType run's operators itself: the same as reportlab's ``_textOut``, subset switches
    (more than 256 glyphs), fallback fonts and escaped parentheses and backslashes included."""
    from reportlab.pdfgen.canvas import Canvas

    many = "".join(chr(code) for code in range(0x100, 0x17F)) + "".join(chr(code) for code in range(0x391, 0x3C9))
    runs = [Run(f"(a\\b) {many[:150]} "), Run("gras ", bold=True), Run(f"{many[150:]} 🔬 x²"), Run("fin", italic=True)]
    paragraph = PlainText(font_runs(runs, FAMILY), STYLE)
    paragraph.wrap(300, 1000)
    drawn, replayed = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    for bottom in (30, 300):  # twice in one document: the subsets' names are reportlab's the second time too
        paragraph.drawOn(drawn, 20, bottom)
        text = replayed.beginText()
        text.setFont(FAMILY, STYLE.fontSize, STYLE.leading)
        text.setFillColor(STYLE.textColor)
        y = bottom + paragraph.height - STYLE.fontSize
        current = FAMILY
        for line in paragraph._lines or []:
            text._code.append(f"1 0 0 1 {fp_str(20)} {fp_str(y)} Tm")
            for piece, font in line:
                if font != current:
                    text.setFont(font, STYLE.fontSize, STYLE.leading)
                    current = font
                text._textOut(piece)
            y -= STYLE.leading
        replayed.drawText(text)
    assert len(paragraph._lines or []) > 3 and "/F" in drawn._code[-1] and "+1 " in drawn._code[-1]
    assert drawn._code == replayed._code


def test_a_cells_fragments_are_font_runs_of_its_text() -> None:
    """``text_fragments`` (a one-line cell, without building a run) gives what ``font_runs`` gives for that run."""
    from medicen_desktop.export.pdf_fonts import text_fragments

    for base in (FAMILY, BOLD, ITALIC):
        for text in ("", "Partner", "12\u202f500,00\u00a0€", "H₂O ≥ 90 %", "🔬 microscope", "Ωμέγα ∑ ∞", "a\tb"):
            assert text_fragments(text, base) == font_runs([Run(text)] if text else [], base), (text, base)
