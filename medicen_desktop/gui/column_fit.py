"""Columns as wide as their content needs, the view's spare width shared out: no horizontal scroll while it fits.

A stretched header gives every column the same width, so one long category
name (or one global minimum section size) pushed the budget grid's Total
column out of a 1024-px window. Here each column needs the widest line of its
header (bold: the current column's header is bold) and the widest of its
cells (bold too: totals are); when the needs fit in the viewport, what is
left is shared out evenly; when they do not, the columns keep their needs and
the view scrolls rather than clipping. Fitted again when the view is resized
and when the model's data or headers change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

MIN_WIDTH = 48


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted (a child of the view: it lives as long as the view)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setMinimumSectionSize(MIN_WIDTH)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.dataChanged, model.headerDataChanged, model.layoutChanged,
                           model.columnsInserted, model.columnsRemoved, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def needs(self) -> list[int]:
        """Each column's width: its header's widest line and its widest cell, in bold."""
        model = self.view.model()
        if model is None:
            return []
        header = self.view.horizontalHeader()
        style = header.style()
        header_font, cell_font = QFont(header.font()), QFont(self.view.font())
        header_font.setBold(True)
        cell_font.setBold(True)
        header_metrics, cell_metrics = QFontMetrics(header_font), QFontMetrics(cell_font)
        header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 6
        cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 6
        found = []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = max((header_metrics.horizontalAdvance(line) for line in title.splitlines()), default=0) + header_margin
            for row in range(model.rowCount()):
                text = model.index(row, column).data()
                if text:
                    need = max(need, cell_metrics.horizontalAdvance(str(text)) + cell_margin)
            found.append(max(MIN_WIDTH, need))
        return found

    def fit(self) -> None:
        needs = self.needs()
        if not needs:
            return
        spare = self.view.viewport().width() - sum(needs)
        header = self.view.horizontalHeader()
        for column, need in enumerate(needs):
            extra = 0
            if spare > 0:
                extra = spare // len(needs) + (spare % len(needs) if column == len(needs) - 1 else 0)
            if header.sectionSize(column) != need + extra:
                header.resizeSection(column, need + extra)
