"""Help: the user guide (shipped in French and English, read offline) and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.resources import resource

EDITOR_KEYS = (
    ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutsList", "Undo (everywhere, text editors included; typing a word at a time)")),
    ("Ctrl+Shift+Z, Ctrl+Y", QT_TRANSLATE_NOOP("ShortcutsList", "Redo")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsList",
                                         "Next, previous field; in a table of a section: next, previous cell")),
    ("Alt+Down", QT_TRANSLATE_NOOP("ShortcutsList", "Open a date field's calendar")),
    ("F2", QT_TRANSLATE_NOOP("ShortcutsList", "Edit the selected cell of a table")),
)


def guide_path(language: str) -> str:
    """The shipped guide in ``language`` ("fr"; anything else gives English)."""
    return str(resource("guide", "guide_fr.md" if language == "fr" else "guide_en.md"))


class UserGuide(QDialog):
    """The guide as formatted text, from the files shipped with the application (no network)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Medicen Desktop — user guide"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        with open(guide_path(language), encoding="utf-8") as file:
            self.browser.setMarkdown(file.read())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


class ShortcutsList(QDialog):
    """Every menu command that has a shortcut, read from the menus themselves, and the editors' keys."""

    def __init__(self, menus: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 560)
        rows = [(keys, self.tr(str(text))) for keys, text in EDITOR_KEYS]
        for action in menus.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                rows += _shortcuts(menu.actions(), action.text().replace("&", ""))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Command")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


def _shortcuts(actions: list[QAction], path: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in actions:
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += _shortcuts(sub.actions(), f"{path} ▸ {action.text().replace('&', '')}")
        elif action.shortcuts():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            name = action.text().replace("&", "").split("\t")[0]
            rows.append((keys, f"{path} ▸ {name}"))
    return rows


def show_dialog(dialog: QDialog) -> QDialog:
    """Show a help window beside the main one (not modal: the user reads it while working)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
