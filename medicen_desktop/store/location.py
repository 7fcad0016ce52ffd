"""Where the database lives by default (kept apart so that start-up need not import SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_location() -> Path:
    """The SQLite file in the platform's per-user data folder."""
    return Path(platformdirs.user_data_dir("medicen-desktop", "Medicen")) / "medicen.db"
