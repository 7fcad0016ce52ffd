"""Typesetting defects fixed at their root: unbreakable amounts, e-mails and short words, hyphenation,
widows and orphans, small tables kept whole, a one-page cover for 25 partners, the Word file's properties,
and a DOCX export that never loads reportlab."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from reportlab.lib.styles import ParagraphStyle

from medicen_desktop.document.schema import ProposalDocument
from tests.large_proposal import make_large
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.font_faces import family, text_width
from medicen_desktop.export.hyphenation import break_points
from medicen_desktop.export.pdf_fonts import face_name, font_runs
from medicen_desktop.export.pdf_plain import PlainText
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.preflight import glyph_findings
from medicen_desktop.export.table_widths import column_widths
from medicen_desktop.export.tree import (
    Align,
    DocumentTree,
    Heading,
    Metadata,
    Paragraph,
    Run,
    Table,
)
from medicen_desktop.rules.templates import get_template
from tests.unit.export.typesetting import pdf_font_files, pdf_word_boxes

ARIAL = family("Arial")
REGULAR = face_name(ARIAL)
STYLE = ParagraphStyle("t", fontName=REGULAR, fontSize=9, leading=11, hyphenationLang="fr_FR", allowWidows=0,
                       allowOrphans=0)
AMOUNT = "872\u202f800,00\u00a0€"
EMAIL = "claire.dubois@neurovision.example"


def lines(paragraph: PlainText) -> list[str]:
    return ["".join(text for text, _ in line) for line in paragraph._lines or []]


def test_amounts_never_break_in_a_paragraph_or_a_narrow_cell() -> None:
    paragraph = PlainText(font_runs([Run(f"Aide demandée : {AMOUNT} sur trois ans")], REGULAR), STYLE)
    paragraph.wrap(text_width("Aide demandée : 872", ARIAL.regular, 9) + 1, 1000)
    assert any(AMOUNT in line for line in lines(paragraph))  # on one line, never "872 / 800,00 €"
    table = Table([["Partenaire", "Aide"], ["Université Paris-Saclay", AMOUNT]], [5.0, 0.5],
                  [Align.LEFT, Align.RIGHT])
    widths = column_widths(table, 200, 9, 8, ARIAL)
    cell = PlainText(font_runs([Run(AMOUNT)], REGULAR), STYLE)
    cell.wrap(widths[1] - 8, 1000)
    assert lines(cell) == [AMOUNT]


def test_emails_and_short_words_stay_whole_in_cells() -> None:
    table = Table([["#", "Ville", "Contact"], ["P1", "Évry-Courcouronnes", f"Claire Dubois\n{EMAIL}"]],
                  [0.4, 1.0, 1.0], [Align.LEFT, Align.LEFT, Align.LEFT])
    widths = column_widths(table, 250, 9, 8, ARIAL)
    city = PlainText(font_runs([Run("Évry-Courcouronnes")], REGULAR), STYLE)
    city.wrap(widths[1] - 8, 1000)
    assert lines(city) in (["Évry-Courcouronnes"], ["Évry-", "Courcouronnes"])  # a break only after the hyphen
    contact = PlainText(font_runs([Run(f"Claire Dubois {EMAIL}")], REGULAR), STYLE)
    contact.wrap(widths[2] - 8, 1000)
    assert EMAIL in lines(contact)


def test_a_word_wider_than_its_cell_is_hyphenated_at_a_syllable() -> None:
    word = "anticonstitutionnellement"
    paragraph = PlainText(font_runs([Run(word)], REGULAR), STYLE)
    paragraph.wrap(45, 1000)
    out = lines(paragraph)
    assert len(out) > 1 and all(line.endswith("-") for line in out[:-1])
    assert "".join(line.removesuffix("-") for line in out) == word
    points = set(break_points(word, "fr_FR"))
    position = 0
    for line in out[:-1]:
        position += len(line) - 1
        assert position in points  # cut where the dictionary allows, never between any two letters
    english = ParagraphStyle("en", parent=STYLE, hyphenationLang="en_GB")
    paragraph = PlainText(font_runs([Run("internationalisation")], REGULAR), english)
    paragraph.wrap(45, 1000)
    assert lines(paragraph)[0] in {"inter-", "in-", "interna-", "internation-"}


def test_no_widow_and_no_orphan_when_a_paragraph_splits() -> None:
    paragraph = PlainText(font_runs([Run("mot " * 80)], REGULAR), STYLE)
    _, height = paragraph.wrap(120, 10_000)
    count = len(paragraph._lines or [])
    assert count >= 5
    first, rest = paragraph.split(120, (count - 1) * 11 + 1)  # room for all lines but one
    assert len(rest._lines) >= 2 and len(first._lines) >= 2
    assert paragraph.split(120, 11 + 1) == []  # one line would be an orphan: the paragraph moves whole


def _tree(blocks: list[object]) -> DocumentTree:
    return DocumentTree(Metadata("t", "T", "a", "s", "fr-FR"), blocks)  # type: ignore[arg-type]


def test_a_small_table_moves_to_the_next_page_whole(tmp_path: Path) -> None:
    filler = [Paragraph([Run(f"Paragraphe {i} texte")]) for i in range(60)]
    rows = [[f"Ligne{k}", "valeur"] for k in range(10)]
    table = Table([["Colonne", "Valeur"], *rows], [1.0, 1.0], [Align.LEFT, Align.LEFT])
    for count in range(24, 36, 2):  # whatever space the filler leaves, the table is never split
        path = tmp_path / f"t{count}.pdf"
        render_pdf(_tree([Heading(1, "Titre", "1"), *filler[:count], table]), path)
        pages = {w.page for page in pdf_word_boxes(path) for w in page.words if w.text.startswith("Ligne")}
        assert len(pages) == 1, count


@pytest.fixture(scope="module")
def large_tree() -> DocumentTree:
    document = make_large(partners=25, work_packages=3, deliverables=6, words=1_500)
    return build_tree(document, get_template(document.proposal.template_key), today=dt.date(2026, 11, 28))


def test_the_cover_fits_one_page_with_25_partners(large_tree: DocumentTree, tmp_path: Path) -> None:
    path = tmp_path / "large.pdf"
    render_pdf(large_tree, path)
    cover = next(b for b in large_tree.blocks if hasattr(b, "partners"))
    first = "".join(w.text for w in pdf_word_boxes(path)[0].words)
    assert len(cover.partners) == 25
    assert all("".join(p.split()) in first for p in cover.partners) and "".join(cover.date.split()) in first


def test_docx_core_properties(large_tree: DocumentTree, tmp_path: Path) -> None:
    path = tmp_path / "large.docx"
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    render_docx(large_tree, path)
    props = Document(str(path)).core_properties
    meta = large_tree.metadata
    assert props.title == meta.title and props.author == meta.author != ""
    assert props.language == meta.language
    created = props.created if props.created.tzinfo else props.created.replace(tzinfo=dt.timezone.utc)
    assert before - dt.timedelta(seconds=1) <= created <= before + dt.timedelta(minutes=5)


def test_the_docx_export_does_not_import_reportlab(tmp_path: Path) -> None:
    script = (
        "import random, sys\n"
        "from pathlib import Path\n"
        "from medicen_desktop.document.sample import make_sample\n"
        "from medicen_desktop.services.export import export_document\n"
        f"export_document(make_sample(random.Random(1)), 'docx', Path({str(tmp_path / 'd.docx')!r}))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('reportlab', 'urllib.request'))}))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert (tmp_path / "d.docx").stat().st_size > 10_000


def test_cjk_partner_names_are_drawn_by_the_fallback_font(sample_doc: ProposalDocument, tmp_path: Path) -> None:
    name = "北京协和医院 서울대학교병원 東京大学"
    organisations = [sample_doc.organisations[0].model_copy(update={"legal_name": name}),
                     *sample_doc.organisations[1:]]
    document = sample_doc.model_copy(update={"organisations": organisations})
    tree = build_tree(document, get_template("he-ria"), today=dt.date(2026, 11, 28))
    assert glyph_findings(tree) == []
    path = tmp_path / "cjk.pdf"
    render_pdf(tree, path)
    assert "DroidSansFallback" in pdf_font_files(path)
    cover = "".join(w.text for w in pdf_word_boxes(path)[0].words)
    assert "".join(name.split()) in cover


def test_docx_cells_offer_the_pdfs_hyphenation_points(tmp_path: Path) -> None:
    word = "anticonstitutionnellement"
    table = Table([["Terme", "Note"], [word, "1"]], [0.3, 1.0], [Align.LEFT, Align.RIGHT])
    path = tmp_path / "h.docx"
    render_docx(_tree([table]), path)
    cell = Document(str(path)).tables[0].rows[1].cells[0]._tc
    xml = etree.tostring(cell, encoding="unicode")
    assert xml.count("softHyphen") == len(break_points(word, "fr-FR")) > 0
    assert "".join(t.text for t in cell.iter(f"{W}t")) == word


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
