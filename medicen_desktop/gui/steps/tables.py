"""A titled entity table with add / delete / move buttons and an error line: the work plan's and others' brick.

In a partner copy the buttons follow the partner's scope: "Add" is enabled
when ``exchange_scope.can_add`` accepts an entity like ``new_values()`` (what
the page would add now), "Delete" and the moves when the selected entity is
the partner's to change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
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

from medicen_desktop.gui.exchange_scope import can_add, can_delete, is_editable
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.models import ChoiceDelegate, EntityTableModel
from medicen_desktop.gui.steps.base import FieldError
from medicen_desktop.services.edit import EditError

MAX_COLUMN = 150


class EntityTable(QWidget):
    """A table over an ``EntityTableModel``, with its buttons, its empty state and its error line."""

    def __init__(self, model: EntityTableModel, title: str, empty_text: str, add: Callable[[], Any] | None,
                 add_text: str, delete_text: str = "", movable: bool = False,
                 new_values: Callable[[], Mapping[str, Any]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._new_values = new_values or dict
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        if title:
            head.addWidget(QLabel(title, objectName="panelTitle"))
        head.addStretch(1)
        self.add_button = QPushButton(icon("add"), add_text)
        self.add_button.setVisible(add is not None)
        if add is not None:
            self.add_button.clicked.connect(lambda: self._guard(add))
        head.addWidget(self.add_button)
        self.up_button = QPushButton(icon("up"), "")
        self.down_button = QPushButton(icon("down"), "")
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        for button, delta in ((self.up_button, -1), (self.down_button, 1)):
            button.setVisible(movable)
            button.clicked.connect(lambda _=False, d=delta: self._move(d))
            head.addWidget(button)
        self.delete_button = QPushButton(icon("remove"), delete_text or self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete)
        head.addWidget(self.delete_button)
        layout.addLayout(head)
        self._stack = QStackedLayout()
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        self._stretch = next((i for i, c in enumerate(model.columns) if c.width < 0), -1)
        if self._stretch >= 0:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        model.modelReset.connect(self._fit_columns)
        self._fit_columns()
        self.empty = QLabel(empty_text, objectName="emptyState", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        layout.addLayout(self._stack, 1)
        self.error = FieldError()
        layout.addWidget(self.error)
        model.editRefused.connect(self.error.show_message)
        model.modelReset.connect(self.update_buttons)
        model.rowsInserted.connect(self.update_buttons)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def _fit_columns(self) -> None:
        """Columns as wide as their content up to MAX_COLUMN px (elided beyond, full text in the tooltip)."""
        for column in range(self.model.columnCount()):
            if column != self._stretch:
                self.view.resizeColumnToContents(column)
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), MAX_COLUMN))

    def current_uuid(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.uuid_at(rows[0].row()) if rows else None

    def select(self, uuid: str, field: str | None = None) -> bool:
        row = self.model.row_of(uuid)
        if row < 0:
            return False
        column = max(self.model.column_of(field), 0) if field else 0
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self.view.setFocus()
        return True

    def update_buttons(self) -> None:
        """Show the table or its empty state; enable the buttons that fit the selection and the scope."""
        has_rows = self.model.rowCount() > 0
        self._stack.setCurrentIndex(0 if has_rows else 1)
        scope, list_name = self.model.session.scope, self.model.list_name
        uuid = self.current_uuid()
        try:
            values = self.model.session.entity(list_name, uuid).model_dump() if uuid is not None else None
        except KeyError:  # a selection left over from a deleted row
            values = None
        self.add_button.setEnabled(can_add(scope, list_name, self._new_values()))
        self.delete_button.setEnabled(values is not None and can_delete(scope, list_name, values))
        movable = values is not None and is_editable(scope, list_name, values, "position")
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)
        if scope is not None:
            hint = self.tr("Read only in this partner copy: only the partner's assigned parts can be changed.")
            for button in (self.add_button, self.delete_button):
                button.setToolTip("" if button.isEnabled() else hint)

    def _guard(self, action: Callable[[], Any]) -> None:
        self.error.show_message("")  # before: the action may report problems of its own there
        try:
            uuid = action()
        except EditError as exc:
            self.error.show_message(str(exc))
            return
        if isinstance(uuid, str):
            self.select(uuid)

    def _delete(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.model.session.delete(self.model.list_name, uuid, self.tr("Delete"))

    def _move(self, delta: int) -> None:
        """Swap ``position`` with the neighbour, as one undo step."""
        uuid = self.current_uuid()
        if uuid is None:
            return
        row = self.model.row_of(uuid)
        other = row + delta
        if not 0 <= other < self.model.rowCount():
            return
        session = self.model.session
        a, b = self.model.entity_at(row), self.model.entity_at(other)
        pa, pb = a.position, b.position
        if pa == pb:
            pa, pb = row, other
        session.undo_stack.beginMacro(self.tr("Reorder"))
        try:
            session.update(self.model.list_name, a.uuid, {"position": pb}, self.tr("Reorder"))
            session.update(self.model.list_name, b.uuid, {"position": pa}, self.tr("Reorder"))
        finally:
            session.undo_stack.endMacro()
        self.select(uuid)
