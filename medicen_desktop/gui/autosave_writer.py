"""The autosave's writes, off the GUI thread: typed text goes to the database while the user types on.

A write of a long section costs tens of milliseconds (normalising the text,
the three-way merge against a change made meanwhile, SQLAlchemy's unit of
work, the journal); the keystrokes that arrive meanwhile must not wait for
it. ``AutosaveWriter`` runs each ``Batch`` on a thread of its own (not the
export worker's: a long export must never delay typed text), one batch at a
time and in order, and emits ``written`` on the GUI thread when it is done.
The thread only calls ``write`` (``services.edit``) and never touches the
session, the snapshot or a widget: what a batch changed is applied on the GUI
thread (``gui.autosave.Autosave``). A batch's ``finished`` event is set once it
is written, for the flushes that must see it done (another edit, undo, closing).
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

IDLE_EXIT_S = 30.0
"""The writer's thread ends after this long without a batch (the next one starts another)."""

Key = tuple[str, str, str]
"""(list name, UUID, field name) of a typed value."""

WRITE_SWITCH_INTERVAL = 0.0001
"""The GIL switch interval while a batch is written (see ``gui.worker.JOB_SWITCH_INTERVAL``): the GUI
thread waits at most this long for the GIL each time a keystroke's handlers enter Python."""


@dataclass
class Batch:
    """Typed values to write (each read from its editor, on the GUI thread) and, once written, each one's outcome."""

    values: dict[Key, Any]
    bases: dict[Key, Any]
    """Each field's value when the typing began: what the write is based on."""
    outcomes: dict[Key, Any] = field(default_factory=dict)
    """What ``write`` returned for each key, or the exception it raised."""
    finished: threading.Event = field(default_factory=threading.Event)
    state: Any = None
    """The session's own record of the batch (sources, undo steps), untouched by the thread."""

    def write_all(self, write: Callable[[Key, Any, Any], Any]) -> None:
        """Write every value (``write(key, value, base)``), recording each outcome; never raises."""
        try:
            for key, value in self.values.items():
                try:
                    self.outcomes[key] = write(key, value, self.bases.get(key))
                except Exception as exc:  # noqa: BLE001 - each outcome goes back to the GUI thread, which handles it
                    self.outcomes[key] = exc
        finally:
            self.finished.set()


class AutosaveWriter(QObject):
    """One thread writing batches in order; ``written(Batch)`` arrives on the GUI thread."""

    written = Signal(object)

    def __init__(self, write: Callable[[Key, Any, Any], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self._queue: queue.SimpleQueue[Batch] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None  # started by a batch, ended after IDLE_EXIT_S without one

    def submit(self, batch: Batch) -> None:
        """Write ``batch`` on the writer's thread; ``written`` follows."""
        with self._lock:
            self._queue.put(batch)
            if self._thread is None:
                # A daemon thread, as the live refresh's: a window closed mid-write flushes (waits) first, and
                # a thread neither outlives the process nor aborts it as a running QThread destroyed would.
                self._thread = threading.Thread(target=self._run, name="medicen-autosave", daemon=True)
                self._thread.start()

    def write_here(self, batch: Batch) -> None:
        """Write ``batch`` now, on the calling thread (a flush with nothing in flight)."""
        batch.write_all(self._write)

    def _run(self) -> None:
        while True:
            try:
                batch = self._queue.get(timeout=IDLE_EXIT_S)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():  # no thread is left waiting once its session is closed
                        self._thread = None
                        return
                continue
            interval = sys.getswitchinterval()
            sys.setswitchinterval(WRITE_SWITCH_INTERVAL)
            try:
                batch.write_all(self._write)
            finally:
                sys.setswitchinterval(interval)
            try:
                self.written.emit(batch)
            except RuntimeError:  # the session is gone (its window closed after a last flush)
                log.debug("autosave batch written after its session closed")
