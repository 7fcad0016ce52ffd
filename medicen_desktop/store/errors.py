"""The two kinds of storage error the user sees (after qutebrowser's misc/sql.py).

``Database.transaction`` and ``Database.read`` translate the driver's
environment errors (locked, disk full, read-only, I/O error, connection
lost) into ``EnvironmentFault`` for every statement, not only at open.
"""

from __future__ import annotations

from medicen_desktop import errors


class DatabaseError(errors.MedicenError):
    """The database file or URL cannot be used; the message names it and says why.

    Nothing was changed in it.
    """


class EnvironmentFault(DatabaseError, errors.EnvironmentFault):
    """The environment's fault, not a bug: disk full, file locked, permission denied."""


_ENVIRONMENT = (
    ("database is locked", "another program is writing to the database; try again in a moment"),
    ("database table is locked", "another program is writing to the database; try again in a moment"),
    ("disk is full", "the disk is full; free some space, then save again"),
    ("readonly database", "the database cannot be written (read-only file or folder); "
                          "check its permissions or open a copy"),
    ("read-only", "the database cannot be written (read-only file or folder); check its permissions or open a copy"),
    ("disk i/o error", "the disk could not be read or written; check the drive, then try again"),
    ("unable to open database file", "the database file cannot be opened; check the folder exists and is writable"),
    ("server closed the connection", "the connection to the database server was lost; try again"),
    ("connection", "cannot reach the database server; check the network, then try again"),
)


def environment_fault(where: str, message: str) -> EnvironmentFault | None:
    """An EnvironmentFault for a driver's error message, or None when it is not the environment's fault."""
    lowered = message.lower()
    for marker, advice in _ENVIRONMENT:
        if marker in lowered:
            return EnvironmentFault(f"{where}: {advice} ({message.strip()})")
    return None
