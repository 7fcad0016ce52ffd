"""The Review step shows every finding whole: a long one wraps at the window's width, never elided."""

from __future__ import annotations

from medicen_desktop.gui.steps.review import ReviewPage


def _row_heights(page: ReviewPage) -> list[int]:
    tree = page.tree
    return [tree.visualItemRect(tree.topLevelItem(i)).height() for i in range(tree.topLevelItemCount())]


def test_a_long_finding_wraps_and_rewraps_when_the_window_narrows(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    workspace = opened.workspace
    opened.resize(1366, 700)
    workspace.go_to("review")
    workspace.check_now()
    page = workspace.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0)
    tree = page.tree
    line = tree.fontMetrics().lineSpacing()
    longest = max(range(tree.topLevelItemCount()), key=lambda i: len(tree.topLevelItem(i).text(1)))
    text = tree.topLevelItem(longest).text(1)
    assert tree.fontMetrics().horizontalAdvance(text) > tree.columnWidth(1) > 0  # it cannot fit on one line
    wide = _row_heights(page)[longest]
    lines_needed = tree.fontMetrics().horizontalAdvance(text) // tree.columnWidth(1) + 1
    assert wide >= lines_needed * line
    opened.resize(1024, 700)
    qtbot.waitUntil(lambda: _row_heights(page)[longest] > wide)
    narrow = _row_heights(page)[longest]
    needed = tree.fontMetrics().horizontalAdvance(text) // tree.columnWidth(1) + 1
    assert needed * line <= narrow <= (needed + 2) * line + 8  # as tall as its lines, no taller
