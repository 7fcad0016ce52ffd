"""The comment panel beside an editor: the part's state, its threads and to-do markers.

Shows one part at a time (``show_part``: ``section:KEY``, ``wp:WPn``...):
its status, owner and due date on one line; its comment threads (a tree:
each thread and its replies; resolved ones greyed, hidden unless asked);
the section's to-do markers (paragraphs starting with ``TODO:``). The user
writes in the box below and presses Comment (a new thread on the paragraph
the editor's cursor is in), Reply (to the selected thread) or Resolve /
Reopen. Every button has a mnemonic and the tree and box are in the Tab
order. Reads and writes go through ``services.comments`` and
``services.parts``, the CLI's own functions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.document.parts import resolve_key
from medicen_desktop.errors import Refused
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.field_messages import FieldError
from medicen_desktop.gui.wrapping import wrap_rows

if TYPE_CHECKING:  # the services (and the ORM) are imported when the panel first reads: see ``attach``
    from medicen_desktop.services.parts import PartInfo
    from medicen_desktop.store.database import Database

UUID_ROLE = Qt.ItemDataRole.UserRole
RESOLVED_ROLE = Qt.ItemDataRole.UserRole + 1


class CommentPanel(QWidget):
    """Emits ``changed`` after the user added, answered, resolved or reopened a thread."""

    changed = Signal()

    def __init__(self, db: Database | None, proposal_uuid: str, parent: QWidget | None = None) -> None:
        """``db`` None: the database is still opening (the quick reopen); the panel is empty until ``attach``."""
        super().__init__(parent)
        self.db = db
        self.proposal_uuid = proposal_uuid
        self.part_key: str | None = None
        self._paragraph: Callable[[], int | None] = lambda: None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.heading = named(QLabel(self.tr("Comments")), "subheading")
        layout.addWidget(self.heading)
        self.state = named(QLabel(wordWrap=True), "partState")
        layout.addWidget(self.state)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        wrap_rows(self.tree)  # a thread's text wraps at the panel's width, never elided
        self.tree.setRootIsDecorated(True)
        self.tree.setAccessibleName(self.tr("Comment threads"))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.show_resolved = QCheckBox(self.tr("Show &resolved"))
        self.show_resolved.toggled.connect(lambda _: self.reload())
        layout.addWidget(self.show_resolved)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Write a comment or a reply (Ctrl+Enter: comment)"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.text.textChanged.connect(self._update_buttons)
        label = QLabel(self.tr("Ne&w comment:"))
        label.setBuddy(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Comment"))
        self.add_button.setToolTip(self.tr("Start a thread on the paragraph where the cursor is"))
        self.add_button.clicked.connect(self.add)
        self.reply_button = QPushButton(self.tr("Re&ply"))
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("Re&solve"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        for button in (self.add_button, self.reply_button, self.resolve_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.error = FieldError()
        layout.addWidget(self.error)
        QShortcut(QKeySequence("Ctrl+Return"), self.text, self.add)
        self.setTabOrder(self.tree, self.show_resolved)
        self.setTabOrder(self.show_resolved, self.text)
        self.setTabOrder(self.text, self.add_button)
        self._update_buttons()

    # -- what is shown ---------------------------------------------------------
    def show_part(self, part_key: str | None, paragraph: Callable[[], int | None] | None = None) -> None:
        """Show ``part_key``'s state and threads; ``paragraph`` tells where the editor's cursor is (1-based)."""
        self.part_key = part_key
        self._paragraph = paragraph or (lambda: None)
        self.error.show_message("")
        self.reload()

    def attach(self, db: Database) -> None:
        """The database is open now: show the part's state and threads."""
        self.db = db
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        if self.part_key is None or self.db is None:
            self.state.setText("")
            self._update_buttons()
            return
        from medicen_desktop.services import comments as comment_service
        from medicen_desktop.services import parts as part_service
        from medicen_desktop.services.lookup import get_document

        document = get_document(self.db, self.proposal_uuid)
        try:
            ref = resolve_key(document, self.part_key).ref
        except Refused:
            self.state.setText("")
            self._update_buttons()
            return
        info = next((p for p in part_service.list_parts(self.db, self.proposal_uuid) if p.ref == ref), None)
        self.state.setText(self._state_text(info) if info is not None else "")
        listing = comment_service.list_comments(self.db, self.proposal_uuid)
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for thread in listing.threads:
            if thread.root.part != ref.stored or (thread.resolved and not self.show_resolved.isChecked()):
                continue
            where = self._anchor_text(thread.root.anchor)
            mark = "✔ " if thread.resolved else ""
            top = QTreeWidgetItem([f"{mark}{where}{thread.root.author} · {thread.root.created_at:%d/%m %H:%M}\n"
                                   f"{thread.root.body}"])
            top.setData(0, UUID_ROLE, thread.root.uuid)
            top.setData(0, RESOLVED_ROLE, thread.resolved)
            top.setToolTip(0, thread.root.body)
            for reply in thread.replies:
                child = QTreeWidgetItem([f"{reply.author}: {reply.body}"])
                child.setData(0, UUID_ROLE, reply.uuid)
                top.addChild(child)
            if thread.resolved:
                for item in _with_children(top):
                    item.setForeground(0, muted)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if ref.kind == "section":
            for todo in listing.todos:
                if todo.section_key == ref.target:
                    item = QTreeWidgetItem([self.tr("To do (¶{n}): {text}").format(n=todo.paragraph, text=todo.text)])
                    self.tree.addTopLevelItem(item)
        if not self.tree.topLevelItemCount():
            placeholder = QTreeWidgetItem([self.tr("No comment yet. Write one below and press Comment.")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(placeholder)
        self._update_buttons()

    def _anchor_text(self, anchor: str) -> str:
        if anchor.startswith("paragraph:"):
            return self.tr("¶{n} · ").format(n=anchor.split(":")[1])
        if anchor.startswith("cell:"):
            return self.tr("cell {cell} · ").format(cell=anchor[5:])
        if anchor.startswith("row:"):
            return self.tr("row · ")
        return ""

    def _state_text(self, info: PartInfo) -> str:
        status = {"draft": self.tr("Draft"), "in-review": self.tr("In review"), "approved": self.tr("Approved"),
                  "frozen": self.tr("Frozen")}[info.status.value]
        pieces = [status]
        if info.owner:
            pieces.append(self.tr("owner: {owner}").format(owner=info.owner + (f" ({info.person})" if info.person else "")))
        if info.due is not None:
            pieces.append(self.tr("due {date}").format(date=info.due.isoformat()))
        if info.late:
            pieces.append(self.tr("late"))
        return " · ".join(pieces)

    def _selected_uuid(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, UUID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _selected_resolved(self) -> bool:
        item = self.tree.currentItem()
        top = (item.parent() or item) if item is not None else None
        return top is not None and bool(top.data(0, RESOLVED_ROLE))

    def _update_buttons(self) -> None:
        has_text = bool(self.text.toPlainText().strip())
        selected = self._selected_uuid()
        self.add_button.setEnabled(self.part_key is not None and has_text and self.db is not None)
        self.reply_button.setEnabled(selected is not None and has_text)
        self.resolve_button.setEnabled(selected is not None)
        resolved = self._selected_resolved()
        self.resolve_button.setText(self.tr("Re&open") if resolved else self.tr("Re&solve"))

    # -- actions ---------------------------------------------------------------
    def add(self) -> None:
        from medicen_desktop.services import comments as comment_service

        if not self.add_button.isEnabled() or self.db is None:
            return
        db = self.db
        paragraph = self._paragraph() if self.part_key and self.part_key.startswith("section:") else None
        self._write(lambda: comment_service.add_comment(db, self.proposal_uuid, self.part_key,
                                                        self.text.toPlainText(), paragraph=paragraph, actor="gui"))

    def reply(self) -> None:
        from medicen_desktop.services import comments as comment_service

        selected, db = self._selected_uuid(), self.db
        if selected is None or db is None or not self.text.toPlainText().strip():
            return
        self._write(lambda: comment_service.add_comment(db, self.proposal_uuid, None, self.text.toPlainText(),
                                                        reply_to=selected, actor="gui"))

    def toggle_resolved(self) -> None:
        from medicen_desktop.services import comments as comment_service

        selected, db = self._selected_uuid(), self.db
        if selected is None or db is None:
            return
        resolved = self._selected_resolved()
        self._write(lambda: comment_service.set_resolved(db, self.proposal_uuid, selected, not resolved,
                                                         actor="gui"), keep_text=True)

    def _write(self, action: Callable[[], object], keep_text: bool = False) -> None:
        try:
            action()
        except Refused as exc:
            self.error.show_message(str(exc))
            return
        self.error.show_message("")
        if not keep_text:
            self.text.clear()
        self.reload()
        self.changed.emit()


def _with_children(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """A thread's item and its replies' items."""
    children = (top.child(i) for i in range(top.childCount()))
    return [top, *(child for child in children if child is not None)]
