"""Grid models over two entity lists: the effort matrix (partner × WP) and the budget grid.

Rows are participations; columns are work packages (effort) or the budget
categories of one year (budget). A cell shows the sum of the matching
entities; typing into an empty cell adds one, into a cell of one entity sets
its amount. A cell adding up several entities (budget lines sharing partner,
category and year) is shown in italics and is edited line by line elsewhere:
typing into it is refused with a message saying where. A last column and a
last row hold totals (read-only); a column may be computed elsewhere (the
budget's personnel, from the effort matrix): read-only, in the totals. In a partner copy only the cells the
scope lets the partner change (its own row) are editable; the others are
greyed.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QStyle, QTableView, QWidget

from medicen_desktop.gui.exchange_scope import can_add, is_editable
from medicen_desktop.gui.numbers import format_decimal, parse_decimal
from medicen_desktop.gui.session import Notice, ProposalSession
from medicen_desktop.services.edit_errors import EditError

_Index = QModelIndex | QPersistentModelIndex

# The roles and flags as plain ints and values, computed once: ``data`` runs for every role of every cell
# each time the view sizes its columns (8,880 calls on the large proposal's budget), and looking up or
# combining Qt's enum members there took as long as computing the cells.
_DISPLAY, _EDIT, _ALIGNMENT, _FONT, _FOREGROUND, _TOOLTIP = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole))
_ROLES = frozenset((_DISPLAY, _EDIT, _ALIGNMENT, _FONT, _FOREGROUND, _TOOLTIP))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed)
"""Typing starts editing a cell, as in a spreadsheet; moving does not (Ctrl+Z stays the proposal's)."""


class GridModel(QAbstractTableModel):
    """Participations × keys; ``find(part_uuid, key)`` gives the entity of a cell, None, or a list of entities."""

    editRefused = Signal(str)

    def __init__(self, session: ProposalSession, list_name: str, value_field: str,
                 keys: Callable[[], list[tuple[Any, str]]], find: Callable[[str, Any], Any | None],
                 new_values: Callable[[str, Any, Decimal], dict[str, Any]], watch: tuple[str, ...],
                 parent: QWidget | None = None, several_text: str = "",
                 computed: Callable[[str, Any], Decimal | None] | None = None, computed_text: str = "") -> None:
        """``computed(part_uuid, key)``: the value of a read-only column computed elsewhere (personnel from the
        effort matrix), None for a typed column; ``computed_text`` says where to change it."""
        super().__init__(parent)
        self._computed = computed
        self._computed_text = computed_text
        self.session, self.list_name, self.value_field = session, list_name, value_field
        self._several_text = several_text or self.tr("This cell adds up {count} entries: change them one by one.")
        self._keys_of, self._find, self._new = keys, find, new_values
        self._watch = (list_name, "participations", "organisations", *watch)
        self._parts: list[str] = []
        self._keys: list[tuple[Any, str]] = []
        self._collect()
        session.changed.connect(self._on_changed)

    def _collect(self) -> None:
        self._parts = [p.uuid for p in sorted(self.session.document.participations, key=lambda p: p.position)]
        self._keys = self._keys_of()

    def _on_changed(self, notice: Notice) -> None:
        if not notice.touches(*self._watch):
            return
        before = (list(self._parts), list(self._keys))
        self._collect()
        if before == (self._parts, self._keys):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self._collect()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._parts else len(self._parts) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._keys else len(self._keys) + 1

    def participation_at(self, row: int) -> str | None:
        return self._parts[row] if row < len(self._parts) else None

    def key_at(self, column: int) -> Any:
        return self._keys[column][0] if column < len(self._keys) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return header_lines(self._keys[section][1]) if section < len(self._keys) else self.tr("Total")
        if section < len(self._parts):
            part = self.session.entity("participations", self._parts[section])
            org = next((o for o in self.session.document.organisations if o.uuid == part.organisation_uuid), None)
            return (org.short_name or org.legal_name) if org else "?"
        return self.tr("Total")

    def entities(self, part: str, key: Any) -> list[Any]:
        """Every entity of one cell."""
        found = self._find(part, key)
        return list(found) if isinstance(found, list) else [] if found is None else [found]

    def value(self, row: int, column: int) -> Decimal:
        rows = self._parts if row >= len(self._parts) else [self._parts[row]]
        keys = [k for k, _ in self._keys] if column >= len(self._keys) else [self._keys[column][0]]
        total = Decimal(0)
        for part in rows:
            for key in keys:
                figure = self._computed(part, key) if self._computed is not None else None
                if figure is not None:
                    total += figure
                    continue
                for entity in self.entities(part, key):
                    total += getattr(entity, self.value_field) or Decimal(0)
        return total

    def count(self, index: _Index) -> int:
        """How many entities one (non-total) cell adds up."""
        if self.is_total(index):
            return 0
        return len(self.entities(self._parts[index.row()], self._keys[index.column()][0]))

    def is_computed(self, index: _Index) -> bool:
        """A cell of a column computed elsewhere (read-only)."""
        return self._computed is not None and index.row() < len(self._parts) and index.column() < len(self._keys) \
            and self._computed(self._parts[index.row()], self._keys[index.column()][0]) is not None

    def is_total(self, index: _Index) -> bool:
        return index.row() >= len(self._parts) or index.column() >= len(self._keys)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if self.editable(index) else _READ_ONLY

    def editable(self, index: _Index) -> bool:
        """A non-total cell the open proposal's scope lets change: its entities, or the one typing would add."""
        if self.is_total(index) or self.is_computed(index):
            return False
        scope, session = self.session.scope, self.session
        if scope is None and not session.frozen and not session.waiting:
            return True
        part, key = self._parts[index.row()], self._keys[index.column()][0]
        found = self.entities(part, key)
        if not found:
            new = self._new(part, key, Decimal(0))
            return (session.frozen_reason(self.list_name, new) is None and not session.waits_on(self.list_name, new)
                    and can_add(scope, self.list_name, new))
        return all(session.frozen_reason(self.list_name, e.model_dump()) is None
                   and not session.waits_on(self.list_name, e.model_dump())
                   and is_editable(scope, self.list_name, e.model_dump(), self.value_field) for e in found)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= self.rowCount() \
                or index.column() >= self.columnCount():
            return None
        if role == _DISPLAY or role == _EDIT:
            value = self.value(index.row(), index.column())
            if role == _DISPLAY and not value and not self.is_total(index):
                return ""
            return format_decimal(value)
        if role == _ALIGNMENT:
            return _RIGHT
        if role == _FONT and (self.is_total(index) or self.count(index) > 1):
            font = QFont()
            font.setBold(self.is_total(index))
            font.setItalic(not self.is_total(index))
            return font
        if role == _FOREGROUND and self.session.scope is not None and not self.is_total(index) \
                and not self.editable(index):
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == _TOOLTIP and self._computed_text and self.is_computed(index):
            return self._computed_text
        if role == _TOOLTIP and self.count(index) > 1:
            return self._several_text.format(count=self.count(index))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.is_total(index):
            return False
        part, key = self._parts[index.row()], self._keys[index.column()][0]
        if self.is_computed(index):
            self.editRefused.emit(self._computed_text)
            return False
        try:
            amount = parse_decimal(str(value))
            found = self.entities(part, key)
            if len(found) > 1:
                if amount == self.value(index.row(), index.column()):
                    return True
                raise EditError(self._several_text.format(count=len(found)))
            entity = found[0] if found else None
            if entity is None:
                if amount == 0:
                    return True
                self.session.add(self.list_name, self._new(part, key, amount), self.tr("Enter an amount"))
            elif amount == 0:  # an emptied cell means no line: never a hidden zero line the dossier would print
                self.session.delete(self.list_name, entity.uuid, self.tr("Clear an amount"))
            else:
                self.session.update(self.list_name, entity.uuid, {self.value_field: amount},
                                    self.tr("Change an amount"))
        except (EditError, ValueError) as exc:
            self.editRefused.emit(str(exc))
            return False
        self.editRefused.emit("")
        return True


def header_lines(label: str, short: int = 12, longest: int = 20) -> str:
    """A category's name on two lines of balanced length when it is longer than ``short`` characters (the
    column then needs the longer half, not the whole name), on more lines past ``longest``; words are never cut."""
    words = label.split()
    if len(label) <= short or len(words) < 2:
        return label
    split = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    first, second = " ".join(words[:split]), " ".join(words[split:])
    if max(len(first), len(second)) > longest:
        return textwrap.fill(label, longest, break_long_words=False)
    return f"{first}\n{second}"


def fit_headers(view: QTableView) -> None:
    """Each column as wide as its header's longest line and its widest figure, the view's spare width shared
    out (``gui.column_fit``): the Total column stays in view at 1024 px; below the needs, the view scrolls
    rather than clipping a category's name or a figure."""
    from medicen_desktop.gui.column_fit import ColumnFitter

    ColumnFitter(view)
