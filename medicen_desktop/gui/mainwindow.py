"""The main window: menus, title bar, and the switch between library and open proposal.

It wires; it does not decide. Every change goes through the session or the
services; every dialog through an ``ask()``.

Start-up: the window can be built before the database is open (``db=None``
and the library's lines read by ``store.listing.quick_summaries``), so that
it is on screen as fast as an empty window. After its first paint,
``open_database(location)`` opens the database on the worker (SQLAlchemy,
migrations, the rules and the editors' modules are imported there, off the
GUI thread); ``database_ready`` then hands it to the library, adds the
exchange actions and reopens the last proposal. Anything asked for meanwhile
(open a proposal, new, sample…) waits for it and then runs. This module
therefore imports the heavy modules lazily.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from medicen_desktop.gui import i18n
from medicen_desktop.gui import proposal_tools, session_notices
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.catalogue import TemplateCatalogue
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.library import LibraryPage
from medicen_desktop.gui.settings import Settings
from medicen_desktop.gui.step_names import step_label
from medicen_desktop.gui.window_startup import WindowStartup
from medicen_desktop.gui.worker import Worker
from medicen_desktop.rules.steps import STEP, STEPS
from medicen_desktop.store.listing import ProposalSummary

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # not at run time: an event class creates QEvent's enums before the first frame

    from medicen_desktop.gui.exchange_actions import ExchangeActions
    from medicen_desktop.gui.kept_typing import EarlyTyping  # after the first frame: it brings QEvent's enums
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.workspace import Workspace
    from medicen_desktop.store.database import Database

log = logging.getLogger(__name__)

class MainWindow(WindowStartup):
    def __init__(self, db: Database | None, settings: Settings, language: str, parent: QWidget | None = None,
                 *, summaries: list[ProposalSummary] | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings, self.language = db, settings, language
        self.worker = Worker(self)
        self.catalogue = TemplateCatalogue(self, settings.get(keys.CALL_NAMES))
        self.catalogue.loaded.connect(lambda: settings.set(keys.CALL_NAMES, self.catalogue.names()))
        self.session: ProposalSession | None = None
        self.workspace: Workspace | None = None
        self.exchange_actions: ExchangeActions | None = None
        self._pending_open: str | None = None
        self._reopen_when_ready = False
        self._listed = summaries is not None or db is not None
        """The library lists the proposals already (a SQLite file read at start-up); False: a server, listed once
        its database is open."""
        self._location: str | None = None
        self._early: EarlyTyping | None = None
        """Keys typed into the library while the last proposal reopens (gui/kept_typing.py)."""
        self._offered: object = None
        self.undo_group = QUndoGroup(self)
        self.recovered = bool(settings.get(keys.RUNNING))
        """The last session did not close normally (killed, crashed): say what was kept, once the database is open."""
        self.central = QStackedWidget()
        self.setCentralWidget(self.central)
        self.library = self._make_library(summaries)
        self._build_menus()
        self.statusBar()
        screen = self.screen().availableGeometry()  # a 1024x700 laptop: never larger than the screen
        self.resize(min(1366, screen.width()), min(768, screen.height()))
        geometry = settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.show_library()
        if db is not None:
            self.database_ready(db)

    # -- library / proposal ------------------------------------------------
    def _make_library(self, summaries: list[ProposalSummary] | None = None) -> LibraryPage:
        library = LibraryPage(self.db, self.catalogue, self.worker, rows=summaries)
        library.openRequested.connect(self.open_proposal)
        library.created.connect(lambda uuid: self.open_proposal(uuid, first_step="project"))
        library.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.undo_group.addStack(library.undo_stack)
        self.central.addWidget(library)
        return library

    def show_library(self) -> None:
        if not self.close_proposal():
            return
        self.central.setCurrentWidget(self.library)
        self.library.reload()  # visible now: the completeness column is measured
        self.undo_group.setActiveStack(self.library.undo_stack)
        self._update_title()

    def open_proposal(self, uuid: str, first_step: str | None = None, *, session: ProposalSession | None = None) -> None:
        """Open a proposal on ``first_step``, else on the step the user was on last (``session``: database_open.py)."""
        if self.db is None and session is None:  # still opening: this runs once it is open
            self._pending_open = uuid
            self.statusBar().showMessage(self.tr("Opening the database… the proposal follows in a moment."))
            return
        from medicen_desktop.gui.session import ProposalSession

        if not self.close_proposal():
            return
        self.session = session if session is not None else ProposalSession(self.db, uuid, self)
        self.session.saveStateChanged.connect(lambda _saving: self._update_title())
        self.session.saveStateChanged.connect(lambda _saving: self._enable_undo())
        self.session.changed.connect(lambda _notice: self._update_title())
        self.session.keptBoth.connect(self._kept_both)
        self.session.saveFailed.connect(self._save_failed)
        self.session.remoteChanged.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.session.watch()
        self.session.undoRefused.connect(lambda message: self.statusBar().showMessage(
            self.tr("Not undone: {reason}").format(reason=message), 30_000))
        self.undo_group.addStack(self.session.undo_stack)
        self.undo_group.setActiveStack(self.session.undo_stack)
        self._make_workspace(first_step or self.settings.get(keys.LAST_STEP))
        self.settings.remember_last(self.database_location(), uuid)
        self.settings.remember_recent(self.database_location(), uuid, self._holds)
        self._fill_recent()
        self._update_title()

    def _make_workspace(self, step: str) -> None:
        from medicen_desktop.gui.workspace import Workspace

        assert self.session is not None
        self.workspace = Workspace(self.session, self.worker, self.settings, self.language, self.catalogue)
        self.workspace.stepChanged.connect(self._step_changed)
        self.workspace.panelShown.connect(self.panel_action.setChecked)
        state = self.settings.get(keys.SPLITTER)
        if not state.isEmpty():
            self.workspace.splitter.restoreState(state)
        self.central.addWidget(self.workspace)
        self.workspace.go_to(step if step in STEP else STEPS[0])  # first: shown, its list would build step 1
        self.central.setCurrentWidget(self.workspace)

    def _kept_both(self, list_name: str, uuid: str, _field: str, paragraphs: int) -> None:
        """Say it when autosave kept two versions of a paragraph: the user must pick one."""
        assert self.session is not None
        self.statusBar().showMessage(
            session_notices.kept_both(self.session, self.language, list_name, uuid, paragraphs), 60_000)

    def _save_failed(self, message: str) -> None:
        """Typed text could not be written: say so in the title and why, it is retried."""
        self._update_title()
        self.statusBar().showMessage(self.tr("Not saved, retrying in a moment: {reason}").format(reason=message),
                                     30_000)

    def close_proposal(self) -> bool:
        """Close the open proposal; False if the user kept it open (typed text still unsaved)."""
        if self.session is None:
            return True
        if not session_notices.may_lose_typing(self, self.session):
            return False
        if self.workspace is not None:
            self.settings.set(keys.SPLITTER, self.workspace.splitter.saveState())
            self.central.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.undo_group.removeStack(self.session.undo_stack)
        self.session.stop_watching()
        self.session.deleteLater()
        self.session = None
        return True

    def _step_changed(self, step: str) -> None:
        self.settings.set(keys.LAST_STEP, step)

    def _update_title(self) -> None:
        for action in [*self.step_actions, self.check_action, self.import_draft_action,
                       self.versions_action, self.todo_action]:  # act on an open proposal
            action.setEnabled(self.session is not None)
        if self.session is None:
            self.setWindowTitle(self.tr("Medicen Desktop"))
            return
        if self.session.save_error is not None:
            state = self.tr("not saved")
        else:
            state = self.tr("saving…") if self.session.saving else self.tr("saved ✓")
        name = self.session.document.proposal.acronym
        if self.session.partner_copy is not None:  # a partner's copy must not look like the coordinator's window
            name = self.tr("{acronym} — {partner}'s copy").format(acronym=name, partner=self.session.partner_copy)
        self.setWindowTitle(f"{name} · {state} — Medicen Desktop")

    # -- menus ---------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: Callable[..., object],
                shortcut: QKeySequence.StandardKey | str | None = None, icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            self._custom_shortcuts.append((action, str(shortcut)))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        self._custom_shortcuts: list[tuple[QAction, str]] = []
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New proposal…"), self.library.new_proposal, QKeySequence.StandardKey.New, "new")
        self._action(file, self.tr("&Open library"), self.show_library, QKeySequence.StandardKey.Open, "open")
        self._action(file, self.tr("Open the &sample proposal"), self.library.open_sample, icon_name="sample")
        self.recent_menu = file.addMenu(self.tr("&Recent proposals"))
        self._fill_recent()
        self.save_copy_action = self._action(file, self.tr("Save a &copy…"), self.save_copy,
                                             QKeySequence.StandardKey.Save, "copy")
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo, "undo")
        self.redo_action = self._action(edit, self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo, "redo")
        self.undo_group.canUndoChanged.connect(lambda _can: self._enable_undo())
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(lambda t: self.undo_action.setText(self.tr("&Undo {what}").format(what=t)))
        self.undo_group.redoTextChanged.connect(lambda t: self.redo_action.setText(self.tr("&Redo {what}").format(what=t)))
        self._enable_undo()
        self.redo_action.setEnabled(self.undo_group.canRedo())
        edit.addSeparator()
        self._action(edit, self.tr("&Find in sections…"), self.find_in_sections, QKeySequence.StandardKey.Find)
        self._action(edit, self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences)
        proposal = bar.addMenu(self.tr("&Proposal"))
        self.step_actions = []
        for step in STEPS:
            action = self._action(proposal, step_label(step), lambda _=False, s=step: self.go_to(s),
                                  STEP[step].shortcut or None)
            self.step_actions.append(action)
        proposal.addSeparator()
        self.check_action = self._action(proposal, self.tr("Check &now"), self.check_now, "F5")
        self.import_draft_action = self._action(proposal, self.tr("Import &Word draft…"), self.import_word_draft)
        self.versions_action = self._action(proposal, self.tr("&Versions…"), self.show_versions)
        self.todo_action = self._action(proposal, self.tr("&To do and statuses…"), self.show_todo, "Ctrl+Shift+T")
        view = bar.addMenu(self.tr("&View"))
        self.panel_action = self._action(view, self.tr("&Guidance and findings panel"), self.toggle_panel, "F9")
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&User guide"), self.user_guide, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.keyboard_shortcuts)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Medicen Desktop"), self.about)
        self._exchange_menus = (file, self.save_copy_action, proposal)
        if self.db is not None:
            self._install_exchange_actions()
            self.bind_shortcuts()

    def _install_exchange_actions(self) -> None:
        """Give the exchange actions this window's menus (they exist once the database is open).

        Imported here, not at the top: their module and its dialogs are not
        needed for the first frame (see tests/gui/test_startup.py).
        """
        from medicen_desktop.gui.exchange_actions import ExchangeActions, ExchangeMenus

        if self.exchange_actions is None:
            self.exchange_actions = actions = ExchangeActions(self, self)
            self.central.currentChanged.connect(lambda _index: actions.update_state())
        self.exchange_actions.install_menus(ExchangeMenus(*self._exchange_menus))

    def workspace_shown(self) -> bool:
        """True while the open proposal's editors (not the library) are on screen."""
        return self.workspace is not None and self.central.currentWidget() is self.workspace

    def show_opened_proposal(self, uuid: str) -> None:
        """Refresh the library and open ``uuid`` (a partner package just opened)."""
        self.library.reload()
        self.open_proposal(uuid)

    def bind_shortcuts(self) -> None:
        """Give the menus their written-out shortcuts (Ctrl+1…, F5, F9).

        Not before the first frame at start-up: building a QKeySequence from
        text creates every enum of Qt's ``Qt`` namespace, a sixth of the
        time an empty window takes to appear. The standard ones (Ctrl+N…)
        are set at once.
        """
        for action, shortcut in self._custom_shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo:  # Linux's Redo is Ctrl+Shift+Z alone; the shortcuts list promises both
            self.redo_action.setShortcuts([*redo, QKeySequence("Ctrl+Y")])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for uuid in self.settings.recent(self.database_location(), self._holds):
            known = self.library.model.summary(uuid)
            if known is not None:
                self._action(self.recent_menu, f"{known.acronym} — {known.title[:50]}",
                             lambda _=False, u=uuid: self.open_proposal(u))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _holds(self, uuid: str) -> bool:
        """Whether this window's database holds the proposal (the library lists it)."""
        return self.library.model.summary(uuid) is not None

    def _enable_undo(self) -> None:
        """Undo is possible when the stack can undo, or while typed text waits for the autosave (it is
        written, then undone)."""
        self.undo_action.setEnabled(self.undo_group.canUndo() or (self.session is not None and self.session.saving))

    # -- actions -------------------------------------------------------------
    def undo(self) -> None:
        self._undo_or_redo(redo=False)

    def redo(self) -> None:
        self._undo_or_redo(redo=True)

    def _undo_or_redo(self, redo: bool) -> None:
        said = session_notices.undo_or_redo(self.undo_group, self.session, self.workspace, redo)
        if said is not None:
            self.statusBar().showMessage(said, 10_000)

    def go_to(self, step: str) -> None:
        if self.workspace is not None:
            self.workspace.go_to(step)

    def check_now(self) -> None:
        if self.workspace is not None:
            self.workspace.check_now()

    # Proposal ▸ Import Word draft…, Versions…, To do and statuses… (gui/proposal_tools.py)
    def import_word_draft(self) -> None:
        proposal_tools.import_word_draft(self)

    def show_versions(self) -> None:
        proposal_tools.show_versions(self)

    def show_todo(self) -> None:
        proposal_tools.show_todo(self)

    def toggle_panel(self, visible: bool) -> None:
        if self.workspace is not None:
            self.workspace.show_panel(visible)

    def find_in_sections(self) -> None:  # not "find": that would hide QWidget.find()
        if self.workspace is not None:
            from medicen_desktop.gui.steps.sections import SectionsPage

            self.workspace.go_to("sections")
            page = self.workspace.page("sections")
            if isinstance(page, SectionsPage):
                page.start_find()

    def save_copy(self) -> None:
        if self.session is not None and self.db is not None:
            from medicen_desktop.gui.save_copy import save_copy

            save_copy(self, self.db, self.session)

    def preferences(self) -> None:
        from medicen_desktop.gui.preferences import PreferencesDialog

        choice = PreferencesDialog.ask(self.settings.get(keys.LANGUAGE), self)
        if choice is not None:
            self.settings.set(keys.LANGUAGE, choice)
            self.apply_language(i18n.effective_language(choice))

    def apply_language(self, language: str) -> None:
        """Switch the UI language now: the views are rebuilt from the (unchanged) session."""
        self.language = i18n.install(language)
        step = self.workspace.current_step() if self.workspace else self.settings.get(keys.LAST_STEP)
        self.undo_group.removeStack(self.library.undo_stack)
        old_library = self.library
        self.library = self._make_library(old_library.model.rows())
        self.central.removeWidget(old_library)
        old_library.deleteLater()
        self._build_menus()
        if self.session is not None and self.workspace is not None:
            self.central.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self._make_workspace(step)
            self.undo_group.setActiveStack(self.session.undo_stack)
        else:
            self.central.setCurrentWidget(self.library)
            self.undo_group.setActiveStack(self.library.undo_stack)
        self._update_title()

    def user_guide(self) -> None:
        from medicen_desktop.gui.help import UserGuide, show_dialog

        self.help_window = show_dialog(UserGuide(self.language, self))

    def keyboard_shortcuts(self) -> None:
        from medicen_desktop.gui.help import ShortcutsList, show_dialog

        self.help_window = show_dialog(ShortcutsList(self.menuBar(), self))

    def about(self) -> None:
        from medicen_desktop.gui.dialogs import Notify

        Notify.ask(self, self.tr("About Medicen Desktop"),
                   self.tr("Medicen Desktop builds collaborative translational-medicine R&D proposals offline."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            if not session_notices.may_lose_typing(self, self.session):
                event.ignore()
                return
            self.session.stop_watching()
            if self.workspace is not None:
                self.settings.set(keys.SPLITTER, self.workspace.splitter.saveState())
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.RUNNING, 0)
        self.settings.sync()
        self.worker.shutdown()
        super().closeEvent(event)
