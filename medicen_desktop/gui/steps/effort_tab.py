"""The Work plan's Effort tab: the effort matrix, its tasks, and the rate each cell is charged at.

Keys on the grid: Ctrl+Right shows the tasks of the current cell's work
package, Ctrl+Left hides them (the current cell goes back to the WP).
Below the grid, "Charged at" chooses the staff category or person of the
partner whose monthly cost the current cell's months are costed at (the
partner's first rate when none is chosen): the personnel cost follows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from medicen_desktop.gui.amount_delegate import AmountDelegate
from medicen_desktop.gui.effort_grid import WP, EffortGridModel
from medicen_desktop.gui.matrix import EDIT_TRIGGERS, fit_headers
from medicen_desktop.gui.numbers import format_decimal
from medicen_desktop.gui.session import Notice, ProposalSession
from medicen_desktop.gui.steps.base import FieldError
from medicen_desktop.services.edit_errors import EditError

_DEFAULT = ""
"""The combo's data for "the partner's first rate" (an effort naming no rate)."""


class EffortTab(QWidget):
    def __init__(self, session: ProposalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = EffortGridModel(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        self.view.setItemDelegate(AmountDelegate(self.view))
        self.view.installEventFilter(self)
        fit_headers(self.view)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.expand_button = QPushButton(self.tr("Show the &tasks of the WP"))
        self.expand_button.setCheckable(True)
        self.expand_button.setToolTip(self.tr("Ctrl+Right shows the tasks of the current work package, Ctrl+Left "
                                              "hides them."))
        self.expand_button.clicked.connect(self._button_toggled)
        row.addWidget(self.expand_button)
        row.addSpacing(12)
        label = QLabel(self.tr("C&harged at:"))
        self.rate = QComboBox()
        self.rate.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.rate)
        self.rate.activated.connect(self._rate_chosen)
        row.addWidget(label)
        row.addWidget(self.rate)
        row.addStretch(1)
        layout.addLayout(row)
        self.rate_note = QLabel(wordWrap=True)
        layout.addWidget(self.rate_note)
        self.error = FieldError()
        self.model.editRefused.connect(self.error.show_message)
        layout.addWidget(self.error)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_cell())
        self.model.modelReset.connect(self._show_cell)
        session.changed.connect(self._on_changed)
        self._show_cell()

    # -- tasks -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key_event = QKeyEvent(event)  # type: ignore[call-overload]
            if key_event.modifiers() == Qt.KeyboardModifier.ControlModifier and \
                    key_event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
                self.expand_current(key_event.key() == Qt.Key.Key_Right)
                return True
        return super().eventFilter(watched, event)

    def expand_current(self, expanded: bool) -> bool:
        """Show or hide the tasks of the current cell's work package; the current cell stays in that WP."""
        current = self.view.currentIndex()
        wp = self.model.wp_of_column(current.column()) if current.isValid() else None
        if wp is None:
            self.error.show_message(self.tr("Select a cell of a work package first."))
            return False
        row = current.row()
        if expanded and not self.model.has_tasks(wp):
            self.error.show_message(self.tr("This work package has no tasks yet: add them in the Tasks tab."))
            return False
        changed = self.model.set_expanded(wp, expanded)
        column = self.model.column_of((WP, wp))
        # Expanding lands on the first task, collapsing on the WP.
        target = column + 1 if expanded else column
        self.view.setCurrentIndex(self.model.index(row, target if expanded or changed else column))
        self.error.show_message("")
        return changed

    def _button_toggled(self, checked: bool) -> None:
        self.expand_current(checked)
        self.view.setFocus()

    # -- the rate of the current cell --------------------------------------------
    def _on_changed(self, notice: Notice) -> None:
        if notice.touches("efforts", "staff_rates", "participations"):
            self._show_cell()

    def _show_cell(self) -> None:
        current = self.view.currentIndex()
        wp = self.model.wp_of_column(current.column()) if current.isValid() else None
        self.expand_button.setEnabled(wp is not None and self.model.has_tasks(wp))
        self.expand_button.setChecked(wp is not None and wp in self.model.expanded)
        self.rate.clear()
        part = self.model.participation_at(current.row()) if current.isValid() else None
        effort = self.model.effort_at(current)
        rates = sorted((r for r in self.session.document.staff_rates if r.participation_uuid == part),
                       key=lambda r: (r.position, r.uuid))
        if effort is None or not rates:
            self.rate.setEnabled(False)
            if part is None or wp is None:
                self.rate_note.setText(self.tr("Select a cell to see the rate its person-months are charged at."))
            elif not rates:
                self.rate_note.setText(self.tr("This partner has no personnel rate yet: add one in the Budget "
                                               "step (Personnel rates tab)."))
            elif self.model.locked(current):
                self.rate_note.setText(self.tr("These months are the sum of the partner's tasks: choose the rate "
                                               "in each task's column."))
            else:
                self.rate_note.setText(self.tr("Type the person-months first, then choose the rate they are "
                                               "charged at."))
            return
        first = rates[0]
        self.rate.addItem(self.tr("Partner's first rate ({label}, €{rate}/month)").format(
            label=first.label or "-", rate=format_decimal(first.monthly_rate)), _DEFAULT)
        for rate in rates:
            self.rate.addItem(self.tr("{label}, €{rate}/month").format(
                label=rate.label or "-", rate=format_decimal(rate.monthly_rate)), rate.uuid)
        chosen = self.rate.findData(effort.staff_rate_uuid or _DEFAULT)
        self.rate.setCurrentIndex(max(chosen, 0))
        self.rate.setEnabled(self.model.editable(current))
        self.rate_note.setText("")

    def _rate_chosen(self, index: int) -> None:
        effort = self.model.effort_at(self.view.currentIndex())
        if effort is None:
            return
        data: Any = self.rate.itemData(index)
        try:
            self.session.update("efforts", effort.uuid, {"staff_rate_uuid": data or None},
                                self.tr("Choose the rate of an effort"))
        except EditError as exc:
            self.error.show_message(str(exc))
