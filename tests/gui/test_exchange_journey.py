"""The partner journey through the GUI: assign, package, partner copy, contribution, merge, undo.

The coordinator's window (the sample proposal) assigns LIB the methodology
section and WP2 in the assignment dialog and exports LIB's package; a second
window on LIB's own database opens it (a partner copy: read-only outside the
assignment), edits the first paragraph of its section and a budget line and
exports the contribution. The coordinator meanwhile edits the same paragraph:
the merge window shows one conflict, side by side, resolved each way, each
merge undone as one step. Dialogs are patched through their ``ask()``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.gui import exchange_dialogs as dialogs
from medicen_desktop.gui.exchange_assign import AssignmentDialog
from medicen_desktop.gui.exchange_merge import MergeWindow
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import assignment, edit, merging, proposals
from medicen_desktop.store.database import Database
from tests.gui.exchange_driving import actions_of, click_radio

PARTNER, SECTION, WP = "LIB", "methodology", 2


def trigger(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    """Trigger an exchange action and wait until it finished (worker included)."""
    with qtbot.waitSignal(actions_of(window).finished, timeout=20_000):
        actions_of(window).actions[name].trigger()


def section(db: Database, uuid: str, key: str = SECTION):  # type: ignore[no-untyped-def]
    return next(s for s in proposals.get_document(db, uuid).sections if s.key == key)


def participation(db: Database, uuid: str, short: str) -> str:
    doc = proposals.get_document(db, uuid)
    org = next(o.uuid for o in doc.organisations if o.short_name == short)
    return next(p.uuid for p in doc.participations if p.organisation_uuid == org)


def append_to_first_paragraph(window: MainWindow, key: str, suffix: str) -> None:
    session = window.session
    assert session is not None
    target = next(s for s in session.document.sections if s.key == key)
    paras = paragraphs(target.body)
    paras[0] += suffix
    session.update("sections", target.uuid, {"body": "\n\n".join(paras)}, "edit")


@pytest.fixture
def partner_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = Database.open(tmp_path / "partner.db")
    settings = Settings(QSettings(str(tmp_path / "partner.ini"), QSettings.Format.IniFormat))
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    db.close()


def assign_in_dialog(qtbot, monkeypatch, opened: MainWindow, lib: str) -> None:  # type: ignore[no-untyped-def]
    def ask(cls, parent, document, assignments, language="en"):  # type: ignore[no-untyped-def]
        dialog = AssignmentDialog(document, assignments, parent)
        qtbot.addWidget(dialog)
        dialog.set_checked(lib, [SECTION], [WP])
        assert dialog.partners.currentItem().text() == f"{PARTNER}\nsections: 1 · work packages: 1"
        checked = [dialog.sections.item(r).text() for r in range(dialog.sections.count())
                   if dialog.sections.item(r).checkState() == Qt.CheckState.Checked]
        assert len(checked) == 1
        return dialog.value()

    monkeypatch.setattr(AssignmentDialog, "ask", classmethod(ask))
    trigger(qtbot, opened, "assign")


def test_partner_journey(qtbot, monkeypatch, opened, partner_window, db, sample_in_db, tmp_path, refusals):  # type: ignore[no-untyped-def]
    uuid, lib = sample_in_db, participation(db, sample_in_db, PARTNER)

    # Coordinator: assign (undoable), then export LIB's package.
    assign_in_dialog(qtbot, monkeypatch, opened, lib)
    assert assignment.get_assignment(db, uuid, PARTNER).section_keys == (SECTION,)
    opened.undo()
    assert assignment.get_assignment(db, uuid, PARTNER).section_keys == ()
    opened.redo()
    assert assignment.get_assignment(db, uuid, PARTNER).wp_numbers == (WP,)
    package = tmp_path / "LIB.medicen-package"
    monkeypatch.setattr(dialogs.ChoosePartner, "ask", classmethod(lambda cls, parent, partners: lib))
    monkeypatch.setattr(dialogs.SavePackageFile, "ask", classmethod(lambda cls, parent, suggested: package))
    trigger(qtbot, opened, "package")
    assert package.stat().st_size > 1000

    # Partner: open the package in its own database; a partner copy opens.
    monkeypatch.setattr(dialogs.OpenPackageFile, "ask", classmethod(lambda cls, parent, folder: package))
    trigger(qtbot, partner_window, "open")
    partner_actions = actions_of(partner_window)
    assert partner_window.session is not None and partner_window.session.proposal_uuid == uuid
    assert partner_actions.actions["contribution"].isEnabled()
    assert not partner_actions.actions["merge"].isEnabled()
    assert partner_actions.banner.isVisible() and PARTNER in partner_actions.banner.text()

    # Outside the assignment the services refuse; the section editor shows it beside the field.
    other = section(partner_window.db, uuid, "clinical_need")
    with pytest.raises(edit.OutsideAssignment):
        partner_window.session.update("sections", other.uuid, {"body": "Mine now"}, "edit")
    partner_window.workspace.go_to("sections")
    page = partner_window.workspace.page("sections")
    page.select(other.uuid)
    assert page.editor.isReadOnly() and not page.status.isEnabled()
    assert "not assigned to LIB" in page.read_only.text() and not page.error.isVisible()
    mine = section(partner_window.db, uuid, SECTION)
    page.select(mine.uuid)
    assert not page.editor.isReadOnly() and page.status.isEnabled() and not page.read_only.isVisible()
    page.select(other.uuid)
    page.editor.insertPlainText("typed outside the assignment ")  # programmatically: the services still refuse
    partner_window.session.flush()
    assert page.error.isVisible() and "not assigned" in page.error.text()
    assert section(partner_window.db, uuid, "clinical_need").body == other.body

    # Inside it: the first paragraph of its section and one of its budget lines.
    append_to_first_paragraph(partner_window, SECTION, " [LIB paragraph 1]")
    doc = partner_window.session.document
    line = next(b for b in doc.budget_lines if b.participation_uuid == lib)
    partner_window.session.update("budget_lines", line.uuid, {"amount": line.amount + Decimal(1000)}, "edit")
    contribution = tmp_path / "LIB.medicen-contribution"
    monkeypatch.setattr(dialogs.SaveContributionFile, "ask", classmethod(lambda cls, parent, suggested: contribution))
    trigger(qtbot, partner_window, "contribution")
    assert contribution.stat().st_size > 1000

    # Coordinator edits the same paragraph meanwhile: one conflict.
    append_to_first_paragraph(opened, SECTION, " [coordinator paragraph 1]")
    monkeypatch.setattr(dialogs.OpenContributionFile, "ask", classmethod(lambda cls, parent, folder: contribution))

    # First merge: take LIB's paragraph; then Edit ▸ Undo reverts the whole merge.
    merge = open_merge_window(qtbot, opened)
    assert len(merge.views) == 1 and not merge.apply_button.isEnabled()
    view = merge.views[0]
    assert "LIB paragraph 1" in view.theirs_view.toPlainText()
    assert "coordinator paragraph 1" in view.ours_view.toPlainText()
    click_radio(qtbot, view.take_theirs)
    assert merge.apply_button.isEnabled()
    apply_merge(qtbot, merge)
    body = section(db, uuid).body
    assert "[LIB paragraph 1]" in body and "[coordinator paragraph 1]" not in body
    assert next(b for b in proposals.get_document(db, uuid).budget_lines if b.uuid == line.uuid).amount == \
        line.amount + Decimal(1000)
    assert "[LIB paragraph 1]" in next(s.body for s in opened.session.document.sections if s.key == SECTION)
    opened.undo()
    assert "[coordinator paragraph 1]" in section(db, uuid).body
    assert merging.list_merges(db, uuid) == []
    opened.redo()  # and redo merges it again, the same way
    assert "[LIB paragraph 1]" in section(db, uuid).body
    opened.undo()

    # Second merge: keep the coordinator's paragraph; undone by Proposal ▸ Undo last merge.
    merge = open_merge_window(qtbot, opened)
    qtbot.mouseClick(merge.take_ours_button, Qt.MouseButton.LeftButton)
    assert merge.views[0].resolution() == "ours"
    apply_merge(qtbot, merge)
    body = section(db, uuid).body
    assert "[coordinator paragraph 1]" in body and "[LIB paragraph 1]" not in body
    monkeypatch.setattr(dialogs.ConfirmUndoMerge, "ask", classmethod(lambda cls, parent, partner: True))
    trigger(qtbot, opened, "undo_merge")
    assert merging.list_merges(db, uuid) == []
    assert refusals == []


def open_merge_window(qtbot, window: MainWindow) -> MergeWindow:  # type: ignore[no-untyped-def]
    controller = actions_of(window)
    previous = controller.merge_window
    controller.actions["merge"].trigger()
    merge = controller.merge_window
    assert merge is not None and merge is not previous
    qtbot.addWidget(merge)
    qtbot.waitUntil(lambda: merge.report is not None, timeout=20_000)
    return merge


def apply_merge(qtbot, merge: MergeWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        qtbot.mouseClick(merge.apply_button, Qt.MouseButton.LeftButton)
    assert merge.outcome.text().startswith("Merged")
    merge.close()


def test_open_package_twice_is_refused(qtbot, monkeypatch, opened, db, sample_in_db, tmp_path, refusals):  # type: ignore[no-untyped-def]
    assignment.set_assignment(db, sample_in_db, PARTNER, [SECTION], [WP])
    from medicen_desktop.services import packages

    package = tmp_path / "p.medicen-package"
    package.write_bytes(packages.create_package(db, sample_in_db, PARTNER).data)
    monkeypatch.setattr(dialogs.OpenPackageFile, "ask", classmethod(lambda cls, parent, folder: package))
    before = proposals.export_json(db, sample_in_db)
    with qtbot.waitSignal(actions_of(opened).refused, timeout=20_000):
        actions_of(opened).actions["open"].trigger()
    assert len(refusals) == 1 and "already holds proposal" in refusals[0]
    assert proposals.export_json(db, sample_in_db) == before


def test_assignment_dialog_keeps_each_partners_checks(qtbot, db, sample_in_db) -> None:  # type: ignore[no-untyped-def]
    doc = proposals.get_document(db, sample_in_db)
    dialog = AssignmentDialog(doc, assignment.list_assignments(db, sample_in_db))
    qtbot.addWidget(dialog)
    lib, mts = participation(db, sample_in_db, "LIB"), participation(db, sample_in_db, "MTS")
    dialog.set_checked(lib, [SECTION], [WP])
    dialog.set_checked(mts, ["market_business"], [5])
    dialog.partners.setCurrentRow(0)
    chosen = {a.participation_uuid: (a.section_keys, a.wp_numbers) for a in dialog.value()}
    assert chosen[lib] == ((SECTION,), (WP,)) and chosen[mts] == (("market_business",), (5,))
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    defaults = {a.participation_uuid: a.wp_numbers for a in dialog.value()}
    assert defaults[lib] == (2,)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_package_over_the_database_is_refused_with_the_services_check(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, opened, db, sample_in_db, refusals) -> None:
    """The exchange actions ask services.files.refuse_database: the window says why and the database is intact."""
    from tests.conftest import sha256_of

    lib = participation(db, sample_in_db, PARTNER)
    monkeypatch.setattr(dialogs.ChoosePartner, "ask", classmethod(lambda cls, parent, partners: lib))
    monkeypatch.setattr(dialogs.SavePackageFile, "ask", classmethod(lambda cls, parent, suggested: db.path))
    before = sha256_of(db.path)
    with qtbot.waitSignal(actions_of(opened).refused, timeout=20_000):
        actions_of(opened).actions["package"].trigger()
    assert refusals == [f"{db.path} is the database itself: choose another name."]
    assert sha256_of(db.path) == before and proposals.list_proposals(db)
