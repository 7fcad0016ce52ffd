"""The dialog that shows an unexpected error, with "Copy details" (see ``errors``). Layout: ``ui/error_dialog.ui``."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from medicen_desktop.gui.forms.ui_error_dialog import Ui_ErrorDialog


class ErrorDialog(QDialog, Ui_ErrorDialog):
    """Says something went wrong, what, and lets the user copy the details for a report."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.details = details
        self.message.setText(
            self.tr("Something went wrong. Your work up to the last change is saved.\n\n{summary}").format(
                summary=summary
            )
        )
        self.details_text.setPlainText(details)
        self.copy_button = self.buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    @classmethod
    def ask(cls, summary: str, details: str, parent: QWidget | None = None) -> None:
        cls(summary, details, parent).exec()
