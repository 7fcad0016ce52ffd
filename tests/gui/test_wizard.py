"""The new-proposal wizard, driven through its pages; and the library creating from its answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from medicen_desktop.gui.new_proposal_wizard import NewProposal, NewProposalWizard
from medicen_desktop.gui.partner_dialog import ExistingPartner, NewPartner
from medicen_desktop.services import organisations

CALLS = [("anr-prce", "ANR PRCE"), ("bpi-idemo", "i-Démo")]


def _next(wizard: NewProposalWizard) -> None:
    QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_each_page_asks_for_what_it_needs(qtbot, db, sample_in_db):  # type: ignore[no-untyped-def]
    profiles = organisations.list_organisations(db)
    wizard = NewProposalWizard(CALLS, profiles)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.call_page.calls.setCurrentRow(-1)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "a call must be chosen first"
    wizard.call_page.calls.setCurrentRow(1)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _next(wizard)
    assert wizard.currentPage() is wizard.project_page
    _next(wizard)
    assert wizard.currentPage() is wizard.project_page, "no acronym: the page stays"
    assert "acronym" in wizard.project_page.error.text()
    QTest.keyClicks(wizard.project_page.acronym, "NEURO-IMG")
    QTest.keyClicks(wizard.project_page.title_edit, "Neuro-imaging for early diagnosis")
    _next(wizard)
    assert wizard.currentPage() is wizard.coordinator_page
    chooser = wizard.coordinator_page.chooser
    word = max(organisations.folded(profiles[0].organisation.legal_name).split(), key=len)
    QTest.keyClicks(chooser.search, "".join(c for c in word if c.isascii() and c.isalnum()))  # QTest types ASCII only
    assert not chooser.profiles.item(0).isHidden()
    chooser.profiles.setCurrentRow(0)
    _next(wizard)
    assert wizard.currentPage() is wizard.language_page
    wizard.language_page.english.setChecked(True)
    value = wizard.value()
    assert value == NewProposal("bpi-idemo", "NEURO-IMG", "Neuro-imaging for early diagnosis",
                                ExistingPartner(profiles[0].uuid, chooser.profiles.item(0).text().split("  ·  ")[0]), "en")
    assert value.coordinator_for_service() == profiles[0].uuid


def test_library_creates_with_a_known_coordinator(qtbot, window, db, sample_in_db, monkeypatch):  # type: ignore[no-untyped-def]
    profile = organisations.list_organisations(db)[0]
    seen = {}

    def ask(cls, calls, profiles, parent=None):  # type: ignore[no-untyped-def]
        seen["calls"], seen["profiles"] = calls, profiles
        return NewProposal("fui-collaborative", "REUSE", "Reusing a profile", ExistingPartner(profile.uuid, "x"), "fr")

    monkeypatch.setattr(NewProposalWizard, "ask", classmethod(ask))
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    assert any(key == "fui-collaborative" for key, _ in seen["calls"])
    assert profile.uuid in {p.uuid for p in seen["profiles"]}
    document = window.session.document
    assert document.proposal.acronym == "REUSE"
    assert document.participations[0].organisation_uuid == profile.uuid
    assert document.sections and all(s.title for s in document.sections)


def test_new_coordinator_becomes_a_profile(qtbot, window, db, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(NewProposalWizard, "ask", classmethod(lambda cls, calls, profiles, parent=None: NewProposal(
        "anr-prce", "FRESH", "Fresh start", NewPartner("Clinique du Lac", "CDL", "clinical"), "fr")))
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in organisations.search(db, "clinique lac")] == ["CDL"]
