"""The menu actions of partner packages and merge, wired into the main window.

The main window owns its menus and hands these actions a narrow interface,
``ExchangeHost``, and the menus to fill (``ExchangeMenus``), each time it
builds them (also after a language switch). They add File ▸ Open package…
and, to the Proposal menu, Assign parts to partners…, Export
package for a partner…, Merge a contribution…, Undo last merge, Packages and
merges… and Export my contribution… (partner copy only). Each action calls the services, slow
ones on the window's worker; a refused file shows the service's one-line
message and changes nothing.

The dialogs and the exchange services are imported by the actions that use
them, so building the menus (at every start) does not load them. A partner
copy's editors follow ``ProposalSession.scope``; here only the status-bar
note says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from medicen_desktop.errors import Refused
from medicen_desktop.gui.dialogs import database_refusal
from medicen_desktop.gui.errors import show_exception
from medicen_desktop.gui.exchange_placement import add_to_section, section_titles
from medicen_desktop.gui.exchange_widgets import label
from medicen_desktop.gui.settings import documents_folder
from medicen_desktop.gui.worker import Job
from medicen_desktop.services.files import OverwritesDatabase, refuse_database

if TYPE_CHECKING:
    from medicen_desktop.gui.exchange_log_view import PackagesDialog
    from medicen_desktop.gui.exchange_merge import MergeWindow
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.worker import Worker
    from medicen_desktop.services import merging, packages
    from medicen_desktop.store.database import Database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
ACTOR = "gui"
REFUSALS = (Refused, OSError)
"""Errors that are the file's or the user's, not bugs: shown as one line."""


class ExchangeHost(Protocol):
    """What the exchange actions use of the main window, and nothing more."""

    db: Database | None
    session: ProposalSession | None
    language: str
    worker: Worker

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def workspace_shown(self) -> bool:
        """True while the open proposal's editors (not the library) are on screen."""
        ...

    def show_opened_proposal(self, uuid: str) -> None:
        """Refresh the library and open the proposal ``uuid`` (a package just opened)."""
        ...


@dataclass(frozen=True)
class ExchangeMenus:
    """Where the actions go: File (before ``file_anchor``) and Proposal."""

    file: QMenu
    file_anchor: QAction
    proposal: QMenu


def _writer(path: Path) -> Callable[[bytes], None]:
    """What the services call with the file's bytes: write them to ``path``."""
    def write(data: bytes) -> None:
        path.write_bytes(data)
    return write


def _refuse_database(db: Database, path: Path) -> None:
    """``services.files.refuse_database``, its message in the user's language."""
    try:
        refuse_database(db, path)
    except OverwritesDatabase as exc:
        raise Refused(database_refusal(exc)) from None


class ExchangeActions(QObject):
    """Owns the exchange actions of one main window. Emits ``finished(message)`` after each
    completed operation and ``refused(message)`` when a service refused it."""

    finished = Signal(str)
    refused = Signal(str)

    def __init__(self, host: ExchangeHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeActions")
        self.host = host
        self.window = parent
        """The parent of the dialogs these actions open."""
        self.actions: dict[str, QAction] = {}
        self.merge_window: MergeWindow | None = None
        self.changes_window: QWidget | None = None
        """What changed since the partner's previous package, shown when a later round is opened."""
        self.packages_dialog: PackagesDialog | None = None
        self.orphans: QWidget | None = None
        """The text a refused Word file held where a part's control was removed, to place by hand."""
        self.banner = label("", "partnerBanner", wrap=False)
        host.statusBar().addPermanentWidget(self.banner)

    # -- menus ---------------------------------------------------------------
    def install_menus(self, menus: ExchangeMenus) -> None:
        """Add the actions to ``menus`` (freshly built by the window), replacing any earlier ones."""
        for action in self.actions.values():
            action.deleteLater()
        self.actions = {
            "open": self._action(translate("Exchange", "Open &package…"), self.open_package, "open"),
            "assign": self._action(translate("Exchange", "Assi&gn parts to partners…"), self.assign),
            "package": self._action(translate("Exchange", "Export pac&kage for a partner…"), self.export_package),
            "merge": self._action(translate("Exchange", "&Merge a contribution…"), self.merge),
            "undo_merge": self._action(translate("Exchange", "Undo &last merge"), self.undo_last_merge),
            "packages": self._action(translate("Exchange", "Packages an&d merges…"), self.show_packages),
            "sharing": self._action(translate("Exchange", "Con&fidentiality…"), self.sharing),
            "contribution": self._action(translate("Exchange", "Export m&y contribution…"), self.export_contribution),
        }
        menus.file.insertAction(menus.file_anchor, self.actions["open"])
        menus.proposal.addSeparator()
        for name in ("assign", "package", "merge", "undo_merge", "packages", "sharing"):
            menus.proposal.addAction(self.actions[name])
        menus.proposal.addSeparator()
        menus.proposal.addAction(self.actions["contribution"])
        self.update_state()

    def _action(self, text: str, slot: Callable[[], None], icon_name: str = "") -> QAction:
        from medicen_desktop.gui.icons import icon

        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update_state(self) -> None:
        """Enable what fits the open proposal: coordinator actions, or the partner's contribution."""
        session = self.host.session
        opened = session is not None and self.host.workspace_shown()
        partner = session.partner if opened and session is not None else None  # read once, when opened
        for name in ("assign", "package", "merge", "packages"):  # a partner's, on the team server too: the coordinator's
            self.actions[name].setEnabled(opened and partner is None)
        self.update_undo_merge()
        partner = session.partner_copy if opened and session is not None else None
        self.actions["contribution"].setEnabled(partner is not None)
        self.actions["sharing"].setEnabled(opened)
        if partner is not None:
            self.banner.setText(translate("Exchange", "Partner copy for {partner}: only its assigned parts can be "
                                          "edited").format(partner=partner))
            self.banner.setToolTip(translate("Exchange", "Export your contribution (Proposal menu) and send it "
                                             "to the coordinator."))
        self.banner.setVisible(partner is not None)

    def update_undo_merge(self) -> None:
        """"Undo last merge" only once the open (coordinator's) proposal has a merge to undo."""
        from medicen_desktop.services.merge_state import has_merges  # not merging: it loads the whole exchange

        session = self.host.session
        opened = session is not None and self.host.workspace_shown()
        merged = opened and session is not None and session.partner is None and has_merges(
            self._db(), session.proposal_uuid)
        self.actions["undo_merge"].setEnabled(merged)

    # -- background work -------------------------------------------------------
    def run(self, label: str, function: Callable[[], Any], done: Callable[[Any], None], title: str,
            failed: Callable[[BaseException], None] | None = None) -> Job:
        """Run a service call on the worker; ``done(result)`` on the GUI thread, refusals shown (or ``failed``)."""
        job = Job(lambda _progress: function(), label, self)
        job.succeeded.connect(done)
        job.failed.connect(failed or (lambda exc: self.show_refusal(title, exc)))
        job.done.connect(job.deleteLater)
        self.host.worker.submit(job)
        return job

    def show_refusal(self, title: str, exc: BaseException) -> None:
        from medicen_desktop.gui.exchange_dialogs import ExchangeRefused

        if not isinstance(exc, REFUSALS):
            show_exception(exc, self.window)
            return
        message = str(exc)
        log.info("%s refused: %s", title, message)
        self.refused.emit(message)
        ExchangeRefused.ask(self.window, title, message)

    def report(self, message: str) -> None:
        self.host.statusBar().showMessage(message, 10_000)
        self.update_undo_merge()
        self.finished.emit(message)

    def _folder(self) -> Path:
        return Path(documents_folder())

    def _db(self) -> Database:
        """The window's database: these actions exist only once it is open (see ``MainWindow.database_ready``)."""
        db = self.host.db
        assert db is not None, "exchange actions installed before the database opened"
        return db

    # -- partner: open a package, export the contribution ----------------------
    def open_package(self) -> None:
        from medicen_desktop.gui.exchange_dialogs import OpenPackageFile
        from medicen_desktop.services import packages

        path = OpenPackageFile.ask(self.window, self._folder())
        if path is None:
            return
        db = self._db()
        if self.host.session is not None:
            self.host.session.flush()  # a new round rebases what was typed too
        title = translate("Exchange", "Cannot open this package")
        self.run("open-package", lambda: packages.open_package(db, path.read_bytes(), path.name, ACTOR),
                 self._package_opened, title, lambda exc: self._package_refused(exc, path, title))

    def _package_refused(self, exc: BaseException, path: Path, title: str) -> None:
        """A new round whose changes meet the partner's unsent edits: the conflicts, in the merge window."""
        from medicen_desktop.gui.exchange_names import Names
        from medicen_desktop.gui.rebase_window import RebaseWindow
        from medicen_desktop.services import rounds

        if not isinstance(exc, rounds.RebaseConflicts):
            self.show_refusal(title, exc)
            return
        try:
            raw = path.read_bytes()
        except OSError as error:
            self.show_refusal(title, error)
            return
        if self.merge_window is not None:
            self.merge_window.close()
        session = self.host.session
        names = Names(session.document, self.host.language) if session is not None else Names()
        window = RebaseWindow(self._db(), raw, path.name, self.host.worker, self.window, names)
        window.refused.connect(lambda error: self.show_refusal(title, error))
        window.merged.connect(lambda opened, *_: self._package_opened(opened))
        self.merge_window = window
        window.show()
        window.start()

    def _package_opened(self, opened: packages.OpenedPackage) -> None:
        self.host.show_opened_proposal(opened.proposal_uuid)
        if opened.rebased_from is not None:
            self.report(translate("Exchange", "Your copy for {partner} was updated to round {round}; your edits were "
                                  "kept").format(partner=opened.partner, round=opened.round))
        else:
            self.report(translate("Exchange", "Package opened: your copy for {partner}").format(partner=opened.partner))
        session = self.host.session
        if opened.changes is not None and opened.changes.diff and session is not None:  # a later round: what changed
            from medicen_desktop.gui.round_changes_view import PackageChangesDialog

            self.changes_window = PackageChangesDialog(opened.changes, session.document, self.host.language,
                                                       self.window)
            self.changes_window.show()

    def export_contribution(self) -> None:
        from medicen_desktop.gui.exchange_dialogs import (
            CONTRIBUTION_SUFFIX,
            SaveContributionFile,
        )
        from medicen_desktop.services import packages

        session = self.host.session
        if session is None:
            return
        session.flush()
        acronym = session.document.proposal.acronym
        db, uuid = self._db(), session.proposal_uuid
        copy = packages.partner_copy(db, uuid)
        name = f"{acronym}-{copy.partner if copy else 'partner'}{CONTRIBUTION_SUFFIX}"
        path = SaveContributionFile.ask(self.window, self._folder() / name)
        if path is None:
            return

        def write() -> Path:
            _refuse_database(db, path)
            packages.create_contribution(db, uuid, ACTOR, write=_writer(path))
            return path

        self.run("contribution", write, lambda p: self.report(
            translate("Exchange", "Contribution saved to {path}").format(path=p)),
            translate("Exchange", "Cannot export the contribution"))

    def sharing(self) -> None:
        """What partners see of each other (coordinator), or a private budget (partner): gui/exchange_sharing.py."""
        from medicen_desktop.gui.exchange_sharing import edit_sharing

        session = self.host.session
        if session is None:
            return
        try:
            saved = edit_sharing(self.window, self._db(), session.proposal_uuid, ACTOR)
        except REFUSALS as exc:
            self.show_refusal(translate("Exchange", "Cannot change the confidentiality"), exc)
            return
        if saved:
            self.report(translate("Exchange", "Confidentiality saved"))

    # -- coordinator: assign, package, merge ------------------------------------
    def assign(self) -> None:
        from medicen_desktop.gui.exchange_assign import AssignCommand, AssignmentDialog
        from medicen_desktop.services import assignment

        session = self.host.session
        if session is None:
            return
        db, uuid = self._db(), session.proposal_uuid
        before = assignment.list_assignments(db, uuid)
        after = AssignmentDialog.ask(self.window, session.document, before, self.host.language)
        if after is None:
            return
        try:
            command = AssignCommand.apply_new(db, uuid, before, after, translate("Exchange", "Assign parts to partners"))
        except REFUSALS as exc:
            self.show_refusal(translate("Exchange", "Cannot save the assignment"), exc)
            return
        if command is not None:
            session.undo_stack.push(command)
        self.report(translate("Exchange", "Assignments saved"))

    def export_package(self) -> None:
        from medicen_desktop.gui.exchange_dialogs import (
            PACKAGE_SUFFIX,
            ChoosePartner,
            SavePackageFile,
        )
        from medicen_desktop.services import assignment, packages

        session = self.host.session
        if session is None:
            return
        session.flush()
        db, uuid = self._db(), session.proposal_uuid
        partners = [(a.participation_uuid, a.partner) for a in assignment.list_assignments(db, uuid)]
        partner = ChoosePartner.ask(self.window, partners)
        if partner is None:
            return
        name = dict(partners)[partner]
        path = SavePackageFile.ask(self.window, self._folder() /
                                   f"{session.document.proposal.acronym}-{name}{PACKAGE_SUFFIX}")
        if path is None:
            return

        def write() -> Path:
            _refuse_database(db, path)
            if path.suffix.lower() == ".docx":  # a Word package, for a partner without the app
                from medicen_desktop.services import word_packages

                word_packages.create_word_package(db, uuid, partner, ACTOR, output=path)
            else:
                packages.create_package(db, uuid, partner, ACTOR, output=path)
            return path

        self.run("package", write, lambda p: self.report(
            translate("Exchange", "Package for {partner} saved to {path}").format(partner=name, path=p)),
            translate("Exchange", "Cannot export the package"))

    def merge(self) -> None:
        from medicen_desktop.gui.exchange_dialogs import OpenContributionFile
        from medicen_desktop.gui.exchange_merge import MergeWindow
        from medicen_desktop.gui.exchange_names import Names

        session = self.host.session
        if session is None:
            return
        path = OpenContributionFile.ask(self.window, self._folder())
        if path is None:
            return
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.show_refusal(translate("Exchange", "Cannot merge this contribution"), exc)
            return
        session.flush()
        if self.merge_window is not None:
            self.merge_window.close()
        names = Names(session.document, self.host.language)
        sections = section_titles(session, self.host.language)
        self.merge_window = MergeWindow(self._db(), session.proposal_uuid, raw, path.name, self.host.worker,
                                        self.window, names, sections, self.add_to_section)
        self.merge_window.refused.connect(lambda exc: self._merge_refused(exc, sections))
        self.merge_window.merged.connect(self._merged)
        self.merge_window.show()
        self.merge_window.start()

    def add_to_section(self, key: str, markdown: str) -> None:
        """Text a Word file held outside its parts, added by the coordinator to the end of a section (undoable)."""
        session = self.host.session
        if session is None:
            return
        try:
            added = add_to_section(session, key, markdown, self)
        except REFUSALS as exc:
            self.show_refusal(translate("Exchange", "Cannot add the text"), exc)
            return
        if added:
            self.report(translate("Exchange", "Text added to the end of {section}").format(section=key))

    def _merge_refused(self, exc: BaseException, sections: list[tuple[str, str]]) -> None:
        from medicen_desktop.services.word_packages import PartsMissing

        if isinstance(exc, PartsMissing):
            from medicen_desktop.gui.exchange_word import OrphanDialog

            self.orphans = OrphanDialog(str(exc), exc.orphans, sections, self.add_to_section, self.window)
            self.orphans.show()
            self.refused.emit(str(exc))
            return
        self.show_refusal(translate("Exchange", "Cannot merge this contribution"), exc)

    def _merged(self, report: merging.MergeReport, raw: bytes, source: str, resolutions: dict[str, Any]) -> None:
        from medicen_desktop.gui.exchange_commands import MergeCommand

        session = self.host.session
        if session is None or report.merge_uuid is None:
            return
        text = translate("Exchange", "Merge {partner}'s contribution").format(partner=report.partner)
        session.undo_stack.push(MergeCommand(self._db(), session.proposal_uuid, report.merge_uuid, raw, source,
                                             resolutions, text, session.reload, session.refuse_undo))
        session.reload()
        self.report(translate("Exchange", "{partner}'s contribution merged (changes applied: {n})").format(
            partner=report.partner, n=len(report.changes)))

    def undo_last_merge(self) -> None:
        from medicen_desktop.gui.exchange_undo import undo_merge
        from medicen_desktop.services import merging

        session = self.host.session
        if session is None:
            return
        session.flush()
        merges = merging.list_merges(self._db(), session.proposal_uuid)
        if not merges:
            self.show_refusal(translate("Exchange", "Cannot undo the merge"),
                              LookupError(translate("Exchange", "No merge to undo in this proposal.")))
            return
        undo_merge(self, merges[0])

    def show_packages(self) -> None:
        """Proposal ▸ Packages and merges…: what was sent and merged, per partner; undo any independent merge."""
        from medicen_desktop.gui.exchange_undo import show_packages

        if self.packages_dialog is not None:
            self.packages_dialog.close()
        self.packages_dialog = show_packages(self)
