"""The presence banner never moves what is below it: it shows beside the step's title, in a space kept for it, so a
click aimed at a row lands on that row when someone starts or stops editing (at 1024×700, nothing clipped)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.presence_banner import PresenceBanner
from medicen_desktop.gui.steps.sections import SectionsPage
from medicen_desktop.gui.steps.workplan import WorkPlanPage
from tests.gui.presence_windows import shared, two  # noqa: F401 - fixtures: two windows, SQLite and PostgreSQL
from tests.postgres import pg_url, postgres_server  # noqa: F401 - fixtures


def _top(widget: QWidget, window: MainWindow) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def _whole(banner: PresenceBanner, window: MainWindow) -> None:
    """The banner is inside the window and says all it shows: its text needs no more height than it has, and the
    button (when shown) is inside it."""
    assert window.rect().contains(banner.geometry().translated(banner.parentWidget().mapTo(window, QPoint(0, 0))))
    label = banner.text
    assert label.heightForWidth(label.width()) <= label.height(), label.text()
    button = banner.edit_anyway_button
    if button.isVisible():
        assert banner.rect().contains(button.geometry())
        assert button.width() >= button.sizeHint().width()


def _click(qtbot: Any, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_the_work_plan_table_stays_put_while_others_come_and_go(qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    marc.resize(1024, 700)
    assert marc.workspace is not None and claire.workspace is not None
    marc.workspace.go_to("workplan")
    mine = marc.workspace.page("workplan")
    assert isinstance(mine, WorkPlanPage)
    view = mine.tables["work_packages"].view
    qtbot.waitUntil(lambda: view.isVisible())
    top = _top(view.viewport(), marc)
    banner = mine.presence.banner
    assert not banner.isVisible()
    claire.workspace.go_to("workplan")
    hers = claire.workspace.page("workplan")
    assert isinstance(hers, WorkPlanPage)
    _click(qtbot, hers.tables["work_packages"].view, 1)  # Claire opens WP2
    qtbot.waitUntil(lambda: banner.isVisible() and "Claire is editing" in banner.text.text(), timeout=2000)
    assert _top(view.viewport(), marc) == top
    _whole(banner, marc)
    row_height = view.rowHeight(1)
    _click(qtbot, view, 1)  # Marc opens WP2: held, with "Edit anyway"
    assert banner.held and banner.edit_anyway_button.isVisible()
    assert _top(view.viewport(), marc) == top
    _whole(banner, marc)
    # A second click aimed at WP3 lands on WP3.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, int(2.5 * row_height)))
    assert view.currentIndex().row() == 2
    claire.workspace.go_to("project")  # she leaves the work plan
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)
    assert _top(view.viewport(), marc) == top


def test_the_section_editor_stays_put_while_she_edits_the_same_section(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    claire, marc = two
    marc.resize(1024, 700)
    assert marc.workspace is not None and claire.workspace is not None and marc.session is not None
    section = next(s.uuid for s in marc.session.document.sections if s.key == "methodology")
    marc.workspace.go_to("sections")
    mine = marc.workspace.page("sections")
    assert isinstance(mine, SectionsPage) and mine.current != section
    top = _top(mine.editor, marc)
    claire.workspace.go_to("sections")
    hers = claire.workspace.page("sections")
    assert isinstance(hers, SectionsPage)
    hers.select(section)
    qtbot.waitUntil(lambda: "✎ Claire" in next(mine.list.item(r).text() for r in range(mine.list.count())
                                               if mine.list.item(r).data(Qt.ItemDataRole.UserRole) == section),
                    timeout=2000)
    mine.select(section)  # Claire was first: his editor waits, the banner says so
    assert mine.presence.isVisible() and mine.presence.held
    assert _top(mine.editor, marc) == top
    _whole(mine.presence, marc)
    qtbot.mouseClick(mine.presence.edit_anyway_button, Qt.MouseButton.LeftButton)
    assert "You are editing it too" in mine.presence.text.text()
    assert _top(mine.editor, marc) == top
    claire.close()
    qtbot.waitUntil(lambda: not mine.presence.isVisible(), timeout=2000)
    assert _top(mine.editor, marc) == top
