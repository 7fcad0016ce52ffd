"""Table models of a merge report: the changes that will apply, and the refused ones.

Each row is one plain frozen record of the report (``FieldChange`` or
``RefusedChange``); the columns say what, which field, and the value or the
reason. Long values are shortened in the cell and given whole in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from medicen_desktop.exchange.merge_result import FieldChange, RefusedChange
from medicen_desktop.gui.exchange_names import Names

translate = QCoreApplication.translate
CELL_CHARS = 90

Index = QModelIndex | QPersistentModelIndex


def change_kind(kind: str, package: bool = False) -> str:
    """How a change came, in words: from the partner's contribution, or (``package``) from a new round's package."""
    if package:
        return {
            "changed": translate("Exchange", "changed in the coordinator's package"),
            "merged": translate("Exchange", "merged paragraph by paragraph"),
            "added": translate("Exchange", "added in the coordinator's package"),
            "deleted": translate("Exchange", "deleted in the coordinator's package"),
            "resolved": translate("Exchange", "conflict resolved"),
        }.get(kind, kind)
    return {
        "changed": translate("Exchange", "changed by the partner"),
        "merged": translate("Exchange", "merged paragraph by paragraph"),
        "added": translate("Exchange", "added by the partner"),
        "deleted": translate("Exchange", "deleted by the partner"),
        "resolved": translate("Exchange", "conflict resolved"),
    }.get(kind, kind)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= CELL_CHARS else line[: CELL_CHARS - 1] + "…"


Column = tuple[str, Callable[[Any], str]]


def change_columns(names: Names, package: bool = False) -> list[Column]:
    return [
        (translate("Exchange", "What"), lambda c: names.entity(c.uuid, c.label)),
        (translate("Exchange", "Field"), lambda c: names.field(c.field)),
        (translate("Exchange", "Change"), lambda c: change_kind(c.kind, package)),
        (translate("Exchange", "Before"), lambda c: names.value(c.before)),
        (translate("Exchange", "After"), lambda c: names.value(c.after)),
    ]


def refused_columns(names: Names, partner: str) -> list[Column]:
    return [
        (translate("Exchange", "What"), lambda r: names.entity(r.uuid, r.label)),
        (translate("Exchange", "Field"), lambda r: names.field(r.field)),
        (translate("Exchange", "Why it is refused"), lambda r: names.reason(r.reason, partner)),
        (translate("Exchange", "Partner's value (not applied)"), lambda r: names.value(r.theirs)),
    ]


class ReportModel(QAbstractTableModel):
    """Rows of a merge report (changes or refused changes), read-only."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[FieldChange | RefusedChange] = []

    def set_rows(self, rows: Sequence[FieldChange | RefusedChange]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FieldChange | RefusedChange:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text = self._columns[index.column()][1](self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return _short(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if text != _short(text) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None
