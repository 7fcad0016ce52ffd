"""The call's outline as template data: validated on load, and derived from the sections when absent."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from medicen_desktop.document.sample import make_sample
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.tree import Paragraph
from medicen_desktop.rules.outline_model import OutlineItem, default_outline
from medicen_desktop.rules.templates import get_template, load_templates, shipped_templates

CALL = """\
key: new-call
name: A new call
funder: Some agency
edition: "2026"
edition_date: 2026-10-01
languages: [fr]
source:
  - description: The call text
source_date: 2026-11-01
sections:
  - {key: project, title_fr: Projet, title_en: Project}
  - {key: methodology, title_fr: Programme de travail, title_en: Work plan}
budget_categories:
  - {key: personnel, label_fr: Personnel, label_en: Personnel, is_personnel: true}
"""


def _load(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "new-call.yaml").write_text(text, encoding="utf-8")
    result = load_templates(tmp_path)
    return [str(error) for error in result.errors]


def test_every_explicit_outline_places_every_section_once() -> None:
    for template in shipped_templates().templates.values():
        placed = [item.section for top in template.dossier_outline() for item in top.walk() if item.section]
        assert sorted(placed) == sorted(s.key for s in template.sections), template.key
    explicit = {k for k, t in shipped_templates().templates.items() if t.outline is not None}
    assert {"he-ria", "he-ia", "he-ria-lump-sum", "he-ia-lump-sum", "eic-pathfinder-open", "eic-pathfinder-challenges",
            "anr-prce", "bpi-idemo", "medicen-labelling",
            "fui-collaborative"} <= explicit
    assert all(shipped_templates().templates[k].outline_source for k in explicit)


def test_outline_errors_are_refused(tmp_path: Path) -> None:
    unknown = CALL + "outline:\n  - {section: project}\n  - {section: methodology}\n  - {section: nope}\n"
    assert "section 'nope' is not a section of the template" in _load(tmp_path, unknown)[0]
    missing = CALL + "outline:\n  - {section: project}\n"
    assert "section 'methodology' has no place in the outline" in _load(tmp_path, missing)[0]
    twice = CALL + "outline:\n  - {section: project}\n  - {section: methodology}\n  - {section: project}\n"
    assert "duplicate outline section 'project'" in _load(tmp_path, twice)[0]
    bad_block = CALL + "outline:\n  - {section: project}\n  - {section: methodology, block: appendix}\n"
    assert "block" in _load(tmp_path, bad_block)[0]
    assert _load(tmp_path, CALL) == []


def test_default_outline_puts_the_work_plan_inside_the_section_that_is_the_work_plan() -> None:
    items = default_outline([("project", "Projet", "Project"), ("methodology", "Programme de travail", "Work plan")])
    blocks = [item.block for top in items for item in top.walk() if item.block]
    assert blocks.count("wp_list") == 1 and blocks.count("deliverables") == 1
    methodology = next(item for item in items if item.section == "methodology")
    assert [child.block for child in methodology.children][:2] == ["wp_list", "gantt"]
    assert not [item for item in items if item.title_en == "Work plan" and item.section is None]
    # without such a section the work plan is a chapter of its own, after the sections
    items = default_outline([("project", "Projet", "Project")])
    chapter = next(item for item in items if item.title_en == "Work plan")
    assert chapter.section is None and [c.block for c in chapter.children][0] == "wp_list"
    assert items[-1].when == "attachments"  # annexes only when something is attached


def test_a_template_without_outline_exports_with_the_default_one(tmp_path: Path) -> None:
    (tmp_path / "new-call.yaml").write_text(CALL, encoding="utf-8")
    template = load_templates(tmp_path).templates["new-call"]
    document = make_sample(random.Random(3))
    sections = [s.model_copy(update={"key": "project" if s.key == "context_objectives" else s.key})
                for s in document.sections if s.key in ("context_objectives", "methodology")]
    document = document.model_copy(update={"sections": sections})
    headings = [h.label for h in build_tree(document, template, today=dt.date(2026, 12, 1)).headings() if h.level == 1]
    assert headings[:3] == ["1 Résumé", "2 Projet", "3 Programme de travail"]
    assert "Programme de travail" not in [h.split(" ", 1)[-1] for h in headings[3:]]
    assert headings[3:] == ["4 Consortium", "5 Budget", "6 Risques"]


def test_user_headings_nest_below_their_section_numbered() -> None:
    template = get_template("bpi-idemo")
    document = make_sample(random.Random(3))
    sections = [s.model_copy(update={"body": "## Verrous\n\nTexte.\n\n### Détail\n\nPlus.\n\n#### Plus fin\n\n"
                                              "Encore.\n\n## Cibles\n\nFin."})
                if s.key == "state_of_the_art" else s for s in document.sections]
    tree = build_tree(document.model_copy(update={"sections": sections}), template, today=dt.date(2026, 12, 1))
    labels = [(h.level, h.label) for h in tree.headings()]
    at = labels.index((1, "2 État de l'art et caractère innovant"))
    assert labels[at + 1:at + 4] == [(2, "2.1 Verrous"), (3, "2.1.1 Détail"), (2, "2.2 Cibles")]
    # past the third level a heading is a bold paragraph, its text kept
    assert any(isinstance(b, Paragraph) and b.text == "Plus fin" and b.runs[0].bold for b in tree.blocks)


def test_outline_item_titles_fall_back_between_languages() -> None:
    item = OutlineItem(title_en="Work plan")
    assert item.title("fr") == "Work plan" and OutlineItem(block="gantt").title("en") is None
