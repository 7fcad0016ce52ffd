"""The exported dossier follows the call's own outline: PDF bookmarks and DOCX headings walked against it.

The expected outlines are the funders' (HE Part B: 1, 2, 3, 3.1 with Tables 3.1a–3.1h inside it, 3.2;
ANR: the three criteria, the people involved, the bibliography, no annexes; i-Démo and Medicen: their
own order, the work plan inside the section that is the work plan, never twice).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from medicen_desktop.document.schema import Attachment, BudgetLine, ProposalDocument
from medicen_desktop.document.sample import make_sample
from tests.large_proposal import make_large
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.tree import Table
from medicen_desktop.rules.retarget import retarget_document
from medicen_desktop.rules.templates import get_template
from tests.unit.export.helpers import docx_text, pdf_pages, squash

HE_OUTLINE = [
    "1 Excellence", "1.1 Objectives and ambition", "1.2 Methodology",
    "2 Impact", "2.1 Project's pathways towards impact", "2.2 Measures to maximise impact", "2.3 Summary",
    "3 Quality and efficiency of the implementation", "3.1 Work plan and resources",
    "3.1a List of work packages", "3.1b Work package description", "3.1c List of deliverables",
    "3.1d List of milestones", "3.1e Critical risks for implementation", "3.1f Summary of staff effort",
    "3.1g 'Subcontracting costs' items", "3.1h 'Purchase costs' items",
    "3.2 Capacity of participants and consortium as a whole",
]
HE_TABLES = [label for label in HE_OUTLINE if label.startswith("3.1") and label[3:4].isalpha()]


def _bookmarks(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, page) of every PDF bookmark, in order."""
    reader = PdfReader(str(path))
    found: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(item.title), reader.get_destination_page_number(item) + 1))
    walk(reader.outline, 0)
    return found


def _docx_headings(path: Path) -> list[tuple[int, str]]:
    return [(int(p.style.name.split()[-1]), p.text) for p in Document(str(path)).paragraphs
            if p.style is not None and p.style.name.startswith("Heading ")]


def _in_order(expected: list[str], titles: list[str]) -> None:
    """Every expected title is there, once, in this order."""
    positions = []
    for label in expected:
        assert titles.count(label) == 1, (label, titles)
        positions.append(titles.index(label))
    assert positions == sorted(positions), [titles[p] for p in positions]


def _export(document: ProposalDocument, folder: Path, name: str) -> tuple[Path, Path]:
    tree = build_tree(document, get_template(document.proposal.template_key), today=dt.date(2026, 12, 1))
    pdf, docx = folder / f"{name}.pdf", folder / f"{name}.docx"
    render_pdf(tree, pdf)
    render_docx(tree, docx)
    return pdf, docx


def _he_document(subcontracting: bool = True, purchases: bool = True) -> ProposalDocument:
    """A small HE RIA proposal whose sections carry the sub-headings of HE Part B."""
    document = make_large(partners=5, work_packages=3, deliverables=6, words=3_000)
    bodies = {
        "excellence": "## Objectives and ambition\n\nWe aim high.\n\n## Methodology\n\nWe measure well.",
        "impact": "## Project's pathways towards impact\n\nPaths.\n\n## Measures to maximise impact\n\nMeasures."
                  "\n\n## Summary\n\nIn short.",
        "implementation": "The work plan follows the clinical path.",
    }
    sections = [s.model_copy(update={"body": bodies[s.key] + "\n\n" + s.body}) for s in document.sections]
    lines = [line for line in document.budget_lines if purchases or line.category == "personnel"]
    if subcontracting:
        lines.append(BudgetLine(uuid=str(uuid.UUID(int=1)), participation_uuid=document.participations[1].uuid,
                                category="subcontracting", period=1, amount=Decimal("42000"),
                                description="MRI acquisitions at an external imaging centre"))
    return document.model_copy(update={"sections": sections, "budget_lines": lines})


def _retargeted(key: str) -> ProposalDocument:
    document = make_sample(random.Random(5))
    template = get_template(document.proposal.template_key)
    return document if key == template.key else retarget_document(document, template, get_template(key))[0]


def _with_attachment(document: ProposalDocument) -> ProposalDocument:
    attachment = Attachment(uuid=str(uuid.UUID(int=2)), filename="lettre-soutien.pdf", sha256="0" * 64, size=10,
                            description="Lettre de soutien")
    return document.model_copy(update={"attachments": [*document.attachments, attachment]})


@pytest.fixture(scope="module")
def he_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return _export(_he_document(), tmp_path_factory.mktemp("he"), "he")


def test_he_pdf_bookmarks_follow_part_b(he_files: tuple[Path, Path]) -> None:
    pdf, _ = he_files
    marks = _bookmarks(pdf)
    titles = [title for _, title, _ in marks]
    _in_order(HE_OUTLINE, titles)
    depth = {title: d for d, title, _ in marks}
    assert depth["1 Excellence"] == depth["3 Quality and efficiency of the implementation"] == 0
    assert depth["1.1 Objectives and ambition"] == depth["3.1 Work plan and resources"] == 1
    # every table of 3.1 is inside 3.1: one level below it, between 3.1 and 3.2
    assert all(depth[table] == 2 for table in HE_TABLES)
    first = titles.index("3.1 Work plan and resources")
    assert all(first < titles.index(t) < titles.index("3.2 Capacity of participants and consortium as a whole")
               for t in HE_TABLES)
    # the three criteria are the only chapters: nothing generic (consortium, budget, annexes) appended
    assert [title for d, title, _ in marks if d == 0] == [
        "1 Excellence", "2 Impact", "3 Quality and efficiency of the implementation"]


def test_he_docx_headings_follow_part_b(he_files: tuple[Path, Path]) -> None:
    _, docx = he_files
    headings = _docx_headings(docx)
    _in_order(HE_OUTLINE, [text for _, text in headings])
    level = {text: lvl for lvl, text in headings}
    assert level["3 Quality and efficiency of the implementation"] == 1
    assert level["3.1 Work plan and resources"] == level["1.2 Methodology"] == 2
    assert all(level[table] == 3 for table in HE_TABLES)


def test_he_participants_on_the_cover_and_deliverable_codes(he_files: tuple[Path, Path]) -> None:
    pdf, docx = he_files
    cover = squash(pdf_pages(pdf)[0])
    assert squash("Partner 5 Biomedical Research Organisation") in cover and "No." in cover
    text = docx_text(docx)
    assert "\nR\n" in text and "\nPU\n" in text  # deliverable type and dissemination in the funder's codes
    assert "report" not in text.split("List of deliverables", 1)[1].split("List of milestones", 1)[0]


def test_he_conditional_tables(tmp_path: Path) -> None:
    """3.1g only when something is subcontracted; 3.1h only when purchases exceed 15 % of personnel."""
    tree = build_tree(_he_document(subcontracting=False, purchases=False), get_template("he-ria"))
    labels = [h.label for h in tree.headings()]
    assert "3.1f Summary of staff effort" in labels
    assert not [label for label in labels if label.startswith(("3.1g", "3.1h"))]
    tree = build_tree(_he_document(), get_template("he-ria"))
    text = "\n".join(cell for block in tree.blocks if isinstance(block, Table) for row in block.rows for cell in row)
    assert "MRI acquisitions at an external imaging centre" in text


@pytest.mark.parametrize("key,expected,absent", [
    ("anr-prce", ["Résumé", "1 Contexte, positionnement et objectifs de la proposition",
                  "2 Organisation et réalisation du projet", "2.1 Personnes impliquées dans le projet",
                  "2.2 Partenaires", "2.3 Liste des tâches", "2.4 Calendrier", "2.5 Description des tâches",
                  "2.6 Livrables", "2.7 Jalons", "2.8 Risques et solutions de repli", "2.9 Effort par partenaire",
                  "2.10 Justification des moyens demandés", "3 Impact et retombées du projet",
                  "Références bibliographiques"], ["Annexes", "Sommaire"]),
    ("bpi-idemo", ["Résumé", "1 Contexte et objectifs du projet", "2 État de l'art et caractère innovant",
                   "3 Besoin clinique et bénéfice patient", "4 Programme de travail et méthodologie",
                   "4.1 Liste des lots", "4.2 Diagramme de Gantt", "4.3 Description des lots", "4.4 Livrables",
                   "4.5 Jalons", "4.6 Effort par partenaire (personnes·mois)", "4.7 Risques",
                   "5 Consortium et rôle des partenaires", "5.1 Présentation des partenaires",
                   "6 Marché et modèle économique", "7 Propriété intellectuelle", "8 Retombées économiques et emplois",
                   "9 Budget", "10 Annexes"], ["Programme de travail"]),
    ("medicen-labelling", ["Résumé", "1 Consortium et rôle de chaque partenaire", "1.1 Présentation des partenaires",
                           "2 Innovation et état de l'art", "3 Besoin clinique et bénéfice patient",
                           "4 Marché et plan d'affaires", "5 Stratégie de propriété intellectuelle",
                           "6 Programme de travail", "6.1 Liste des lots", "6.4 Livrables", "7 Budget",
                           "8 Emplois et retombées régionales", "9 Annexes"], ["7.2 Aide demandée"]),
])
def test_french_calls_follow_their_outline(key: str, expected: list[str], absent: list[str], tmp_path: Path) -> None:
    document = _with_attachment(_retargeted(key))
    if key == "anr-prce":
        bibliography = document.sections[0].model_copy(update={
            "uuid": str(uuid.UUID(int=3)), "key": "bibliography", "body": "1. Dupont A. *Imagerie*, 2024."})
        document = document.model_copy(update={"sections": [*document.sections, bibliography]})
    pdf, docx = _export(document, tmp_path, key)
    for titles in ([t for _, t, _ in _bookmarks(pdf)], [t for _, t in _docx_headings(docx)]):
        _in_order(expected, titles)
        assert not set(absent) & ({t for t in titles} | {t.split(" ", 1)[-1] for t in titles if t[:1].isdigit()})
        top = [t.split(" ", 1)[-1] for t in titles if t.count(".") == 0]
        assert len(top) == len(set(top)), top  # no chapter twice ("Programme de travail" once)
    text = docx_text(docx)
    for internal in ("Section non rédigée", "Aucune annexe", "valeur non confirmée", "value not confirmed"):
        assert internal not in text and internal not in "".join(pdf_pages(pdf))
    pages = pdf_pages(pdf)
    if key == "medicen-labelling":  # the committee grants no aid: no aid line, on the cover or elsewhere
        assert "Aide demandée" not in text
        assert all("Confidentiel" in page for page in pages[1:])  # the charter's confidentiality, on every page
    else:
        assert not any("Confidentiel" in page for page in pages)
