"""Typed text, kept until it is written: the session's autosave.

``Autosave`` holds what is typed and not yet written (``ProposalSession.update_later``),
the timers that write it (a pause, a deadline, a retry after the environment's
refusal), one batch in flight at a time on the writer's thread
(``gui.autosave_writer``), and each written batch applied back on the GUI thread
(``_finish``): the snapshot patched, the undo steps pushed (one per typed word),
a refusal or a failure said. A session shown from the quick snapshot before the
database is open (``gui.database_open``) keeps what is typed until the database
is attached, then writes it, based on what was shown.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from medicen_desktop.document.text import normalise_field
from medicen_desktop.errors import EnvironmentFault, NotFound, WriteConflict
from medicen_desktop.gui.autosave_writer import AutosaveWriter, Batch, Key

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from medicen_desktop.services.edit import Change
    from medicen_desktop.store.database import Database

IDLE_DELAY_MS = 500
"""Write typed text once the user pauses this long..."""
MAX_DELAY_MS = 1500
"""...or at the latest this long after the first unsaved keystroke."""
RETRY_DELAY_MS = 2000
"""Try again this long after a write the environment refused (disk full, database locked)."""

@dataclass(frozen=True)
class _Deferred:
    """A typed value read when it is written (``Autosave.type_later``)."""

    read: Callable[[], Any]


@dataclass
class _Pending:
    values: dict[Key, Any] = field(default_factory=dict)
    sources: dict[Key, object] = field(default_factory=dict)
    bases: dict[Key, Any] = field(default_factory=dict)
    """Each field's value when typing into it began (to merge with a change made meanwhile)."""
    word_ends: dict[Key, list[Any]] = field(default_factory=dict)
    """Each field's values where a typed word ended (before its space): the undo steps inside this write."""
    since: float = 0.0


@dataclass
class _Written:
    """The autosave's record of a batch given to the writer: what the GUI thread does once it is written."""

    pending: _Pending
    continues: bool
    handled: bool = False


class Session(Protocol):
    """What the autosave asks of its session (``gui.session.ProposalSession``)."""

    saveStateChanged: SignalInstance
    editRefused: SignalInstance
    keptBoth: SignalInstance
    saveFailed: SignalInstance
    undo_stack: QUndoStack

    @property
    def db(self) -> Database: ...

    @property
    def attached(self) -> bool: ...

    def entity(self, list_name: str, uuid: str) -> Any: ...

    def holds(self, uuid: str) -> bool: ...

    def apply_change(self, change: Change, source: object = None) -> None: ...

    def settle_conflict(self, list_name: str, uuid: str, changes: dict[str, Any],
                        conflict: WriteConflict) -> Change | None: ...

    def refuse_undo(self, message: str) -> None: ...

    def refresh_from_store(self) -> None: ...



class Autosave(QObject):
    """A session's typed text, written by ``AutosaveWriter`` and applied back to the session (GUI thread)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pending = _Pending()
        self._writer = AutosaveWriter(self._write_typed, self)
        self._writer.written.connect(self._finish)
        self._in_flight: Batch | None = None
        """The batch the autosave's thread is writing (one at a time)."""
        self.refresh_after_write = False
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
        self.save_error: str | None = None
        """Why the last autosave failed (None: everything typed is written)."""

    @property
    def in_flight(self) -> Batch | None:
        return self._in_flight

    @property
    def saving(self) -> bool:
        return bool(self._pending.values) or self._in_flight is not None

    def is_pending(self, key: Key) -> bool:
        """Whether typed text of this field waits for the autosave or is being written by it."""
        return key in self._pending.values or (self._in_flight is not None and key in self._in_flight.values)

    def unsaved(self) -> list[tuple[Key, Any, Any]]:
        """Every typed value not written yet, as (field, value, the value it was based on): what the window must
        keep elsewhere when its database cannot take it (``store.unsaved``)."""
        found: dict[Key, tuple[Any, Any]] = {}
        if self._in_flight is not None:
            for key, value in self._in_flight.values.items():
                found[key] = (value, self._in_flight.bases.get(key))
        for key, value in self._pending.values.items():
            base = found[key][1] if key in found else self._pending.bases.get(key)
            found[key] = (value.read() if isinstance(value, _Deferred) else value, base)
        return [(key, value, base) for key, (value, base) in found.items()]

    def restore(self, key: Key, value: Any, base: Any) -> None:
        """Type ``value`` into the field again, based on ``base`` (text kept by an earlier window): written at
        the next pause, merged three-way with what changed since ``base`` as any typing is."""
        list_name, uuid, field_name = key
        self.update_later(list_name, uuid, field_name, value)
        self._pending.bases[key] = base

    def drop_unsaved(self) -> None:
        """Forget what is typed and not written: the caller kept it elsewhere (``unsaved``), the database never
        opened."""
        self._idle.stop()
        self._deadline.stop()
        self._retry.stop()
        self._pending = _Pending()
        self._session.saveStateChanged.emit(self.saving)

    def database_attached(self) -> None:
        """The session's database is open now: what was typed before is written at the next pause."""
        if self._pending.values and not (self._idle.isActive() or self._deadline.isActive()):
            self._idle.start()

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
                    self._pending.bases[key] = getattr(self._session.entity(list_name, uuid), field_name)
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
            self._session.saveStateChanged.emit(True)

    def _autosave_mid_typing(self) -> None:
        """The deadline's write, while the user is still typing: the undo step it ends goes on after it."""
        self._autosave()
        self._typing_continues = True

    def _autosave(self) -> None:
        """Give what is typed to the autosave's thread (the timers' write): the keys typed meanwhile
        never wait for the database. One batch at a time: the next is given when this one is written."""
        if self._in_flight is not None or not self._session.attached:
            return  # _finish, or database_attached, starts the timer again
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
        from medicen_desktop.services import edit

        list_name, uuid, field_name = key
        change = edit.update_typed(self._session.db, list_name, uuid, field_name, value, base)
        return change, normalise_field(field_name, value) if isinstance(value, str) else value

    def _finish(self, batch: Batch) -> None:
        """Apply a written batch on the GUI thread: patch the snapshot, push the undo steps, say what failed.

        A field typed on while it was written is based, from now on, on what
        this write stored from the user's text (or, if nothing was stored, on
        what the batch was based on), so that its next write merges with any
        change made meanwhile and with nothing the user typed.
        """
        from medicen_desktop.services.edit import EditError

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
                self._session.editRefused.emit(list_name, uuid, field_name, str(outcome))
                continue
            if isinstance(outcome, NotFound):
                continue  # deleted meanwhile (undo of its creation)
            if isinstance(outcome, EnvironmentFault):
                failed = outcome
                self._keep_pending(pending, key, value)
                continue
            if isinstance(outcome, WriteConflict):
                settled = self._session.settle_conflict(list_name, uuid, {field_name: value}, outcome)
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
            if list_name != "proposal" and not self._session.holds(uuid):
                continue  # removed from the snapshot while it was written (another writer's deletion, shown)
            if change.after:
                if change.after.get(field_name, typed) != typed and not typed_on:
                    source = None  # merged with a change made meanwhile: the editor shows the result
                self._session.apply_change(change, source)
                steps = pending.word_ends.get(key, []) if source is not None else []
                self._push_typing(change, field_name, steps, record.continues)
                if change.kept_both:
                    self._session.keptBoth.emit(list_name, uuid, field_name, change.kept_both)
        if failed is not None:
            self.save_error = str(failed)
            self._pending.since = pending.since
            self._retry.start()
            self._session.saveFailed.emit(self.save_error)
        elif self._pending.values:
            if not (self._idle.isActive() or self._deadline.isActive()):
                self._idle.start()  # typed on while this was written: the next write
        else:
            self.save_error = None
            self._session.saveStateChanged.emit(False)
        if self.refresh_after_write and self._in_flight is None:
            self.refresh_after_write = False
            self._session.refresh_from_store()
        if bug is not None:
            raise bug

    def _keep_pending(self, pending: _Pending, key: tuple[str, str, str], value: Any) -> None:
        """Put back a value that could not be written (unless newer typing replaced it meanwhile),
        still based on what it was based on: nothing of it is stored."""
        if key not in self._pending.values:
            self._pending.values[key] = value
            self._pending.sources[key] = pending.sources.get(key)
        self._pending.bases[key] = pending.bases.get(key)

    def _push_typing(self, change: Change, field_name: str, word_ends: list[Any], continues: bool) -> None:
        """Push one written change as one undo step per typed word (``word_ends``: the values between).

        The first step continues the previous typing step when the last write was forced mid-word.
        """
        from medicen_desktop.gui.commands import UpdateCommand
        from medicen_desktop.services.edit import Change

        values = [change.before.get(field_name)]
        values += [normalise_field(field_name, v) if isinstance(v, str) else v for v in word_ends]
        values.append(change.after.get(field_name))
        for n, (before, after) in enumerate(itertools.pairwise(values)):
            if before == after:
                continue
            last = n == len(values) - 2
            step = Change(change.list_name, change.uuid, change.proposal_uuid, {**change.before, field_name: before},
                          change.after if last else {field_name: after}, change.revision)
            text = QCoreApplication.translate("ProposalSession", "Typing")
            self._session.undo_stack.push(UpdateCommand(self._session.db, step, text, self._session.apply_change,
                                                        self._session.refuse_undo, typing=True,
                                                        continues=continues and n == 0))

