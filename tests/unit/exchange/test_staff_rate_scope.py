"""A partner's personnel rates are its own data: it may change and add its rates, not another partner's."""

from __future__ import annotations

import random

from medicen_desktop.document.sample import make_sample
from medicen_desktop.exchange.assignment import PARTNER_ADDABLE, Assignment, Scope


def test_a_partner_may_change_its_own_rates_only() -> None:
    base = make_sample(random.Random(3))
    partner = base.participations[1].uuid
    scope = Scope(Assignment(partner, frozenset(), frozenset()), base)
    own = next(r for r in base.staff_rates if r.participation_uuid == partner)
    other = next(r for r in base.staff_rates if r.participation_uuid != partner)
    assert scope.field_refusal("staff_rates", own.model_dump(), "monthly_rate") is None
    refusal = scope.field_refusal("staff_rates", other.model_dump(), "monthly_rate")
    assert refusal is not None and "not assigned to this partner" in refusal
    assert "staff_rates" in PARTNER_ADDABLE
