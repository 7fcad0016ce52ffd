"""The two kinds of storage error the user sees (after qutebrowser's misc/sql.py)."""

from __future__ import annotations


class DatabaseError(Exception):
    """The database file or URL cannot be used; the message names it and says why.

    Nothing was changed in it.
    """


class EnvironmentFault(DatabaseError):
    """The environment's fault, not a bug: disk full, file locked, permission denied."""
