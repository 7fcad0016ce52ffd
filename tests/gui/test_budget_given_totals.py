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


def test_given_person_months_show_once_per_work_package_over_its_years(qtbot, opened):  # type: ignore[no-untyped-def]
    """The lines carry a WP's person-months on its first year only: the table shows them once for the work
    package (a cell spanning its years), never as if the later years had none."""
    opened.workspace.go_to("budget")
    page = opened.workspace.page("budget")
    document = page.session.document
    owner = find_participation(document, "LIB")
    row = next(r for r in range(page.grid.rowCount() - 1) if page.grid.participation_at(r) == owner)
    page.view.setCurrentIndex(page.grid.index(row, 0))
    page.bottom.setCurrentWidget(page.rates)
    table = page.rates.given
    assert table.horizontalHeaderItem(1).text() == "Person-months (work package)"
    given = [b for b in document.budget_lines if b.given_total]
    numbers = {wp.uuid: wp.number for wp in document.work_packages}
    planned: dict[str, Decimal] = {}
    for effort in document.efforts:
        if effort.participation_uuid == owner:
            name = f"WP{numbers[effort.work_package_uuid]}"
            planned[name] = planned.get(name, Decimal(0)) + effort.person_months
    years: dict[str, list[int]] = {}
    for line in given:
        years.setdefault(f"WP{numbers[line.work_package_uuid]}", []).append(line.period)
    assert any(len(spread) > 1 for spread in years.values())  # a WP over several years: the case that misled
    seen: dict[str, str] = {}
    r = 0
    while r < table.rowCount():
        name, months = table.item(r, 0).text(), table.item(r, 1).text()
        span = table.rowSpan(r, 0)
        assert span == table.rowSpan(r, 1) == len(years[name])
        assert [table.item(r + i, 2).text() for i in range(span)] == [f"Year {y}" for y in sorted(years[name])]
        seen[name] = months
        r += span
    assert seen == {name: format_decimal(total) for name, total in planned.items()}


def test_given_totals_grouped_per_work_package() -> None:
    from medicen_desktop.document.sample import make_sample
    from medicen_desktop.exchange.private_rates import given_by_work_package, rates_as_totals
    from medicen_desktop.rules.templates import get_template

    document = make_sample()
    owner = find_participation(document, "LIB")
    given = rates_as_totals(document, get_template(document.proposal.template_key), owner)
    packages = given_by_work_package(given, owner)
    lines = [b for b in given.budget_lines if b.given_total]
    assert sum(p.person_months for p in packages) == sum(b.person_months or 0 for b in lines) == sum(
        e.person_months for e in document.efforts if e.participation_uuid == owner)
    assert sum(a for p in packages for _, a in p.cost_by_year) == sum(b.amount for b in lines)
    assert [p.number for p in packages] == sorted(p.number for p in packages)
    assert any(len(p.cost_by_year) > 1 for p in packages)
