"""Where the database lives: the --db option, else $MEDICEN_DB, else the per-user data folder.

Kept apart from ``store.database`` so that starting the GUI need not import SQLAlchemy;
platformdirs is imported only when the default is needed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def default_location() -> Path:
    """The SQLite file in the platform's per-user data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir("medicen-desktop", "Medicen")) / "medicen.db"


def database_location(option: str | None) -> str:
    """The database to use: ``option`` (``--db``) if given, else ``$MEDICEN_DB``, else ``default_location()``."""
    return option or os.environ.get("MEDICEN_DB") or str(default_location())


def sqlite_path(location: str) -> Path | None:
    """The file of a SQLite location (a path or a ``sqlite:///`` URL); None for a server URL."""
    if location.startswith("sqlite:///"):
        database = location.removeprefix("sqlite:///").split("?", 1)[0]
        return Path(database) if database and database != ":memory:" else None
    if "://" in location:
        return None
    return Path(location).expanduser()


_SYNCED = (
    ("dropbox", "Dropbox"), ("onedrive", "OneDrive"), ("nextcloud", "Nextcloud"), ("owncloud", "ownCloud"),
    ("google drive", "Google Drive"), ("googledrive", "Google Drive"), ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"), ("mobile documents", "iCloud Drive"), ("icloud~", "iCloud Drive"),
    ("seafile", "Seafile"), ("pcloud", "pCloud"), ("box sync", "Box"), ("syncthing", "Syncthing"),
)
_NETWORK_FILESYSTEMS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "davfs", "fuse.rclone", "9p", "afs")


def _mount_type(folder: Path, mounts: str) -> str | None:
    """The filesystem type of the mount holding ``folder``, from /proc/mounts' text."""
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(folder) == point or str(folder).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def sync_warning(path: Path, mounts: str | None = None) -> str | None:
    """A warning when a SQLite database lives in a synced folder or on a network file system, else None.

    Two computers writing one SQLite file through Dropbox, OneDrive, a network
    share... is how users lose data (each sync can keep only one side).
    ``mounts`` is /proc/mounts' text (read when None, where it exists).
    """
    folder = path.expanduser().resolve().parent
    lowered = [part.lower() for part in folder.parts]
    for marker, name in _SYNCED:
        if any(marker in part for part in lowered):
            where = name
            break
    else:
        if mounts is None:
            try:
                mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                mounts = ""
        kind = _mount_type(folder, mounts)
        if kind not in _NETWORK_FILESYSTEMS:
            return None
        where = f"a network file system ({kind})"
    return (f"{path}: this database is in a folder synced by {where}. Two computers writing it can lose data: "
            "keep it on a local disk, and share through partner packages or a PostgreSQL server")


def is_database_file(database: Path, path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is the SQLite file ``database`` or one of its companions (-wal, -shm, -journal)
    or the GUI's lock file: writing an export there would destroy the database."""
    target = Path(path).expanduser().resolve()
    own = database.expanduser().resolve()
    for candidate in (own, *(own.with_name(own.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock"))):
        if target == candidate:
            return True
        with contextlib.suppress(OSError):
            if target.exists() and candidate.exists() and os.path.samefile(target, candidate):
                return True
    return False
