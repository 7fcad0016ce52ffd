"""The Sections step's list of titles: every title readable at the list's width, in French too."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings


def test_a_long_title_wraps_onto_a_row_tall_enough(qtbot, db, settings: Settings,  # type: ignore[no-untyped-def]
                                                   sample_in_db: str) -> None:
    """"Programme de travail et méthodologie" was painted "Programme de travail et ..." over an empty line."""
    i18n.install("fr")
    try:
        window = MainWindow(db, settings, "fr")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.open_proposal(sample_in_db)
        assert window.workspace is not None
        window.workspace.go_to("sections")
        page = window.workspace.page("sections")
        titles = page.list
        qtbot.waitUntil(lambda: titles.count() > 0 and titles.viewport().width() > 100)
        width = titles.viewport().width() - 2 * titles.spacing() - 8
        metrics = titles.fontMetrics()
        long_ones = 0
        for row in range(titles.count()):
            item = titles.item(row)
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
            assert item.sizeHint().height() >= needed.height(), item.text()
            assert item.toolTip() and item.toolTip() in item.text()
            long_ones += needed.height() > metrics.height()
        assert long_ones >= 1  # the sample in French has a title that needs two lines at this width
        window.close()
    finally:
        i18n.install("en")
