"""Word drafts written by tests (python-docx), as a partner would save them."""

from __future__ import annotations

from pathlib import Path


def hand_made_draft(path: Path) -> bytes:
    """A Word draft as a partner writes it (python-docx): FR and EN headings, numbers, a table, an image."""
    import io

    from docx import Document
    from docx.shared import Cm
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, "PNG")
    png = buffer.getvalue()
    document = Document()
    document.add_heading("1. Contexte et objectifs", 1)
    paragraph = document.add_paragraph("Chaque année, ")
    paragraph.add_run("10 000 patients").bold = True
    paragraph.add_run(" sont concernés.")
    document.add_heading("1.1 Un sous-titre à nous", 2)
    document.add_paragraph("Le détail de nos objectifs.")
    document.add_heading("2) Etat de l'art et innovation", 1)
    document.add_paragraph("Une revue de la littérature.")
    document.add_heading("Besoin clinique, bénéfice pour le patient", 1)
    paragraph = document.add_paragraph("Un diagnostic ")
    paragraph.add_run("précoce").italic = True
    document.add_paragraph("premier point", style="List Bullet")
    document.add_paragraph("second point", style="List Bullet")
    document.add_heading("Work programme and methodology", 1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Lot", "Durée"
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "LT1", "12 mois"
    document.add_picture(io.BytesIO(png), width=Cm(4))
    document.add_heading("Remerciements", 1)
    document.add_paragraph("Merci à tous.")
    document.save(str(path))
    return png


def test_a_table_of_the_users_own_text_is_never_taken_for_a_generated_one(
        db: Database, sample_in_db: str, sample: ProposalDocument, tmp_path: Path) -> None:
    exported = tmp_path / "epi-diag.docx"
    export_document(sample, "docx", exported)
    preview = drafts.preview_draft(db, sample_in_db, exported)
    tables = [p for p in preview.parts if p.generated == "table"]
    assert "[# · Partenaire · Organisme · Type · Localisation · SIRET · Contact]" in [p.heading for p in tables]
    assert {p.proposed for p in tables} == {HOLDING}
    assert not any("Indicateur" in p.heading for p in tables)
    methodology = next(p for p in preview.parts if p.proposed == "methodology")
    assert "| Indicateur | Cible | Échéance |" in methodology.markdown
