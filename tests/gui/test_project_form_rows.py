"""The Project step's start date refusal shows whole, on the form's full width (French and English, 1024×700).

The start date's column is a vertical box (the date field, its message). The
date field's maximum width (260 px) made the box as narrow, while the form
gave the row the height the message needs at the column's full width: in
French "« demain » n'est pas une date : tapez-la sous la forme jj/mm/aaaa."
took two lines at 260 px and was cut to its first line. The field is now
aligned left in its box, so the message has the column's width.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.gui.settings import Settings
from medicen_desktop.store.database import Database
from tests.gui.windows import window_in


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_start_date_refusal_is_whole_and_as_wide_as_the_form(
        qtbot: Any, db: Database, settings: Settings, sample_in_db: str, language: str) -> None:
    window = window_in(qtbot, db, settings, sample_in_db, language)
    assert window.workspace is not None
    window.workspace.go_to("project")
    page = window.workspace.page("project")
    qtbot.waitExposed(window)
    error, column = page.errors["start_date"], page.full_title.width()
    for width in (1024, 1366, 1024):  # and after resizes
        window.resize(width, 700)
        page.start.line.setFocus()
        page.start.line.selectAll()
        qtbot.keyClicks(page.start.line, "demain")
        qtbot.keyClick(page.start.line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: error.isVisible() and "demain" in error.text())
        column = page.full_title.width()
        qtbot.waitUntil(lambda: error.width() >= column - 40, timeout=2000)  # noqa: B023
        assert error.height() >= error.heightForWidth(error.width()), (width, error.text())
        assert error.geometry().bottom() < page.duration.geometry().top()
