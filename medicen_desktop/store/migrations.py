"""Schema migrations (Alembic), run when a database is opened.

SQLite migrations recreate tables (batch mode); with foreign keys on, the
DROP of a parent table would cascade-delete its children, so migrations run
on their own connection with foreign keys off, then check every reference.
An existing database is copied with SQLite's backup API before it is
upgraded (copying the file itself would lose what is still in the WAL).
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from medicen_desktop.store import filelock
from medicen_desktop.store.errors import DatabaseError

_log = logging.getLogger(__name__)
SCRIPT_LOCATION = Path(__file__).resolve().parent / "schema_migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known(revision: str) -> bool:
    """True if this version of the application has the migration ``revision``."""
    return any(script.revision == revision for script in ScriptDirectory.from_config(_config()).walk_revisions())


def _migration_engine(url: URL | str) -> Engine:
    url = make_url(url)
    engine = create_engine(url)
    if url.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None
            dbapi_connection.execute("PRAGMA foreign_keys=OFF")

        @event.listens_for(engine, "begin")
        def _on_begin(connection):  # type: ignore[no-untyped-def]
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy a live SQLite database consistently; return the copy's path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision or 'empty'}-{stamp}.bak")
    # Written under a temporary name, locked while written, and renamed once complete and
    # on disk: a crash midway never leaves a file named like a backup that is not one, and
    # the next backup removes the unlocked partial file a crash left.
    sweep_partial_backups(path)
    partial = target.with_name(target.name + ".part")
    handle = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    filelock.lock(handle, wait=True)
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(partial)
        with destination:
            source.backup(destination)
        destination.close()
        os.fsync(handle)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
        os.close(handle)
    return target


def sweep_partial_backups(path: Path) -> list[Path]:
    """Remove the partial backups of ``path`` whose writer died (unlocked; see ``store.filelock``)."""
    removed = []
    for partial in path.parent.glob(f"{glob.escape(path.name)}.before-*.bak.part"):
        try:
            handle = os.open(partial, os.O_RDONLY)
        except OSError:
            continue
        try:
            if filelock.HAS_LOCKS and filelock.lock(handle, wait=False):
                partial.unlink(missing_ok=True)
                removed.append(partial)
        finally:
            os.close(handle)
    return removed


def upgrade(engine: Engine, path: Path | None, *, backup: bool, target: str = "head") -> list[str]:
    """Bring the schema up to ``target``; back up an existing SQLite file first.

    Returns the migrations' notes on data they could not convert (each also
    logged as a warning), e.g. a region no ISO 3166-2 code matched.
    """
    revision = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if revision == wanted:
        return []
    if backup and path is not None and revision is not None:
        backup_sqlite(path, revision)
    migration_engine = _migration_engine(engine.url)
    notes: list[str] = []
    try:
        with migration_engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            config.attributes["notes"] = notes
            if engine.dialect.name == "postgresql":
                # A team server's protections name columns a migration may alter: lifted and put back in the
                # upgrade's transaction, so the partner roles get the new tables' and columns' too.
                from medicen_desktop.store import server_security

                server_security.lift(connection)
                command.upgrade(config, target)
                server_security.reapply(connection)
            else:
                command.upgrade(config, target)
            if engine.dialect.name == "sqlite":
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(f"{path}: migration left broken references {problems[:3]}; nothing was changed")
    finally:
        migration_engine.dispose()
    for note in notes:
        _log.warning("%s: %s", path or "database", note)
    return notes
