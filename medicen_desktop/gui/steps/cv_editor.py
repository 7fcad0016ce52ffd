"""The CV text of the selected team member, typed in place and autosaved like any text.

Read-only (greyed) for a member the open partner copy may not change.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from medicen_desktop.gui.exchange_scope import is_editable
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.session import Notice, ProposalSession
from medicen_desktop.gui.steps.base import show_read_only
from medicen_desktop.gui.undo_keys import WordEnds, route_undo_keys


class CvEditor(QWidget):
    def __init__(self, session: ProposalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = named(QLabel(wordWrap=True), "panelTitle")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("A short CV: degrees, current position, experience relevant to the "
                                             "project, five key publications or patents."))
        self.text.textChanged.connect(self._typed)
        route_undo_keys(self.text)
        self.text.setTabChangesFocus(True)
        self._word_ends = WordEnds(self.text.document())
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        session.changed.connect(self._on_changed)
        self.show_member(None)

    def show_member(self, member_uuid: str | None) -> None:
        """Edit this member's CV (None: nothing selected)."""
        self.session.flush()  # what was typed for the previous member is written first
        self.member = member_uuid
        member = self.session.entity("team_members", member_uuid) if member_uuid else None
        self.heading.setText(self.tr("CV of {name}").format(name=member.name) if member
                             else self.tr("CV — select a team member"))
        self.text.setEnabled(member is not None)
        show_read_only(self.text, member is not None and not is_editable(
            self.session.scope, "team_members", member.model_dump(), "cv"))
        self._load(member.cv if member else "")

    def _load(self, text: str) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)

    def _typed(self) -> None:
        if self.member is not None:
            self.session.update_later("team_members", self.member, "cv", self.text.toPlainText(), self,
                                      word_end=self._word_ends.take())

    def _on_changed(self, notice: Notice) -> None:
        if notice.source is self or self.member is None or not notice.touches("team_members"):
            return
        try:
            member = self.session.entity("team_members", self.member)
        except KeyError:
            self.show_member(None)  # deleted (or its creation undone)
            return
        self.heading.setText(self.tr("CV of {name}").format(name=member.name))  # renamed in the team table
        if member.cv != self.text.toPlainText():
            self._load(member.cv)
