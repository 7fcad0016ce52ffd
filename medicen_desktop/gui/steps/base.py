"""What every step editor shares: its context, a title, field errors, refresh and focus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from medicen_desktop.gui import style
from medicen_desktop.gui.catalogue import TemplateCatalogue
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.field_messages import FieldError as FieldError  # re-exported: the step pages' import
from medicen_desktop.gui.field_messages import ReadOnlyNote as ReadOnlyNote
from medicen_desktop.gui.rules_bridge import FindingView
from medicen_desktop.gui.session import Notice, ProposalSession
from medicen_desktop.gui.settings import Settings
from medicen_desktop.gui.worker import Worker


class Findings(QObject):
    """The latest findings of the open proposal; emits ``updated`` when they change."""

    updated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[FindingView] = []

    def set(self, items: list[FindingView]) -> None:
        self.items = items
        self.updated.emit()


@dataclass
class StepContext:
    session: ProposalSession
    worker: Worker
    settings: Settings
    findings: Findings
    language: str
    """The UI language ('fr' or 'en'), for texts taken from the template."""
    catalogue: TemplateCatalogue
    """Every call's (key, name), loaded in the background."""
    request_check: Callable[[], None] = field(default=lambda: None)
    """Re-run the rules now (the workspace provides it)."""
    request_marks: Callable[[], None] = field(default=lambda: None)
    """Show the parts' states and open comments again (the workspace provides it)."""

    @property
    def template(self) -> Any | None:
        from medicen_desktop.gui import rules_bridge

        proposal = self.session.document.proposal
        return rules_bridge.template_for(proposal.template_key, proposal.template_edition)


def show_read_only(editor: QTextEdit | QPlainTextEdit, read_only: bool) -> None:
    """Make a text editor read-only and grey it as disabled fields are (read-only text looks editable in Qt)."""
    editor.setReadOnly(read_only)
    viewport = editor.viewport()
    palette = viewport.palette()
    role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
    palette.setColor(QPalette.ColorRole.Base, editor.palette().color(role))
    viewport.setPalette(palette)
    _mark_locked(editor, read_only)


def _mark_locked(widget: QWidget, locked: bool) -> None:
    """The style rule ``[locked="true"]`` greys the field: a palette alone is reset when a widget is first
    polished under a style sheet (a field once locked keeps the rules: ``gui.style``)."""
    if bool(widget.property("locked")) != locked:
        style.set_state(widget, "locked", locked)


def set_editable(widget: QWidget, editable: bool) -> None:
    """Let a field take input or not: text stays readable and selectable (greyed), other widgets are disabled."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):  # the scroll areas that have setReadOnly()
        show_read_only(widget, not editable)
    elif isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        widget.setReadOnly(not editable)
        palette = widget.palette()
        role = QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window
        palette.setColor(QPalette.ColorRole.Base, QApplication.palette(widget).color(role))
        widget.setPalette(palette)
        _mark_locked(widget, not editable)
    else:
        widget.setEnabled(editable)


class StepPage(QWidget):
    """A step's editor. Subclasses fill ``self.body`` and override the hooks."""

    step = ""

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = named(QLabel(), "heading")
        self._title_row = QHBoxLayout()
        self._title_row.setContentsMargins(0, 0, 0, 0)
        self._title_row.addWidget(self.title)
        layout.addLayout(self._title_row)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self._scope_note: ReadOnlyNote | None = None
        self.session.changed.connect(self._on_changed)

    def _on_changed(self, notice: Notice) -> None:
        self.refresh(notice)
        self._show_scope_note()

    def beside_title(self, notice: QWidget) -> None:
        """Put a notice that comes and goes (who else is editing: ``PresenceBanner``) beside the title: its space
        is kept while it is hidden, so the page below never moves when it shows (a click aimed at a row lands on
        that row). The notice keeps one height whatever it says."""
        policy = notice.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        notice.setSizePolicy(policy)
        self._title_row.addWidget(notice, 1)

    def add_scope_note(self) -> ReadOnlyNote:
        """Put at the top of the page the note ``scope_note()`` writes (what a partner copy lets its user
        edit here), kept up to date as the session changes; hidden in the coordinator's proposal."""
        self._scope_note = ReadOnlyNote()
        self.body.insertWidget(0, self._scope_note)
        self._show_scope_note()
        return self._scope_note

    def _show_scope_note(self) -> None:
        if self._scope_note is not None:
            scope = self.session.scope
            notes = [("" if scope is None else self.server_note() if scope.on_server else self.scope_note()),
                     self.frozen_note() if self.session.frozen else ""]
            self._scope_note.show_message("\n".join(note for note in notes if note))

    def refresh_frozen(self) -> None:
        """Parts were frozen or unfrozen: show the note again and repaint (cells ask whether they are editable)."""
        self._show_scope_note()
        self.update()
        for view in self.findChildren(QAbstractItemView):
            view.viewport().update()

    def frozen_note(self) -> str:
        """When some of this page's parts are frozen: which, and that no one edits them until the coordinator
        unfreezes them (only asked when some part of the proposal is frozen)."""
        return ""

    def scope_note(self) -> str:
        """In a partner copy, one or two plain sentences: what the partner can edit on this page, or that
        all of it is the coordinator's (only asked when the proposal is a partner copy)."""
        return ""

    def server_note(self) -> str:
        """For a partner's login on the team server, what on this page is the coordinator's or another partner's
        (empty: nothing; only asked on the team server)."""
        return ""

    def refresh(self, notice: Notice) -> None:
        """Show the session's current snapshot (the notice says what changed)."""

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        """Select the entity and focus the field; False if this page cannot."""
        return False

    def guidance(self) -> str:
        """Markdown shown in the side panel for this step."""
        return ""
