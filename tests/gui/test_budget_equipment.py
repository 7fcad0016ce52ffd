"""Budget › Lines of the partner: equipment charged by depreciation, typed by keys; the amount follows."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from medicen_desktop.gui.numbers import parse_decimal
from medicen_desktop.gui.steps.budget import BudgetPage


def _type_cell(qtbot, view, index, text: str) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    [editor] = [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    if text:
        QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.NoState)


def test_purchase_cost_and_share_make_the_amount(qtbot, opened):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    assert isinstance(page, BudgetPage)
    session = page.session
    line = next(b for b in session.document.budget_lines if b.category == "equipment")
    def eligible() -> list[str]:
        return [page.summary.item(r, 3).text() for r in range(page.summary.rowCount())]

    eligible_before = eligible()
    assert page.focus_field(line.uuid, "purchase_cost")
    model, view = page.lines.model, page.lines.table.view
    row = model.row_of(line.uuid)
    assert view.currentIndex().column() == model.column_of("purchase_cost")
    _type_cell(qtbot, view, model.index(row, model.column_of("purchase_cost")), "120 000")
    _type_cell(qtbot, view, model.index(row, model.column_of("depreciation_months")), "60")
    _type_cell(qtbot, view, model.index(row, model.column_of("use_months")), "36")
    _type_cell(qtbot, view, model.index(row, model.column_of("use_percent")), "50")
    stored = session.entity("budget_lines", line.uuid)
    assert (stored.purchase_cost, stored.depreciation_months, stored.use_months, stored.use_percent, stored.amount) \
        == (Decimal(120000), 60, 36, Decimal(50), Decimal("36000.00"))
    assert parse_decimal(model.data(model.index(row, model.column_of("amount")))) == Decimal(36000)
    qtbot.waitUntil(lambda: eligible() != eligible_before)  # the Funding tab follows
    # The amount of such an item is not typed: refused with where to change it.
    _type_cell(qtbot, view, model.index(row, model.column_of("amount")), "50000")
    assert session.entity("budget_lines", line.uuid).amount == Decimal("36000.00")
    assert "purchase cost × the share" in page.lines.table.error.text()
    # Emptying the purchase cost makes it a typed amount again.
    _type_cell(qtbot, view, model.index(row, model.column_of("purchase_cost")), "")
    assert session.entity("budget_lines", line.uuid).purchase_cost is None
