"""exchange.docx_reader: a Word draft read into the section dialect; what the dialect lacks is said, not dropped."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from medicen_desktop.document.markdown import parse, visible_text
from medicen_desktop.exchange.docx_reader import DraftHeading, DraftText, read_draft


def _read(document: object) -> tuple[list[DraftHeading | DraftText], list[str]]:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    draft = read_draft(buffer.getvalue(), "draft.docx")
    return draft.blocks, draft.notes


def test_literal_markdown_characters_read_back_as_the_same_text() -> None:
    document = Document()
    lines = ["[12] a*b_c* <b> &amp; | ~x~ `code` !", "# not a heading", "1. not a list", "- not a bullet",
             "Contrôle à 2 cm", "In\u00addus\u00adtria\u00adli\u00adsa\u00adtion"]
    for line in lines:
        document.add_paragraph(line)
    (text,), notes = _read(document)
    assert isinstance(text, DraftText)
    paragraphs = [visible_text(chunk) for chunk in text.markdown.split("\n\n")]
    assert paragraphs == lines[:-1] + ["Industrialisation"]  # soft hyphens the exporter inserts are dropped
    assert [t.type for t in parse(text.markdown) if t.type.endswith("_open")] == ["paragraph_open"] * len(lines)
    assert notes == []


def test_headings_levels_and_emphasis() -> None:
    document = Document()
    document.add_heading("Partie A", 1)
    paragraph = document.add_paragraph("du ")
    paragraph.add_run("gras ").bold = True
    paragraph.add_run("et de l'italique").italic = True
    document.add_heading("A.1 Détail", 3)
    blocks, _ = _read(document)
    assert blocks[0] == DraftHeading(1, "Partie A") and blocks[2] == DraftHeading(3, "A.1 Détail")
    assert isinstance(blocks[1], DraftText) and blocks[1].markdown == "du **gras** *et de l'italique*"


def test_nested_lists_and_merged_cells_and_subscripts_are_kept_or_noted() -> None:
    document = Document()
    document.add_paragraph("un", style="List Number")
    document.add_paragraph("deux", style="List Number")
    document.add_paragraph("détail", style="List Bullet 2")
    paragraph = document.add_paragraph("H")
    paragraph.add_run("2").font.subscript = True
    paragraph.add_run("O et m")
    paragraph.add_run("2").font.superscript = True
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, (("A", "B", "C"), ("1", "2", "3"), ("4", "5", "6"))):
        for cell, value in zip(row.cells, values):
            cell.text = value
    table.cell(1, 0).merge(table.cell(1, 1))
    blocks, notes = _read(document)
    markdown = "\n\n".join(b.markdown for b in blocks if isinstance(b, DraftText))
    assert "H~2~O et m^2^" in markdown  # the dialect's sub- and superscript (document.scripts)
    assert "H2O et m2" in visible_text(markdown)
    assert "merged-cells" in notes
    table_block = next(b for b in blocks if isinstance(b, DraftText) and b.header)
    assert table_block.header == ("A", "B", "C")
    rows = table_block.markdown.splitlines()
    assert rows[0] == "| A | B | C |" and rows[3] == "| 4 | 5 | 6 |"
    assert rows[2] == "| 1 2 |  | 3 |"  # python-docx joins the merged texts; the spanned column stays empty
    assert [t.type for t in parse(markdown) if t.type in ("table_open", "ordered_list_open", "bullet_list_open")]


def test_a_word_table_of_contents_is_left_out(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("1 Partie A ........ 3", style=document.styles.add_style("toc 1", 1))
    document.add_heading("Partie A", 1)
    document.add_paragraph("Texte.")
    blocks, _ = _read(document)
    assert blocks == [DraftHeading(1, "Partie A"), DraftText("Texte.")]


def test_an_image_linked_from_the_web_is_never_fetched(monkeypatch: object, tmp_path: Path) -> None:
    import zipfile

    import mammoth.docx.files
    import pytest

    from tests.draft_files import hand_made_draft

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the reader opened a URL")

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(mammoth.docx.files, "urlopen", no_network)
    original = tmp_path / "draft.docx"
    hand_made_draft(original)
    with zipfile.ZipFile(original) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    rels = members["word/_rels/document.xml.rels"].decode()
    image_id = rels.split('Target="media/')[0].rsplit('Id="', 1)[1].split('"')[0]
    members["word/_rels/document.xml.rels"] = rels.replace(
        f'Id="{image_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        f'Target="media/', f'Id="{image_id}" TargetMode="External" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        'Target="http://tracker.invalid/').encode()
    members["word/document.xml"] = members["word/document.xml"].replace(
        f'r:embed="{image_id}"'.encode(), f'r:link="{image_id}"'.encode())
    assert b"tracker.invalid" in members["word/_rels/document.xml.rels"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    draft = read_draft(buffer.getvalue(), "linked.docx")
    assert draft.images == [] and DraftHeading(1, "Remerciements") in draft.blocks
