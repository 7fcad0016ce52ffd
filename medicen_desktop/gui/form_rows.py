"""Keep a form's word-wrapped rows whole when something beside the form comes and goes.

Seen on the Call step: once the line "Preparing what switching to … would
change…" under the form was shown and hidden again (a retarget preview,
cancelled), ``QFormLayout`` laid its rows out with heights computed for
another width: the Source and Notes rows got the same height, the four
sources were cut after the third and the notes floated below their label.
The form's own geometry was right; laying the form out again put the rows
right. ``WholeRows(host, form, labels)`` does that after each layout of the
host, only while one of ``labels`` is shorter than its text needs (so it
stops at once).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


class WholeRows(QObject):
    def __init__(self, host: QWidget, form: QFormLayout, labels: Sequence[QLabel]) -> None:
        """``host``: the widget whose layout holds ``form`` and the widgets that come and go beside it."""
        super().__init__(host)
        self._form, self._labels = form, tuple(labels)
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.check)  # once the host's layout has been done
        return False

    def cut(self) -> list[QLabel]:
        """The labels shorter than their text needs at their width."""
        return [label for label in self._labels
                if label.isVisible() and label.height() < label.heightForWidth(label.width())]

    def check(self) -> None:
        if self.cut():
            self._form.invalidate()
