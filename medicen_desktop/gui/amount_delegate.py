"""Typing an amount in a grid cell: text that is not a number keeps the cell open (outlined in red) with what
was typed, and the grid's message line says why, instead of the text vanishing on Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyledItemDelegate

from medicen_desktop.gui.numbers import parse_decimal

_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class AmountDelegate(QStyledItemDelegate):
    """Refuses to commit a cell's text that ``parse_decimal`` cannot read; ``refused(message)`` says why."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in _COMMIT_KEYS:
            try:
                parse_decimal(editor.text())
            except ValueError as exc:
                view = self.parent()
                signal = getattr(view.model(), "editRefused", None) if isinstance(view, QAbstractItemView) else None
                if signal is not None:
                    signal.emit(str(exc))
                editor.setToolTip(str(exc))  # no pop-up: it would take the focus and close the cell
                editor.setStyleSheet("border: 2px solid #c62828;")
                editor.selectAll()
                return True  # the cell stays open with the text, to correct
        return super().eventFilter(editor, event)
