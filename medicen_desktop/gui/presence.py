"""Presence in an open proposal: what this window edits, and who else edits what, kept fresh off the GUI thread.

``PresenceBoard(db, proposal_uuid)`` starts a daemon thread owning a
``store.presence.PresenceHolder``. The GUI thread says what it edits with
``editing(part)`` (or ``editing(None)``): the thread records it at once (a
write when a part is opened or left, never per keystroke), renews it every
``HEARTBEAT_SECONDS`` and reads everyone's live presence every
``POLL_SECONDS``; when that changes, ``changed`` is emitted in the GUI thread
and ``others(part)`` answers from memory. ``stop()`` (the proposal closed, the
window closing) releases this window's presence before returning.

Presence is a courtesy: when the database cannot record or read it, the
editors work as without it (the failure is logged, retried on the next turn).
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Signal

from medicen_desktop.store.database import Database
from medicen_desktop.store.presence import HEARTBEAT_SECONDS, Presence, PresenceHolder, live

log = logging.getLogger("medicen_desktop")

POLL_SECONDS = 0.3
"""Others' presence is read this often: a part opened elsewhere shows here within about a third of a second."""
MAX_RETRY_SECONDS = 60.0
"""A presence write refused (a read-only file, a partner role without the privilege) is tried again at most this
seldom."""


class PresenceBoard(QObject):
    changed = Signal()
    """Someone (else) began or stopped editing a part of this proposal."""

    def __init__(self, db: Database, proposal_uuid: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holder = PresenceHolder(db, proposal_uuid)
        self._db, self._proposal_uuid = db, proposal_uuid
        self._lock = threading.Lock()
        self._wanted: str | None = None
        self._everyone: list[Presence] = []
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="medicen-presence", daemon=True)
        self._thread.start()

    # -- the GUI thread's side ---------------------------------------------------
    @property
    def holder(self) -> str:
        """This window's presence id (its own rows are never "others")."""
        return self._holder.holder

    def editing(self, part: str | None) -> None:
        """This window now edits ``part`` (a stored part, ``section:KEY``), or nothing."""
        with self._lock:
            if part == self._wanted:
                return
            self._wanted = part
        self._wake.set()

    def others(self, part: str | None = None) -> list[Presence]:
        """The others editing ``part`` (every part: None), oldest first, as last read."""
        with self._lock:
            everyone = list(self._everyone)
        return [p for p in everyone if p.holder != self.holder and (part is None or p.part == part)]

    def stop(self) -> None:
        """Release this window's presence and end the thread (waits up to a few seconds for the release)."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._wake.set()
        self._thread.join(timeout=5)

    # -- the thread --------------------------------------------------------------
    def _run(self) -> None:
        claimed: str | None = None
        next_beat = 0.0
        refused_until = 0.0  # after a refused write, the next is tried later and later
        refusals = 0
        said = ""
        while not self._stopped.is_set():
            with self._lock:
                wanted = self._wanted
            now = time.monotonic()
            due = wanted != claimed or (claimed is not None and now >= next_beat)
            if due and now >= refused_until:
                try:
                    if wanted == claimed:
                        self._holder.beat()
                    elif wanted is None:
                        self._holder.release()
                    else:
                        self._holder.claim(wanted)
                    claimed, next_beat, refusals = wanted, now + HEARTBEAT_SECONDS, 0
                except Exception as exc:  # noqa: BLE001 - a courtesy: a read-only file, a role without the right
                    refusals += 1
                    refused_until = now + min(2.0 * 2 ** refusals, MAX_RETRY_SECONDS)
                    said = self._say_once(said, f"presence not recorded: {exc}")
            try:
                everyone = live(self._db, self._proposal_uuid)
            except Exception as exc:  # noqa: BLE001 - the server away, a file being replaced: look again later
                said = self._say_once(said, f"presence not read: {exc}")
                self._wake.wait(2.0)
                self._wake.clear()
                continue
            with self._lock:
                moved = everyone != self._everyone
                self._everyone = everyone
            if moved and not self._stopped.is_set():
                self.changed.emit()
            self._wake.wait(POLL_SECONDS)
            self._wake.clear()
        try:
            self._holder.close()
        except Exception as exc:  # noqa: BLE001 - the process or connection ending releases it anyway
            log.warning("presence not released: %s", exc)

    @staticmethod
    def _say_once(said: str, message: str) -> str:
        """Log a failure once, not on every turn while it lasts."""
        if message != said:
            log.warning("%s", message)
        return message
