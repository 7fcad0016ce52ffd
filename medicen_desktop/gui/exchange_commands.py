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
                 resolutions: Mapping[str, Resolution], text: str, reload: Callable[[], None]) -> None:
        super().__init__(text)
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
        # The stack undid every later command first, so the proposal holds what the merge
        # wrote; only its revision moved (undone edits bump it too). Hence force.
        merging.undo_merge(self._db, self.merge_uuid, ACTOR, force=True)
        self._reload()
