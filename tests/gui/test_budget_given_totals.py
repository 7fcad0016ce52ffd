"""Budget step at the coordinator: a partner that kept its rates private shows its personnel as given totals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from medicen_desktop.exchange.assignment import find_participation
from medicen_desktop.gui.numbers import format_decimal
from medicen_desktop.gui.steps.budget import BudgetPage
from medicen_desktop.services import assignment, edit, merging, packages, proposals, sharing
from medicen_desktop.store.database import Database


@pytest.fixture
def sample_in_db(sample_in_db: str, db: Database, tmp_path: Path) -> str:
    """The sample after LIB, keeping its budget private with two named rates, contributed once."""
    assignment.assign_defaults(db, sample_in_db)
    lib = Database.open(tmp_path / "lib.db")
    packages.open_package(lib, packages.create_package(db, sample_in_db, "LIB").data, "lib.medicen-package")
    sharing.set_private_budget(lib, sample_in_db, True)
    owner = find_participation(proposals.get_document(lib, sample_in_db), "LIB")
    edit.add_entity(lib, sample_in_db, "staff_rates", {"participation_uuid": owner, "position": 5,
                                                       "label": "Paul Durand", "monthly_rate": Decimal("3123.47")})
    merging.merge_contribution(db, sample_in_db, packages.create_contribution(lib, sample_in_db).data, "lib.c")
    lib.close()
    return sample_in_db


def test_the_partners_given_totals_show_read_only_with_their_label(qtbot, opened):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    assert isinstance(page, BudgetPage)
    document = page.session.document
    owner = find_participation(document, "LIB")
    given = [b for b in document.budget_lines if b.given_total]
    assert given and {b.participation_uuid for b in given} == {owner}
    row = next(r for r in range(page.grid.rowCount() - 1) if page.grid.participation_at(r) == owner)
    keys = [page.grid.key_at(c) for c in range(page.grid.columnCount() - 1)]
    assert "personnel" not in keys  # no cell in which to type over the totals
    page.view.setCurrentIndex(page.grid.index(row, 0))
    page.bottom.setCurrentWidget(page.rates)
    rates = page.rates
    assert rates.heading.text() == "Personnel given as totals by LIB"
    assert rates.given.isVisible() and not rates.table.isVisible()
    assert rates.given.rowCount() == len(given)
    assert rates.given.editTriggers() == rates.given.EditTrigger.NoEditTriggers
    shown = sorted(rates.given.item(r, 3).text() for r in range(rates.given.rowCount()))
    assert shown == sorted(format_decimal(b.amount) for b in given)
    assert "LIB keeps its personnel rates in its own copy" in rates.effort.text()
    page.bottom.setCurrentWidget(page.lines)
    assert all(not page.session.entity("budget_lines", page.lines.model.uuid_at(r)).given_total
               for r in range(page.lines.model.rowCount()))
    # Another partner still shows its rates, editable.
    other = next(r for r in range(page.grid.rowCount() - 1) if page.grid.participation_at(r) not in (owner, None))
    page.view.setCurrentIndex(page.grid.index(other, 0))
    page.bottom.setCurrentWidget(page.rates)
    qtbot.waitUntil(lambda: rates.table.isVisible() and not rates.given.isVisible())
    assert rates.heading.text().startswith("Personnel rates of ")
