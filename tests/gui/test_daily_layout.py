"""Issue #18 item 4: from 1024×700 every step fits the window: the side panel folds, nothing is clipped,
the Project form does not scroll sideways and the partners' legal names stay readable."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from medicen_desktop.rules.steps import STEPS


def test_every_step_fits_1024_by_700(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    workspace = opened.workspace
    for step in STEPS:  # every page built, as after a working session
        workspace.go_to(step)
    opened.resize(1024, 700)
    qtbot.waitUntil(lambda: opened.width() == 1024 and not workspace.panel.isVisible())
    qtbot.waitUntil(lambda: workspace.stack.width() > 780, timeout=2000)
    assert not opened.panel_action.isChecked()
    for step in STEPS:
        workspace.go_to(step)
        page = workspace.page(step)
        qtbot.waitUntil(lambda p=page: p.width() == workspace.stack.width())
        assert page.minimumSizeHint().width() <= workspace.stack.width(), (step, workspace.splitter.sizes())
        assert page.minimumSizeHint().height() <= workspace.stack.height(), step
    project = workspace.page("project")
    workspace.go_to("project")
    scroll = project.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    workspace.go_to("consortium")
    table = workspace.page("consortium").partner_table
    qtbot.waitUntil(lambda: table.view.isVisible())
    legal = next(i for i, c in enumerate(table.model.columns) if c.field == "legal_name")
    longest_word = max(table.view.fontMetrics().horizontalAdvance(w) for w in "Laboratoire Imagerie".split())
    assert table.view.columnWidth(legal) >= longest_word
    opened.resize(1366, 768)
    qtbot.waitUntil(lambda: workspace.panel.isVisible())
