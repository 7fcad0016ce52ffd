"""The PDF dossier: embedded fonts only, bookmarks, metadata, TOC page numbers, the rules' figures."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from medicen_desktop.export.labels import Labels
from medicen_desktop.export.pdf_page import Layout
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.preflight import measure
from medicen_desktop.export.tree import Cover, DocumentTree
from medicen_desktop.rules.budget import BudgetReport
from tests.unit.export.helpers import ARIAL_EMBEDDED, pdf_font_names, pdf_pages, squash

FAMILY = ARIAL_EMBEDDED  # the sample is an i-Démo dossier: the call names no font, Arial is the default


@pytest.fixture(scope="module")
def pdf(tree: DocumentTree, out_dir: Path) -> tuple[Path, Layout]:
    path = out_dir / "sample.pdf"
    return path, render_pdf(tree, path)


def test_only_the_embedded_family(pdf: tuple[Path, Layout]) -> None:
    path, _ = pdf
    assert pdf_font_names(path) <= FAMILY
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert lines and all(line.split()[0].split("+")[-1] in FAMILY for line in lines)
        assert all(" yes yes " in line for line in lines)  # embedded, subset


def test_a_cover_listing_many_partners_in_columns_uses_only_the_embedded_family(
        tree: DocumentTree, tmp_path: Path) -> None:
    """Past eight partners the cover sets them in a grid; the grid selects no font of its own (Helvetica)."""
    cover = next(b for b in tree.blocks if isinstance(b, Cover))
    many = dataclasses.replace(cover, partners=[f"Partenaire {n} — Organisme de recherche" for n in range(1, 14)])
    crowded = dataclasses.replace(tree, blocks=[many if b is cover else b for b in tree.blocks])
    path = tmp_path / "many.pdf"
    render_pdf(crowded, path)
    assert "Partenaire13" in squash(PdfReader(str(path)).pages[0].extract_text() or "")
    assert pdf_font_names(path) <= FAMILY
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert lines and all(line.split()[0].split("+")[-1] in FAMILY for line in lines), lines


def test_metadata_and_bookmarks(pdf: tuple[Path, Layout], tree: DocumentTree) -> None:
    path, _ = pdf
    reader = PdfReader(str(path))
    info = reader.metadata
    assert info is not None and info.title == tree.metadata.title and info.author == tree.metadata.author
    assert info.subject == tree.metadata.subject
    assert str(reader.trailer["/Root"].get("/Lang")) == "fr-FR"
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    assert titles == [h.label for h in tree.headings()]


def test_toc_numbers_are_the_pages_of_the_headings(pdf: tuple[Path, Layout], tree: DocumentTree) -> None:
    path, layout = pdf
    pages = pdf_pages(path)
    assert layout.pages == len(pages)
    toc_page = squash(pages[1])
    toc_numbers = ""
    for index, heading in enumerate(tree.headings()):
        page = layout.heading_pages[f"h{index}"]
        assert squash(heading.label) in squash(pages[page - 1])
        if heading.level <= 2:
            assert squash(heading.label) in toc_page
            toc_numbers += str(page)
    assert toc_page.endswith(toc_numbers)  # numbers are drawn last, at save time
    assert f"Page 3 / {len(pages)}" in pages[2]


def test_every_figure_is_the_rules_figure(pdf: tuple[Path, Layout], budget: BudgetReport) -> None:
    text = squash("\n".join(pdf_pages(pdf[0])))
    labels = Labels("fr")
    for partner in budget.partners:
        assert squash(labels.amount(partner.direct.value)) in text
        assert squash(labels.amount(partner.requested_aid.value)) in text
    assert squash(labels.amount(budget.requested_aid.value)) in text


def test_counted_parts_are_measured(pdf: tuple[Path, Layout], tree: DocumentTree) -> None:
    _, layout = pdf
    count = measure(tree, layout)
    assert count.parts and all(part.pages > 0 for part in count.parts)
    assert 1 < count.parts[0].first_page <= count.parts[-1].last_page < layout.pages
    assert count.pages == count.parts[-1].last_page - count.parts[0].first_page + 1
