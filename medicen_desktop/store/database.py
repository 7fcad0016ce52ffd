"""The one front door to storage: open, check, upgrade, and transactions.

``Database.open(location)`` takes a file path or a SQLAlchemy URL. A SQLite
file is inspected with a read-only connection *before* SQLAlchemy or Alembic
touch it, so a file that is not ours (a zip renamed .db, a text file, a
truncated copy, an empty file, another application's database, one written
by a newer version of this application) is refused with its own message and
its bytes are left exactly as they were.

Writes go through ``with db.transaction() as session:`` (SQLite: ``BEGIN
IMMEDIATE``, so a read-then-write never dies with "database is locked");
reads through ``with db.read() as session:``. One session per unit of work;
never share one between threads.

On PostgreSQL a write takes an advisory lock for its whole transaction, so
that what it reads is what the writers before it committed: by default the
database-wide write lock (one writer at a time, as SQLite); a write that
changes one proposal only (a field edit, ``transaction(proposal=...)``)
takes that lock in shared mode plus its proposal's own lock, so that writers
of different proposals do not wait for each other.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from medicen_desktop.model import AppInfo
from medicen_desktop.store import fileprobe, journal, schema_head
from medicen_desktop.store.errors import DatabaseError, EnvironmentFault, environment_fault, server_refusal
from medicen_desktop.store.fileprobe import check_ours as _check_ours
from medicen_desktop.store.location import is_database_file

__all__ = ["Database", "DatabaseError", "EnvironmentFault"]

log = logging.getLogger("medicen_desktop")

APP_ID = "medicen-desktop"
INSUFFICIENT_PRIVILEGE = "42501"
"""PostgreSQL's SQLSTATE for a privilege or a row-level security policy refusing a statement."""
BUSY_TIMEOUT_MS = 10_000
WRITE_LOCK_KEY = 0x4D454449  # "MEDI": the database-wide advisory lock (exclusive, or shared by one-proposal writers)
PROPOSAL_LOCK_SPACE = WRITE_LOCK_KEY
"""The first key of a proposal's advisory lock (two int4 keys: a space of its own); the second is the UUID's hash."""


def _url_for(location: str) -> tuple[URL, Path | None]:
    """(SQLAlchemy URL, SQLite file path or None) for a path or URL.

    A path is a path: a ``?`` or ``%41`` in it is part of the file's name,
    never a URI query or escape (SQLite's URI mode is never switched on).
    """
    if "://" in location:
        try:
            url = make_url(location)
        except (ArgumentError, ValueError):
            raise DatabaseError(f"{location}: not a valid database URL") from None
        if url.get_backend_name() == "sqlite":
            if url.query:
                raise DatabaseError(f"{location}: options in a SQLite URL are not supported; give the file's path")
            path = Path(url.database) if url.database and url.database != ":memory:" else None
            return url, path
        return url, None
    path = Path(location).expanduser()
    return URL.create("sqlite+pysqlite", database=str(path)), path


def _user_name() -> str:
    """Who writes: $MEDICEN_USER (a name colleagues know), else the account's login name."""
    if os.environ.get("MEDICEN_USER", "").strip():
        return os.environ["MEDICEN_USER"].strip()[:200]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _shown(url: str | URL) -> str:
    """A URL fit for a message: no password."""
    return (url if isinstance(url, URL) else make_url(url)).render_as_string(hide_password=True)


def _sqlite_engine(url: URL, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not pysqlite, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _server_engine(url: URL) -> Engine:
    from medicen_desktop.store.server_engine import server_engine

    engine = server_engine(url)  # no ping per transaction: see server_engine.py
    if url.get_backend_name() == "postgresql":
        from medicen_desktop.store.server_security import PARTNER_SEARCH_PATH

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            # A partner's role on a team server reads organisations and participations through the views
            # that mask the other partners' confidential columns (store.server_security).
            cursor = dbapi_connection.cursor()
            cursor.execute(PARTNER_SEARCH_PATH)
            cursor.close()
            dbapi_connection.commit()

    return engine


class Database:
    """An open, checked, up-to-date database."""

    def __init__(self, url: URL, path: Path | None) -> None:
        self.url = url.render_as_string(hide_password=False) if path is None else str(path)
        self.path = path
        if url.get_backend_name() == "sqlite":
            self._write_engine = _sqlite_engine(url, immediate=True)
            self._read_engine = _sqlite_engine(url, immediate=False)
        else:
            self._write_engine = _server_engine(url)
            # A read sees one snapshot, as SQLite's: in READ COMMITTED each statement sees what was
            # committed before it, so a proposal read table by table could mix two writes (a base
            # for a three-way merge that is neither revision). Same pool, no extra round trip.
            self._read_engine = self._write_engine.execution_options(isolation_level="REPEATABLE READ")
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)
        journal.watch(self._writer)
        self.user = _user_name()
        """Who this connection writes as: recorded with every change in the journal."""
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)

    @classmethod
    def open(cls, location: str | os.PathLike[str], *, create: bool = True, upgrade: bool = True) -> Database:
        """Open the database at ``location``, creating or upgrading it as needed.

        Raises DatabaseError (naming the file and the problem) for a file that
        is not a usable Medicen database; such a file is never modified.
        """
        url, path = _url_for(str(location))
        is_new = up_to_date = False
        if path is not None:
            # Every refusal of a file happens here, read-only: even a PRAGMA
            # journal_mode from SQLAlchemy's connect hook would rewrite its header.
            state = fileprobe.check_sqlite_file(path, create=create)
            _check_ours(str(path), state.tables, state.revision)
            is_new = state.is_new
            up_to_date = state.revision == schema_head.HEAD
            if is_new:
                path.parent.mkdir(parents=True, exist_ok=True)
        try:
            database = cls(url, path)
        except (ArgumentError, ImportError) as exc:
            raise DatabaseError(f"{path or _shown(url)}: cannot use this database ({exc})") from None
        try:
            database._check_and_upgrade(is_new, upgrade and not up_to_date)
        except BaseException:
            database.close()
            raise
        if not is_new:
            database._prune_journal()
        return database

    def _prune_journal(self) -> None:
        """Prune the change journal of what no reader can still need (store.journal.prune): one indexed
        read, and a write only when something is due. A database that cannot be written is left as is."""
        try:
            with self.read() as session:
                due = journal.prune_due(session)
            for proposal_uuid in due:
                with self.transaction(proposal=proposal_uuid) as session:
                    journal.prune(session, proposal_uuid)
        except (EnvironmentFault, SQLAlchemyError) as exc:
            log.warning("change journal not pruned: %s", exc)

    def _check_and_upgrade(self, is_new: bool, upgrade: bool) -> None:
        # Alembic is imported only here, when a server database is checked or a
        # migration may be needed (a SQLite file already at HEAD skips it).
        where = str(self.path) if self.path else _shown(self.url)
        try:
            if self.path is None or upgrade:
                from medicen_desktop.store import migrations
            if self.path is None:
                with self._read_engine.connect() as connection:
                    tables = frozenset(inspect(connection).get_table_names())
                _check_ours(where, tables, migrations.current_revision(self._read_engine))
            if upgrade:
                try:
                    migrations.upgrade(self._write_engine, self.path, backup=not is_new)
                except ProgrammingError as exc:
                    if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                        raise
                    reason = str(exc.orig).splitlines()[0]
                    raise DatabaseError(f"{where}: this version of the app needs to upgrade the database's schema, "
                                        f"which only the role owning its tables may do ({reason}); on a team "
                                        "server, ask the coordinator to open it with this version first") from None
            if self.path is None and self._write_engine.dialect.name == "postgresql":
                self._keep_protections_current(where)
            with self.read() as session:  # an open never takes the write lock unless it must write
                marked = session.get(AppInfo, "application") is not None
            if not marked:
                with self.transaction() as session:
                    if session.get(AppInfo, "application") is None:
                        session.add(AppInfo(key="application", value=APP_ID))
                        session.add(AppInfo(key="created", value=dt.datetime.now(dt.UTC).isoformat()))
        except OperationalError as exc:
            raise EnvironmentFault(f"{where}: {exc.orig}") from exc
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                raise
            reason = str(exc.orig).splitlines()[0]
            raise DatabaseError(f"{where}: the server refused this login ({reason}); on a team server, ask the "
                                "coordinator to grant you your partner's role (server-roles)") from None

    def _keep_protections_current(self, where: str) -> None:
        """A team server whose partner protections are older than this version's gets them again, by the
        coordinator's login; a partner's is told only the coordinator can (``server_security.keep_current``)."""
        from medicen_desktop.store import server_security

        try:
            with self._write_engine.begin() as connection:
                if server_security.keep_current(connection):
                    log.info("%s: partner protections renewed (version %s)", where,
                             server_security.PROTECTION_VERSION)
        except server_security.ProtectionsOutdated as exc:
            raise DatabaseError(f"{where}: {exc}; only the coordinator may renew them: ask the coordinator to open "
                                "it with this version first") from None

    @contextlib.contextmanager
    def transaction(self, proposal: str | Callable[[Session], str | None] | None = None) -> Iterator[Session]:
        """A write unit of work: committed on success, rolled back on any exception.

        ``proposal``: the one proposal this unit of work changes (PostgreSQL:
        only writers of that proposal, and database-wide writers, wait for
        it), or a function given the session that reads which (its reads come
        before the lock: rows it loaded must be read again, ``populate_existing``)
        and returns None when the write is not about one proposal only. None:
        the database-wide lock. On SQLite every write holds the file's lock.

        Raises EnvironmentFault when the disk, a lock or the server fails a statement.
        """
        with self._faults():
            session, began = self._begin_write(proposal)
            with session, began:
                yield session

    def _begin_write(self, proposal: str | Callable[[Session], str | None] | None) -> tuple[Session, SessionTransaction]:
        """A session in a begun write transaction holding its lock. Its first statements (the owner's reads, the
        lock) are tried again once on a new connection when the server had dropped the pooled one: nothing of
        the unit of work ran yet (server_engine.py: no ping per transaction)."""
        for attempt in (1, 2):
            session = self._writer()
            began = session.begin()
            try:
                session.info["actor"] = self.user
                owner = proposal(session) if callable(proposal) else proposal
                if self.path is None and self._write_engine.dialect.name == "postgresql":
                    # A unit of work reads and writes what the writers before it committed,
                    # never a StaleDataError midway.
                    if owner is None:
                        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
                    else:  # shared first, then the proposal's: always in this order (no deadlock)
                        session.execute(text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": WRITE_LOCK_KEY})
                        session.execute(text("SELECT pg_advisory_xact_lock(:space, hashtext(:uuid))"),
                                        {"space": PROPOSAL_LOCK_SPACE, "uuid": owner})
                return session, began
            except BaseException as exc:
                began.rollback()
                session.close()
                if attempt == 1 and isinstance(exc, DBAPIError) and exc.connection_invalidated:
                    log.info("the server had dropped the connection: reconnected (%s)", exc.orig)
                    continue
                raise
        raise AssertionError("unreachable")

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never committed). Raises EnvironmentFault like ``transaction``."""
        with self._faults(), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def _faults(self) -> Iterator[None]:
        try:
            yield
        except StaleDataError:
            # Only a write that bypassed the transaction's write lock can meet another writer's
            # row change midway: the user retries, nothing was written.
            raise EnvironmentFault(f"{self.path or _shown(self.url)}: another writer changed the same data at "
                                   "the same moment; nothing was written, try again") from None
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                raise server_refusal(str(self.path) if self.path else _shown(self.url), str(exc.orig)) from None
            if isinstance(exc, OperationalError) or exc.connection_invalidated:
                fault = environment_fault(str(self.path) if self.path else _shown(self.url), str(exc.orig), self.path)
                if fault is not None:
                    raise fault from exc
            raise

    def application_info(self) -> dict[str, str]:
        with self.read() as session:
            return {row.key: row.value for row in session.scalars(select(AppInfo))}

    def owns_file(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` is this database's file or one of SQLite's companions (-wal, -shm, -journal)
        or the GUI's lock file: writing an export there would destroy the database."""
        return self.path is not None and is_database_file(self.path, path)

    def close(self) -> None:
        with contextlib.suppress(SQLAlchemyError):
            self._write_engine.dispose()
            self._read_engine.dispose()
