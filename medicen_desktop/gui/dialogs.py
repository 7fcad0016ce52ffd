"""Small dialogs, each behind a ``classmethod ask(...)`` returning plain values.

Tests patch ``ask`` instead of fighting a modal event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from medicen_desktop.services.files import OverwritesDatabase


def database_refusal(exc: OverwritesDatabase) -> str:
    """The GUI's words for ``services.files.OverwritesDatabase`` (the check itself is the service's)."""
    return QCoreApplication.translate("Files", "{path} is the database itself: choose another name.").format(path=exc.path)


class TextPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
        accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept


class Notify:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


class TableSize:
    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[int, int] | None:
        """(rows, columns) of a table to insert, header row included; None if cancelled."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox

        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Insert a table"))
        form = QFormLayout(dialog)
        rows, columns = QSpinBox(minimum=1, maximum=200, value=3), QSpinBox(minimum=1, maximum=20, value=3)
        form.addRow(QCoreApplication.translate("Dialogs", "&Rows (with the header row):"), rows)
        form.addRow(QCoreApplication.translate("Dialogs", "&Columns:"), columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        rows.selectAll()
        try:
            return (rows.value(), columns.value()) if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class ConfirmRetarget:
    @classmethod
    def ask(cls, parent: QWidget | None, preview: Any, language: str) -> bool:
        """Show what switching calls would do (a ``RetargetPreview``); True to switch, False to cancel."""
        from PySide6.QtWidgets import QDialog

        from medicen_desktop.gui.retarget_view import RetargetPreviewDialog

        dialog = RetargetPreviewDialog(preview, language, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def kind_label(kind: str) -> str:
    """The organisation kind in the user's language, as the dossier names it (one catalogue: export.labels)."""
    from medicen_desktop.export.labels import Labels
    from medicen_desktop.gui.i18n import current

    return Labels(current()).kind(kind)
