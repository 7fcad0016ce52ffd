"""One open proposal: its snapshot, its undo stack and its autosave.

Editors never write the database: they call ``update`` (a discrete edit,
written at once), ``update_later`` (typing, written by the autosave within
``MAX_DELAY_MS``, on the autosave's thread: ``gui.autosave``), ``add`` or ``delete``. Each goes through
``services.edit`` inside an undoable command, patches the in-memory
snapshot and emits ``changed`` with a ``Notice`` saying what changed, which
every view refreshes from (Anki's operations and ``OpChanges``).

In a partner copy (a proposal opened from a package) ``scope`` is the
partner's ``Scope``, read once when the proposal is opened; every editor asks
``exchange_scope.is_editable(session.scope, ...)`` before accepting input.
It is None for a coordinator's proposal: everything is editable.
"""

from __future__ import annotations

import itertools
import time
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from medicen_desktop.document.parts import PartRef
from medicen_desktop.exchange.frozen import frozen_reason
from medicen_desktop.exchange.assignment import Scope, partner_name
from medicen_desktop.gui.autosave import AutosaveWriter, Batch, Key
from medicen_desktop.document.schema import ENTITY_LISTS, Entity, ProposalDocument
from medicen_desktop.document.text import normalise_field
from medicen_desktop.gui.commands import (
    AddCommand,
    DeleteCommand,
    ReplaceDocumentCommand,
    UpdateCommand,
    UpdateManyCommand,
)
from medicen_desktop.errors import EnvironmentFault, NotFound, WriteConflict
from medicen_desktop.services import assignment, edit, numbering, parts, proposals
from medicen_desktop.services.edit import Change, EditError
from medicen_desktop.store.database import Database

if TYPE_CHECKING:
    from medicen_desktop.gui.live import LiveWatch
    from medicen_desktop.gui.presence import PresenceBoard

IDLE_DELAY_MS = 500
"""Write typed text once the user pauses this long..."""
MAX_DELAY_MS = 1500
"""...or at the latest this long after the first unsaved keystroke."""
RETRY_DELAY_MS = 2000
"""Try again this long after a write the environment refused (disk full, database locked)."""


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


@dataclass(frozen=True)
class _Deferred:
    """A typed value read when it is written (``ProposalSession.type_later``)."""

    read: Callable[[], Any]


@dataclass
class _Pending:
    values: dict[tuple[str, str, str], Any] = field(default_factory=dict)
    sources: dict[tuple[str, str, str], object] = field(default_factory=dict)
    bases: dict[tuple[str, str, str], Any] = field(default_factory=dict)
    """Each field's value when typing into it began (to merge with a change made meanwhile)."""
    word_ends: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)
    """Each field's values where a typed word ended (before its space): the undo steps inside this write."""
    since: float = 0.0


@dataclass
class _Written:
    """The session's record of a batch given to the autosave: what the GUI thread does once it is written."""

    pending: _Pending
    continues: bool
    handled: bool = False


class ProposalSession(QObject):
    """The open proposal. Emits ``changed(Notice)``, ``saveStateChanged(bool saving)``."""

    changed = Signal(object)
    saveStateChanged = Signal(bool)
    editRefused = Signal(str, str, str, str)
    saveFailed = Signal(str)
    """Typed text could not be written (the environment's fault, said in the message); it is kept and retried."""
    remoteChanged = Signal(str)
    """Another writer committed changes, now shown: who changed what, one line for the status bar."""
    undoRefused = Signal(str)
    """An undo or redo would have reverted another writer's later change: it was not done (the message says why)."""
    keptBoth = Signal(str, str, str, int)
    """(list, uuid, field, paragraphs): typed text and a change made meanwhile both changed these
    paragraphs; both versions were kept, the typed one first. The user should choose."""
    """list_name, uuid, field, message: an autosaved value the services refused."""

    def __init__(self, db: Database, proposal_uuid: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.proposal_uuid = proposal_uuid
        self.undo_stack = QUndoStack(self)
        self._document = proposals.get_document(db, proposal_uuid)
        self.scope: Scope | None = assignment.partner_scope(db, proposal_uuid)
        """The partner's scope in a partner copy; None: the coordinator's proposal, everything editable."""
        self.frozen: frozenset[PartRef] = frozenset()
        """The parts no one may edit now (services/parts.py); ``reload_frozen`` reads them again."""
        self.reload_frozen()
        self._index: dict[str, int] = {}
        self._reindex()
        self._pending = _Pending()
        self._writer = AutosaveWriter(self._write_typed, self)
        self._writer.written.connect(self._finish)
        self._in_flight: Batch | None = None
        """The batch the autosave's thread is writing (one at a time)."""
        self._refresh_after_write = False
        """Another commit was seen while a batch was in flight: look again once it is applied."""
        self._idle = QTimer(self, singleShot=True, interval=IDLE_DELAY_MS)
        self._idle.timeout.connect(self._autosave)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._deadline.timeout.connect(self._autosave_mid_typing)
        self._typing_continues = False
        """The last write was forced mid-word by the deadline: the next typing continues its undo step."""
        self._last_typed = 0.0
        self._retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry.timeout.connect(self._autosave)
        self._live: LiveWatch | None = None
        self.presence: PresenceBoard | None = None
        """Who edits which part, this window included, while the session is watched (``gui.presence``)."""
        self.save_error: str | None = None
        """Why the last autosave failed (None: everything typed is written)."""

    def reload_frozen(self) -> None:
        with self.db.read() as session:
            self.frozen = parts.frozen_parts(session, self.proposal_uuid)

    def frozen_reason(self, list_name: str, values: dict[str, Any]) -> str | None:
        """Why no one may edit this entity now (its part is frozen), or None."""
        return frozen_reason(self.frozen, list_name, values) if self.frozen else None

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
        """The partner's short name in a partner copy (None: the coordinator's proposal)."""
        return None if self.scope is None else partner_name(self._document, self.scope.participation_uuid)

    @property
    def saving(self) -> bool:
        return bool(self._pending.values) or self._in_flight is not None

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
        self.flush()
        wp = changes.get("work_package_uuid")
        renumbering = numbering.after_move(self._document, list_name, uuid, wp) if isinstance(wp, str) else []
        if renumbering:
            done: list[Change] = []
            for item, values in renumbering:  # the move first: refused, nothing is written
                moved = edit.update_fields(self.db, list_name, item, {**changes, **values} if item == uuid else values)
                if moved.after:
                    self._apply_change(moved, source)
                    done.append(moved)
            if done:
                self.undo_stack.push(UpdateManyCommand(self.db, done, text, self._apply_change))
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
        command = UpdateCommand(self.db, change, text, self._apply_change, self.refuse_undo)
        if not stale:
            self._apply_change(change, source)
        self.undo_stack.push(command)

    def update_later(self, list_name: str, uuid: str, field_name: str, value: Any, source: object = None, *,
                     word_end: bool = False) -> None:
        """Record typed text; the autosave writes it within MAX_DELAY_MS.

        Undo takes typing back a word or a pause at a time: ``word_end`` says this keystroke typed the space
        (or line break) after a word, so an undo step ends just before it; a pause (the idle write) ends one too.
        """
        key = (list_name, uuid, field_name)
        first = not self._pending.values
        now = time.monotonic()
        if now - self._last_typed > IDLE_DELAY_MS / 1000:
            self._typing_continues = False  # a pause: a new undo step
        self._last_typed = now
        if key not in self._pending.values:
            if self._in_flight is not None and key in self._in_flight.values:
                self._pending.bases[key] = self._in_flight.values[key]  # set for good once it is written (_finish)
            else:
                try:
                    self._pending.bases[key] = getattr(self.entity(list_name, uuid), field_name)
                except (KeyError, AttributeError):
                    self._pending.bases[key] = None
        elif word_end:
            previous = self._pending.values[key]
            if isinstance(previous, _Deferred):  # not settled before the key: read now (with the key's text)
                previous = previous.read()
            self._pending.word_ends.setdefault(key, []).append(previous)
        self._pending.values[key] = value
        self._pending.sources[key] = source
        self._idle.start()
        if first:
            self._pending.since = time.monotonic()
            self._deadline.start()
            self.saveStateChanged.emit(True)

    def _autosave_mid_typing(self) -> None:
        """The deadline's write, while the user is still typing: the undo step it ends goes on after it."""
        self._autosave()
        self._typing_continues = True

    def _autosave(self) -> None:
        """Give what is typed to the autosave's thread (the timers' write): the keys typed meanwhile
        never wait for the database. One batch at a time: the next is given when this one is written."""
        if self._in_flight is not None:
            return  # _finish starts the timer again
        batch = self._take_batch()
        if batch is not None:
            self._in_flight = batch
            self._writer.submit(batch)

    def type_later(self, list_name: str, uuid: str, field_name: str, read: Callable[[], Any],
                   source: object = None, *, word_end: bool = False) -> None:
        """Like ``update_later``, for a value that costs more to compute than a keystroke should:
        ``read()`` is called when the autosave (or any ``flush``, or ``settle``) needs it, and must
        then return the field's value as shown (the section editor's Markdown). With ``word_end``,
        the value before this keystroke is the end of an undo step: the editor calls ``settle``
        before such a key (``markdown_cache.before_white_space``), else it is read now."""
        self.update_later(list_name, uuid, field_name, _Deferred(read), source, word_end=word_end)

    def settle(self) -> None:
        """Read now every value given to ``type_later`` (writing nothing): its editor is about to show
        something else (another writer's version of the same text)."""
        for key, value in self._pending.values.items():
            if isinstance(value, _Deferred):
                self._pending.values[key] = value.read()

    def flush(self) -> None:
        """Write every pending typed value now: one write per field, one undo step per typed word.

        What the autosave's thread is writing is waited for first, so that on
        return everything typed is written (or kept: see below) in the order
        it was typed. A value the environment kept from being written (disk
        full, database locked, server gone) stays pending and is retried;
        until it is written ``saving`` stays true and ``saveFailed`` says why.
        """
        if self._in_flight is not None:
            in_flight = self._in_flight
            in_flight.finished.wait()
            self._finish(in_flight)
        batch = self._take_batch()
        if batch is None:
            self.save_error = None
            return
        self._writer.write_here(batch)
        self._finish(batch)

    def _take_batch(self) -> Batch | None:
        """What is typed, as a batch to write (each value read from its editor now); None if nothing is."""
        self._idle.stop()
        self._deadline.stop()
        self._retry.stop()
        continues, self._typing_continues = self._typing_continues, False
        pending, self._pending = self._pending, _Pending()
        if not pending.values:
            return None
        values = {key: value.read() if isinstance(value, _Deferred) else value for key, value in pending.values.items()}
        return Batch(values, dict(pending.bases), state=_Written(pending, continues))

    def _write_typed(self, key: Key, value: Any, base: Any) -> tuple[Change, Any]:
        """One typed value written (the autosave's thread, or a flush): the change and the value as stored
        unless merged. Touches nothing but the database."""
        list_name, uuid, field_name = key
        change = edit.update_typed(self.db, list_name, uuid, field_name, value, base)
        return change, normalise_field(field_name, value) if isinstance(value, str) else value

    def _finish(self, batch: Batch) -> None:
        """Apply a written batch on the GUI thread: patch the snapshot, push the undo steps, say what failed.

        A field typed on while it was written is based, from now on, on what
        this write stored from the user's text (or, if nothing was stored, on
        what the batch was based on), so that its next write merges with any
        change made meanwhile and with nothing the user typed.
        """
        record = batch.state
        assert isinstance(record, _Written)
        if record.handled:
            return  # a flush waited for it and did this already
        record.handled = True
        if self._in_flight is batch:
            self._in_flight = None
        pending = record.pending
        failed: EnvironmentFault | None = None
        bug: Exception | None = None
        for key, value in batch.values.items():
            list_name, uuid, field_name = key
            outcome = batch.outcomes.get(key)
            source = pending.sources.get(key)
            typed_on = key in self._pending.values
            if typed_on:
                self._pending.bases[key] = pending.bases.get(key)  # unless something is stored (below)
            if isinstance(outcome, EditError):
                self.editRefused.emit(list_name, uuid, field_name, str(outcome))
                continue
            if isinstance(outcome, NotFound):
                continue  # deleted meanwhile (undo of its creation)
            if isinstance(outcome, EnvironmentFault):
                failed = outcome
                self._keep_pending(pending, key, value)
                continue
            if isinstance(outcome, WriteConflict):
                settled = self._settle(list_name, uuid, {field_name: value}, outcome)
                if settled is None:
                    continue
                change, typed, source = settled, normalise_field(field_name, value) if isinstance(value, str) else value, None
            elif isinstance(outcome, tuple):
                change, typed = outcome
            else:  # a bug: keep the text, then let it reach the bug dialog
                bug = bug or (outcome if isinstance(outcome, Exception) else RuntimeError(repr(outcome)))
                self._keep_pending(pending, key, value)
                continue
            if typed_on:
                self._pending.bases[key] = typed
            if list_name != "proposal" and uuid not in self._index:
                continue  # removed from the snapshot while it was written (another writer's deletion, shown)
            if change.after:
                if change.after.get(field_name, typed) != typed and not typed_on:
                    source = None  # merged with a change made meanwhile: the editor shows the result
                self._apply_change(change, source)
                steps = pending.word_ends.get(key, []) if source is not None else []
                self._push_typing(change, field_name, steps, record.continues)
                if change.kept_both:
                    self.keptBoth.emit(list_name, uuid, field_name, change.kept_both)
        if failed is not None:
            self.save_error = str(failed)
            self._pending.since = pending.since
            self._retry.start()
            self.saveFailed.emit(self.save_error)
        elif self._pending.values:
            if not (self._idle.isActive() or self._deadline.isActive()):
                self._idle.start()  # typed on while this was written: the next write
        else:
            self.save_error = None
            self.saveStateChanged.emit(False)
        if self._refresh_after_write and self._in_flight is None:
            self._refresh_after_write = False
            self.refresh_from_store()
        if bug is not None:
            raise bug

    def _keep_pending(self, pending: _Pending, key: tuple[str, str, str], value: Any) -> None:
        """Put back a value that could not be written (unless newer typing replaced it meanwhile),
        still based on what it was based on: nothing of it is stored."""
        if key not in self._pending.values:
            self._pending.values[key] = value
            self._pending.sources[key] = pending.sources.get(key)
        self._pending.bases[key] = pending.bases.get(key)

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
        try:
            return edit.update_fields(self.db, list_name, uuid, changes, base=base)
        except WriteConflict as exc:
            return self._settle(list_name, uuid, changes, exc)

    def _settle(self, list_name: str, uuid: str, changes: dict[str, Any], conflict: WriteConflict) -> Change | None:
        """Ask whether the user's value or the other writer's wins; write the user's if chosen."""
        from medicen_desktop.gui.conflict_prompt import ConflictPrompt

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
        self.flush()
        values = {"uuid": str(uuidlib.uuid4()), **values}
        new_uuid = edit.add_entity(self.db, self.proposal_uuid, list_name, values)
        command = AddCommand(self.db, self.proposal_uuid, list_name, values, text, self.reload)
        self.reload()
        self.undo_stack.push(command)
        return new_uuid

    def delete(self, list_name: str, uuid: str, text: str) -> None:
        """Delete an entity and what depends on it, undoably."""
        self.flush()
        removal = edit.delete_entity(self.db, list_name, uuid)
        command = DeleteCommand(self.db, removal, text, self.reload)
        self.reload()
        self.undo_stack.push(command)

    def retarget(self, template_key: str, text: str) -> Any:
        """Switch the proposal to another call, undoably; return the rules' ``RetargetReport``.

        Raises UnknownTemplate (nothing written).
        """
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
        """Follow other writers' commits and presence live (until ``stop_watching``)."""
        from medicen_desktop.gui.live import LiveWatch
        from medicen_desktop.gui.presence import PresenceBoard

        if self._live is None:
            self._live = LiveWatch(self.db, self)
            self._live.committed.connect(self.refresh_from_store)
        if self.presence is None:
            self.presence = PresenceBoard(self.db, self.proposal_uuid, self)

    def stop_watching(self) -> None:
        """Stop following others; this window's presence is released."""
        if self._live is not None:
            self._live.stop()
            self._live = None
        if self.presence is not None:
            self.presence.stop()
            self.presence = None

    def is_pending(self, list_name: str, uuid: str, field_name: str) -> bool:
        """Whether typed text of this field is waiting for the autosave or being written by it (an editor
        must not replace it)."""
        key = (list_name, uuid, field_name)
        return key in self._pending.values or (self._in_flight is not None and key in self._in_flight.values)

    def refresh_from_store(self) -> None:
        """Show what other writers committed since this snapshot, in place, and say who changed what.

        Editors receive a ``Notice`` with ``remote`` set: each keeps the field
        the user is typing in (its cursor, its undo), and the autosave merges
        that text with the change three-way.
        """
        from medicen_desktop.services import revisions

        if self._in_flight is not None:
            # The commit seen may be the batch's own, not applied yet: once it is, only others' remain.
            self._refresh_after_write = True
            return
        known = self._document.proposal.revision
        current = revisions.current_revision(self.db, self.proposal_uuid)
        if current is None or current <= known:
            return
        changes = revisions.changes_since(self.db, self.proposal_uuid, known)
        self._document = proposals.get_document(self.db, self.proposal_uuid)
        self._reindex()
        lists = changes.lists or frozenset({"*"})
        if any(field is None for _list, _uuid, field in changes.fields):
            lists = lists | {"*"}  # an entity added or removed: lists re-read as a whole
        self.changed.emit(Notice(frozenset(lists), changes.uuids, None, remote=True))
        self.remoteChanged.emit(self._describe(changes))

    def _describe(self, changes: object) -> str:
        from medicen_desktop.services.revisions import RemoteChanges

        assert isinstance(changes, RemoteChanges)
        names = []
        for list_name, _uuid, field_name in changes.fields:
            name = (field_name or list_name).replace("_", " ")
            if name not in names:
                names.append(name)
        who = ", ".join(changes.actors) or self.tr("another writer")
        shown = ", ".join(names[:6]) + ("…" if len(names) > 6 else "")
        return self.tr("{who} changed {what}").format(who=who, what=shown)

    def reload(self) -> None:
        """Read the whole snapshot again (after adds, deletes and their undo)."""
        self._document = proposals.get_document(self.db, self.proposal_uuid)
        self._reindex()
        self.changed.emit(Notice(frozenset({"*"})))

    # -- helpers ---------------------------------------------------------
    def _push_typing(self, change: Change, field_name: str, word_ends: list[Any], continues: bool) -> None:
        """Push one written change as one undo step per typed word (``word_ends``: the values between).

        The first step continues the previous typing step when the last write was forced mid-word.
        """
        values = [change.before.get(field_name)]
        values += [normalise_field(field_name, v) if isinstance(v, str) else v for v in word_ends]
        values.append(change.after.get(field_name))
        for n, (before, after) in enumerate(itertools.pairwise(values)):
            if before == after:
                continue
            last = n == len(values) - 2
            step = Change(change.list_name, change.uuid, change.proposal_uuid, {**change.before, field_name: before},
                          change.after if last else {field_name: after}, change.revision)
            self.undo_stack.push(UpdateCommand(self.db, step, self.tr("Typing"), self._apply_change, self.refuse_undo,
                                               typing=True, continues=continues and n == 0))

    def _apply_change(self, change: Change, source: object = None) -> None:
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
            bumped = change.proposal_revisions
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
