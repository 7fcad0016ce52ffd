"""Markdown to tree blocks, and the dossier's number formats."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.export.labels import Labels
from medicen_desktop.export.markdown import markdown_blocks
from medicen_desktop.export.tree import ListBlock, PageBreak, Paragraph, Table

MARKUP = ["a<b", "p < 0.05 & n > 10", "gene <BRCA1> mutated", "AT&T", "x &lt; y", "<b>bold",
          "<img src='/etc/passwd'/>", "<a href='javascript:x'>"]


def test_markup_looking_text_stays_text() -> None:
    for text in MARKUP:
        blocks = markdown_blocks(text)
        assert len(blocks) == 1 and isinstance(blocks[0], Paragraph)
        assert blocks[0].text == text


def test_emphasis_lists_tables_and_page_breaks() -> None:
    blocks = markdown_blocks("**b** *i*\n\n<!-- pagebreak -->\n\n- one\n- two\n\n3. x\n\n| A | B |\n|---|--:|\n| 1 | 2 |")
    para, brk, bullets, numbered, table = blocks
    assert isinstance(para, Paragraph) and para.runs[0].bold and para.runs[-1].italic
    assert isinstance(brk, PageBreak)
    assert isinstance(bullets, ListBlock) and not bullets.ordered and len(bullets.items) == 2
    assert isinstance(numbered, ListBlock) and numbered.ordered and numbered.start == 3
    assert isinstance(table, Table) and table.rows == [["A", "B"], ["1", "2"]] and table.align[1] == "right"


def test_control_characters_are_normalised() -> None:
    para = markdown_blocks("a\x00b\x01c\r\nd")[0]
    assert isinstance(para, Paragraph) and para.text == "abc d"


def test_amounts_in_french_and_english() -> None:
    assert Labels("fr").amount(Decimal(12500)) == "12\u202f500,00\u00a0€"
    assert Labels("en").amount(Decimal(12500)) == "€12,500.00"
    assert Labels("en").amount(Decimal("-3.5")) == "−€3.50"
    assert Labels("fr").percent(Decimal("0.45")) == "45\u00a0%"
