"""Work plan › Effort: a work package expands into its tasks (keys), months typed per task make the WP's figure,
and each cell chooses the rate its months are charged at."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from medicen_desktop.gui.effort_grid import REST, TASK, WP
from medicen_desktop.gui.numbers import parse_decimal
from medicen_desktop.gui.steps.workplan import WorkPlanPage
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template


@pytest.fixture
def plan(opened) -> WorkPlanPage:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("workplan")
    page = opened.workspace.page("workplan")
    assert isinstance(page, WorkPlanPage)
    page.tabs.setCurrentWidget(page.effort_tab)
    return page


def _personnel(page: WorkPlanPage, partner: str) -> Decimal:
    document = page.session.document
    report = compute_budget(document, get_template(document.proposal.template_key))
    return next(p for p in report.partners if p.participation_uuid == partner).derived_personnel


def _type(qtbot, page: WorkPlanPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the current cell as a user does: the first key opens the editor, the rest go into it."""
    page.effort_view.setFocus()
    QTest.keyClicks(page.effort_view, text[0])
    [editor] = [w for w in page.effort_view.findChildren(QLineEdit) if w.isVisible()]
    if text[1:]:
        QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.effort_view.state() == QAbstractItemView.State.NoState)


def test_a_work_package_expands_into_its_tasks_and_they_make_its_figure(qtbot, plan):  # type: ignore[no-untyped-def]
    grid, view, session = plan.effort, plan.effort_view, plan.session
    wp = min(session.document.work_packages, key=lambda w: w.number)
    tasks = sorted((t for t in session.document.tasks if t.work_package_uuid == wp.uuid), key=lambda t: t.number)
    assert len(tasks) >= 2
    partner = grid.participation_at(0)
    columns_before = grid.columnCount()
    was = grid.value(0, grid.column_of((WP, wp.uuid)))
    total_before = grid.value(0, grid.columnCount() - 1)
    personnel_before = _personnel(plan, partner)
    view.setFocus()
    view.setCurrentIndex(grid.index(0, grid.column_of((WP, wp.uuid))))
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert grid.columnCount() == columns_before + len(tasks) + 1
    assert grid.key_at(view.currentIndex().column()) == (TASK, tasks[0].uuid)
    assert grid.headerData(grid.column_of((WP, wp.uuid)), Qt.Orientation.Horizontal).endswith("▾")
    _type(qtbot, plan, "4,5")  # the first task: 4.5 person-months, typed as the user types
    QTest.keyClick(view, Qt.Key.Key_Right)  # the second task
    assert grid.key_at(view.currentIndex().column()) == (TASK, tasks[1].uuid)
    _type(qtbot, plan, "2")
    by_task = {e.task_uuid: e.person_months for e in session.document.efforts
               if e.participation_uuid == partner and e.task_uuid is not None}
    assert by_task == {tasks[0].uuid: Decimal("4.5"), tasks[1].uuid: Decimal("2")}
    # The WP's figure is the months in no task plus its tasks'; the Total counts each month once.
    wp_column = grid.column_of((WP, wp.uuid))
    assert grid.value(0, grid.column_of((REST, wp.uuid))) == was
    assert grid.value(0, wp_column) == was + Decimal("6.5")
    assert parse_decimal(grid.data(grid.index(0, grid.columnCount() - 1))) == total_before + Decimal("6.5")
    rate = next(r for r in session.document.staff_rates if r.participation_uuid == partner).monthly_rate
    assert _personnel(plan, partner) == personnel_before + Decimal("6.5") * rate
    # No second place to type the WP's figure: its cell is the sum, refused with where to change it.
    assert not grid.flags(grid.index(0, wp_column)) & Qt.ItemFlag.ItemIsEditable
    assert not grid.setData(grid.index(0, wp_column), "99")
    assert "sum of the partner's tasks" in plan.effort_tab.error.text()
    # Ctrl+Left folds the tasks back; the current cell goes back to the WP.
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert grid.columnCount() == columns_before
    assert view.currentIndex().column() == wp_column
    assert grid.value(0, wp_column) == was + Decimal("6.5")


def test_each_cell_chooses_the_rate_its_months_are_charged_at(qtbot, plan):  # type: ignore[no-untyped-def]
    grid, view, session = plan.effort, plan.effort_view, plan.session
    partner = grid.participation_at(0)
    session.add("staff_rates", {"participation_uuid": partner, "position": 1, "label": "Ingénieur",
                                "monthly_rate": Decimal("5000")}, "a second rate")
    column = next(c for c in range(grid.columnCount() - 1) if grid.effort_at(grid.index(0, c)) is not None)
    effort = grid.effort_at(grid.index(0, column))
    assert effort is not None and effort.staff_rate_uuid is None
    personnel_before = _personnel(plan, partner)
    view.setCurrentIndex(grid.index(0, column))
    combo = plan.effort_tab.rate
    assert combo.isEnabled() and combo.count() == 3 and combo.currentIndex() == 0
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)  # the last rate: the engineer's
    engineer = next(r for r in session.document.staff_rates if r.label == "Ingénieur")
    assert session.entity("efforts", effort.uuid).staff_rate_uuid == engineer.uuid
    first = next(r for r in session.document.staff_rates if r.participation_uuid == partner and r.position == 0)
    assert _personnel(plan, partner) == personnel_before - effort.person_months * (first.monthly_rate - Decimal(5000))
    # Back on the cell, the combo shows the rate chosen; an empty cell has none to choose yet.
    view.setCurrentIndex(grid.index(1, column))
    view.setCurrentIndex(grid.index(0, column))
    assert combo.currentData() == engineer.uuid
    empty = next((c for c in range(grid.columnCount() - 1) if not grid.entities(partner, grid.key_at(c))), None)
    if empty is not None:
        view.setCurrentIndex(grid.index(0, empty))
        assert not combo.isEnabled() and "Type the person-months first" in plan.effort_tab.rate_note.text()
