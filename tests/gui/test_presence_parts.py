"""Presence and soft locks on a work package (Work plan step) and on a partner's budget (Budget step), between
two windows on one database (SQLite, and PostgreSQL when the test server runs): the other window names who edits
what within a second; the second editor's cells of that part stay read-only until "Edit anyway" (or the first
leaves); leaving the step, closing the window or killing the process releases it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from medicen_desktop.document.parts import partner_label
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.steps.budget import BudgetPage
from medicen_desktop.gui.steps.workplan import WorkPlanPage
from medicen_desktop.store import presence
from tests.gui.presence_windows import shared, two  # noqa: F401 - fixtures: two windows, SQLite and PostgreSQL
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures

ROOT = Path(__file__).parents[2]
EDITABLE = Qt.ItemFlag.ItemIsEditable


Page = TypeVar("Page")


def _step(window: MainWindow, step: str, kind: type[Page]) -> Page:
    assert window.workspace is not None
    window.workspace.go_to(step)
    page = window.workspace.page(step)
    assert isinstance(page, kind)
    return page


def _workplan(window: MainWindow) -> WorkPlanPage:
    return _step(window, "workplan", WorkPlanPage)


def _budget(window: MainWindow) -> BudgetPage:
    return _step(window, "budget", BudgetPage)


def _click_row(qtbot: Any, page: WorkPlanPage, tab: str, uuid: str, column: int = 1) -> None:
    """Click the row's cell (column 1: the title of a work package) as a user would."""
    page.tabs.setCurrentIndex(list(page.models).index(tab))
    view, model = page.tables[tab].view, page.models[tab]
    index = model.index(model.row_of(uuid), column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex().row() == index.row()


def _type(qtbot: Any, window: MainWindow, view: QAbstractItemView, text: str) -> None:
    """Type into the current cell as a user does: the first key opens the editor, the rest go into it, Enter."""
    window.activateWindow()  # offscreen, a window may be deactivated once another shows: the editor would close
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    QTest.keyClicks(view, text[0])
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.NoState)


def _wp(window: MainWindow, number: int) -> str:
    assert window.session is not None
    return next(w.uuid for w in window.session.document.work_packages if w.number == number)


def test_a_work_package_opened_in_one_window_is_named_and_soft_locked_in_the_other(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    wp1, wp2 = _wp(claire, 1), _wp(claire, 2)
    mine = _workplan(marc)
    _click_row(qtbot, mine, "work_packages", wp1)  # Marc edits WP1
    hers = _workplan(claire)
    started = time.monotonic()
    _click_row(qtbot, hers, "work_packages", wp2)
    qtbot.waitUntil(lambda: "Claire is editing “WP2” since" in mine.presence.banner.text.text(), timeout=1000)
    assert time.monotonic() - started < 1.0
    assert mine.presence.banner.isVisible() and not mine.presence.banner.edit_anyway_button.isVisible()
    assert mine.models["work_packages"].flags(mine.models["work_packages"].index(0, 1)) & EDITABLE  # WP1: his
    # Marc opens WP2 too: Claire was first, so its cells wait and he chooses.
    _click_row(qtbot, mine, "work_packages", wp2)
    banner = mine.presence.banner
    assert banner.held and banner.edit_anyway_button.isVisible()
    assert "Claire is editing “WP2” since" in banner.text.text() and "Read-only for now" in banner.text.text()
    model = mine.models["work_packages"]
    title = model.index(model.row_of(wp2), 1)
    assert not model.flags(title) & EDITABLE
    assert marc.session is not None
    before = marc.session.entity("work_packages", wp2).title
    mine.tables["work_packages"].view.setFocus()
    qtbot.keyClicks(mine.tables["work_packages"].view, "Typed while she edits")
    qtbot.keyClick(mine.tables["work_packages"].view, Qt.Key.Key_Return)
    assert marc.session.entity("work_packages", wp2).title == before
    tasks = mine.models["tasks"]  # its tasks wait too; another work package's do not
    task_rows = {tasks.entity_at(r).work_package_uuid: r for r in range(tasks.rowCount())}
    assert not tasks.flags(tasks.index(task_rows[wp2], 2)) & EDITABLE
    assert tasks.flags(tasks.index(task_rows[wp1], 2)) & EDITABLE
    assert not mine.tables["tasks"].add_button.isEnabled()  # a task would be added to WP2
    assert not mine.gantt.bars[wp2].movable and mine.gantt.bars[wp1].movable  # its bar waits in the chart too
    qtbot.mouseClick(banner.edit_anyway_button, Qt.MouseButton.LeftButton)
    assert not banner.held and model.flags(title) & EDITABLE and mine.tables["tasks"].add_button.isEnabled()
    assert mine.gantt.bars[wp2].movable
    assert "You are editing it too" in banner.text.text()
    view = mine.tables["work_packages"].view
    view.setCurrentIndex(title)
    _type(qtbot, marc, view, "Recruitment and follow-up")
    assert marc.session.entity("work_packages", wp2).title == "Recruitment and follow-up"
    qtbot.waitUntil(lambda: "Marc is editing “WP2”" in hers.presence.banner.text.text(), timeout=1000)
    assert not hers.presence.banner.held  # she was first: she goes on, told that Marc edits it too


def test_the_work_package_opens_by_itself_when_she_leaves_the_step_and_is_released_when_she_closes(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    wp2 = _wp(claire, 2)
    hers = _workplan(claire)
    _click_row(qtbot, hers, "tasks", next(t.uuid for t in hers.session.document.tasks if t.work_package_uuid == wp2))
    mine = _workplan(marc)
    qtbot.waitUntil(lambda: "Claire is editing “WP2”" in mine.presence.banner.text.text(), timeout=1000)
    _click_row(qtbot, mine, "work_packages", wp2)
    assert mine.presence.banner.held
    assert claire.workspace is not None
    claire.workspace.go_to("project")  # another step: she edits no work package now
    qtbot.waitUntil(lambda: not mine.presence.banner.held, timeout=1000)
    model = mine.models["work_packages"]
    assert model.flags(model.index(model.row_of(wp2), 1)) & EDITABLE and mine.presence.banner.isHidden()
    assert claire.session is not None and claire.session.presence is not None
    board = claire.session.presence
    qtbot.waitUntil(lambda: [p.user for p in board.others(f"wp:{wp2}")] == ["Marc"], timeout=1000)
    hers = _workplan(claire)  # back on the task's row: Marc is in WP2 now, so she waits (looking is not editing)
    assert hers.presence.banner.held and "Marc is editing “WP2”" in hers.presence.banner.text.text()
    qtbot.mouseClick(hers.presence.banner.edit_anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Claire is editing “WP2”" in mine.presence.banner.text.text(), timeout=1000)
    claire.close()
    qtbot.waitUntil(lambda: mine.presence.banner.isHidden(), timeout=1000)
    assert marc.db is not None and marc.session is not None
    assert [(p.user, p.part) for p in presence.live(marc.db, marc.session.proposal_uuid)] == [
        ("Marc", f"wp:{wp2}")]


def test_a_partner_budget_is_named_and_soft_locked_in_the_other_window(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    hers, mine = _budget(claire), _budget(marc)
    row = 1
    partner = hers.grid.participation_at(row)
    assert partner is not None and marc.session is not None
    name = partner_label(marc.session.document, partner)
    hers.view.setFocus()
    hers.view.setCurrentIndex(hers.grid.index(row, 1))
    qtbot.waitUntil(lambda: f"Claire is editing “{name}” since" in mine.presence.banner.text.text(), timeout=1000)
    mine.view.setFocus()
    mine.view.setCurrentIndex(mine.grid.index(0, 1))  # another partner: his to edit
    assert mine.grid.flags(mine.grid.index(0, 1)) & EDITABLE and not mine.presence.banner.held
    qtbot.keyClick(mine.view, Qt.Key.Key_Down)  # the keyboard onto Claire's partner
    assert mine.view.currentIndex().row() == row and mine.presence.banner.held
    cell = mine.grid.index(row, 1)
    before = mine.grid.data(cell)
    assert not mine.grid.flags(cell) & EDITABLE
    qtbot.keyClicks(mine.view, "999")
    qtbot.keyClick(mine.view, Qt.Key.Key_Return)
    assert mine.grid.data(cell) == before
    assert not mine.lines.table.add_button.isEnabled()
    qtbot.mouseClick(mine.presence.banner.edit_anyway_button, Qt.MouseButton.LeftButton)
    assert mine.grid.flags(cell) & EDITABLE and mine.lines.table.add_button.isEnabled()
    qtbot.waitUntil(lambda: f"Marc is editing “{name}”" in hers.presence.banner.text.text(), timeout=1000)


def test_a_killed_process_editing_a_budget_is_released(qtbot: Any, two: tuple[MainWindow, MainWindow],
                                                       shared: tuple[str, str]) -> None:  # noqa: F811
    location, uuid = shared
    _claire, marc = two
    mine = _budget(marc)
    partner = mine.grid.participation_at(0)
    assert partner is not None
    with subprocess.Popen([sys.executable, "-m", "tests.presence_holder", location, uuid, f"budget:{partner}",
                           "Inès"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
            qtbot.waitUntil(lambda: "Inès is editing" in mine.presence.banner.text.text(), timeout=1000)
            mine.view.setCurrentIndex(mine.grid.index(0, 1))
            assert mine.presence.banner.held and not mine.grid.flags(mine.grid.index(0, 1)) & EDITABLE
        finally:
            holder.kill()  # SIGKILL: it never releases anything
            holder.wait()
    qtbot.waitUntil(lambda: not mine.presence.banner.held, timeout=1000)
    assert mine.grid.flags(mine.grid.index(0, 1)) & EDITABLE and mine.presence.banner.isHidden()
