"""One undo policy for the text editors: their undo keys reach the proposal's undo stack, and they say
where a word ends so that typing is undone a word at a time.

A ``QTextEdit``/``QPlainTextEdit`` whose own undo is off still takes Ctrl+Z and
Ctrl+Shift+Z (it accepts their ``ShortcutOverride``) and then does nothing with
them, so Edit ▸ Undo never received them. ``route_undo_keys`` makes such an
editor decline those keys: the window's Undo and Redo actions (which flush the
autosave first, then undo on the proposal's stack) get them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_CTRL_Y = Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Y
"""Redo too (the window's Redo action has it where the platform's Redo lacks it)."""


class _DeclineUndoKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (any(
                event.matches(key) for key in _UNDO_KEYS) or event.keyCombination() == _CTRL_Y):
            event.ignore()  # not overridden: the window's shortcut (Edit ▸ Undo / Redo) takes the key
            return True
        return False


def route_undo_keys(editor: QTextEdit | QPlainTextEdit) -> None:
    """Turn the editor's own undo off and let its undo/redo keys reach the window's Edit actions."""
    editor.setUndoRedoEnabled(False)
    decline = _DeclineUndoKeys(editor)
    editor.installEventFilter(decline)


class WordEnds(QObject):
    """Watches a document for the space (or line break) typed after a word: ``take()`` says whether one
    was typed since it was last asked. The session then ends an undo step before that space.

    A trailing space may not change the stored text (Markdown drops it): the word end is then kept for
    the next change that does.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._ended = False
        self._document = document
        document.contentsChange.connect(self._changed)

    def take(self) -> bool:
        ended, self._ended = self._ended, False
        return ended

    def _changed(self, position: int, removed: int, added: int) -> None:
        if removed == 0 and added == 1 and position > 0:
            typed = self._document.characterAt(position)
            if typed.isspace() and not self._document.characterAt(position - 1).isspace():
                self._ended = True
