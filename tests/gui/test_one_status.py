"""One status per section (#13): the section page's status combo is the part status; set with the keyboard, the
section list, the navigator's line, the to-do view and the library's marks follow, and it is there on reopening."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.part_marks import REVIEW
from medicen_desktop.gui.settings import Settings
from medicen_desktop.gui.todo_view import TodoDialog
from medicen_desktop.services import parts
from medicen_desktop.store.database import Database


def _sections(window: MainWindow) -> Any:
    assert window.workspace is not None
    window.workspace.go_to("sections")
    return window.workspace.page("sections")


def test_status_set_with_keys_shows_everywhere_and_after_reopening(qtbot: Any, opened: MainWindow, db: Database,
                                                                   settings: Settings, sample_in_db: str) -> None:
    page = _sections(opened)
    combos = [w for w in page.findChildren(type(page.status)) if w.isVisibleTo(page) and w is not page.assigned]
    assert combos == [page.status]  # one status control per section
    assert [page.status.itemData(i) for i in range(page.status.count())] == ["draft", "in-review", "approved",
                                                                               "frozen"]
    page.list.setCurrentRow(1)
    key = page._key()
    assert page.status.currentData() == "draft" and page.list.item(1).text().startswith("○")
    page.status.setFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # draft -> in review
    stored = {p.key: p.status.value for p in parts.list_parts(db, sample_in_db)}
    assert stored[f"section:{key}"] == "in-review"
    assert page.list.item(1).text().startswith(REVIEW)
    assert opened.workspace is not None
    assert f"{REVIEW} 1 in review" in opened.workspace.navigator.workflow.text()
    todo = TodoDialog(db, sample_in_db)
    qtbot.addWidget(todo)
    todo._select(f"section:{key}")
    assert todo.status.currentData() == "in-review"
    opened.close()

    again = MainWindow(db, settings, "en")
    qtbot.addWidget(again)
    again.show()
    again.library.reload()
    qtbot.waitUntil(lambda: REVIEW in again.library.model._marks.get(sample_in_db, ""), timeout=5000)
    again.open_proposal(sample_in_db)
    page = _sections(again)
    page.list.setCurrentRow(1)
    assert page._key() == key and page.status.currentData() == "in-review"
    assert again.workspace is not None and f"{REVIEW} 1 in review" in again.workspace.navigator.workflow.text()
    again.close()
