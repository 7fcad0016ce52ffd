"""Each call's typography reaches both files: fonts, margins, minimum sizes, bookmarks and TOC links."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.tree import DocumentTree, Heading, TableOfContents
from medicen_desktop.export.typography import Typography, typography_for
from medicen_desktop.rules.template_model import Formatting, FormattingSource
from medicen_desktop.rules.templates import get_template
from tests.unit.export.typesetting import (
    link_targets,
    outline_pages,
    pdf_font_files,
    pdf_text_sizes,
    pdf_word_boxes,
)

CALLS = ["he-ria", "anr-prce", "bpi-idemo", "medicen-labelling"]
EMBEDDED = {"Times New Roman": "LiberationSerif", "Arial": "LiberationSans", "Calibri": "Carlito"}
FALLBACKS = {"DejaVuSans", "DroidSansFallback", "Symbola", "LiberationMono"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MM = 72 / 25.4


@pytest.fixture(scope="module", params=CALLS)
def dossier(request: pytest.FixtureRequest, sample_doc: ProposalDocument,
            out_dir: Path) -> tuple[DocumentTree, Path, Path]:
    tree = build_tree(sample_doc, get_template(request.param), today=dt.date(2026, 11, 28))
    pdf, docx = out_dir / f"{request.param}.pdf", out_dir / f"{request.param}.docx"
    render_pdf(tree, pdf)
    render_docx(tree, docx)
    return tree, pdf, docx


def test_templates_declare_their_formatting_with_sources() -> None:
    for key in CALLS:
        formatting = get_template(key).formatting
        sourced = {field for source in formatting.sources for field in source.fields}
        assert {"paper", "margins_mm", "font", "body_pt", "table_min_pt", "line_spacing"} <= sourced, key
    he = get_template("he-ria").formatting
    assert (he.font, he.body_pt, he.table_min_pt, he.margins_mm) == ("Times New Roman", 11, 11, 15)
    assert "{page}" in he.footer and "{pages}" in he.footer
    assert not he.confirmed  # the sizes and margins were not read in the official text


def test_a_call_that_says_nothing_gets_the_defaults() -> None:
    typography = typography_for(Formatting(), "ACRO", "Call")
    assert typography.page_mm == (210.0, 297.0) and typography.margins_mm == (20.0,) * 4
    assert (typography.family_name, typography.body_pt, typography.line_spacing) == ("Arial", 11.0, 1.2)
    assert typography.header == "ACRO · Call" and typography.footer_text(3, 9) == "Page 3 / 9"
    older = Formatting.model_validate({"paper": "A4", "min_font_pt": 12, "margins_mm": 25,
                                       "fonts": ["Times New Roman"], "confirmed": False})
    assert (older.body_pt, older.margins_mm, older.font, older.confirmed) == (12, 25, "Times New Roman", False)


def test_running_texts_keep_braces_of_the_acronym() -> None:
    formatting = Formatting(header="{acronym} – {call}", footer="Part B – Page {page} of {pages}",
                            sources=[FormattingSource(fields=["header", "footer"], description="test")])
    typography = typography_for(formatting, "A{call}B", "HE")
    assert typography.header == "A{call}B – HE" and typography.footer_text(2, 45) == "Part B – Page 2 of 45"


def test_pdf_embeds_the_calls_metric_compatible_family(dossier: tuple[DocumentTree, Path, Path]) -> None:
    tree, pdf, _ = dossier
    family = EMBEDDED[tree.metadata.typography.family_name]
    fonts = pdf_font_files(pdf)
    assert family in fonts
    assert {f for f in fonts if f.split("-")[0] != family} <= FALLBACKS


def test_docx_names_the_calls_family_in_styles_and_font_table(dossier: tuple[DocumentTree, Path, Path]) -> None:
    tree, _, docx = dossier
    family = tree.metadata.typography.family_name
    with zipfile.ZipFile(docx) as archive:
        styles = etree.fromstring(archive.read("word/styles.xml"))
        fonts = etree.fromstring(archive.read("word/fontTable.xml"))
        settings = etree.fromstring(archive.read("word/settings.xml"))
    named = set()
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        for rfonts in style.iter(f"{W}rFonts"):
            named.add((style_id, rfonts.get(f"{W}ascii"), rfonts.get(f"{W}hAnsi")))
    assert all(a == h == ("Courier New" if sid == "Code" else family) for sid, a, h in named)
    default = styles.find(f"{W}docDefaults").find(f".//{W}rFonts")
    assert default.get(f"{W}ascii") == family and default.get(f"{W}asciiTheme") is None
    assert styles.find(f"{W}docDefaults").find(f".//{W}pPr/{W}widowControl") is not None
    assert family in {font.get(f"{W}name") for font in fonts.iter(f"{W}font")}
    modes = [s.get(f"{W}val") for s in settings.iter(f"{W}compatSetting") if s.get(f"{W}name") == "compatibilityMode"]
    assert modes == ["15"]  # not in compatibility mode


def test_every_text_line_lies_inside_the_margins(dossier: tuple[DocumentTree, Path, Path]) -> None:
    tree, pdf, _ = dossier
    typography = tree.metadata.typography
    top, right, bottom, left = (v * MM for v in typography.margins_mm)
    running = {w for line in (typography.header, typography.footer) for w in re.split(r"\s+", line) if w}
    for page in pdf_word_boxes(pdf):
        for word in page.words:
            assert left - 0.5 <= word.x0 and word.x1 <= page.width - right + 0.5, (page.number, word)
            inside = top - 2 <= word.y0 and word.y1 <= page.height - bottom + 2
            in_furniture = word.y1 < top or word.y0 > page.height - bottom
            assert inside or (in_furniture and (word.text in running or word.text.isdigit())), (page.number, word)


def test_no_text_is_smaller_than_the_calls_minimum(dossier: tuple[DocumentTree, Path, Path]) -> None:
    tree, pdf, _ = dossier
    typography = tree.metadata.typography
    sizes = pdf_text_sizes(pdf)
    smallest = min(size for page in sizes for size, _ in page)
    assert smallest >= typography.min_pt - 0.01
    table = next(b for b in tree.blocks if hasattr(b, "rows") and len(b.rows) > 2 and b.columns > 3)
    cell = table.rows[1][1].split()[0]
    cell_sizes = [size for page in sizes for size, text in page if text.strip().startswith(cell)]
    assert cell_sizes and min(cell_sizes) >= get_template_min(tree) - 0.01


def get_template_min(tree: DocumentTree) -> float:
    return tree.metadata.typography.table_pt


def test_bookmarks_and_toc_links_land_on_their_headings(dossier: tuple[DocumentTree, Path, Path]) -> None:
    tree, pdf, _ = dossier
    pages = pdf_word_boxes(pdf)
    text = ["".join(w.text for w in page.words) for page in pages]
    marks = outline_pages(pdf)
    headings = tree.headings()
    assert [title for title, _ in marks] == [h.label for h in headings]
    for (title, page), heading in zip(marks, headings):
        assert "".join(heading.label.split())[:40] in text[page - 1], (title, page)
    assert len({page for _, page in marks}) > 3  # not all on one page
    toc = next((b for b in tree.blocks if isinstance(b, TableOfContents)), None)
    if toc is None:  # a call whose dossier has no table of contents (ANR)
        return
    toc_pages = [p.number for p in pages if p.number <= marks[0][1] and any(w.text in ("Sommaire", "Contents")
                                                                              for w in p.words)]
    toc_targets = [target for number in toc_pages for _, target in link_targets(pdf, number)]
    listed = [page for (title, page), h in zip(marks, headings) if h.level <= toc.depth]
    assert toc_targets == listed


def test_typography_default_is_a_plain_value() -> None:
    assert Typography().leading(11) == pytest.approx(11 * 1.2 * 1.149, rel=0.01)
    assert isinstance(Heading(1, "x"), Heading)


def test_a_value_the_call_sets_needs_its_source() -> None:
    with pytest.raises(ValueError, match="body_pt set without a source"):
        Formatting.model_validate({"body_pt": 12})
    with pytest.raises(ValueError, match="only"):
        Formatting.model_validate({"footer": "{page} of {total}",
                                   "sources": [{"fields": ["footer"], "description": "x"}]})
    assert Formatting.model_validate({"body_pt": 12, "sources": [{"fields": ["body_pt"], "description": "x"}]})


def test_every_family_a_template_may_name_has_its_metric_compatible_files() -> None:
    from typing import get_args

    from medicen_desktop.export.font_faces import FAMILIES
    from medicen_desktop.rules.template_model import FontFamily

    assert set(get_args(FontFamily)) == set(FAMILIES)
