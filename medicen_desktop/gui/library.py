"""The start screen: the proposal library (list, create, duplicate, rename, delete, sample).

It is on screen before the database is open: its first lines come from
``store.listing.quick_summaries`` (no SQLAlchemy), and ``attach(db)`` hands it
the opened database. An action asked for before that runs once it is open.
This module therefore imports the services lazily, inside the actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui import style
from medicen_desktop.gui.catalogue import TemplateCatalogue
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.worker import Job, Worker
from medicen_desktop.progress import Progress
from medicen_desktop.store.listing import ProposalSummary

if TYPE_CHECKING:
    from medicen_desktop.store.database import Database

def local_time(moment: dt.datetime | None) -> str:
    """A stored UTC time as the user reads it: local time, day first (French and British short format).

    Formatted in Python: handing a ``datetime`` to ``QLocale`` would create
    Qt's date-time types (and every enum of the ``Qt`` namespace) before the
    first frame.
    """
    if moment is None:
        return ""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


class LibraryModel(QStandardItemModel):
    """The proposals of the database, by UUID, most recently changed first.

    Without a database (start-up), it shows the ``rows`` it was given. Its
    cells are plain ``QStandardItem`` texts, filled once per reload: the view
    reads them without calling Python, which keeps the first frame quick
    (and the ``Qt`` namespace, whose enums take a noticeable part of the
    start-up to create, unused until the database is open).
    """

    COLUMNS = 6
    PERCENT = 4
    MARKS = 5
    """Late parts, parts in review, open comment threads, at a glance (gui/part_marks.py)."""

    def __init__(self, db: Database | None, catalogue: TemplateCatalogue, parent: QWidget | None = None,
                 rows: list[ProposalSummary] | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self._db = db
        self._catalogue = catalogue
        self._rows: list[ProposalSummary] = list(rows or [])
        self._percent: dict[str, int] = {}
        self._marks: dict[str, str] = {}
        self.setHorizontalHeaderLabels([self.tr("Acronym"), self.tr("Title"), self.tr("Call"),
                                        self.tr("Last change"), self.tr("Complete"), self.tr("To do")])
        catalogue.loaded.connect(self._names_loaded)
        if db is None:
            self._fill()
        else:
            self.reload()

    def attach(self, db: Database) -> None:
        self._db = db
        self.reload()

    def reload(self) -> None:
        if self._db is None:
            return
        from medicen_desktop.services import proposals

        self._rows = proposals.list_proposals(self._db)
        self._fill()

    def _fill(self) -> None:
        self.beginResetModel()
        self.blockSignals(True)  # one modelReset for the views, not a signal per cell
        try:
            self.setRowCount(0)
            for row in self._rows:
                texts = (row.acronym, row.title, self._catalogue.name_of(row.template_key), local_time(row.updated_at),
                         "", self._marks.get(row.uuid, ""))
                self.appendRow([self._item(text) for text in texts])
        finally:
            self.blockSignals(False)
        self.endResetModel()
        if self._percent:
            self.set_completeness({})

    @staticmethod
    def _item(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setToolTip(text)
        item.setEditable(False)
        return item

    def _names_loaded(self) -> None:
        for number, row in enumerate(self._rows):
            name = self._catalogue.name_of(row.template_key)
            self.item(number, 2).setText(name)
            self.item(number, 2).setToolTip(name)

    def set_completeness(self, percent: dict[str, int]) -> None:
        """The completeness % of each proposal, measured on the worker."""
        from PySide6.QtCore import Qt

        self._percent.update(percent)
        for number, row in enumerate(self._rows):
            value = self._percent.get(row.uuid)
            item = self.item(number, self.PERCENT)
            item.setText("" if value is None else f"{value} %")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_marks(self, marks: dict[str, str]) -> None:
        """Each proposal's to-do marks ("⚠ 2 late · ✉ 3 open"), read on the worker."""
        self._marks.update(marks)
        for number, row in enumerate(self._rows):
            text = self._marks.get(row.uuid, "")
            self.item(number, self.MARKS).setText(text)
            self.item(number, self.MARKS).setToolTip(text)

    def rows(self) -> list[ProposalSummary]:
        return list(self._rows)

    def uuids(self) -> list[str]:
        return [row.uuid for row in self._rows]

    def uuid_at(self, row: int) -> str:
        return self._rows[row].uuid

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    def summary(self, uuid: str) -> ProposalSummary | None:
        row = self.row_of(uuid)
        return self._rows[row] if row >= 0 else None


class LibraryPage(QWidget):
    """Lists the proposals; emits ``openRequested(uuid)``."""

    openRequested = Signal(str)
    created = Signal(str)
    """A proposal was just created (the wizard): it opens on its first step to fill, Project."""
    status = Signal(str)

    def __init__(self, db: Database | None, catalogue: TemplateCatalogue, worker: Worker | None = None,
                 parent: QWidget | None = None, rows: list[ProposalSummary] | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.catalogue = catalogue
        self._worker = worker
        self._measure_job: Job | None = None
        self._pending: Callable[[], None] | None = None
        self.undo_stack = QUndoStack(self)
        self.model = LibraryModel(db, catalogue, self, rows)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Your proposals"))
        heading.setObjectName("heading")
        style.styled(heading)
        layout.addWidget(heading)
        buttons = QHBoxLayout()
        self.new_button = self._button(buttons, "new", self.tr("&New proposal…"), self.new_proposal)
        self.open_button = self._button(buttons, "open", self.tr("&Open"), self.open_current)
        self.duplicate_button = self._button(buttons, "copy", self.tr("D&uplicate"), self.duplicate)
        self.rename_button = self._button(buttons, "rename", self.tr("&Rename…"), self.rename)
        self.delete_button = self._button(buttons, "remove", self.tr("&Delete"), self.delete)
        buttons.addStretch(1)
        self.sample_button = self._button(buttons, "sample", self.tr("Open the &sample proposal"), self.open_sample)
        layout.addLayout(buttons)
        self._stack = QStackedWidget()  # not QStackedLayout: one more class (and enum) before the first frame
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a proposal; the full title is in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self.openRequested.emit(self.model.uuid_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self._empty_text())
        self.empty.setObjectName("emptyState")
        style.styled(self.empty)
        self.empty.setWordWrap(True)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        layout.addWidget(self._stack, 1)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _empty_text(self) -> str:
        if self._db is None and not self.model.rowCount():
            return self.tr("Opening the database…")
        return self.tr("No proposal yet — create one from a call with “New proposal…”, "
                       "or open the sample proposal to look around.")

    def attach(self, db: Database) -> None:
        """The database is open: list from it and run the action asked for meanwhile
        (the window has the completeness column measured)."""
        self._db = db
        keep = self.current_uuid()
        self.model.attach(db)
        if keep:
            self.select(keep)
        self.empty.setText(self._empty_text())
        pending, self._pending = self._pending, None
        if pending is not None:
            QTimer.singleShot(0, pending)

    def _when_ready(self, action: Callable[[], None]) -> bool:
        """True when the database is open; else remember ``action`` (the latest wins) for when it is."""
        if self._db is not None:
            return True
        self._pending = action
        self.status.emit(self.tr("Opening the database… this follows in a moment."))
        return False

    def has_pending_action(self) -> bool:
        return self._pending is not None

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

    def measure(self) -> None:
        """Compute every proposal's completeness % on the worker; the column fills in when done."""
        if self._worker is None or self._db is None or not self.model.rowCount():
            return
        from medicen_desktop.gui import rules_bridge
        from medicen_desktop.services import proposals

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
        from medicen_desktop.gui.part_marks import PartMarks

        marks = Job(lambda _progress: {uuid: PartMarks().load(db, uuid).summary() for uuid in uuids}, "marks", self)
        marks.succeeded.connect(self.model.set_marks)
        self._worker.submit(marks)

    def _update_buttons(self) -> None:
        has = self.current_uuid() is not None
        for button in (self.open_button, self.duplicate_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        self._stack.setCurrentIndex(0 if self.model.rowCount() else 1)

    # -- actions ---------------------------------------------------------
    def new_proposal(self) -> None:  # not "create": that would hide QWidget.create()
        if not self._when_ready(self.new_proposal):
            return
        from pydantic import ValidationError

        from medicen_desktop.errors import Refused
        from medicen_desktop.gui.new_proposal_wizard import NewProposalWizard
        from medicen_desktop.services import organisations, proposals

        assert self._db is not None
        request = NewProposalWizard.ask(self.catalogue.all_choices(), organisations.list_organisations(self._db), self)
        if request is None:
            return
        try:
            new_uuid = proposals.create(self._db, request.template_key, request.acronym, request.title,
                                        request.language, request.coordinator_for_service())
        except (ValidationError, Refused) as exc:
            self.status.emit(str(exc).splitlines()[0])
            return
        self.reload(new_uuid)
        self.created.emit(new_uuid)

    def open_current(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.openRequested.emit(uuid)

    def open_sample(self) -> None:
        if not self._when_ready(self.open_sample):
            return
        from medicen_desktop.services import proposals

        assert self._db is not None
        new_uuid = proposals.create_demo(self._db)
        self.reload(new_uuid)
        self.openRequested.emit(new_uuid)

    def duplicate(self) -> None:
        if not self._when_ready(self.duplicate):
            return
        from medicen_desktop.services import proposals

        assert self._db is not None
        uuid = self.current_uuid()
        if uuid:
            self.reload(proposals.duplicate(self._db, uuid))

    def rename(self) -> None:
        if not self._when_ready(self.rename):
            return
        from medicen_desktop.services import edit
        from medicen_desktop.services.edit import EditError

        assert self._db is not None
        uuid = self.current_uuid()
        if not uuid:
            return
        current = self.model.data(self.model.index(self.model.row_of(uuid), 0))
        from medicen_desktop.gui.dialogs import TextPrompt

        acronym = TextPrompt.ask(self, self.tr("Rename proposal"), self.tr("New acronym:"), current)
        if acronym:
            try:
                edit.update_fields(self._db, "proposal", uuid, {"acronym": acronym})
            except EditError as exc:
                self.status.emit(str(exc))
            self.reload(uuid)

    def delete(self) -> None:
        if not self._when_ready(self.delete):
            return
        from medicen_desktop.gui.commands import DeleteProposalCommand
        from medicen_desktop.services import proposals

        assert self._db is not None
        uuid = self.current_uuid()
        if not uuid:
            return
        acronym = self.model.data(self.model.index(self.model.row_of(uuid), 0))
        from medicen_desktop.gui.dialogs import Confirm

        if not Confirm.ask(self, self.tr("Delete proposal"),
                           self.tr("Delete {acronym} and everything in it? You can undo this with Ctrl+Z.")
                           .format(acronym=acronym), self.tr("Delete")):
            return
        document = proposals.delete(self._db, uuid)
        self.undo_stack.push(DeleteProposalCommand(self._db, document, self.tr("Delete {acronym}").format(
            acronym=acronym), self.reload))
        self.reload()
        self.status.emit(self.tr("{acronym} deleted — Edit ▸ Undo brings it back.").format(acronym=acronym))
