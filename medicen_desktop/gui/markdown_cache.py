"""The editor's Markdown, kept up to date block by block: a keystroke converts the block it changed.

``to_markdown`` spends most of its time writing each block's inline
Markdown (walking its fragments, escaping literal characters) and the rest
asking each block what it is (its format, its text). ``MarkdownMirror``
keeps both answers in the block's user data (a paragraph's whole Markdown;
a list item's or table cell's inline Markdown) and forgets them when
``QTextDocument.contentsChange`` reports a change touching the block:
inserted or deleted text, a format applied, a block split or joined. The result is always ``to_markdown(document)``;
tests compare the two after random edits.

The block revision numbers of Qt cannot serve as the key: with the
document's own undo off (the proposal's undo stack owns undo) they never
change, and a format change does not change them either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextBlockUserData, QTextDocument
from PySide6.QtWidgets import QWidget

from medicen_desktop.gui.markdown_io import inline_markdown, plain_paragraph, to_markdown


class _BlockMarkdown(QTextBlockUserData):
    """A block's inline Markdown, by ``plain_bold`` (a table's header row writes bold as plain)."""

    def __init__(self) -> None:
        super().__init__()
        self.inline: dict[bool, str] = {}
        self.plain: tuple[str, int, int] | None | bool = False
        """``plain_paragraph``'s answer; False: not known yet."""

    def forget(self) -> None:
        self.inline.clear()
        self.plain = False


class MarkdownMirror(QObject):
    """The Markdown of ``document``, recomputed only for the blocks changed since the last call."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._text: str | None = None
        """The whole Markdown as of the last read, until a change (a long section is read several times
        per pause: the autosave, the counts, the page meter; each walk of its 7,500 blocks costs ms)."""
        document.documentLayout()  # Qt emits contentsChange only for a document that has a layout
        document.contentsChange.connect(self._forget)

    def markdown(self) -> str:
        """``to_markdown(document)``, reusing every unchanged block's inline Markdown, and the whole text
        when nothing changed since the last read."""
        if self._text is None:
            self._text = to_markdown(self._document, self._inline, self._plain)
        return self._text

    @staticmethod
    def _data(block: QTextBlock) -> _BlockMarkdown:
        data = block.userData()
        if not isinstance(data, _BlockMarkdown):
            data = _BlockMarkdown()
            block.setUserData(data)  # the block owns it from now on
        return data

    def _plain(self, block: QTextBlock) -> tuple[str, int, int] | None:
        data = self._data(block)
        if data.plain is False:
            data.plain = plain_paragraph(block, self._inline)
        return data.plain if isinstance(data.plain, tuple) else None

    def _inline(self, block: QTextBlock, plain_bold: bool) -> str:
        data = self._data(block)
        text = data.inline.get(plain_bold)
        if text is None:
            text = data.inline[plain_bold] = inline_markdown(block, plain_bold)
        return text

    def _forget(self, position: int, _removed: int, added: int) -> None:
        """Drop the cached Markdown of every block the change touched (``position`` to ``position + added``)."""
        self._text = None
        end = position + added
        block = self._document.findBlock(position)
        while block.isValid():
            data = block.userData()
            if isinstance(data, _BlockMarkdown):
                data.forget()
            if block.position() + block.length() > end:
                break
            block = block.next()


class _BeforeWhiteSpace(QObject):
    def __init__(self, editor: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(editor)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if text and text.isspace():
                self._callback()
        return False


def before_white_space(editor: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` just before a key that types white space (space, Enter, Tab) reaches ``editor``.

    The section editor reads its Markdown lazily (``ProposalSession.type_later``); an undo step ends
    before the space typed after a word, so the text as it was before that space is read then: one
    conversion per word, of the blocks changed since the last.
    """
    editor.installEventFilter(_BeforeWhiteSpace(editor, callback))
