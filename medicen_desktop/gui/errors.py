"""Unexpected errors: logged, then shown in a dialog with "Copy details".

``install_excepthook`` replaces ``sys.excepthook`` so that an exception in
a slot (which Qt would only print) reaches the user instead of vanishing,
and the application goes on. The dialog itself (``error_dialog``) is
imported when first needed: start-up does not pay for it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("medicen_desktop")


def show_exception(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log an exception and show it (used for errors coming back from the worker)."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error: %s", details)
    from medicen_desktop.gui.error_dialog import ErrorDialog

    ErrorDialog.ask(f"{type(exc).__name__}: {exc}", details, parent)


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("uncaught exception:\n%s", details)
    if QApplication.instance() is not None:
        from medicen_desktop.gui.error_dialog import ErrorDialog

        ErrorDialog.ask(f"{kind.__name__}: {value}", details, QApplication.activeWindow())


def install_excepthook() -> None:
    sys.excepthook = _hook
