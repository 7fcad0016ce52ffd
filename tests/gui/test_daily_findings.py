"""Issue #18 item 9: a finding leads to the widget where it is fixed (a partner's missing person-months:
Budget ▸ Lines of that partner), and a single click shows where it led."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_a_budget_lines_finding_opens_the_partners_lines(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    session, workspace = opened.session, opened.workspace
    partner = next(p for p in session.document.participations
                   if any(e.participation_uuid == p.uuid and e.person_months for e in session.document.efforts))
    for line in [b for b in session.document.budget_lines if b.participation_uuid == partner.uuid and b.person_months]:
        session.update("budget_lines", line.uuid, {"person_months": None}, "set up")
    workspace.go_to("review")
    workspace.check_now()
    qtbot.waitUntil(lambda: any(f.code == "budget.person-months-missing" for f in workspace.findings.items))
    panel = workspace.panel.findings
    row = next(r for r in range(panel.count())
               if getattr(panel.item(r).data(Qt.ItemDataRole.UserRole), "code", "") == "budget.person-months-missing")
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(panel.item(row)).center())
    assert workspace.current_step() == "budget"
    budget = workspace.page("budget")
    assert budget.bottom.currentWidget() is budget.lines and budget.lines.partner == partner.uuid
    focused = QApplication.focusWidget()
    assert focused is budget.lines.table.view and focused.property("flash") is True
    assert panel.currentItem() is not None and panel.currentItem().data(Qt.ItemDataRole.UserRole).code == \
        "budget.person-months-missing"
