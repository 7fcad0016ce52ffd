"""The cost base: personnel from the effort matrix × rates, spread over years; breakdowns that add up."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.cost_base import cost_entries, split_by_year, year_months
from medicen_desktop.rules.cost_breakdown import allocate, cells
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import edit, sample

D = Decimal


def test_one_person_month_more_changes_personnel_eligible_and_aid() -> None:
    template = get_template("bpi-idemo")
    doc = sample()
    before = compute_budget(doc, template).partners[0]
    after = compute_budget(edit(doc, "efforts", 0, person_months=doc.efforts[0].person_months + 1), template).partners[0]
    assert after.by_category["personnel"].value - before.by_category["personnel"].value == D("7800.00")
    assert after.personnel_person_months == before.personnel_person_months + 1  # type: ignore[operator]
    assert after.eligible.value > before.eligible.value and after.requested_aid.value > before.requested_aid.value


def test_an_effort_names_its_own_staff_category() -> None:
    template = get_template("bpi-idemo")
    doc = sample()
    partner = doc.participations[0].uuid
    senior = doc.staff_rates[0].model_copy(update={"uuid": "00000000-0000-4000-8000-00000000abcd", "position": 1,
                                                   "label": "Senior", "monthly_rate": D("10000")})
    doc = doc.model_copy(update={"staff_rates": [*doc.staff_rates, senior]})
    effort = next(i for i, e in enumerate(doc.efforts) if e.participation_uuid == partner)
    months = doc.efforts[effort].person_months
    before = compute_budget(doc, template).partner(partner).by_category["personnel"].value
    doc = edit(doc, "efforts", effort, staff_rate_uuid=senior.uuid)
    after = compute_budget(doc, template).partner(partner).by_category["personnel"].value
    assert after - before == months * (D("10000") - D("7800"))


def test_years_follow_the_work_package_and_add_up_exactly() -> None:
    assert year_months(10, 44) == {1: 3, 2: 12, 3: 12, 4: 8}
    parts = split_by_year(D("46800.00"), year_months(10, 44))
    assert parts[0] == (1, D("4011.43")) and sum(p for _, p in parts) == D("46800.00")


def test_every_entry_is_in_cents_and_the_sum_is_the_direct_cost() -> None:
    template = get_template("bpi-idemo")
    doc = sample()
    report = compute_budget(doc, template)
    entries = cost_entries(doc, template)
    assert all(e.amount == e.amount.quantize(D("0.01")) for e in entries)
    assert sum(e.amount for e in entries if e.category != "overheads") == report.direct.value


def test_allocate_gives_the_odd_cents_to_the_largest_remainders() -> None:
    assert allocate(D("100.00"), [D(1), D(1), D(1)]) == [D("33.34"), D("33.33"), D("33.33")]
    assert allocate(D("0.05"), [D(0), D(0)]) == [D("0.05"), D(0)]
    assert sum(allocate(D("1234.57"), [D("3.3"), D("7.1"), D("0.2")])) == D("1234.57")


def test_each_partners_cells_add_up_to_its_figures() -> None:
    for key in ("bpi-idemo", "he-ria-lump-sum", "anr-prce"):
        template = get_template(key)
        doc = sample()
        report = compute_budget(doc, template)
        grid = cells(report, template, [w.uuid for w in doc.work_packages])
        for partner in report.partners:
            own = [c for c in grid if c.participation_uuid == partner.participation_uuid]
            assert sum(c.eligible for c in own) == partner.eligible.value, key
            assert sum(c.aid for c in own) == partner.requested_aid.value, key


def test_cost_base_kinds_map_to_each_funders_categories_and_a_retarget_keeps_every_figure() -> None:
    from medicen_desktop.document.schema import BudgetLine
    from medicen_desktop.rules.retarget import retarget_document
    from tests.unit.rules.rules_docs import new_id

    doc = sample()
    partner = doc.participations[1].uuid
    travel = BudgetLine(uuid=new_id(), participation_uuid=partner, category="travel", period=2,
                        amount=D("3210.50"), justification="Congrès")
    doc = doc.model_copy(update={"budget_lines": [*doc.budget_lines, travel]})
    he, anr, idemo = get_template("he-ria-lump-sum"), get_template("anr-prce"), get_template("bpi-idemo")
    assert he.booked_under("travel") == "other" and anr.booked_under("travel") == "other"
    assert anr.booked_under("subcontracting") == "services"
    direct = compute_budget(doc, idemo).direct.value
    for old, new in ((idemo, he), (he, anr), (anr, idemo)):
        doc, report = retarget_document(doc, old, new)
        assert report.unknown_categories == ()
        budget = compute_budget(doc, new)
        assert budget.unknown_categories == () and budget.direct.value == direct, new.key
    assert next(b for b in doc.budget_lines if b.uuid == travel.uuid).category == "travel"  # kept as typed
