"""Undoable commands over the service layer (redo applies, undo applies the inverse).

Each command is pushed *after* its first application succeeded (so a
refused edit never lands on the stack): the first ``redo()`` that
``QUndoStack.push`` makes is skipped.

An undo or a redo is a write like any other, based on what the command
left: it never reverts another writer's later change. When it would (the
same field changed since by someone else), it is not done, the command is
made obsolete (``QUndoStack`` then drops it) and ``refused`` says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import WriteConflict
from medicen_desktop.services import edit, proposals, revisions
from medicen_desktop.services.edit import Change, Removal
from medicen_desktop.store.database import Database

_TYPING_ID = 1001

Target = tuple[str, str | None, str | None]
"""What a command changes, to show it after an undo: (entity list or "proposal", UUID, field)."""


class _Applied(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True
        self.target: Target | None = None

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.apply()

    def apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class UpdateCommand(_Applied):
    """Set fields of one entity. Typing that ``continues`` the typing step on top of the stack (the same
    word, no pause between) merges into it."""

    def __init__(self, db: Database, change: Change, text: str, notify: Callable[[Change], None],
                 refused: Callable[[str], None] = lambda _message: None, *, typing: bool = False,
                 continues: bool = False) -> None:
        super().__init__(text)
        self._db = db
        self.change = change
        self._notify = notify
        self._refused = refused
        self._typing = typing
        self._continues = typing and continues
        self.target = (change.list_name, change.uuid, next(iter(change.after), None))

    def id(self) -> int:
        return _TYPING_ID if self._typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateCommand) or not other._continues:
            return False
        mine, theirs = self.change, other.change
        if (mine.list_name, mine.uuid, set(mine.after)) != (theirs.list_name, theirs.uuid, set(theirs.after)):
            return False
        self.change = Change(mine.list_name, mine.uuid, mine.proposal_uuid, mine.before, theirs.after, theirs.revision)
        return True

    def apply(self) -> None:
        self._set(self.change.after, self.change.before)

    def undo(self) -> None:
        self._set(self.change.before, self.change.after)

    def _set(self, values: dict[str, Any], base: dict[str, Any]) -> None:
        try:
            change = edit.update_fields(self._db, self.change.list_name, self.change.uuid, values, base=base)
        except WriteConflict as exc:
            self.setObsolete(True)
            self._refused(str(exc))
            return
        self._notify(change)


class UpdateManyCommand(_Applied):
    """Several updates as one step (a move and the renumbering it causes); undo restores them in reverse."""

    def __init__(self, db: Database, changes: list[Change], text: str, notify: Callable[[Change], None]) -> None:
        super().__init__(text)
        self._db, self.changes, self._notify = db, changes, notify
        first = changes[0]
        self.target = (first.list_name, first.uuid, next(iter(first.after), None))

    def apply(self) -> None:
        for change in self.changes:
            self._notify(edit.update_fields(self._db, change.list_name, change.uuid, change.after))

    def undo(self) -> None:
        for change in reversed(self.changes):
            self._notify(edit.update_fields(self._db, change.list_name, change.uuid, change.before))


class AddCommand(_Applied):
    """Add one entity; undo deletes it (and restores nothing else)."""

    def __init__(self, db: Database, proposal_uuid: str, list_name: str, values: dict[str, Any], text: str,
                 reload: Callable[[], None]) -> None:
        super().__init__(text)
        self._db, self._proposal, self._list, self._values = db, proposal_uuid, list_name, values
        self._reload = reload
        self.target = (list_name, values.get("uuid"), None)

    def apply(self) -> None:
        if self._list != "organisations":  # a profile is never deleted (undo), so never re-added
            edit.add_entity(self._db, self._proposal, self._list, self._values)
        self._reload()

    def undo(self) -> None:
        if self._list != "organisations":  # organisation profiles are shared: they stay
            edit.delete_entity(self._db, self._list, self._values["uuid"])
        self._reload()


class DeleteCommand(_Applied):
    """Delete one entity and its cascade; undo restores all of it."""

    def __init__(self, db: Database, removal: Removal, text: str, reload: Callable[[], None]) -> None:
        super().__init__(text)
        self._db, self._removal, self._reload = db, removal, reload
        self._list, first = removal.entities[0]
        self._uuid = first["uuid"]
        self.target = (self._list, self._uuid, None)

    def apply(self) -> None:
        self._removal = edit.delete_entity(self._db, self._list, self._uuid)
        self._reload()

    def undo(self) -> None:
        edit.restore(self._db, self._removal)
        self._reload()


class DeleteProposalCommand(_Applied):
    """Delete a whole proposal from the library; undo re-imports its last snapshot."""

    def __init__(self, db: Database, document: ProposalDocument, text: str, reload: Callable[[], None]) -> None:
        super().__init__(text)
        self._db, self._document, self._reload = db, document, reload

    def apply(self) -> None:
        self._document = proposals.delete(self._db, self._document.proposal.uuid)
        self._reload()

    def undo(self) -> None:
        proposals.import_document(self._db, self._document, actor="undo")
        self._reload()


class ReplaceDocumentCommand(_Applied):
    """A change of the whole proposal (switching calls): undo brings back what it changed, redo does it again.

    Both are merged three-way into the stored proposal (services.revisions):
    what other writers changed since stays.
    """

    def __init__(self, db: Database, before: ProposalDocument, after: ProposalDocument, text: str,
                 reload: Callable[[], None], refused: Callable[[str], None] = lambda _message: None) -> None:
        super().__init__(text)
        self._db, self._before, self._after, self._reload = db, before, after, reload
        self.target = ("proposal", before.proposal.uuid, "template_key")
        self._refused = refused

    def apply(self) -> None:
        self._write(self._before, self._after, "redo")

    def undo(self) -> None:
        self._write(self._after, self._before, "undo")

    def _write(self, base: ProposalDocument, wanted: ProposalDocument, actor: str) -> None:
        try:
            revisions.restore(self._db, base, wanted, actor=actor)
        except WriteConflict as exc:
            self.setObsolete(True)
            self._refused(str(exc))
        self._reload()
