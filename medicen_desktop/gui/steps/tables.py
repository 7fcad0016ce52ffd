"""A titled entity table with add / delete / move buttons and an error line: the work plan's and others' brick.

In a partner copy the buttons follow the partner's scope: "Add" is enabled
when ``exchange_scope.can_add`` accepts an entity like ``new_values()`` (what
the page would add now), "Delete" and the moves when the selected entity is
the partner's to change.

Column widths follow the content and the room there is (``EntityTable._layout``):
short columns as wide as their content (up to ``MAX_COLUMN``; beyond, their
text wraps too, and a single overlong word is elided, the whole text in the
tooltip); the prose columns (``Column.wrap``) share the
rest in proportion to their one-line width, so that they wrap over about as
many lines each, none narrower than its longest word (or ``MIN_WRAP``); the
stretch column (``Column.width < 0``) takes what is left. Rows are as tall as
their wrapped text. It is redone, once per turn of the event loop, when the
table is resized or shown and when its rows change; a hidden table waits
until it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
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

from medicen_desktop.exchange.assignment import SERVER_STRUCTURE
from medicen_desktop.gui.exchange_scope import can_add, can_delete, is_editable
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.icons import icon
from medicen_desktop.gui.models import CellDelegate, EntityTableModel
from medicen_desktop.gui.steps.base import FieldError
from medicen_desktop.services.edit_errors import EditError

MAX_COLUMN = 280
"""The widest a short column gets; longer text wraps (an overlong word is elided; the tooltip has it whole)."""
MIN_WRAP = 110
"""The narrowest a prose column gets when room is short, unless its longest word is narrower."""
ROW_PADDING = 8
"""Added to a wrapped row's text height, so that lines do not touch the grid."""
SCANNED_ROWS = 400
"""Rows read for a prose column's longest word (enough for any proposal; bounds the cost)."""
NAMING_FIELDS = ("title", "name", "label", "description")
"""The text a new row is named by: after "Add", the current cell is there, so what is typed next names the row
(column 0 may be a number or a choice, where typed words were dropped or picked another work package)."""


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
        head = self.head = QHBoxLayout()
        """The title and buttons' row: a page may insert buttons of its own."""
        if title:
            head.addWidget(named(QLabel(title, wordWrap=True), "panelTitle"))  # French titles must not widen a window
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
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # rows are measured at their columns' widths; a short column rarely needs it
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        self._stretch = next((i for i, c in enumerate(model.columns) if c.width < 0), -1)
        if self._stretch >= 0:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        self._natural: list[int] | None = None
        self._least: dict[int, int] = {}
        self._laying_out = False
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self._layout)
        self._rows_pending = QTimer(self, singleShot=True, interval=0)
        self._rows_pending.timeout.connect(self._fit_rows)
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self._content_changed)
        header.sectionResized.connect(self._section_resized)
        self.view.viewport().installEventFilter(self)
        self._layout()
        self.empty = named(QLabel(empty_text, wordWrap=True), "emptyState")
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

    # -- layout --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched is self.view.viewport():
            self._pending.start()
        return super().eventFilter(watched, event)

    def _content_changed(self, *_: object) -> None:
        self._natural = None
        self._pending.start()

    def _section_resized(self, *_: object) -> None:
        """The user dragged a column's edge: the rows follow its wrapped text."""
        if not self._laying_out:
            self._rows_pending.start()

    def _natural_widths(self) -> list[int]:
        """Each column's width on one line (its content's or its header's, whichever is wider); and, in
        ``_least``, the narrowest each prose column may get: its header, its longest word (up to MIN_WRAP)."""
        if self._natural is None:
            header = self.view.horizontalHeader()
            self._natural = [max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c))
                             for c in range(self.model.columnCount())]
            metrics = self.view.fontMetrics()
            self._least = {}
            for c, column in enumerate(self.model.columns):
                if column.wrap or c == self._stretch:
                    words = {word for row in range(min(self.model.rowCount(), SCANNED_ROWS))
                             for word in str(self.model.index(row, c).data() or "").split()}
                    longest = max((metrics.horizontalAdvance(w) for w in words), default=0) + 12
                    self._least[c] = max(min(longest, MIN_WRAP), header.sectionSizeHint(c))
        return self._natural

    def _layout(self) -> None:
        """Share the table's width among its columns (see the module's doc), then fit the rows."""
        if not self.view.isVisible() or self.model.rowCount() == 0:
            return  # done when shown (a hidden tab's width is not known yet), or when rows come
        natural = self._natural_widths()
        columns = self.model.columns
        widths: dict[int, int] = {}
        prose = [c for c, column in enumerate(columns) if column.wrap or c == self._stretch]
        for c in range(len(columns)):
            if c not in prose:
                widths[c] = min(natural[c], MAX_COLUMN)
        room = self.view.viewport().width() - sum(widths.values())
        if sum(natural[c] for c in prose) <= room:
            widths.update({c: natural[c] for c in prose})
        else:
            widths.update(_share(room, {c: natural[c] for c in prose}, self._least))
            if self._stretch in widths:  # a prose column just short of one line gets it, from the stretch column
                for c in prose:
                    short = natural[c] - widths[c]
                    if c != self._stretch and 0 < short <= max(24, natural[c] // 5) \
                            and widths[self._stretch] - short >= self._least.get(self._stretch, 0):
                        widths[c] += short
                        widths[self._stretch] -= short
        self._laying_out = True
        try:
            for c, width in widths.items():
                if c != self._stretch and self.view.columnWidth(c) != width:
                    self.view.setColumnWidth(c, width)
        finally:
            self._laying_out = False
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text (never lower than a one-line row)."""
        if not self.view.isVisible() or not any(c.wrap for c in self.model.columns):
            return
        vertical = self.view.verticalHeader()
        least = vertical.defaultSectionSize()
        self._laying_out = True
        try:
            for row in range(self.model.rowCount()):
                height = max(self.view.sizeHintForRow(row) + ROW_PADDING, least)
                if vertical.sectionSize(row) != height:
                    vertical.resizeSection(row, height)
        finally:
            self._laying_out = False

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
        session = self.model.session
        new = dict(self._new_values())
        self.add_button.setEnabled(can_add(scope, list_name, new) and not session.waits_on(list_name, new))
        waits = values is not None and session.waits_on(list_name, values)  # someone else edits its part first
        self.delete_button.setEnabled(values is not None and can_delete(scope, list_name, values) and not waits)
        movable = values is not None and is_editable(scope, list_name, values, "position") and not waits
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)
        if scope is not None:
            for button in (self.add_button, self.delete_button):
                button.setToolTip("" if button.isEnabled() else self._scope_hint(scope.on_server, list_name))

    def _scope_hint(self, on_server: bool, list_name: str) -> str:
        """Why a partner may not add or delete here: in a partner copy, or on the team server."""
        if not on_server:
            return self.tr("Read only in this partner copy: only the partner's assigned parts can be changed.")
        if list_name in SERVER_STRUCTURE:
            return self.tr("On the team server, only the coordinator adds or removes partners, work packages and "
                           "sections.")
        return self.tr("On the team server, you add or remove your own organisation's entries only: another "
                       "partner's are theirs.")

    def _guard(self, action: Callable[[], Any]) -> None:
        self.error.show_message("")  # before: the action may report problems of its own there
        try:
            uuid = action()
        except EditError as exc:
            self.error.show_message(str(exc))
            return
        if isinstance(uuid, str):
            naming = next((c.field for c in self.model.columns if c.field in NAMING_FIELDS and c.kind == "text"), None)
            self.select(uuid, naming)

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


def _share(room: int, natural: dict[int, int], least: dict[int, int]) -> dict[int, int]:
    """Widths for the prose columns: in proportion to their one-line widths, none below its least, in ``room``."""
    pinned: dict[int, int] = {}
    while True:
        free = {c: n for c, n in natural.items() if c not in pinned}
        left = room - sum(pinned.values())
        ratio = left / max(sum(free.values()), 1)
        short = {c: least.get(c, 0) for c, n in free.items() if n * ratio < least.get(c, 0)}
        if not short or left <= 0:
            return {**pinned, **{c: max(int(n * ratio), least.get(c, 0)) for c, n in free.items()}}
        pinned.update(short)
