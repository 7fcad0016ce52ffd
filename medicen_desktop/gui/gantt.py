"""The interactive Gantt chart: drag a bar to move it, drag its right end to resize it.

A drop is one undoable edit of the work package's or task's months through
the session, so the tables follow (they refresh from the same notice). In a
partner copy only the bars of the partner's assigned work packages (and
their tasks) can be dragged; the others ignore the mouse.

The label column is as wide as the longest "WPn title" (or task label),
between ``LABEL_MIN`` and ``LABEL_MAX`` px and at most ``LABEL_SHARE`` of the
chart, so that the months keep room; a longer label is elided, its whole
text in the tooltip.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.session import Notice, ProposalSession
from medicen_desktop.gui.wp_names import wp_title
from medicen_desktop.services.edit_errors import EditError

ROW = 24
LABEL_MIN = 140
LABEL_MAX = 380
LABEL_SHARE = 0.45
LABEL_PAD = 8
HEADER = 22
HANDLE = 6
PALETTE = ["#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#e53935", "#3949ab", "#6d4c41"]


class Bar(QGraphicsRectItem):
    """One WP or task; reports a drop as (list_name, uuid, start, end)."""

    def __init__(self, chart: GanttChart, list_name: str, uuid: str, start: int, end: int, row: int,
                 colour: QColor, movable: bool = True) -> None:
        super().__init__()
        self.chart, self.list_name, self.uuid = chart, list_name, uuid
        self.start, self.end, self.row = start, end, row
        self.movable = movable
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(130)))
        self.setAcceptHoverEvents(movable)
        if movable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        else:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._mode = ""
        self._press_x = 0.0
        self._origin = (start, end)
        self.place(start, end)

    def place(self, start: int, end: int) -> None:
        width = self.chart.month_width
        inset = 3 if self.list_name == "work_packages" else 6
        self.setRect(QRectF(self.chart.label_width + (start - 1) * width, HEADER + self.row * ROW + inset,
                            max((end - start + 1) * width, 4), ROW - 2 * inset))

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        near_end = event.pos().x() > self.rect().right() - HANDLE
        self.setCursor(Qt.CursorShape.SizeHorCursor if near_end else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.movable:
            event.ignore()
            return
        self._mode = "resize" if event.pos().x() > self.rect().right() - HANDLE else "move"
        self._press_x = event.scenePos().x()
        self._origin = (self.start, self.end)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._mode:
            return
        delta = round((event.scenePos().x() - self._press_x) / self.chart.month_width)
        start, end = self._origin
        duration = self.chart.duration
        if self._mode == "move":
            delta = max(1 - start, min(duration - end, delta))
            self.start, self.end = start + delta, end + delta
        else:
            self.end = max(start, min(duration, end + delta))
        self.place(self.start, self.end)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._mode and (self.start, self.end) != self._origin:
            self.chart.barMoved.emit(self.list_name, self.uuid, self.start, self.end)
        self._mode = ""


class GanttChart(QGraphicsView):
    """Rows: each WP then its tasks (indented); columns: the project's months."""

    barMoved = Signal(str, str, int, int)

    def __init__(self, session: ProposalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.bars: dict[str, Bar] = {}
        self.empty_text: QGraphicsTextItem | None = None
        self.duration = 1
        self.month_width = 10.0
        self.label_width = LABEL_MIN
        self.error = ""
        # Queued: the drop rebuilds the scene, which must not delete the bar inside its own event.
        self.barMoved.connect(self._commit, Qt.ConnectionType.QueuedConnection)
        session.changed.connect(self._changed)
        self.rebuild()

    def _changed(self, notice: Notice) -> None:
        if notice.touches("work_packages", "tasks", "milestones", "proposal"):
            self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rebuild()

    def rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self.bars.clear()
        self.empty_text = None
        document = self.session.document
        self.duration = document.proposal.duration_months
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        rows = self._rows(document)
        self.label_width = self._label_width(rows, font)
        widest = QFontMetricsF(font).horizontalAdvance(f"M{self.duration}") + 6  # month labels never touch
        tail = max(12, math.ceil(widest))  # room on the right for the last month's label
        usable = max(self.viewport().width() - self.label_width - tail, 200)
        self.month_width = usable / self.duration
        step = next((s for s in (1, 2, 3, 6, 12) if s * self.month_width >= widest), 12)
        grid = QPen(QColor("#e0e0e0"))
        height = HEADER + ROW * max(len(rows), 1)
        for month in range(1, self.duration + 1):
            x = self.label_width + (month - 1) * self.month_width
            if month == 1 or month % step == 0:
                label = QGraphicsSimpleTextItem(f"M{month}")
                label.setFont(font)
                label.setPos(x + 1, 2)
                scene.addItem(label)
                scene.addLine(x, HEADER - 2, x, height, grid)
        for row, (list_name, entity, text, colour) in enumerate(rows):
            label_font = font if list_name == "tasks" else self.font()
            indent = _indent(list_name)
            label = QGraphicsSimpleTextItem(QFontMetricsF(label_font).elidedText(
                text, Qt.TextElideMode.ElideRight, self.label_width - indent - LABEL_PAD))
            label.setToolTip(text)
            label.setFont(label_font)
            label.setPos(indent, HEADER + row * ROW + 4)
            scene.addItem(label)
            values = entity.model_dump()
            movable = is_editable(self.session.scope, list_name, values, "start_month") \
                and not self.session.waits_on(list_name, values)  # someone else edits its work package first
            bar = Bar(self, list_name, entity.uuid, entity.start_month, entity.end_month, row,
                      colour if movable else _faded(colour), movable)
            bar.setToolTip(f"{text}: M{entity.start_month}–M{entity.end_month}")
            scene.addItem(bar)
            self.bars[entity.uuid] = bar
        row_of_wp = {entity.uuid: row for row, (name, entity, _t, _c) in enumerate(rows) if name == "work_packages"}
        for milestone in document.milestones:
            row = row_of_wp.get(milestone.work_package_uuid or "", 0)
            x = self.label_width + (milestone.due_month - 0.5) * self.month_width
            y = HEADER + row * ROW + ROW / 2
            diamond = scene.addPolygon(_diamond(x, y), QPen(QColor("#212121")), QBrush(QColor("#fdd835")))
            diamond.setToolTip(f"{milestone.number} {milestone.title} (M{milestone.due_month})")
        if not rows:  # under the months and the milestones' row, not over them
            self.empty_text = scene.addText(self.tr("No work packages yet — add one above; its bar appears here."))
            self.empty_text.setPos(self.label_width, HEADER + ROW + 2)
            height += int(self.empty_text.boundingRect().height())
        scene.setSceneRect(0, 0, self.label_width + self.duration * self.month_width + tail - 4, height + 4)

    def _label_width(self, rows: list[tuple[str, Any, str, QColor]], small: QFont) -> int:
        """Room for the longest label, within LABEL_MIN..LABEL_MAX and LABEL_SHARE of the chart's width."""
        metrics = {"work_packages": QFontMetricsF(self.font()), "tasks": QFontMetricsF(small)}
        needed = max((_indent(name) + math.ceil(metrics[name].horizontalAdvance(text)) + LABEL_PAD
                      for name, _entity, text, _colour in rows), default=LABEL_MIN)
        cap = max(LABEL_MIN, min(LABEL_MAX, int(self.viewport().width() * LABEL_SHARE)))
        return max(LABEL_MIN, min(needed, cap))

    def _rows(self, document: Any) -> list[tuple[str, Any, str, QColor]]:
        rows = []
        for index, wp in enumerate(sorted(document.work_packages, key=lambda w: w.number)):
            colour = QColor(PALETTE[index % len(PALETTE)])
            rows.append(("work_packages", wp, wp_title(wp.number, wp.title), colour))
            for task in sorted((t for t in document.tasks if t.work_package_uuid == wp.uuid), key=lambda t: t.number):
                rows.append(("tasks", task, f"T{wp.number}.{task.number} {task.title}", colour.lighter(130)))
        return rows

    def _commit(self, list_name: str, uuid: str, start: int, end: int) -> None:
        try:
            self.session.update(list_name, uuid, {"start_month": start, "end_month": end},
                                self.tr("Move in the Gantt chart"))
            self.error = ""
        except EditError as exc:
            self.error = str(exc)
            self.rebuild()


def _indent(list_name: str) -> int:
    """A WP's label starts at the left edge; its tasks' are indented under it."""
    return 4 if list_name == "work_packages" else 16


def _faded(colour: QColor) -> QColor:
    """A bar the user cannot move (a partner copy, outside the assignment): the same hue, washed out."""
    faded = QColor(colour)
    faded.setAlpha(90)
    return faded


def _diamond(x: float, y: float) -> Any:
    from PySide6.QtGui import QPolygonF

    r = 6
    return QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
