"""Where the database lives: the --db option, else $MEDICEN_DB, else the per-user data folder.

Kept apart from ``store.database`` so that starting the GUI need not import SQLAlchemy;
platformdirs is imported only when the default is needed.
"""

from __future__ import annotations

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
