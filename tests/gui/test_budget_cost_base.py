"""Budget step: personnel rates × the effort matrix, the budget by work package, findings that land on them."""

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


def _row_of(page: BudgetPage, partner: str) -> int:
    return next(r for r in range(page.grid.rowCount() - 1) if page.grid.participation_at(r) == partner)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _wp_cell(page: BudgetPage, row: int, column: int) -> str:
    return page.by_wp.table.item(row, column).text()


def test_personnel_is_rates_times_effort_with_no_column_to_type_it(qtbot, budget):  # type: ignore[no-untyped-def]
    session = budget.session
    keys = [budget.grid.key_at(c) for c in range(budget.grid.columnCount() - 1)]
    assert "personnel" not in keys and "equipment" in keys
    nvi = session.document.participations[0].uuid
    budget.view.setCurrentIndex(budget.grid.index(_row_of(budget, nvi), 0))
    budget.bottom.setCurrentWidget(budget.rates)
    model = budget.rates.model
    assert model.rowCount() == 1
    assert _digits(model.data(model.index(0, model.column_of("monthly_rate")))) == "7800"
    assert "90 person-months" in budget.rates.effort.text() and "702000" in _digits(budget.rates.effort.text())
    eligible_before = budget.summary.item(0, 3).text()
    wp1_before = _wp_cell(budget, 0, 2)
    # a new monthly cost, typed as the user types it
    assert model.setData(model.index(0, model.column_of("monthly_rate")), "8 000")
    qtbot.waitUntil(lambda: budget.summary.item(0, 3).text() != eligible_before)
    assert session.entity("staff_rates", model.uuid_at(0)).monthly_rate == Decimal("8000")
    assert "720000" in _digits(budget.rates.effort.text())
    assert _wp_cell(budget, 0, 2) != wp1_before  # WP1's personnel follows


def test_one_effort_change_moves_the_budget_by_work_package(qtbot, budget):  # type: ignore[no-untyped-def]
    session = budget.session
    wp1 = min(session.document.work_packages, key=lambda w: w.number)
    effort = next(e for e in session.document.efforts if e.work_package_uuid == wp1.uuid)
    months_before = _wp_cell(budget, 0, 1)
    session.update("efforts", effort.uuid, {"person_months": effort.person_months + 1}, "one more month")
    qtbot.waitUntil(lambda: _wp_cell(budget, 0, 1) != months_before)
    total = budget.by_wp.table.rowCount() - 1
    assert budget.by_wp.table.item(total, 0).text() == "Total"
    assert budget.by_wp.table.item(total, 5).text() == budget.summary.item(budget.summary.rowCount() - 1, 3).text()
    assert budget.by_wp.table.item(total, 6).text() == budget.summary.item(budget.summary.rowCount() - 1, 5).text()


def test_add_a_rate_with_the_button(qtbot, budget):  # type: ignore[no-untyped-def]
    partner = budget.session.document.participations[2].uuid
    budget.view.setCurrentIndex(budget.grid.index(_row_of(budget, partner), 0))
    budget.bottom.setCurrentWidget(budget.rates)
    qtbot.mouseClick(budget.rates.table.add_button, Qt.MouseButton.LeftButton)
    own = [r for r in budget.session.document.staff_rates if r.participation_uuid == partner]
    assert len(own) == 2 and budget.rates.model.rowCount() == 2 and own[-1].position == 1


def test_findings_land_on_the_rate_and_the_justification(qtbot, budget):  # type: ignore[no-untyped-def]
    session = budget.session
    rate = session.document.staff_rates[3]
    assert budget.focus_field(rate.uuid, "monthly_rate")
    assert budget.bottom.currentWidget() is budget.rates
    current = budget.rates.table.view.currentIndex()
    assert budget.rates.model.uuid_at(current.row()) == rate.uuid
    assert current.column() == budget.rates.model.column_of("monthly_rate")
    line = next(b for b in session.document.budget_lines if b.category == "subcontracting" and b.period == 2)
    assert budget.focus_field(line.uuid, "justification")
    assert budget.bottom.currentWidget() is budget.lines and budget.years.currentIndex() == 1
    current = budget.lines.table.view.currentIndex()
    assert budget.lines.model.uuid_at(current.row()) == line.uuid
    assert current.column() == budget.lines.model.column_of("justification")


def test_double_clicking_a_rate_outlier_lands_on_the_rate(qtbot, window, db, sample_in_db):  # type: ignore[no-untyped-def]
    from medicen_desktop.document.schema import ProposalDocument
    from medicen_desktop.services import proposals
    from tests.gui.test_finding_locator import _double_click

    data = proposals.get_document(db, sample_in_db).model_dump()
    data["staff_rates"][0]["monthly_rate"] = Decimal("25000")
    rate = data["staff_rates"][0]["uuid"]
    proposals.replace_document(db, ProposalDocument.model_validate(data), actor="test")
    window.library.reload()
    window.open_proposal(sample_in_db)
    ws = window.workspace
    qtbot.waitUntil(lambda: any(f.code == "budget.rate-outlier" for f in ws.findings.items), timeout=10_000)
    _double_click(qtbot, window, "budget.rate-outlier")
    assert ws.current_step() == "budget"
    page = ws.page("budget")
    assert page.bottom.currentWidget() is page.rates
    current = page.rates.table.view.currentIndex()
    assert page.rates.model.uuid_at(current.row()) == rate
    assert current.column() == page.rates.model.column_of("monthly_rate")


def test_the_grid_total_includes_personnel_as_the_funding_tab_does(qtbot, budget):  # type: ignore[no-untyped-def]
    from medicen_desktop.gui.numbers import parse_decimal
    from medicen_desktop.gui.steps.budget import DERIVED_PERSONNEL

    grid = budget.grid
    assert grid.key_at(0) == DERIVED_PERSONNEL
    total_column, total_row = grid.columnCount() - 1, grid.rowCount() - 1
    years = budget.years.count()
    sums: dict[int, Decimal] = {}
    for year in range(years):
        budget.years.setCurrentIndex(year)
        for row in range(total_row + 1):
            sums[row] = sums.get(row, Decimal(0)) + parse_decimal(grid.data(grid.index(row, total_column)))
    summary = budget.summary
    for row in range(total_row):  # each partner, all years: its direct costs in the Funding tab
        assert sums[row] == parse_decimal(summary.item(row, 1).text()), grid.headerData(row, Qt.Orientation.Vertical)
    assert sums[total_row] == parse_decimal(summary.item(summary.rowCount() - 1, 1).text())
    assert sums[total_row] > 0


def test_the_personnel_column_is_read_only_and_says_where_to_change_it(qtbot, budget):  # type: ignore[no-untyped-def]
    budget.years.setCurrentIndex(0)
    before = budget.session.document
    index = budget.grid.index(0, 0)
    assert budget.grid.data(index) != "" and not budget.grid.flags(index) & Qt.ItemFlag.ItemIsEditable
    budget.view.setFocus()
    budget.view.setCurrentIndex(index)
    qtbot.keyClicks(budget.view, "5")
    qtbot.keyClick(budget.view, Qt.Key.Key_Return)
    assert budget.session.document is before
    assert not budget.grid.setData(index, "5")
    assert "effort matrix" in budget.error.text()
