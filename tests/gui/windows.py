"""Main windows with a proposal open: in a UI language (``window_in``), or as a named user on a database
(``window_as``: the tests of two windows, presence and live refresh, open one per user); a section set up for
typing in such a window (``section_to_type_in``) and its text as stored (``stored_body``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.store.database import Database


def window_as(qtbot: Any, location: str | Path, folder: Path, uuid: str, user: str,
              step: str | None = None) -> MainWindow:
    """A shown window of ``user`` (its own settings file in ``folder``) on the database at ``location`` (a path
    or a URL), with proposal ``uuid`` open (at ``step`` if given); registered with ``qtbot``."""
    db = Database.open(location)
    db.user = user
    settings = Settings(QSettings(str(folder / f"{user}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings, "en")
    qtbot.addWidget(window)
    window.show()
    window.library.reload()
    window.open_proposal(uuid)
    assert window.workspace is not None
    if step is not None:
        window.workspace.go_to(step)
    return window


def window_in(qtbot: Any, db: Database, settings: Settings, uuid: str, language: str,
              size: tuple[int, int] | None = (1024, 700)) -> MainWindow:
    """A shown window in ``language`` (installed for the whole UI) with proposal ``uuid`` open, resized to ``size``
    (None: as it opens); registered with ``qtbot``."""
    i18n.install(language)
    window = MainWindow(db, settings, language)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    window.library.reload()
    window.open_proposal(uuid)
    assert window.workspace is not None
    return window


def section_to_type_in(window: MainWindow, body: str) -> tuple[Any, str]:
    """The Sections page and its current section's UUID, the section's text set to ``body`` and the editor focused."""
    assert window.workspace is not None and window.session is not None
    window.workspace.go_to("sections")
    page: Any = window.workspace.page("sections")
    section: str = page.current
    window.session.update("sections", section, {"body": body}, "set up")
    page.editor.setFocus()
    return page, section


def stored_body(db: Database, window: MainWindow, uuid: str) -> str:
    """Section ``uuid``'s text as the database holds it once the window's pending typing is saved."""
    assert window.session is not None
    window.session.flush()
    from medicen_desktop.services import proposals

    return next(s.body for s in proposals.get_document(db, window.session.proposal_uuid).sections if s.uuid == uuid)
