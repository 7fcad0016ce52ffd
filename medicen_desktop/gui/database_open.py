"""Opening the database after the window's first paint, on the worker, with the modules the first proposal
needs imported there too (SQLAlchemy, migrations, the editors), off the GUI thread; and, meanwhile, the last
proposal shown and editable from the quick snapshot (``reopen_from_snapshot``).

The quick reopen reads the proposal with ``sqlite3`` alone (``store.quick_snapshot.read_editable``) and
starts its session without a database: what is typed is kept by the autosave until the database is
attached (``ProposalSession.attach``, from ``MainWindow.database_ready``), and anything that needs the
database before then (a discrete edit, a step change's flush) waits for ``DatabaseOpening.wait``. A
proposal the quick read cannot answer for (a partner copy, a migration due, a server) opens as before,
once the database is open.

``MainWindow.open_database_after_first_paint`` calls ``processEvents`` to deliver the expose and the paint
request Qt posted at low priority on show(); its zero timer then runs in the next turn of the event loop,
after the first frame: the shortcuts, the quick reopen, then the opening. No event filter:
filtering the window's events in Python would create the wrappers of every event class before the first frame.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.workspace import Workspace
    from medicen_desktop.store.database import Database

log = logging.getLogger("medicen_desktop.gui.mainwindow")  # the start-up's lines, which the benchmark reads

PRELOADED = (
    "medicen_desktop.services.proposals",
    "medicen_desktop.services.edit",
    "medicen_desktop.services.revisions",
    "medicen_desktop.gui.commands",
    "medicen_desktop.gui.session",
    "medicen_desktop.gui.workspace",
    "medicen_desktop.gui.live",
    "medicen_desktop.gui.exchange_actions",
    "medicen_desktop.gui.new_proposal_wizard",
)
"""What the first proposal opened needs, imported on the worker while the database opens."""


class DatabaseOpening:
    """The database being opened on the worker; the GUI thread may ``wait`` for it."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._done = threading.Event()
        self._database: Database | None = None
        self._error: BaseException | None = None

    def run(self) -> Database:
        """Open the database (on the worker), then import what the first proposal opened will need."""
        import importlib

        from medicen_desktop.store.database import Database

        try:
            database = Database.open(self.location)
        except BaseException as exc:
            self._error = exc
            self._done.set()
            raise
        self._database = database
        self._done.set()  # a session waiting for it goes on before the imports below
        for name in PRELOADED:
            importlib.import_module(name)
        return database

    def wait(self) -> Database:
        """The open database, once it is (raises what the opening raised)."""
        self._done.wait()
        if self._database is None:
            raise self._error if self._error is not None else RuntimeError("the database did not open")
        return self._database


def open_and_preload(location: str) -> Database:
    """Open the database (on the worker) and import what the first proposal opened will need."""
    return DatabaseOpening(location).run()


class Window(Protocol):
    """What the quick reopen asks of the main window."""

    workspace: Workspace | None

    def open_proposal(self, uuid: str, first_step: str | None = None, *,
                      session: ProposalSession | None = None) -> None: ...


def reopen_from_snapshot(window: Window, uuid: str, opening: DatabaseOpening) -> bool:
    """Show the proposal ``uuid`` for editing from the quick snapshot, before the database is open; False
    (nothing shown) when only the full open can (a partner copy, a migration due, a server)."""
    from medicen_desktop.store.location import sqlite_path
    from medicen_desktop.store.quick_snapshot import read_editable

    path = sqlite_path(opening.location)
    snapshot = read_editable(path, uuid) if path is not None else None
    if snapshot is None:
        return False
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.steps.base import StepPage

    parent = window if isinstance(window, QObject) else None
    window.open_proposal(uuid, session=ProposalSession(None, uuid, parent, snapshot=snapshot, wait=opening.wait))
    page = window.workspace.stack.currentWidget() if window.workspace is not None else None
    if isinstance(page, StepPage):
        give_keyboard(page)
    QTimer.singleShot(0, lambda: log.info("proposal editable: %s shown from the quick snapshot, the database "
                                          "still opening", snapshot.document.proposal.acronym))
    return True


def give_keyboard(page: QWidget) -> QWidget | None:
    """Give the keyboard to the page's own first field (``StepPage.focus_field``), else to its first text field;
    the text field that has it now (None: no text field has it)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    from medicen_desktop.gui.steps.base import StepPage

    if not (isinstance(page, StepPage) and page.focus_field(None, None)):
        focus_first_field(page)
    focused = QApplication.focusWidget()
    if isinstance(focused, (QLineEdit, QTextEdit, QPlainTextEdit)) and page.isAncestorOf(focused) \
            and not focused.isReadOnly():
        return focused
    return None


def focus_first_field(page: QWidget) -> QWidget | None:
    """Give the keyboard to the page's first text field that takes input (in the focus chain's order), so that
    what the user types at once goes there; None (focus unchanged) when it has none."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) and page.isAncestorOf(widget)
                and widget.isVisibleTo(page) and widget.isEnabled() and not widget.isReadOnly()):
            widget.setFocus()
            return widget
        widget = widget.nextInFocusChain()
    return None


class CannotOpenDatabase:
    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> None:
        from medicen_desktop.gui.dialogs import Notify

        Notify.ask(parent, QCoreApplication.translate("App", "Cannot open the database"), message)
