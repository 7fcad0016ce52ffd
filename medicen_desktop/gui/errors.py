"""Unexpected errors: logged, then shown in a dialog with "Copy details".

``install_excepthook`` replaces ``sys.excepthook`` so that an exception in
a slot (which Qt would only print) reaches the user instead of vanishing,
and the application goes on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("medicen_desktop")


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


def show_exception(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log an exception and show it (used for errors coming back from the worker)."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error: %s", details)
    ErrorDialog.ask(f"{type(exc).__name__}: {exc}", details, parent)


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("uncaught exception:\n%s", details)
    if QApplication.instance() is not None:
        ErrorDialog.ask(f"{kind.__name__}: {value}", details, QApplication.activeWindow())


def install_excepthook() -> None:
    sys.excepthook = _hook
