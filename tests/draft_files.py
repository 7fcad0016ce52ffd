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


def hand_made_table(header: list[str], rows: list[list[str]]) -> bytes:
    """A Word file (python-docx) holding one table under a heading."""
    import io

    from docx import Document

    document = Document()
    document.add_heading("Planning", 1)
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
