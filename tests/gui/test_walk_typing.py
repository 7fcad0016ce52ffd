"""Found in a keyboard-only walk: what the user types right after "Add" names the new row.

Before, the new row's current cell was column 0: the work package's number (a spin box that drops letters)
or a task's work package (a choice): the title typed next was lost, or picked another work package.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from medicen_desktop.services import proposals


def _type_after_add(qtbot, opened, table, text: str) -> str:  # type: ignore[no-untyped-def]
    opened.activateWindow()  # offscreen, the window may be deactivated once shown: the cell's editor would close
    qtbot.waitUntil(opened.isActiveWindow)
    before = {table.model.uuid_at(r) for r in range(table.model.rowCount())}
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    added = next(table.model.uuid_at(r) for r in range(table.model.rowCount()) if table.model.uuid_at(r) not in before)
    QTest.keyClicks(QApplication.focusWidget(), text[0])  # typing starts editing the current cell
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() == QAbstractItemView.State.NoState)
    return added


@pytest.mark.parametrize("list_name", ["work_packages", "tasks", "deliverables", "milestones"])
def test_the_title_typed_after_add_names_the_new_row(qtbot, opened, db, list_name) -> None:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("workplan")
    page = opened.workspace.page("workplan")
    table = page.tables[list_name]
    page.tabs.setCurrentWidget(table)
    wp_before = {t.uuid: t.work_package_uuid for t in opened.session.document.tasks}
    added = _type_after_add(qtbot, opened, table, "Imagerie cardiaque")
    opened.session.flush()
    stored = getattr(proposals.get_document(db, opened.session.proposal_uuid), list_name)
    assert next(e for e in stored if e.uuid == added).title == "Imagerie cardiaque"
    if list_name == "tasks":
        assert {t.uuid: t.work_package_uuid for t in stored if t.uuid != added} == wp_before


def test_the_name_typed_after_add_member_names_the_member(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    page.partner_table.view.selectRow(0)
    added = _type_after_add(qtbot, opened, page.member_table, "Dr Anne Roux")
    opened.session.flush()
    members = proposals.get_document(db, opened.session.proposal_uuid).team_members
    assert next(m for m in members if m.uuid == added).name == "Dr Anne Roux"


def test_enter_after_a_search_takes_the_organisation_found(qtbot, db, sample_in_db) -> None:  # type: ignore[no-untyped-def]
    """The coordinator page of the wizard: typing part of a SIRET then Enter said "Choose an organisation in
    the list" although the list showed the one match."""
    from PySide6.QtWidgets import QWizard

    from medicen_desktop.gui.new_proposal_wizard import NewProposalWizard
    from medicen_desktop.gui.partner_dialog import ExistingPartner
    from medicen_desktop.services import organisations

    profiles = organisations.list_organisations(db)
    found = next(p for p in profiles if p.organisation.siret)
    wizard = NewProposalWizard([("bpi-idemo", "i-Démo")], profiles)
    qtbot.addWidget(wizard)
    wizard.show()
    QTest.keyClick(wizard.button(QWizard.WizardButton.NextButton), Qt.Key.Key_Space)
    QTest.keyClicks(wizard.project_page.acronym, "CARDIO")
    QTest.keyClicks(wizard.project_page.title_edit, "Early detection")
    QTest.keyClick(wizard.project_page.title_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.coordinator_page
    chooser = wizard.coordinator_page.chooser
    QTest.keyClicks(chooser.search, found.organisation.siret[:9])
    QTest.keyClick(chooser.search, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.language_page, chooser.error.text()
    assert chooser.value() == ExistingPartner(found.uuid, chooser.profiles.currentItem().text().split("  ·  ")[0])


def test_a_selected_partner_without_team_is_not_asked_to_be_selected(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """The team's empty state said "Select a partner above…" while a partner (without members) was selected."""
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    partner = page.partner_table.model.entity_at(0)
    for member in [m for m in opened.session.document.team_members if m.participation_uuid == partner.uuid]:
        opened.session.delete("team_members", member.uuid, "clear")
    page.partner_table.view.selectRow(0)
    qtbot.waitUntil(lambda: page.members.rowCount() == 0)
    name = next(o.short_name for o in opened.session.document.organisations if o.uuid == partner.organisation_uuid)
    assert page.member_table.empty.isVisibleTo(page)
    assert page.member_table.empty.text().startswith(f"No one in the team of {name} yet")


def test_ctrl_y_redoes_as_the_shortcuts_list_says(qtbot, opened, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Help ▸ Shortcuts lists "Ctrl+Shift+Z, Ctrl+Y" for Redo; on Linux Ctrl+Y did nothing.

    The offscreen platform has Windows' key bindings (Redo: Ctrl+Y, Ctrl+Shift+Z); Linux's are given here."""
    from PySide6.QtGui import QKeySequence

    linux = [QKeySequence("Ctrl+Shift+Z")]
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(
        lambda key: linux if key == QKeySequence.StandardKey.Redo else []))
    opened.bind_shortcuts()  # done after the first frame
    assert opened.redo_action.shortcuts() == [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    monkeypatch.undo()
    opened.workspace.go_to("project")
    summary = opened.workspace.page("project").summary
    summary.setFocus()
    QTest.keyClick(summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(summary, " Fin.")
    typed = summary.toPlainText()
    QTest.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert summary.toPlainText() != typed
    QTest.keyClick(summary, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert summary.toPlainText() == typed
    opened.session.flush()
    assert proposals.get_document(db, opened.session.proposal_uuid).proposal.summary == typed


def test_ctrl_tab_reaches_the_tasks_tab_from_the_work_packages_table(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """The work packages' table took Ctrl+Tab and Ctrl+PgDown (it moved its current cell): a keyboard user could
    not reach Tasks, Deliverables, Milestones."""
    opened.workspace.go_to("workplan")
    page = opened.workspace.page("workplan")
    page.tabs.setCurrentIndex(0)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    view = page.tables["work_packages"].view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.tables["tasks"]
    assert page.tables["tasks"].view.hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.tables["deliverables"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.tables["tasks"]
