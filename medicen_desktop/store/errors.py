"""The two kinds of storage error the user sees (after qutebrowser's misc/sql.py).

``Database.transaction`` and ``Database.read`` translate the driver's
environment errors (locked, disk full, read-only, I/O error, connection
lost) into ``EnvironmentFault`` for every statement, not only at open.
"""

from __future__ import annotations

import os
from pathlib import Path

from medicen_desktop import errors

NEARLY_FULL_BYTES = 1 << 20
"""Less free space than this where the database lives: an I/O error there is the disk being full."""


class DatabaseError(errors.MedicenError):
    """The database file or URL cannot be used; the message names it and says why.

    Nothing was changed in it.
    """


class EnvironmentFault(DatabaseError, errors.EnvironmentFault):
    """The environment's fault, not a bug: disk full, file locked, permission denied."""


class ServerRefused(errors.Refused):
    """A team server refused a statement to this role (insufficient privilege, a row-level security policy):
    what a partner's role may not do there (versions, packages, another partner's confidential data)."""


def server_refusal(where: str, message: str) -> ServerRefused:
    first = message.strip().splitlines()[0] if message.strip() else "permission denied"
    return ServerRefused(f"{where}: the team server does not let your role do this ({first}); versions, packages, "
                         "merges and the other partners' confidential data are the coordinator's")


_ENVIRONMENT = (
    ("database is locked", "another program is writing to the database; try again in a moment"),
    ("database table is locked", "another program is writing to the database; try again in a moment"),
    ("disk is full", "the disk is full; free some space, then save again"),
    ("no space left on device", "the disk is full (on the server, for a team server); free some space, "
                                "then save again"),
    ("readonly database", "the database cannot be written (read-only file or folder); "
                          "check its permissions or open a copy"),
    ("read-only", "the database cannot be written (read-only file or folder); check its permissions or open a copy"),
    ("disk i/o error", "the disk could not be read or written; check the drive, then try again"),
    ("unable to open database file", "the database file cannot be opened; check the folder exists and is writable"),
    ("server closed the connection", "the connection to the database server was lost; try again"),
    ("connection", "cannot reach the database server; check the network, then try again"),
)


def environment_fault(where: str, message: str, path: Path | None = None) -> EnvironmentFault | None:
    """An EnvironmentFault for a driver's error message, or None when it is not the environment's fault.

    SQLite says "disk I/O error", not "disk is full", when the disk is too full for its shared-memory
    file (opening, even to read): with ``path``, such an error on a disk with less than
    ``NEARLY_FULL_BYTES`` free is reported as the full disk it is.
    """
    lowered = message.lower()
    if path is not None and "disk i/o error" in lowered and free_bytes(path) < NEARLY_FULL_BYTES:
        lowered = "disk is full"
    for marker, advice in _ENVIRONMENT:
        if marker in lowered:
            return EnvironmentFault(f"{where}: {advice} ({message.strip()})")
    return None


def free_bytes(path: Path) -> int:
    """The bytes this user may still write on the file system holding ``path`` (a large number if unknown)."""
    folder = path if path.is_dir() else path.parent
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # gone, or not a POSIX system
        return 1 << 62
    return stats.f_bavail * stats.f_frsize
