"""Started on a PostgreSQL URL, the window shows the library while the server is reached, then reopens the last
proposal there on the step left last; a last proposal the server does not hold leaves the library shown."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medicen_desktop.gui import i18n
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database
from medicen_desktop.store.listing import quick_summaries
from tests.gui.test_quick_reopen import Gate, gate  # noqa: F401 - the fixture holding the opening
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures


def _start(qtbot: Any, url: str, settings: Settings, uuid: str, step: str) -> MainWindow:
    """The window as ``run_gui`` starts it on a server: no quick listing, the database opening on the worker."""
    i18n.install("en")
    settings.set(keys.LAST_PROPOSAL, uuid)
    settings.set(keys.LAST_STEP, step)
    summaries = quick_summaries(url)
    assert summaries is None  # a server: nothing to list before it answers
    window = MainWindow(None, settings, "en", summaries=summaries)
    qtbot.addWidget(window)
    window.reopen_last()
    window.show()
    window.open_database_after_first_paint(url)
    return window


def _close(window: MainWindow) -> None:
    window.close()
    if window.db is not None:
        window.db.close()


def test_the_last_proposal_on_the_server_reopens_once_it_answers(qtbot: Any, pg_url: str,  # noqa: F811
                                                                 settings: Settings, gate: Gate) -> None:  # noqa: F811
    db = Database.open(pg_url)
    uuid = proposals.create_demo(db)
    db.close()
    window = _start(qtbot, pg_url, settings, uuid, "project")
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)  # the server is being reached: the library shows meanwhile
    assert window.session is None and window.central.currentWidget() is window.library
    gate.release()
    qtbot.waitUntil(lambda: window.session is not None and window.workspace is not None, timeout=20_000)
    assert window.session is not None and window.workspace is not None
    assert window.session.proposal_uuid == uuid and window.workspace.current_step() == "project"
    page = window.workspace.page("project")
    page.full_title.setFocus()
    page.full_title.selectAll()
    QTest.keyClicks(page.full_title, "Titre saisi sur le serveur")
    QTest.keyClick(page.full_title, Qt.Key.Key_Return)
    reader = Database.open(pg_url)
    try:
        assert proposals.get_document(reader, uuid).proposal.title == "Titre saisi sur le serveur"
    finally:
        reader.close()
    _close(window)


def test_a_last_proposal_the_server_does_not_hold_leaves_the_library(qtbot: Any, pg_url: str,  # noqa: F811
                                                                      settings: Settings) -> None:
    db = Database.open(pg_url)
    proposals.create_demo(db)
    db.close()
    window = _start(qtbot, pg_url, settings, str(uuidlib.uuid4()), "project")  # the last one was in another file
    qtbot.waitUntil(lambda: window.db is not None and window.library.model.rowCount() == 1, timeout=20_000)
    assert window.session is None and window.central.currentWidget() is window.library
    _close(window)
