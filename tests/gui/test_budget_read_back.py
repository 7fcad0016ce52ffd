"""Budget ▸ Read back this partner's workbook…: the changed cells shown before anything is written, one undo step."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from medicen_desktop.gui import budget_import
from medicen_desktop.gui.budget_import import BudgetImportDialog
from medicen_desktop.gui.exchange_dialogs import ExchangeRefused
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.steps.budget import BudgetPage
from medicen_desktop.services.budget_import import BudgetPreview
from medicen_desktop.services.export import export_document


@pytest.fixture
def budget(opened: MainWindow) -> BudgetPage:
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    assert isinstance(page, BudgetPage)
    return page


@pytest.fixture
def annex(budget: BudgetPage, tmp_path: Path) -> Path:
    """The Bpifrance annex of the open proposal (a Bpifrance call), NVI's equipment in year 2 changed."""
    path = tmp_path / "annexe.xlsx"
    export_document(budget.session.document, "xlsx", path, form="bpi-annex")
    return path


def _choose_nvi(budget: BudgetPage) -> str:
    nvi = min(budget.session.document.participations, key=lambda p: p.position).uuid
    row = next(r for r in range(budget.grid.rowCount() - 1) if budget.grid.participation_at(r) == nvi)
    budget.view.setCurrentIndex(budget.grid.index(row, 0))
    return nvi


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _equipment(budget: BudgetPage, partner: str) -> Decimal:
    return sum((b.amount for b in budget.session.document.budget_lines
                if b.participation_uuid == partner and b.category == "equipment" and b.period == 2), Decimal(0))


def test_the_changed_cells_are_shown_then_applied_as_one_undo_step(qtbot: Any, budget: BudgetPage, annex: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.load_workbook(annex)
    book["NVI"]["C5"] = 46000
    book.save(annex)
    assert not budget.read_back.isEnabled()  # no partner chosen yet
    nvi = _choose_nvi(budget)
    assert budget.read_back.isEnabled()
    before = _equipment(budget, nvi)
    shown: list[list[str]] = []

    def look_and_apply(parent: Any, preview: BudgetPreview, source: str) -> bool:
        dialog = BudgetImportDialog(preview, source, parent)
        qtbot.addWidget(dialog)
        assert dialog.apply_button.isEnabled() and source == "annexe.xlsx"
        assert "1 figure(s) of NVI differ" in dialog.findChild(QLabel, "budgetImportIntro").text()
        table = dialog.table
        shown.extend([table.item(r, c).text() for c in range(4)] for r in range(table.rowCount()))
        assert budget.session.document.budget_lines == preview.base.budget_lines  # nothing written yet
        return True

    monkeypatch.setattr(budget_import.OpenBudgetWorkbook, "ask", classmethod(lambda cls, *args: annex))
    monkeypatch.setattr(BudgetImportDialog, "ask", classmethod(lambda cls, *args: look_and_apply(*args)))
    qtbot.mouseClick(budget.read_back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _equipment(budget, nvi) == before + 1000)
    assert len(shown) == 1 and shown[0][0] == "NVI!C5" and "Investissements et amortissements, Année 2" in shown[0][1]
    assert [_digits(c) for c in shown[0][2:]] == ["45000", "46000"]
    budget.session.undo_stack.undo()
    assert _equipment(budget, nvi) == before


def test_a_refused_workbook_shows_its_problems_and_changes_nothing(qtbot: Any, budget: BudgetPage, annex: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.load_workbook(annex)
    book["NVI"]["F5"] = 180000  # a total's formula replaced by a figure
    book["NVI"]["C5"] = -1
    book.save(annex)
    _choose_nvi(budget)
    lines = budget.session.document.budget_lines
    messages: list[str] = []
    monkeypatch.setattr(budget_import.OpenBudgetWorkbook, "ask", classmethod(lambda cls, *args: annex))
    monkeypatch.setattr(ExchangeRefused, "ask", classmethod(lambda cls, parent, title, text: messages.append(text)))
    monkeypatch.setattr(BudgetImportDialog, "ask", classmethod(lambda cls, *args: pytest.fail("no preview")))
    qtbot.mouseClick(budget.read_back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages))
    assert "NVI!F5: the formula of 'the total of Investissements et amortissements' was replaced" in messages[0]
    assert "NVI!C5: Investissements et amortissements, Année 2: negative value -1" in messages[0]
    assert budget.session.document.budget_lines == lines and budget.session.undo_stack.count() == 0
