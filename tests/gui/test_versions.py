"""The Versions window: the diff shown with marks that do not rely on colour, restore through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.versions_dialog import VersionName, VersionsDialog
from medicen_desktop.services import edit, proposals, versions
from medicen_desktop.store.database import Database


def _section(db: Database, uuid: str, key: str) -> tuple[str, str]:
    section = next(s for s in proposals.get_document(db, uuid).sections if s.key == key)
    return section.uuid, section.body


def _dialog(window: MainWindow) -> VersionsDialog:
    assert window.versions_action.isEnabled()
    window.versions_action.trigger()
    dialog = window.versions_window
    assert isinstance(dialog, VersionsDialog) and dialog.isVisible()
    return dialog


def test_the_diff_marks_words_by_underline_and_strike_through(qtbot, opened: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                              sample_in_db: str) -> None:
    versions.take_snapshot(db, sample_in_db, "avant")
    uuid, body = _section(db, sample_in_db, "clinical_need")
    assert opened.session is not None
    opened.session.update("sections", uuid, {"body": body.replace("200 000", "250 000 environ", 1)}, "edit")

    dialog = _dialog(opened)

    assert dialog.list.count() == 1 and "avant" in dialog.list.item(0).text()
    html = dialog.view.toHtml()
    assert "text-decoration: underline" in html and "text-decoration: line-through" in html
    text = dialog.view.toPlainText()
    assert "Inserted words are underlined, deleted words struck through." in text
    assert "Changed: Section" in text and "200250 environ" in text.replace(" 000", "")
    assert [dialog.part_box.itemData(i) for i in range(dialog.part_box.count())] == [
        "section:clinical_need", "all"]


def test_restore_a_part_is_undoable_and_keeps_another_writers_change(qtbot, opened: MainWindow,  # type: ignore[no-untyped-def]
                                                                    db: Database, sample_in_db: str) -> None:
    session = opened.session
    assert session is not None
    versions.take_snapshot(db, sample_in_db, "bonne")
    uuid, body = _section(db, sample_in_db, "clinical_need")
    session.update("sections", uuid, {"body": "Tout réécrit."}, "edit")
    dialog = _dialog(opened)
    other, other_body = _section(db, sample_in_db, "methodology")
    edit.update_fields(db, "sections", other, {"body": other_body + " Ajout d'un collègue."})  # after the window

    dialog.part_box.setCurrentIndex(dialog.part_box.findData("section:clinical_need"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert _section(db, sample_in_db, "clinical_need")[1] == body, dialog.message.text()
    assert _section(db, sample_in_db, "methodology")[1].endswith("Ajout d'un collègue.")
    assert "restored from version 1" in dialog.message.text()
    assert [v.kind for v in versions.list_versions(db, sample_in_db)] == ["manual", "restore"]
    assert next(s.body for s in session.document.sections if s.key == "clinical_need") == body  # shown

    opened.undo()
    assert _section(db, sample_in_db, "clinical_need")[1] == "Tout réécrit."
    assert _section(db, sample_in_db, "methodology")[1].endswith("Ajout d'un collègue.")
    opened.redo()
    assert _section(db, sample_in_db, "clinical_need")[1] == body


def test_a_restore_refused_for_a_change_made_meanwhile_writes_nothing(qtbot, opened: MainWindow,  # type: ignore[no-untyped-def]
                                                                     db: Database, sample_in_db: str) -> None:
    session = opened.session
    assert session is not None
    versions.take_snapshot(db, sample_in_db, "bonne")
    uuid, _ = _section(db, sample_in_db, "clinical_need")
    session.update("sections", uuid, {"body": "Réécrit ici."}, "edit")
    dialog = _dialog(opened)
    edit.update_fields(db, "sections", uuid, {"body": "Réécrit par un collègue."})  # the same part, meanwhile
    undo_steps = session.undo_stack.count()

    dialog.part_box.setCurrentIndex(dialog.part_box.findData("section:clinical_need"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert "Not restored" in dialog.message.text()
    assert _section(db, sample_in_db, "clinical_need")[1] == "Réécrit par un collègue."
    assert session.undo_stack.count() == undo_steps
    assert len(versions.list_versions(db, sample_in_db)) == 1


def test_take_a_snapshot_from_the_window(qtbot, opened: MainWindow, db: Database, sample_in_db: str,  # type: ignore[no-untyped-def]
                                         monkeypatch) -> None:
    dialog = _dialog(opened)
    assert dialog.list.count() == 0 and "No versions yet" in dialog.view.toPlainText()
    monkeypatch.setattr(VersionName, "ask", classmethod(lambda cls, parent: "Relu par LIB"))
    qtbot.mouseClick(dialog.snapshot_button, Qt.MouseButton.LeftButton)
    assert [(v.number, v.name) for v in versions.list_versions(db, sample_in_db)] == [(1, "Relu par LIB")]
    assert dialog.list.count() == 1 and "No difference." in dialog.view.toPlainText()


def test_the_window_speaks_french(qtbot, window: MainWindow, db: Database, sample_in_db: str) -> None:  # type: ignore[no-untyped-def]
    versions.take_snapshot(db, sample_in_db, "avant")
    uuid, body = _section(db, sample_in_db, "clinical_need")
    edit.update_fields(db, "sections", uuid, {"body": body + "\n\nUn paragraphe de plus."})
    window.apply_language(i18n.install("fr"))
    window.library.reload()
    window.open_proposal(sample_in_db)
    dialog = _dialog(window)
    text = dialog.view.toPlainText()
    assert "Les mots insérés sont soulignés" in text and "Modifié : Section « Besoin clinique" in text
    assert dialog.windowTitle().startswith("Versions de")


def test_opening_a_later_package_shows_what_changed_since_the_last_one(qtbot, monkeypatch, tmp_path,  # type: ignore[no-untyped-def]
                                                                       db: Database, sample_in_db: str) -> None:
    from PySide6.QtCore import QSettings

    from medicen_desktop.gui import exchange_dialogs
    from medicen_desktop.gui.exchange_actions import ExchangeActions
    from medicen_desktop.gui.round_changes_view import PackageChangesDialog
    from medicen_desktop.gui.settings import Settings
    from medicen_desktop.services import assignment, packages

    assignment.set_assignment(db, sample_in_db, "LIB", ["methodology"], [], actor="co")
    partner_db = Database.open(tmp_path / "lib.db")
    packages.open_package(partner_db, packages.create_package(db, sample_in_db, "LIB").data, "round1")
    uuid, body = _section(db, sample_in_db, "methodology")
    edit.update_fields(db, "sections", uuid, {"body": body.replace("M40", "M42")})
    second = tmp_path / "round2.medicen-package"
    second.write_bytes(packages.create_package(db, sample_in_db, "LIB").data)

    window = MainWindow(partner_db, Settings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)), "en")
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(exchange_dialogs.OpenPackageFile, "ask", classmethod(lambda cls, parent, folder: second))
    actions = window.findChild(ExchangeActions)
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.actions["open"].trigger()

    shown = actions.changes_window
    assert isinstance(shown, PackageChangesDialog) and shown.isVisible()
    text = shown.view.toPlainText()
    assert "Changed: Section “Work programme and methodology”" in text
    assert "Table 1, row 4, column 3: M40 → M42" in text
    assert "text-decoration: line-through" in shown.view.toHtml()
    window.close()
    partner_db.close()
