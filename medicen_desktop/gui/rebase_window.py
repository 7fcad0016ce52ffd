"""A new round's package whose changes meet the partner's own unsent edits: the merge window, for the partner.

Opening a newer package for a partner copy rebases the partner's edits
onto it (services/rounds.py). When both changed the same paragraph or
value, this window shows the conflicts exactly as the coordinator's merge
window does (it is that window, with the sides named "your version" and
"the coordinator's package, round N"): keep mine, take the package's, or
edit the result. Apply opens the package with those resolutions in one
transaction (``packages.open_package``). Emits ``merged(opened, raw,
source, resolutions)``, with ``services.packages.OpenedPackage``.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from medicen_desktop.exchange.merge_result import Conflict, Resolution
from medicen_desktop.gui.exchange_conflict import ConflictView, OtherSide
from medicen_desktop.gui.exchange_merge import MergeWindow, Report
from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.exchange_report_model import ReportModel, change_columns
from medicen_desktop.gui.worker import Worker
from medicen_desktop.services import packages, rounds
from medicen_desktop.store.database import Database

ACTOR = "gui"


def apply_round(db: Database, raw: bytes, source: str, resolutions: dict[str, Resolution]) \
        -> tuple[rounds.RebasePreview, packages.OpenedPackage | None]:
    """Open the package with ``resolutions``; when new conflicts appeared meanwhile, a fresh preview instead."""
    try:
        opened = packages.open_package(db, raw, source, ACTOR, resolutions=resolutions)
    except rounds.RebaseConflicts:
        return packages.preview_round(db, raw, source), None
    return rounds.RebasePreview(opened.partner, opened.round, (), (), applied=True), opened


class RebaseWindow(MergeWindow):
    """The merge window on a new round's package (``raw``) for the partner copy in ``db``."""

    def __init__(self, db: Database, raw: bytes, source: str, worker: Worker, parent: QWidget | None = None,
                 names: Names | None = None) -> None:
        super().__init__(db, "", raw, source, worker, parent, names)
        self.setObjectName("rebaseWindow")
        self.setWindowTitle(self.tr("Update your copy — {file}").format(file=source))
        self.changes_note.setText(self.tr("Every change of the coordinator's package that will be written into "
                                          "your copy. Your own edits elsewhere stay as they are."))
        self.no_conflicts.setText(self.tr("No conflicts: the package's changes and yours fit together."))
        self.take_theirs_button.setText(self.tr("Take all the &package's"))
        self.apply_button.setText(self.tr("&Update my copy"))
        self.tabs.setTabVisible(2, False)  # a package brings no refused change
        old, self.changes_model = self.changes_model, ReportModel(change_columns(self.names, package=True), self)
        self.changes_table.setModel(self.changes_model)
        old.deleteLater()
        self.opened: packages.OpenedPackage | None = None

    def _round(self) -> int:
        return self.report.round if isinstance(self.report, rounds.RebasePreview) else 1

    def _heading(self, report: Report) -> str:
        return self.tr("Round {round} of the package for {partner}: your unsent edits meet the coordinator's "
                       "changes").format(round=self._round(), partner=report.partner)

    def _conflict_view(self, conflict: Conflict, report: Report) -> ConflictView:
        n = self._round()
        other = OtherSide(
            version=self.tr("The coordinator's package (round {round})").format(round=n),
            take=self.tr("&Take the package's"),
            added=self.tr("added by the coordinator"),
            since=self.tr("Since your copy's previous package: {yours} {theirs} {removed}"),
            both_text=self.tr("You and the coordinator changed the same paragraphs. Only those are shown; every "
                              "other paragraph change of both sides is kept already."),
            both_value=self.tr("You and the coordinator changed this value differently."))
        return ConflictView(conflict, report.partner, self.names, other=other)

    def start(self) -> None:
        db, raw, source = self.db, self.raw, self.source
        self._submit(lambda: packages.preview_round(db, raw, source), self.show_report)

    def apply(self) -> None:
        if self.report is None or len(self.resolutions()) < len(self.views):
            return
        db, raw, source, resolutions = self.db, self.raw, self.source, self.resolutions()
        self.tabs.setEnabled(False)
        self._submit(lambda: apply_round(db, raw, source, resolutions),
                     lambda result: self._rebased(result, resolutions))

    def _rebased(self, result: tuple[rounds.RebasePreview, packages.OpenedPackage | None],
                 resolutions: dict[str, Resolution]) -> None:
        preview, opened = result
        if opened is None:  # the copy changed meanwhile and a new conflict appeared
            self.show_report(preview)
            return
        self.opened = opened
        self.report = dataclasses.replace(self.report, applied=True) \
            if isinstance(self.report, rounds.RebasePreview) else preview
        self.busy.hide()
        self.tabs.setEnabled(True)
        self.apply_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.outcome.setText(self.tr("Your copy was updated to round {round}; your edits were kept, with your "
                                     "choices for the {n} conflict(s).").format(round=opened.round, n=len(resolutions)))
        self.merged.emit(opened, self.raw, self.source, resolutions)
