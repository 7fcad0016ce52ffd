"""Presence and soft locks: who has which part of a proposal open for editing, forgotten when they leave or die.

``PresenceHolder(db, proposal_uuid)`` is one editing window's presence:
``claim(part)`` says which part it edits (one at a time), ``release()`` that
it edits none, ``beat()`` that it is still alive, ``close()`` that it is gone.
``live(db, proposal_uuid)`` lists who edits what now, stale rows left out.

How a dead holder is told from a live one, without trusting it to say goodbye:

- PostgreSQL: the holder keeps a connection of its own, holding a
  session-level advisory lock ``(LOCK_SPACE, lock_key)``; its row is live
  exactly while ``pg_locks`` shows that lock granted. The server drops the
  lock the moment the connection ends (window closed, process killed, network
  gone): nothing has to expire.
- SQLite: the holder writes a heartbeat every ``HEARTBEAT_SECONDS``; a row
  is stale once its heartbeat is older than ``EXPIRY_SECONDS``, and at once
  when it was written on this host by a process that no longer exists.

A presence write changes nothing else: no journal entry, no revision, no undo
step (the table is no entity list of ``store.journal``); it happens when a
part is opened or left and on the heartbeat, never per keystroke.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
import uuid as uuidlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.engine import make_url

from medicen_desktop.model import PresenceRow
from medicen_desktop.store.database import Database

HEARTBEAT_SECONDS = 5.0
"""How often a holder says it is alive (SQLite: the heartbeat; PostgreSQL: a check that its connection lives)."""
EXPIRY_SECONDS = 20.0
"""SQLite: a holder not heard from for this long is gone (a process on another host, or this one frozen)."""
LOCK_SPACE = 0x50524553
"""PostgreSQL: the first key ("PRES") of every presence advisory lock; the second is the row's ``lock_key``."""


@dataclass(frozen=True)
class Presence:
    """Someone editing a part of a proposal now."""

    holder: str
    part: str
    """The stored part: ``section:KEY``, ``wp:UUID``, ``budget:UUID`` (``document.parts.PartRef.stored``)."""
    user: str
    since: dt.datetime
    """When they opened it (aware, UTC)."""
    host: str
    pid: int

    def to_data(self) -> dict[str, Any]:
        return {"user": self.user, "part": self.part, "since": self.since.isoformat(), "host": self.host,
                "pid": self.pid}


def on_server(db: Database) -> bool:
    """Whether ``db`` is a PostgreSQL server (else a SQLite file)."""
    return db.path is None and make_url(db.url).get_backend_name() == "postgresql"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _presence(row: PresenceRow) -> Presence:
    return Presence(row.holder, row.part, row.user_name, row.since.replace(tzinfo=dt.UTC), row.host, row.pid)


_LOCK_HELD = ("EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
              "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
              "AND l.classid = CAST(:space AS oid) AND l.objid = CAST(presence.lock_key AS oid) AND l.objsubid = 2)")


def live(db: Database, proposal_uuid: str) -> list[Presence]:
    """Who is editing which part of the proposal now, oldest first; rows of dead holders are left out."""
    with db.read() as session:
        if on_server(db):
            rows = list(session.scalars(select(PresenceRow).where(PresenceRow.proposal_uuid == proposal_uuid,
                                                                  text(_LOCK_HELD)), {"space": LOCK_SPACE}))
        else:
            rows = [row for row in session.scalars(select(PresenceRow).where(PresenceRow.proposal_uuid == proposal_uuid))
                    if not _stale_file_row(row, _now())]
        return sorted((_presence(row) for row in rows), key=lambda p: (p.since, p.user, p.holder))


def _stale_file_row(row: PresenceRow, now: dt.datetime) -> bool:
    if now - row.heartbeat > dt.timedelta(seconds=EXPIRY_SECONDS):
        return True
    return row.host == socket.gethostname() and not _process_alive(row.pid)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would send CTRL_C there: trust the heartbeat alone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): it exists
        return True
    return True


class PresenceHolder:
    """One editing window's presence in one proposal. Not thread-safe: use it from one thread.

    Raises what the database raises (``EnvironmentFault`` through ``Database``; psycopg's errors on the
    PostgreSQL link): the caller decides whether presence is worth a message (it is not worth refusing an edit).
    """

    def __init__(self, db: Database, proposal_uuid: str, user: str | None = None) -> None:
        self.db, self.proposal_uuid = db, proposal_uuid
        self.user = (user or db.user)[:200]
        self.holder = str(uuidlib.uuid4())
        self.part: str | None = None
        self._since = _now()
        self._link: Any = None
        self._lock_key: int | None = None

    # -- what the window says ------------------------------------------------
    def claim(self, part: str) -> None:
        """This window now edits ``part`` (and no other): recorded at once, stale rows of others removed."""
        if part != self.part:
            self._since = _now()
        self.part = part
        if on_server(self.db):
            self._server_write()
        else:
            self._file_write()

    def release(self) -> None:
        """This window edits nothing now."""
        if self.part is None:
            return
        self.part = None
        if on_server(self.db):
            if self._link is not None:
                self._link.execute("DELETE FROM presence WHERE holder = %s", (self.holder,))
        else:
            with self.db.transaction() as session:
                session.execute(delete(PresenceRow).where(PresenceRow.holder == self.holder))

    def beat(self) -> None:
        """Still here: SQLite renews the heartbeat; PostgreSQL checks the link (reconnects and claims again if the
        connection was lost). A row someone removed meanwhile (thought stale) is written again."""
        if self.part is None:
            return
        if on_server(self.db):
            self._server_write(heartbeat_only=True)
        else:
            with self.db.transaction() as session:
                renewed = session.execute(update(PresenceRow).where(PresenceRow.holder == self.holder)
                                          .values(heartbeat=_now())).rowcount  # type: ignore[attr-defined]
            if not renewed:
                self._file_write()

    def close(self) -> None:
        """The window is gone: its presence is removed, its connection closed."""
        try:
            self.release()
        finally:
            if self._link is not None:
                link, self._link = self._link, None
                link.close()

    # -- SQLite ----------------------------------------------------------------
    def _file_write(self) -> None:
        now = _now()
        with self.db.transaction() as session:
            rows = session.scalars(select(PresenceRow).where(PresenceRow.proposal_uuid == self.proposal_uuid)).all()
            for row in rows:
                if row.holder != self.holder and _stale_file_row(row, now):
                    session.delete(row)
            mine = next((row for row in rows if row.holder == self.holder), None)
            if mine is None:
                session.add(PresenceRow(holder=self.holder, proposal_uuid=self.proposal_uuid, part=self.part,
                                        user_name=self.user, since=self._since, heartbeat=now,
                                        host=socket.gethostname()[:255], pid=os.getpid()))
            else:
                mine.part, mine.since, mine.heartbeat = self.part or "", self._since, now

    # -- PostgreSQL ------------------------------------------------------------
    def _connect(self) -> None:
        """A connection of this holder's own, holding a session-level advisory lock no other holder holds."""
        import psycopg

        conninfo = make_url(self.db.url).set(drivername="postgresql").render_as_string(hide_password=False)
        link = psycopg.connect(conninfo, autocommit=True, application_name=f"medicen presence: {self.user}"[:63])
        try:
            while True:
                key = secrets.randbelow(2**31 - 2) + 1
                taken = link.execute("SELECT pg_try_advisory_lock(%s, %s)", (LOCK_SPACE, key)).fetchone()
                if taken is not None and taken[0]:
                    break
        except BaseException:
            link.close()
            raise
        self._link, self._lock_key = link, key

    def _server_write(self, heartbeat_only: bool = False) -> None:
        import psycopg

        if self._link is not None and self._link.closed:
            self._link = None
        if self._link is None:
            self._connect()
            heartbeat_only = False
        try:
            self._server_statements(heartbeat_only)
        except psycopg.OperationalError:
            # The connection dropped (its lock with it): a new one, a new lock, the row written again.
            self._link.close()
            self._link = None
            self._connect()
            self._server_statements(False)

    def _server_statements(self, heartbeat_only: bool) -> None:
        now = _now()
        link = self._link
        if heartbeat_only:
            renewed = link.execute("UPDATE presence SET heartbeat = %s WHERE holder = %s AND lock_key = %s",
                                   (now, self.holder, self._lock_key)).rowcount
            if renewed:
                return
        with link.transaction():
            link.execute(f"DELETE FROM presence WHERE proposal_uuid = %(proposal)s AND holder <> %(holder)s "
                         f"AND NOT {_LOCK_HELD.replace(':space', '%(space)s')}",
                         {"proposal": self.proposal_uuid, "holder": self.holder, "space": LOCK_SPACE})
            link.execute(
                "INSERT INTO presence (holder, proposal_uuid, part, user_name, since, heartbeat, host, pid, lock_key) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (holder) DO UPDATE SET part = EXCLUDED.part, "
                "since = EXCLUDED.since, heartbeat = EXCLUDED.heartbeat, lock_key = EXCLUDED.lock_key",
                (self.holder, self.proposal_uuid, self.part, self.user, self._since, now, socket.gethostname()[:255],
                 os.getpid(), self._lock_key))
