"""The budget calculator, against figures computed by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.large_proposal import make_large
from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import sample, tiny


def test_sample_under_idemo_by_hand() -> None:
    report = compute_budget(sample(), get_template("bpi-idemo"))
    nvi = report.partners[0]
    # 90 PM × 7 800 € + 4 years × (45 000 + 60 000 + 18 000) €
    assert nvi.direct.value == Decimal("702000") + 4 * Decimal("123000") == Decimal("1194000.00")
    assert nvi.by_category["personnel"].value == Decimal("702000.00")
    assert nvi.by_category["subcontracting"].value == Decimal("240000.00")
    assert nvi.subcontracting.value == Decimal("240000.00")
    # Personnel of year 1 from the effort matrix at 7,800 €/month, by the months each WP runs in year 1:
    # WP1 18 PM, months 1-48 (12/48); WP2 6 PM, 1-18 (12/18); WP3 40 PM, 7-36 (6/30); WP4 6 PM, 10-44 (3/35).
    personnel_1 = Decimal("140400") / 4 + Decimal("46800") * 12 / 18 + Decimal("312000") * 6 / 30 + Decimal("4011.43")
    assert nvi.by_period[1].value == personnel_1 + Decimal("123000") == Decimal("255711.43")
    assert nvi.overheads.value == 0  # i-Démo: overheads are entered, none in the sample
    assert nvi.funding_rate.value == Decimal("0.45")
    assert nvi.requested_aid.value == Decimal("537300.00")
    assert nvi.personnel_person_months == Decimal("90.00")
    mts = report.partners[4]
    assert (mts.eligible.value, mts.requested_aid.value) == (Decimal("815000.00"), Decimal("203750.00"))
    assert report.eligible.value == Decimal("4550700.00")
    assert report.requested_aid.value == Decimal("1785810.00")
    assert report.by_category["other"].value == Decimal("720000.00")
    assert sum(f.value for f in report.by_period.values()) == report.direct.value
    assert report.largest_company_uuid == nvi.participation_uuid
    assert report.largest_company_share.ratio == Decimal("0.2624")
    assert report.academic_share.numerator == Decimal("1980100.00")
    assert report.subcontracting_share.ratio == Decimal("0.1362")
    assert report.company_share.numerator == Decimal("2570600.00")
    assert report.unknown_categories == ()


def test_every_figure_says_which_rule_produced_it() -> None:
    partner = compute_budget(sample(), get_template("bpi-idemo")).partners[0]
    assert "45 %" in partner.funding_rate.rule_fr and "not confirmed" in partner.funding_rate.rule_en
    assert partner.requested_aid.rule_en == "€1,194,000.00 × 45%, rounded to the cent"
    assert partner.requested_aid.rule_fr == "1\u202f194\u202f000,00\u00a0€ × 45\u00a0%, arrondi au centime"


def test_horizon_europe_flat_25_percent_excludes_subcontracting() -> None:
    doc = tiny(
        "he-ria",
        [(K.SME, "FR", ""), (K.ACADEMIC, "DE", "")],
        [(0, "personnel", 1, "100000"), (0, "subcontracting", 1, "40000"), (0, "other", 2, "20000"),
         (1, "equipment", 1, "10000.10")],
    )
    ria = compute_budget(doc, get_template("he-ria"))
    sme = ria.partners[0]
    assert sme.overheads.value == Decimal("30000.00")  # 25 % × (100 000 + 20 000)
    assert sme.eligible.value == Decimal("190000.00")
    assert sme.requested_aid.value == Decimal("190000.00")
    assert ria.partners[1].overheads.value == Decimal("2500.03")  # 2 500.025 rounds half up
    assert ria.requested_aid.value == Decimal("202500.13")
    ia = compute_budget(doc, get_template("he-ia"))
    assert ia.partners[0].requested_aid.value == Decimal("133000.00")  # 70 % for a for-profit
    assert ia.partners[1].requested_aid.value == Decimal("12500.13")  # 100 % for a non-profit


def test_half_up_rounding_on_the_cent() -> None:
    doc = tiny("he-ria", [(K.ACADEMIC, "FR", "")], [(0, "personnel", 1, "0.10")])
    partner = compute_budget(doc, get_template("he-ria")).partners[0]
    assert partner.overheads.value == Decimal("0.03")  # 0.025 → 0.03 (half even would give 0.02)


def test_no_float_drift_over_many_lines() -> None:
    lines = [(0, "other", 1, "0.10")] * 1000
    doc = tiny("he-ria", [(K.SME, "FR", "")], lines)
    assert compute_budget(doc, get_template("he-ria")).direct.value == Decimal("100.00")


def test_fui_rates_by_kind_and_territory() -> None:
    doc = tiny(
        "fui-collaborative",
        [(K.SME, "FR", "Île-de-France"), (K.MIDCAP, "FR", "Île-de-France"), (K.LARGE, "FR", ""),
         (K.ACADEMIC, "FR", ""), (K.SME, "FR", "Occitanie")],
        [(i, "personnel", 1, "100000") for i in range(5)],
    )
    report = compute_budget(doc, get_template("fui-collaborative"))  # the current edition: FUI 25
    assert [p.requested_aid.value for p in report.partners] == [
        Decimal("50000.00"), Decimal("35000.00"), Decimal("30000.00"), Decimal("40000.00"), Decimal("35000.00")
    ]
    fui21 = compute_budget(doc, get_template("fui-collaborative", "FUI 21"))
    assert [p.requested_aid.value for p in fui21.partners] == [
        Decimal("45000.00"), Decimal("30000.00"), Decimal("25000.00"), Decimal("40000.00"), Decimal("30000.00")
    ]


def test_anr_marginal_cost_plus_8_percent_fee() -> None:
    doc = tiny("anr-prce", [(K.ACADEMIC, "FR", ""), (K.SME, "FR", "")],
               [(0, "personnel", 1, "200000"), (0, "equipment", 1, "50000"), (1, "personnel", 1, "100000")])
    lab = compute_budget(doc, get_template("anr-prce")).partners[0]
    assert lab.overheads.value == Decimal("20000.00")  # 8 % × 250 000
    assert lab.requested_aid.value == Decimal("270000.00")  # 100 %


def test_eic_pathfinder_and_labelling_by_hand() -> None:
    doc = tiny("eic-pathfinder", [(K.SME, "FR", "")], [(0, "personnel", 1, "80000"), (0, "subcontracting", 1, "20000")])
    eic = compute_budget(doc, get_template("eic-pathfinder")).partners[0]
    assert (eic.overheads.value, eic.requested_aid.value) == (Decimal("20000.00"), Decimal("120000.00"))
    label = compute_budget(sample(), get_template("medicen-labelling"))
    assert label.eligible.value == Decimal("4550700.00")  # the cluster labels, it does not fund
    assert label.requested_aid.value == 0


def test_unknown_category_still_counts_and_is_listed() -> None:
    doc = tiny("he-ria", [(K.SME, "FR", "")], [(0, "personnel", 1, "100"), (0, "catering", 1, "50")])
    report = compute_budget(doc, get_template("he-ria"))
    assert report.unknown_categories == ("catering",)
    assert report.direct.value == Decimal("150.00")
    assert report.overheads.value == Decimal("25.00")  # an unknown category is outside the overhead base
    assert "unknown" in report.by_category["catering"].rule_en


def test_partner_without_lines_has_zero_figures() -> None:
    doc = tiny("he-ria", [(K.SME, "FR", ""), (K.SME, "DE", "")], [(0, "personnel", 1, "100")])
    report = compute_budget(doc, get_template("he-ria"))
    empty = report.partner(report.partners[1].participation_uuid)
    assert empty.eligible.value == 0 and empty.by_category == {} and empty.personnel_person_months is None
    with pytest.raises(KeyError):
        report.partner("nope")


def test_large_proposal_by_hand() -> None:
    report = compute_budget(make_large(), get_template("he-ria"))
    assert len(report.partners) == 25
    # per partner 5 × 105 000 € direct, + 25 %: 656 250 €, funded at 100 %
    assert report.eligible.value == 25 * Decimal("656250") == report.requested_aid.value
