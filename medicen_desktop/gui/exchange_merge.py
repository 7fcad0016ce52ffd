"""The merge window: what a partner's contribution will change, and the conflicts to resolve.

``start()`` previews the merge on the worker (``preview_merge`` never
writes). The window then lists the conflicts (each side by side, word
changes marked), the changes that will apply and the refused ones, with
their reasons. Apply is enabled once every conflict is resolved; it runs
``merge_contribution`` with the resolutions on the worker. Signals:
``previewed(report)``, ``merged(report, raw, source, resolutions)`` and
``refused(exception)`` for a file the services refused (the window closes;
nothing was written).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.document.word_marks import looks_like_word
from medicen_desktop.exchange.merge_result import Conflict, FieldChange, RefusedChange, Resolution
from medicen_desktop.exchange.textmerge import Side
from medicen_desktop.gui.exchange_conflict import ConflictView
from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.exchange_report_model import ReportModel, change_columns, refused_columns
from medicen_desktop.gui.exchange_widgets import label, named
from medicen_desktop.gui.window_size import fit_to_screen
from medicen_desktop.gui.worker import Job, Worker
from medicen_desktop.services import merging
from medicen_desktop.services.merging import MergeReport
from medicen_desktop.store.database import Database

ACTOR = "gui"
UNRESOLVED, RESOLVED = "○", "✓"


class Report(Protocol):
    """What the window shows: a contribution's merge report, or a new round's rebase preview."""

    @property
    def partner(self) -> str: ...
    @property
    def changes(self) -> Sequence[FieldChange]: ...
    @property
    def conflicts(self) -> Sequence[Conflict]: ...
    @property
    def refused(self) -> Sequence[RefusedChange]: ...
    @property
    def applied(self) -> bool: ...


def preview(db: Database, proposal_uuid: str, raw: bytes, source: str) -> MergeReport:
    """Verify and merge in memory (never writes): what the window shows before Apply."""
    return merging.preview_merge(db, proposal_uuid, raw, source)


def preview_word(db: Database, proposal_uuid: str, raw: bytes, source: str) -> tuple[MergeReport, Any]:
    """A returned Word package made into its contribution, and that contribution's preview."""
    from medicen_desktop.services import word_packages

    made = word_packages.read_word_contribution(db, proposal_uuid, raw, source)
    return merging.preview_merge(db, proposal_uuid, made.data, source), made


class MergeWindow(QDialog):
    previewed = Signal(object)
    merged = Signal(object, object, str, object)
    refused = Signal(object)

    def __init__(self, db: Database, proposal_uuid: str, raw: bytes, source: str, worker: Worker,
                 parent: QWidget | None = None, names: Names | None = None,
                 sections: Sequence[tuple[str, str]] = (), apply: Callable[[str, str], None] | None = None) -> None:
        super().__init__(parent)
        self.sections, self.apply_orphan = sections, apply
        self.word_tab: QWidget | None = None
        self.names = names or Names()
        self.setObjectName("mergeWindow")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.db, self.proposal_uuid, self.raw, self.source, self.worker = db, proposal_uuid, raw, source, worker
        self.report: Report | None = None
        self.views: list[ConflictView] = []
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Merge a contribution — {file}").format(file=source))
        layout = QVBoxLayout(self)
        self.heading = label(self.tr("Checking {file}…").format(file=source), "heading")
        self.summary = label("", "mergeSummary")
        self.busy = QProgressBar(maximum=0, textVisible=False)
        self.busy.setMaximumHeight(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_tab(), "")
        self.changes_model = ReportModel(change_columns(self.names), self)
        self.refused_model = ReportModel(refused_columns(self.names, ""), self)
        self.changes_table = self._table(self.changes_model, (380, 100, 200, 250))
        self.changes_note = label(self.tr(
            "Every change of the partner that will be written, including paragraphs merged with yours."))
        self.tabs.addTab(self._table_tab(self.changes_table, self.changes_note), "")
        self.refused_note = label()
        self.refused_table = self._table(self.refused_model, (380, 100, 300))
        self.tabs.addTab(self._table_tab(self.refused_table, self.refused_note), "")
        self.tabs.setEnabled(False)
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.outcome = label("", "mergeResult")
        buttons.addWidget(self.outcome, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.apply_button = QPushButton(self.tr("&Apply the merge"))
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.close)
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)
        self._retitle_tabs()
        fit_to_screen(self, 1200, 700)

    # -- layout ------------------------------------------------------------------
    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.conflicts_hint = label()
        self.take_ours_button = QPushButton(self.tr("Keep all &mine"))
        self.take_theirs_button = QPushButton(self.tr("Take all the &partner's"))
        self.take_ours_button.clicked.connect(lambda: self.take_all("ours"))
        self.take_theirs_button.clicked.connect(lambda: self.take_all("theirs"))
        row.addWidget(self.conflicts_hint, 1)
        row.addWidget(self.take_ours_button)
        row.addWidget(self.take_theirs_button)
        layout.addLayout(row)
        self.conflict_split = QSplitter(Qt.Orientation.Horizontal)
        self.conflict_list = named(QListWidget(), "conflictList")
        self.conflict_list.setWordWrap(True)
        self.conflict_stack = QStackedWidget()
        self.no_conflicts = label(self.tr("No conflicts: every change of the partner can be applied as it is."),
                                  "emptyState", align=Qt.AlignmentFlag.AlignCenter)
        self.conflict_stack.addWidget(self.no_conflicts)
        self.conflict_split.addWidget(self.conflict_list)
        self.conflict_split.addWidget(self.conflict_stack)
        self.conflict_split.setStretchFactor(1, 1)
        self.conflict_split.setSizes([240, 920])
        self.conflict_list.currentRowChanged.connect(lambda row: self.conflict_stack.setCurrentIndex(row + 1))
        layout.addWidget(self.conflict_split, 1)
        return page

    @staticmethod
    def _table(model: ReportModel, widths: tuple[int, ...]) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        return table

    @staticmethod
    def _table_tab(table: QTableView, note: QLabel) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(table, 1)
        return page

    def _retitle_tabs(self) -> None:
        r = self.report
        conflicts, changes, refused = (len(r.conflicts), len(r.changes), len(r.refused)) if r else (0, 0, 0)
        self.tabs.setTabText(0, self.tr("&Conflicts ({n})").format(n=conflicts))
        self.tabs.setTabText(1, self.tr("C&hanges to apply ({n})").format(n=changes))
        self.tabs.setTabText(2, self.tr("&Refused ({n})").format(n=refused))
        if self.tabs.count() > 3:
            self.tabs.setTabText(3, self.tr("From &Word"))

    # -- preview -----------------------------------------------------------------
    def start(self) -> None:
        """Preview the merge on the worker."""
        db, uuid, raw, source = self.db, self.proposal_uuid, self.raw, self.source
        if looks_like_word(raw, source):
            self._submit(lambda: preview_word(db, uuid, raw, source), self._show_word)
            return
        self._submit(lambda: preview(db, uuid, raw, source), self.show_report)

    def _show_word(self, result: tuple[MergeReport, Any]) -> None:
        """A Word file's preview: from now on the window merges its contribution, and shows what else it said."""
        from medicen_desktop.gui.exchange_word import WordNotesPane

        report, made = result
        self.raw = made.data
        if self.word_tab is None:
            self.word_tab = WordNotesPane(made.report, self.sections, self.apply_orphan)
            self.tabs.addTab(self.word_tab, "")
        self.show_report(report)

    def _submit(self, function: Any, done: Any) -> None:
        self.busy.show()
        self.apply_button.setEnabled(False)
        job = Job(lambda _progress: function(), "merge", self.worker)
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.done.connect(job.deleteLater)
        self.job = job
        self.worker.submit(job)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.close()
        self.refused.emit(exc)

    def show_report(self, report: Report) -> None:
        """Fill the window from a preview (conflict choices already made are kept)."""
        kept = {v.conflict.id: v.resolution() for v in self.views}
        self.report = report
        self.busy.hide()
        self.tabs.setEnabled(True)
        self.heading.setText(self._heading(report))
        old, self.refused_model = self.refused_model, ReportModel(refused_columns(self.names, report.partner), self)
        self.refused_table.setModel(self.refused_model)
        old.deleteLater()
        self.changes_model.set_rows(report.changes)
        self.refused_model.set_rows(report.refused)
        self.refused_note.setText(self.tr("Changes outside {partner}'s assignment are not applied. Ask the partner "
                                          "or make them yourself.").format(partner=report.partner)
                                  if report.refused else self.tr("Nothing refused: every change is inside "
                                                                 "{partner}'s assignment.").format(partner=report.partner))
        self._fill_conflicts(report, kept)
        self._retitle_tabs()
        self.tabs.setCurrentIndex(0 if report.conflicts else 1)
        self._update()
        self.previewed.emit(report)

    def _fill_conflicts(self, report: Report, kept: dict[str, Resolution | None]) -> None:
        for view in self.views:
            self.conflict_stack.removeWidget(view)
            view.deleteLater()
        self.views = []
        self.conflict_list.clear()
        for conflict in report.conflicts:
            view = self._conflict_view(conflict, report)
            choice = kept.get(conflict.id)
            if isinstance(choice, str):
                view.choose(choice)
            elif choice is not None:
                view.edit(str(choice.value))
            view.resolutionChanged.connect(self._update)
            self.views.append(view)
            self.conflict_stack.addWidget(view)
            item = QListWidgetItem()
            item.setToolTip(view.title())
            self.conflict_list.addItem(item)
        self.conflict_list.setVisible(bool(self.views))
        for button in (self.take_ours_button, self.take_theirs_button):
            button.setEnabled(bool(self.views))
        if self.views:
            self.conflict_list.setCurrentRow(0)

    def _heading(self, report: Report) -> str:
        heading = self.tr("Contribution of {partner}").format(partner=report.partner)
        new_key = getattr(report, "new_key", None)
        if new_key is not None:
            heading += " · " + self.tr("its first: {partner}'s signing key {key} is required from then on").format(
                partner=report.partner, key=new_key)
        return heading

    def _conflict_view(self, conflict: Conflict, report: Report) -> ConflictView:
        return ConflictView(conflict, report.partner, self.names)

    # -- choices ------------------------------------------------------------------
    def take_all(self, side: Side) -> None:
        for view in self.views:
            view.choose(side)

    def resolutions(self) -> dict[str, Resolution]:
        return {v.conflict.id: r for v in self.views if (r := v.resolution()) is not None}

    def _update(self) -> None:
        if self.report is None:
            return
        resolved = self.resolutions()
        for row, view in enumerate(self.views):
            done = view.conflict.id in resolved
            self.conflict_list.item(row).setText(f"{RESOLVED if done else UNRESOLVED}  {view.title()}")
        left = len(self.views) - len(resolved)
        r = self.report
        parts = [self.source, self.tr("changes to apply: {n}").format(n=len(r.changes)),
                 self.tr("refused: {n}").format(n=len(r.refused)),
                 self.tr("conflicts resolved: {n} / {total}").format(n=len(resolved), total=len(self.views))]
        if not self.tabs.isTabVisible(2):  # nothing can be refused here (a new round's package)
            del parts[2]
        self.summary.setText(" · ".join(parts))
        self.conflicts_hint.setText(self.tr("Choose a version for each conflict ({n} left).").format(n=left)
                                    if left else self.tr("Every conflict is resolved."))
        self.apply_button.setEnabled(left == 0 and not r.applied)

    # -- apply ---------------------------------------------------------------------
    def apply(self) -> None:
        """Merge with the chosen resolutions, on the worker."""
        if self.report is None or len(self.resolutions()) < len(self.views):
            return
        db, uuid, raw, source, resolutions = self.db, self.proposal_uuid, self.raw, self.source, self.resolutions()
        self.tabs.setEnabled(False)
        self._submit(lambda: merging.merge_contribution(db, uuid, raw, source, resolutions=resolutions, actor=ACTOR),
                     lambda report: self._applied(report, resolutions))

    def _applied(self, report: MergeReport, resolutions: dict[str, Resolution]) -> None:
        if not report.applied:  # the proposal changed meanwhile and a new conflict appeared
            self.show_report(report)
            return
        self.report = report
        self.busy.hide()
        self.tabs.setEnabled(True)
        self.apply_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.outcome.setText(self.tr("Merged. Changes written: {n} · refused: {refused}. Edit ▸ Undo (or Proposal ▸ "
                                    "Undo last merge) reverts the whole merge.").format(
            n=len(report.changes), refused=len(report.refused)))
        self.merged.emit(report, self.raw, self.source, resolutions)
