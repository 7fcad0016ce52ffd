"""Table models over entity UUIDs, reading the session's snapshot on demand.

``EntityTableModel`` shows one entity list (optionally filtered) with
declared ``Column``s; a column may read and write a related entity (a
participation's organisation name). Edits go through
``ProposalSession.update``; a refused value is reported by ``editRefused``
for the view to show next to the table, never in a modal. In a partner
copy a cell the partner may not change (``exchange_scope.is_editable`` on
the entity the column writes) is not editable and shown greyed. A value
withheld from the reader (another partner's SIRET or contact, in a partner
copy or on the team server: ``document.withheld``) says "Hidden", with whose
it is in its tooltip, and is never editable.

A ``Column(wrap=True)`` holds prose (a title, a legal name, a mitigation):
the table (``steps.tables.EntityTable``) narrows it when room is short, its
text wraps over up to ``MAX_LINES`` lines (``CellDelegate``) and the rows
get the height they need. Every cell's tooltip is its whole text, for what
is still elided.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.withheld import owner_name
from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.numbers import format_decimal, parse_decimal
from medicen_desktop.gui.session import Notice, ProposalSession
from medicen_desktop.services.edit_errors import EditError

_Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10
MAX_LINES = 6
"""A wrapped cell grows up to this many lines; beyond, its last line is elided (the tooltip has it all)."""


@dataclass(frozen=True)
class Column:
    """One column: a field, its header, how to edit it."""

    field: str
    title: str
    kind: str = "text"
    """text, int, decimal, choice (``choices``), or readonly."""
    choices: Callable[[], list[tuple[Any, str]]] | None = None
    target: Callable[[Any], tuple[str, str]] | None = None
    """(list_name, uuid) of the entity this column reads and writes, when not the row's own."""
    width: int = 0
    display: Callable[[Any], str] | None = None
    """How to show the value (the tooltip then shows it whole)."""
    numeric: bool = False
    """Right-aligned, like int and decimal columns."""
    wrap: bool = False
    """Prose: word-wrapped over several lines rather than elided; the table shares its free width among these."""
    optional: bool = False
    """An int or decimal that may be absent: an emptied cell stores None."""


class EntityTableModel(QAbstractTableModel):
    editRefused = Signal(str)

    def __init__(self, session: ProposalSession, list_name: str, columns: list[Column],
                 keep: Callable[[Any], bool] | None = None, order: Callable[[Any], Any] | None = None,
                 watch: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.list_name, self.columns = session, list_name, columns
        self._keep, self._order = keep, order
        self._watch = (list_name, *watch)
        self._uuids: list[str] = []
        self._collect()
        session.changed.connect(self._on_changed)

    # -- ids -----------------------------------------------------------------
    def set_filter(self, keep: Callable[[Any], bool] | None) -> None:
        self.beginResetModel()
        self._keep = keep
        self._collect()
        self.endResetModel()

    def _collect(self) -> None:
        self._uuids = self._collected()

    def _collected(self) -> list[str]:
        items = [e for e in getattr(self.session.document, self.list_name) if self._keep is None or self._keep(e)]
        if self._order is not None:
            items.sort(key=self._order)
        return [e.uuid for e in items]

    def uuid_at(self, row: int) -> str:
        return self._uuids[row]

    def row_of(self, uuid: str) -> int:
        return self._uuids.index(uuid) if uuid in self._uuids else -1

    def column_of(self, field: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.field == field), -1)

    def entity_at(self, row: int) -> Any:
        return self.session.entity(self.list_name, self._uuids[row])

    def _on_changed(self, notice: Notice) -> None:
        if not notice.touches(*self._watch):
            return
        before, after = self._uuids, self._collected()
        if before == after:
            if after:
                self.dataChanged.emit(self.index(0, 0), self.index(len(after) - 1, len(self.columns) - 1))
        elif sorted(before) == sorted(after):
            self._reorder(after)
        else:
            self.beginResetModel()
            self._uuids = after
            self.endResetModel()

    def _reorder(self, after: list[str]) -> None:
        """The same rows in another order (an edit re-sorted them): the current cell and the selection follow
        their rows, so the next Tab and what is typed land in the row being edited, not the one now there."""
        self.layoutAboutToBeChanged.emit()
        rows = {uuid: row for row, uuid in enumerate(after)}
        old = self.persistentIndexList()
        new = [self.index(rows[self._uuids[i.row()]], i.column()) if i.row() < len(self._uuids) else i for i in old]
        self._uuids = after
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._uuids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind != "readonly" and self.editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def editable(self, row: int, column: int) -> bool:
        """Whether the open proposal's scope lets this cell change (always, outside a partner copy), and its
        value is not withheld from the reader (``withheld``)."""
        if self.withheld(row, column):
            return False
        scope = self.session.scope
        if scope is None and not self.session.frozen and not self.session.waiting:
            return True
        field = self.columns[column].field
        list_name, uuid = self._target(row, self.columns[column])
        try:
            values = self.session.entity(list_name, uuid).model_dump()
        except KeyError:
            return False
        return (self.session.frozen_reason(list_name, values) is None and not self.session.waits_on(list_name, values)
                and is_editable(scope, list_name, values, field))

    def withheld(self, row: int, column: int) -> bool:
        """Whether this cell's value is another partner's that the reader may not see (``document.withheld``)."""
        withheld = self.session.document.withheld
        if not withheld:
            return False
        _list_name, uuid = self._target(row, self.columns[column])
        return self.columns[column].field in withheld.get(uuid, ())

    def hidden_text(self, row: int, column: int) -> str:
        """What a withheld cell says of whose value it is."""
        _list_name, uuid = self._target(row, self.columns[column])
        return hidden_note(self.session.document, uuid)

    def _target(self, row: int, column: Column) -> tuple[str, str]:
        entity = self.entity_at(row)
        return column.target(entity) if column.target else (self.list_name, entity.uuid)

    def _value(self, row: int, column: Column) -> Any:
        list_name, uuid = self._target(row, column)
        try:
            return getattr(self.session.entity(list_name, uuid), column.field)
        except KeyError:
            return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._uuids):
            return None
        column = self.columns[index.column()]
        if role in _HIDDEN_ROLES and self.withheld(index.row(), index.column()):
            return self._hidden_data(index.row(), index.column(), role)
        value = self._value(index.row(), column)
        raw = getattr(value, "value", value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.display is not None:
                return None if raw is None else str(raw)
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display is not None:
                return column.display(raw)
            if column.choices is not None:
                return dict(column.choices()).get(raw, "" if raw is None else str(raw))
            if isinstance(raw, Decimal):
                return format_decimal(raw)
            return "" if raw is None else str(raw)
        if role == Qt.ItemDataRole.EditRole:
            if isinstance(raw, Decimal):
                return format_decimal(raw)
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole and (column.numeric or column.kind in ("int", "decimal")):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self.editable(index.row(), index.column()):
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == CHOICES_ROLE and column.choices is not None:
            return column.choices()
        if role == Qt.ItemDataRole.UserRole:
            return self._uuids[index.row()]
        return None

    def _hidden_data(self, row: int, column: int, role: int) -> Any:
        """A withheld cell: says so (the whole sentence in its tooltip), in italics, greyed, never the blank."""
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EntityTableModel", "Hidden")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.hidden_text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        list_name, uuid = self._target(index.row(), column)
        try:
            if column.optional and not str(value if value is not None else "").strip():
                value = None
            elif column.kind == "decimal":
                value = parse_decimal(str(value))
            elif column.kind == "int":
                value = int(value)
            self.session.update(list_name, uuid, {column.field: value},
                                self.tr("Edit {what}").format(what=column.title))
        except (EditError, ValueError) as exc:
            self.editRefused.emit(f"{column.title}: {exc}")
            return False
        self.editRefused.emit("")
        return True


_HIDDEN_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
                           Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole})


def hidden_note(document: ProposalDocument, uuid: str) -> str:
    """"Hidden: only <partner> and the coordinator see this", of a value of entity ``uuid`` withheld from the
    reader (the partner dialog's fields say the same)."""
    return QCoreApplication.translate("EntityTableModel", "Hidden: only {partner} and the coordinator see this").format(
        partner=owner_name(document, uuid))


_V_MARGIN = 3
"""A cell's text margin, top and bottom (the style's focus frame margin and one pixel)."""


class CellDelegate(QStyledItemDelegate):
    """Wrapped text (in a view with ``wordWrap`` on) measured up to ``MAX_LINES`` lines; a combo box for the
    cells whose model gives ``CHOICES_ROLE``.

    Nothing here runs at paint time: the wrapping is the view's, so painting stays in C++.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        most = option.fontMetrics.lineSpacing() * MAX_LINES + 2 * _V_MARGIN
        return size if size.height() <= most else QSize(size.width(), most)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


ChoiceDelegate = CellDelegate  # the former name
