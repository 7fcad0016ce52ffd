"""Budget: lines sharing partner × category × year, the lines panel, person-months and overhead categories."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from medicen_desktop.gui.steps.budget import BudgetPage


@pytest.fixture
def budget(opened) -> BudgetPage:  # type: ignore[no-untyped-def]
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    assert isinstance(page, BudgetPage)
    return page


def _cell(page: BudgetPage, partner: str, category: str):  # type: ignore[no-untyped-def]
    row = next(r for r in range(page.grid.rowCount() - 1) if page.grid.participation_at(r) == partner)
    column = next(c for c in range(page.grid.columnCount() - 1) if page.grid.key_at(c) == category)
    return page.grid.index(row, column)


def test_lines_sharing_a_cell_are_summed_and_shown_one_by_one(qtbot, budget):  # type: ignore[no-untyped-def]
    session = budget.session
    line = next(b for b in session.document.budget_lines if b.period == 1)
    budget.years.setCurrentIndex(0)
    index = _cell(budget, line.participation_uuid, line.category)
    before = budget.grid.value(index.row(), index.column())
    second = session.add("budget_lines", {"participation_uuid": line.participation_uuid, "category": line.category,
                                          "period": 1, "amount": Decimal(1000), "justification": "Two more samples",
                                          "description": "Post-doc, 2 months"}, "add")
    assert budget.grid.value(index.row(), index.column()) == before + 1000
    assert budget.grid.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "2 budget lines" in budget.grid.data(index, Qt.ItemDataRole.ToolTipRole)
    # typing a new sum into it is refused, with where to go instead
    assert not budget.grid.setData(index, "5 000")
    assert "Lines of the partner" in budget.error.text()
    # choosing the cell lists its lines, with description and justification
    budget.view.setCurrentIndex(index)
    assert budget.bottom.currentWidget() is budget.lines
    panel = budget.lines
    uuids = {panel.model.uuid_at(r) for r in range(panel.model.rowCount())}
    assert {line.uuid, second} <= uuids
    row = panel.model.row_of(second)
    assert panel.model.data(panel.model.index(row, panel.model.column_of("justification"))) == "Two more samples"
    assert panel.model.data(panel.model.index(row, panel.model.column_of("description"))) == "Post-doc, 2 months"
    # a line is edited on its own
    assert panel.model.setData(panel.model.index(row, panel.model.column_of("amount")), "1 500,50")
    assert session.entity("budget_lines", second).amount == Decimal("1500.50")
    assert budget.grid.value(index.row(), index.column()) == before + Decimal("1500.50")


def test_add_a_line_for_the_selected_partner_and_year(qtbot, budget):  # type: ignore[no-untyped-def]
    budget.years.setCurrentIndex(1)
    budget.view.setCurrentIndex(budget.grid.index(0, 0))
    partner = budget.grid.participation_at(0)
    budget.bottom.setCurrentWidget(budget.lines)
    count = budget.lines.model.rowCount()
    qtbot.mouseClick(budget.lines.table.add_button, Qt.MouseButton.LeftButton)
    assert budget.lines.model.rowCount() == count + 1
    new = budget.lines.model.entity_at(budget.lines.model.row_of(budget.lines.table.current_uuid()))
    assert (new.participation_uuid, new.period) == (partner, 2)
    assert "year 2" in budget.lines.heading.text()


def test_overheads_a_partner_enters_have_their_column(qtbot, budget):  # type: ignore[no-untyped-def]
    template = budget.context.template
    entered = [c.key for c in template.budget_categories if c.is_overheads]
    keys = [budget.grid.key_at(c) for c in range(budget.grid.columnCount() - 1)]
    assert set(entered) <= set(keys)
