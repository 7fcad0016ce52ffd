"""Rows as tall as their wrapped text: Qt's tree views measure an item one line high.

``QTreeView.setWordWrap(True)`` wraps when it paints but measures each row
with an invalid rectangle, so the row stays one line tall and the text is
elided: a long finding could not be read. ``wrap_rows(view)`` gives the view
a delegate that measures at the column's width and re-lays the rows out
whenever a column is resized (the window or the splitter moved).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)


class WrapDelegate(QStyledItemDelegate):
    """Measures an item's text wrapped at its column's width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        width = self.view.columnWidth(index.column())
        if index.column() == self.view.header().logicalIndex(0):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        measured.rect = QRect(0, 0, max(width, 20), 1)  # a valid rectangle: the style wraps at its width
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        style = self.view.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, measured, QSize(), self.view)


def wrap_rows(view: QTreeView) -> None:
    """Wrap ``view``'s text at its columns' widths, never eliding it."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setUniformRowHeights(False)
    view.setItemDelegate(WrapDelegate(view))
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
