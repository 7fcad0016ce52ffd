"""The editor's Markdown mirror: always what ``to_markdown`` writes, and a keystroke converts one block."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

from medicen_desktop.gui import markdown_cache
from medicen_desktop.gui.markdown_cache import MarkdownMirror
from medicen_desktop.gui.markdown_io import LINE_SEPARATOR, load_markdown, to_markdown

SOURCE = """# Objectifs

Le **biomarqueur** d'imagerie *quantitative* et le panel sanguin.

- premier point
- second point, **gras**

1. un
2. deux

> une citation

| Partenaire | Rôle |
| --- | --- |
| P1 | **coordination** |
| P2 | essais |

Dernier paragraphe avec `code` et \\_littéral\\_."""


@pytest.fixture
def document(qapp) -> Iterator[QTextDocument]:  # type: ignore[no-untyped-def]
    doc = QTextDocument()
    load_markdown(doc, SOURCE)
    yield doc


def _cursor(doc: QTextDocument, position: int, length: int = 0) -> QTextCursor:
    last = doc.characterCount() - 1
    cursor = QTextCursor(doc)
    cursor.setPosition(min(position, last))
    cursor.setPosition(min(position + length, last), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _edit(doc: QTextDocument, kind: str, position: int, length: int, text: str) -> None:
    cursor = _cursor(doc, position, length)
    if kind == "insert":
        cursor.insertText(text)
    elif kind == "delete":
        cursor.removeSelectedText()
    elif kind == "bold" or kind == "italic":
        fmt = QTextCharFormat()
        if kind == "bold":
            fmt.setFontWeight(QFont.Weight.Bold)
        else:
            fmt.setFontItalic(True)
        cursor.mergeCharFormat(fmt)
    elif kind == "enter":
        cursor.insertBlock()
    elif kind == "line break":
        cursor.insertText(LINE_SEPARATOR)
    elif kind == "heading":
        block = QTextBlockFormat()
        block.setHeadingLevel(2)
        cursor.mergeBlockFormat(block)
    elif kind == "list":
        cursor.createList(QTextListFormat.Style.ListDecimal)


EDITS = st.tuples(
    st.sampled_from(["insert", "delete", "bold", "italic", "enter", "line break", "heading", "list"]),
    st.integers(0, 600), st.integers(0, 40), st.text("ab *_#>|-1. \\<&é", min_size=1, max_size=6),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDITS, min_size=1, max_size=12))
def test_the_mirror_always_writes_what_to_markdown_writes(document: QTextDocument,
                                                          edits: list[tuple[str, int, int, str]]) -> None:
    load_markdown(document, SOURCE)
    mirror = MarkdownMirror(document)
    assert mirror.markdown() == to_markdown(document)
    for edit in edits:
        _edit(document, *edit)
        assert mirror.markdown() == to_markdown(document), edit
    mirror.deleteLater()


def test_a_keystroke_converts_only_the_block_it_changed(document: QTextDocument,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    converted: list[str] = []
    real = markdown_cache.inline_markdown

    def counting(block, plain_bold=False):  # type: ignore[no-untyped-def]
        converted.append(block.text())
        return real(block, plain_bold)

    monkeypatch.setattr(markdown_cache, "inline_markdown", counting)
    mirror = MarkdownMirror(document)
    mirror.markdown()
    assert len(converted) > 10  # every block, once
    converted.clear()
    assert mirror.markdown() == to_markdown(document)
    assert converted == []  # nothing changed: nothing converted
    block = document.findBlockByNumber(2)
    _cursor(document, block.position() + 3).insertText("x")
    assert mirror.markdown() == to_markdown(document)
    assert converted == [document.findBlockByNumber(2).text()]


def test_a_document_loaded_again_is_converted_afresh(document: QTextDocument) -> None:
    mirror = MarkdownMirror(document)
    first = mirror.markdown()
    load_markdown(document, "Autre **texte**.")
    assert mirror.markdown() == to_markdown(document) == "Autre **texte**."
    load_markdown(document, SOURCE)
    assert mirror.markdown() == first


def test_a_second_read_with_nothing_changed_walks_no_block(document: QTextDocument,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A long section is read several times per pause (the autosave, the counts, the page meter)."""
    walks: list[int] = []
    real = markdown_cache.to_markdown
    monkeypatch.setattr(markdown_cache, "to_markdown", lambda *args: walks.append(1) or real(*args))
    mirror = MarkdownMirror(document)
    first = mirror.markdown()
    assert mirror.markdown() == first and len(walks) == 1
    _cursor(document, 5).insertText("y")
    assert mirror.markdown() == to_markdown(document) != first and len(walks) == 2


def test_a_list_restyled_is_read_again(document: QTextDocument) -> None:
    """A list's own format (bullets to numbers) changes no block's text: Qt still reports it as a change."""
    mirror = MarkdownMirror(document)
    cursor = _cursor(document, document.findBlockByNumber(2).position())
    text_list = cursor.createList(QTextListFormat.Style.ListDisc)
    bullets = mirror.markdown()
    assert bullets == to_markdown(document) and "- " in bullets
    numbered = QTextListFormat(text_list.format())
    numbered.setStyle(QTextListFormat.Style.ListDecimal)
    text_list.setFormat(numbered)
    assert mirror.markdown() == to_markdown(document) != bullets
