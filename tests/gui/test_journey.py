"""The whole journey through real widgets: create, partners, section, work plan, budget, undo, review, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from medicen_desktop.gui.new_proposal_wizard import NewProposal, NewProposalWizard
from medicen_desktop.gui.partner_dialog import NewPartner as Coordinator
from medicen_desktop.gui.steps.consortium import AddPartnerDialog, NewPartner
from medicen_desktop.services import proposals


def _type_into_cell(qtbot, view, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)  # the grids edit on current change, like a spreadsheet
    if view.findChild(QLineEdit) is None:
        view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_full_journey(qtbot, window, db, tmp_path, monkeypatch):
    # 1. create from the FUI-type template
    monkeypatch.setattr(NewProposalWizard, "ask", classmethod(lambda cls, calls, profiles, parent=None: NewProposal(
        "fui-collaborative", "JOURNEY", "Imaging journey", Coordinator("Acme Imaging SAS", "ACME", "sme"), "en")))
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    ws, session = window.workspace, window.session
    assert session.document.proposal.template_key == "fui-collaborative"

    # 2. add three partners (the coordinator is already there)
    QTest.keySequence(window, QKeySequence("Ctrl+3"))
    page = ws.page("consortium")
    partners = iter([NewPartner("Hôpital Test", "HT", "clinical"), NewPartner("Lab Test", "LT", "academic"),
                     NewPartner("Big Corp", "BC", "large")])
    monkeypatch.setattr(AddPartnerDialog, "ask", classmethod(lambda cls, *args: next(partners)))
    for _ in range(3):
        qtbot.mouseClick(page.partner_table.add_button, Qt.MouseButton.LeftButton)
    assert len(session.document.participations) == 4
    assert page.partners.rowCount() == 4

    # 3. write a section: typing reaches the database within 2 s without a Save
    QTest.keySequence(window, QKeySequence("Ctrl+4"))
    sections = ws.page("sections")
    sections.list.setCurrentRow(0)
    section_uuid = sections.current
    sections.editor.setFocus()
    QTest.keyClicks(sections.editor, "Hello reviewers")
    assert "Hello reviewers" in sections.editor.toPlainText(), sections.editor.toPlainText()
    assert "saving" in window.windowTitle()
    qtbot.waitUntil(lambda: "Hello reviewers" in proposals.get_document(db, session.proposal_uuid).sections[0].body
                    or any("Hello reviewers" in s.body for s in proposals.get_document(db, session.proposal_uuid)
                           .sections), timeout=2000)
    qtbot.waitUntil(lambda: "saved" in window.windowTitle(), timeout=2000)

    # 4. a WP, a task and a deliverable
    QTest.keySequence(window, QKeySequence("Ctrl+5"))
    plan = ws.page("workplan")
    qtbot.mouseClick(plan.tables["work_packages"].add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plan.tables["tasks"].add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plan.tables["deliverables"].add_button, Qt.MouseButton.LeftButton)
    document = session.document
    assert (len(document.work_packages), len(document.tasks), len(document.deliverables)) == (1, 1, 1)
    assert len(plan.gantt.bars) == 2  # the WP and its task

    # 5. budget cells in French notation
    QTest.keySequence(window, QKeySequence("Ctrl+6"))
    budget = ws.page("budget")
    _type_into_cell(qtbot, budget.view, 0, 1, "12 500,50")  # column 0: personnel, computed
    qtbot.waitUntil(lambda: bool(session.document.budget_lines))  # Qt commits a cell on Return, queued
    lines = session.document.budget_lines
    assert [str(line.amount) for line in lines] == ["12500.50"]
    total = budget.grid.data(budget.grid.index(budget.grid.rowCount() - 1, budget.grid.columnCount() - 1))
    assert total == "12,500.50"  # live total, English UI

    # 6. undo and redo (the budget line, then the deliverable)
    window.activateWindow()  # the closed cell editor leaves the offscreen window inactive
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(window, QKeySequence.StandardKey.Undo)
    assert session.document.budget_lines == []
    QTest.keySequence(window, QKeySequence.StandardKey.Undo)
    assert session.document.deliverables == []
    QTest.keySequence(window, QKeySequence.StandardKey.Redo)
    QTest.keySequence(window, QKeySequence.StandardKey.Redo)
    assert len(session.document.deliverables) == 1 and len(session.document.budget_lines) == 1
    assert len(proposals.get_document(db, session.proposal_uuid).budget_lines) == 1

    # 7. a finding in Review; double-click jumps to the field
    ws.check_now()
    qtbot.waitUntil(lambda: any(f.entity_uuid == section_uuid or f.step == "sections" for f in ws.findings.items),
                    timeout=10_000)
    QTest.keySequence(window, QKeySequence("Ctrl+9"))
    review = ws.page("review")
    item = next(review.tree.topLevelItem(i) for i in range(review.tree.topLevelItemCount())
                if review.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).step == "sections")
    review.tree.scrollToItem(item)
    rect = review.tree.visualItemRect(item)
    assert rect.isValid()
    with qtbot.waitSignal(review.tree.itemDoubleClicked, timeout=1000):
        qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws.current_step() == "sections"

    # 8. export DOCX and PDF through the Export step, then check the files
    QTest.keySequence(window, QKeySequence("Ctrl+0"))
    export = ws.page("export")
    export.folder.setText(str(tmp_path))
    export.formats["xlsx"].setChecked(False)
    with qtbot.waitSignal(export.files.model().rowsInserted, timeout=60_000):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    docx, pdf = tmp_path / "JOURNEY.docx", tmp_path / "JOURNEY.pdf"
    assert docx.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")
    import zipfile

    assert "Hello reviewers" in zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert getattr(export.preview, "page_count", lambda: 1)() >= 1


@pytest.mark.slow
def test_event_loop_keeps_ticking_during_large_export(qtbot, window, db, tmp_path):
    from PySide6.QtCore import QElapsedTimer, QTimer

    from tests.large_proposal import make_large

    uuid = proposals.import_document(db, make_large())
    window.open_proposal(uuid)
    window.workspace.go_to("export")
    export = window.workspace.page("export")
    export.folder.setText(str(tmp_path))
    for fmt, check in export.formats.items():
        check.setChecked(fmt == "pdf")
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(export.files.model().rowsInserted, timeout=120_000):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    timer.stop()
    # A synchronous export would finish inside the click: the timer would tick
    # at most once, after it. The export got faster (about 0.2 s here), so the
    # count of ticks says only that the loop ran while the worker did.
    assert len(gaps) >= 3, f"the event loop ticked {len(gaps)} times during the export"
    assert max(gaps[1:]) < 100, f"event loop blocked {max(gaps[1:])} ms"
    assert (tmp_path / f"{window.session.document.proposal.acronym}.pdf").exists() or list(tmp_path.glob("*.pdf"))
