"""Statuses and comments are in the change journal (#13): a status set and a comment written in one window show
in another window on the same database within a second (its section list, navigator line, comment panel and
to-do view), and the writing window does not announce its own change as another's."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.part_marks import COMMENTS, REVIEW
from medicen_desktop.gui.todo_view import TodoDialog, show_todo
from tests.gui.windows import window_as


@pytest.fixture
def two(qtbot: Any, db_path: Path, tmp_path: Path, sample_in_db: str) -> Iterator[tuple[MainWindow, MainWindow]]:
    i18n.install("en")
    claire = window_as(qtbot, db_path, tmp_path, sample_in_db, "claire", "project")
    marc = window_as(qtbot, db_path, tmp_path, sample_in_db, "marc", "project")
    for window in (claire, marc):
        assert window.workspace is not None
        window.workspace.go_to("sections")
        window.workspace.page("sections").list.setCurrentRow(0)
    yield claire, marc
    for window in (claire, marc):
        window.close()
        assert window.db is not None
        window.db.close()


def _sections(window: MainWindow) -> Any:
    assert window.workspace is not None
    return window.workspace.page("sections")


def test_a_status_and_a_comment_show_in_the_other_window_within_a_second(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    assert marc.workspace is not None and marc.session is not None
    todo = show_todo(marc, marc.session.db, marc.workspace)  # as Proposal › To do opens it
    assert isinstance(todo, TodoDialog)
    key = _sections(marc)._key()
    todo._select(f"section:{key}")
    assert todo.status.currentData() == "draft"
    typed_in_marc = _sections(marc).editor.toPlainText()

    page = _sections(claire)
    page.status.setFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # claire: draft -> in review
    started = time.monotonic()
    qtbot.waitUntil(lambda: _sections(marc).list.item(0).text().startswith(REVIEW), timeout=1000)
    assert time.monotonic() - started < 1.0
    assert _sections(marc).status.currentData() == "in-review"
    assert f"{REVIEW} 1 in review" in marc.workspace.navigator.workflow.text()
    assert todo.status.currentData() == "in-review" and todo.selected_key() == f"section:{key}"
    assert "claire" in marc.statusBar().currentMessage()
    assert _sections(marc).editor.toPlainText() == typed_in_marc  # the text is not read again

    panel = page.comment_panel
    panel.text.setPlainText("Ajouter la cohorte de validation")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    started = time.monotonic()
    qtbot.waitUntil(lambda: any("Ajouter la cohorte de validation" in _sections(marc).comment_panel.tree
                                .topLevelItem(i).text(0)
                                for i in range(_sections(marc).comment_panel.tree.topLevelItemCount())),
                    timeout=1000)
    assert time.monotonic() - started < 1.0
    assert f"{COMMENTS}1" in _sections(marc).list.item(0).text()
    assert "claire" not in claire.statusBar().currentMessage()  # its own change is not another writer's
    todo.close()
