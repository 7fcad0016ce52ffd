"""The main window: library, navigator, steps, title bar, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from medicen_desktop.gui.dialogs import Confirm, TextPrompt
from medicen_desktop.gui.new_proposal_wizard import NewProposal, NewProposalWizard
from medicen_desktop.gui.partner_dialog import NewPartner as Coordinator
from medicen_desktop.gui.rules_bridge import STEPS
from medicen_desktop.services import proposals


def test_empty_library_says_what_to_do(window):
    assert window.library.model.rowCount() == 0
    assert window.library.empty.isVisibleTo(window)
    assert "New proposal" in window.library.empty.text()
    assert window.windowTitle() == "Medicen Desktop"


def test_open_sample_shows_navigator_and_title(qtbot, window):
    qtbot.mouseClick(window.library.sample_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    assert window.windowTitle().startswith("ÉPI-DIAG · saved ✓")
    assert window.workspace.navigator.acronym.text() == "ÉPI-DIAG"
    assert window.workspace.navigator.list.count() == len(STEPS)


def test_ctrl_number_switches_steps(qtbot, opened):
    for number, step in enumerate(STEPS[:9], start=1):
        QTest.keySequence(opened, QKeySequence(f"Ctrl+{number}"))
        assert opened.workspace.current_step() == step
    QTest.keySequence(opened, QKeySequence("Ctrl+0"))
    assert opened.workspace.current_step() == "export"


def test_every_step_opens_with_the_sample(opened):
    for step in STEPS:
        opened.workspace.go_to(step)
        assert opened.workspace.stack.currentWidget() is opened.workspace.page(step)


def test_create_from_template(qtbot, window, monkeypatch):
    monkeypatch.setattr(NewProposalWizard, "ask", classmethod(lambda cls, calls, profiles, parent=None: NewProposal(
        "bpi-idemo", "NEWPROJ", "A new project", Coordinator("Acme Imaging SAS", "", "sme"), "en")))
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    document = window.session.document
    assert document.proposal.acronym == "NEWPROJ"
    assert len(document.participations) == 1
    assert document.sections, "the template's sections are created"


def test_rename_duplicate_delete_and_undo(qtbot, window, db, sample_in_db, monkeypatch):
    library = window.library
    library.reload(sample_in_db)
    monkeypatch.setattr(TextPrompt, "ask", classmethod(lambda cls, *a, **k: "RENAMED"))
    qtbot.mouseClick(library.rename_button, Qt.MouseButton.LeftButton)
    assert proposals.get_document(db, sample_in_db).proposal.acronym == "RENAMED"
    qtbot.mouseClick(library.duplicate_button, Qt.MouseButton.LeftButton)
    assert library.model.rowCount() == 2
    library.select(sample_in_db)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    qtbot.mouseClick(library.delete_button, Qt.MouseButton.LeftButton)
    assert library.model.rowCount() == 1
    QTest.keySequence(window, QKeySequence.StandardKey.Undo)
    assert library.model.rowCount() == 2
    assert proposals.get_document(db, sample_in_db).proposal.acronym == "RENAMED"


def test_delete_cancelled_keeps_proposal(qtbot, window, sample_in_db, monkeypatch):
    window.library.reload(sample_in_db)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a, **k: False))
    qtbot.mouseClick(window.library.delete_button, Qt.MouseButton.LeftButton)
    assert window.library.model.rowCount() == 1


def test_last_step_is_remembered(qtbot, window, sample_in_db, settings):
    window.open_proposal(sample_in_db)
    window.workspace.go_to("budget")
    window.show_library()
    window.open_proposal(sample_in_db)
    assert window.workspace.current_step() == "budget"
    assert settings.recent(window.database_location(), lambda _uuid: False)[0] == sample_in_db  # its database's list


def test_library_model(qtmodeltester, window, sample_in_db):
    window.library.reload()
    qtmodeltester.check(window.library.model)


def test_library_shows_completeness_measured_in_the_background(qtbot, window, sample_in_db):  # type: ignore[no-untyped-def]
    window.library.reload()
    model = window.library.model
    row = model.row_of(sample_in_db)
    qtbot.waitUntil(lambda: model.data(model.index(row, 4)).endswith("%"), timeout=10_000)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Complete"
    percent = int(model.data(model.index(row, 4)).split()[0])
    window.open_proposal(sample_in_db)
    qtbot.waitUntil(lambda: bool(window.workspace.findings.items), timeout=10_000)
    assert f"{percent} %" in window.workspace.navigator.call.text(), "the library and the navigator agree"


def test_export_step_before_any_export(qtbot, opened, settings, tmp_path, monkeypatch):
    """The page-limit list says what to do; the folder is the Documents folder until one is chosen (remembered)."""
    from medicen_desktop.gui import settings as keys
    from medicen_desktop.gui.steps.export import FolderDialog

    opened.workspace.go_to("export")
    page = opened.workspace.page("export")
    assert [page.preflight.item(r).text() for r in range(page.preflight.count())] == \
        ["Export a PDF to check the page limit."]
    assert not page.preflight.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert page.folder.text() == keys.documents_folder()
    monkeypatch.setattr(FolderDialog, "ask", classmethod(lambda cls, parent, folder: str(tmp_path)))
    page._choose_folder()
    assert page.folder.text() == str(tmp_path) and settings.get(keys.EXPORT_FOLDER) == str(tmp_path)


@pytest.mark.parametrize("where", ["database", "missing folder"])
def test_save_a_copy_refuses_the_database_file_and_reports_an_unwritable_path(  # type: ignore[no-untyped-def]
        qtbot, opened, db, tmp_path, monkeypatch, where) -> None:
    """Saving the copy over the open database destroyed every proposal; an unwritable path raised
    (the crash dialog) instead of saying why."""
    from medicen_desktop.gui import dialogs, save_copy
    from tests.conftest import sha256_of

    target = db.path if where == "database" else tmp_path / "missing" / "copy.json"
    monkeypatch.setattr(save_copy.SaveCopyDialog, "ask", classmethod(lambda cls, *a: str(target)))
    shown: list[str] = []
    monkeypatch.setattr(dialogs.Notify, "ask", classmethod(lambda cls, parent, title, text: shown.append(text)))
    before = sha256_of(db.path)
    opened.save_copy()
    assert len(shown) == 1 and str(target) in shown[0]
    assert sha256_of(db.path) == before and proposals.list_proposals(db)


def test_save_a_copy_that_fails_midway_keeps_the_earlier_copy(  # type: ignore[no-untyped-def]
        qtbot, opened, tmp_path, monkeypatch) -> None:
    """The copy was written in place: a disk full halfway left a truncated file where yesterday's copy was."""
    import os

    from medicen_desktop.gui import dialogs, save_copy

    target = tmp_path / "copy.json"
    target.write_bytes(b'{"earlier": "copy"}')
    monkeypatch.setattr(save_copy.SaveCopyDialog, "ask", classmethod(lambda cls, *a: str(target)))
    shown: list[str] = []
    monkeypatch.setattr(dialogs.Notify, "ask", classmethod(lambda cls, parent, title, text: shown.append(text)))

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    opened.save_copy()
    assert target.read_bytes() == b'{"earlier": "copy"}'
    assert not any(p.suffix == ".part" for p in tmp_path.iterdir())
    assert len(shown) == 1 and "No space left on device" in shown[0] and str(target) in shown[0]
    monkeypatch.undo()  # the disk has room again: a second try succeeds
    monkeypatch.setattr(save_copy.SaveCopyDialog, "ask", classmethod(lambda cls, *a: str(target)))
    opened.save_copy()
    assert b'"format_version"' in target.read_bytes()


def test_a_first_window_is_never_larger_than_the_screen(qtbot, db, settings) -> None:  # type: ignore[no-untyped-def]
    from medicen_desktop.gui.mainwindow import MainWindow

    window = MainWindow(db, settings, "en")
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert screen.width() < 1366 or window.width() == 1366  # (the offscreen screen is 800x600)
