"""Tab in the section editor: it moves the focus, except where a tab is data (a code block), and in a table
it moves from cell to cell (a new row after the last cell), as in a word processor. Shift+Tab goes back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit

from medicen_desktop.gui.markdown_io import CODE_FENCE, CODE_LANGUAGE


class _TabKeys(QObject):
    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        back = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        cursor = self._editor.textCursor()
        if cursor.currentTable() is not None:
            return self._next_cell(cursor, back)
        fmt = cursor.blockFormat()
        if not back and (fmt.hasProperty(CODE_LANGUAGE) or fmt.hasProperty(CODE_FENCE)):
            if not self._editor.isReadOnly():
                cursor.insertText("\t")  # in a code block a tab is data
            return True
        return False  # the editor changes focus (tabChangesFocus)

    def _next_cell(self, cursor: QTextCursor, back: bool) -> bool:
        table = cursor.currentTable()
        cell = table.cellAt(cursor)
        index = cell.row() * table.columns() + cell.column() + (-1 if back else 1)
        if index < 0:
            return True
        if index >= table.rows() * table.columns():
            if self._editor.isReadOnly():
                return True
            table.appendRows(1)
        target = table.cellAt(index // table.columns(), index % table.columns())
        moved = target.firstCursorPosition()
        moved.setPosition(target.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(moved)  # the cell's text selected: typing replaces it, as in a spreadsheet
        return True


def tab_moves_focus(editor: QTextEdit) -> None:
    """Give the editor the word processor's Tab (see the module)."""
    editor.setTabChangesFocus(True)
    editor.installEventFilter(_TabKeys(editor))
