"""Preferences: the UI language (more to come), behind ``ask()``. Layout: ``ui/preferences_dialog.ui``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from medicen_desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog

LANGUAGES = ("", "fr", "en")
"""The language combo's items in the form's order: the system's, French, English."""


class PreferencesDialog(QDialog, Ui_PreferencesDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        for index, code in enumerate(LANGUAGES):
            self.language.setItemData(index, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    @classmethod
    def ask(cls, language: str, parent: QWidget | None = None) -> str | None:
        """The chosen language preference ('', 'fr', 'en'), or None if cancelled."""
        dialog = cls(language, parent)
        return str(dialog.language.currentData()) if dialog.exec() == QDialog.DialogCode.Accepted else None
