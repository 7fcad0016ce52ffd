"""File ▸ Save a copy…: the open proposal written as interchange JSON where the user says.

Never over the database itself, never half a file over an earlier copy; a
refusal or a disk error is shown in one line and nothing else changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.store.database import Database

translate = QCoreApplication.translate


class SaveCopyDialog:
    @classmethod
    def ask(cls, parent: QMainWindow, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, translate("Dialogs", "Save a copy"), suggested, "JSON (*.json)")
        return path or None


def save_copy(window: QMainWindow, db: Database, session: ProposalSession) -> None:
    """Ask where, then write the proposal's JSON there; say in the status bar where it went."""
    from medicen_desktop.gui.dialogs import Notify, database_refusal
    from medicen_desktop.services import proposals
    from medicen_desktop.services.files import OverwritesDatabase, refuse_database, write_atomically

    session.flush()
    acronym = session.document.proposal.acronym
    path = SaveCopyDialog.ask(window, str(Path.home() / f"{acronym}.json"))
    if not path:
        return
    title = translate("MainWindow", "Cannot save the copy")
    try:
        refuse_database(db, path)
    except OverwritesDatabase as exc:
        Notify.ask(window, title, database_refusal(exc))
        return
    try:  # never half a file over an earlier copy
        write_atomically(Path(path), proposals.export_json(db, session.proposal_uuid))
    except OSError as exc:
        Notify.ask(window, title, f"{path}: {exc.strerror or exc}")
        return
    window.statusBar().showMessage(translate("MainWindow", "Copy saved to {path}").format(path=path), 8000)
