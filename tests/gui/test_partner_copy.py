"""A partner copy in the main window: every editor is read-only outside the partner's assignment.

The coordinator assigns LIB the methodology section and WP2, attaches one
annex of another partner and exports LIB's package; LIB's window (its own
database) opens the copy. Each step's editor is then checked: an item
outside the assignment is not editable (item flags, read-only widgets, Gantt
drag ignored, add / delete disabled) and an assigned one is. The
coordinator's window is unaffected.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLabel

from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import assignment, attachments, edit, packages, sharing
from medicen_desktop.store.database import Database

PARTNER, SECTION, WP = "LIB", "methodology", 2
EDITABLE = Qt.ItemFlag.ItemIsEditable


@pytest.fixture
def partner(qtbot, db: Database, sample_in_db: str, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """LIB's main window with its partner copy of the sample open (on the Call step)."""
    other = _participation(db, sample_in_db, "MTS")
    annex = attachments.stage_attachment(db, b"%PDF MTS letter", "mts-letter.pdf", participation_uuid=other)
    edit.add_entity(db, sample_in_db, "attachments", annex)
    assignment.set_assignment(db, sample_in_db, PARTNER, [SECTION], [WP])
    sharing.set_sharing_level(db, sample_in_db, "full")  # the others' data is in the copy, read-only
    package = packages.create_package(db, sample_in_db, PARTNER).data
    partner_db = Database.open(tmp_path / "partner.db")
    packages.open_package(partner_db, package, "LIB.medicen-package")
    i18n.install("en")
    window = MainWindow(partner_db, Settings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)), "en")
    qtbot.addWidget(window)
    window.show()
    window.open_proposal(sample_in_db)
    yield window
    window.close()
    partner_db.close()


def _participation(db: Database, uuid: str, short: str) -> str:
    from medicen_desktop.services import proposals

    doc = proposals.get_document(db, uuid)
    org = next(o.uuid for o in doc.organisations if o.short_name == short)
    return next(p.uuid for p in doc.participations if p.organisation_uuid == org)


def page(window: MainWindow, step: str) -> Any:
    assert window.workspace is not None
    window.workspace.go_to(step)
    return window.workspace.page(step)


def editable(model: Any, row: int, field: str) -> bool:
    return bool(model.flags(model.index(row, model.column_of(field))) & EDITABLE)


def wp(window: MainWindow, number: int) -> Any:
    assert window.session is not None
    return next(w for w in window.session.document.work_packages if w.number == number)


def lib(window: MainWindow) -> str:
    assert window.session is not None and window.session.scope is not None
    return window.session.scope.participation_uuid


def test_the_session_carries_the_scope_and_the_banner_says_so(partner, opened):
    assert partner.session.scope is not None and partner.session.partner == PARTNER
    assert opened.session.scope is None and opened.session.partner is None
    banner = partner.statusBar().findChild(QLabel, "partnerBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text() == "Partner copy for LIB: only its assigned parts can be edited"


def test_sections_read_only_outside_the_assignment(partner):
    sections = page(partner, "sections")
    doc = partner.session.document
    other = next(s for s in doc.sections if s.key == "clinical_need")
    mine = next(s for s in doc.sections if s.key == SECTION)
    sections.select(other.uuid)
    assert sections.editor.isReadOnly() and not sections.status.isEnabled() and not sections.assigned.isEnabled()
    assert not any(button.isEnabled() for button in sections.tools)
    assert sections.read_only.isVisible() and sections.read_only.text().startswith("Read only:")
    assert not sections.error.isVisible(), "a calm note, not the red error line"
    sections.select(mine.uuid)
    assert not sections.editor.isReadOnly() and sections.status.isEnabled()
    assert all(button.isEnabled() for button in sections.tools) and not sections.read_only.isVisible()
    assert not sections.assigned.isEnabled(), "who writes a section is the coordinator's choice"


def test_work_plan_tables_follow_the_assignment(partner):
    plan = page(partner, "workplan")
    wps, tasks, milestones = (plan.models[n] for n in ("work_packages", "tasks", "milestones"))
    wp1, wp2 = wp(partner, 1), wp(partner, WP)
    assert not editable(wps, wps.row_of(wp1.uuid), "title")
    assert editable(wps, wps.row_of(wp2.uuid), "title")
    assert not editable(wps, wps.row_of(wp2.uuid), "number"), "the WP number defines the assignment"
    own_task = next(t for t in partner.session.document.tasks if t.work_package_uuid == wp2.uuid)
    other_task = next(t for t in partner.session.document.tasks if t.work_package_uuid == wp1.uuid)
    assert editable(tasks, tasks.row_of(own_task.uuid), "title")
    assert not editable(tasks, tasks.row_of(other_task.uuid), "title")
    assert all(not editable(milestones, row, "title") for row in range(milestones.rowCount()))
    tables = plan.tables
    assert not tables["work_packages"].add_button.isEnabled() and not tables["milestones"].add_button.isEnabled()
    assert tables["tasks"].add_button.isEnabled(), "a task goes into the partner's own WP2"
    tables["work_packages"].select(wp1.uuid)
    assert not tables["tasks"].add_button.isEnabled() and not tables["deliverables"].add_button.isEnabled()
    tables["work_packages"].select(wp2.uuid)
    assert tables["tasks"].add_button.isEnabled() and not tables["work_packages"].delete_button.isEnabled()
    tables["tasks"].select(own_task.uuid)
    assert tables["tasks"].delete_button.isEnabled()
    tables["tasks"].select(other_task.uuid)
    assert not tables["tasks"].delete_button.isEnabled()


def test_effort_and_budget_grids_only_the_partners_row(partner):
    own = lib(partner)
    for grid in (page(partner, "workplan").effort, page(partner, "budget").grid):
        rows = {grid.participation_at(r): r for r in range(grid.rowCount() - 1)}
        other = next(r for p, r in rows.items() if p != own)
        # Every typed column of its own row (personnel, computed from the effort matrix, is no one's to type).
        typed = [c for c in range(grid.columnCount() - 1) if not grid.is_computed(grid.index(rows[own], c))]
        assert typed and all(grid.flags(grid.index(rows[own], c)) & EDITABLE for c in typed)
        assert not any(grid.flags(grid.index(other, c)) & EDITABLE for c in range(grid.columnCount()))
        assert not grid.flags(grid.index(grid.rowCount() - 1, 0)) & EDITABLE


def test_gantt_drags_only_assigned_work_packages(qtbot, partner):
    plan = page(partner, "workplan")
    gantt, session = plan.gantt, partner.session

    def drag(uuid: str) -> None:
        start = gantt.mapFromScene(gantt.bars[uuid].rect().center())
        qtbot.mousePress(gantt.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(gantt.viewport(), start + QPoint(int(2 * gantt.month_width + 1), 0))
        qtbot.mouseRelease(gantt.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(int(2 * gantt.month_width + 1), 0))

    wp1, wp2 = wp(partner, 1), wp(partner, WP)
    assert not gantt.bars[wp1.uuid].movable and gantt.bars[wp2.uuid].movable
    with qtbot.assertNotEmitted(gantt.barMoved):
        drag(wp1.uuid)
    assert session.entity("work_packages", wp1.uuid).start_month == wp1.start_month and session.undo_stack.count() == 0
    drag(wp2.uuid)  # WP2 ends at M18 of 48: room to move
    qtbot.waitUntil(lambda: session.entity("work_packages", wp2.uuid).start_month == wp2.start_month + 2)


def test_project_and_call_are_the_coordinators(partner):
    project = page(partner, "project")
    assert project.acronym.isReadOnly() and project.summary.isReadOnly() and project.duration.isReadOnly()
    assert not project.domains["imaging"].isEnabled()
    assert project.read_only.isVisible()
    call = page(partner, "call")
    assert not call.template.isEnabled() and not call.language.isEnabled() and call.read_only.isVisible()


def test_consortium_only_the_partners_own_data(partner):
    consortium = page(partner, "consortium")
    partners, own = consortium.partners, lib(partner)
    row, other = partners.row_of(own), next(r for r in range(partners.rowCount()) if partners.uuid_at(r) != own)
    assert editable(partners, row, "legal_name") and editable(partners, row, "contact_email")
    assert not editable(partners, row, "role")
    assert not any(editable(partners, other, c.field) for c in partners.columns)
    table = consortium.partner_table
    table.select(own)
    assert not table.add_button.isEnabled() and not table.delete_button.isEnabled()
    assert not table.up_button.isEnabled()
    assert consortium.member_table.add_button.isEnabled()
    consortium.member_table.select(consortium.members.uuid_at(0))  # the sample gives every partner two members
    assert editable(consortium.members, 0, "name") and not consortium.cv.text.isReadOnly()
    assert consortium.member_table.delete_button.isEnabled() and consortium.member_table.up_button.isEnabled()
    table.select(partners.uuid_at(other))
    assert not consortium.member_table.add_button.isEnabled()
    consortium.member_table.select(consortium.members.uuid_at(0))
    assert not editable(consortium.members, 0, "name") and consortium.cv.text.isReadOnly()
    assert not consortium.member_table.delete_button.isEnabled()


def test_annexes_and_risks(partner, tmp_path):
    annexes = page(partner, "annexes")
    model, table = annexes.model, annexes.table
    theirs = next(a for a in partner.session.document.attachments if a.filename == "mts-letter.pdf")
    assert not editable(model, model.row_of(theirs.uuid), "description")
    table.select(theirs.uuid)
    assert not table.delete_button.isEnabled() and table.add_button.isEnabled()
    letter = tmp_path / "lib-letter.pdf"
    letter.write_bytes(b"%PDF LIB letter")
    mine = annexes.attach_paths([str(letter)])
    assert mine is not None and partner.session.entity("attachments", mine).participation_uuid == lib(partner)
    assert editable(model, model.row_of(mine), "description") and table.delete_button.isEnabled()
    risks = page(partner, "risks")
    assert not risks.table.add_button.isEnabled()
    assert all(not editable(risks.model, r, "description") for r in range(risks.model.rowCount()))


@pytest.mark.parametrize("step", ["consortium", "workplan", "risks", "annexes", "budget"])
def test_partner_models_pass_qtmodeltester(qtmodeltester, partner, step):
    step_page = page(partner, step)
    models = [m for m in (getattr(step_page, n, None) for n in ("partners", "members", "model", "effort", "grid")) if m]
    models += list(getattr(step_page, "models", {}).values())
    for model in models:
        qtmodeltester.check(model)


def test_coordinator_window_is_unaffected(opened):
    plan = page(opened, "workplan")
    wps = plan.models["work_packages"]
    assert all(editable(wps, r, "title") and editable(wps, r, "number") for r in range(wps.rowCount()))
    assert plan.tables["work_packages"].add_button.isEnabled() and plan.tables["milestones"].add_button.isEnabled()
    assert all(bar.movable for bar in plan.gantt.bars.values())
    grid = page(opened, "budget").grid
    assert all(grid.flags(grid.index(r, 1)) & EDITABLE for r in range(grid.rowCount() - 1))  # column 0: personnel, computed
    project = page(opened, "project")
    assert not project.acronym.isReadOnly() and not project.read_only.isVisible()
    assert page(opened, "call").template.isEnabled()
    sections = page(opened, "sections")
    assert not sections.editor.isReadOnly() and sections.assigned.isEnabled() and not sections.read_only.isVisible()
    assert page(opened, "risks").table.add_button.isEnabled()
