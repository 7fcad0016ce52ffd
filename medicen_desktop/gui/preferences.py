"""Preferences: the UI language (more to come), behind ``ask()``."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, language: str, parent: QWidget | None = None) -> str | None:
        """The chosen language preference ('', 'fr', 'en'), or None if cancelled."""
        dialog = cls(language, parent)
        return str(dialog.language.currentData()) if dialog.exec() == QDialog.DialogCode.Accepted else None
