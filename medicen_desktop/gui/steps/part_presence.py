"""Presence and the soft lock on a table step: the work package or partner budget of the current row.

``TablePresence(page, kinds, current, label_of)`` puts a ``PresenceBanner``
in the page and keeps it told which part the page edits: ``current()`` (the
part of the selected row, or None) whenever the page calls ``follow()`` (the
selection moved) and when the page is shown; nothing once the page is left
(another step). When the banner's soft lock begins or ends, the page's
tables are repainted and ``lockChanged`` tells it to enable its buttons again:
the cells themselves ask the session (``ProposalSession.waits_on``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from medicen_desktop.document.parts import BadPartKey, PartRef
from medicen_desktop.gui.presence_banner import PresenceBanner
from medicen_desktop.gui.session import ProposalSession


class TablePresence(QObject):
    lockChanged = Signal()
    """The page's part began or stopped waiting: the page enables its buttons again."""

    def __init__(self, page: QWidget, session: ProposalSession, kinds: tuple[str, ...],
                 current: Callable[[], str | None], label_of: Callable[[str], str],
                 editable: Callable[[str], bool]) -> None:
        """``current()``: the stored part the page's selection is in; ``editable(part)``: whether this window
        may edit it at all (a partner copy's scope): a part it may not edit is looked at, never claimed."""
        super().__init__(page)
        self.page, self.session = page, session
        self.current, self.label_of, self.editable = current, label_of, editable
        self.banner = PresenceBanner(session, kinds, label_of)
        self.banner.lockChanged.connect(self._lock_changed)
        page.installEventFilter(self)

    def follow(self) -> None:
        """The selection moved: the banner shows (and this window claims) the part it is in now."""
        if not self.page.isVisible():
            return
        part = self.current()
        frozen = False
        if part is not None and self.session.frozen:
            try:
                frozen = PartRef.parse(part) in self.session.frozen
            except BadPartKey:
                frozen = False
        editable = part is not None and self.editable(part) and not frozen
        was = self.banner.held
        self.banner.show_part(part, self.label_of(part) if part else "", editable)
        if self.banner.held != was:
            self._lock_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and not event.spontaneous():
            if event.type() == QEvent.Type.Show:
                self.follow()
            elif event.type() == QEvent.Type.Hide:  # another step (a minimised window still edits)
                was = self.banner.held
                self.banner.leave()
                if was:
                    self._lock_changed()
        return False

    def _lock_changed(self) -> None:
        for view in self.page.findChildren(QAbstractItemView):
            view.viewport().update()
        self.lockChanged.emit()

