"""The dossier follows the call: its sections in template order, none the call does not know."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from medicen_desktop.document.schema import ProposalDocument, Section
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.template_model import FunderTemplate
from tests.unit.export.helpers import docx_text, squash


def test_sections_unknown_to_the_call_stay_out_of_the_dossier(
    sample_doc: ProposalDocument, template: FunderTemplate, tmp_path: Path
) -> None:
    doc = sample_doc.model_copy(deep=True)
    doc.sections.append(Section(uuid=str(uuid.uuid4()), key="notes_internes", body="Texte interne au consortium."))
    tree = build_tree(doc, template, today=dt.date(2026, 11, 28))
    path = tmp_path / "dossier.docx"
    render_docx(tree, path)
    text = squash(docx_text(path))
    assert squash("Texte interne au consortium.") not in text
    for section in sample_doc.sections:
        assert squash(section.body.split("\n")[0][:60].replace("*", "")) in text
    assert [f.code for f in check(doc, template) if f.entity_uuid == doc.sections[-1].uuid] == ["section.not-in-template"]
