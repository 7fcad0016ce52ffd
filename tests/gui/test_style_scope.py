"""The style rules reach the widgets they pick, and only those (issue 19: memory).

An application-wide style sheet ran every widget through Qt's style-sheet
style, which keeps rules, palette and font per widget: 8 MB of the window's
peak with every step of the large proposal visited. Now each label the rules
pick carries its own rules (``gui.style``), and a field gets them when it is
locked or flashed; the looks are asserted on what Qt resolved (palette, font,
pixels), not on the sheet's text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTextEdit, QWidget

from medicen_desktop.gui import style
from medicen_desktop.gui.app import create_application
from medicen_desktop.gui.field_messages import FieldError, ReadOnlyNote
from medicen_desktop.gui.flash import _set as set_flash
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.rules_bridge import STEPS
from medicen_desktop.gui.steps.base import show_read_only

RED = QColor("#c62828")


def _sheet_styled(widget: QWidget) -> bool:
    return widget.style().metaObject().className() == "QStyleSheetStyle"


def test_no_application_style_sheet_and_few_widgets_run_through_it(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """With every step visited, the widgets under Qt's style-sheet style are the few the rules pick (and
    their children), not the window's hundreds."""
    create_application()
    assert opened.workspace is not None
    for step in STEPS:
        opened.workspace.go_to(step)
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.styleSheet() == ""
    widgets = [w for w in opened.findChildren(QWidget)]
    under_sheet = [w for w in widgets if _sheet_styled(w)]
    assert len(widgets) > 500
    assert len(under_sheet) < len(widgets) / 8, (len(under_sheet), len(widgets))


def test_every_label_the_rules_pick_on_every_step_shows_its_look(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    picked: dict[str, int] = {}
    assert opened.workspace is not None
    for step in STEPS:
        opened.workspace.go_to(step)
        page = opened.workspace.page(step)
        for label in page.findChildren(QLabel):
            if style.selected(label):
                label.ensurePolished()
                role = label.property("role") or label.objectName()
                picked[role] = picked.get(role, 0) + 1
                assert _sheet_styled(label), f"{step}: {role} {label.text()!r} lost its rules"
                if role == "fieldError":
                    assert label.palette().color(QPalette.ColorRole.WindowText) == RED, step
                elif role in ("heading", "panelTitle"):
                    assert label.font().weight() >= 600, (step, role)
                if role == "heading":
                    assert label.font().pointSizeF() == 15, step
    assert {"heading", "fieldError", "panelTitle", "emptyState", "readOnlyNote", "counter"} <= set(picked), picked


def test_a_counter_over_its_limit_turns_red_and_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    counter = QLabel("12 / 10 words")
    counter.setObjectName("counter")
    style.styled(counter)
    qtbot.addWidget(counter)
    counter.show()
    normal = counter.palette().color(QPalette.ColorRole.WindowText)
    assert normal != RED
    style.set_state(counter, "over", True)
    assert counter.palette().color(QPalette.ColorRole.WindowText) == RED and counter.font().weight() >= 600
    style.set_state(counter, "over", False)
    assert counter.palette().color(QPalette.ColorRole.WindowText) == normal


def test_a_label_whose_role_becomes_an_error_turns_red(qtbot) -> None:  # type: ignore[no-untyped-def]
    note = QLabel("Size figures contradict the category")
    qtbot.addWidget(note)
    note.show()
    assert not _sheet_styled(note)
    style.set_state(note, "role", "fieldError")
    assert note.palette().color(QPalette.ColorRole.WindowText) == RED
    style.set_state(note, "role", "")
    assert note.palette().color(QPalette.ColorRole.WindowText) != RED


def test_field_messages_carry_their_rules_from_the_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    error, note = FieldError(holder), ReadOnlyNote(holder)
    error.show_message("Refused")
    note.show_message("Read-only: assigned to another partner")
    holder.show()
    assert error.palette().color(QPalette.ColorRole.WindowText) == RED
    # The note's box: its background is the palette's alternate base, drawn by the style sheet.
    image = note.grab().toImage()
    inside = image.pixelColor(image.width() // 2, 2)
    assert inside == note.palette().color(QPalette.ColorRole.AlternateBase), inside.name()


def test_a_flashed_field_is_outlined_then_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit("value")
    qtbot.addWidget(field)
    field.resize(200, 30)
    field.show()
    assert not _sheet_styled(field)
    set_flash(field, True)
    image = field.grab().toImage()
    assert image.pixelColor(0, 15) == QColor("#f9a825")
    set_flash(field, False)
    image = field.grab().toImage()
    assert image.pixelColor(0, 15) != QColor("#f9a825")


def test_a_locked_text_field_is_greyed(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = QTextEdit("text")
    qtbot.addWidget(editor)
    editor.resize(200, 100)
    editor.show()
    show_read_only(editor, True)
    assert _sheet_styled(editor)
    image = editor.viewport().grab().toImage()
    assert image.pixelColor(150, 80) == editor.palette().color(QPalette.ColorRole.Window)
    show_read_only(editor, False)
    image = editor.viewport().grab().toImage()
    assert image.pixelColor(150, 80) == editor.palette().color(QPalette.ColorRole.Base)
