"""Issue #18 item 9: a finding leads to the widget where it is fixed (a partner's effort without a monthly
personnel cost: Budget ▸ Personnel rates of that partner), and a single click shows where it led."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_a_missing_rate_finding_opens_the_partners_personnel_rates(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    session, workspace = opened.session, opened.workspace
    partner = next(p for p in session.document.participations
                   if any(e.participation_uuid == p.uuid and e.person_months for e in session.document.efforts))
    for rate in [r for r in session.document.staff_rates if r.participation_uuid == partner.uuid]:
        session.delete("staff_rates", rate.uuid, "set up")
    workspace.go_to("review")
    workspace.check_now()
    qtbot.waitUntil(lambda: any(f.code == "budget.rate-missing" for f in workspace.findings.items))
    panel = workspace.panel.findings
    row = next(r for r in range(panel.count())
               if getattr(panel.item(r).data(Qt.ItemDataRole.UserRole), "code", "") == "budget.rate-missing")
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(panel.item(row)).center())
    assert workspace.current_step() == "budget"
    budget = workspace.page("budget")
    assert budget.bottom.currentWidget() is budget.rates and budget.rates.partner == partner.uuid
    focused = QApplication.focusWidget()
    # the partner has no rate left: the focus is on the button that adds one
    assert focused is budget.rates.table.add_button and focused.property("flash") is True
    assert panel.currentItem() is not None and panel.currentItem().data(Qt.ItemDataRole.UserRole).code == \
        "budget.rate-missing"
