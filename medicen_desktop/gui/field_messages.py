"""The short messages a form shows beside its fields: a refused value, or why the fields are read-only.

Designer forms promote labels to these classes (header ``medicen_desktop/gui/field_messages.h``),
so this module imports nothing of the application but Qt and ``gui.style`` (pure Python). The style rules
find them by their ``role`` property (a form renames its widgets after its own attributes).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from medicen_desktop.gui.style import styled


class _FieldMessage(QLabel):
    """A word-wrapped label, hidden while it has nothing to say."""

    ROLE = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, wordWrap=True)
        self.setObjectName(self.ROLE)
        self.setProperty("role", self.ROLE)
        styled(self)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FieldError(_FieldMessage):
    """A refused value's message, shown under the field (never in a modal)."""

    ROLE = "fieldError"


class ReadOnlyNote(_FieldMessage):
    """Why the shown editor is read-only (a partner copy outside its assignment): calm, not an error."""

    ROLE = "readOnlyNote"
