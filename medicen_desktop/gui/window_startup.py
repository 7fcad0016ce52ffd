"""The main window's start-up half: open the database on the worker after the first paint, hand it to the
window, reopen the last proposal (from the quick snapshot first), keep what was typed meanwhile, and say
why if the database cannot be opened (``MainWindow`` derives from it; ``mainwindow.py``'s docstring tells
the order of it all).

Its strings keep the ``MainWindow`` translation context: Qt looks a string up under the instance's class,
so they are written with ``QCoreApplication.translate("MainWindow", …)``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.catalogue import TemplateCatalogue
from medicen_desktop.gui.database_open import CannotOpenDatabase, DatabaseOpening, reopen_from_snapshot
from medicen_desktop.gui.library import LibraryPage
from medicen_desktop.gui.settings import Settings
from medicen_desktop.gui.worker import Job, Worker

if TYPE_CHECKING:
    from medicen_desktop.gui.kept_typing import EarlyTyping  # after the first frame: it brings QEvent's enums
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.workspace import Workspace
    from medicen_desktop.store.database import Database

log = logging.getLogger("medicen_desktop.gui.mainwindow")


class WindowStartup(QMainWindow):
    """What ``MainWindow`` sets in its ``__init__`` and the wiring it offers, as this half uses them."""

    db: Database | None
    settings: Settings
    language: str
    worker: Worker
    catalogue: TemplateCatalogue
    central: QStackedWidget
    library: LibraryPage
    session: ProposalSession | None
    workspace: Workspace | None
    recovered: bool
    _pending_open: str | None
    _reopen_when_ready: bool
    _listed: bool
    _location: str | None
    _early: EarlyTyping | None
    _offered: object

    if TYPE_CHECKING:
        def bind_shortcuts(self) -> None: ...
        def open_proposal(self, uuid: str, first_step: str | None = None, *,
                          session: ProposalSession | None = None) -> None: ...
        def _install_exchange_actions(self) -> None: ...
        def _fill_recent(self) -> None: ...

    def open_database(self, location: str, opening: DatabaseOpening | None = None) -> Job:
        """Open the database on the worker; ``database_ready`` follows (or a message, and exit code 2)."""
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening the database…"))
        self._location = location
        opening = opening or DatabaseOpening(location)
        job = Job(lambda _progress: opening.run(), "open database", self)
        job.succeeded.connect(self.database_ready)
        job.failed.connect(self._database_failed)
        return self.worker.submit(job)

    def open_database_after_first_paint(self, location: str) -> None:
        """Paint the shown window first (its first frame should not wait for the imports), then bind the
        shortcuts, show the last proposal from the quick snapshot and open the database (database_open.py:
        how, and why no event filter)."""
        self._location = location  # the proposal reopened from the quick snapshot is remembered for it

        def first_frame_shown() -> None:
            log.info("window usable: %d proposals listed", self.library.model.rowCount())
            self.bind_shortcuts()
            opening = DatabaseOpening(location)
            if self._reopen_when_ready and reopen_from_snapshot(self, self.settings.last_proposal(location), opening):
                self._reopen_when_ready = False
            if self._reopen_when_ready:  # the library shows until the database opens: what is typed is kept
                from medicen_desktop.gui.kept_typing import EarlyTyping

                self._early = EarlyTyping(self.library.table, self)
                self._early.captured.connect(lambda: self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Kept for the proposal that is reopening: what you type goes into it once it shows.")))
            self.open_database(location, opening)
            log.info("set-up after the first frame done (shortcuts; the database is being opened on the worker)")
        QCoreApplication.processEvents()
        QTimer.singleShot(0, first_frame_shown)

    def database_ready(self, db: Database) -> None:
        asked_meanwhile = self._pending_open is not None or self.library.has_pending_action()
        if self.db is None:  # opened on the worker (else the menus and the library already have it)
            self.db = db
            self.library.attach(db)
            self._install_exchange_actions()
        if self.session is not None:  # shown from the quick snapshot: its database now
            self.session.attach(db)
        self._fill_recent()
        self.statusBar().clearMessage()
        if db.path is not None:
            from medicen_desktop.store.location import sync_warning

            warning = sync_warning(db.path)
            if warning is not None:
                self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Warning: {what}").format(what=warning), 60_000)
        QTimer.singleShot(0, self._measure_if_shown)
        # After the first paint: every call's template, then every step's editor module, on the worker.
        QTimer.singleShot(0, lambda: self.catalogue.prefetch(self.worker))
        QTimer.singleShot(0, self._preload_editors)
        pending, self._pending_open = self._pending_open, None
        if pending is not None:
            self.open_proposal(pending)
        elif self._reopen_when_ready and not asked_meanwhile:
            self.reopen_last()
        self._reopen_when_ready = False
        self._after_reopen()
        self.settings.set(keys.RUNNING, 1)
        self.settings.sync()
        if self.recovered:
            self.recovered = False
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", 
                "Medicen Desktop was not closed normally last time; everything typed until about 1.5 s before "
                "it stopped was saved."), 30_000)
        log.info("database open%s", f", {self.session.document.proposal.acronym} reopened" if self.session else "")

    def _after_reopen(self) -> None:
        """The reopen is done (or dropped): keys kept meanwhile go into the proposal's first field (no proposal
        open: onto the clipboard, said); then text kept by an earlier window is offered."""
        early, self._early = self._early, None
        text = early.stop() if early is not None else ""
        if text and self.workspace is not None:
            from medicen_desktop.gui.database_open import give_keyboard

            page = self.workspace.stack.currentWidget()
            target = give_keyboard(page) if page is not None else None
            if target is not None:
                from medicen_desktop.gui.kept_typing import EarlyTyping

                EarlyTyping.replay(text, target)
                text = ""
        if text:
            QApplication.clipboard().setText(text)
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "What you typed before a proposal was open is on the clipboard: "
                                                 "paste it where it belongs."), 60_000)
        self._offer_kept()

    def _offer_kept(self) -> None:
        """Once per opened proposal: the text an earlier window could not save, offered again."""
        if self.session is None or self.db is None or self._offered is self.session:
            return
        self._offered = self.session
        from medicen_desktop.gui.kept_typing import offer_kept

        said = offer_kept(self, self.session, self._location or str(self.db.path or self.db.url), self.language)
        if said:
            self.statusBar().showMessage(said, 60_000)

    def _preload_editors(self) -> None:
        from medicen_desktop.gui import steps

        self.worker.submit(Job(lambda _progress: steps.preload(), "step editors", self))

    def _measure_if_shown(self) -> None:
        """The library's completeness column, on the worker; not while a reopened proposal needs the worker."""
        if self.central.currentWidget() is self.library:
            self.library.measure()

    def _database_failed(self, exc: BaseException) -> None:
        from medicen_desktop.gui.errors import show_exception
        from medicen_desktop.store.errors import DatabaseError

        from medicen_desktop.gui.kept_typing import keep_on_failure

        early, self._early = self._early, None
        kept = keep_on_failure(self._location or "", self.session, self.settings.last_proposal(self._location or ""),
                               early.stop() if early is not None else "") if self._location else ""
        if self.session is not None:
            self.session.autosave.drop_unsaved()  # kept above: closing must not wait for a database that is not
        if isinstance(exc, DatabaseError):
            CannotOpenDatabase.ask(self, "\n\n".join(filter(None, (str(exc), kept))))
        else:  # a bug: shown with its details to copy
            show_exception(exc, self)
            if kept:
                CannotOpenDatabase.ask(self, kept)
        QCoreApplication.exit(2)  # before close(): closing the last window would quit with 0
        self.close()

    def database_location(self) -> str:
        """Where the window's database is (the --db given, else the open database's file or URL; "": none yet)."""
        return self._location or (self.db.url if self.db is not None else "")

    def reopen_last(self, location: str = "") -> bool:
        """Open the proposal the user had open last time in this database (at ``location``, when the window has
        none open yet), if it still exists."""
        self._location = location or self._location
        uuid = self.settings.last_proposal(self.database_location())
        if uuid and self.db is None and not self._listed:  # a server: whether it has the proposal, it says once open
            self._reopen_when_ready = True
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Connecting to the database… the last proposal reopens then."))
            return True
        if not uuid or self.library.model.row_of(uuid) < 0:
            return False
        if self.db is None:
            self._reopen_when_ready = True
            self.library.select(uuid)
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Reopening {acronym}…").format(
                acronym=self.library.model.data(self.library.model.index(self.library.model.row_of(uuid), 0))))
            return True
        self.open_proposal(uuid)
        return True
