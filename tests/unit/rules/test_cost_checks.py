"""The evaluators' budget checks: each with the sample passing and a variant failing, with the figures."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.document.schema import BudgetLine
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.cost_checks import pm_tables
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import edit, new_id, sample

CODES = {"budget.outside-wp-lump-sum", "budget.pm-text-mismatch", "budget.rate-outlier", "budget.partner-dominant", "wp.leader-little-effort",
         "budget.purchases-unjustified", "budget.subcontracting-unjustified"}


def found(document, key: str = "bpi-idemo") -> list[Finding]:  # type: ignore[no-untyped-def]
    return [f for f in check(document, get_template(key)) if f.code in CODES]


def test_the_sample_passes_every_evaluator_check_under_idemo() -> None:
    assert found(sample()) == []


def test_pm_tables_read_markdown_tables() -> None:
    body = "Effort :\n\n| Lot | Titre | PM |\n|---|---|---|\n| WP1 | Gestion | 12 |\n| WP 3 | Bio | 7,5 |\n"
    assert pm_tables(body) == {1: Decimal("12"), 3: Decimal("7.5")}
    assert pm_tables("| WP | cost |\n|---|---|\n| WP1 | 3 |\n") == {}


def test_a_text_table_disagreeing_with_the_effort_matrix() -> None:
    doc = sample()
    wp1 = doc.work_packages[0]
    planned = sum(e.person_months for e in doc.efforts if e.work_package_uuid == wp1.uuid)
    index = next(i for i, s in enumerate(doc.sections) if s.body)
    body = doc.sections[index].body + f"\n\n| WP | person-months |\n|---|---|\n| WP1 | {planned + 3} |\n"
    doc = edit(doc, "sections", index, body=body)
    [finding] = found(doc)
    assert (finding.code, finding.entity_uuid, finding.field) == ("budget.pm-text-mismatch", doc.sections[index].uuid,
                                                                  "body")
    assert f"WP1: {planned + 3} person-months in the table of" in finding.message_en
    assert f"{planned} in the effort matrix" in finding.message_en


def test_a_rate_far_from_the_median_is_reported_with_the_figures() -> None:
    doc = sample()
    # Five French partners, three companies: MTS (a large company? the sample's kinds decide the group).
    rates = sorted(doc.staff_rates, key=lambda r: r.monthly_rate)
    index = doc.staff_rates.index(rates[-1])
    doc = edit(doc, "staff_rates", index, monthly_rate=Decimal("25000"))
    [finding] = found(doc)
    assert (finding.code, finding.entity_uuid, finding.field) == ("budget.rate-outlier", rates[-1].uuid,
                                                                  "monthly_rate")
    assert "monthly cost €25,000.00" in finding.message_en and "of the consortium's median" in finding.message_en
    assert "all kinds, FR" in finding.message_en or ", FR)" in finding.message_en


def test_one_partner_dominating() -> None:
    doc = sample()
    partner = doc.participations[0].uuid
    big = BudgetLine(uuid=new_id(), participation_uuid=partner, category="equipment", period=1,
                     amount=Decimal("20000000"), justification="Plateforme d'imagerie")
    doc = doc.model_copy(update={"budget_lines": [*doc.budget_lines, big]})
    [finding] = found(doc)
    assert (finding.code, finding.entity_uuid) == ("budget.partner-dominant", partner)
    assert "NVI carries" in finding.message_en and "of the eligible cost" in finding.message_en


def test_a_leader_with_little_effort_in_its_own_wp() -> None:
    doc = sample()
    wp = doc.work_packages[3]  # WP4, led by APHP
    index = next(i for i, e in enumerate(doc.efforts)
                 if e.work_package_uuid == wp.uuid and e.participation_uuid == wp.leader_participation_uuid)
    doc = edit(doc, "efforts", index, person_months=Decimal("1"))
    leader = [f for f in found(doc) if f.code == "wp.leader-little-effort"]
    assert len(leader) == 1 and (leader[0].entity_uuid, leader[0].field) == (wp.uuid, "leader_participation_uuid")
    assert "WP4: its leader APHP puts only 1 of its" in leader[0].message_en


def test_purchases_over_15_percent_of_personnel_need_a_justification_in_horizon_europe() -> None:
    doc = sample()
    findings = [f for f in found(doc, "he-ria-lump-sum") if f.code == "budget.purchases-unjustified"]
    assert len(findings) == 5
    mts = next(f for f in findings if f.message_en.startswith("MTS"))
    assert "purchase costs €120,000.00, 25.26% of its personnel costs (€475,000.00), above 15.00%" in mts.message_en
    assert mts.field == "justification"
    # Justified items silence it; the rule is Horizon Europe's: i-Démo says nothing.
    lines = [b.model_copy(update={"justification": "Achat nécessaire"}) for b in doc.budget_lines]
    assert [f for f in found(doc.model_copy(update={"budget_lines": lines}), "he-ria-lump-sum")
            if f.code == "budget.purchases-unjustified"] == []
    assert get_template("he-ria-lump-sum").purchase_costs is not None
    assert get_template("bpi-idemo").purchase_costs is None


def test_subcontracting_without_a_justification() -> None:
    doc = sample()
    index = next(i for i, b in enumerate(doc.budget_lines) if b.category == "subcontracting")
    doc = edit(doc, "budget_lines", index, justification="  ")
    [finding] = found(doc)
    assert (finding.code, finding.entity_uuid, finding.field) == ("budget.subcontracting-unjustified",
                                                                  doc.budget_lines[index].uuid, "justification")
    assert "1 subcontracting item(s)" in finding.message_en


def test_items_outside_any_work_package_under_a_lump_sum_call() -> None:
    doc = sample()
    findings = [f for f in found(doc, "he-ria-lump-sum") if f.code == "budget.outside-wp-lump-sum"]
    assert len(findings) == 5 and findings[0].field == "work_package_uuid"
    assert "NVI: 4 cost item(s) (€72,000.00) outside any work package" in findings[0].message_en
    assert [f for f in found(doc, "he-ria") if f.code == "budget.outside-wp-lump-sum"] == []


def test_task_rows_are_read_apart_from_their_work_package() -> None:
    body = "| Lot | PM |\n|---|---|\n| WP1 | 12 |\n| T1.2 | 4 |\n| Tâche 1.3 | 2,5 |\n"
    from medicen_desktop.rules.cost_checks import pm_task_tables

    assert pm_tables(body) == {1: Decimal("12")}  # "T1.2" is a task, not WP1
    assert pm_task_tables(body) == {(1, 2): Decimal("4"), (1, 3): Decimal("2.5")}


def test_a_text_table_compares_tasks_with_the_months_given_per_task() -> None:
    doc = sample()
    wp1 = min(doc.work_packages, key=lambda w: w.number)
    task = min((t for t in doc.tasks if t.work_package_uuid == wp1.uuid), key=lambda t: t.number)
    index = next(i for i, e in enumerate(doc.efforts) if e.work_package_uuid == wp1.uuid)
    planned = sum(e.person_months for e in doc.efforts if e.work_package_uuid == wp1.uuid)
    section = next(i for i, s in enumerate(doc.sections) if s.body)
    table = (f"\n\n| WP | person-months |\n|---|---|\n| WP1 | {planned} |\n"
             f"| T1.{task.number} | 3 |\n")
    stated = edit(doc, "sections", section, body=doc.sections[section].body + table)
    assert found(stated) == []  # no month is given per task in WP1: the task row is not compared
    per_task = edit(stated, "efforts", index, task_uuid=task.uuid)  # this partner's months go to the task
    [finding] = found(per_task)
    months = doc.efforts[index].person_months
    assert f"T1.{task.number}: 3 person-months in the table of" in finding.message_en
    assert f"{months} in the effort matrix" in finding.message_en
    # The WP's figure still counts the task's months: its row agrees.
    assert not any(f.message_en.startswith("WP1:") for f in found(per_task))
