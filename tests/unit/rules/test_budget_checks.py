"""Budget checks on lines and partners."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import edit, edit_proposal, edit_where, sample, tiny


def by_code(document, key: str = "bpi-idemo"):  # type: ignore[no-untyped-def]
    result: dict[str, list] = {}  # type: ignore[type-arg]
    for finding in check(document, get_template(key)):
        result.setdefault(finding.code, []).append(finding)
    return result


def test_sample_budget_is_clean() -> None:
    assert not {c for c in by_code(sample()) if c.startswith("budget.")}


def test_unknown_category_once_per_partner_and_category() -> None:
    doc = edit_where(sample(), "budget_lines", lambda b: b["category"] == "subcontracting", category="catering")
    found = by_code(doc, "anr-prce")["budget.unknown-category"]
    assert len(found) == 3  # three partners have such lines (4 years each)
    # Subcontracting itself is a kind of the cost base ANR's "services" covers: not unknown there.
    assert "budget.unknown-category" not in by_code(sample(), "anr-prce")
    assert found[0].field == "category" and "services" in found[0].message_en


def test_period_beyond_the_project() -> None:
    doc = edit_proposal(sample(), duration_months=36)
    found = by_code(doc)["budget.period-outside-project"]
    assert all(f.field == "period" for f in found) and found[0].entity_uuid in {b.uuid for b in doc.budget_lines}
    assert "budget.period-outside-project" not in by_code(edit_proposal(sample(), duration_months=37))


def test_negative_amount() -> None:
    doc = edit(sample(), "budget_lines", 0, amount=Decimal("-1"))
    assert by_code(doc)["budget.negative-amount"][0].entity_uuid == doc.budget_lines[0].uuid


def test_partner_without_budget_and_kind_without_rate() -> None:
    doc = tiny("bpi-idemo", [(K.SME, "FR", ""), (K.OTHER, "FR", "")], [(0, "personnel", 1, "10")])
    found = by_code(doc)
    assert found["budget.partner-empty"][0].entity_uuid == doc.participations[1].uuid
    assert found["budget.no-funding-rate"][0].entity_uuid == doc.participations[1].uuid
    assert len(found["budget.no-funding-rate"]) == 1


def test_unconfirmed_template_values_are_flagged_once() -> None:
    assert len(by_code(sample())["template.unconfirmed-values"]) == 1
