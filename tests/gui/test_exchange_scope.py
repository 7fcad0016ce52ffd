"""The editors' partner-mode question: what a partner copy lets its user edit."""

from __future__ import annotations

from medicen_desktop.exchange.assignment import Assignment, Scope
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.gui.exchange_scope import can_add, is_editable, own_participation, refusal


def test_scope_answers_per_entity_and_field(sample: ProposalDocument) -> None:
    lib = next(o.uuid for o in sample.organisations if o.short_name == "LIB")
    part = next(p for p in sample.participations if p.organisation_uuid == lib)
    scope = Scope(Assignment(part.uuid, frozenset({"methodology"}), frozenset({2})), sample)
    mine = next(s for s in sample.sections if s.key == "methodology").model_dump()
    other = next(s for s in sample.sections if s.key == "clinical_need").model_dump()
    wp2 = next(w for w in sample.work_packages if w.number == 2)
    assert is_editable(scope, "sections", mine, "body")
    assert not is_editable(scope, "sections", mine, "assigned_participation_uuid")  # the coordinator's
    assert not is_editable(scope, "sections", other) and "not assigned" in (refusal(scope, "sections", other) or "")
    assert can_add(scope, "tasks", {"work_package_uuid": wp2.uuid})
    assert not can_add(scope, "work_packages", {"uuid": "x"})
    assert own_participation(scope) == part.uuid
    assert is_editable(None, "sections", other, "body") and can_add(None, "work_packages", {})
