"""At 1024×700 the Budget grid shows every column, Total included, without a horizontal scroll bar, in English
and in French; no header line and no figure is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from medicen_desktop.gui import i18n
from medicen_desktop.gui.matrix import header_lines


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_total_column_is_in_view_at_1024_px(qtbot, opened, language):  # type: ignore[no-untyped-def]
    if language == "fr":
        opened.apply_language(i18n.install("fr"))
    opened.resize(1024, 700)
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    view, model = page.view, page.grid
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 0)
    qtbot.wait(50)  # the layout runs once per turn of the event loop
    assert opened.width() <= 1024
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Total"  # the same word in both languages
    assert model.columnCount() >= 6  # personnel, four categories at least, total
    assert view.columnViewportPosition(last) + view.columnWidth(last) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for column in range(model.columnCount()):
        lines = str(model.headerData(column, Qt.Orientation.Horizontal)).splitlines()
        assert all(metrics.horizontalAdvance(line) < view.columnWidth(column) for line in lines), lines
        for row in range(model.rowCount()):
            text = model.index(row, column).data() or ""
            assert metrics.horizontalAdvance(text) < view.columnWidth(column), (column, text)
    # Wider, the spare width is shared out: the grid still fills the view.
    opened.resize(1366, 768)
    qtbot.waitUntil(lambda: view.columnViewportPosition(last) + view.columnWidth(last) >= view.viewport().width() - 1)


def test_long_category_names_wrap_on_two_balanced_lines() -> None:
    assert header_lines("Investissements et amortissements") == "Investissements\net amortissements"
    assert header_lines("Subcontracting and services") == "Subcontracting\nand services"
    assert header_lines("Overheads") == "Overheads"
    assert header_lines("Autres dépenses") == "Autres\ndépenses"
    long = header_lines("Frais de propriété intellectuelle, brevets et licences d'exploitation")
    assert all(len(line) <= 20 for line in long.splitlines()) and long.replace("\n", " ").startswith("Frais de")
