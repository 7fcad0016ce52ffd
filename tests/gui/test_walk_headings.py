"""Found in a walk: the Horizon Europe guidance asks for headings inside Excellence ("Objectives and ambition",
"Methodology", numbered 1.1 and 1.2 in the dossier), but the section editor could not make one: "## " typed
by hand was stored as the literal text "\\#\\# Objectives". And a stored heading was written back as
"## **Objectives**" as soon as any other paragraph of its section was typed in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.gui.windows import section_to_type_in, stored_body


def test_a_stored_heading_is_kept_when_its_section_is_typed_in(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page, section = section_to_type_in(opened, "## Objectives and ambition\n\nText here.")
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.editor, " More")
    assert stored_body(db, opened, section) == "## Objectives and ambition\n\nText here. More"


def test_the_heading_button_makes_the_paragraph_a_heading_and_back(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page, section = section_to_type_in(opened, "")
    heading = next(b for b in page.tools if b.toolTip().startswith("Heading"))
    assert heading.shortcut().toString() == "Ctrl+Shift+H"
    QTest.keyClicks(page.editor, "Objectives")
    qtbot.mouseClick(heading, Qt.MouseButton.LeftButton)
    page.editor.setFocus()
    QTest.keyClicks(page.editor, " and ambition")
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor, "We aim high.")
    assert stored_body(db, opened, section) == "## Objectives and ambition\n\nWe aim high."
    page.editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.mouseClick(heading, Qt.MouseButton.LeftButton)  # again: a paragraph
    assert stored_body(db, opened, section) == "Objectives and ambition\n\nWe aim high."
