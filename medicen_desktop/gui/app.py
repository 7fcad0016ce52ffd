"""Starting the GUI: application, error hook, single instance, translations, main window.

``run_gui(database_location)`` is what ``medicen-desktop`` with no command calls.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QApplication

from medicen_desktop.gui.import_hook import skip_source_scans

skip_source_scans()  # before any other import: see gui/import_hook.py
from medicen_desktop.gui import i18n
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.errors import install_excepthook
from medicen_desktop.store.location import sqlite_path

log = logging.getLogger("medicen_desktop")

def lock_path(database_location: str) -> Path | None:
    """The lock file next to a SQLite database file (None for a server URL).

    Symbolic links are resolved: the same file opened through a link gets the same lock.
    """
    path = sqlite_path(database_location)
    if path is None:
        return None
    path = path.resolve()
    return path.with_name(path.name + ".lock")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The application object (no application-wide style sheet: the widgets the rules pick carry them, gui.style)."""
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(argv if argv is not None else sys.argv)
    elif isinstance(existing, QApplication):
        app = existing
    else:
        raise RuntimeError("a QCoreApplication already exists: the GUI needs a QApplication")
    app.setOrganizationName(keys.ORGANISATION)
    app.setApplicationName(keys.APPLICATION)
    return app


def run_gui(database_location: str) -> int:
    """Run the desktop application on this database; return the exit code."""
    logging.basicConfig(level=logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # a migration is reported by its backup, not per step
    app = create_application()
    install_excepthook()
    settings = keys.Settings()
    settings.upgrade()
    language = i18n.install(i18n.effective_language(settings.get(keys.LANGUAGE)))
    lock = None
    path = lock_path(database_location)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)
        if not lock.tryLock(100):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, QCoreApplication.translate("App", "Medicen Desktop is already open"), QCoreApplication.translate("App", 
                "This database ({path}) is already open in another Medicen Desktop window. "
                "Switch to that window, or close it and try again.").format(path=database_location))
            return 1
    from medicen_desktop.store.errors import DatabaseError
    from medicen_desktop.store.listing import quick_summaries

    try:  # the read-only checks of Database.open, refusing a bad file before any window
        summaries = quick_summaries(database_location)
    except DatabaseError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
        return 2
    from medicen_desktop.gui.mainwindow import MainWindow

    # The window is on screen before the database is open: it opens on the worker after the first paint.
    window = MainWindow(None, settings, language, summaries=summaries)
    window.reopen_last(database_location)
    window.show()
    window.open_database_after_first_paint(database_location)
    try:
        return app.exec()
    finally:
        if window.db is not None:
            window.db.close()
        if lock is not None:
            lock.unlock()
