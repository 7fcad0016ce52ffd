"""The fixtures of the presence tests (tests/gui/test_presence*.py): the sample on a shared database, SQLite and
PostgreSQL, and two users' windows on it. A test module imports them by name, with ``pg_url`` and
``postgres_server`` from ``tests.postgres`` (the PostgreSQL case asks for them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
from tests.gui.windows import window_as


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def shared(request: pytest.FixtureRequest, db_path: Path, sample: Any) -> tuple[str, str]:
    """(database location, proposal UUID): a SQLite file or a PostgreSQL database holding the sample."""
    location = str(db_path) if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    db = Database.open(location)
    try:
        return location, proposals.import_document(db, sample)
    finally:
        db.close()


@pytest.fixture
def two(qtbot: Any, shared: tuple[str, str], tmp_path: Path) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Claire's and Marc's windows on the shared database, the sample open in both."""
    i18n.install("en")
    location, uuid = shared
    claire = window_as(qtbot, location, tmp_path, uuid, "Claire")
    marc = window_as(qtbot, location, tmp_path, uuid, "Marc")
    yield claire, marc
    for window in (claire, marc):
        window.close()
        assert window.db is not None
        window.db.close()
