"""Adding a partner: a known organisation profile or a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medicen_desktop.gui.partner_dialog import (
    AddPartnerDialog,
    ExistingPartner,
    NewPartner,
)
from medicen_desktop.services import organisations


def test_dialog_filters_profiles_and_returns_the_chosen_one(qtbot, db, sample_in_db):  # type: ignore[no-untyped-def]
    profiles = organisations.list_organisations(db)
    taken = {profiles[0].uuid}
    window = AddPartnerDialog(profiles, taken)
    qtbot.addWidget(window)
    dialog = window.chooser
    assert dialog.existing.isChecked()
    target = profiles[-1]
    QTest.keyClicks(dialog.search, organisations.folded(target.organisation.legal_name).upper())
    visible = [dialog.profiles.item(r) for r in range(dialog.profiles.count()) if not dialog.profiles.item(r).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in visible] == [target.uuid]
    dialog.profiles.setCurrentItem(visible[0])
    assert dialog.value() == ExistingPartner(target.uuid, visible[0].text().split("  ·  ")[0])
    # a profile already in the proposal cannot be chosen twice
    first = dialog.profiles.item(0)
    assert not first.flags() & Qt.ItemFlag.ItemIsEnabled


def test_dialog_new_organisation_needs_a_legal_name(qtbot, db):  # type: ignore[no-untyped-def]
    window = AddPartnerDialog([], set())
    qtbot.addWidget(window)
    dialog = window.chooser
    assert dialog.new.isChecked() and not dialog.profiles.isEnabled()
    window._accept()
    assert window.result() == 0
    assert "legal name" in dialog.error.text()
    QTest.keyClicks(dialog.legal_name, "Clinique du Parc")
    assert dialog.value() == NewPartner("Clinique du Parc", "", "sme")


def test_add_an_existing_profile_reuses_it(qtbot, opened, db, monkeypatch):  # type: ignore[no-untyped-def]
    session = opened.session
    known = {p.uuid for p in organisations.list_organisations(db)}
    in_proposal = {p.organisation_uuid for p in session.document.participations}
    new_org = session.add("organisations", {"legal_name": "Institut Pasteur Test", "kind": "academic"}, "add")
    session.reload()
    assert new_org not in in_proposal and new_org not in known
    seen = {}

    def ask(cls, profiles, taken, parent=None):  # type: ignore[no-untyped-def]
        seen["taken"] = taken
        seen["uuids"] = {p.uuid for p in profiles}
        return ExistingPartner(new_org, "Institut Pasteur Test")

    monkeypatch.setattr(AddPartnerDialog, "ask", classmethod(ask))
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    count = page.partners.rowCount()
    qtbot.mouseClick(page.partner_table.add_button, Qt.MouseButton.LeftButton)
    assert seen["taken"] == in_proposal and new_org in seen["uuids"]
    assert page.partners.rowCount() == count + 1
    assert any(p.organisation_uuid == new_org for p in session.document.participations)
    assert len(organisations.search(db, "Institut Pasteur Test")) == 1, "no second profile was created"
    session.undo_stack.undo()
    assert page.partners.rowCount() == count


def test_team_member_cv_is_typed_and_autosaved(qtbot, opened):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    session = opened.session
    member = page.members.uuid_at(0)
    assert page.cv.member == member, "the first member of the selected partner is shown"
    page.member_table.select(member)
    assert page.cv.text.isEnabled() and page.cv.member == member
    page.cv.text.selectAll()
    QTest.keyClicks(page.cv.text, "PhD in medical imaging")
    qtbot.waitUntil(lambda: not session.saving, timeout=3000)
    assert session.entity("team_members", member).cv == "PhD in medical imaging"
    session.undo_stack.undo()
    assert page.cv.text.toPlainText() == session.entity("team_members", member).cv != "PhD in medical imaging"


def test_cv_editor_is_disabled_without_members(qtbot, opened):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    page.cv.show_member(None)
    assert not page.cv.text.isEnabled()
    assert "select a team member" in page.cv.heading.text()
