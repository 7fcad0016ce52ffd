"""Learning that another writer committed, without holding any lock: what an open window watches.

``watcher_for(db)`` gives an object whose ``wait(timeout)`` returns True as
soon as something was committed to the database since the last call (or
False after ``timeout`` seconds), to be called from a background thread:

- SQLite: ``PRAGMA data_version`` on a connection of its own, read-only,
  polled every ``POLL_SECONDS`` (it changes when any other connection, in
  this process or another, commits; reading it takes no lock);
- PostgreSQL: ``LISTEN`` on the channel every write transaction notifies
  (``store.journal``), so a commit is known at once.

The caller then asks the database what changed (``services.revisions.changes_since``).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.engine import make_url

CHANNEL = "medicen_changes"
POLL_SECONDS = 0.2
DRAIN_SECONDS = 0.05  # how long a burst of notifications is read as one


class Watcher(Protocol):
    def wait(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


class DataVersionWatcher:
    """SQLite: has ``PRAGMA data_version`` moved since the last look?"""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._last = self._version()
        self._closed = threading.Event()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        waited = 0.0
        while not self._closed.is_set():
            try:
                version = self._version()
            except sqlite3.Error:
                return False  # the file is busy being replaced or gone: look again later
            if version != self._last:
                self._last = version
                return True
            if waited >= timeout:
                return False
            self._closed.wait(POLL_SECONDS)
            waited += POLL_SECONDS
        return False

    def close(self) -> None:
        self._closed.set()
        self._connection.close()


class NotifyWatcher:
    """PostgreSQL: a notification on ``CHANNEL`` since the last look (about ``proposal_uuid`` only, if given:
    on a team server a window is not woken by every commit of every other proposal)?"""

    def __init__(self, url: str, proposal_uuid: str | None = None) -> None:
        import psycopg

        conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection: Any = psycopg.connect(conninfo, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")
        self._prefix = f"{proposal_uuid}:" if proposal_uuid else ""

    def wait(self, timeout: float) -> bool:
        woken = False
        for notice in self._connection.notifies(timeout=timeout):
            if notice.payload.startswith(self._prefix):
                woken = True
                break  # the generator holds the connection's lock: end it before reading on
        if woken:
            self._drain()
        return woken

    def _drain(self) -> None:
        """A burst of commits is one look: what arrives within a moment of the first is read with it
        (on a loaded machine the server hands a burst's notifications over a few at a time)."""
        for _ in self._connection.notifies(timeout=DRAIN_SECONDS):
            pass

    def close(self) -> None:
        self._connection.close()


def watcher_for(path: Path | None, url: str, proposal_uuid: str | None = None) -> Watcher:
    """The watcher for a database: its SQLite file (any commit), or its server URL (the commits of
    ``proposal_uuid`` if given; the payload of a notification is "PROPOSAL_UUID:REVISION")."""
    if path is not None:
        return DataVersionWatcher(path)
    return NotifyWatcher(url, proposal_uuid)
