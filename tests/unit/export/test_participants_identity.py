"""The participants table prints the identifier the funder reads: PIC for EU calls, SIRET for French ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from medicen_desktop.document.schema import Language, ProposalDocument
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.rules.templates import get_template
from tests.unit.export.helpers import docx_text


def _with_identity(sample_doc: ProposalDocument) -> ProposalDocument:
    doc = sample_doc.model_copy(deep=True)
    orgs = list(doc.organisations)
    orgs[0] = orgs[0].model_copy(update={"pic": "999999999"})
    orgs[1] = orgs[1].model_copy(update={"pic": "888888888", "country": "DE", "region": "DE-BY", "city": "München"})
    return doc.model_copy(update={"organisations": orgs})


def _table_text(doc: ProposalDocument, key: str, tmp_path: Path) -> str:
    tree = build_tree(doc, get_template(key), today=dt.date(2026, 12, 6))
    path = tmp_path / f"{key}.docx"
    render_docx(tree, path)
    return docx_text(path)


def test_he_part_b_lists_participants_with_their_countries(sample_doc: ProposalDocument, tmp_path: Path) -> None:
    """Part B's cover table has number, name, short name and country; the PIC belongs to Part A (the portal)."""
    doc = _with_identity(sample_doc)
    doc = doc.model_copy(update={"proposal": doc.proposal.model_copy(update={"language": Language.EN})})
    text = _table_text(doc, "he-ria", tmp_path)
    assert "Germany" in text and "France" in text
    assert "999\u00a0999\u00a0999" not in text


def test_a_call_that_asks_for_pics_prints_them_grouped(sample_doc: ProposalDocument, tmp_path: Path) -> None:
    from medicen_desktop.export.labels import Labels
    from medicen_desktop.export.outline import Outline
    from medicen_desktop.export.participants import add_participants
    from medicen_desktop.export.tree import Table

    outline = Outline()
    add_participants(outline, _with_identity(sample_doc), Labels("en"), "pic")
    table = next(b for b in outline.blocks if isinstance(b, Table))
    text = "\n".join(" | ".join(row) for row in table.rows)
    assert "PIC" in text and "999\u00a0999\u00a0999" in text and "888\u00a0888\u00a0888" in text
    assert "München, Bavaria, Germany" in text
    assert "Paris, Île-de-France, France" in text


def test_french_call_prints_siret(sample_doc: ProposalDocument, tmp_path: Path) -> None:
    text = _table_text(_with_identity(sample_doc), "bpi-idemo", tmp_path)
    assert "SIRET" in text and "812\u00a0345\u00a0676\u00a000025" in text  # grouped, never split
    assert "999\u00a0999\u00a0999" not in text
    assert "München, Bavière, Allemagne" in text
