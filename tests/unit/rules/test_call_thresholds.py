"""Every count, duration and TRL rule of every shipped call, just inside and just outside its bounds.

Generated from the templates themselves, so a call added or changed is
covered without writing a case: a rule's finding (recognised by the rule's
own text) must be absent at each bound and present one step beyond it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules import eligibility_model as m
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.messages import Localized
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.templates import load_templates
from tests.unit.rules.rules_docs import tiny

TEMPLATES = load_templates()
CALLS = [t for key in sorted(TEMPLATES.templates) for t in TEMPLATES.editions(key)]


def _raised(document: ProposalDocument, template: FunderTemplate, rule: m.EligibilityRule) -> bool:
    text = Localized(rule.text_fr, rule.text_en)
    return any(f.params.get("rule") == text for f in check(document, template))


def _cases(kind: type) -> list[tuple[FunderTemplate, m.EligibilityRule]]:
    return [(t, r) for t in CALLS for r in t.eligibility if isinstance(r, kind)]


def _sides(rule: m._Bounded) -> list[tuple[int, bool]]:
    """(value, holds) pairs at and beyond each bound, for whole-number rules."""
    sides = []
    if rule.min is not None:
        low = int(rule.min) + (1 if rule.min_exclusive else 0)
        sides += [(low, True), (low - 1, False)]
    if rule.max is not None:
        high = int(rule.max) - (1 if rule.max_exclusive else 0)
        sides += [(high, True), (high + 1, False)]
    return [(value, holds) for value, holds in sides if value >= 0]


def _id(case: tuple[FunderTemplate, m.EligibilityRule]) -> str:
    template, rule = case
    return f"{template.key}@{template.edition}:{rule.text_en[:40]}"


@pytest.mark.parametrize("case", _cases(m.PartnerCountRule), ids=_id)
def test_partner_count(case: tuple[FunderTemplate, m.PartnerCountRule]) -> None:
    template, rule = case
    for count, holds in _sides(rule):
        document = tiny(template.key, [(K.SME, "FR", "")] * count, [])
        assert _raised(document, template, rule) is not holds, f"{count} partners"


@pytest.mark.parametrize("case", _cases(m.KindCountRule), ids=_id)
def test_kind_count(case: tuple[FunderTemplate, m.KindCountRule]) -> None:
    template, rule = case
    other = next(k for k in (K.OTHER, K.ACADEMIC, K.LARGE) if k not in rule.kinds)
    for count, holds in _sides(rule):
        document = tiny(template.key, [(rule.kinds[0], "FR", "")] * count + [(other, "FR", "")], [])
        assert _raised(document, template, rule) is not holds, f"{count} partners of kind {rule.kinds[0]}"


@pytest.mark.parametrize("case", _cases(m.DurationRule), ids=_id)
def test_duration(case: tuple[FunderTemplate, m.DurationRule]) -> None:
    template, rule = case
    for months, holds in _sides(rule):
        if months >= 1:
            document = tiny(template.key, [(K.SME, "FR", "")], [], duration_months=months)
            assert _raised(document, template, rule) is not holds, f"{months} months"


@pytest.mark.parametrize("case", _cases(m.TrlRule), ids=_id)
def test_trl(case: tuple[FunderTemplate, m.TrlRule]) -> None:
    template, rule = case
    inside = {"trl_start": rule.start_min, "trl_end": rule.end_max}
    assert not _raised(tiny(template.key, [(K.SME, "FR", "")], [], **inside), template, rule)
    for field, value in (("trl_start", rule.start_min - 1), ("trl_start", rule.start_max + 1),
                         ("trl_end", rule.end_min - 1), ("trl_end", rule.end_max + 1)):
        if 1 <= value <= 9:
            document = tiny(template.key, [(K.SME, "FR", "")], [], **(inside | {field: value}))
            assert _raised(document, template, rule), f"{field} {value}"


@pytest.mark.parametrize("case", _cases(m.SubcontractingShareRule), ids=_id)
def test_subcontracting_share(case: tuple[FunderTemplate, m.SubcontractingShareRule]) -> None:
    template, rule = case
    assert rule.max is not None
    category = next(c.key for c in template.budget_categories if c.is_subcontracting)
    # No overheads are computed on subcontracting: a lab's marginal-cost partner keeps the base exact.
    total = Decimal("1000000")
    for share, holds in ((rule.max, True), (rule.max + Decimal("0.0001"), False)):
        sub = (total * share).quantize(Decimal("0.01"))
        document = tiny(template.key, [(K.SME, "FR", "")], [(0, category, 1, str(sub)),
                                                             (0, "other", 1, str(total - sub))])
        budget_other = [c for c in template.budget_categories if c.key == "other"]
        if not budget_other or template.overheads:
            pytest.skip("overheads change the base: covered by the call's own table")
        assert _raised(document, template, rule) is not holds, f"share {share}"


def _money_cases() -> list[tuple[FunderTemplate, m.EligibilityRule]]:
    return _cases(m.TotalCostRule) + _cases(m.TotalAidRule) + _cases(m.PartnerAidRule)


@pytest.mark.parametrize("case", _money_cases(), ids=_id)
def test_money_bounds(case: tuple[FunderTemplate, m.EligibilityRule]) -> None:
    """One SME in the call's territory: its personnel cost scaled so the figure lands on each bound, then a cent past it."""
    from medicen_desktop.rules.budget import compute_budget

    template, rule = case
    assert isinstance(rule, (m.TotalCostRule, m.TotalAidRule, m.PartnerAidRule))
    region = template.territory[0] if template.territory else ""
    unit = Decimal("1000000")

    def document(personnel: Decimal) -> ProposalDocument:
        return tiny(template.key, [(K.SME, "FR", region)], [(0, "personnel", 1, str(personnel))],
                    duration_months=36)

    def figure(personnel: Decimal) -> Decimal:
        budget = compute_budget(document(personnel), template)
        if isinstance(rule, m.TotalCostRule):
            return budget.eligible.value if rule.basis == "eligible" else budget.direct.value
        return budget.requested_aid.value

    factor = figure(unit) / unit
    if factor == 0:
        pytest.skip("no aid for an SME under this call")
    cent = Decimal("0.01")

    def last_holding(holds: object, guess: Decimal, upward: bool) -> Decimal:
        """The personnel cost, to the cent, at the edge of where ``holds(figure)`` is true (walking from a guess)."""
        x = guess.quantize(cent)
        step = cent if upward else -cent
        while not holds(figure(x)):  # type: ignore[operator]
            x -= step
        while holds(figure(x + step)):  # type: ignore[operator]
            x += step
        return x

    if rule.min is not None:
        low = rule.min
        inside = last_holding((lambda v: v > low) if rule.min_exclusive else (lambda v: v >= low), low / factor, False)
        assert not _raised(document(inside), template, rule), f"{figure(inside)} against a minimum of {low}"
        assert _raised(document(inside - cent), template, rule), f"{figure(inside - cent)} against a minimum of {low}"
    if rule.max is not None:
        high = rule.max
        inside = last_holding((lambda v: v < high) if rule.max_exclusive else (lambda v: v <= high), high / factor, True)
        assert not _raised(document(inside), template, rule), f"{figure(inside)} against a maximum of {high}"
        assert _raised(document(inside + cent), template, rule), f"{figure(inside + cent)} against a maximum of {high}"


def _share_cases() -> list[tuple[FunderTemplate, m.EligibilityRule]]:
    return (_cases(m.KindShareRule) + _cases(m.PartnerShareRule) + _cases(m.KindAidShareRule)
            + _cases(m.RegionShareRule))


@pytest.mark.parametrize("case", _share_cases(), ids=_id)
def test_share_bounds(case: tuple[FunderTemplate, m.EligibilityRule]) -> None:
    """Two partners, A inside the rule's scope and B outside; A's cost grows a cent at a time across the bound.

    Where the finding appears, the share computed from the budget (independently of the rule) must have
    just crossed the bound: the rule is exact, with no rounding of its own.
    """
    from medicen_desktop.rules.budget import compute_budget

    template, rule = case
    assert isinstance(rule, m._Bounded)
    kinds = getattr(rule, "kinds", None)
    region = template.territory[0] if template.territory else "FR-IDF"
    codes = getattr(rule, "regions", None) or template.territory
    if isinstance(rule, m.RegionShareRule):
        a, b = (K.SME, "FR", codes[0]), (K.SME, "FR", "FR-OCC" if "FR-OCC" not in codes else "FR-BRE")
    elif isinstance(rule, m.PartnerShareRule):  # each partner of the kinds is judged alone: B stays below the bound
        inside_kind = kinds[0]
        outside_kind = K.LARGE if inside_kind != K.LARGE else K.SME
        if rule.applies_to == "public_private":
            outside_kind = K.ACADEMIC
        a, b = (inside_kind, "FR", region), (outside_kind, "FR", region)
    else:
        inside_kind = kinds[0]
        outside_kind = next(k for k in (K.ACADEMIC, K.SME, K.LARGE) if k not in kinds)
        a, b = (inside_kind, "FR", region), (outside_kind, "FR", region)
    fixed = Decimal("1000000")

    def document(x: Decimal) -> ProposalDocument:
        return tiny(template.key, [a, b], [(0, "personnel", 1, str(x)), (1, "personnel", 1, str(fixed))])

    def share(x: Decimal) -> Decimal:
        budget = compute_budget(document(x), template)
        first, second = budget.partners
        if isinstance(rule, m.KindAidShareRule):
            return first.requested_aid.value / (first.requested_aid.value + second.requested_aid.value)
        return first.eligible.value / (first.eligible.value + second.eligible.value)

    cent = Decimal("0.01")
    for bound, exclusive, rising in ((rule.min, rule.min_exclusive, False), (rule.max, rule.max_exclusive, True)):
        if bound is None or bound in (0, 1):
            continue  # a share of 0 % or 100 % is reached by leaving a partner out, not by a cent
        # Where does the share reach the bound? Solve for x, then look a cent either side of where the finding flips.
        # share(x) = fa·x / (fa·x + fb), fa = A's figure per euro of cost, fb = B's figure: solve for the bound.
        first, second = compute_budget(document(fixed), template).partners
        aid = isinstance(rule, m.KindAidShareRule)
        fa = (first.requested_aid.value if aid else first.eligible.value) / fixed
        fb = second.requested_aid.value if aid else second.eligible.value
        x = (bound * fb / ((1 - bound) * fa)).quantize(cent)
        raised = [_raised(document(x + d * cent), template, rule) for d in (-2, -1, 0, 1, 2)]
        assert raised != [raised[0]] * 5, f"no flip near {x}: shares {share(x)}"
        flip = next(i for i in range(4) if raised[i] != raised[i + 1])
        before, after = x + (flip - 2) * cent, x + (flip - 1) * cent
        if rising:  # a maximum: the finding appears once the share passes it
            assert not raised[flip] and raised[flip + 1]
            assert (share(before) < bound if exclusive else share(before) <= bound), share(before)
            assert (share(after) >= bound if exclusive else share(after) > bound), share(after)
        else:  # a minimum: the finding disappears once the share reaches it
            assert raised[flip] and not raised[flip + 1]
            assert (share(before) <= bound if exclusive else share(before) < bound), share(before)
            assert (share(after) > bound if exclusive else share(after) >= bound), share(after)
