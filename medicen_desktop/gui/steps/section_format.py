"""The section editor's formatting buttons (bold, italic, heading, lists, table, sub- and superscript) and its title
list."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QListWidget, QTextEdit, QWidget

from medicen_desktop.gui.dialogs import TableSize

SUB = QTextCharFormat.VerticalAlignment.AlignSubScript
SUP = QTextCharFormat.VerticalAlignment.AlignSuperScript
_NORMAL = QTextCharFormat.VerticalAlignment.AlignNormal


def toggle_bold(editor: QTextEdit) -> None:
    bold = editor.fontWeight() != QFont.Weight.Bold
    editor.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)


def toggle_italic(editor: QTextEdit) -> None:
    editor.setFontItalic(not editor.fontItalic())


def toggle_script(editor: QTextEdit, align: QTextCharFormat.VerticalAlignment) -> None:
    """Lower (raise) the selection or what is typed next; the same button again puts it back on the line."""
    cursor = editor.textCursor()
    already = editor.currentCharFormat().verticalAlignment() == align
    if cursor.hasSelection():  # already, if every selected character is
        already = all(_char_format(editor, p).verticalAlignment() == align
                      for p in range(cursor.selectionStart() + 1, cursor.selectionEnd() + 1))
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(_NORMAL if already else align)
    editor.mergeCurrentCharFormat(fmt)


HEADING_LEVEL = 2
"""A heading written in a section: the dossier numbers it under the section's own (1.1, 1.2), whatever its level."""


def toggle_heading(editor: QTextEdit) -> None:
    """Make the paragraphs at the cursor a heading inside the section, or paragraphs again (stored ``## text``).

    The HE guidance asks for headings such as "Objectives and ambition"; "## " typed by hand was stored as
    literal text and showed in the dossier as "## Objectives and ambition".
    """
    cursor = editor.textCursor()
    heading = cursor.blockFormat().headingLevel() == 0
    block = QTextBlockFormat()
    block.setHeadingLevel(HEADING_LEVEL if heading else 0)
    chars = QTextCharFormat()  # as Qt shows a stored heading (QTextMarkdownImporter): bold, larger
    chars.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.Normal)
    chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - HEADING_LEVEL if heading else 0)
    whole = QTextCursor(editor.document())
    whole.setPosition(cursor.selectionStart())
    whole.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    whole.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    whole.beginEditBlock()
    whole.mergeBlockFormat(block)
    whole.mergeBlockCharFormat(chars)
    whole.mergeCharFormat(chars)
    whole.endEditBlock()
    editor.mergeCurrentCharFormat(chars)  # what is typed next in the heading looks like it


def make_list(editor: QTextEdit, style: QTextListFormat.Style) -> None:
    editor.textCursor().createList(style)


def insert_table(editor: QTextEdit, parent: QWidget) -> None:
    """Ask the table's size, insert it and put the cursor in its first cell: typing fills the table."""
    size = TableSize.ask(parent)
    if size is not None:
        cursor = editor.textCursor()
        cursor.insertTable(*size)
        editor.setTextCursor(cursor)
        editor.setFocus()


def _char_format(editor: QTextEdit, position: int) -> QTextCharFormat:
    """The format of the character just before ``position``."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return cursor.charFormat()


class TitleList(QListWidget):
    """The section titles, each wrapped over as many lines as it needs at the list's width.

    Qt's own word wrap sized some rows a line short and painted a long title
    as "Programme de travail et ..." over an empty second line.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def fit_items(self) -> None:
        width = max(self.viewport().width() - 2 * self.spacing() - 8, 40)
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
            item.setSizeHint(QSize(width, bounds.height() + 6))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_items()
