"""Issue #18, items 1 and 2: the section editor's Ctrl+Z / Ctrl+Shift+Z go to the proposal's undo stack,
typing is undone a word (or a pause) at a time, and an undo that lands in another step shows that step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from medicen_desktop.services import proposals

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _sections(window):  # type: ignore[no-untyped-def]
    window.workspace.go_to("sections")
    page = window.workspace.page("sections")
    page.list.setCurrentRow(0)
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    return page


def _last_line(page) -> str:  # type: ignore[no-untyped-def]
    return page.editor.toPlainText().split("\n")[-1]


def test_ctrl_z_in_the_section_editor_undoes_one_word_and_ctrl_shift_z_redoes(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page = _sections(opened)
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor, "alpha beta gamma")
    QTest.keyClick(page.editor, Qt.Key.Key_Z, CTRL)
    assert _last_line(page) == "alpha beta"
    QTest.keyClick(page.editor, Qt.Key.Key_Z, CTRL)
    assert _last_line(page) == "alpha"
    QTest.keyClick(page.editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _last_line(page) == "alpha beta"
    stored = next(s.body for s in proposals.get_document(db, opened.session.proposal_uuid).sections
                  if s.uuid == page.current)
    assert stored.endswith("alpha beta")


def test_a_pause_in_typing_ends_an_undo_step(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = _sections(opened)
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor, "abc")
    opened.session.flush()  # what the autosave does after a pause
    QTest.keyClicks(page.editor, "def")
    QTest.keyClick(page.editor, Qt.Key.Key_Z, CTRL)
    assert _last_line(page) == "abc"


def test_an_undo_that_lands_in_another_step_shows_that_step_and_selects_the_change(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """Issue #18 item 2: Ctrl+Z on Risks that undoes a budget amount opens Budget with the amount's cell
    selected and says so."""
    session, workspace = opened.session, opened.workspace
    line = session.document.budget_lines[0]
    session.update("budget_lines", line.uuid, {"amount": line.amount + 1000}, "Enter an amount")  # made earlier, on Budget
    workspace.go_to("risks")
    risks = workspace.page("risks")
    risks.table.view.setFocus()
    QTest.keyClick(risks.table.view, Qt.Key.Key_Z, CTRL)
    assert session.entity("budget_lines", line.uuid).amount == line.amount
    assert workspace.current_step() == "budget"
    budget = workspace.page("budget")
    assert budget.grid.participation_at(budget.view.currentIndex().row()) == line.participation_uuid
    assert "Budget" in opened.statusBar().currentMessage() and "Undone" in opened.statusBar().currentMessage()
