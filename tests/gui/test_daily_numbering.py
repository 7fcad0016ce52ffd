"""Issue #18 item 6: a task moved to another work package is renumbered there and leaves no gap, in one
undo step; the table re-sorted by the move keeps the cursor on the task being edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from medicen_desktop.services import proposals


def _tasks(db, opened):  # type: ignore[no-untyped-def]
    document = proposals.get_document(db, opened.session.proposal_uuid)
    wps = {w.uuid: w.number for w in document.work_packages}
    return {t.uuid: (wps[t.work_package_uuid], t.number) for t in document.tasks}


def test_a_task_moved_to_another_wp_is_renumbered_in_one_undo_step(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    workspace = opened.workspace
    workspace.go_to("workplan")
    page = workspace.page("workplan")
    page.tabs.setCurrentIndex(1)
    table = page.tables["tasks"]
    before = _tasks(db, opened)
    first = next(u for u, (wp, n) in before.items() if (wp, n) == (1, 1))
    assert any((wp, n) == (1, 2) for wp, n in before.values())
    in_wp2 = max(n for wp, n in before.values() if wp == 2)
    row = table.model.row_of(first)
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, table.model.column_of("work_package_uuid")))
    QTest.keyClick(table.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    QTest.keyClick(combo, Qt.Key.Key_Down)  # WP1 -> WP2
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() == QAbstractItemView.State.NoState)
    after = _tasks(db, opened)
    assert after[first] == (2, in_wp2 + 1)
    assert sorted(n for wp, n in after.values() if wp == 1) == list(range(1, sum(wp == 1 for wp, _ in before.values())))
    # the table re-sorted: the cursor is still on the moved task, so Tab and typing go on in its row
    assert table.model.uuid_at(table.view.currentIndex().row()) == first
    opened.activateWindow()  # the combo's popup took the (offscreen) window's activation with it
    table.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    QTest.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tasks(db, opened) == before
    assert not any(f.code == "task.number-duplicate" for f in workspace.findings.items)
