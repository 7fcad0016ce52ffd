"""Issue #18 item 5: Tab moves the focus (never a tab character saved in the text), except in a code block,
and in a table of the section editor it moves from cell to cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from medicen_desktop.services import proposals
from tests.gui.windows import section_to_type_in, stored_body

TABLE = "Avant\n\n| Indicateur | Cible |\n| --- | --- |\n| x | y |"



def test_tab_in_the_summary_moves_on(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("project")
    page = opened.workspace.page("project")
    page.summary.setFocus()
    page.summary.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClicks(page.summary, "Bref")
    QTest.keyClick(page.summary, Qt.Key.Key_Tab)
    assert not page.summary.hasFocus()
    opened.session.flush()
    summary = proposals.get_document(db, opened.session.proposal_uuid).proposal.summary
    assert summary.startswith("Bref") and "\t" not in summary


def test_tab_in_a_section_moves_on_but_by_cell_in_a_table(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page, section = section_to_type_in(opened, TABLE)
    page.editor.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClick(page.editor, Qt.Key.Key_Tab)
    assert not page.editor.hasFocus() and "\t" not in page.editor.toPlainText()
    page.editor.setFocus()
    table = page.editor.textCursor().document().rootFrame().childFrames()[0]
    page.editor.setTextCursor(table.cellAt(1, 0).firstCursorPosition())  # the cursor in the cell "x"
    QTest.keyClick(page.editor, Qt.Key.Key_End)
    QTest.keyClicks(page.editor, "1")
    QTest.keyClick(page.editor, Qt.Key.Key_Tab)
    QTest.keyClicks(page.editor, "2")  # replaces "y"
    QTest.keyClick(page.editor, Qt.Key.Key_Tab)  # after the last cell: a new row
    QTest.keyClicks(page.editor, "3")
    assert page.editor.hasFocus()
    stored = stored_body(db, opened, section)
    assert stored.split("\n")[-2:] == ["| x1 | 2 |", "| 3 |  |"], stored


def test_tab_in_a_code_block_is_typed(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page, section = section_to_type_in(opened, "```\nif x:\n```")
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClick(page.editor, Qt.Key.Key_Tab)
    QTest.keyClicks(page.editor, "y = 1")
    assert page.editor.hasFocus()
    assert "\ty = 1" in stored_body(db, opened, section)
