"""The Proposal menu's windows on the open proposal: Import Word draft…, Versions…, To do and statuses….

Each opens its own module's window for the main window (which keeps a reference, so a
window that is not modal stays alive); imported when first used, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def import_word_draft(window: Any) -> None:
    """Proposal ▸ Import Word draft… (gui/draft_import.py)."""
    from medicen_desktop.gui.draft_import import import_word_draft as start
    from medicen_desktop.gui.settings import documents_folder

    start(window, window, Path(documents_folder()))


def show_versions(window: Any) -> None:
    """The Versions window of the open proposal (not modal: the editors stay usable beside it)."""
    if window.session is None:
        return
    from PySide6.QtCore import QCoreApplication

    from medicen_desktop.errors import Refused
    from medicen_desktop.gui.exchange_dialogs import ExchangeRefused
    from medicen_desktop.gui.versions_dialog import VersionsDialog

    try:
        window.versions_window = VersionsDialog(window.session, window.language, window)
    except Refused as exc:  # a partner's login on a team server: the versions are the coordinator's
        ExchangeRefused.ask(window, QCoreApplication.translate("ProposalTools", "No versions for this login"), str(exc))
        return
    window.versions_window.show()


def show_todo(window: Any) -> None:
    """Proposal ▸ To do and statuses… (gui/todo_view.py)."""
    from medicen_desktop.gui.todo_view import show_todo as show

    window.todo = show(window, window.db, window.workspace)
