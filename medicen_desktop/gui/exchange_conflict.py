"""One conflict of a merge, side by side: your version | the partner's, word changes marked.

The coordinator keeps its version, takes the partner's, or edits the text
(a ``Custom`` resolution). Text conflicts show only the overlapping
paragraphs (every other paragraph edit of both sides is merged already).
Emits ``resolutionChanged`` whenever the choice or the edited text changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QWidget,
)

from medicen_desktop.exchange.merge_result import Conflict, Custom, Resolution
from medicen_desktop.exchange.textmerge import Side
from medicen_desktop.gui.exchange_diff import DELETED, INSERTED, side_html
from medicen_desktop.gui.exchange_names import Names
from medicen_desktop.gui.exchange_widgets import label, named

_HUNK_GAP = '<p style="color:#888888;">⋯</p>'


@dataclass(frozen=True)
class OtherSide:
    """How the view names the other side, when it is not a partner's contribution (a new round's package)."""

    version: str
    """Title of the other side's column."""
    take: str
    """Label of the radio button that takes the other side."""
    added: str
    """Legend of the words the other side added."""
    since: str
    """Legend's lead, with ``{yours} {theirs} {removed}``."""
    both_text: str
    both_value: str


class ConflictView(QWidget):
    resolutionChanged = Signal()

    def __init__(self, conflict: Conflict, partner: str, names: Names | None = None,
                 parent: QWidget | None = None, other: OtherSide | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.names = names or Names()
        self.other = other
        self.editable = conflict.kind == "text" or (conflict.kind == "value" and isinstance(conflict.ours, str)
                                                    and isinstance(conflict.theirs, str))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        title = label(f"<b>{_escape(self.title())}</b>", "panelTitle")
        grid.addWidget(title, 0, 0, 1, 2)
        explain = label(f"{_escape(self._explanation())}<br/>{self._legend(partner)}", "hint")
        grid.addWidget(explain, 1, 0, 1, 2)
        theirs = other.version if other else self.tr("{partner}'s version").format(partner=partner)
        ours = self.tr("Your version")
        self.ours_label = label(f"<b>{_escape(ours)}</b>", "sideTitle")
        self.theirs_label = label(f"<b>{_escape(theirs)}</b>", "sideTitle")
        self.ours_view = self._side("ours")
        self.theirs_view = self._side("theirs")
        grid.addWidget(self.ours_label, 2, 0)
        grid.addWidget(self.theirs_label, 2, 1)
        grid.addWidget(self.ours_view, 3, 0)
        grid.addWidget(self.theirs_view, 3, 1)
        self.keep_ours = QRadioButton(self.tr("&Keep mine"))
        self.take_theirs = QRadioButton(other.take if other else self.tr("&Take {partner}'s").format(partner=partner))
        self.edit_choice = QRadioButton(self.tr("&Edit the result myself"))
        self.group = QButtonGroup(self)
        for button in (self.keep_ours, self.take_theirs, self.edit_choice):
            self.group.addButton(button)
        grid.addWidget(self.keep_ours, 4, 0)
        grid.addWidget(self.take_theirs, 4, 1)
        grid.addWidget(self.edit_choice, 5, 0, 1, 2)
        self.custom = named(QPlainTextEdit(), "customResolution")
        self.custom.setPlaceholderText(self.tr("The text to keep, as it will be written"))
        self.custom.hide()
        grid.addWidget(self.custom, 6, 0, 1, 2)
        self.edit_choice.setVisible(self.editable)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.group.buttonToggled.connect(self._toggled)
        self.custom.textChanged.connect(self.resolutionChanged)

    def title(self) -> str:
        """What is in conflict, in the user's words ("Section “Methodology” · text")."""
        c = self.conflict
        return f"{self.names.entity(c.uuid, c.label)} · {self.names.field(c.field)}"

    def _legend(self, partner: str) -> str:
        """Which colour says what, as the views use them."""
        def chip(text: str, colour: str, struck: bool = False) -> str:
            strike = " text-decoration:line-through;" if struck else ""
            return f"<span style='background-color:{colour};{strike}'>&nbsp;{_escape(text)}&nbsp;</span>"

        since = self.other.since if self.other else self.tr("Since the package was sent: {yours} {theirs} {removed}")
        added = self.other.added if self.other else self.tr("added by {partner}").format(partner=partner)
        return since.format(
            yours=chip(self.tr("added by you"), INSERTED["ours"]),
            theirs=chip(added, INSERTED["theirs"]),
            removed=chip(self.tr("removed"), DELETED, struck=True))

    def _explanation(self) -> str:
        if self.conflict.kind == "text":
            if self.other:
                return self.other.both_text
            return self.tr("You and the partner changed the same paragraphs. Only those are shown; every other "
                           "paragraph change of both sides is merged already.")
        if self.conflict.kind == "delete-edit":
            return self.tr("One side deleted this entry while the other changed it.")
        if self.other:
            return self.other.both_value
        return self.tr("You and the partner changed this value differently.")

    def _side(self, side: Side) -> QTextBrowser:
        view = named(QTextBrowser(), f"{side}Text")
        view.setOpenLinks(False)
        view.setHtml(self.side_html(side))
        return view

    def side_html(self, side: Side) -> str:
        """The HTML one side's view shows: its changes from the common base, word by word."""
        c = self.conflict
        if c.kind == "text" and c.hunks:
            return _HUNK_GAP.join(f"<p>{side_html(h.base, getattr(h, side), side)}</p>" for h in c.hunks)
        value = getattr(c, side)
        if value is None:
            deleted = self.tr("(deleted)")
            return f"<p><i>{_escape(deleted)}</i></p>"
        return f"<p>{side_html(self.names.value(c.base), self.names.value(value), side)}</p>"

    # -- choice ------------------------------------------------------------------
    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        editing = button is self.edit_choice
        if editing and not self.custom.toPlainText():
            self.custom.setPlainText(str(self.conflict.resolved("ours")))
        self.custom.setVisible(editing)
        self.resolutionChanged.emit()

    def choose(self, side: Side) -> None:
        (self.keep_ours if side == "ours" else self.take_theirs).setChecked(True)

    def edit(self, text: str) -> None:
        """Choose to edit, with this text as the result."""
        self.edit_choice.setChecked(True)
        self.custom.setPlainText(text)

    def custom_text(self) -> str:
        """The edited text, with no-break spaces kept (``toPlainText`` turns them into spaces)."""
        return self.custom.document().toRawText().replace("\u2029", "\n")

    def resolution(self) -> Resolution | None:
        """The coordinator's choice (None: not resolved yet)."""
        if self.keep_ours.isChecked():
            return "ours"
        if self.take_theirs.isChecked():
            return "theirs"
        if self.edit_choice.isChecked():
            return Custom(self.custom_text())
        return None


def _escape(text: str) -> str:
    import html

    return html.escape(text)
