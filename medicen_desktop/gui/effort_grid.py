"""The effort matrix: partners × work packages, each WP expandable into its tasks.

A collapsed work package is one column: a partner's person-months in it,
typed there. Expanded (Ctrl+Right on its column, or the button), it is
followed by one column per task and one for the months given to the WP as a
whole ("no task"). Where a partner's months are given per task, the WP's
column is their sum and is read-only: there is no second place to type the
WP's figure. The Total column adds up the WP columns only.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from medicen_desktop.document.schema import Effort, ProposalDocument
from medicen_desktop.gui.matrix import GridModel
from medicen_desktop.gui.session import ProposalSession
from medicen_desktop.gui.wp_names import wp_label

_Index = QModelIndex | QPersistentModelIndex

WP, TASK, REST = "wp", "task", "rest"
"""Column keys are (kind, uuid): a work package's total, one of its tasks, its months in no task."""


class EffortGridModel(GridModel):
    """Partners × work packages (and the tasks of the expanded ones), in person-months."""

    def __init__(self, session: ProposalSession, parent: QWidget | None = None) -> None:
        self.expanded: set[str] = set()
        self._cache: dict[str, Any] = {}
        super().__init__(session, "efforts", "person_months", self._columns, self._find, self._new_values,
                         watch=("work_packages", "tasks"), parent=parent)
        self._task_text = self.tr("{wp}: these person-months are the sum of the partner's tasks; change them in "
                                  "the task columns (Ctrl+Right on {wp} shows them).")

    # -- columns -----------------------------------------------------------------
    def _columns(self) -> list[tuple[Any, str]]:
        document = self.session.document
        tasks = self._tasks_by_wp(document)
        columns: list[tuple[Any, str]] = []
        for wp in sorted(document.work_packages, key=lambda w: w.number):
            own = tasks.get(wp.uuid, [])
            mark = "" if not own else " ▾" if wp.uuid in self.expanded else " ▸"
            columns.append(((WP, wp.uuid), f"{wp_label(wp.number)}{mark}"))
            if wp.uuid in self.expanded:
                columns += [((TASK, t.uuid), f"T{wp.number}.{t.number}") for t in own]
                columns.append(((REST, wp.uuid), self.tr("{wp}, no task").format(wp=wp_label(wp.number))))
        return columns

    @staticmethod
    def _tasks_by_wp(document: ProposalDocument) -> dict[str, list[Any]]:
        tasks: dict[str, list[Any]] = {}
        for task in sorted(document.tasks, key=lambda t: t.number):
            tasks.setdefault(task.work_package_uuid, []).append(task)
        return tasks

    def has_tasks(self, wp_uuid: str) -> bool:
        return any(t.work_package_uuid == wp_uuid for t in self.session.document.tasks)

    def wp_of_column(self, column: int) -> str | None:
        """The work package a column belongs to (its own, a task's, or its "no task" column)."""
        key = self.key_at(column)
        if key is None:
            return None
        kind, uuid = key
        if kind == TASK:
            return str(self.session.entity("tasks", uuid).work_package_uuid)
        return str(uuid)

    def set_expanded(self, wp_uuid: str, expanded: bool) -> bool:
        """Show or hide a work package's task columns; False when there is nothing to change."""
        if expanded == (wp_uuid in self.expanded) or (expanded and not self.has_tasks(wp_uuid)):
            return False
        (self.expanded.add if expanded else self.expanded.discard)(wp_uuid)
        self.reload()
        return True

    def column_of(self, key: tuple[str, str]) -> int:
        return next((c for c in range(self.columnCount() - 1) if self.key_at(c) == key), -1)

    # -- cells -------------------------------------------------------------------
    def _index(self) -> dict[tuple[str, str, str], list[Effort]]:
        document = self.session.document
        if self._cache.get("doc") is not document:
            found: dict[tuple[str, str, str], list[Effort]] = {}
            for effort in document.efforts:
                part = effort.participation_uuid
                found.setdefault((part, WP, effort.work_package_uuid), []).append(effort)
                if effort.task_uuid is None:
                    found.setdefault((part, REST, effort.work_package_uuid), []).append(effort)
                else:
                    found.setdefault((part, TASK, effort.task_uuid), []).append(effort)
            self._cache.update(doc=document, map=found)
        return self._cache["map"]  # type: ignore[no-any-return]

    def _find(self, part: str, key: tuple[str, str]) -> list[Effort]:
        return list(self._index().get((part, *key), []))

    def by_task(self, part: str, wp_uuid: str) -> bool:
        """Whether this partner's months in this WP are given (at least partly) per task."""
        return any(e.task_uuid is not None for e in self._find(part, (WP, wp_uuid)))

    def _new_values(self, part: str, key: tuple[str, str], amount: Decimal) -> dict[str, Any]:
        kind, uuid = key
        if kind == TASK:
            task = self.session.entity("tasks", uuid)
            return {"participation_uuid": part, "work_package_uuid": task.work_package_uuid, "task_uuid": uuid,
                    "person_months": amount}
        return {"participation_uuid": part, "work_package_uuid": uuid, "person_months": amount}

    def value(self, row: int, column: int) -> Decimal:
        if column < self.columnCount() - 1:
            return super().value(row, column)
        # The Total column: the WP columns only (the task columns are inside them).
        return sum((GridModel.value(self, row, c) for c in range(self.columnCount() - 1) if self.key_at(c)[0] == WP),
                   Decimal(0))

    def locked(self, index: _Index) -> bool:
        """A WP cell whose months are the sum of the partner's tasks."""
        part = self.participation_at(index.row())
        key = self.key_at(index.column())
        return part is not None and key is not None and key[0] == WP and self.by_task(part, key[1])

    def editable(self, index: _Index) -> bool:
        return not self.locked(index) and super().editable(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.locked(index):
            return self._task_text.format(wp=wp_label(self._wp_number(self.key_at(index.column())[1])))
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.locked(index):
            return None  # a sum, not several entries to change one by one: shown as any figure
        return super().data(index, role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and role == Qt.ItemDataRole.EditRole and self.locked(index):
            self.editRefused.emit(self._task_text.format(wp=wp_label(self._wp_number(self.key_at(index.column())[1]))))
            return False
        return super().setData(index, value, role)

    def _wp_number(self, wp_uuid: str) -> int:
        return int(self.session.entity("work_packages", wp_uuid).number)

    def effort_at(self, index: _Index) -> Effort | None:
        """The one effort a cell edits (None: an empty cell, a total, or a sum of several)."""
        part = self.participation_at(index.row()) if index.isValid() else None
        key = self.key_at(index.column()) if index.isValid() else None
        if part is None or key is None or self.locked(index):
            return None
        found = self._find(part, key)
        return found[0] if len(found) == 1 else None
