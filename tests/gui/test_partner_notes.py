"""A partner copy says at the top of Work plan, Budget, Consortium, Risks and Annexes what the partner can edit there.

Greyed cells and disabled buttons alone leave an SME user guessing; the note (the calm ``readOnlyNote`` the
Sections and Project pages show) names what is theirs. It follows the session (an undone rename shows again)
and never shows in the coordinator's proposal.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.test_partner_copy import PARTNER, WP, page, partner  # noqa: F401 - the partner-copy fixture

EXPECTED = {
    "workplan": f"Partner copy for {PARTNER}: you can edit WP{WP} (title, dates, tasks and deliverables) and your "
                "row of the Effort tab. The rest of the work plan is read-only: the coordinator owns it.",
    "budget": f"Partner copy for {PARTNER}: you can enter your own costs only (your row of the grid and your "
              "lines). The other partners' costs are read-only: the coordinator owns them.",
    "consortium": f"Partner copy for {PARTNER}: you can edit your organisation's profile, your contact and your "
                  "team (with their CVs). The other partners, the roles and the order are read-only: the "
                  "coordinator owns them.",
    "risks": "Read only: in a partner copy only the coordinator changes the risks. Tell the coordinator about any "
             "risk you see in your part.",
    "annexes": f"Partner copy for {PARTNER}: you can attach your own annexes (letters, CVs) and change or remove "
               "them. The other partners' annexes are read-only: the coordinator owns them.",
}


def note(step_page) -> QLabel:  # type: ignore[no-untyped-def]
    label = step_page.findChild(QLabel, "readOnlyNote")
    assert label is not None and label is step_page.read_only
    return label


@pytest.mark.parametrize("step", list(EXPECTED))
def test_partner_copy_shows_what_the_partner_can_edit(partner, step):  # noqa: F811
    label = note(page(partner, step))
    assert label.isVisible() and label.text() == EXPECTED[step]
    assert label.wordWrap(), "two lines at 1366×768 rather than a cut sentence"


@pytest.mark.parametrize("step", list(EXPECTED))
def test_coordinator_sees_no_note(opened, step):
    label = note(page(opened, step))
    assert not label.isVisible() and label.text() == ""
    opened.session.update("proposal", opened.session.proposal_uuid, {"title": "Another title"}, "Edit title")
    opened.undo()
    assert not label.isVisible(), "a change of the session does not bring it"


def test_note_follows_the_session_after_an_edit_and_undo(partner):  # noqa: F811
    session = partner.session
    own = next(p for p in session.document.participations if p.uuid == session.scope.participation_uuid)
    notes = {step: note(page(partner, step)) for step in ("workplan", "budget", "consortium", "annexes")}
    session.update("organisations", own.organisation_uuid, {"short_name": "LIB-Lab"}, "Rename")
    assert all(label.text().startswith("Partner copy for LIB-Lab:") for label in notes.values())
    partner.undo()
    assert all(label.text().startswith(f"Partner copy for {PARTNER}:") for label in notes.values())
    assert notes["workplan"].text() == EXPECTED["workplan"] and not notes["workplan"].isHidden()


def test_work_plan_names_every_assigned_work_package(qtbot, db, sample_in_db, tmp_path):
    from PySide6.QtCore import QSettings

    from medicen_desktop.gui import i18n
    from medicen_desktop.gui.mainwindow import MainWindow
    from medicen_desktop.gui.settings import Settings
    from medicen_desktop.services import assignment, packages
    from medicen_desktop.store.database import Database

    assignment.set_assignment(db, sample_in_db, PARTNER, [], [3, 1])
    partner_db = Database.open(tmp_path / "partner.db")
    packages.open_package(partner_db, packages.create_package(db, sample_in_db, PARTNER).data, "LIB.medicen-package")
    i18n.install("en")
    window = MainWindow(partner_db, Settings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)), "en")
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_proposal(sample_in_db)
        text = note(page(window, "workplan")).text()
        assert text.startswith(f"Partner copy for {PARTNER}: you can edit WP1, WP3 (title, dates,")
    finally:
        window.close()
        partner_db.close()


def test_partner_copy_opens_consortium_and_budget_on_the_partners_own_row(partner, opened):  # noqa: F811
    own = partner.session.scope.participation_uuid
    consortium = page(partner, "consortium")
    assert consortium.partner_table.current_uuid() == own, "the team shown is the one the note says is editable"
    assert consortium.member_table.add_button.isEnabled()
    budget = page(partner, "budget")
    assert budget.grid.participation_at(budget.view.currentIndex().row()) == own
    coordinator = page(opened, "consortium")
    assert coordinator.partner_table.current_uuid() == coordinator.partners.uuid_at(0)
    assert not page(opened, "budget").view.currentIndex().isValid()
