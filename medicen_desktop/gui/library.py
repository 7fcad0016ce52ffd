"""The start screen: the proposal library (list, create, duplicate, rename, delete, sample)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui import rules_bridge
from medicen_desktop.gui.catalogue import TemplateCatalogue
from medicen_desktop.gui.commands import DeleteProposalCommand
from medicen_desktop.gui.dialogs import Confirm, TextPrompt
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.new_proposal_wizard import NewProposalWizard
from medicen_desktop.gui.worker import Job, Worker
from medicen_desktop.progress import Progress
from medicen_desktop.services import edit, organisations, proposals
from medicen_desktop.services.edit import EditError
from medicen_desktop.services.proposals import ProposalSummary
from medicen_desktop.store.database import Database

_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    """The proposals of the database, by UUID, most recently changed first."""

    def __init__(self, db: Database, catalogue: TemplateCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._catalogue = catalogue
        self._rows: list[ProposalSummary] = []
        self._percent: dict[str, int] = {}
        catalogue.loaded.connect(self._names_loaded)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = proposals.list_proposals(self._db)
        self.endResetModel()

    def _names_loaded(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def set_completeness(self, percent: dict[str, int]) -> None:
        """The completeness % of each proposal, measured on the worker."""
        self._percent.update(percent)
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4))

    def uuids(self) -> list[str]:
        return [row.uuid for row in self._rows]

    def uuid_at(self, row: int) -> str:
        return self._rows[row].uuid

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Acronym"), self.tr("Title"), self.tr("Call"), self.tr("Last change"),
                    self.tr("Complete"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return row.acronym
            if index.column() == 1:
                return row.title
            if index.column() == 2:
                return self._catalogue.name_of(row.template_key)
            if index.column() == 4:
                percent = self._percent.get(row.uuid)
                return "" if percent is None else f"{percent} %"
            if row.updated_at is None:
                return ""
            return QLocale().toString(row.updated_at, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.uuid
        return None


class LibraryPage(QWidget):
    """Lists the proposals; emits ``openRequested(uuid)``."""

    openRequested = Signal(str)
    status = Signal(str)

    def __init__(self, db: Database, catalogue: TemplateCatalogue, worker: Worker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.catalogue = catalogue
        self._worker = worker
        self._measure_job: Job | None = None
        self.undo_stack = QUndoStack(self)
        self.model = LibraryModel(db, catalogue, self)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Your proposals"), objectName="heading")
        layout.addWidget(heading)
        buttons = QHBoxLayout()
        self.new_button = self._button(buttons, "new", self.tr("&New proposal…"), self.create)
        self.open_button = self._button(buttons, "open", self.tr("&Open"), self.open_current)
        self.duplicate_button = self._button(buttons, "copy", self.tr("D&uplicate"), self.duplicate)
        self.rename_button = self._button(buttons, "rename", self.tr("&Rename…"), self.rename)
        self.delete_button = self._button(buttons, "remove", self.tr("&Delete"), self.delete)
        buttons.addStretch(1)
        self.sample_button = self._button(buttons, "sample", self.tr("Open the &sample proposal"), self.open_sample)
        layout.addLayout(buttons)
        self._stack = QStackedLayout()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self.openRequested.emit(self.model.uuid_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(
            self.tr("No proposal yet — create one from a call with “New proposal…”, "
                    "or open the sample proposal to look around."),
            objectName="emptyState",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        layout.addLayout(self._stack, 1)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, layout: QHBoxLayout, icon_name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def current_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.uuid_at(rows[0].row()) if rows else None

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.table.selectRow(row)

    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_uuid()
        self.model.reload()
        if keep:
            self.select(keep)
        if self.isVisible():
            self.measure()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.measure()  # only when seen: at start-up the last proposal reopens without waiting for this

    def measure(self) -> None:
        """Compute every proposal's completeness % on the worker; the column fills in when done."""
        if self._worker is None or not self.model.rowCount():
            return
        if self._measure_job is not None:
            self._measure_job.cancel()
        db, uuids = self._db, self.model.uuids()

        def run(progress: Progress) -> dict[str, int]:
            result = {}
            for done, uuid in enumerate(uuids):
                progress.step(done, len(uuids))  # raises Cancelled when a newer measure replaced this one
                result[uuid] = rules_bridge.proposal_completeness(proposals.get_document(db, uuid))
            return result

        job = Job(run, "completeness", self)
        job.succeeded.connect(self.model.set_completeness)
        self._measure_job = job
        self._worker.submit(job)

    def _update_buttons(self) -> None:
        has = self.current_uuid() is not None
        for button in (self.open_button, self.duplicate_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        self._stack.setCurrentIndex(0 if self.model.rowCount() else 1)

    # -- actions ---------------------------------------------------------
    def create(self) -> None:
        request = NewProposalWizard.ask(self.catalogue.all_choices(), organisations.list_organisations(self._db), self)
        if request is None:
            return
        try:
            new_uuid = proposals.create(self._db, request.template_key, request.acronym, request.title,
                                        request.language, request.coordinator_for_service())
        except (ValueError, LookupError) as exc:  # pydantic's ValidationError is a ValueError
            self.status.emit(str(exc).splitlines()[0])
            return
        self.reload(new_uuid)
        self.openRequested.emit(new_uuid)

    def open_current(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.openRequested.emit(uuid)

    def open_sample(self) -> None:
        new_uuid = proposals.create_demo(self._db)
        self.reload(new_uuid)
        self.openRequested.emit(new_uuid)

    def duplicate(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.reload(proposals.duplicate(self._db, uuid))

    def rename(self) -> None:
        uuid = self.current_uuid()
        if not uuid:
            return
        current = self.model.data(self.model.index(self.model.row_of(uuid), 0))
        acronym = TextPrompt.ask(self, self.tr("Rename proposal"), self.tr("New acronym:"), current)
        if acronym:
            try:
                edit.update_fields(self._db, "proposal", uuid, {"acronym": acronym})
            except EditError as exc:
                self.status.emit(str(exc))
            self.reload(uuid)

    def delete(self) -> None:
        uuid = self.current_uuid()
        if not uuid:
            return
        acronym = self.model.data(self.model.index(self.model.row_of(uuid), 0))
        if not Confirm.ask(self, self.tr("Delete proposal"),
                           self.tr("Delete {acronym} and everything in it? You can undo this with Ctrl+Z.")
                           .format(acronym=acronym), self.tr("Delete")):
            return
        document = proposals.delete(self._db, uuid)
        self.undo_stack.push(DeleteProposalCommand(self._db, document, self.tr("Delete {acronym}").format(
            acronym=acronym), self.reload))
        self.reload()
        self.status.emit(self.tr("{acronym} deleted — Edit ▸ Undo brings it back.").format(acronym=acronym))
