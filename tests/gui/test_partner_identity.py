"""The partner dialog and the Consortium step edit every identity field, checked as it is typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from medicen_desktop.document.sample import make_sample
from medicen_desktop.gui.partner_identity import PartnerDialog

# The searchable lists pop their completions up as typed; offscreen Qt cannot raise or grab for them.
# (A test's own mark replaces the conftest's, so it repeats the propagateSizeHints one.)
popups = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints)")


def _retype(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        QTest.keyClicks(widget, text)


def _dialog(qtbot) -> PartnerDialog:  # type: ignore[no-untyped-def]
    document = make_sample()
    dialog = PartnerDialog(document.organisations[0], document.participations[0])
    qtbot.addWidget(dialog)
    return dialog


@popups
def test_each_value_is_checked_as_typed_with_the_reason_beside_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    assert dialog.country.currentText() == "France" and dialog.region.currentText() == "Île-de-France"
    assert all(not getattr(dialog, f"{n}_error").text() for n in ("siret", "pic", "vat", "contact_email", "region"))
    _retype(qtbot, dialog.siret, "732 829 320 00075")
    assert "check digit" in dialog.siret_error.text() and dialog.siret_error.property("role") == "fieldError"
    QTest.keyClick(dialog.siret, Qt.Key.Key_Backspace)
    QTest.keyClicks(dialog.siret, "4")
    assert dialog.siret_error.text() == ""
    _retype(qtbot, dialog.pic, "12345")
    assert "9 digits" in dialog.pic_error.text()
    _retype(qtbot, dialog.contact_email, "claire@localhost")
    assert "name@domain" in dialog.contact_email_error.text()
    _retype(qtbot, dialog.vat, "FR40303265046")
    assert "VAT" in dialog.vat_error.text()


@popups
def test_region_list_follows_the_country_and_is_searchable(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    _retype(qtbot, dialog.country.lineEdit(), "Germany")
    assert dialog.country_code() == "DE"
    regions = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert "Bavaria" in regions and "Île-de-France" not in regions
    assert "only to organisations established in France" in dialog.siret_error.text()
    _retype(qtbot, dialog.region.lineEdit(), "bayern")  # any spelling: the code is what is stored
    assert dialog.region_error.text() == ""
    _retype(qtbot, dialog.region.lineEdit(), "Gondor")
    assert "Unknown region 'Gondor'" in dialog.region_error.text()
    completer = dialog.country.completer()
    _retype(qtbot, dialog.country.lineEdit(), "ingdom")  # matches inside the name
    assert completer.completionCount() >= 1 and "United Kingdom" in completer.currentCompletion()


@popups
def test_size_figures_against_the_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)  # NVI, an SME with 38 people and €4.85 M turnover
    assert dialog.size_note.text() == "By these figures: a small enterprise."
    _retype(qtbot, dialog.headcount, "320")
    _retype(qtbot, dialog.turnover, "80 000 000")
    assert "mid-cap" in dialog.size_note.text() and dialog.size_note.property("role") == "fieldError"
    _retype(qtbot, dialog.headcount, "many")
    assert "whole number" in dialog.size_note.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted  # a number that is not one keeps the dialog open


@popups
def test_ok_returns_every_changed_field_normalised(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    _retype(qtbot, dialog.pic, "999 999 999")
    _retype(qtbot, dialog.vat, "fr 40 303 265 045")
    _retype(qtbot, dialog.country.lineEdit(), "Germany")
    _retype(qtbot, dialog.region.lineEdit(), "Bavaria")
    _retype(qtbot, dialog.city, "Munich")  # QTest types ASCII only
    _retype(qtbot, dialog.balance_sheet, "3 200 000")
    _retype(qtbot, dialog.contact_email, "c.dubois@nvi.fr")
    qtbot.mouseClick(dialog.is_non_profit, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    changes = dialog.changes()
    assert changes.organisation == {"pic": "999 999 999", "vat": "fr 40 303 265 045", "country": "DE",
                                    "region": "DE-BY", "city": "Munich", "balance_sheet": Decimal("3200000"),
                                    "is_non_profit": True}
    assert changes.participation == {"contact_email": "c.dubois@nvi.fr"}


@popups
def test_legal_name_is_required(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    _retype(qtbot, dialog.legal_name, "")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and "legal name" in dialog.legal_name_error.text()


@popups
def test_consortium_step_edits_identity_in_one_undo_step(qtbot, opened, monkeypatch):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    session = opened.session
    first = page.partners.uuid_at(0)
    page.partner_table.select(first)
    assert page.identity_button.isEnabled()
    phone_before = session.entity("participations", first).contact_phone

    def typed(dialog: PartnerDialog) -> int:  # the real dialog, driven by keys instead of a modal loop
        _retype(qtbot, dialog.country.lineEdit(), "Germany")
        _retype(qtbot, dialog.region.lineEdit(), "Bayern")
        _retype(qtbot, dialog.pic, "999 999 999")
        _retype(qtbot, dialog.contact_phone, "+49 89 1234")
        qtbot.mouseClick(dialog.is_research_organisation, Qt.MouseButton.LeftButton)
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(PartnerDialog, "exec", typed)
    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)
    participation = session.entity("participations", first)
    org = session.entity("organisations", participation.organisation_uuid)
    assert (org.country, org.region, org.pic, org.is_research_organisation) == ("DE", "DE-BY", "999999999", True)
    assert participation.contact_phone == "+49 89 1234"
    row = page.partners.row_of(first)
    assert page.partners.index(row, page.partners.column_of("country")).data() == "Germany"
    session.undo_stack.undo()
    org = session.entity("organisations", participation.organisation_uuid)
    assert (org.country, org.region, org.pic) == ("FR", "FR-IDF", "")
    assert session.entity("participations", first).contact_phone == phone_before


@popups
def test_double_click_on_the_country_opens_the_partner_dialog(qtbot, opened, monkeypatch):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    asked = []
    monkeypatch.setattr(PartnerDialog, "ask",
                        classmethod(lambda cls, org, part, parent=None, focus=None: asked.append(org.uuid)))
    view = page.partner_table.view
    index = page.partners.index(1, page.partners.column_of("country"))
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.width() > 0, rect
    with qtbot.waitSignal(view.doubleClicked, timeout=1000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [opened.session.entity("participations", page.partners.uuid_at(1)).organisation_uuid]


@popups
def test_a_finding_on_a_field_only_the_dialog_shows_opens_it_there(qtbot, opened, monkeypatch):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    org = opened.session.document.organisations[1]
    seen = {}

    def look(dialog: PartnerDialog) -> int:
        seen["focus"] = dialog.focusWidget()
        seen["vat"] = dialog.vat
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PartnerDialog, "exec", look)
    assert page.focus_field(org.uuid, "vat")
    qtbot.waitUntil(lambda: "focus" in seen)
    assert seen["focus"] is seen["vat"]
    assert page.partner_table.current_uuid() == next(
        p.uuid for p in opened.session.document.participations if p.organisation_uuid == org.uuid)


@popups
def test_a_new_partner_is_created_with_its_country(qtbot, opened, monkeypatch):  # type: ignore[no-untyped-def]
    from medicen_desktop.gui.partner_dialog import AddPartnerDialog

    chooser_dialog = AddPartnerDialog([], set())
    qtbot.addWidget(chooser_dialog)
    chooser = chooser_dialog.chooser
    QTest.keyClicks(chooser.legal_name, "Fraunhofer MEVIS")
    _retype(qtbot, chooser.country.lineEdit(), "Germany")
    answer = chooser.value()
    assert answer is not None and answer.country == "DE"
    monkeypatch.setattr(AddPartnerDialog, "ask", classmethod(lambda cls, *args: answer))
    opened.workspace.go_to("consortium")
    page = opened.workspace.page("consortium")
    qtbot.mouseClick(page.partner_table.add_button, Qt.MouseButton.LeftButton)
    org = next(o for o in opened.session.document.organisations if o.legal_name == "Fraunhofer MEVIS")
    assert org.country == "DE"
