"""The dialog that shows an unexpected error, with "Copy details" (see ``errors``)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """Says something went wrong, what, and lets the user copy the details for a report."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(
            self.tr("Something went wrong. Your work up to the last change is saved.\n\n{summary}").format(
                summary=summary
            )
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        text = QPlainTextEdit(details, readOnly=True)
        text.setMinimumSize(520, 180)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    @classmethod
    def ask(cls, summary: str, details: str, parent: QWidget | None = None) -> None:
        cls(summary, details, parent).exec()
