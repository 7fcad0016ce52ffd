"""Frozen work packages and budgets are read-only in the work plan and budget editors, with a note saying why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.todo_view import TodoDialog
from medicen_desktop.services import parts

EDITABLE = Qt.ItemFlag.ItemIsEditable


def page(window: MainWindow, step: str) -> Any:
    assert window.workspace is not None
    window.workspace.go_to(step)
    return window.workspace.page(step)


def test_freezing_in_the_todo_view_locks_the_wp_and_the_budget_row(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = opened.workspace.session  # type: ignore[union-attr]
    plan, budget = page(opened, "workplan"), page(opened, "budget")
    wps = plan.models["work_packages"]
    wp2 = next(w for w in session.document.work_packages if w.number == 2)
    title = wps.column_of("title")
    assert wps.flags(wps.index(wps.row_of(wp2.uuid), title)) & EDITABLE
    opened.show_todo()
    dialog: TodoDialog = opened.todo
    for key in ("wp:WP2", "budget:APHP"):
        dialog._select(key)
        dialog.status.setCurrentIndex(dialog.status.findData("frozen"))
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert {p.key for p in parts.list_parts(session.db, session.proposal_uuid) if p.status.value == "frozen"} == {
        "wp:WP2", "budget:APHP"}
    assert not wps.flags(wps.index(wps.row_of(wp2.uuid), title)) & EDITABLE
    wp1 = next(w for w in session.document.work_packages if w.number == 1)
    assert wps.flags(wps.index(wps.row_of(wp1.uuid), title)) & EDITABLE
    tasks = plan.models["tasks"]
    frozen_task = next(t for t in session.document.tasks if t.work_package_uuid == wp2.uuid)
    assert not tasks.flags(tasks.index(tasks.row_of(frozen_task.uuid), tasks.column_of("title"))) & EDITABLE
    assert "WP2" in plan.read_only.text() and "Frozen" in plan.read_only.text()
    grid = budget.grid
    rows = {grid.participation_at(r): r for r in range(grid.rowCount() - 1)}
    aphp = next(p.uuid for p in session.document.participations
                if next(o for o in session.document.organisations if o.uuid == p.organisation_uuid).short_name == "APHP")
    assert not any(grid.flags(grid.index(rows[aphp], c)) & EDITABLE for c in range(grid.columnCount()))
    other = next(r for p, r in rows.items() if p != aphp)
    assert grid.flags(grid.index(other, 1)) & EDITABLE  # column 0: personnel, computed
    page(opened, "budget")
    assert "APHP" in budget.read_only.text()
    dialog.close()
