"""Issue #18 item 3: the start date is typed in the user's locale (or picked in a calendar that opens at
today), and an empty field means no date."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from medicen_desktop.gui.date_field import parse_date
from medicen_desktop.services import proposals


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")  # the calendar's popup, offscreen
def test_typed_start_date_is_kept_and_the_calendar_opens_at_today(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("project")
    page = opened.workspace.page("project")
    line = page.start.line
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(line, Qt.Key.Key_Delete)
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert proposals.get_document(db, opened.session.proposal_uuid).proposal.start_date is None
    qtbot.mouseClick(page.start.button, Qt.MouseButton.LeftButton)  # "not set": the calendar opens at today
    today = dt.date.today()
    assert (page.start.calendar.yearShown(), page.start.calendar.monthShown()) == (today.year, today.month)
    QTest.keyClick(page.start.calendar, Qt.Key.Key_Escape)
    page.acronym.setFocus()
    QTest.keyClick(page.acronym, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic: &Start date
    assert line.hasFocus()
    QTest.keyClicks(line, "01/09/2027")  # en_GB, as French: day first
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert proposals.get_document(db, opened.session.proposal_uuid).proposal.start_date == dt.date(2027, 9, 1)
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, "31/02/2027")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert page.errors["start_date"].isVisibleTo(page) and "not a date" in page.errors["start_date"].text()
    assert proposals.get_document(db, opened.session.proposal_uuid).proposal.start_date == dt.date(2027, 9, 1)


def test_dates_read_in_the_users_locale() -> None:
    french, american = QLocale("fr_FR"), QLocale("en_US")
    assert parse_date("01/09/2027", french) == dt.date(2027, 9, 1)
    assert parse_date("1/9/2027", french) == dt.date(2027, 9, 1)
    assert parse_date("2027-09-01", french) == dt.date(2027, 9, 1)
    assert parse_date("09/01/2027", american) == dt.date(2027, 9, 1)
    assert parse_date("le 1er", french) is None
