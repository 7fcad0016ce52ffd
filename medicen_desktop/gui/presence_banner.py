"""The soft lock above a part's editor: who else is editing it, and the choice to edit anyway.

``PresenceBanner(session)`` sits above an editor. The page tells it which
part it shows (``show_part(part, label, editable)``) and whether the page is
left (``leave()``); the banner tells the session's ``PresenceBoard`` what this
window edits, and answers whether the editor should wait (``held``).

The rule, a soft lock, never a refusal:

- someone already editing the part when this window opens it: the editor
  stays read-only, the banner says who and since when, and "Edit anyway"
  opens it (both texts are merged paragraph by paragraph by the autosave's
  three-way merge). When they leave first, the editor opens by itself;
- someone opening the part this window already edits: this window goes on,
  the banner just says they are editing it too.

``marks(part)`` gives a list's short mark ("  ✎ Claire"); ``describe(part, label)``
a sentence for a tooltip.

The same banner serves a section (Sections step), a work package (Work plan
step: the part of the selected row) and a partner's budget (Budget step: the
part of the grid's current row). While the editor waits, the part is in the
session's ``waiting`` set: the tables' cells of that part are not editable.
A table page also names who edits its other parts (``kinds``, ``label_of``):
"Claire is editing “WP2” since 14:02.", shown while its own part is free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from medicen_desktop.document.parts import BadPartKey, PartRef
from medicen_desktop.gui.exchange_widgets import named
from medicen_desktop.gui.session import ProposalSession

if TYPE_CHECKING:  # the store's presence loads SQLAlchemy: not before the database is open
    from medicen_desktop.store.presence import Presence

EDITING = "✎"

_STYLE = ("QFrame#presenceBanner { background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; }"
          "QFrame#presenceBanner QLabel { color: #3e2723; }")


def since_text(since: dt.datetime, today: dt.date | None = None) -> str:
    """"14:02" today, else "3 Dec 14:02"-like (local time; the locale's day and month)."""
    local = since.astimezone()
    if local.date() == (today or dt.date.today()):
        return local.strftime("%H:%M")
    return f"{local.day:02d}/{local.month:02d} {local.strftime('%H:%M')}"


class PresenceBanner(QFrame):
    lockChanged = Signal()
    """The editor should now wait (or may now be edited): the page applies ``held`` again."""
    othersChanged = Signal()
    """Someone began or stopped editing some part: lists show their marks again."""

    def __init__(self, session: ProposalSession, kinds: tuple[str, ...] = (),
                 label_of: Callable[[str], str] | None = None) -> None:
        """``kinds``: the part kinds the page edits ("wp", "budget") whose other parts the banner names while
        the shown part is free; ``label_of(part)`` their labels ("WP2", a partner's short name)."""
        super().__init__()
        self.kinds, self.label_of = kinds, label_of
        self.setObjectName("presenceBanner")
        self.setStyleSheet(_STYLE)
        self.session = session
        self.part: str | None = None
        self.label = ""
        self.editable = False
        self.held = False
        """Someone else was editing the shown part first, and this window has not chosen to edit anyway."""
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        self.text = named(QLabel(wordWrap=True), "presenceText")
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # the row gives the width
        layout.addWidget(self.text, 1)
        self.edit_anyway_button = QPushButton(self.tr("Edit &anyway"))
        self.edit_anyway_button.clicked.connect(self.edit_anyway)
        layout.addWidget(self.edit_anyway_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._merging = self.tr("Typed text is merged paragraph by paragraph; a paragraph you both change keeps both "
                                "versions, for you to choose.")
        self._sentence = ""
        self.setToolTip(self._merging)
        self._fit_height()
        self.hide()
        if session.presence is not None:
            session.presence.changed.connect(self._moved)
        else:  # the quick start: the board comes with the database
            session.databaseAttached.connect(self._board_ready)

    def _board_ready(self) -> None:
        if self.session.presence is not None:
            self.session.presence.changed.connect(self._moved)
            self._claim()
            self._say()

    # -- the page's side -----------------------------------------------------
    def show_part(self, part: str | None, label: str, editable: bool) -> bool:
        """The page shows ``part`` (None: nothing); returns ``held``. Showing the same part again keeps the choice."""
        if part != self.part or editable != self.editable:
            self._hold(False)
            self.part, self.editable = part, editable
            self._hold(bool(part and editable and self._others()))
        self.label = label
        self._claim()
        self._say()
        return self.held

    def leave(self) -> None:
        """The page is left (another step): this window edits nothing."""
        self._hold(False)
        self.part = None
        self._claim()
        self._say()

    def edit_anyway(self) -> None:
        self._hold(False)
        self._claim()
        self._say()
        self.lockChanged.emit()

    def marks(self, part: str) -> str:
        """"  ✎ Claire" after a list's title when others edit ``part`` ("" when nobody does)."""
        names = self._names(self._others(part))
        return f"  {EDITING} {names}" if names else ""

    def describe(self, part: str, label: str) -> str:
        """"Claire is editing “Methodology” since 14:02." ("" when nobody else is)."""
        others = self._others(part)
        if not others:
            return ""
        if len(others) == 1:
            return self.tr("{who} is editing “{part}” since {time}.").format(
                who=self._names(others), part=label, time=since_text(others[0].since))
        return self.tr("{who} are editing “{part}” since {time}.").format(
            who=self._names(others), part=label, time=since_text(others[0].since))

    # -- inside --------------------------------------------------------------
    def _others(self, part: str | None = None) -> list[Presence]:
        board = self.session.presence
        if board is None:
            return []
        return board.others(part if part is not None else self.part)

    def _names(self, others: list[Presence]) -> str:
        names: list[str] = []
        for presence in others:
            name = presence.user if presence.user != self.session.db.user else self.tr(
                "{name} (in another window)").format(name=presence.user)
            if name not in names:
                names.append(name)
        if len(names) <= 1:
            return "".join(names)
        if len(names) > 3:
            return self.tr("{names} and {n} others").format(names=", ".join(names[:2]), n=len(names) - 2)
        return self.tr("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])

    def _hold(self, held: bool) -> None:
        """Wait on the shown part, or stop waiting: the session's ``waiting`` follows (the tables' cells)."""
        self.held = held
        try:
            ref = PartRef.parse(self.part) if self.part else None
        except BadPartKey:
            ref = None
        if ref is None:
            return
        waiting = self.session.waiting
        self.session.waiting = waiting | {ref} if held else waiting - {ref}

    def _claim(self) -> None:
        board = self.session.presence
        if board is not None:
            board.editing(self.part if self.part is not None and self.editable and not self.held else None)

    def _moved(self) -> None:
        if self.held and not self._others():
            self._hold(False)  # they left first: the editor opens by itself
            self._claim()
            self.lockChanged.emit()
        self._say()
        self.othersChanged.emit()

    def elsewhere(self) -> str:
        """"Claire is editing “WP2” since 14:02." for each other part of this page's kinds others edit ("")."""
        sentences: list[str] = []
        seen: set[str] = set()
        for presence in self._others_anywhere():
            if presence.part == self.part or presence.part in seen or self.label_of is None:
                continue
            seen.add(presence.part)
            sentences.append(self.describe(presence.part, self.label_of(presence.part)))
        return " ".join(sentences)

    def _others_anywhere(self) -> list[Presence]:
        board = self.session.presence
        if board is None or not self.kinds:
            return []
        return [p for p in board.others(None) if p.part.partition(":")[0] in self.kinds]

    def _say(self) -> None:
        others = self._others() if self.part is not None else []
        if not others:
            elsewhere = self.elsewhere()
            self._show_text(elsewhere, self._merging)
            self.edit_anyway_button.setVisible(False)
            self.setVisible(bool(elsewhere))
            return
        sentence = self.describe(self.part or "", self.label)
        kind = (self.part or "").partition(":")[0]
        detail = self._merging
        if self.held:
            sentence += " " + self.tr("Read-only for now.")
            detail = (self.tr("Read-only for now: if you edit it anyway, your texts are merged paragraph by "
                              "paragraph.") if kind == "section" else self.tr(
                "Read-only for now: if you edit it anyway, changes to different fields both land and a field you "
                "both change is shown for you to choose."))
        elif self.editable:
            sentence += " " + self.tr("You are editing it too.")
            detail = (self.tr("You are editing it too: your texts are merged paragraph by paragraph.")
                      if kind == "section" else self.tr(
                "You are editing it too: a field you both change is shown for you to choose."))
        self._show_text(sentence, detail)
        self.edit_anyway_button.setVisible(self.held)
        self.edit_anyway_button.setToolTip(detail)
        self.show()

    # -- one height, whatever it says (beside a page's title: the page below must not move) ----------------
    def _fit_height(self) -> None:
        """Two lines of text, or the button's height if taller, and the frame's margins."""
        margins = self._row.contentsMargins()
        lines = 2 * self.text.fontMetrics().lineSpacing()
        self.setFixedHeight(max(lines, self.edit_anyway_button.sizeHint().height())
                            + margins.top() + margins.bottom() + 2 * self.frameWidth())

    def _show_text(self, sentence: str, detail: str) -> None:
        """Show ``sentence`` in at most two lines (whole sentences dropped from the end, "…" said instead); the
        tooltip has it all and what it means."""
        self._sentence = sentence
        self.setToolTip(f"{sentence}\n\n{detail}" if sentence else detail)
        self._wrap()

    def _wrap(self) -> None:
        width = self.text.width()
        metrics = self.text.fontMetrics()
        shown = self._sentence
        sentences = shown.split(". ")
        while width > 0 and len(sentences) > 1 and metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, shown).height() > 2 * metrics.lineSpacing():
            sentences.pop()
            shown = ". ".join(sentences) + ". …"
        self.text.setText(shown)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_row"):
            self._fit_height()  # (the style sheet set in __init__ comes before the row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()
