"""Two windows on one database see each other's edits within a second, keep the field being typed in,
and a same-field edit shows the conflict."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.gui import i18n
from medicen_desktop.gui.conflict_prompt import ConflictPrompt
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.steps.project import ProjectPage
from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database
from tests.gui.windows import window_as
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures


@pytest.fixture
def two(qtbot: Any, db_path: Path, tmp_path: Path, sample_in_db: str) -> Iterator[tuple[MainWindow, MainWindow]]:
    i18n.install("en")
    claire = window_as(qtbot, db_path, tmp_path, sample_in_db, "claire", "project")
    marc = window_as(qtbot, db_path, tmp_path, sample_in_db, "marc", "project")
    yield claire, marc
    for window in (claire, marc):
        window.close()
        assert window.db is not None
        window.db.close()


def _project(window: MainWindow) -> ProjectPage:
    assert window.workspace is not None
    page = window.workspace.page("project")
    assert isinstance(page, ProjectPage)
    return page


def _type(qtbot: Any, widget: Any, text: str, leave: bool = True) -> None:
    """Type in ``widget`` as its user does: in that user's window, brought to the front."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    if leave:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_each_window_sees_the_others_edit_within_a_second(qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    _type(qtbot, _project(claire).full_title, "Titre de Claire")
    started = time.monotonic()
    qtbot.waitUntil(lambda: _project(marc).full_title.text() == "Titre de Claire", timeout=1000)
    assert time.monotonic() - started < 1.0
    assert marc.session is not None and marc.session.document.proposal.title == "Titre de Claire"
    assert "claire changed Title" in marc.statusBar().currentMessage()  # the form's label
    _type(qtbot, _project(marc).acronym, "MARC")
    qtbot.waitUntil(lambda: _project(claire).acronym.text() == "MARC", timeout=1000)


def test_a_cli_edit_reaches_the_open_window(qtbot: Any, two: tuple[MainWindow, MainWindow], db_path: Path) -> None:
    claire, _marc = two
    other = Database.open(db_path)
    try:
        uuid = proposals.list_proposals(other)[0].uuid
        edit.update_fields(other, "proposal", uuid, {"duration_months": 30, "keywords": ["foie", "IRM"]})
    finally:
        other.close()
    page = _project(claire)
    qtbot.waitUntil(lambda: page.duration.value() == 30 and page.keywords.text() == "foie; IRM", timeout=1000)


def test_the_field_being_typed_keeps_its_text_cursor_and_undo(qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    mine = _project(marc).full_title
    _type(qtbot, mine, "Titre en cours", leave=False)
    cursor = mine.cursorPosition()
    assert mine.isUndoAvailable()
    _type(qtbot, _project(claire).acronym, "CLAIRE")
    qtbot.waitUntil(lambda: _project(marc).acronym.text() == "CLAIRE", timeout=1000)
    assert (mine.text(), mine.cursorPosition(), mine.isUndoAvailable(), marc.focusWidget() is mine) == (
        "Titre en cours", cursor, True, True)
    marc.activateWindow()
    qtbot.waitUntil(marc.isActiveWindow, timeout=1000)
    qtbot.keyClick(mine, Qt.Key.Key_Tab)
    assert claire.session is not None
    qtbot.waitUntil(lambda: _project(claire).full_title.text() == "Titre en cours", timeout=1000)
    stored = proposals.get_document(claire.db, claire.session.proposal_uuid).proposal  # type: ignore[arg-type]
    assert (stored.title, stored.acronym) == ("Titre en cours", "CLAIRE")


def test_a_same_field_edit_shows_the_conflict(qtbot: Any, two: tuple[MainWindow, MainWindow],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    claire, marc = two
    asked: list[list[tuple[Any, Any, Any]]] = []

    def ask(cls: Any, parent: Any, conflicts: list[Any]) -> str:
        asked.append([(c.field, c.ours, c.theirs) for c in conflicts])
        return "theirs"

    monkeypatch.setattr(ConflictPrompt, "ask", classmethod(ask))
    _type(qtbot, _project(marc).full_title, "Titre de Marc", leave=False)
    # Claire's window writes the same field meanwhile (on her machine: Marc's window keeps the focus).
    assert claire.session is not None
    claire.session.update("proposal", claire.session.proposal_uuid, {"title": "Titre de Claire"}, "edit")
    qtbot.waitUntil(lambda: marc.session is not None and marc.session.document.proposal.title == "Titre de Claire",
                    timeout=1000)
    assert _project(marc).full_title.text() == "Titre de Marc"  # what Marc is typing stays
    qtbot.keyClick(_project(marc).full_title, Qt.Key.Key_Tab)
    assert asked == [[("title", "Titre de Claire", "Titre de Marc")]]
    assert _project(marc).full_title.text() == "Titre de Claire"


@pytest.mark.slow
def test_an_open_proposal_on_postgresql_sees_another_connections_edit(qtbot: Any, pg_url: str,  # noqa: F811
                                                                       sample: Any) -> None:
    from medicen_desktop.gui.session import ProposalSession

    mine, theirs = Database.open(pg_url), Database.open(pg_url)
    theirs.user = "claire"
    try:
        uuid = proposals.import_document(mine, sample)
        session = ProposalSession(mine, uuid)
        session.watch()
        said: list[str] = []
        session.remoteChanged.connect(said.append)
        edit.update_fields(theirs, "proposal", uuid, {"title": "Titre du serveur"})
        started = time.monotonic()
        qtbot.waitUntil(lambda: session.document.proposal.title == "Titre du serveur", timeout=1000)
        assert time.monotonic() - started < 1.0
        assert said == ["claire changed Title"]
        session.stop_watching()
        session.deleteLater()
    finally:
        mine.close()
        theirs.close()
