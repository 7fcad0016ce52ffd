"""A merged contribution as one undoable step (Edit ▸ Undo).

Like the session's commands, it is pushed after the merge was applied, so
the first ``redo()`` that ``QUndoStack.push`` makes is skipped. Undo calls
``undo_merge``; redo merges the same file again with the same resolutions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from medicen_desktop.exchange.merge_result import Resolution
from medicen_desktop.services import merging
from medicen_desktop.store.database import Database

ACTOR = "gui"


class MergeCommand(QUndoCommand):
    """The whole merge of one contribution."""

    def __init__(self, db: Database, proposal_uuid: str, merge_uuid: str, raw: bytes, source: str,
                 resolutions: Mapping[str, Resolution], text: str, reload: Callable[[], None],
                 refused: Callable[[str], None] = lambda _message: None) -> None:
        super().__init__(text)
        self._refused = refused
        self._db, self._proposal, self._raw, self._source = db, proposal_uuid, raw, source
        self._resolutions = dict(resolutions)
        self._reload = reload
        self.merge_uuid = merge_uuid
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        report = merging.merge_contribution(self._db, self._proposal, self._raw, self._source,
                                            resolutions=self._resolutions, actor=ACTOR)
        if report.merge_uuid is not None:
            self.merge_uuid = report.merge_uuid
        self._reload()

    def undo(self) -> None:
        # Three-way: what other writers (another window, the CLI, another partner's merge)
        # changed since stays; a field they changed again makes the undo refused, not forced.
        try:
            merging.undo_merge(self._db, self.merge_uuid, ACTOR)
        except merging.UndoRefused as exc:
            self.setObsolete(True)
            self._refused(str(exc))
        self._reload()
