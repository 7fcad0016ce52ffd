"""Live refresh: a background thread watches the database for others' commits and tells the GUI thread.

``LiveWatch(db)`` starts a daemon thread on ``store.changes.watcher_for``
(SQLite ``data_version`` polling, PostgreSQL ``LISTEN``) and emits
``committed`` in the GUI thread (a queued signal) whenever something was
committed; the session then reads what changed. The thread never touches a
widget or the session. ``stop()`` ends it (the window closing, the proposal
closed).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from medicen_desktop.store.changes import Watcher, watcher_for
from medicen_desktop.store.database import Database

log = logging.getLogger("medicen_desktop")


class LiveWatch(QObject):
    committed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None, proposal_uuid: str | None = None) -> None:
        super().__init__(parent)
        self._stopped = threading.Event()
        self._watcher: Watcher | None = None
        try:
            self._watcher = watcher_for(db.path, db.url, proposal_uuid)
        except Exception as exc:  # noqa: BLE001 - no live refresh is not a reason to refuse the proposal
            log.warning("live refresh unavailable: %s", exc)
            return
        self._thread = threading.Thread(target=self._run, name="medicen-live-refresh", daemon=True)
        self._thread.start()

    @property
    def active(self) -> bool:
        return self._watcher is not None and not self._stopped.is_set()

    def _run(self) -> None:
        watcher = self._watcher
        assert watcher is not None
        while not self._stopped.is_set():
            try:
                changed = watcher.wait(0.5)
            except Exception as exc:  # noqa: BLE001 - the server went away: say it once, stop watching
                log.warning("live refresh stopped: %s", exc)
                return
            if changed and not self._stopped.is_set():
                self.committed.emit()

    def stop(self) -> None:
        if self._watcher is None or self._stopped.is_set():
            return
        self._stopped.set()
        self._thread.join(timeout=2)
        self._watcher.close()
