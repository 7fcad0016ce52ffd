"""Sub- and superscripts of section text reach the DOCX (``w:vertAlign``) and the PDF (smaller, off the line)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.markdown import markdown_blocks
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.tree import DocumentTree, Metadata, Quote
from tests.unit.export.typesetting import pdf_word_boxes

BODY = "Le flux de CO~2~ atteint 10^6^ cellules **H~2~O**.\n\n> cité : 1^er^ janvier\n\n- item x~i~"


def _tree() -> DocumentTree:
    blocks = markdown_blocks(BODY)
    return DocumentTree(Metadata("t", "T", "a", "s", "fr-FR"), blocks)


def test_docx_runs_are_lowered_and_raised(tmp_path: Path) -> None:
    path = tmp_path / "scripts.docx"
    render_docx(_tree(), path)
    found: list[tuple[str, str, bool]] = []
    for paragraph in Document(str(path)).paragraphs:
        for run in paragraph.runs:
            align = run._r.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}")
            if align is not None:
                found.append((run.text, align.get(qn("w:val")), bool(run.bold)))
    assert found == [("2", "subscript", False), ("6", "superscript", False), ("2", "subscript", True),
                     ("er", "superscript", False), ("i", "subscript", False)]
    assert "CO2 atteint 106 cellules H2O." in "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_pdf_draws_scripts_smaller_and_off_the_line(tmp_path: Path) -> None:
    path = tmp_path / "scripts.pdf"
    render_pdf(_tree(), path)
    text = "".join((PdfReader(str(path)).pages[0].extract_text() or "").split("\n"))
    assert "CO2 atteint 106 cellules H2O" in text
    words = pdf_word_boxes(path)[0].words
    co, atteint = next(w for w in words if w.text == "CO"), next(w for w in words if w.text == "atteint")
    sub, sup = words[words.index(co) + 1], words[words.index(atteint) + 2]
    assert (sub.text, sup.text) == ("2", "6")
    height = co.y1 - co.y0
    assert sub.y1 - sub.y0 < height and sup.y1 - sup.y0 < height  # smaller
    assert sub.y1 > co.y1 and sup.y0 < co.y0  # below and above the line (y from the top)


def test_quotes_keep_their_scripts() -> None:
    quote = _tree().blocks[1]
    assert isinstance(quote, Quote)
    assert [run.script for run in quote.blocks[0].runs] == ["", "sup", ""]  # type: ignore[union-attr]
