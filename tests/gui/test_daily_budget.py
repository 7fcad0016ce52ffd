"""Issue #18 items 7 and 10: an emptied budget cell means no line (no hidden 0 € line), and text that is
not a number is refused with a message beside the grid."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from medicen_desktop.services import proposals


def _single_line_cell(page):  # type: ignore[no-untyped-def]
    page.years.setCurrentIndex(0)
    shared = Counter((b.participation_uuid, b.category) for b in page.session.document.budget_lines if b.period == 1)
    line = next(b for b in page.session.document.budget_lines if b.period == 1
                and shared[(b.participation_uuid, b.category)] == 1)
    row = next(r for r in range(page.grid.rowCount() - 1) if page.grid.participation_at(r) == line.participation_uuid)
    column = next(c for c in range(page.grid.columnCount() - 1) if page.grid.key_at(c) == line.category)
    return line, page.grid.index(row, column)


def _edit_cell(qtbot, page, index, text: str) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    page.view.setCurrentIndex(index)
    QTest.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    if text:
        QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() == QAbstractItemView.State.NoState)  # Qt commits queued


def test_an_emptied_budget_cell_leaves_no_line(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    line, index = _single_line_cell(page)
    _edit_cell(qtbot, page, index, "")
    stored = proposals.get_document(db, opened.session.proposal_uuid).budget_lines
    assert line.uuid not in {b.uuid for b in stored}
    assert not any(b.amount == 0 for b in stored)
    assert page.grid.data(index) == ""
    opened.undo()  # one step brings the line back
    assert line.uuid in {b.uuid for b in proposals.get_document(db, opened.session.proposal_uuid).budget_lines}


def test_text_in_a_budget_cell_is_refused_with_a_message(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    """The text stays in the open cell, to correct, and the reason is shown; nothing is written."""
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    line, index = _single_line_cell(page)
    qtbot.wait(20)
    opened.activateWindow()  # offscreen, the window may be deactivated once shown: the cell's editor would close
    qtbot.waitUntil(opened.isActiveWindow)
    page.view.setFocus()
    page.view.setCurrentIndex(index)
    QTest.keyClicks(page.view, "a")  # typing starts editing the cell, as in a spreadsheet
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "bc")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # what Qt queues on Enter (commit, close) runs now
    assert page.view.state() == QAbstractItemView.State.EditingState and editor.text() == "abc"
    assert page.error.isVisibleTo(page) and "abc" in page.error.text()
    assert next(b for b in proposals.get_document(db, opened.session.proposal_uuid).budget_lines
                if b.uuid == line.uuid).amount == line.amount
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "1 250,5")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() == QAbstractItemView.State.NoState)
    assert not page.error.isVisibleTo(page)
