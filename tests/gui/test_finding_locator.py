"""Findings rendered from the catalogue still lead to the field that fixes them (double-click in Review)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from medicen_desktop.document.schema import OrganisationKind, ProposalDocument
from medicen_desktop.services import proposals


def _double_click(qtbot, window, code: str) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    QTest.keySequence(window, QKeySequence("Ctrl+9"))
    review = ws.page("review")
    items = [review.tree.topLevelItem(i) for i in range(review.tree.topLevelItemCount())]
    item = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole).code == code)
    review.tree.scrollToItem(item)
    rect = review.tree.visualItemRect(item)
    with qtbot.waitSignal(review.tree.itemDoubleClicked, timeout=1000):
        qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_legal_status_finding_lands_on_the_partner(qtbot, window, db, sample_in_db):  # type: ignore[no-untyped-def]
    data = proposals.get_document(db, sample_in_db).model_dump()
    data["proposal"] |= {"template_key": "he-ia", "template_edition": ""}
    data["organisations"][1]["kind"] = OrganisationKind.OTHER  # a status IA rates depend on, not known
    proposals.replace_document(db, ProposalDocument.model_validate(data), actor="test")
    window.library.reload()
    window.open_proposal(sample_in_db)
    ws = window.workspace
    qtbot.waitUntil(lambda: any(f.code == "budget.legal-status-unknown" for f in ws.findings.items), timeout=10_000)
    finding = next(f for f in ws.findings.items if f.code == "budget.legal-status-unknown")
    assert "legal status" in finding.message and "_" not in finding.message
    _double_click(qtbot, window, "budget.legal-status-unknown")
    assert ws.current_step() == "consortium"
    page = ws.page("consortium")
    organisation = data["organisations"][1]["uuid"]
    participation = next(p["uuid"] for p in data["participations"] if p["organisation_uuid"] == organisation)
    assert page.partner_table.current_uuid() == participation


def test_an_eligibility_finding_lands_on_the_budget(qtbot, opened, db):  # type: ignore[no-untyped-def]
    ws = opened.workspace
    session = opened.session
    line = next(b for b in session.document.budget_lines if b.category == "subcontracting")
    session.update("budget_lines", line.uuid, {"amount": Decimal("3000000")}, "more subcontracting", None)
    ws.check_now()
    qtbot.waitUntil(lambda: any(f.code == "eligibility.subcontracting-share" for f in ws.findings.items),
                    timeout=10_000)
    _double_click(qtbot, opened, "eligibility.subcontracting-share")
    assert ws.current_step() == "budget"

