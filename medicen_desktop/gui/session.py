"""One open proposal: its snapshot, its undo stack and its autosave.

Editors never write the database: they call ``update`` (a discrete edit,
written at once), ``update_later`` (typing, written by the autosave within
``MAX_DELAY_MS``, on the autosave's thread: ``gui.autosave``), ``add`` or ``delete``. Each goes through
``services.edit`` inside an undoable command, patches the in-memory
snapshot and emits ``changed`` with a ``Notice`` saying what changed, which
every view refreshes from (Anki's operations and ``OpChanges``).

In a partner copy (a proposal opened from a package), and for a partner's login
on the team server, ``scope`` is the partner's ``Scope``, read once when the
proposal is opened; every editor asks ``exchange_scope.is_editable(session.scope,
...)`` before accepting input. It is None for a coordinator's proposal: everything
is editable.

At start-up the last proposal is shown before the database is open (``gui.database_open``): the session
starts from the quick snapshot (``sqlite3`` alone) and is ``attach``-ed once the worker has opened it. Typing
meanwhile waits in the autosave, then is written based on what was shown (merged three-way with any commit
since); a use of ``db`` before then (a discrete edit, a flush) waits for the opening. So the ORM and the
services are imported where they are used: the quick start needs neither.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from medicen_desktop.document.parts import PartRef, part_of_entity
from medicen_desktop.document.schema import ENTITY_LISTS, Entity, ProposalDocument
from medicen_desktop.errors import WriteConflict
from medicen_desktop.exchange.assignment import Scope, partner_name
from medicen_desktop.exchange.frozen import frozen_reason
from medicen_desktop.gui.autosave import MAX_DELAY_MS as MAX_DELAY_MS  # re-exported: the editors' promise
from medicen_desktop.gui.autosave import Autosave

if TYPE_CHECKING:
    from medicen_desktop.gui.live import LiveWatch
    from medicen_desktop.gui.presence import PresenceBoard
    from medicen_desktop.services.edit import Change
    from medicen_desktop.services.revisions import RemoteChanges
    from medicen_desktop.store.database import Database
    from medicen_desktop.store.quick_snapshot import EditableSnapshot


@dataclass(frozen=True)
class Notice:
    """What changed: the entity lists touched (``"*"`` = everything) and who asked."""

    lists: frozenset[str]
    uuids: frozenset[str] = frozenset()
    source: object | None = None
    remote: bool = False
    """Another writer's commit (another window, the CLI, a colleague): an editor keeps what the user is typing."""

    def touches(self, *list_names: str) -> bool:
        return "*" in self.lists or any(name in self.lists for name in list_names)


class ProposalSession(QObject):
    """The open proposal. Emits ``changed(Notice)``, ``saveStateChanged(bool saving)``."""

    changed = Signal(object)
    saveStateChanged = Signal(bool)
    editRefused = Signal(str, str, str, str)
    """list_name, uuid, field, message: an autosaved value the services refused."""
    saveFailed = Signal(str)
    """Typed text could not be written (the environment's fault, said in the message); it is kept and retried."""
    remoteChanged = Signal(str)
    """Another writer committed changes, now shown: who changed what, one line for the status bar."""
    undoRefused = Signal(str)
    """An undo or redo would have reverted another writer's later change: it was not done (the message says why)."""
    keptBoth = Signal(str, str, str, int)
    """(list, uuid, field, paragraphs): typed text and a change made meanwhile both changed these
    paragraphs; both versions were kept, the typed one first. The user should choose."""
    databaseAttached = Signal()
    """A session started from the quick snapshot has its database now (what needs it can be read)."""

    def __init__(self, db: Database | None, proposal_uuid: str, parent: QObject | None = None, *,
                 snapshot: EditableSnapshot | None = None, wait: Callable[[], Database] | None = None) -> None:
        """A session on ``db``; or, at start-up, on ``snapshot`` with ``db`` None and ``wait`` returning the
        database once it is open (``attach`` is then called with it)."""
        super().__init__(parent)
        self._db = db
        self._wait = wait
        self.proposal_uuid = proposal_uuid
        self.undo_stack = QUndoStack(self)
        self.scope: Scope | None = None
        """The partner's scope in a partner copy or on the team server; None: the coordinator's, everything editable."""
        self.frozen: frozenset[PartRef] = frozenset()
        """The parts no one may edit now (services/parts.py); ``reload_frozen`` reads them again."""
        self.waiting: frozenset[PartRef] = frozenset()
        """The parts this window shows read-only because someone else was editing them first and the user has not
        chosen "Edit anyway" (the soft lock, ``gui.presence_banner``); the tables' cells ask ``waits_on``."""
        if snapshot is not None:  # a coordinator's proposal (the quick snapshot is never a partner copy)
            self._document, self.frozen = snapshot.document, snapshot.frozen
        else:
            from medicen_desktop.services import assignment, proposals

            self._document = proposals.get_document(self.db, proposal_uuid)
            self.scope = assignment.partner_scope(self.db, proposal_uuid)
            self.reload_frozen()
        self._index: dict[str, int] = {}
        self._reindex()
        self.autosave = Autosave(self, self)
        self._live: LiveWatch | None = None
        self.presence: PresenceBoard | None = None
        """Who edits which part, this window included, while the session is watched (``gui.presence``)."""
        self._watch_when_attached = False

    # -- the database ----------------------------------------------------
    @property
    def db(self) -> Database:
        """The database; before it is attached (the quick start), waits until it is open."""
        if self._db is None:
            if self._wait is None:
                raise RuntimeError("a session without a database nor a way to wait for it")
            self.attach(self._wait())
        assert self._db is not None
        return self._db

    @property
    def attached(self) -> bool:
        return self._db is not None

    def attach(self, db: Database) -> None:
        """Give a session started from the quick snapshot its database (once; GUI thread). What was typed
        meanwhile is written next, and what others committed since the snapshot is shown."""
        if self._db is not None:
            return
        self._db = db
        self.refresh_from_store()
        if self._watch_when_attached:
            self.watch()
        self.databaseAttached.emit()  # after watch(): what waited for it finds the presence board
        self.autosave.database_attached()

    def reload_frozen(self) -> None:
        from medicen_desktop.services import parts

        with self.db.read() as session:
            self.frozen = parts.frozen_parts(session, self.proposal_uuid)

    def frozen_reason(self, list_name: str, values: dict[str, Any]) -> str | None:
        """Why no one may edit this entity now (its part is frozen), or None."""
        return frozen_reason(self.frozen, list_name, values) if self.frozen else None

    def waits_on(self, list_name: str, values: dict[str, Any]) -> bool:
        """Whether this entity belongs to a part this window waits on (someone else edits it: soft lock)."""
        if not self.waiting:
            return False
        if list_name == "staff_rates":  # a partner's rates are its budget's, though no part status covers them
            return PartRef("budget", str(values.get("participation_uuid"))) in self.waiting
        return part_of_entity(list_name, values) in self.waiting

    # -- reading ---------------------------------------------------------
    @property
    def document(self) -> ProposalDocument:
        return self._document

    def entity(self, list_name: str, uuid: str) -> Any:
        """The entity (or the proposal for ``"proposal"``); KeyError if absent."""
        if list_name == "proposal":
            return self._document.proposal
        return getattr(self._document, list_name)[self._index[uuid]]

    def list_of(self, uuid: str) -> str | None:
        """Which entity list holds this UUID (``"proposal"`` for the proposal)."""
        if uuid == self._document.proposal.uuid:
            return "proposal"
        for name in ENTITY_LISTS:
            if any(e.uuid == uuid for e in getattr(self._document, name)):
                return name
        return None

    @property
    def partner(self) -> str | None:
        """The partner's short name in a partner copy or a partner's login on the team server (None: the
        coordinator's proposal)."""
        return None if self.scope is None else partner_name(self._document, self.scope.participation_uuid)

    @property
    def partner_copy(self) -> str | None:
        """The partner's short name in a partner copy (None: the coordinator's proposal, or the team server)."""
        return None if self.scope is None or self.scope.on_server else self.partner

    def holds(self, uuid: str) -> bool:
        """Whether the snapshot has an entity with this UUID (the proposal aside)."""
        return uuid in self._index

    # -- typing: the autosave (gui.autosave) -------------------------------
    @property
    def saving(self) -> bool:
        return self.autosave.saving

    @property
    def save_error(self) -> str | None:  # why the last autosave failed (None: everything typed is written)
        return self.autosave.save_error

    def update_later(self, list_name: str, uuid: str, field_name: str, value: Any, source: object = None, *,
                     word_end: bool = False) -> None:  # typed text, written within MAX_DELAY_MS
        self.autosave.update_later(list_name, uuid, field_name, value, source, word_end=word_end)

    def type_later(self, list_name: str, uuid: str, field_name: str, read: Callable[[], Any],
                   source: object = None, *, word_end: bool = False) -> None:  # the same, read when needed
        self.autosave.type_later(list_name, uuid, field_name, read, source, word_end=word_end)

    def settle(self) -> None:  # read now every value given to type_later
        self.autosave.settle()

    def flush(self) -> None:  # write what is typed now (waits for the database while it opens)
        self.autosave.flush()

    def is_pending(self, list_name: str, uuid: str, field_name: str) -> bool:  # an editor must not replace it
        return self.autosave.is_pending((list_name, uuid, field_name))

    # -- writing ---------------------------------------------------------
    def update(self, list_name: str, uuid: str, changes: dict[str, Any], text: str, source: object = None,
               base: dict[str, Any] | None = None) -> None:
        """Apply a discrete edit now, undoably. Raises EditError for a refused value.

        The edit is based on what the window shows (``base``, by default the
        snapshot's values): a field whose value is what the window showed is
        not written (another writer's newer value stays), and a field another
        writer changed meanwhile asks the user.

        A task or deliverable moved to another work package is renumbered there, and the package it left
        closes its gap, in the same undo step.
        """
        shown_values = {**(self._base_of(list_name, uuid, changes) or {}), **(base or {})}
        if changes and all(name in shown_values and shown_values[name] == value for name, value in changes.items()):
            return  # each field as the window showed it (left unchanged): nothing is written, no wait for the database
        from medicen_desktop.gui.commands import UpdateCommand, UpdateManyCommand
        from medicen_desktop.services import edit, numbering

        self.flush()
        wp = changes.get("work_package_uuid")
        renumbering = numbering.after_move(self._document, list_name, uuid, wp) if isinstance(wp, str) else []
        if renumbering:
            done: list[Change] = []
            for item, values in renumbering:  # the move first: refused, nothing is written
                moved = edit.update_fields(self.db, list_name, item, {**changes, **values} if item == uuid else values)
                if moved.after:
                    self.apply_change(moved, source)
                    done.append(moved)
            if done:
                self.undo_stack.push(UpdateManyCommand(self.db, done, text, self.apply_change))
            return
        shown = self._shown_revision(list_name, uuid)
        based = {**(self._base_of(list_name, uuid, changes) or {}), **(base or {})}
        change = self._write_based(list_name, uuid, changes, based or None)
        if change is None:
            return
        stale = change.revision > shown + (1 if change.after else 0)
        if stale:
            self.reload()  # another writer changed this entity meanwhile: show what is stored now
        if not change.after:
            return
        command = UpdateCommand(self.db, change, text, self.apply_change, self.refuse_undo)
        if not stale:
            self.apply_change(change, source)
        self.undo_stack.push(command)

    def _base_of(self, list_name: str, uuid: str, changes: dict[str, Any]) -> dict[str, Any] | None:
        """What the window shows of these fields: the base of an edit."""
        try:
            entity = self.entity(list_name, uuid)
        except (KeyError, IndexError):
            return None
        return {name: getattr(entity, name) for name in changes if hasattr(entity, name)}

    def _shown_revision(self, list_name: str, uuid: str) -> int:
        try:
            return int(self.entity(list_name, uuid).revision)
        except (KeyError, IndexError):
            return 0

    def _write_based(self, list_name: str, uuid: str, changes: dict[str, Any],
                     base: dict[str, Any] | None) -> Change | None:
        """update_fields based on ``base``; a conflict asks the user (None: they kept the other writer's)."""
        from medicen_desktop.services import edit

        try:
            return edit.update_fields(self.db, list_name, uuid, changes, base=base)
        except WriteConflict as exc:
            return self.settle_conflict(list_name, uuid, changes, exc)

    def settle_conflict(self, list_name: str, uuid: str, changes: dict[str, Any],
                        conflict: WriteConflict) -> Change | None:
        """Ask whether the user's value or the other writer's wins; write the user's if chosen."""
        from medicen_desktop.gui.conflict_prompt import ConflictPrompt
        from medicen_desktop.services import edit

        parent = self.parent()
        for _attempt in range(3):
            if ConflictPrompt.ask(parent if isinstance(parent, QWidget) else None, conflict.conflicts) == "theirs":
                self.reload()
                return None
            stored = {c.field: c.ours for c in conflict.conflicts if c.field}
            try:
                return edit.update_fields(self.db, list_name, uuid, changes, base=stored)
            except WriteConflict as again:  # yet another change meanwhile: ask again
                conflict = again
        self.reload()
        return None

    def refuse_undo(self, message: str) -> None:
        """An undo or redo was not done (it would revert a later change by another writer): show it."""
        self.reload()
        self.undoRefused.emit(message)

    def add(self, list_name: str, values: dict[str, Any], text: str) -> str:
        """Add an entity, undoably; return its UUID. Raises EditError."""
        from medicen_desktop.gui.commands import AddCommand
        from medicen_desktop.services import edit

        self.flush()
        values = {"uuid": str(uuidlib.uuid4()), **values}
        new_uuid = edit.add_entity(self.db, self.proposal_uuid, list_name, values)
        command = AddCommand(self.db, self.proposal_uuid, list_name, values, text, self.reload)
        self.reload()
        self.undo_stack.push(command)
        return new_uuid

    def delete(self, list_name: str, uuid: str, text: str) -> None:
        """Delete an entity and what depends on it, undoably."""
        from medicen_desktop.gui.commands import DeleteCommand
        from medicen_desktop.services import edit

        self.flush()
        removal = edit.delete_entity(self.db, list_name, uuid)
        command = DeleteCommand(self.db, removal, text, self.reload)
        self.reload()
        self.undo_stack.push(command)

    def retarget(self, template_key: str, text: str) -> Any:
        """Switch the proposal to another call, undoably; return the rules' ``RetargetReport``.

        Raises UnknownTemplate (nothing written).
        """
        from medicen_desktop.gui.commands import ReplaceDocumentCommand
        from medicen_desktop.services import validation

        self.flush()
        before = self._document
        report = validation.retarget(self.db, self.proposal_uuid, template_key, actor="gui")
        self.reload()
        self.undo_stack.push(ReplaceDocumentCommand(self.db, before, self._document, text, self.reload,
                                                    self.refuse_undo))
        return report

    # -- others' changes ---------------------------------------------------
    def watch(self) -> None:
        """Follow other writers' commits and presence live (until ``stop_watching``; from ``attach`` at the
        quick start)."""
        if not self.attached:
            self._watch_when_attached = True
            return
        from medicen_desktop.gui.live import LiveWatch
        from medicen_desktop.gui.presence import PresenceBoard

        if self._live is None:
            self._live = LiveWatch(self.db, self, self.proposal_uuid)
            self._live.committed.connect(self._others_committed)
        if self.presence is None:
            self.presence = PresenceBoard(self.db, self.proposal_uuid, self)

    def stop_watching(self) -> None:
        """Stop following others; this window's presence is released."""
        self._watch_when_attached = False
        if self._live is not None:
            self._live.stop()
            self._live = None
        if self.presence is not None:
            self.presence.stop()
            self.presence = None

    def _others_committed(self) -> None:
        if self._live is not None:  # a commit seen just before ``stop_watching``: the window is closing
            self.refresh_from_store()

    def refresh_from_store(self) -> None:
        """Show what other writers committed since this snapshot, in place, and say who changed what.

        Editors receive a ``Notice`` with ``remote`` set: each keeps the field
        the user is typing in (its cursor, its undo), and the autosave merges
        that text with the change three-way.
        """
        from medicen_desktop.services import proposals

        if self.autosave.in_flight is not None:
            # The commit seen may be the batch's own, not applied yet: once it is, only others' remain.
            self.autosave.refresh_after_write = True
            return
        changes = self._changes_since_read()
        if changes is None:
            return
        from medicen_desktop.store.journal import ANNOTATION_LISTS

        document_fields = [f for f in changes.fields if f[0] not in ANNOTATION_LISTS]
        if changes.fields and not document_fields:  # only statuses or comments: the snapshot is the same
            self.absorb_revision(changes.revision)
            self.changed.emit(Notice(changes.lists, frozenset(), None, remote=True))
            self.remoteChanged.emit(self._describe(changes))
            return
        before = self._document
        self._document = proposals.get_document(self.db, self.proposal_uuid)
        self._reindex()
        lists = changes.lists or frozenset({"*"})
        if any(field is None for _list, _uuid, field in document_fields):
            lists = lists | {"*"}  # an entity added or removed: lists re-read as a whole
        self.changed.emit(Notice(frozenset(lists), changes.uuids, None, remote=True))
        if changes.fields:  # none: only what a partner's role on a team server may not see changed
            self.remoteChanged.emit(self._describe(changes, before))

    def _changes_since_read(self) -> RemoteChanges | None:
        """What other commits changed since this window's snapshot was read (None: nothing committed since)."""
        from medicen_desktop.services import revisions

        known = self._document.proposal.revision
        current = revisions.current_revision(self.db, self.proposal_uuid)
        if current is None or current <= known:
            return None
        return revisions.changes_since(self.db, self.proposal_uuid, known)

    def absorb_revision(self, revision: int) -> None:
        """The proposal's revision moved by statuses or comments only (``store.journal.ANNOTATION_LISTS``): the
        snapshot is the same, so it takes that revision without being read again."""
        proposal = self._document.proposal
        if revision > proposal.revision:
            self._document = self._document.model_copy(update={"proposal": proposal.model_copy(
                update={"revision": revision})})

    def absorb_own_annotations(self) -> None:
        """After this window wrote a status or a comment: take the revisions it gave the proposal when they
        hold nothing else, so the live refresh does not announce this window's own change as another's."""
        from medicen_desktop.store.journal import ANNOTATION_LISTS

        if self.autosave.in_flight is not None:
            return
        changes = self._changes_since_read()
        if changes is None:
            return
        if all(f[0] in ANNOTATION_LISTS for f in changes.fields) and set(changes.actors) <= {self.db.user, ""}:
            self.absorb_revision(changes.revision)

    def _describe(self, changes: RemoteChanges, before: ProposalDocument | None = None) -> str:
        """Who changed what, as the forms name it (``gui.change_names``); ``before``: the snapshot replaced, which
        still names what was deleted."""
        from medicen_desktop.gui import change_names, i18n

        documents = [self._document] + ([before] if before is not None else [])
        return change_names.describe(changes.fields, changes.actors, documents, i18n.current())

    def reload(self) -> None:
        """Read the whole snapshot again (after adds, deletes and their undo)."""
        from medicen_desktop.services import proposals

        self._document = proposals.get_document(self.db, self.proposal_uuid)
        self._reindex()
        self.changed.emit(Notice(frozenset({"*"})))

    # -- helpers ---------------------------------------------------------
    def apply_change(self, change: Change, source: object = None) -> None:
        """Patch the in-memory snapshot with a written change (no database read)."""
        values = {**change.after, "revision": change.revision}
        if change.list_name == "proposal":
            current: Entity = self._document.proposal
            new = type(current).model_validate({**current.model_dump(), **values})
            self._document = self._document.model_copy(update={"proposal": new})
        else:
            items = list(getattr(self._document, change.list_name))
            index = self._index[change.uuid]
            items[index] = type(items[index]).model_validate({**items[index].model_dump(), **values})
            update: dict[str, Any] = {change.list_name: items}
            bumped = change.revisions_of(self.proposal_uuid)  # an organisation's change bumps each proposal using it
            if bumped is not None and bumped[0] == self._document.proposal.revision:
                # This write is all that changed the proposal since the snapshot: the live refresh must not
                # take it for another writer's (a reload of everything, the editor's text read again).
                update["proposal"] = self._document.proposal.model_copy(update={"revision": bumped[1]})
            self._document = self._document.model_copy(update=update)
        self.changed.emit(Notice(frozenset({change.list_name}), frozenset({change.uuid}), source))

    def _reindex(self) -> None:
        self._index = {
            entity.uuid: i for name in ENTITY_LISTS for i, entity in enumerate(getattr(self._document, name))
        }
