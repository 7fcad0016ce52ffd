"""Sub- and superscripts typed in the section editor are stored (``~x~``/``^x^``), shown again, and exported."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from medicen_desktop.gui.markdown_io import load_markdown, to_markdown
from medicen_desktop.services import proposals

SUB = QTextCharFormat.VerticalAlignment.AlignSubScript
SUP = QTextCharFormat.VerticalAlignment.AlignSuperScript
NORMAL = QTextCharFormat.VerticalAlignment.AlignNormal


def _page(window):  # type: ignore[no-untyped-def]
    window.workspace.go_to("sections")
    page = window.workspace.page("sections")
    page.list.setCurrentRow(0)
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    return page


def _button(page, name: str):  # type: ignore[no-untyped-def]
    return next(b for b in page.tools if "(" in b.toolTip() and b.toolTip().startswith(name))


def _key(qtbot, page, key: Qt.Key, align: QTextCharFormat.VerticalAlignment) -> None:  # type: ignore[no-untyped-def]
    """Press Ctrl+``key`` in the editor; its button clicks (animated) and the typing format becomes ``align``."""
    QTest.keyClick(page.editor, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor.currentCharFormat().verticalAlignment() == align, timeout=2_000)


def _aligns(page, text: str) -> list[QTextCharFormat.VerticalAlignment]:  # type: ignore[no-untyped-def]
    """Vertical alignment of each character of the last paragraph, which must read ``text``."""
    block = page.editor.document().lastBlock()
    assert block.text() == text
    cursor = QTextCursor(block)
    out = []
    for n in range(len(text)):
        cursor.setPosition(block.position() + n + 1)
        out.append(cursor.charFormat().verticalAlignment())
    return out


def test_typed_scripts_are_saved_and_shown_again(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    uuid, section = opened.session.proposal_uuid, page.current
    QTest.keyClicks(page.editor, "H")
    qtbot.mouseClick(_button(page, "Subscript"), Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.editor, "2")
    qtbot.mouseClick(_button(page, "Subscript"), Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.editor, "O et 10")
    _key(qtbot, page, Qt.Key.Key_Plus, SUP)  # Ctrl++: superscript
    QTest.keyClicks(page.editor, "6 x")
    _key(qtbot, page, Qt.Key.Key_Plus, NORMAL)
    QTest.keyClicks(page.editor, " cellules ~5")
    opened.session.flush()
    body = next(s.body for s in proposals.get_document(db, uuid).sections if s.uuid == section)
    assert body.endswith("H~2~O et 10^6\\ x^ cellules \\~5"), body[-80:]
    page.show_section(None)
    page.show_section(section)
    assert _aligns(page, "H2O et 106 x cellules ~5") == [NORMAL, SUB] + [NORMAL] * 7 + [SUP] * 3 + [NORMAL] * 12


def test_selected_text_is_lowered_and_the_same_key_puts_it_back(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    QTest.keyClicks(page.editor, "CO2")
    QTest.keyClick(page.editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(page.editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Ctrl+=: subscript
    qtbot.waitUntil(lambda: page.markdown.markdown().endswith("CO~2~"), timeout=2_000)  # the button clicks, animated
    QTest.keyClick(page.editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.markdown.markdown().endswith("CO2"), timeout=2_000)


def test_scripts_round_trip_through_the_editor_document(qapp) -> None:  # type: ignore[no-untyped-def]
    source = ("**H~2~O** et *1^er^* janvier, m^2\\ ou\\ plus^\n\n- x~i~ \\~5 et `a~b~`\n\n"
              "| CO~2~ | 10^3^ |\n| --- | --- |\n| a | b |\n\n> cité H~2~\\\nsuite")
    document = QTextDocument()
    load_markdown(document, source)
    written = to_markdown(document)
    for piece in ("**H~2~O**", "*1^er^*", "m^2\\ ou\\ plus^", "x~i~ \\~5", "| CO~2~ | 10^3^ |", "> cité H~2~\\"):
        assert piece in written, written
    again = QTextDocument()
    load_markdown(again, written)
    assert to_markdown(again) == written
