"""Switching calls: what maps is kept, what does not is reported, nothing is lost."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.rules.retarget import retarget_document
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import edit_proposal, edit_where, sample


def test_idemo_to_anr_maps_aliases_and_keeps_every_text() -> None:
    doc = sample()
    changed, report = retarget_document(doc, get_template("bpi-idemo"), get_template("anr-prce"))
    assert changed.proposal.template_key == "anr-prce"
    assert ("context_objectives", "objectives_state_of_the_art") in report.renamed_sections
    assert ("methodology", "organisation_implementation") in report.renamed_sections
    assert set(report.unmatched_sections) == {"state_of_the_art", "clinical_need", "consortium", "market_business",
                                             "ip_strategy"}
    assert report.added_sections == ("summary_en",)
    assert report.renamed_categories == (("subcontracting", "services"),)
    assert report.unknown_categories == ()
    before = {s.uuid: s.body for s in doc.sections}
    after = {s.uuid: s.body for s in changed.sections}
    assert all(after[uuid] == body for uuid, body in before.items())  # not a character lost
    assert sum(b.amount for b in changed.budget_lines) == sum(b.amount for b in doc.budget_lines)


def test_round_trip_restores_the_keys() -> None:
    doc = sample()
    there, _ = retarget_document(doc, get_template("bpi-idemo"), get_template("anr-prce"))
    back, report = retarget_document(there, get_template("anr-prce"), get_template("bpi-idemo"))
    assert sorted(s.key for s in back.sections if s.body) == sorted(s.key for s in doc.sections)
    assert {b.category for b in back.budget_lines} == {b.category for b in doc.budget_lines}
    assert report.unmatched_sections == ("summary_en",)


def test_unknown_category_is_kept_and_reported() -> None:
    doc = edit_where(sample(), "budget_lines", lambda b: b["category"] == "other", category="catering")
    changed, report = retarget_document(doc, get_template("bpi-idemo"), get_template("he-ria"))
    assert report.unknown_categories == ("catering",)
    assert sum(b.amount for b in changed.budget_lines if b.category == "catering") == Decimal("720000")


def test_a_kind_of_the_cost_base_the_new_call_covers_is_kept_as_typed() -> None:
    doc = edit_where(sample(), "budget_lines", lambda b: b["category"] == "other", category="travel")
    changed, report = retarget_document(doc, get_template("bpi-idemo"), get_template("he-ria"))
    assert report.unknown_categories == () and report.renamed_categories == ()
    assert sum(b.amount for b in changed.budget_lines if b.category == "travel") == Decimal("720000")


def test_same_call_changes_nothing() -> None:
    doc = sample()
    changed, report = retarget_document(doc, get_template("bpi-idemo"), get_template("bpi-idemo"))
    assert changed == edit_proposal(doc, template_edition=get_template("bpi-idemo").edition)
    assert report.renamed_sections == () and report.added_sections == ()


def test_target_taken_is_not_overwritten() -> None:
    doc = sample()
    doc = edit_where(doc, "sections", lambda s: s["key"] == "state_of_the_art", key="excellence")
    changed, report = retarget_document(doc, get_template("bpi-idemo"), get_template("he-ria"))
    assert "context_objectives" in report.unmatched_sections  # excellence already there
    assert [s.key for s in changed.sections].count("excellence") == 1


def test_preview_says_what_a_switch_would_do_and_changes_nothing() -> None:
    from medicen_desktop.rules.retarget import preview_retarget

    doc = sample()
    doc = doc.model_copy(update={"proposal": doc.proposal.model_copy(update={"summary": "Mot " * 600})})
    frozen = doc.model_dump()
    preview = preview_retarget(doc, get_template("bpi-idemo"), get_template("he-ia"))
    assert doc.model_dump() == frozen  # the snapshot is not touched
    _, report = retarget_document(doc, get_template("bpi-idemo"), get_template("he-ia"))
    assert preview.report == report
    assert "state_of_the_art" in preview.report.unmatched_sections
    codes = [f.code for f in preview.exceeded]
    assert "proposal.summary-too-long" in codes and "eligibility.country-count" in codes
    assert preview.summary_limit == (None, 2000)
    rates = {r.partner: (r.old_rate, r.new_rate) for r in preview.funding_rates}
    assert rates["APHP"] == (Decimal("0.40"), Decimal(1))
    figures = {f.key: (f.old, f.new) for f in preview.figures}
    old_aid, new_aid = figures["requested_aid"]
    assert old_aid is not None and new_aid > old_aid


def test_preview_to_the_same_rules_shows_no_budget_change() -> None:
    from medicen_desktop.rules.retarget import preview_retarget

    preview = preview_retarget(sample(), get_template("bpi-idemo"), get_template("bpi-idemo"))
    assert not preview.budget_changes and preview.exceeded == ()
    assert preview.report.unmatched_sections == () and preview.report.added_sections == ()


def test_preview_to_a_call_without_funding_rates() -> None:
    from medicen_desktop.rules.retarget import preview_retarget

    preview = preview_retarget(sample(), get_template("bpi-idemo"), get_template("medicen-labelling"))
    assert preview.funding_rates and all(r.new_rate is None for r in preview.funding_rates)
