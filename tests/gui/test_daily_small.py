"""Issue #18 item 10, the smaller list: a new proposal opens on Project, the Proposal menu waits for a
proposal, "Undo last merge" waits for a merge, the CV heading follows a rename, the empty Gantt's message
sits under the months, the table button asks the table's size, Help has the guide (offline, FR/EN) and the
shortcuts, and a killed session is said at the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from medicen_desktop.gui import dialogs
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.help import ShortcutsList, UserGuide
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.new_proposal_wizard import NewProposal, NewProposalWizard
from medicen_desktop.gui.partner_dialog import NewPartner


def _menu_action(window: MainWindow, menu_title: str, text: str):  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_title)
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def test_new_proposal_opens_on_project_and_proposal_menu_waits_for_one(qtbot, window, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.settings.set(keys.LAST_STEP, "export")
    assert not _menu_action(window, "&Proposal", "Check now").isEnabled()
    assert not window.step_actions[0].isEnabled()
    monkeypatch.setattr(NewProposalWizard, "ask", classmethod(lambda cls, calls, profiles, parent=None: NewProposal(
        "fui-collaborative", "NEW", "A new one", NewPartner("Neuro SAS", "NSAS", "sme"), "en")))
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None and window.workspace.current_step() == "project"
    assert window.step_actions[0].isEnabled()
    assert not _menu_action(window, "&Proposal", "Undo last merge").isEnabled()  # no merge yet


def test_cv_heading_follows_a_rename_and_empty_gantt_text_is_under_the_months(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    workspace = opened.workspace
    workspace.go_to("consortium")
    page = workspace.page("consortium")
    table = page.member_table
    member = table.model.uuid_at(0)
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.waitUntil(lambda: page.cv.member == member)
    table.view.setFocus()
    QTest.keyClick(table.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "Dr Ada Lovelace")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cv.heading.text() == "CV of Dr Ada Lovelace")
    # the Gantt of a proposal with no work package
    for wp in list(opened.session.document.work_packages):
        opened.session.delete("work_packages", wp.uuid, "set up")
    workspace.go_to("workplan")
    gantt = workspace.page("workplan").gantt
    assert gantt.empty_text is not None
    month_labels = [i for i in gantt.scene().items() if isinstance(i, QGraphicsSimpleTextItem)
                    and i.sceneBoundingRect().top() < 20]
    assert month_labels and not any(i.sceneBoundingRect().intersects(gantt.empty_text.sceneBoundingRect())
                                    for i in month_labels)


def test_table_button_asks_the_size(qtbot, opened, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs.TableSize, "ask", classmethod(lambda cls, parent: (4, 2)))
    opened.workspace.go_to("sections")
    page = opened.workspace.page("sections")
    table_button = page.tools[4]
    qtbot.mouseClick(table_button, Qt.MouseButton.LeftButton)
    table = page.editor.textCursor().currentTable()
    assert table is not None and (table.rows(), table.columns()) == (4, 2)


def test_help_shows_the_shipped_guide_and_the_shortcuts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _menu_action(window, "&Help", "User guide").trigger()
    guide = window.help_window
    assert isinstance(guide, UserGuide) and "Undo" in guide.browser.toPlainText()
    french = UserGuide("fr")
    qtbot.addWidget(french)
    assert "Annuler" in french.browser.toPlainText()
    guide.close()
    _menu_action(window, "&Help", "Keyboard shortcuts").trigger()
    shortcuts = window.help_window
    assert isinstance(shortcuts, ShortcutsList)
    rows = [(shortcuts.table.item(r, 0).text(), shortcuts.table.item(r, 1).text()) for r in range(shortcuts.table.rowCount())]
    assert any(keys_ == "Ctrl+1" and "Call" in text for keys_, text in rows)
    assert any("Ctrl+Z" in keys_ for keys_, _ in rows)
    shortcuts.close()


def test_a_killed_session_is_said_at_the_next_start(qtbot, db, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set(keys.RUNNING, 1)  # what a window killed with -9 leaves behind
    window = MainWindow(db, settings, "en")
    qtbot.addWidget(window)
    assert "not closed normally" in window.statusBar().currentMessage()
    window.close()
    assert settings.get(keys.RUNNING) == 0
    again = MainWindow(db, settings, "en")
    qtbot.addWidget(again)
    assert "not closed normally" not in again.statusBar().currentMessage()
    again.close()


def test_the_funders_notes_are_in_french_in_the_french_interface(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    opened.apply_language("fr")
    opened.workspace.go_to("call")
    page = opened.workspace.page("call")
    qtbot.waitUntil(lambda: page.notes.text() not in ("", "—"))
    assert "n'a pas été lu" in page.notes.text() or "non confirm" in page.notes.text(), page.notes.text()
    assert "not confirmed" not in page.notes.text()
