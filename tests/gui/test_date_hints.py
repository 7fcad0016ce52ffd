"""Every date field says how to type a date in the UI's own words: "jj/mm/aaaa" in French, "dd/mm/yyyy" in English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.gui import i18n
from medicen_desktop.gui.date_field import DateField
from medicen_desktop.gui.settings import Settings
from medicen_desktop.store.database import Database
from tests.gui.windows import window_in

HINTS = {"fr": ("non renseignée — tapez une date (jj/mm/aaaa)", "« demain » n'est pas une date : tapez-la sous la "
                "forme jj/mm/aaaa."),
         "en": ("not set — type a date (dd/mm/yyyy)", "“demain” is not a date: type it as dd/mm/yyyy.")}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_date_field_of_the_steps_and_the_todo_view_hints_in_the_ui_language(
        qtbot: Any, db: Database, settings: Settings, sample_in_db: str, language: str) -> None:
    window = window_in(qtbot, db, settings, sample_in_db, language, size=None)
    assert window.workspace is not None
    fields: list[DateField] = []
    for step in ("call", "project"):
        window.workspace.go_to(step)
        fields += window.workspace.page(step).findChildren(DateField)
    window.show_todo()
    qtbot.waitUntil(window.todo.isVisible)
    fields += window.todo.findChildren(DateField)
    assert len(fields) == 3  # the call's deadline, the project's start, a part's due date
    placeholder, refusal = HINTS[language]
    assert [f.line.placeholderText() for f in fields] == [placeholder] * 3
    todo_due = fields[-1]
    refused: list[str] = []
    todo_due.refused.connect(refused.append)
    todo_due.setEnabled(True)
    todo_due.line.setFocus()
    qtbot.keyClicks(todo_due.line, "demain")
    qtbot.keyClick(todo_due.line, Qt.Key.Key_Return)
    assert refused[0] == refusal
    window.todo.close()
    window.close()


def test_the_hint_follows_the_locales_own_order(qtbot: Any) -> None:
    """A locale writing the month first gets its own pattern, in the UI's letters (not Qt's "M/d/yy")."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))
    try:
        field = DateField()
        qtbot.addWidget(field)
        assert field.pattern() == "m/d/yy"
    finally:
        i18n.install("en")

