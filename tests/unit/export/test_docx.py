"""The Word dossier: styles, fields, header/footer, tables, images, content equal to the rules' figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.tree import DocumentTree, Heading
from medicen_desktop.rules.budget import BudgetReport
from tests.unit.export.helpers import docx_text, squash


@pytest.fixture(scope="module")
def docx_path(tree: DocumentTree, out_dir: Path) -> Path:
    path = out_dir / "sample.docx"
    render_docx(tree, path)
    return path


def test_headings_use_real_styles_in_order(docx_path: Path, tree: DocumentTree) -> None:
    document = Document(str(docx_path))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [(f"Heading {h.level}", h.label) for h in tree.headings()]


def test_fields_toc_page_numbers_and_header(docx_path: Path, tree: DocumentTree) -> None:
    document = Document(str(docx_path))
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body and 'w:fldCharType="begin"' in body and 'w:fldCharType="end"' in body
    toc_entries = [p.text for p in document.paragraphs if p.style.name.startswith("TOC ")]
    assert toc_entries == [h.label for h in tree.headings() if h.level <= 2]
    section = document.sections[0]
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "Page" in section.footer.paragraphs[0].text
    assert tree.metadata.acronym in section.header.paragraphs[0].text
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    assert abs(section.left_margin - Mm(tree.metadata.margins_mm[3])) < Mm(0.1)
    assert 'w:updateFields w:val="true"' in document.settings.element.xml


def test_tables_repeat_header_and_fit(docx_path: Path) -> None:
    document = Document(str(docx_path))
    assert document.tables and all("w:tblHeader" in t.rows[0]._tr.xml for t in document.tables)
    section = document.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) / 635  # twips
    for table in document.tables:
        assert sum(int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iterchildren(qn("w:gridCol"))) <= text_width
    assert len(document.inline_shapes) == 0  # the Gantt chart is a table (test_docx_gantt), not a picture


def test_every_section_and_the_rules_figures(docx_path: Path, tree: DocumentTree, budget: BudgetReport,
                                             sample_doc) -> None:  # type: ignore[no-untyped-def]
    text = squash(docx_text(docx_path))
    for section in sample_doc.sections:
        for line in section.body.split("\n"):
            words = line.replace("**", "").replace("*", "").lstrip("-0123456789. |")
            if words and not words.startswith("---"):
                assert squash(words.split("|")[0]) in text
    labels = Labels("fr")
    for partner in budget.partners:
        assert squash(labels.amount(partner.requested_aid.value)) in text
        assert squash(labels.amount(partner.eligible.value)) in text
    assert squash(labels.amount(budget.requested_aid.value)) in text
    assert squash(labels.amount(budget.eligible.value)) in text


def test_core_properties(docx_path: Path, tree: DocumentTree) -> None:
    props = Document(str(docx_path)).core_properties
    assert props.title == tree.metadata.title[:255] and props.author == tree.metadata.author
    assert props.language == "fr-FR"


def test_no_heading_left_unnumbered_at_level_one(tree: DocumentTree) -> None:
    # only the summary before part 1 is unnumbered, as the call's outline says (numbered: false)
    assert [h.text for h in tree.headings() if isinstance(h, Heading) and h.level == 1 and not h.number] == ["Résumé"]
