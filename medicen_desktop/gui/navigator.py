"""The step navigator: acronym, call and completeness, then the steps with their state."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.step_names import plain, step_label
from medicen_desktop.rules.steps import STEPS

GLYPHS = {"empty": "○", "progress": "◐", "complete": "✓", "error": "✗", "none": "›"}
"""``none``: Review and Export hold no data of their own, so they are never "empty"."""
COLOURS = {"error": "#c62828", "complete": "#2e7d32", "progress": "#ef6c00"}
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2


class _StepDelegate(QStyledItemDelegate):
    """Paints "glyph  label ... count" with the state's colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        state = index.data(STATE_ROLE) or "none"
        count = index.data(COUNT_ROLE) or 0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect: QRect = option.rect.adjusted(10, 0, -10, 0)
        painter.save()
        painter.setPen(pen if selected else QColor(COLOURS.get(state, pen.name())))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, GLYPHS[state])
        painter.setPen(pen)
        painter.drawText(rect.adjusted(22, 0, -28, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if count:
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, str(count))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 60, max(size.height(), option.fontMetrics.height() + 14))


class StepNavigator(QWidget):
    """Emits ``stepChosen(step key)``."""

    stepChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.acronym = named(QLabel(), "navAcronym")
        font = QFont(self.acronym.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.acronym.setFont(font)
        self.acronym.setContentsMargins(10, 8, 10, 0)
        self.call = named(QLabel(), "navCall")
        self.call.setContentsMargins(10, 0, 10, 6)
        self.call.setWordWrap(True)
        self.workflow = named(QLabel(), "navWorkflow")
        self.workflow.setContentsMargins(10, 0, 10, 6)
        self.workflow.setWordWrap(True)
        self.workflow.hide()
        layout.addWidget(self.acronym)
        layout.addWidget(self.call)
        layout.addWidget(self.workflow)
        self.list = QListWidget()
        self.list.setItemDelegate(_StepDelegate(self.list))
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        # The delegate elides nothing and the pane never needs to scroll sideways: the labels are short.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for step in STEPS:
            item = QListWidgetItem(plain(step_label(step)))
            item.setData(Qt.ItemDataRole.UserRole, step)
            item.setData(STATE_ROLE, "none")
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(190)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.stepChosen.emit(STEPS[row])

    def retranslate(self) -> None:
        for row, step in enumerate(STEPS):
            self.list.item(row).setText(plain(step_label(step)))

    def set_header(self, acronym: str, call: str, percent: int) -> None:
        self.acronym.setText(acronym)
        self.call.setText(self.tr("{call} · {percent} % complete").format(call=call, percent=percent))

    def set_workflow(self, summary: str) -> None:
        """One short line under the call: late parts, parts in review, open comment threads ("" hides it)."""
        self.workflow.setText(summary)
        self.workflow.setToolTip(summary)
        self.workflow.setVisible(bool(summary))

    def set_states(self, states: dict[str, tuple[str, int]]) -> None:
        for row, step in enumerate(STEPS):
            state, count = states.get(step, ("none", 0))
            item = self.list.item(row)
            item.setData(STATE_ROLE, state)
            item.setData(COUNT_ROLE, count)
            item.setToolTip(self.tr("{count} finding(s)").format(count=count) if count else "")

    def current_step(self) -> str:
        return STEPS[max(self.list.currentRow(), 0)]

    def select(self, step: str) -> None:
        self.list.setCurrentRow(STEPS.index(step))
